//! Many articles at once: in parallel, in input order, in bounded memory.
//!
//! A [`Batch`] analyses articles with a shared [`Extractor`]. It has three
//! forms, from the simplest to the most frugal:
//!
//! * [`Batch::analyze`]: a slice of texts in, a `Vec` of results out, in
//!   the same order.
//! * [`Batch::records`] and [`Batch::json_lines`]: a stream of
//!   [`Record`]s (or of JSON Lines) in, an iterator of [`Analyzed`]
//!   records out, in input order. The stream is read one *window* of
//!   records at a time ([`Batch::window`]); a window is analysed in
//!   parallel and handed out before the next one is read, so memory holds
//!   at most one window of articles and their analyses, however long the
//!   corpus.
//! * [`Analyses::write_json_lines`]: the same stream written as JSON
//!   Lines, one analysis per line, serialised in parallel too, with a
//!   [`Summary`] at the end and an [`Observer`] told of every rejected
//!   record and of the progress after each window.
//!
//! A bad record (a line that is not JSON, a record without `id` or
//! `text`, a text that holds no article, even one that made the extractor
//! panic) is reported as a [`BatchError`] with its line number and the run
//! goes on; only failing to read the input or to write the output stops
//! it.
//!
//! # JSON Lines
//!
//! Input: one JSON object a line with a string (or integer) `id` and a
//! string `text`; other keys are ignored, blank lines are skipped, a
//! leading byte-order mark is allowed.
//!
//! ```json
//! {"id": "khaama-2024-12-09", "text": "Trump calls for ...", "outlet": "Khaama Press"}
//! ```
//!
//! Output: one object a line with the record's `id` and its `analysis`,
//! the JSON of [`Analysis::to_json`] (which carries `schema_version`):
//!
//! ```json
//! {"id":"khaama-2024-12-09","analysis":{"schema_version":1,"article":{...},"actors":[...],...}}
//! ```
//!
//! # Threads
//!
//! With the default `parallel` feature, work runs on rayon's global
//! thread pool: one thread per core unless the `RAYON_NUM_THREADS`
//! environment variable says otherwise, or the calls are made inside a
//! pool's `install`. Without the feature everything runs on the calling
//! thread, with the same results.
//!
//! # Example
//!
//! ```
//! use news_model::Extractor;
//! use news_model::batch::{Batch, BatchError};
//!
//! let input = r#"{"id": "a", "text": "Peskov said talks were possible."}
//! {"id": "b", "text": ""}
//! not json
//! {"id": "c", "text": "Zelensky said Ukraine would not give up."}
//! "#;
//! let extractor = Extractor::new();
//! let mut output = Vec::new();
//! let mut rejected = Vec::new();
//! let summary = Batch::new(&extractor)
//!     .json_lines(input.as_bytes())
//!     .write_json_lines(&mut output, &mut |e: &BatchError| rejected.push(e.to_string()))?;
//! assert_eq!(summary.analyzed, 2);
//! assert_eq!(rejected, [
//!     "line 2 (id \"b\"): input is empty",
//!     "line 3: invalid JSON: expected ident at column 2",
//! ]);
//! let output = String::from_utf8(output)?;
//! assert!(output.starts_with(r#"{"id":"a","analysis":{"schema_version":1,"#));
//! assert_eq!(output.lines().count(), 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::any::Any;
use std::collections::VecDeque;
use std::fmt;
use std::io::{self, BufRead, Write};
use std::iter::FusedIterator;
use std::panic::{self, AssertUnwindSafe};

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::error::ParseError;
use crate::extract::Extractor;
use crate::model::Analysis;
use crate::parse::Parser;

/// Analyses many articles with one [`Extractor`], in parallel when the
/// `parallel` feature is on, always returning results in input order.
///
/// A `Batch` is a small `Copy` value holding a reference to the extractor
/// and the options; configure it with the by-value setters.
///
/// ```
/// use news_model::{Extractor, parse::Parser};
/// use news_model::batch::Batch;
///
/// let extractor = Extractor::new();
/// let batch = Batch::new(&extractor)
///     .parser(Parser::new().max_len(1 << 20))
///     .window(64);
/// let results = batch.analyze(&["Peskov said talks were possible.", "   "]);
/// assert_eq!(results.len(), 2);
/// assert!(results[0].is_ok());
/// assert_eq!(results[1].as_ref().unwrap_err(), &news_model::ParseError::Blank);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Batch<'e> {
    extractor: &'e Extractor,
    parser: Parser,
    window: usize,
    max_line_len: usize,
}

