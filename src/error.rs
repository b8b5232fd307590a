//! Error types: one per failure domain.
//!
//! * [`ValueError`]: a value type (a [`Date`](crate::Date), a
//!   [`CountryCode`](crate::CountryCode), a [`Span`](crate::Span), an id...)
//!   was given text or numbers it cannot hold.
//! * [`ParseError`]: raw input could not be read as an article at all.
//! * [`JsonError`]: serialised JSON could not be read back into an
//!   [`Analysis`](crate::Analysis).
//! * [`ValidationErrors`]: an analysis breaks one or more invariants; every
//!   [`Violation`] is reported at once, each with its path.

use std::borrow::Cow;
use std::fmt;

/// A value could not be built from the given input.
///
/// Returned by the `FromStr` implementations and constructors of the value
/// types. The message names the type, the rejected input and the reason.
///
/// ```
/// use news_model::Date;
/// let err = "2024-13-45".parse::<Date>().unwrap_err();
/// assert_eq!(err.to_string(), "invalid date \"2024-13-45\": month 13 is not in 1..=12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {input:?}: {reason}")]
pub struct ValueError {
    what: &'static str,
    input: String,
    reason: Cow<'static, str>,
}

impl ValueError {
    pub(crate) fn new(
        what: &'static str,
        input: impl Into<String>,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        let mut input = input.into();
        if input.len() > 64 {
            let mut cut = 61;
            while !input.is_char_boundary(cut) {
                cut -= 1;
            }
            input.truncate(cut);
            input.push_str("...");
        }
        ValueError {
            what,
            input,
            reason: reason.into(),
        }
    }

    /// The kind of value that was rejected ("date", "country code", ...).
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The rejected input (cut to 64 bytes).
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Why it was rejected.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// Raw input could not be read as an article.
///
/// Only input that holds no article at all is an error; everything else is
/// parsed on a best-effort basis and odd details are reported as
/// [`ParseWarning`](crate::ParseWarning)s on the [`Article`](crate::Article).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The bytes are not UTF-8.
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input is empty.
    #[error("input is empty")]
    Empty,
    /// The input has only whitespace.
    #[error("input holds only whitespace")]
    Blank,
    /// The input holds a NUL or other control byte that text never has.
    #[error("input looks binary: control character U+{code:04X} at byte offset {offset}")]
    Binary {
        /// Byte offset of the control character.
        offset: usize,
        /// The character's code point.
        code: u32,
    },
    /// The input is longer than the configured limit.
    #[error("input is {len} bytes long, over the limit of {limit} bytes")]
    TooLong {
        /// Length of the input in bytes.
        len: usize,
        /// The limit.
        limit: usize,
    },
}

/// Serialised JSON could not be read back into an analysis.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JsonError {
    /// The document has no `schema_version`.
    #[error("missing schema_version: cannot tell which format this is")]
    MissingSchemaVersion,
    /// The document has a `schema_version` this crate does not read.
    #[error("unsupported schema_version {found} (this version of news_model reads {supported})")]
    UnsupportedSchemaVersion {
        /// The version found in the document, as written.
        found: String,
        /// The version this crate reads and writes.
        supported: u32,
    },
    /// The document is not JSON or does not have the expected shape.
    #[error("invalid analysis JSON at line {line}, column {column}: {message}")]
    Invalid {
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

impl JsonError {
    pub(crate) fn from_serde(e: &serde_json::Error) -> Self {
        let full = e.to_string();
        // serde_json appends " at line L column C"; keep only the message.
        let message = match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        JsonError::Invalid {
            line: e.line(),
            column: e.column(),
            message,
        }
    }
}

/// One broken invariant of an analysis, at a path such as
/// `statements[3].speaker`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    path: String,
    kind: ViolationKind,
}

impl Violation {
    pub(crate) fn new(path: impl Into<String>, kind: ViolationKind) -> Self {
        Violation {
            path: path.into(),
            kind,
        }
    }

