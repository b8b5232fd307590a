//! Batch work: parallel results equal sequential ones and come in input
//! order; streams report bad records with their line and go on, and never
//! hold more than one window.

use std::cell::Cell;
use std::io::{self, BufRead, Read, Write};

use news_model::batch::{Analyzed, Batch, BatchError, BatchErrorKind, Observer, Record, Summary};
use news_model::{Analysis, Extractor, ParseError};

const SEED: &str = include_str!("../../examples/data/khaama-2024-12-09.txt");
/// US government and UK Open Government Licence texts; see
/// `benches/data/README.md`.
const OFFICIAL: &str = include_str!("../../benches/data/official.jsonl");

fn news() -> Vec<String> {
    let mut texts = vec![SEED.to_owned()];
    for line in OFFICIAL.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.push(v["text"].as_str().unwrap().to_owned());
    }
    texts
}

/// Real articles, with texts that are not articles mixed in.
fn texts() -> Vec<String> {
    let mut texts = news();
    texts.insert(3, String::new());
    texts.insert(7, " \n\t ".to_owned());
    texts.push("Binary\u{0}data".to_owned());
    texts
}

fn jsonl_line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

#[test]
fn types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Extractor>();
    check::<Batch<'static>>();
    check::<Record>();
    check::<Analyzed>();
    check::<Summary>();
    check::<BatchError>();
    check::<BatchErrorKind>();
}

#[test]
fn analyze_equals_sequential_in_input_order() {
    let extractor = Extractor::new();
    let texts = texts();
    let sequential: Vec<Result<Analysis, ParseError>> =
        texts.iter().map(|t| extractor.analyze(t)).collect();
    let batch = Batch::new(&extractor).analyze(&texts);
    assert_eq!(batch, sequential);
    assert_eq!(batch[3], Err(ParseError::Empty));
    assert_eq!(batch[7], Err(ParseError::Blank));
    // Byte-identical JSON, article by article.
    for (b, s) in batch.iter().zip(&sequential) {
        if let (Ok(b), Ok(s)) = (b, s) {
            assert_eq!(b.to_json(), s.to_json());
        }
    }
}

#[test]
fn analyze_of_nothing_is_nothing() {
    let extractor = Extractor::new();
    let none: [&str; 0] = [];
    assert!(Batch::new(&extractor).analyze(&none).is_empty());
    assert_eq!(Batch::new(&extractor).records([]).count(), 0);
    let summary = Batch::new(&extractor)
        .json_lines(&b""[..])
        .write_json_lines(Vec::new(), &mut |_: &BatchError| {})
        .unwrap();
    assert_eq!(summary, Summary::default());
}

#[test]
fn records_stream_equals_sequential_in_input_order() {
    let extractor = Extractor::new();
    let texts = texts();
    let records: Vec<Record> = (0..5)
        .flat_map(|copy| {
            texts
                .iter()
                .enumerate()
                .map(move |(i, t)| Record::new(format!("{copy}-{i}"), t.clone()))
        })
        .collect();
    for window in [1, 3, 16, 1000] {
        let out: Vec<_> = Batch::new(&extractor)
            .window(window)
            .records(records.clone())
            .collect();
        assert_eq!(out.len(), records.len());
        for (record, result) in records.iter().zip(out) {
            match (extractor.analyze(&record.text), result) {
                (Ok(expected), Ok(got)) => {
                    assert_eq!(got.id, record.id);
                    assert_eq!(got.line, None);
                    assert_eq!(got.analysis, expected);
                }
                (Err(expected), Err(got)) => {
                    assert_eq!(got.id(), Some(record.id.as_str()));
                    assert_eq!(got.line(), None);
                    assert!(!got.is_fatal());
                    match got.kind() {
                        BatchErrorKind::Article(e) => assert_eq!(*e, expected),
                        other => panic!("unexpected {other:?}"),
                    }
                }
                (expected, got) => panic!("{}: {expected:?} but {got:?}", record.id),
            }
        }
    }
}