impl<'e> Batch<'e> {
    /// The number of records a stream holds in memory at once unless
    /// [`Batch::window`] says otherwise.
    pub const DEFAULT_WINDOW: usize = 256;

    /// The longest JSON Lines line read unless [`Batch::max_line_len`] says
    /// otherwise: 64 MiB.
    pub const DEFAULT_MAX_LINE_LEN: usize = 64 << 20;

    /// A batch analysing with `extractor`, the default [`Parser`], a window
    /// of [`Batch::DEFAULT_WINDOW`] records and lines of at most
    /// [`Batch::DEFAULT_MAX_LINE_LEN`] bytes.
    pub const fn new(extractor: &'e Extractor) -> Batch<'e> {
        Batch {
            extractor,
            parser: Parser::new(),
            window: Self::DEFAULT_WINDOW,
            max_line_len: Self::DEFAULT_MAX_LINE_LEN,
        }
    }

    /// Reads texts with `parser` (a reference date, a length limit)
    /// instead of the default one.
    pub const fn parser(mut self, parser: Parser) -> Batch<'e> {
        self.parser = parser;
        self
    }

    /// Holds at most `records` records in memory at once when streaming
    /// (0 counts as 1).
    ///
    /// Larger windows keep the threads busier near the end of each
    /// window; smaller ones use less memory. A few dozen records per
    /// thread is plenty.
    pub const fn window(mut self, records: usize) -> Batch<'e> {
        self.window = if records == 0 { 1 } else { records };
        self
    }

    /// Rejects JSON Lines lines longer than `bytes` (without the line
    /// break) with [`BatchErrorKind::TooLong`], without holding them in
    /// memory.
    pub const fn max_line_len(mut self, bytes: usize) -> Batch<'e> {
        self.max_line_len = bytes;
        self
    }

    /// The number of records held in memory at once when streaming.
    pub const fn window_len(&self) -> usize {
        self.window
    }

    /// Analyses every text, in parallel, and returns the results in the
    /// order of `texts`: the same as calling [`Extractor::analyze`] on each
    /// in turn (with this batch's parser).
    ///
    /// ```
    /// use news_model::Extractor;
    /// use news_model::batch::Batch;
    ///
    /// let extractor = Extractor::new();
    /// let texts = vec!["Peskov said talks were possible.".to_string(); 3];
    /// let analyses = Batch::new(&extractor).analyze(&texts);
    /// for (text, analysis) in texts.iter().zip(analyses) {
    ///     assert_eq!(analysis?.article.text, *text);
    /// }
    /// # Ok::<(), news_model::ParseError>(())
    /// ```
    pub fn analyze<S>(&self, texts: &[S]) -> Vec<Result<Analysis, ParseError>>
    where
        S: AsRef<str> + Sync,
    {
        map_slice(texts, |text| self.analyze_one(text.as_ref()))
    }

    /// Streams `records` through the batch one window at a time; the
    /// returned iterator yields each record's analysis, or the reason it
    /// was rejected, in input order.
    ///
    /// `records` is pulled on the calling thread only, so it may be a lazy
    /// source (files read one by one) that is neither `Send` nor `Sync`.
    ///
    /// ```
    /// use news_model::Extractor;
    /// use news_model::batch::{Batch, Record};
    ///
    /// let extractor = Extractor::new();
    /// let records = (1..=1000).map(|i| Record::new(format!("r{i}"), format!("Story {i}: Peskov spoke.")));
    /// let mut n = 0;
    /// for analyzed in Batch::new(&extractor).window(100).records(records) {
    ///     let analyzed = analyzed?;
    ///     n += 1;
    ///     assert_eq!(analyzed.id, format!("r{n}"));
    /// }
    /// assert_eq!(n, 1000);
    /// # Ok::<(), news_model::batch::BatchError>(())
    /// ```
    pub fn records<'a, I>(&self, records: I) -> Analyses<'a>
    where
        I: IntoIterator<Item = Record>,
        I::IntoIter: 'a,
        'e: 'a,
    {
        Analyses::new(*self, Source::Records(Box::new(records.into_iter().fuse())))
    }

    /// Streams JSON Lines (see the [module docs](self#json-lines)) through
    /// the batch one window at a time; the returned iterator yields each
    /// record's analysis, or the reason it was rejected, in input order.
    ///
    /// A line that cannot be read as a record is rejected with its line
    /// number and the stream goes on; an I/O error ends the stream after
    /// the records read before it.
    ///
    /// ```
    /// use news_model::Extractor;
    /// use news_model::batch::Batch;
    ///
    /// let input = "{\"id\": 7, \"text\": \"Peskov spoke.\", \"gold\": []}\n[1, 2]\n";
    /// let extractor = Extractor::new();
    /// let mut stream = Batch::new(&extractor).json_lines(input.as_bytes());
    /// let first = stream.next().unwrap()?;
    /// assert_eq!((first.id.as_str(), first.line), ("7", Some(1)));
    /// let second = stream.next().unwrap().unwrap_err();
    /// assert_eq!(second.line(), Some(2));
    /// assert_eq!(
    ///     second.to_string(),
    ///     "line 2: not a record: invalid type: sequence, expected an object with `id` and `text`"
    /// );
    /// assert!(stream.next().is_none());
    /// # Ok::<(), news_model::batch::BatchError>(())
    /// ```
    pub fn json_lines<'a, R>(&self, input: R) -> Analyses<'a>
    where
        R: BufRead + 'a,
        'e: 'a,
    {
        Analyses::new(
            *self,
            Source::Lines(LineReader {
                input: Box::new(input),
                line: 0,
                max: self.max_line_len,
            }),
        )
    }

    fn analyze_one(&self, text: &str) -> Result<Analysis, ParseError> {
        Ok(self.extractor.extract(self.parser.parse(text)?))
    }

    /// Reads, decodes and analyses one raw item: the work done in parallel.
    fn process(&self, raw: Raw) -> Result<Analyzed, BatchError> {
        let (line, record) = match raw {
            Raw::Record(record) => (None, record),
            Raw::Line { line, bytes } => (Some(line), decode_line(line, &bytes)?),
            Raw::Rejected(error) => return Err(error),
        };
        // A panic is a bug in the extractor; it costs its record only, and
        // the record's place says what input to report with the bug.
        let kind = match guarded(|| self.analyze_one(&record.text)) {
            Ok(Ok(analysis)) => {
                return Ok(Analyzed {
                    id: record.id,
                    line,
                    analysis,
                });
            }
            Ok(Err(e)) => BatchErrorKind::Article(e),
            Err(message) => BatchErrorKind::Panicked { message },
        };
        Err(BatchError {
            line,
            id: Some(record.id),
            kind,
        })
    }
}

