//! Analyses a whole corpus, in parallel and in bounded memory, writing one
//! analysis per line (JSON Lines).
//!
//! ```text
//! cargo run --release --example corpus -- stories/           # every .txt and .json file under stories/
//! cargo run --release --example corpus -- corpus.jsonl       # a JSON Lines file
//! cat corpus.jsonl | cargo run --release --example corpus    # JSON Lines on stdin (or `-`)
//! ```
//!
//! Input:
//!
//! * a directory: every `.txt` file (the raw story) and `.json` file (an
//!   object with `text` and, optionally, `id`) under it, in path order; a
//!   record's id is its path relative to the directory unless the `.json`
//!   file gives one;
//! * a file or stdin: JSON Lines, one object a line with `id` and `text`
//!   (other keys are ignored), as in `news_model::batch`.
//!
//! Output, on stdout or the `--output` file: one line a record, in input
//! order, `{"id": ..., "analysis": {...}}` where `analysis` is the
//! `Analysis` JSON (`schema_version`, `article`, `actors`, `statements`,
//! `positions`, `threats`).
//!
//! On stderr: each rejected record with its file or line number (the run
//! goes on), progress with rate and time left when stderr is a terminal,
//! and a summary at the end.
//!
//! Options:
//!
//! * `--output FILE`, `-o FILE`: write there instead of stdout;
//! * `--window N`: records held in memory at once (default 256);
//! * `--memory`: end the summary with the process's peak resident memory
//!   (Linux).
//!
//! Threads: one per core; set `RAYON_NUM_THREADS` to choose.
//! Exit status: 0 when the run went through (even with rejected records),
//! 1 when the input could not be read or the output written, 2 on bad
//! arguments.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use news_model::Extractor;
use news_model::batch::{Batch, BatchError, Observer, Record, Summary};

const USAGE: &str = "usage: corpus [DIR | FILE.jsonl | -] [--output FILE] [--window N] [--memory]";