#[test]
fn window_zero_counts_as_one() {
    let extractor = Extractor::new();
    assert_eq!(Batch::new(&extractor).window(0).window_len(), 1);
    assert_eq!(Batch::new(&extractor).window_len(), Batch::DEFAULT_WINDOW);
    let out: Vec<_> = Batch::new(&extractor)
        .window(0)
        .records((0..5).map(|i| Record::new(i.to_string(), "Peskov spoke.")))
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(out, ["0", "1", "2", "3", "4"]);
}

/// Every kind of bad line, each with the message it must give.
#[test]
fn json_lines_report_bad_lines_with_their_number_and_go_on() {
    let good = jsonl_line("g1", SEED);
    let mut input = Vec::new();
    let mut push = |line: &[u8]| {
        input.extend_from_slice(line);
        input.push(b'\n');
    };
    push(b"\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"Peskov spoke.\"}"); // 1: BOM allowed
    push(b"not json"); // 2
    push(b"{\"id\": \"x\", \"text\": \"unterminated"); // 3
    push(b"{\"text\": \"Peskov spoke.\"}"); // 4
    push(b"{\"id\": \"no-text\"}"); // 5
    push(b""); // 6: blank, skipped
    push(b"{\"id\": true, \"text\": \"Peskov spoke.\"}"); // 7
    push(b"{\"id\": \"n\", \"text\": 42}"); // 8
    push(b"[\"id\", \"text\"]"); // 9
    push(b"{\"id\": \"empty\", \"text\": \"\"}"); // 10
    push(b"{\"id\": \"blank\", \"text\": \"  \"}"); // 11
    push(b"{\"id\": \"bin\", \"text\": \"a\\u0000b\"}"); // 12
    push(b"{\"id\": \"utf8\", \"text\": \"caf\xE9\"}"); // 13
    push(b"{\"id\": \"d\", \"id\": \"e\", \"text\": \"Peskov spoke.\"}"); // 14
    push(good.as_bytes()); // 15
    push(b"   \t"); // 16: blank, skipped
    input.extend_from_slice(
        b"{\"id\": 17, \"text\": \"Zelensky spoke.\", \"gold\": {\"actors\": []}}\r\n",
    ); // 17: CRLF, integer id, extra keys
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"No line break at the end.\"}"); // 18

    let extractor = Extractor::new();
    let mut rejected = Vec::new();
    let mut output = Vec::new();
    let summary = Batch::new(&extractor)
        .window(4)
        .json_lines(&input[..])
        .write_json_lines(&mut output, &mut |e: &BatchError| {
            assert!(!e.is_fatal());
            rejected.push((e.line(), e.to_string()));
        })
        .unwrap();
    let expected: Vec<(Option<u64>, String)> = [
        (2, "line 2: invalid JSON: expected ident at column 2"),
        (3, "line 3: invalid JSON: EOF while parsing a string at column 33"),
        (4, "line 4: not a record: missing field `id`"),
        (5, "line 5 (id \"no-text\"): not a record: missing field `text`"),
        (7, "line 7: not a record: invalid type: boolean `true`, expected a string or an integer at column 11"),
        (8, "line 8: not a record: invalid type: integer `42`, expected a string at column 22"),
        (9, "line 9: not a record: invalid type: sequence, expected an object with `id` and `text`"),
        (10, "line 10 (id \"empty\"): input is empty"),
        (11, "line 11 (id \"blank\"): input holds only whitespace"),
        (12, "line 12 (id \"bin\"): input looks binary: control character U+0000 at byte offset 1"),
        (13, "line 13: invalid JSON: invalid unicode code point at column 28"),
        (14, "line 14: not a record: duplicate field `id` at column 16"),
    ]
    .into_iter()
    .map(|(l, m)| (Some(l), m.to_owned()))
    .collect();
    assert_eq!(rejected, expected);

    let output = String::from_utf8(output).unwrap();
    let ids: Vec<String> = output
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(ids, ["bom", "g1", "17", "last"]);
    assert_eq!(summary.records, 16);
    assert_eq!(summary.analyzed, 4);
    assert_eq!(summary.rejected, 12);
    assert_eq!(summary.input_bytes, input.len() as u64);
    let texts = [
        "Peskov spoke.",
        SEED,
        "Zelensky spoke.",
        "No line break at the end.",
    ];
    assert_eq!(
        summary.text_bytes,
        texts.iter().map(|t| t.len() as u64).sum::<u64>()
    );
}

