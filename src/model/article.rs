use std::fmt;

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::span::Span;
use super::values::Language;

/// A news story: its text and what the parser found in it.
///
/// The article is the only owner of the text; every other record points
/// into it with [`Span`]s (byte ranges on character boundaries). Build one
/// with [`Article::parse`] (or [`Article::parse_bytes`]), which recognises
/// headers, datelines, bylines, headlines, paragraphs and sentences.
///
/// ```
/// use news_model::Article;
/// let article = Article::parse("KYIV, Ukraine (AP) — Zelensky said talks were possible.")?;
/// assert_eq!(article.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("KYIV, Ukraine"));
/// assert_eq!(article.sentences.len(), 1);
/// # Ok::<(), news_model::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The text exactly as received.
    pub text: String,
    /// The headline line, when the text starts with one.
    #[serde(default)]
    pub headline: Option<Span>,
    /// Publication date, from a header, dateline or `Published:` line.
    #[serde(default)]
    pub published: Option<Date>,
    /// Date of the last update, from an `Updated:` line.
    #[serde(default)]
    pub updated: Option<Date>,
    /// Who wrote and who distributed the story.
    #[serde(default)]
    pub source: Source,
    /// Authors named in a byline, in order.
    #[serde(default)]
    pub byline: Vec<String>,
    /// The wire dateline (`KYIV, Ukraine (AP) —`), when there is one.
    #[serde(default)]
    pub dateline: Option<Dateline>,
    /// Language of the text.
    #[serde(default)]
    pub language: Language,
    /// The body: the story without header, headline, byline and trailing
    /// boilerplate.
    pub body: Span,
    /// Paragraphs of the body, in order.
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    /// Sentences of the body, in order; each lies inside one paragraph.
    #[serde(default)]
    pub sentences: Vec<Span>,
    /// Trailing boilerplate kept out of the body ("Read more:",
    /// "Follow us on ...", "(Reporting by ...)", "Copyright ...").
    #[serde(default)]
    pub boilerplate: Vec<Span>,
    /// What the parser forgave: impossible dates, unbalanced quotes...
    #[serde(default)]
    pub warnings: Vec<ParseWarning>,
}

impl Article {
    /// An article whose body is the whole of `text`, with nothing else
    /// recognised: no header, no paragraphs, no sentences. Use
    /// [`Article::parse`] to have them found.
    pub fn new(text: impl Into<String>) -> Article {
        let text = text.into();
        let body = Span::ordered(0, text.len());
        Article {
            text,
            headline: None,
            published: None,
            updated: None,
            source: Source::default(),
            byline: Vec::new(),
            dateline: None,
            language: Language::ENGLISH,
            body,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            boilerplate: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The text `span` covers, or `""` when the span does not lie inside
    /// the text on character boundaries (which validation reports).
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text).unwrap_or("")
    }

    /// The headline text, if any.
    pub fn headline_text(&self) -> Option<&str> {
        self.headline.map(|s| self.slice(s))
    }

    /// The body text.
    pub fn body_text(&self) -> &str {
        self.slice(self.body)
    }

    /// The sentences as text, in order.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> + '_ {
        self.sentences.iter().map(|s| self.slice(*s))
    }
}

/// Who wrote and who distributed a story.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Source {
    /// The publication that wrote the story ("Khaama Press", "Reuters").
    #[serde(default)]
    pub outlet: Option<String>,
    /// The service that redistributed it ("MENAFN"), when named.
    #[serde(default)]
    pub syndicator: Option<String>,
}

impl Source {
    /// A source with the given outlet and no syndicator.
    pub fn new(outlet: Option<String>) -> Source {
        Source {
            outlet,
            syndicator: None,
        }
    }
}

/// A wire dateline: `KYIV, Ukraine (AP) —`, `WASHINGTON, Dec 9 (Reuters) -`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub span: Span,
    /// The place as written ("KYIV, Ukraine"), if any.
    #[serde(default)]
    pub place: Option<String>,
    /// The outlet in the dateline ("AP"), if any.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The date in the dateline, if any (a year-less date is resolved
    /// against the reference date given to the parser).
    #[serde(default)]
    pub date: Option<Date>,
}

impl Dateline {
    /// A dateline covering `span`, with no parts recognised.
    pub fn new(span: Span) -> Dateline {
        Dateline {
            span,
            place: None,
            outlet: None,
            date: None,
        }
    }
}

/// Something odd the parser met and worked around.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ParseWarning {
    /// Where in the text.
    pub span: Span,
    /// What.
    pub kind: ParseWarningKind,
}

impl ParseWarning {
    /// A warning of `kind` at `span`.
    pub fn new(span: Span, kind: ParseWarningKind) -> ParseWarning {
        ParseWarning { span, kind }
    }
}

impl fmt::Display for ParseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.span, self.kind)
    }
}

/// What a [`ParseWarning`] is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum ParseWarningKind {
    /// A header or dateline gives a date that does not exist; the date
    /// is left out.
    #[error("impossible date {text:?} ignored: {reason}")]
    ImpossibleDate {
        /// The date as written.
        text: String,
        /// Why it is impossible.
        reason: String,
    },
    /// A quotation mark opens and never closes (or the reverse).
    #[error("unbalanced quotation mark")]
    UnbalancedQuote,
    /// A date without a year was found and no reference date was given.
    #[error("date {text:?} has no year and no reference date was given; ignored")]
    YearlessDate {
        /// The date as written.
        text: String,
    },
    /// A control character (an escape, a backspace...) stands in the text;
    /// it is kept and read as a separator.
    #[error("stray control character U+{code:04X} kept in the text")]
    ControlCharacter {
        /// The character's code point.
        code: u32,
    },
}