struct Options {
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    window: usize,
    memory: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        input: None,
        output: None,
        window: Batch::DEFAULT_WINDOW,
        memory: false,
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Err(String::new()),
            Some("-o" | "--output") => {
                let path = args.next().ok_or("--output needs a file name")?;
                options.output = Some(PathBuf::from(path));
            }
            Some("--window") => {
                let n = args.next().ok_or("--window needs a number")?;
                options.window = n
                    .to_str()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--window: {n:?} is not a positive number"))?;
            }
            Some("--memory") => options.memory = true,
            Some("-") if options.input.is_none() => options.input = None,
            Some(flag) if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            _ if options.input.is_none() => options.input = Some(PathBuf::from(arg)),
            _ => return Err(format!("one input only (got {:?} too)", arg)),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("corpus: {message}");
            }
            eprintln!("{USAGE}");
            return if message.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("corpus: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(options: &Options) -> Result<(), String> {
    let output: Box<dyn Write> = match &options.output {
        Some(path) => Box::new(
            File::create(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let output = BufWriter::with_capacity(1 << 16, output);

    let extractor = Extractor::new();
    let batch = Batch::new(&extractor).window(options.window);
    let start = Instant::now();
    let mut report = Report::new(start);

    let result = match &options.input {
        Some(path) if path.is_dir() => {
            let files = list_files(path).map_err(|e| format!("{}: {e}", path.display()))?;
            report.total = Total::Records(files.len() as u64);
            let skipped = std::cell::Cell::new(0u64);
            let records = files.iter().filter_map(|file| match read_file(path, file) {
                Ok(record) => Some(record),
                Err(message) => {
                    // A file that cannot be read is reported and skipped.
                    let name = file.strip_prefix(path).unwrap_or(file);
                    report_line(&format!("{}: {message}", name.display()));
                    skipped.set(skipped.get() + 1);
                    None
                }
            });
            let result = batch.records(records).write_json_lines(output, &mut report);
            report.unreadable = skipped.get();
            result
        }
        Some(path) => {
            let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            if let Ok(meta) = file.metadata() {
                report.total = Total::Bytes(meta.len());
            }
            report.source = path.display().to_string();
            let input = BufReader::with_capacity(1 << 16, file);
            batch
                .json_lines(input)
                .write_json_lines(output, &mut report)
        }
        None => {
            report.source = "<stdin>".to_owned();
            let input: Box<dyn BufRead> = Box::new(io::stdin().lock());
            batch
                .json_lines(input)
                .write_json_lines(output, &mut report)
        }
    };
    report.clear_progress();
    let summary = match result {
        Ok(summary) => summary,
        Err(e) => {
            report.print_summary(&report.last_summary, start.elapsed(), options.memory);
            return Err(report.describe(&e));
        }
    };
    report.print_summary(&summary, start.elapsed(), options.memory);
    Ok(())
}

/// Every `.txt` and `.json` file under `dir`, in path order.
fn list_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("txt" | "json")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Reads one file of a directory as a record.
fn read_file(root: &Path, path: &Path) -> Result<Record, String> {
    let name = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned();
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if path.extension().is_some_and(|e| e == "json") {
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}"))?;
        let text = value
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or("not a record: no string `text`")?;
        let id = match value.get("id") {
            None => name,
            Some(serde_json::Value::String(id)) => id.clone(),
            Some(serde_json::Value::Number(id)) => id.to_string(),
            Some(_) => return Err("not a record: `id` is not a string or a number".to_owned()),
        };
        Ok(Record::new(id, text))
    } else {
        Ok(Record::new(name, text))
    }
}

/// Prints a line on stderr, first clearing a progress line if one is
/// shown.
fn report_line(line: &str) {
    let mut stderr = io::stderr().lock();
    if stderr.is_terminal() {
        let _ = write!(stderr, "\r\x1b[K");
    }
    let _ = writeln!(stderr, "{line}");
}

/// How much input there is, for the time left.
enum Total {
    Unknown,
    Bytes(u64),
    Records(u64),
}

/// Reports rejected records and progress on stderr.
struct Report {
    start: Instant,
    shown: Option<Instant>,
    terminal: bool,
    total: Total,
    /// The input's name, for messages about JSON Lines lines.
    source: String,
    last_summary: Summary,
    /// Directory files that could not be read.
    unreadable: u64,
}

impl Report {
    fn new(start: Instant) -> Report {
        Report {
            start,
            shown: None,
            terminal: io::stderr().is_terminal(),
            total: Total::Unknown,
            source: String::new(),
            last_summary: Summary::default(),
            unreadable: 0,
        }
    }

    /// `FILE: line N: reason` for JSON Lines, `PATH: reason` for a file of
    /// a directory.
    fn describe(&self, error: &BatchError) -> String {
        match (error.line(), error.id()) {
            (Some(_), _) => format!("{}: {error}", self.source),
            (None, Some(id)) => format!("{id}: {}", error.kind()),
            (None, None) => error.to_string(),
        }
    }

    fn clear_progress(&mut self) {
        if self.terminal && self.shown.is_some() {
            eprint!("\r\x1b[K");
        }
    }

    fn print_summary(&self, summary: &Summary, elapsed: Duration, memory: bool) {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mb = summary.text_bytes as f64 / 1e6;
        let precision = if mb < 10.0 { 3 } else { 1 };
        eprintln!(
            "{} articles analysed, {} rejected records; {} actors, {} statements, {} threats, {} positions",
            summary.analyzed,
            summary.rejected + self.unreadable,
            summary.actors,
            summary.statements,
            summary.threats,
            summary.positions,
        );
        eprintln!(
            "{mb:.precision$} MB of text in {secs:.2} s: {:.1} MB/s, {:.0} articles/s",
            mb / secs,
            summary.analyzed as f64 / secs
        );
        if memory {
            match peak_memory() {
                Some(kb) => eprintln!("peak memory (VmHWM): {:.1} MB", kb as f64 / 1e3),
                None => eprintln!("peak memory: unknown on this system"),
            }
        }
    }
}

impl Observer for Report {
    fn rejected(&mut self, error: &BatchError) {
        report_line(&self.describe(error));
    }

    fn progress(&mut self, summary: &Summary) {
        self.last_summary = *summary;
        if !self.terminal {
            return;
        }
        let now = Instant::now();
        if self
            .shown
            .is_some_and(|t| now - t < Duration::from_millis(200))
        {
            return;
        }
        self.shown = Some(now);
        let secs = (now - self.start).as_secs_f64().max(1e-9);
        let done = match self.total {
            Total::Bytes(total) if total > 0 => Some(summary.input_bytes as f64 / total as f64),
            Total::Records(total) if total > 0 => Some(summary.records as f64 / total as f64),
            _ => None,
        };
        let left = match done {
            Some(done) if done > 0.0 => {
                format!(
                    ", {} left",
                    format_secs(secs * (1.0 - done.min(1.0)) / done)
                )
            }
            _ => String::new(),
        };
        let percent = done.map_or(String::new(), |d| format!(" ({:.0}%)", d * 100.0));
        eprint!(
            "\r\x1b[K{} articles{percent}, {:.1} MB/s, {:.0} articles/s{left}",
            summary.analyzed,
            summary.text_bytes as f64 / 1e6 / secs,
            summary.analyzed as f64 / secs,
        );
    }
}

fn format_secs(secs: f64) -> String {
    let secs = secs.round() as u64;
    if secs >= 3600 {
        format!("{}h{:02}m", secs / 3600, secs % 3600 / 60)
    } else if secs >= 60 {
        format!("{}m{:02}s", secs / 60, secs % 60)
    } else {
        format!("{secs}s")
    }
}

/// The peak resident set size in kB, from `/proc/self/status` (Linux).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