#[test]
fn json_lines_iterator_gives_line_numbers() {
    let input = format!(
        "{}\n\n{}\nnull\n",
        jsonl_line("a", "Peskov spoke."),
        jsonl_line("b", SEED)
    );
    let extractor = Extractor::new();
    let out: Vec<_> = Batch::new(&extractor)
        .json_lines(input.as_bytes())
        .collect();
    assert_eq!(out.len(), 3);
    let a = out[0].as_ref().unwrap();
    assert_eq!((a.id.as_str(), a.line), ("a", Some(1)));
    let b = out[1].as_ref().unwrap();
    assert_eq!((b.id.as_str(), b.line), ("b", Some(3)));
    assert_eq!(b.analysis, extractor.analyze(SEED).unwrap());
    let err = out[2].as_ref().unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 4: not a record: invalid type: null, expected an object with `id` and `text` at column 4"
    );
}

#[test]
fn output_lines_hold_the_id_and_the_analysis_json() {
    let extractor = Extractor::new();
    let input = jsonl_line("seed \"1\"", SEED) + "\n";
    let mut output = Vec::new();
    Batch::new(&extractor)
        .json_lines(input.as_bytes())
        .write_json_lines(&mut output, &mut |e: &BatchError| panic!("{e}"))
        .unwrap();
    let output = String::from_utf8(output).unwrap();
    assert!(output.ends_with("}\n"));
    assert_eq!(output.lines().count(), 1);
    let expected = extractor.analyze(SEED).unwrap();
    assert_eq!(
        output,
        format!(
            "{{\"id\":\"seed \\\"1\\\"\",\"analysis\":{}}}\n",
            expected.to_json()
        )
    );
    let v: serde_json::Value = serde_json::from_str(&output).unwrap();
    let analysis = Analysis::from_json(&v["analysis"].to_string()).unwrap();
    assert_eq!(analysis, expected);
}

#[test]
fn lines_over_the_limit_are_rejected_without_being_held() {
    let extractor = Extractor::new();
    let fits = jsonl_line("fits", "Peskov spoke about the talks at length.");
    let limit = fits.len();
    let long = jsonl_line("long", &"Peskov spoke. ".repeat(10_000));
    let input = format!("{fits}\r\n{long}\n{fits}x\n{fits}");
    let out: Vec<_> = Batch::new(&extractor)
        .max_line_len(limit)
        .json_lines(input.as_bytes())
        .collect();
    assert_eq!(out.len(), 4);
    assert_eq!(out[0].as_ref().unwrap().line, Some(1));
    for (i, line) in [(1, 2), (2, 3)] {
        let err = out[i].as_ref().unwrap_err();
        assert_eq!(err.line(), Some(line));
        assert!(matches!(err.kind(), BatchErrorKind::TooLong { limit: l } if *l == limit));
        assert_eq!(
            err.to_string(),
            format!("line {line}: line is longer than the limit of {limit} bytes")
        );
    }
    assert_eq!(out[3].as_ref().unwrap().line, Some(4));
}

/// A source of lines that hands out one line at a time and counts how many
/// it has started to hand out.
struct CountingLines<'a> {
    lines: Vec<String>,
    next: usize,
    pos: usize,
    started: &'a Cell<usize>,
    fail_at: Option<usize>,
}

impl Read for CountingLines<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let chunk = self.fill_buf()?;
        let n = chunk.len().min(buf.len());
        buf[..n].copy_from_slice(&chunk[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for CountingLines<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.fail_at == Some(self.next) {
            return Err(io::Error::other("disk on fire"));
        }
        let Some(line) = self.lines.get(self.next) else {
            return Ok(&[]);
        };
        if self.pos == 0 {
            self.started.set(self.started.get().max(self.next + 1));
        }
        Ok(&line.as_bytes()[self.pos..])
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt;
        if let Some(line) = self.lines.get(self.next)
            && self.pos >= line.len()
        {
            self.next += 1;
            self.pos = 0;
        }
    }
}