/// One article to analyse: an identifier chosen by the caller and the raw
/// text.
///
/// ```
/// use news_model::batch::Record;
/// let record = Record::new("khaama-2024-12-09", "Trump calls for an immediate ceasefire.");
/// assert_eq!(record.id, "khaama-2024-12-09");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Record {
    /// The caller's identifier (a file name, a database key...), copied to
    /// the output.
    pub id: String,
    /// The raw text of the story.
    pub text: String,
}

impl Record {
    /// A record with `id` and `text`.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Record {
        Record {
            id: id.into(),
            text: text.into(),
        }
    }
}

/// The analysis of one record, with where it came from.
///
/// ```
/// use news_model::Extractor;
/// use news_model::batch::{Batch, Record};
///
/// let extractor = Extractor::new();
/// let mut stream = Batch::new(&extractor).records([Record::new("r1", "Peskov spoke.")]);
/// let analyzed = stream.next().unwrap()?;
/// assert!(analyzed.to_json_line().starts_with(r#"{"id":"r1","analysis":{"schema_version":1,"#));
/// # Ok::<(), news_model::batch::BatchError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Analyzed {
    /// The record's identifier.
    pub id: String,
    /// The record's line number (from 1) when it was read from JSON Lines.
    pub line: Option<u64>,
    /// What was extracted from the record's text.
    pub analysis: Analysis,
}

