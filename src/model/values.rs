//! Small value types with their own invariants.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::kinds::{ChannelKind, ConditionKind, PloverEvent};
use super::span::Span;
use crate::error::ValueError;

macro_rules! string_serde {
    ($name:ident) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
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

/// An ISO 639-1 language code in lower case ("en").
///
/// ```
/// use news_model::Language;
/// assert_eq!(Language::ENGLISH.to_string(), "en");
/// assert_eq!("EN".parse::<Language>()?, Language::ENGLISH);
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language([u8; 2]);

impl Language {
    /// English, the language the extractor reads.
    pub const ENGLISH: Language = Language(*b"en");

    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl Default for Language {
    fn default() -> Self {
        Language::ENGLISH
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Language {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Language, ValueError> {
        let b = s.as_bytes();
        if b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic) {
            Ok(Language([
                b[0].to_ascii_lowercase(),
                b[1].to_ascii_lowercase(),
            ]))
        } else {
            Err(ValueError::new(
                "language",
                s,
                "expected a two-letter ISO 639-1 code",
            ))
        }
    }
}

string_serde!(Language);

/// A CAMEO actor code: one or more three-character segments of upper-case
/// letters and digits ("RUS", "USAGOV", "IGOWSTNAT").
///
/// ```
/// use news_model::CameoActorCode;
/// let code: CameoActorCode = "RUSGOV".parse()?;
/// assert_eq!(code.as_str(), "RUSGOV");
/// assert!("RUSG".parse::<CameoActorCode>().is_err());
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CameoActorCode(String);

impl CameoActorCode {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CameoActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for CameoActorCode {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<CameoActorCode, ValueError> {
        let ok_chars = s
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if s.is_empty() || !ok_chars {
            return Err(ValueError::new(
                "CAMEO actor code",
                s,
                "expected upper-case letters and digits",
            ));
        }
        if !s.len().is_multiple_of(3) || s.len() > 15 {
            return Err(ValueError::new(
                "CAMEO actor code",
                s,
                "expected one to five three-character segments",
            ));
        }
        Ok(CameoActorCode(s.to_string()))
    }
}

string_serde!(CameoActorCode);

/// A CAMEO event code: two to four digits, kept as text because leading
/// zeros matter ("010" is not "10").
///
/// The format is checked here; whether the code exists in the CAMEO table
/// is checked by [`codes::cameo_event`](crate::codes::cameo_event).
///
/// ```
/// use news_model::CameoCode;
/// let code: CameoCode = "1311".parse()?;
/// assert_eq!(code.root(), "13");
/// assert!("13a".parse::<CameoCode>().is_err());
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CameoCode {
    digits: [u8; 4],
    len: u8,
}

impl CameoCode {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[..usize::from(self.len)]).unwrap_or("")
    }

    /// The two-digit root ("13" for "1311").
    pub fn root(&self) -> &str {
        &self.as_str()[..2]
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CameoCode {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<CameoCode, ValueError> {
        let b = s.as_bytes();
        if !(2..=4).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
            return Err(ValueError::new(
                "CAMEO event code",
                s,
                "expected two to four digits",
            ));
        }
        let mut digits = [0u8; 4];
        digits[..b.len()].copy_from_slice(b);
        Ok(CameoCode {
            digits,
            // At most 4, checked above.
            len: b.len() as u8,
        })
    }
}

string_serde!(CameoCode);

/// A Goldstein conflict-cooperation score, -10.0 to +10.0, held to one
/// decimal (as the published tables give it).
///
/// Serialised as a JSON number.
///
/// ```
/// use news_model::Goldstein;
/// let g: Goldstein = "-5.8".parse()?;
/// assert_eq!(g.tenths(), -58);
/// assert_eq!(g.to_string(), "-5.8");
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Goldstein(i16);

impl Goldstein {
    /// The score from tenths (-58 is -5.8).
    ///
    /// # Errors
    ///
    /// When the score is outside -10.0..=10.0.
    pub fn from_tenths(tenths: i16) -> Result<Goldstein, ValueError> {
        if (-100..=100).contains(&tenths) {
            Ok(Goldstein(tenths))
        } else {
            Err(ValueError::new(
                "Goldstein score",
                format!("{}", f64::from(tenths) / 10.0),
                "must be within -10.0..=10.0",
            ))
        }
    }

    /// The score in tenths.
    pub const fn tenths(self) -> i16 {
        self.0
    }

    /// The score as a number.
    pub fn value(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

impl fmt::Display for Goldstein {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{}", a / 10, a % 10)
    }
}

impl FromStr for Goldstein {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Goldstein, ValueError> {
        let bad = || ValueError::new("Goldstein score", s, "expected a number like -5.8");
        let (neg, rest) = match s.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let (int, frac) = rest.split_once('.').unwrap_or((rest, "0"));
        if int.is_empty()
            || int.len() > 2
            || frac.len() != 1
            || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let v =
            int.parse::<i16>().map_err(|_| bad())? * 10 + frac.parse::<i16>().map_err(|_| bad())?;
        Goldstein::from_tenths(if neg { -v } else { v })
            .map_err(|e| ValueError::new("Goldstein score", s, e.reason().to_string()))
    }
}

impl Serialize for Goldstein {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.value())
    }
}

impl<'de> Deserialize<'de> for Goldstein {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Goldstein, D::Error> {
        let v = f64::deserialize(d)?;
        let tenths = (v * 10.0).round();
        if !(-100.0..=100.0).contains(&tenths) || ((v * 10.0) - tenths).abs() > 1e-6 {
            return Err(serde::de::Error::custom(format!(
                "invalid Goldstein score {v}: expected -10.0..=10.0 with one decimal"
            )));
        }
        // In -100..=100, checked above.
        Goldstein::from_tenths(tenths as i16).map_err(serde::de::Error::custom)
    }
}

/// An office or function an actor holds: "President" of "USA",
/// "spokesperson" of "Kremlin".
///
/// Printed and parsed as `title@where`, or `title` alone.
///
/// ```
/// use news_model::Role;
/// let role: Role = "President@USA".parse()?;
/// assert_eq!(role.title(), "President");
/// assert_eq!(role.of(), Some("USA"));
/// assert_eq!(Role::new("Spokesperson")?.of_place("Kremlin").to_string(), "Spokesperson@Kremlin");
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Role {
    title: String,
    of: Option<String>,
}

impl Role {
    /// A role with `title` and no place.
    ///
    /// # Errors
    ///
    /// When the title is blank or holds `@`.
    pub fn new(title: impl Into<String>) -> Result<Role, ValueError> {
        let title = title.into();
        if title.trim().is_empty() || title.contains('@') {
            return Err(ValueError::new(
                "role",
                title,
                "title must be non-empty and must not hold '@'",
            ));
        }
        Ok(Role { title, of: None })
    }

    /// The same role, held for `of`: an ISO alpha-3 code or an
    /// organisation's name. Blank `of` is ignored.
    pub fn of_place(mut self, of: impl Into<String>) -> Role {
        let of = of.into();
        self.of = if of.trim().is_empty() { None } else { Some(of) };
        self
    }

    /// The title ("President", "Foreign Minister", "spokesperson").
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The state or organisation the role is held for.
    pub fn of(&self) -> Option<&str> {
        self.of.as_deref()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.of {
            Some(of) => write!(f, "{}@{}", self.title, of),
            None => f.write_str(&self.title),
        }
    }
}

impl FromStr for Role {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Role, ValueError> {
        let role = match s.split_once('@') {
            Some((t, of)) => Role::new(t).map(|r| r.of_place(of)),
            None => Role::new(s),
        };
        role.map_err(|e| ValueError::new("role", s, e.reason().to_string()))
    }
}

string_serde!(Role);

/// Where a statement was made: its kind, and the platform or outlet where
/// the text names one ("Truth Social", "NBC News").
///
/// Printed and parsed as `kind` or `kind (name)`; [`Channel::label`] gives
/// the phrase a reader expects ("NBC News interview", "Telegram").
///
/// ```
/// use news_model::{Channel, ChannelKind};
/// let c: Channel = "interview (NBC News)".parse()?;
/// assert_eq!(c.kind(), ChannelKind::Interview);
/// assert_eq!(c.name(), Some("NBC News"));
/// assert_eq!(c.label(), "NBC News interview");
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Channel {
    kind: ChannelKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    span: Option<Span>,
}

impl Channel {
    /// A channel of `kind` with no name.
    pub fn new(kind: ChannelKind) -> Channel {
        Channel {
            kind,
            name: None,
            span: None,
        }
    }

    /// The same channel with the platform or outlet `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Channel {
        let name = name.into();
        self.name = if name.trim().is_empty() {
            None
        } else {
            Some(name)
        };
        self
    }

    /// The same channel with the span of text that names it.
    pub fn with_span(mut self, span: Span) -> Channel {
        self.span = Some(span);
        self
    }

    /// The kind of channel.
    pub fn kind(&self) -> ChannelKind {
        self.kind
    }

    /// The platform or outlet, where the text names one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The words that name the channel in the article.
    pub fn span(&self) -> Option<Span> {
        self.span
    }

    /// The channel as a reader names it: the platform for a social post
    /// ("Truth Social"), "NBC News interview", "press conference".
    pub fn label(&self) -> String {
        let kind = match self.kind {
            ChannelKind::SocialPost | ChannelKind::Other => {
                return self.name.clone().unwrap_or_else(|| "social media".into());
            }
            ChannelKind::Interview => "interview",
            ChannelKind::PressConference => "press conference",
            ChannelKind::Statement => "statement",
            ChannelKind::Decree => "decree",
            ChannelKind::Call => "call",
            ChannelKind::Speech => "speech",
            ChannelKind::Letter => "letter",
            ChannelKind::Readout => "readout",
            ChannelKind::Meeting => "meeting",
            ChannelKind::Report => "report",
            ChannelKind::Broadcast => "broadcast",
        };
        match &self.name {
            Some(n) => format!("{n} {kind}"),
            None => kind.to_string(),
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(n) => write!(f, "{} ({})", self.kind, n),
            None => write!(f, "{}", self.kind),
        }
    }
}

impl FromStr for Channel {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Channel, ValueError> {
        let (kind, name) = match s.split_once(" (") {
            Some((k, rest)) => {
                let name = rest.strip_suffix(')').ok_or_else(|| {
                    ValueError::new("channel", s, "expected `kind` or `kind (name)`")
                })?;
                (k, Some(name))
            }
            None => (s, None),
        };
        let kind: ChannelKind = kind.parse()?;
        let c = Channel::new(kind);
        Ok(match name {
            Some(n) => c.with_name(n),
            None => c,
        })
    }
}

/// The condition a threat or position is tied to: "if necessary",
/// "unless ...", "while Putin remains in power".
///
/// ```
/// use news_model::{Condition, ConditionKind, Span};
/// let c = Condition::new(ConditionKind::IfNecessary, Span::new(10, 22)?);
/// assert_eq!(c.kind(), ConditionKind::IfNecessary);
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Condition {
    kind: ConditionKind,
    span: Span,
}

impl Condition {
    /// A condition of `kind` stated by the words at `span`.
    pub fn new(kind: ConditionKind, span: Span) -> Condition {
        Condition { kind, span }
    }

    /// How the condition is introduced.
    pub fn kind(&self) -> ConditionKind {
        self.kind
    }

    /// The words of the condition, marker included ("if necessary").
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The event codes of a statement or threat: CAMEO code, its Goldstein
/// score, and the PLOVER event type where PLOVER has one (PLOVER dropped
/// CAMEO's plain "make public statement" family, 01).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EventCoding {
    cameo: CameoCode,
    goldstein: Goldstein,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plover: Option<PloverEvent>,
}

impl EventCoding {
    /// A coding from its parts.
    pub fn new(cameo: CameoCode, goldstein: Goldstein, plover: Option<PloverEvent>) -> Self {
        EventCoding {
            cameo,
            goldstein,
            plover,
        }
    }

    /// The CAMEO event code.
    pub fn cameo(&self) -> CameoCode {
        self.cameo
    }

    /// The Goldstein score of the CAMEO code.
    pub fn goldstein(&self) -> Goldstein {
        self.goldstein
    }

    /// The PLOVER event type.
    pub fn plover(&self) -> Option<PloverEvent> {
        self.plover
    }
}

impl fmt::Display for EventCoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.cameo, self.goldstein)?;
        if let Some(p) = self.plover {
            write!(f, " {p}")?;
        }
        Ok(())
    }
}

impl FromStr for EventCoding {
    type Err = ValueError;
    /// Parses `CODE (GOLDSTEIN)` with an optional trailing PLOVER type.
    fn from_str(s: &str) -> Result<EventCoding, ValueError> {
        let bad = || ValueError::new("event coding", s, "expected `CODE (GOLDSTEIN) [PLOVER]`");
        let (code, rest) = s.split_once(" (").ok_or_else(bad)?;
        let (g, rest) = rest.split_once(')').ok_or_else(bad)?;
        let plover = match rest.trim() {
            "" => None,
            p => Some(p.parse()?),
        };
        Ok(EventCoding::new(code.parse()?, g.parse()?, plover))
    }
}
