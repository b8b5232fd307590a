//! Raw text to [`Article`]: header and dateline forms, paragraphs,
//! sentences and quotes.
//!
//! The entry points are [`Article::parse`], [`Article::parse_bytes`] and,
//! for options, [`Parser`]. The forms recognised and the rules followed
//! are listed on [`Parser`].

mod boilerplate;
mod dateline;
mod dates;
mod header;
mod paragraphs;
pub(crate) mod sentences;
mod text;

use crate::error::ParseError;
use crate::model::{Article, Date, Dateline, ParseWarning, ParseWarningKind, Span};

use self::dates::{DateIssue, resolve};
use self::header::{FoundDate, Meta};
use self::text::{is_blank, line_at, skip_inline_space, skip_space, trim_span};

/// Reads the raw text of news stories into [`Article`]s, with options: the
/// reference date that gives a year to year-less dates, and a length limit.
///
/// [`Article::parse`] is `Parser::new().parse(text)`.
///
/// ```
/// use news_model::{Date, parse::Parser};
/// let parser = Parser::new().reference_date("2024-12-10".parse::<Date>()?);
/// let article = parser.parse("WASHINGTON, Dec 9 (Reuters) - Trump spoke.")?;
/// assert_eq!(article.published, Some("2024-12-09".parse()?));
/// assert_eq!(article.source.outlet.as_deref(), Some("Reuters"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # What is recognised
///
/// The text is read top to bottom: an optional header, the body, and
/// optional trailing boilerplate. Everything found is reported as
/// [`Span`]s into the original text: nothing is normalised in place, so
/// every offset indexes the text exactly as given. Spans are trimmed of
/// surrounding whitespace. Nothing is invented: a plain text with none of
/// the forms below gives an article whose body is the whole text.
///
/// **Syndication header**, at the very start:
/// `date 2024-12-09 (MENAFN- Khaama Press)` (the `date` word and the date
/// are optional). The date is the publication date, the name after the
/// dash the outlet (the publication that wrote the story), the name before
/// it the syndicator. The body may follow on the same line.
///
/// **Header lines**, each on a line of its own, before the body and in any
/// order; several may share a line separated by `|`, `•` or `·`:
///
/// * a **headline**: the first line that is not another header line, when
///   it is at most 200 characters and 30 words, starts with a capital, a
///   digit or a quotation mark, and either has no final `.`, `!` or `?` and
///   is followed by a blank line, another header line, a dateline or a long
///   line of prose; or has a final period and is followed by a header line
///   or dateline, or by a blank line when it is written in title case
///   ("Visa Program Up for Renewal Amid Allegations of Fraud."). A title
///   line followed by a blank line, as government press releases begin, is
///   a headline;
/// * **bylines**: `By NAME`, `By NAME and NAME`, `By NAME, NAME and NAME`,
///   `By NAME, Reuters`, `By NAME, Staff Writer`, `By NAME in PLACE`, and
///   `NAME, OUTLET` without `By` when the outlet is a known one (Reuters,
///   AP, AFP, Xinhua, TASS, Anadolu, Al Jazeera, BBC, CNN, VOA...). A name
///   is two to five capitalised words or initials ("John Q. Public",
///   "JIM HEINTZ"; "von", "de", "al" allowed inside). The outlet named in
///   a byline, or a known outlet alone on a line ("Associated Press"), is
///   the story's outlet when no syndication header or dateline names one;
/// * **dates**: `Published: DATE`, `Published on DATE`, `Posted DATE`,
///   `First published: DATE`, `Date: DATE`, and a date alone on a line give
///   the publication date; `Updated: DATE`, `Last updated on DATE` the date
///   of the update. A time and zone may follow the date
///   (`December 9, 2024 10:32 a.m. EST`, `2024-12-09T10:32:00Z`).
///
/// **Date forms**: ISO `2024-12-09`; `December 9, 2024`, `Dec. 9, 2024`,
/// `Dec 9 2024`; `9 December 2024`, `9th of Dec 2024`; each optionally
/// after a weekday (`Monday, December 9, 2024`). Numeric dates follow one
/// fixed rule: **dotted numeric dates are day.month.year** (European
/// order: `09.12.2024` is 9 December 2024) and **slashed numeric dates are
/// month/day/year** (US order: `12/09/2024` is 9 December 2024). A date
/// without a year (`Dec 9`) takes the year that puts it nearest to the
/// [reference date](Parser::reference_date), never more than 31 days after
/// it; without a reference date it is left out with a
/// [`ParseWarningKind::YearlessDate`] warning (the clock is never read). A
/// date that does not exist (`2024-13-45`, `February 30, 2024`) is left
/// out with a [`ParseWarningKind::ImpossibleDate`] warning; it is never an
/// error.
///
/// **Datelines**, at the start of the first body line:
///
/// * `KYIV, Ukraine (AP) —`, `BEIJING (AFP) –`, `ANKARA (AA) -`,
///   `KABUL (Khaama Press):`, `Berlin (dpa) -`: place and outlet;
/// * `WASHINGTON, Dec 9 (Reuters) -`, `SEOUL, Dec. 9 (Yonhap) --`,
///   `HEMPSTEAD, N.Y., Sept. 26 (UPI) —`, `MOSCOW. Dec 9 (Interfax) -`,
///   `Madrid, Dec 9 (EFE).-`: place, date and outlet;
/// * `MOSCOW, Dec. 9, 2024 /Xinhua/ --`, `MOSCOW, December 9. /TASS/.`:
///   the outlet between slashes;
/// * `(CNN) —`, `(Bloomberg) --`: outlet only;
/// * `WASHINGTON —`, `NEWPORT NEWS, Va. -`: a place in capitals before a
///   spaced dash (NYT, Washington Post, VOA style).
///
/// The separator is a dash (`—`, `–`, `―`, `-`, `--`), a colon or `.-`
/// followed by a space. The dateline is kept in [`Article::dateline`] and
/// out of the body, paragraphs and sentences.
///
/// **Where facts come from**, in order of precedence: the outlet from the
/// syndication header, then the dateline, then a byline; the publication
/// date from the syndication header, then a `Published:` or date line,
/// then the dateline.
///
/// **Trailing boilerplate**: lines at the end that start with `Read
/// more`, `Read also`, `Also read`, `See also`, `Related:`, `Follow us
/// ...`, `Follow NAME on Twitter/X/Facebook/Telegram...`, `Subscribe`,
/// `Sign up`, `Click here`, `Copyright ...`, `©`, `All rights reserved`,
/// `(Reporting by ...; Editing by ...)`, `(Writing by ...)`, `Legal
/// Disclaimer:`, `Originally published ...`, `___`, or that end with
/// `contributed to this report.`, together with short link lines under
/// them, are kept out of the body and listed in [`Article::boilerplate`].
///
/// **Paragraphs** are separated by blank lines. A single line break also
/// separates paragraphs when the block is written one paragraph a line:
/// when any of its lines but the last is longer than 100 characters.
/// A block of short lines is hard-wrapped prose and stays one paragraph.
///
/// **Sentences** lie inside one paragraph each. A sentence ends after `.`,
/// `!`, `?` or an ellipsis, with any closing quotation marks and brackets
/// after it, when whitespace follows, except:
///
/// * never after a title or similar abbreviation that is always followed
///   by a name or number (Mr., Mrs., Ms., Dr., Gen., Lt., Col., Sen., Rep.,
///   Gov., Sgt., St., vs., e.g.);
/// * after an abbreviation that can end a sentence (U.S., U.K., U.N.,
///   E.U., a.m., p.m., Jan., Dec., No., Inc., Corp., Jr., etc., any dotted
///   acronym such as J.D., and initials such as the J. of Donald J. Trump),
///   only before a capitalised word that commonly starts a sentence (The,
///   He, It, But...): "at 5 p.m. The talks" is two sentences, "the U.S.
///   President" and "Dec. 9" are not split;
/// * after any other word a period is a boundary even before a lower-case
///   word ("Ukraine. also indicated that" is two sentences);
/// * `!`, `?` and ellipses before a lower-case word do not end a sentence;
/// * a quotation followed by a lower-case word, or by a name and a
///   reporting verb, continues the sentence (`"Will you?" he asked.`);
///   inside a quotation that closes on a comma or dash and continues with
///   its attribution, sentence ends do not split: `"We will win. Russia
///   will lose," he said.` is one sentence, `"We will win." He left.` two;
/// * decimals (3.5), and periods glued to what follows (U.S.-led), never
///   end a sentence.
///
/// The abbreviation lists are data: `data/abbreviations.txt`.
///
/// **Warnings** ([`Article::warnings`]) report what was forgiven: impossible
/// dates, year-less dates without a reference date, quotation marks that
/// never close (a quotation left open at the end of a paragraph is fine
/// when the next paragraph opens one, as multi-paragraph quotes do) or
/// close without opening.
///
/// # Errors and limits
///
/// Only input that holds no article is an error: empty input
/// ([`ParseError::Empty`]), whitespace only ([`ParseError::Blank`]), a NUL
/// or other ASCII control character (U+0000 to U+001F, U+007F) except tab,
/// line feed, carriage return and form feed where it looks binary (any
/// NUL, or such characters making up more than 1% of the bytes:
/// [`ParseError::Binary`]; a stray one in real text is kept, with a
/// [`ParseWarningKind::ControlCharacter`] warning), input over the
/// [limit](Parser::max_len) ([`ParseError::TooLong`]), and for
/// [`Parser::parse_bytes`] invalid UTF-8 ([`ParseError::InvalidUtf8`]).
/// The C1 controls (U+0080 to U+009F) are accepted: real stories carry
/// them where Windows-1252 text was decoded twice.
/// Windows line endings (`\r\n`) are read like `\n`. A run of text
/// longer than [`MAX_SENTENCE_LEN`] bytes without a sentence end is cut
/// into several sentences. Parsing takes time linear in the length of the
/// text and never panics.
///
/// # Example: the seed article
///
/// ```
/// use news_model::Article;
/// let text = include_str!("../../examples/data/khaama-2024-12-09.txt");
/// let article = Article::parse(text)?;
/// assert_eq!(article.published, Some("2024-12-09".parse()?));
/// assert_eq!(article.source.outlet.as_deref(), Some("Khaama Press"));
/// assert_eq!(article.source.syndicator.as_deref(), Some("MENAFN"));
/// assert_eq!(article.paragraphs.len(), 10);
/// assert_eq!(article.sentences.len(), 16);
/// assert!(article.sentence_texts().next().unwrap().starts_with("The newly elected"));
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
    /// nearest to `date`, never more than 31 days after it. Without a
    /// reference date a year-less date is left out, with a
    /// [`ParseWarningKind::YearlessDate`] warning.
    ///
    /// ```
    /// use news_model::{Date, ParseWarningKind, parse::Parser};
    /// let text = "SEOUL, Jan. 3 (Yonhap) -- Talks resumed.";
    /// let parser = Parser::new().reference_date("2024-12-20".parse::<Date>()?);
    /// assert_eq!(parser.parse(text)?.published, Some("2025-01-03".parse()?));
    /// let article = Parser::new().parse(text)?;
    /// assert_eq!(article.published, None);
    /// assert!(matches!(article.warnings[0].kind, ParseWarningKind::YearlessDate { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn reference_date(mut self, date: Date) -> Parser {
        self.reference = Some(date);
        self
    }

    /// Rejects input longer than `bytes` with [`ParseError::TooLong`].
    ///
    /// ```
    /// use news_model::{ParseError, parse::Parser};
    /// let err = Parser::new().max_len(4).parse("Too long.").unwrap_err();
    /// assert_eq!(err, ParseError::TooLong { len: 9, limit: 4 });
    /// ```
    pub const fn max_len(mut self, bytes: usize) -> Parser {
        self.max_len = Some(bytes);
        self
    }

    /// Parses `text`. See [`Parser`] for the forms recognised.
    ///
    /// # Errors
    ///
    /// [`ParseError::Empty`], [`ParseError::Blank`], [`ParseError::Binary`]
    /// or [`ParseError::TooLong`].
    pub fn parse(&self, text: &str) -> Result<Article, ParseError> {
        check_input(text, self.max_len)?;
        let mut reader = Reader {
            text,
            reference: self.reference,
            article: Article::new(text),
            outlet_rank: u8::MAX,
            published_rank: u8::MAX,
        };
        let body_start = reader.header();
        let (boilerplate, body_end) = boilerplate::find(text, body_start, text.len());
        reader.article.boilerplate = boilerplate;
        let body = trim_span(text, body_start, body_end.max(body_start));
        reader.article.body = body;
        reader.body(body);
        reader.stray_controls();
        Ok(reader.article)
    }

    /// Parses UTF-8 bytes.
    ///
    /// ```
    /// use news_model::{ParseError, parse::Parser};
    /// let err = Parser::new().parse_bytes(b"Kyiv \xff").unwrap_err();
    /// assert_eq!(err, ParseError::InvalidUtf8 { offset: 5 });
    /// ```
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

