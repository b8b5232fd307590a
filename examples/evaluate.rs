//! The measuring harness: reads articles as JSON Lines and writes one
//! prediction a line in the shape that `shared/eval/score.py` scores
//! (see `shared/eval/FORMAT.md`).
//!
//! ```text
//! cargo run --release --example evaluate -- dev.gold.jsonl > pred.jsonl
//! cargo run --release --example evaluate < dev.gold.jsonl > pred.jsonl
//! python3 score.py dev.gold.jsonl pred.jsonl
//! ```
//!
//! Each input line is a JSON object with at least `"id"` and `"text"`;
//! other keys (gold annotations, metadata) are ignored. Each output line is
//! `{"id", "published", "outlet", "actors", "statements", "threats",
//! "positions"}`.
//!
//! A line that cannot be read (not JSON, no `id`, no `text`) is reported on
//! stderr with its line number and skipped; the run goes on and exits with
//! status 1 at the end. An article whose text does not parse (empty,
//! binary...) still gets a prediction, with nulls and empty lists, and a
//! note on stderr.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use news_model::{ActorId, Analysis, Article, Channel, Span};
use serde_json::{Value, json};

/// Builds the analysis of one article with the default extractor.
fn analyse(article: Article) -> Analysis {
    static EXTRACTOR: std::sync::OnceLock<news_model::Extractor> = std::sync::OnceLock::new();
    EXTRACTOR
        .get_or_init(news_model::Extractor::new)
        .extract(article)
}

/// The prediction for one article, in the shape of `shared/eval/FORMAT.md`.
fn prediction(id: &str, analysis: &Analysis) -> Value {
    let article = &analysis.article;
    let text = |span: Span| analysis.text(span).to_string();
    let name = |id: ActorId| analysis.actor(id).map(|a| a.name.clone());
    let actors: Vec<Value> = analysis
        .actors
        .iter()
        .map(|a| {
            json!({
                "name": a.name,
                "kind": a.kind.to_string(),
                "country": a.country.map(|c| c.to_string()),
                "aliases": a.aliases,
            })
        })
        .collect();
    let statements: Vec<Value> = analysis
        .statements
        .iter()
        .map(|s| {
            let content: Vec<String> = s.content.iter().map(|&c| text(c)).collect();
            json!({
                "speaker": name(s.speaker),
                "speaker_aliases": analysis.actor(s.speaker).map(|a| a.aliases.clone()).unwrap_or_default(),
                "source": s.source.map(text),
                "cue": text(s.cue),
                "content": content.join(" "),
                "direct": s.direct,
                "channel": s.channel.as_ref().map(Channel::label),
                "addressee": s.addressees.first().and_then(|&a| name(a)),
            })
        })
        .collect();
    let threats: Vec<Value> = analysis
        .threats
        .iter()
        .map(|t| {
            json!({
                "issuer": name(t.issuer),
                "target": t.targets.first().and_then(|&a| name(a)),
                "action": text(t.action),
                "conditional": t.is_conditional(),
                "condition": t.condition.map(|c| text(c.span())),
            })
        })
        .collect();
    let positions: Vec<Value> = analysis
        .positions
        .iter()
        .map(|p| {
            json!({
                "holder": name(p.holder),
                "topic": p.topic,
                "stance": p.stance.to_string(),
                "evidence": text(p.evidence),
            })
        })
        .collect();
    json!({
        "id": id,
        "published": article.published.map(|d| d.to_string()),
        "outlet": article.source.outlet,
        "actors": actors,
        "statements": statements,
        "threats": threats,
        "positions": positions,
    })
}

/// Reads `id` and `text` from one input line.
fn read_line(line: &str) -> Result<(String, String), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err("not a JSON object".into());
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err("\"id\" is not a string".into()),
        None => return Err("no \"id\"".into()),
    };
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(format!("article {id}: \"text\" is not a string")),
        None => return Err(format!("article {id}: no \"text\"")),
    };
    Ok((id, text))
}

fn run(input: Box<dyn BufRead>, source: &str) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_read = true;
    for (n, line) in input.lines().enumerate() {
        let n = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{source}:{n}: cannot read line: {e}");
                all_read = false;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let (id, text) = match read_line(&line) {
            Ok(x) => x,
            Err(msg) => {
                eprintln!("{source}:{n}: {msg}");
                all_read = false;
                continue;
            }
        };
        let analysis = match Article::parse(&text) {
            Ok(article) => analyse(article),
            Err(e) => {
                eprintln!("{source}:{n}: article {id}: {e}; predicting nothing");
                Analysis::new(Article::new(text))
            }
        };
        writeln!(out, "{}", prediction(&id, &analysis))?;
    }
    out.flush()?;
    Ok(all_read)
}

fn main() -> ExitCode {
    let arg = std::env::args_os().nth(1);
    let (input, source): (Box<dyn BufRead>, String) = match arg {
        Some(path) if path != "-" => match File::open(&path) {
            Ok(f) => (
                Box::new(BufReader::new(f)),
                path.to_string_lossy().into_owned(),
            ),
            Err(e) => {
                eprintln!("cannot open {}: {e}", path.to_string_lossy());
                return ExitCode::from(2);
            }
        },
        _ => (Box::new(io::stdin().lock()), "<stdin>".into()),
    };
    match run(input, &source) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("some input lines could not be read; see above");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("cannot write predictions: {e}");
            ExitCode::FAILURE
        }
    }
}