    /// Where the violation is, as a path from the root of the analysis
    /// (`actors[0].name`, `statements[3].content[1]`, `article.sentences[2]`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn kind(&self) -> &ViolationKind {
        &self.kind
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// What a [`Violation`] is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ViolationKind {
    /// A name, topic or text that must say something is empty or blank.
    #[error("must not be empty")]
    Empty,
    /// A span ends past the end of the article text.
    #[error("span {span} is outside the article text ({len} bytes)")]
    SpanOutOfBounds {
        /// The span, as `start..end`.
        span: String,
        /// Length of the article text in bytes.
        len: usize,
    },
    /// A span starts or ends inside a UTF-8 character.
    #[error("span {span} does not fall on character boundaries")]
    SpanNotOnCharBoundary {
        /// The span, as `start..end`.
        span: String,
    },
    /// A span that must cover text is empty.
    #[error("span {span} is empty")]
    EmptySpan {
        /// The span, as `start..end`.
        span: String,
    },
    /// Spans that must be in text order are not.
    #[error("span {span} starts before the end of the previous one")]
    SpanOutOfOrder {
        /// The span, as `start..end`.
        span: String,
    },
    /// Two records of one list share an id.
    #[error("duplicate id {id}")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A reference names an actor that the analysis does not have.
    #[error("refers to unknown actor {id}")]
    UnknownActor {
        /// The dangling id.
        id: String,
    },
    /// A reference names a statement that the analysis does not have.
    #[error("refers to unknown statement {id}")]
    UnknownStatement {
        /// The dangling id.
        id: String,
    },
    /// A record that must carry evidence has none.
    #[error("has no evidence span")]
    MissingEvidence,
    /// A statement lists no content.
    #[error("has no content span")]
    MissingContent,
}

/// Every invariant an analysis breaks, reported at once.
///
/// ```
/// use news_model::{Analysis, Article, Validate};
/// let article = Article::parse("Peskov said talks were possible.")?;
/// let analysis = Analysis::new(article);
/// assert!(analysis.validate().is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
}

impl ValidationErrors {
    pub(crate) fn new(violations: Vec<Violation>) -> Self {
        ValidationErrors { violations }
    }

    /// The violations, in the order the validator met them (the order of
    /// the analysis' fields and lists).
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// Number of violations (at least one).
    pub fn len(&self) -> usize {
        self.violations.len()
    }

    /// Always false: a `ValidationErrors` holds at least one violation.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.violations.len();
        write!(f, "{n} violation{}", if n == 1 { "" } else { "s" })?;
        for (i, v) in self.violations.iter().enumerate() {
            write!(f, "{}{v}", if i == 0 { ": " } else { "; " })?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

impl IntoIterator for ValidationErrors {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

/// A line of gazetteer TSV could not be read.
///
/// Returned by [`GazetteerBuilder::add_tsv`](crate::GazetteerBuilder::add_tsv);
/// names the 1-based line and column (TAB-separated field) of the fault.
///
/// ```
/// use news_model::GazetteerBuilder;
/// let err = GazetteerBuilder::new().add_tsv("planet\tMars\t-\t-\t-\t-").unwrap_err();
/// assert_eq!((err.line(), err.column()), (1, 1));
/// assert_eq!(
///     err.to_string(),
///     "gazetteer line 1, column 1: invalid gazetteer entry kind \"planet\": \
///      expected one of: state organization person group outlet platform"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("gazetteer line {line}, column {column}: {reason}")]
pub struct GazetteerError {
    line: usize,
    column: usize,
    reason: String,
}

impl GazetteerError {
    pub(crate) fn new(line: usize, column: usize, reason: impl Into<String>) -> Self {
        GazetteerError {
            line,
            column,
            reason: reason.into(),
        }
    }

    /// The 1-based line of the fault.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column (TAB-separated field) of the fault.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What is wrong.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}