fn generated_lines(n: usize) -> Vec<String> {
    let news = news();
    (0..n)
        .map(|i| {
            if i % 10 == 9 {
                format!("bad record {i}\n")
            } else {
                jsonl_line(&format!("r{i}"), &news[i % news.len()]) + "\n"
            }
        })
        .collect()
}

/// A writer that checks, at every line written, that the reader is at most
/// one window ahead.
struct WindowCheck<'a> {
    started: &'a Cell<usize>,
    handled: &'a Cell<usize>,
    window: usize,
    most_ahead: usize,
}

impl Write for WindowCheck<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for _ in buf.iter().filter(|&&b| b == b'\n') {
            self.check();
            self.handled.set(self.handled.get() + 1);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl WindowCheck<'_> {
    /// Lines read but not yet handled, the one being handled included.
    fn check(&mut self) {
        let ahead = self.started.get() - self.handled.get();
        self.most_ahead = self.most_ahead.max(ahead);
        assert!(
            ahead <= self.window,
            "{ahead} lines in flight with a window of {}",
            self.window
        );
    }
}

impl Observer for WindowCheck<'_> {
    fn rejected(&mut self, _error: &BatchError) {
        self.check();
        self.handled.set(self.handled.get() + 1);
    }
}

#[test]
fn json_lines_never_hold_more_than_one_window() {
    let extractor = Extractor::new();
    let lines = generated_lines(300);
    for window in [1, 7, 64] {
        let started = Cell::new(0);
        let handled = Cell::new(0);
        let input = CountingLines {
            lines: lines.clone(),
            next: 0,
            pos: 0,
            started: &started,
            fail_at: None,
        };
        // The writer counts the lines written, the observer the records
        // rejected; both check that the reader is at most a window ahead.
        let mut check = WindowCheck {
            started: &started,
            handled: &handled,
            window,
            most_ahead: 0,
        };
        let mut sink = WindowCheck {
            started: &started,
            handled: &handled,
            window,
            most_ahead: 0,
        };
        let summary = Batch::new(&extractor)
            .window(window)
            .json_lines(input)
            .write_json_lines(&mut sink, &mut check)
            .unwrap();
        assert_eq!(summary.records, 300);
        assert_eq!(summary.rejected, 30);
        assert_eq!(handled.get(), 300);
        // The window was used to the full, not more.
        assert_eq!(check.most_ahead.max(sink.most_ahead), window);
    }
}

#[test]
fn records_stream_never_holds_more_than_one_window() {
    let extractor = Extractor::new();
    let news = news();
    let window = 10;
    let pulled = Cell::new(0usize);
    let records = (0..300).map(|i| {
        pulled.set(pulled.get() + 1);
        Record::new(format!("r{i}"), news[i % news.len()].clone())
    });
    let mut yielded = 0usize;
    let mut most_ahead = 0;
    for (i, analyzed) in Batch::new(&extractor)
        .window(window)
        .records(records)
        .enumerate()
    {
        assert_eq!(analyzed.unwrap().id, format!("r{i}"));
        yielded += 1;
        // Records pulled but not yet handed out, this one included.
        let ahead = pulled.get() - yielded + 1;
        most_ahead = most_ahead.max(ahead);
        assert!(ahead <= window, "{ahead} records in flight");
    }
    assert_eq!(yielded, 300);
    assert_eq!(most_ahead, window);
}

