use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ValueError;

/// Room for an id's text: a prefix of up to six bytes and ten digits.
const ID_TEXT_LEN: usize = 16;

/// `prefix` followed by `n` in decimal (an id's `Display`), written in
/// `buf`.
fn id_text<'b>(prefix: &str, n: u32, buf: &'b mut [u8; ID_TEXT_LEN]) -> &'b str {
    let p = prefix.len();
    buf[..p].copy_from_slice(prefix.as_bytes());
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let len = p + digits.len() - k;
    buf[p..len].copy_from_slice(&digits[k..]);
    // ASCII prefix and digits: always UTF-8.
    std::str::from_utf8(&buf[..len]).unwrap_or_default()
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(u32);

        impl $name {
            /// The id with number `n`.
            pub const fn new(n: u32) -> Self {
                $name(n)
            }

            /// The id's number.
            pub const fn get(self) -> u32 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl FromStr for $name {
            type Err = ValueError;
            fn from_str(s: &str) -> Result<Self, ValueError> {
                let digits = s.strip_prefix($prefix).ok_or_else(|| {
                    ValueError::new($what, s, concat!("must start with '", $prefix, "'"))
                })?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(ValueError::new(
                        $what,
                        s,
                        concat!("expected '", $prefix, "' followed by digits"),
                    ));
                }
                if digits.len() > 1 && digits.starts_with('0') {
                    return Err(ValueError::new($what, s, "leading zeros are not allowed"));
                }
                digits
                    .parse::<u32>()
                    .map($name)
                    .map_err(|_| ValueError::new($what, s, "number is too large"))
            }
        }

        const _: () = assert!($prefix.len() + 10 <= ID_TEXT_LEN, "id prefix too long");

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                // The same text as `Display`, written on the stack.
                let mut buf = [0u8; ID_TEXT_LEN];
                s.serialize_str(id_text($prefix, self.0, &mut buf))
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

id_type!(
    /// Identifies an [`Actor`](crate::Actor) within one analysis; printed `a1`, `a2`...
    ///
    /// ```
    /// use news_model::ActorId;
    /// let id: ActorId = "a7".parse()?;
    /// assert_eq!(id, ActorId::new(7));
    /// assert_eq!(id.to_string(), "a7");
    /// # Ok::<(), news_model::ValueError>(())
    /// ```
    ActorId, "a", "actor id"
);
id_type!(
    /// Identifies a [`Statement`](crate::Statement) within one analysis; printed `s1`, `s2`...
    StatementId, "s", "statement id"
);
id_type!(
    /// Identifies a [`Position`](crate::Position) within one analysis; printed `p1`, `p2`...
    PositionId, "p", "position id"
);
id_type!(
    /// Identifies a [`Threat`](crate::Threat) within one analysis; printed `t1`, `t2`...
    ThreatId, "t", "threat id"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialised_as_displayed() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u32::MAX] {
            let id = ActorId::new(n);
            assert_eq!(
                serde_json::to_string(&id).unwrap(),
                format!("\"{id}\""),
                "{n}"
            );
            let id = StatementId::new(n);
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{id}\""));
        }
    }
}
