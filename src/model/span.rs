use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ValueError;

/// A byte range `start..end` into an [`Article`](crate::Article)'s text.
///
/// Every extracted record points at the words that justify it through
/// spans. A span always has `start <= end`; whether it lies inside a given
/// text and on character boundaries is checked by [`Span::text`] (which
/// returns `None` otherwise) and by validation.
///
/// Printed and parsed as `start..end`; serialised as a two-element JSON
/// array `[start, end]`.
///
/// ```
/// use news_model::Span;
/// let text = "Trump warned NATO allies.";
/// let span: Span = "6..12".parse()?;
/// assert_eq!(span.text(text), Some("warned"));
/// assert_eq!(span.to_string(), "6..12");
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    ///
    /// # Errors
    ///
    /// When `start > end`.
    pub fn new(start: usize, end: usize) -> Result<Span, ValueError> {
        if start > end {
            return Err(ValueError::new(
                "span",
                format!("{start}..{end}"),
                "start is after end",
            ));
        }
        Ok(Span { start, end })
    }

    /// The span of `range`, with its ends swapped into order if needed.
    pub(crate) fn ordered(a: usize, b: usize) -> Span {
        Span {
            start: a.min(b),
            end: a.max(b),
        }
    }

    /// First byte of the span.
    pub const fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    pub const fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// True when `other` lies wholly inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text the span covers in `text`, or `None` when the span is not
    /// inside `text` or not on character boundaries.
    pub fn text(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl TryFrom<Range<usize>> for Span {
    type Error = ValueError;
    fn try_from(r: Range<usize>) -> Result<Span, ValueError> {
        Span::new(r.start, r.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl FromStr for Span {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Span, ValueError> {
        let bad = |reason: &'static str| ValueError::new("span", s, reason);
        let (a, b) = s
            .split_once("..")
            .ok_or_else(|| bad("expected start..end"))?;
        let num = |t: &str| {
            if t.is_empty() || !t.bytes().all(|c| c.is_ascii_digit()) {
                Err(bad("start and end must be unsigned integers"))
            } else {
                t.parse::<usize>().map_err(|_| bad("number is too large"))
            }
        };
        Span::new(num(a)?, num(b)?)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Span::new(start, end).map_err(serde::de::Error::custom)
    }
}