impl Analyzed {
    /// The output line for this record, without the line break:
    /// `{"id":...,"analysis":...}` where `analysis` is
    /// [`Analysis::to_json`].
    pub fn to_json_line(&self) -> String {
        json_line(&self.id, &self.analysis)
    }
}

/// Runs `f`, turning a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| panic_message(payload.as_ref()))
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "no message".to_owned()
    }
}

fn json_line(id: &str, analysis: &Analysis) -> String {
    let body = analysis.to_json();
    let mut out = String::with_capacity(body.len() + id.len() + 24);
    out.push_str("{\"id\":");
    // Serialising a string to JSON cannot fail.
    out.push_str(&serde_json::to_string(id).unwrap_or_default());
    out.push_str(",\"analysis\":");
    out.push_str(&body);
    out.push('}');
    out
}

/// Running totals of a batch run, returned by
/// [`Analyses::write_json_lines`] and passed to [`Observer::progress`].
///
/// ```
/// use news_model::batch::Summary;
/// let summary = Summary::default();
/// assert_eq!(summary.records, 0);
/// assert_eq!(summary.text_bytes, 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Summary {
    /// Records handled: analysed or rejected (blank lines do not count).
    pub records: u64,
    /// Records analysed and written.
    pub analyzed: u64,
    /// Records rejected.
    pub rejected: u64,
    /// Actors in the written analyses.
    pub actors: u64,
    /// Statements in the written analyses.
    pub statements: u64,
    /// Positions in the written analyses.
    pub positions: u64,
    /// Threats in the written analyses.
    pub threats: u64,
    /// Bytes of article text analysed.
    pub text_bytes: u64,
    /// Bytes read from the input so far: whole lines, line breaks
    /// included, for JSON Lines; the texts for [`Batch::records`]. Against
    /// the input's size, this tells how far a run has gone.
    pub input_bytes: u64,
}

/// Is told what happens during [`Analyses::write_json_lines`]: each
/// rejected record and the running totals after each window.
///
/// Both methods do nothing by default. A closure taking `&BatchError` is
/// an observer of rejected records (pass it as `&mut |e: &BatchError| ...`).
///
/// ```
/// use news_model::batch::{BatchError, Observer, Summary};
///
/// #[derive(Default)]
/// struct Log { rejected: Vec<String>, windows: usize }
///
/// impl Observer for Log {
///     fn rejected(&mut self, error: &BatchError) {
///         self.rejected.push(error.to_string());
///     }
///     fn progress(&mut self, _summary: &Summary) {
///         self.windows += 1;
///     }
/// }
///
/// let extractor = news_model::Extractor::new();
/// let mut log = Log::default();
/// news_model::batch::Batch::new(&extractor)
///     .json_lines("{\"id\": \"x\"}\n".as_bytes())
///     .write_json_lines(std::io::sink(), &mut log)?;
/// assert_eq!(log.rejected, ["line 1 (id \"x\"): not a record: missing field `text`"]);
/// assert_eq!(log.windows, 1);
/// # Ok::<(), BatchError>(())
/// ```
pub trait Observer {
    /// Called for each rejected record, in input order.
    fn rejected(&mut self, error: &BatchError) {
        let _ = error;
    }

    /// Called after each window is written, with the totals so far.
    fn progress(&mut self, summary: &Summary) {
        let _ = summary;
    }
}

impl<F: FnMut(&BatchError)> Observer for F {
    fn rejected(&mut self, error: &BatchError) {
        self(error);
    }
}

/// A record that could not be analysed, or a failure to read the input or
/// write the output.
///
/// The message says where: `line 3: invalid JSON: ...` for a JSON Lines
/// line, `line 5 (id "b"): input is empty` once the record's id is known,
/// `record "b": input is empty` for a [`Record`] given directly.
/// Only [fatal](BatchError::is_fatal) errors stop a run.
///
/// ```
/// use news_model::batch::{Batch, BatchErrorKind};
///
/// let extractor = news_model::Extractor::new();
/// let err = Batch::new(&extractor)
///     .json_lines("\n{\"id\": \"b\", \"text\": \"  \"}\n".as_bytes())
///     .next()
///     .unwrap()
///     .unwrap_err();
/// assert_eq!(err.line(), Some(2));
/// assert_eq!(err.id(), Some("b"));
/// assert!(matches!(err.kind(), BatchErrorKind::Article(news_model::ParseError::Blank)));
/// assert!(!err.is_fatal());
/// assert_eq!(err.to_string(), "line 2 (id \"b\"): input holds only whitespace");
/// ```
#[derive(Debug)]
pub struct BatchError {
    line: Option<u64>,
    id: Option<String>,
    kind: BatchErrorKind,
}

