//! Raw text to [`Article`]: header and dateline forms, paragraphs,
//! sentences and quotes.

use crate::error::ParseError;
use crate::model::{Article, Date, Span};

/// Options for reading articles: the reference date used to give a year to
/// year-less dates, and a length limit.
///
/// ```
/// use news_model::{Date, parse::Parser};
/// let parser = Parser::new().reference_date("2024-12-10".parse::<Date>()?);
/// let article = parser.parse("WASHINGTON, Dec 9 (Reuters) - Trump spoke.")?;
/// assert_eq!(article.published, Some("2024-12-09".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parser {
    reference: Option<Date>,
    max_len: Option<usize>,
}

impl Parser {
    /// A parser with no reference date and no length limit.
    pub const fn new() -> Parser {
        Parser {
            reference: None,
            max_len: None,
        }
    }

    /// Resolves year-less dates ("Dec 9") to the year that puts them
    /// nearest to `date`, never later than a month after it. Without a
    /// reference date a year-less date is left out, with a warning.
    pub const fn reference_date(mut self, date: Date) -> Parser {
        self.reference = Some(date);
        self
    }

    /// Rejects input longer than `bytes` with [`ParseError::TooLong`].
    pub const fn max_len(mut self, bytes: usize) -> Parser {
        self.max_len = Some(bytes);
        self
    }

    /// Parses `text`.
    ///
    /// # Errors
    ///
    /// [`ParseError::Empty`], [`ParseError::Blank`], [`ParseError::Binary`]
    /// or [`ParseError::TooLong`].
    pub fn parse(&self, text: &str) -> Result<Article, ParseError> {
        check_input(text, self.max_len)?;
        let mut article = Article::new(text);
        let body = trim_span(text, 0, text.len());
        article.body = body;
        let mut start = body.start();
        for (i, _) in text[..body.end()].match_indices("\n\n") {
            if i > start {
                push_paragraph(&mut article, start, i);
            }
            start = i + 2;
        }
        if start < body.end() {
            push_paragraph(&mut article, start, body.end());
        }
        let _ = self.reference;
        Ok(article)
    }

    /// Parses UTF-8 bytes.
    ///
    /// # Errors
    ///
    /// [`ParseError::InvalidUtf8`] with the offset of the first bad byte,
    /// and the errors of [`Parser::parse`].
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article, ParseError> {
        let text = std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.parse(text)
    }
}

fn push_paragraph(article: &mut Article, start: usize, end: usize) {
    let p = trim_span(&article.text, start, end);
    if !p.is_empty() {
        article.paragraphs.push(p);
        article.sentences.push(p);
    }
}

fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::ordered(start + lead, (end - trail).max(start + lead))
}

fn check_input(text: &str, max: Option<usize>) -> Result<(), ParseError> {
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(limit) = max
        && text.len() > limit
    {
        return Err(ParseError::TooLong {
            len: text.len(),
            limit,
        });
    }
    if text.trim().is_empty() {
        return Err(ParseError::Blank);
    }
    if let Some((offset, c)) = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
        return Err(ParseError::Binary {
            offset,
            code: u32::from(c),
        });
    }
    Ok(())
}

impl Article {
    /// Parses the raw text of a news story.
    ///
    /// # Errors
    ///
    /// See [`Parser::parse`].
    pub fn parse(text: &str) -> Result<Article, ParseError> {
        Parser::new().parse(text)
    }

    /// Parses raw bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// See [`Parser::parse_bytes`].
    pub fn parse_bytes(bytes: &[u8]) -> Result<Article, ParseError> {
        Parser::new().parse_bytes(bytes)
    }
}