/// Precedence of the sources of the outlet and the publication date
/// (lower wins).
const FROM_SYNDICATION: u8 = 0;
const FROM_DATELINE: u8 = 1;
const FROM_STAMP: u8 = 1;
const FROM_BYLINE: u8 = 2;
const FROM_DATELINE_DATE: u8 = 2;

/// Most warnings given about stray control characters.
const MAX_CONTROL_WARNINGS: usize = 16;

/// Most header lines read before the body.
const MAX_HEADER_LINES: usize = 12;

struct Reader<'t> {
    text: &'t str,
    reference: Option<Date>,
    article: Article,
    outlet_rank: u8,
    published_rank: u8,
}

impl Reader<'_> {
    /// Warns about each control character left in the text (at most
    /// [`MAX_CONTROL_WARNINGS`]; `check_input` let through only a few).
    fn stray_controls(&mut self) {
        let mut at = 0;
        for _ in 0..MAX_CONTROL_WARNINGS {
            let Some(i) = text::find_byte(self.text.as_bytes(), at, is_control) else {
                break;
            };
            let code = u32::from(self.text.as_bytes()[i]);
            self.warn(i, i + 1, ParseWarningKind::ControlCharacter { code });
            at = i + 1;
        }
    }

    fn warn(&mut self, start: usize, end: usize, kind: ParseWarningKind) {
        self.article
            .warnings
            .push(ParseWarning::new(Span::ordered(start, end), kind));
    }

    /// Resolves a date found at `start..end`, warning when it gives none.
    fn date(&mut self, found: FoundDate) -> Option<Date> {
        match resolve(found.raw, self.reference) {
            Ok(d) => Some(d),
            Err(issue) => {
                let text = self.text[found.start..found.end].to_string();
                let kind = match issue {
                    DateIssue::Yearless => ParseWarningKind::YearlessDate { text },
                    DateIssue::Impossible(reason) => {
                        ParseWarningKind::ImpossibleDate { text, reason }
                    }
                };
                self.warn(found.start, found.end, kind);
                None
            }
        }
    }

    fn set_outlet(&mut self, outlet: &str, rank: u8) {
        let outlet = outlet.trim();
        if rank < self.outlet_rank && !outlet.is_empty() {
            self.article.source.outlet = Some(outlet.to_string());
            self.outlet_rank = rank;
        }
    }

    fn set_published(&mut self, date: Option<Date>, rank: u8) {
        if let Some(d) = date
            && rank < self.published_rank
        {
            self.article.published = Some(d);
            self.published_rank = rank;
        }
    }

    fn meta(&mut self, metas: Vec<Meta>) {
        for m in metas {
            match m {
                Meta::Published(found) => {
                    let d = self.date(found);
                    self.set_published(d, FROM_STAMP);
                }
                Meta::Updated(found) => {
                    let d = self.date(found);
                    if self.article.updated.is_none() {
                        self.article.updated = d;
                    }
                }
                Meta::Byline(names, outlet) => {
                    self.article.byline.extend(names);
                    if let Some(o) = outlet {
                        self.set_outlet(&o, FROM_BYLINE);
                    }
                }
                Meta::Outlet(o) => self.set_outlet(&o, FROM_BYLINE),
            }
        }
    }

    /// What follows the line ending at `next`, for the headline rule;
    /// `None` when nothing does.
    fn follower(&self, next: usize) -> Option<header::Follower> {
        let text = self.text;
        let at = skip_space(text, next);
        if at >= text.len() {
            return None;
        }
        let line = line_at(text, at);
        let blank_between = text[next..at].contains('\n');
        Some(
            if header::meta_line(text, line.start, line.end).is_some()
                || dateline::find(text, line.start, line.end).is_some()
            {
                header::Follower::Header
            } else if blank_between {
                header::Follower::Blank
            } else if line.text(text).chars().count() > paragraphs::LONG_LINE {
                header::Follower::Prose
            } else {
                header::Follower::Other
            },
        )
    }

    /// Reads the header; returns where the body starts.
    fn header(&mut self) -> usize {
        let text = self.text;
        let mut pos = skip_space(text, 0);
        let mut lines_allowed = true;
        if let Some(s) = header::syndication(text, pos) {
            self.article.source.syndicator = Some(s.syndicator);
            self.set_outlet(&s.outlet, FROM_SYNDICATION);
            if let Some(found) = s.date {
                let d = self.date(found);
                self.set_published(d, FROM_SYNDICATION);
            }
            let after = skip_inline_space(text, s.end);
            let line = line_at(text, after);
            if is_blank(line.text(text)) {
                pos = skip_space(text, after);
            } else {
                // The body follows on the same line.
                lines_allowed = false;
                pos = after;
            }
        }
        if lines_allowed {
            for _ in 0..MAX_HEADER_LINES {
                pos = skip_space(text, pos);
                if pos >= text.len() {
                    break;
                }
                let line = line_at(text, pos);
                if dateline::find(text, line.start, line.end).is_some() {
                    break;
                }
                if let Some(metas) = header::meta_line(text, line.start, line.end) {
                    self.meta(metas);
                    pos = line.next;
                    continue;
                }
                if self.article.headline.is_none()
                    && let Some(follower) = self.follower(line.next)
                    && header::headline(line.text(text), follower)
                {
                    self.article.headline = Some(trim_span(text, line.start, line.end));
                    pos = line.next;
                    continue;
                }
                break;
            }
        }
        pos = skip_space(text, pos);
        let line = line_at(text, pos);
        if let Some(d) = dateline::find(text, line.start, line.end) {
            let mut dl = Dateline::new(trim_span(text, line.start, d.end));
            dl.place = d.place;
            if let Some(o) = &d.outlet {
                self.set_outlet(o, FROM_DATELINE);
            }
            dl.outlet = d.outlet;
            if let Some((raw, start, end)) = d.date {
                dl.date = self.date(FoundDate { raw, start, end });
                self.set_published(dl.date, FROM_DATELINE_DATE);
            }
            self.article.dateline = Some(dl);
            pos = skip_space(text, d.end);
        }
        pos
    }

    /// Splits the body into paragraphs and sentences.
    fn body(&mut self, body: Span) {
        let text = self.text;
        let paragraphs = paragraphs::split(text, body);
        let mut sentences = Vec::new();
        let mut warnings = Vec::new();
        for (i, p) in paragraphs.iter().enumerate() {
            let base = p.start();
            let ptext = &text[p.range()];
            let report = sentences::split(ptext, |a, b| {
                push_capped(ptext, base, a, b, &mut sentences);
            });
            let next_opens = paragraphs.get(i + 1).is_some_and(|n| {
                text[n.range()]
                    .chars()
                    .next()
                    .is_some_and(|c| matches!(c, '“' | '"' | '«' | '„' | '”' | '\''))
            });
            if !next_opens {
                for &(at, len) in &report.unclosed {
                    warnings.push((base + at, base + at + len));
                }
            }
            for &(at, len) in &report.stray {
                warnings.push((base + at, base + at + len));
            }
        }
        warnings.sort_unstable();
        for (a, b) in warnings {
            self.warn(a, b, ParseWarningKind::UnbalancedQuote);
        }
        self.article.paragraphs = paragraphs;
        self.article.sentences = sentences;
    }
}