impl BatchError {
    /// The line number (from 1) of the record in JSON Lines input.
    pub fn line(&self) -> Option<u64> {
        self.line
    }

    /// The record's identifier, when it could be read.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// What went wrong.
    pub fn kind(&self) -> &BatchErrorKind {
        &self.kind
    }

    /// Whether the run stopped here: the input could not be read or the
    /// output could not be written. Other errors reject one record.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self.kind,
            BatchErrorKind::Read(_) | BatchErrorKind::Write(_)
        )
    }

    fn write(source: io::Error) -> BatchError {
        BatchError {
            line: None,
            id: None,
            kind: BatchErrorKind::Write(source),
        }
    }
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, &self.id) {
            (Some(line), Some(id)) => write!(f, "line {line} (id {id:?}): ")?,
            (Some(line), None) => write!(f, "line {line}: ")?,
            (None, Some(id)) => write!(f, "record {id:?}: ")?,
            (None, None) => {}
        }
        self.kind.fmt(f)
    }
}

/// The message already includes the underlying error's, so there is no
/// `source`; [`BatchError::kind`] gives access to it.
impl std::error::Error for BatchError {}

/// What went wrong with a record or a run; see [`BatchError::kind`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BatchErrorKind {
    /// The line is not JSON.
    #[error("invalid JSON: {reason}")]
    InvalidJson {
        /// The JSON parser's message, with the column.
        reason: String,
    },
    /// The line is JSON but not a record: not an object, no `id` or
    /// `text`, or a value of the wrong type.
    #[error("not a record: {reason}")]
    NotARecord {
        /// What is missing or wrong, with the column when known.
        reason: String,
    },
    /// The line is longer than [`Batch::max_line_len`]; it was skipped
    /// without being held in memory.
    #[error("line is longer than the limit of {limit} bytes")]
    TooLong {
        /// The limit.
        limit: usize,
    },
    /// The text holds no article.
    #[error("{0}")]
    Article(ParseError),
    /// The extractor panicked on the record's text: a bug, to be reported
    /// with the record. Only the record is lost (with the default
    /// `panic = "unwind"`).
    #[error("analysis panicked: {message}")]
    Panicked {
        /// The panic's message.
        message: String,
    },
    /// The input could not be read; the run stopped.
    #[error("cannot read input: {0}")]
    Read(io::Error),
    /// The output could not be written; the run stopped.
    #[error("cannot write output: {0}")]
    Write(io::Error),
}

/// The analyses of a stream of records, in input order; made by
/// [`Batch::records`] and [`Batch::json_lines`].
///
/// Records are read one window at a time: the first call to `next` reads
/// and analyses a whole window (in parallel), later calls hand out its
/// results, and the next window is read only once they are all handed
/// out. After a [fatal](BatchError::is_fatal) error the iterator ends.
pub struct Analyses<'a> {
    batch: Batch<'a>,
    source: Source<'a>,
    ready: VecDeque<Result<Analyzed, BatchError>>,
    /// Bytes read from the source so far.
    bytes_read: u64,
    done: bool,
}

impl fmt::Debug for Analyses<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Analyses")
            .field("batch", &self.batch)
            .field("ready", &self.ready.len())
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