#[test]
fn a_read_error_ends_the_run_after_the_records_before_it() {
    let extractor = Extractor::new();
    let started = Cell::new(0);
    let source = || CountingLines {
        lines: generated_lines(8),
        next: 0,
        pos: 0,
        started: &started,
        fail_at: Some(5),
    };
    let out: Vec<_> = Batch::new(&extractor)
        .window(3)
        .json_lines(source())
        .collect();
    assert_eq!(out.len(), 6);
    assert!(out[..5].iter().all(Result::is_ok));
    let err = out[5].as_ref().unwrap_err();
    assert!(err.is_fatal());
    assert_eq!(err.line(), Some(6));
    assert_eq!(err.to_string(), "line 6: cannot read input: disk on fire");

    let mut output = Vec::new();
    let err = Batch::new(&extractor)
        .window(3)
        .json_lines(source())
        .write_json_lines(&mut output, &mut |e: &BatchError| panic!("{e}"))
        .unwrap_err();
    assert!(matches!(err.kind(), BatchErrorKind::Read(_)));
    assert_eq!(String::from_utf8(output).unwrap().lines().count(), 5);
}

#[test]
fn a_write_error_ends_the_run() {
    struct Broken;
    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, "pipe closed"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let extractor = Extractor::new();
    let err = Batch::new(&extractor)
        .records([Record::new("a", SEED)])
        .write_json_lines(Broken, &mut |_: &BatchError| {})
        .unwrap_err();
    assert!(err.is_fatal());
    assert_eq!((err.line(), err.id()), (None, None));
    assert_eq!(err.to_string(), "cannot write output: pipe closed");
}

#[test]
fn summary_counts_every_record() {
    let extractor = Extractor::new();
    let texts = texts();
    let records: Vec<Record> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Record::new(i.to_string(), t.clone()))
        .collect();
    struct Progress(Vec<Summary>);
    impl Observer for Progress {
        fn progress(&mut self, summary: &Summary) {
            self.0.push(*summary);
        }
    }
    let mut progress = Progress(Vec::new());
    let summary = Batch::new(&extractor)
        .window(4)
        .records(records)
        .write_json_lines(io::sink(), &mut progress)
        .unwrap();
    let analyses: Vec<Analysis> = texts
        .iter()
        .filter_map(|t| extractor.analyze(t).ok())
        .collect();
    let sum = |f: fn(&Analysis) -> usize| analyses.iter().map(f).sum::<usize>() as u64;
    assert_eq!(summary.records, texts.len() as u64);
    assert_eq!(summary.analyzed, analyses.len() as u64);
    assert_eq!(summary.rejected, 3);
    assert_eq!(summary.actors, sum(|a| a.actors.len()));
    assert_eq!(summary.statements, sum(|a| a.statements.len()));
    assert_eq!(summary.positions, sum(|a| a.positions.len()));
    assert_eq!(summary.threats, sum(|a| a.threats.len()));
    assert_eq!(summary.text_bytes, sum(|a| a.article.text.len()));
    assert_eq!(
        summary.input_bytes,
        texts.iter().map(|t| t.len() as u64).sum::<u64>()
    );
    // One progress report a window, the last one the final totals.
    assert_eq!(progress.0.len(), texts.len().div_ceil(4));
    assert_eq!(progress.0.last(), Some(&summary));
    assert!(progress.0.windows(2).all(|w| w[0].records < w[1].records));
}

#[test]
fn results_taken_before_writing_are_not_lost() {
    let extractor = Extractor::new();
    let records = (0..10).map(|i| Record::new(i.to_string(), "Peskov spoke."));
    let mut stream = Batch::new(&extractor).window(4).records(records);
    assert_eq!(stream.next().unwrap().unwrap().id, "0");
    let mut output = Vec::new();
    let summary = stream
        .write_json_lines(&mut output, &mut |e: &BatchError| panic!("{e}"))
        .unwrap();
    // The first record was handed out; the other three of its window and
    // the six after it are written.
    assert_eq!((summary.records, summary.analyzed), (9, 9));
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8(output).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "1");
}

#[test]
fn batches_run_from_any_thread() {
    let extractor = Extractor::new();
    let texts = texts();
    let expected: Vec<_> = texts.iter().map(|t| extractor.analyze(t)).collect();
    let got = std::thread::scope(|s| {
        s.spawn(|| Batch::new(&extractor).analyze(&texts))
            .join()
            .unwrap()
    });
    assert_eq!(got, expected);
}