/// The longest sentence, in bytes: a longer run of text without a
/// sentence end (a transcript without punctuation, a list, a dump) is cut
/// into pieces of at most this length, so that no later stage works on an
/// unbounded sentence.
pub const MAX_SENTENCE_LEN: usize = 2000;

/// Pushes the sentence `a..b` of the paragraph `p` (at `base` in the
/// text), cut into pieces of at most [`MAX_SENTENCE_LEN`] bytes: after the
/// last clause mark (`;`, `,`, `:`) or else the last space of each piece,
/// or at the limit itself in a text with neither.
fn push_capped(p: &str, base: usize, mut a: usize, b: usize, out: &mut Vec<Span>) {
    while b - a > MAX_SENTENCE_LEN {
        let mut limit = a + MAX_SENTENCE_LEN;
        while !p.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &p[a..limit];
        let cut = window
            .rfind([';', ',', ':'])
            .filter(|&k| k > MAX_SENTENCE_LEN / 2)
            .map(|k| a + k + 1)
            .or_else(|| {
                window
                    .rfind(char::is_whitespace)
                    .filter(|&k| k > 0)
                    .map(|k| a + k)
            })
            .unwrap_or(limit);
        let mut end = cut;
        while end > a && p[..end].ends_with(char::is_whitespace) {
            end -= 1;
        }
        if end > a {
            out.push(Span::ordered(base + a, base + end));
        }
        a = cut;
        while a < b && p[a..].starts_with(char::is_whitespace) {
            a += p[a..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if b > a {
        out.push(Span::ordered(base + a, base + b));
    }
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
    // Control characters are ASCII: a byte below 0x80 is a whole character.
    // (Without short-circuits, for `find_byte`.)
    let bytes = text.as_bytes();
    if let Some(first) = text::find_byte(bytes, 0, is_control) {
        // A NUL, or control characters making up more than one byte in a
        // hundred, is binary data; a stray one in real text (an escape
        // left by a scraper) is kept and warned about.
        let nul = text::find_byte(bytes, first, |b| b == 0);
        let count = bytes[first..].iter().filter(|&&b| is_control(b)).count();
        if let Some(offset) = nul.or((count * 100 > bytes.len()).then_some(first)) {
            return Err(ParseError::Binary {
                offset,
                code: u32::from(bytes[offset]),
            });
        }
    }
    if is_blank(text) {
        return Err(ParseError::Blank);
    }
    Ok(())
}

/// A control character that text does not carry: U+0000 to U+001F but
/// tab, line feed, carriage return and form feed, and U+007F.
fn is_control(b: u8) -> bool {
    ((b < b' ') & (b != b'\n') & (b != b'\r') & (b != b'\t') & (b != 0x0c)) | (b == 0x7f)
}

impl Article {
    /// Parses the raw text of a news story: header, headline, byline,
    /// dateline, body, paragraphs, sentences and trailing boilerplate, all
    /// as spans into `text`.
    ///
    /// The forms recognised are listed on [`Parser`]: syndication headers
    /// (`date 2024-12-09 (MENAFN- Khaama Press)`), wire datelines
    /// (`KYIV, Ukraine (AP) —`, `WASHINGTON, Dec 9 (Reuters) -`,
    /// `MOSCOW, Dec. 9, 2024 /Xinhua/ --`, `(CNN) —`), headlines, bylines
    /// (`By NAME and NAME`, `NAME, Reuters`), `Published:` / `Updated:`
    /// lines, trailing boilerplate (`Read more:`, `Copyright ...`), and the
    /// paragraph and sentence rules. Use [`Parser`] to give a reference
    /// date for year-less dates or a length limit.
    ///
    /// ```
    /// use news_model::Article;
    /// let text = "Russia rejects ceasefire call\n\n\
    ///             MOSCOW, Dec. 9, 2024 /Xinhua/ -- The Kremlin said no. \
    ///             \"We will win. Russia will lose,\" he said.\n\n\
    ///             Read more: Talks stall";
    /// let article = Article::parse(text)?;
    /// assert_eq!(article.headline_text(), Some("Russia rejects ceasefire call"));
    /// let dateline = article.dateline.as_ref().unwrap();
    /// assert_eq!(dateline.place.as_deref(), Some("MOSCOW"));
    /// assert_eq!(article.source.outlet.as_deref(), Some("Xinhua"));
    /// assert_eq!(article.published, Some("2024-12-09".parse()?));
    /// assert_eq!(article.sentences.len(), 2);
    /// assert_eq!(article.slice(article.boilerplate[0]), "Read more: Talks stall");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// See [`Parser::parse`].
    pub fn parse(text: &str) -> Result<Article, ParseError> {
        Parser::new().parse(text)
    }

    /// Parses raw bytes, which must be UTF-8.
    ///
    /// ```
    /// use news_model::Article;
    /// let article = Article::parse_bytes("(CNN) — Talks resumed.".as_bytes())?;
    /// assert_eq!(article.source.outlet.as_deref(), Some("CNN"));
    /// # Ok::<(), news_model::ParseError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// See [`Parser::parse_bytes`].
    pub fn parse_bytes(bytes: &[u8]) -> Result<Article, ParseError> {
        Parser::new().parse_bytes(bytes)
    }
}