enum Source<'a> {
    Records(Box<dyn Iterator<Item = Record> + 'a>),
    Lines(LineReader<'a>),
}

/// One item read from the source, not yet decoded: decoding happens in
/// parallel with the analysis.
enum Raw {
    Record(Record),
    Line { line: u64, bytes: Vec<u8> },
    Rejected(BatchError),
}

/// A window read from the source: its items, and the fatal error that
/// ended the source, if one did.
struct Window {
    items: Vec<Raw>,
    fatal: Option<BatchError>,
}

impl<'a> Analyses<'a> {
    fn new(batch: Batch<'a>, source: Source<'a>) -> Analyses<'a> {
        Analyses {
            batch,
            source,
            ready: VecDeque::new(),
            bytes_read: 0,
            done: false,
        }
    }

    /// Reads up to one window of items from the source.
    fn read_window(&mut self) -> Window {
        let window = self.batch.window;
        let mut items = Vec::with_capacity(window.min(1024));
        let mut fatal = None;
        while !self.done && items.len() < window {
            match &mut self.source {
                Source::Records(records) => match records.next() {
                    Some(record) => {
                        self.bytes_read += record.text.len() as u64;
                        items.push(Raw::Record(record));
                    }
                    None => self.done = true,
                },
                Source::Lines(lines) => match lines.read_line() {
                    Ok(Line::Eof) => self.done = true,
                    Ok(Line::Text { line, bytes, read }) => {
                        self.bytes_read += read;
                        if !bytes.iter().all(u8::is_ascii_whitespace) {
                            items.push(Raw::Line { line, bytes });
                        }
                    }
                    Ok(Line::TooLong { line, read }) => {
                        self.bytes_read += read;
                        items.push(Raw::Rejected(BatchError {
                            line: Some(line),
                            id: None,
                            kind: BatchErrorKind::TooLong { limit: lines.max },
                        }));
                    }
                    Err(e) => {
                        fatal = Some(BatchError {
                            line: Some(lines.line + 1),
                            id: None,
                            kind: BatchErrorKind::Read(e),
                        });
                        self.done = true;
                    }
                },
            }
        }
        Window { items, fatal }
    }

    /// Analyses every remaining record and writes each analysis as a line
    /// of JSON to `output` (see the [module docs](self#json-lines) for the
    /// format), in input order; tells `observer` of each rejected record
    /// and of the totals after each window. Serialisation runs in parallel
    /// with the analysis.
    ///
    /// Lines are written whole with `write_all`; give a buffered writer
    /// (a `BufWriter` around a file) for speed. The output is flushed at
    /// the end.
    ///
    /// # Errors
    ///
    /// A [fatal](BatchError::is_fatal) [`BatchError`] when the input cannot
    /// be read ([`BatchErrorKind::Read`], after writing the records read
    /// before the failure) or the output cannot be written
    /// ([`BatchErrorKind::Write`]). Rejected records are not errors here:
    /// they go to the observer and are counted in [`Summary::rejected`].
    ///
    /// ```
    /// use news_model::Extractor;
    /// use news_model::batch::{Batch, Record};
    ///
    /// let extractor = Extractor::new();
    /// let records = [Record::new("a", "Peskov spoke."), Record::new("b", "")];
    /// let mut out = Vec::new();
    /// let summary = Batch::new(&extractor)
    ///     .records(records)
    ///     .write_json_lines(&mut out, &mut |e: &news_model::batch::BatchError| {
    ///         assert_eq!(e.to_string(), "record \"b\": input is empty");
    ///     })?;
    /// assert_eq!((summary.records, summary.analyzed, summary.rejected), (2, 1, 1));
    /// assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
    /// # Ok::<(), news_model::batch::BatchError>(())
    /// ```
    pub fn write_json_lines<W, O>(
        mut self,
        mut output: W,
        observer: &mut O,
    ) -> Result<Summary, BatchError>
    where
        W: Write,
        O: Observer + ?Sized,
    {
        let mut summary = Summary::default();
        // Results already analysed by calls to `next` go out first.
        let ready = std::mem::take(&mut self.ready);
        if !ready.is_empty() {
            let outs = ready.into_iter().map(|r| {
                r.map(|a| {
                    let line = json_line(&a.id, &a.analysis);
                    (line, a.analysis)
                })
            });
            for out in outs {
                emit(out, &mut output, observer, &mut summary)?;
            }
        }
        loop {
            let Window { items, fatal } = self.read_window();
            summary.input_bytes = self.bytes_read;
            if items.is_empty() && fatal.is_none() {
                break;
            }
            let batch = self.batch;
            let outs = map_vec(items, |raw| {
                batch.process(raw).map(|a| {
                    // Serialise and count in the worker; the analysis is
                    // dropped there too.
                    (json_line(&a.id, &a.analysis), Counts::of(&a.analysis))
                })
            });
            for out in outs {
                emit_counts(out, &mut output, observer, &mut summary)?;
            }
            observer.progress(&summary);
            if let Some(error) = fatal {
                output.flush().map_err(BatchError::write)?;
                return Err(error);
            }
        }
        output.flush().map_err(BatchError::write)?;
        Ok(summary)
    }
}

/// The counts a summary keeps of one analysis.
#[derive(Clone, Copy)]
struct Counts {
    actors: u64,
    statements: u64,
    positions: u64,
    threats: u64,
    text_bytes: u64,
}

impl Counts {
    fn of(analysis: &Analysis) -> Counts {
        Counts {
            actors: analysis.actors.len() as u64,
            statements: analysis.statements.len() as u64,
            positions: analysis.positions.len() as u64,
            threats: analysis.threats.len() as u64,
            text_bytes: analysis.article.text.len() as u64,
        }
    }
}

fn emit<W: Write, O: Observer + ?Sized>(
    out: Result<(String, Analysis), BatchError>,
    output: &mut W,
    observer: &mut O,
    summary: &mut Summary,
) -> Result<(), BatchError> {
    emit_counts(
        out.map(|(line, a)| (line, Counts::of(&a))),
        output,
        observer,
        summary,
    )
}

fn emit_counts<W: Write, O: Observer + ?Sized>(
    out: Result<(String, Counts), BatchError>,
    output: &mut W,
    observer: &mut O,
    summary: &mut Summary,
) -> Result<(), BatchError> {
    summary.records += 1;
    match out {
        Ok((mut line, counts)) => {
            line.push('\n');
            output
                .write_all(line.as_bytes())
                .map_err(BatchError::write)?;
            summary.analyzed += 1;
            summary.actors += counts.actors;
            summary.statements += counts.statements;
            summary.positions += counts.positions;
            summary.threats += counts.threats;
            summary.text_bytes += counts.text_bytes;
        }
        Err(error) => {
            summary.rejected += 1;
            observer.rejected(&error);
        }
    }
    Ok(())
}

impl Iterator for Analyses<'_> {
    type Item = Result<Analyzed, BatchError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(item) = self.ready.pop_front() {
            return Some(item);
        }
        let Window { items, fatal } = self.read_window();
        let batch = self.batch;
        self.ready = map_vec(items, |raw| batch.process(raw)).into();
        self.ready.extend(fatal.map(Err));
        self.ready.pop_front()
    }
}

impl FusedIterator for Analyses<'_> {}

/// Reads JSON Lines one line at a time, refusing to hold lines over the
/// limit.
struct LineReader<'a> {
    input: Box<dyn BufRead + 'a>,
    /// Lines read so far.
    line: u64,
    max: usize,
}

enum Line {
    Text {
        line: u64,
        bytes: Vec<u8>,
        read: u64,
    },
    TooLong {
        line: u64,
        read: u64,
    },
    Eof,
}

impl LineReader<'_> {
    fn read_line(&mut self) -> io::Result<Line> {
        let mut bytes = Vec::new();
        let mut read = 0u64;
        let mut too_long = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                if read == 0 {
                    return Ok(Line::Eof);
                }
                break;
            }
            let (take, found) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                // One byte of slack for a '\r' before the '\n'; checked
                // exactly once the line is whole.
                if bytes.len() + take - usize::from(found) > self.max.saturating_add(1) {
                    too_long = true;
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(&chunk[..take]);
                }
            }
            self.input.consume(take);
            read += take as u64;
            if found {
                break;
            }
        }
        self.line += 1;
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        if too_long || bytes.len() > self.max {
            return Ok(Line::TooLong {
                line: self.line,
                read,
            });
        }
        if self.line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        Ok(Line::Text {
            line: self.line,
            bytes,
            read,
        })
    }
}

/// A JSON Lines record as read: only `id` and `text` are kept.
struct LineRecord {
    id: Option<String>,
    text: Option<String>,
}

impl<'de> Deserialize<'de> for LineRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LineRecord, D::Error> {
        #[derive(Deserialize)]
        #[serde(field_identifier, rename_all = "lowercase")]
        enum Field {
            Id,
            Text,
            #[serde(other)]
            Other,
        }

        struct RecordVisitor;

        impl<'de> Visitor<'de> for RecordVisitor {
            type Value = LineRecord;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with `id` and `text`")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LineRecord, A::Error> {
                let mut record = LineRecord {
                    id: None,
                    text: None,
                };
                while let Some(field) = map.next_key::<Field>()? {
                    match field {
                        Field::Id if record.id.is_some() => {
                            return Err(de::Error::duplicate_field("id"));
                        }
                        Field::Text if record.text.is_some() => {
                            return Err(de::Error::duplicate_field("text"));
                        }
                        Field::Id => record.id = Some(map.next_value::<Id>()?.0),
                        Field::Text => record.text = Some(map.next_value()?),
                        Field::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(record)
            }
        }

        deserializer.deserialize_map(RecordVisitor)
    }
}

/// A record id: a string, or an integer kept as its decimal text.
struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Id, D::Error> {
        struct IdVisitor;

        impl Visitor<'_> for IdVisitor {
            type Value = Id;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an integer")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Id, E> {
                Ok(Id(v))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
                Ok(Id(v.to_string()))
            }
        }

        deserializer.deserialize_any(IdVisitor)
    }
}

fn decode_line(line: u64, bytes: &[u8]) -> Result<Record, BatchError> {
    let reject = |id: Option<String>, kind| BatchError {
        line: Some(line),
        id,
        kind,
    };
    let record: LineRecord = serde_json::from_slice(bytes).map_err(|e| {
        let reason = json_reason(&e);
        reject(
            None,
            match e.classify() {
                serde_json::error::Category::Data => BatchErrorKind::NotARecord { reason },
                _ => BatchErrorKind::InvalidJson { reason },
            },
        )
    })?;
    let missing = |field: &str| format!("missing field `{field}`");
    match record {
        LineRecord {
            id: Some(id),
            text: Some(text),
        } => Ok(Record { id, text }),
        LineRecord { id: None, .. } => Err(reject(
            None,
            BatchErrorKind::NotARecord {
                reason: missing("id"),
            },
        )),
        LineRecord {
            id: Some(id),
            text: None,
        } => Err(reject(
            Some(id),
            BatchErrorKind::NotARecord {
                reason: missing("text"),
            },
        )),
    }
}

/// serde_json's message, with the column but without "line 1" (the line
/// is the record's, given separately).
fn json_reason(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => &message,
    };
    if e.column() == 0 {
        message.to_owned()
    } else {
        format!("{message} at column {}", e.column())
    }
}

#[cfg(feature = "parallel")]
fn map_vec<T, U, F>(items: Vec<T>, f: F) -> Vec<U>
where
    T: Send,
    U: Send,
    F: Fn(T) -> U + Sync + Send,
{
    use rayon::prelude::*;
    items.into_par_iter().map(f).collect()
}

#[cfg(not(feature = "parallel"))]
fn map_vec<T, U, F>(items: Vec<T>, f: F) -> Vec<U>
where
    F: Fn(T) -> U,
{
    items.into_iter().map(f).collect()
}

#[cfg(feature = "parallel")]
fn map_slice<T, U, F>(items: &[T], f: F) -> Vec<U>
where
    T: Sync,
    U: Send,
    F: Fn(&T) -> U + Sync + Send,
{
    use rayon::prelude::*;
    items.par_iter().map(f).collect()
}

#[cfg(not(feature = "parallel"))]
fn map_slice<T, U, F>(items: &[T], f: F) -> Vec<U>
where
    F: Fn(&T) -> U,
{
    items.iter().map(f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message() {
        assert_eq!(guarded(|| 7), Ok(7));
        assert_eq!(guarded(|| -> () { panic!("boom") }), Err("boom".to_owned()));
        let n = 3;
        assert_eq!(
            guarded(|| -> () { panic!("boom {n}") }),
            Err("boom 3".to_owned())
        );
        assert_eq!(
            guarded(|| -> () { std::panic::panic_any(42) }),
            Err("no message".to_owned())
        );
    }

    #[test]
    fn panicked_message() {
        let err = BatchError {
            line: Some(4),
            id: Some("x".to_owned()),
            kind: BatchErrorKind::Panicked {
                message: "index out of bounds".to_owned(),
            },
        };
        assert!(!err.is_fatal());
        assert_eq!(
            err.to_string(),
            "line 4 (id \"x\"): analysis panicked: index out of bounds"
        );
    }
}
