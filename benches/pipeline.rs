//! Single-core throughput of each stage, and of the whole pipeline, on real
//! text, with the allocations of each call.
//!
//! ```text
//! cargo bench --bench pipeline                      # everything (about a minute)
//! cargo bench --bench pipeline -- pipeline scaling  # a part, by name filter
//! ```
//!
//! Each stage runs on two fixture sets: `seed` (the seed article, 2.1 KB)
//! and `news` (the seed article and thirteen official statements, 18.7 KB
//! in all; see `benches/data/README.md`); figures are per iteration, that
//! is per article for `seed` and per fourteen articles for `news`. The
//! `scaling` group runs one long article of 1 KB, 10 KB, 100 KB and 1 MB
//! built from the same paragraphs: throughput that stays level across the
//! sizes means time linear in the input's length. The `shapes` group
//! does the same for text shaped against the pipeline: one paragraph of
//! many attributed sentences, a run of words with no sentence end, and
//! unbalanced quotation marks, at 100 KB and 1 MB.
//!
//! The counting allocator (divan's `AllocProfiler`) reports the number and
//! bytes of allocations of each iteration, on the benchmark's thread.

mod common;

use divan::counter::BytesCount;
use divan::{AllocProfiler, Bencher, black_box};
use news_model::parse::Parser;
use news_model::{Analysis, Article, Extractor, Validate};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

const SETS: [&str; 2] = ["seed", "news"];

/// Text to `Article`.
#[divan::bench(args = SETS)]
fn parse(bencher: Bencher, set: &str) {
    let texts = common::set(set);
    let parser = Parser::new();
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .bench(|| {
            for text in &texts {
                let _ = black_box(parser.parse(black_box(text)));
            }
        });
}

/// `Article` to `Analysis` (the articles are parsed beforehand, outside the
/// timing).
#[divan::bench(args = SETS)]
fn extract(bencher: Bencher, set: &str) {
    let texts = common::set(set);
    let articles: Vec<Article> = texts.iter().map(|t| Article::parse(t).unwrap()).collect();
    let extractor = Extractor::new();
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .with_inputs(|| articles.clone())
        .bench_values(|articles| {
            articles
                .into_iter()
                .map(|a| extractor.extract(a))
                .collect::<Vec<Analysis>>()
        });
}

/// `Analysis::validate` on the extracted analyses.
#[divan::bench(args = SETS)]
fn validate(bencher: Bencher, set: &str) {
    let texts = common::set(set);
    let analyses = analyses(&texts);
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .bench(|| {
            for a in &analyses {
                let _ = black_box(black_box(a).validate());
            }
        });
}

/// `Analysis::to_json` on the extracted analyses.
#[divan::bench(args = SETS)]
fn to_json(bencher: Bencher, set: &str) {
    let texts = common::set(set);
    let analyses = analyses(&texts);
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .bench(|| {
            for a in &analyses {
                black_box(black_box(a).to_json());
            }
        });
}

/// The whole pipeline, raw text to checked JSON: parse, extract, validate,
/// serialise. The 20 MB/s target is on this one, `news` set.
#[divan::bench(args = SETS)]
fn pipeline(bencher: Bencher, set: &str) {
    let texts = common::set(set);
    let extractor = Extractor::new();
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .bench(|| {
            for text in &texts {
                black_box(run_pipeline(&extractor, black_box(text)));
            }
        });
}

fn run_pipeline(extractor: &Extractor, text: &str) -> Option<String> {
    let analysis = extractor.analyze(text).ok()?;
    analysis.validate().ok()?;
    Some(analysis.to_json())
}

fn analyses(texts: &[String]) -> Vec<Analysis> {
    let extractor = Extractor::new();
    texts
        .iter()
        .map(|t| extractor.analyze(t).unwrap())
        .collect()
}

/// One article of growing size: parse and the whole pipeline.
mod scaling {
    use super::*;

    const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

    #[divan::bench(args = SIZES, max_time = 3)]
    fn parse(bencher: Bencher, size: usize) {
        let text = common::article_of_size(size);
        let parser = Parser::new();
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| parser.parse(black_box(&text)));
    }

    #[divan::bench(args = SIZES, max_time = 3)]
    fn pipeline(bencher: Bencher, size: usize) {
        let text = common::article_of_size(size);
        let extractor = Extractor::new();
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| run_pipeline(&extractor, black_box(&text)));
    }
}

/// Text shaped against the pipeline, at two sizes: throughput level across
/// them means no stage is quadratic in a paragraph's or sentence's length.
mod shapes {
    use super::*;

    const SIZES: [usize; 2] = [100_000, 1_000_000];

    /// `unit` repeated to about `size` bytes.
    fn repeat(unit: &str, size: usize) -> String {
        unit.repeat(size / unit.len() + 1)
    }

    fn run(bencher: Bencher, text: String) {
        let extractor = Extractor::new();
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| run_pipeline(&extractor, black_box(&text)));
    }

    /// One paragraph of attributed sentences.
    #[divan::bench(args = SIZES, max_time = 3)]
    fn one_paragraph(bencher: Bencher, size: usize) {
        run(
            bencher,
            repeat(
                "Smith said the talks failed. Okonkwo said much of the aid had not arrived. ",
                size,
            ),
        );
    }

    /// Words and commas without a sentence end.
    #[divan::bench(args = SIZES, max_time = 3)]
    fn no_sentence_end(bencher: Bencher, size: usize) {
        run(
            bencher,
            repeat(
                "Jane Roe, 27, a voter, said people in the area should stay indoors, and ",
                size,
            ),
        );
    }

    /// Quotation marks that open and never close.
    #[divan::bench(args = SIZES, max_time = 3)]
    fn unbalanced_quotes(bencher: Bencher, size: usize) {
        run(
            bencher,
            repeat("\u{201c}We will win, Peskov warned. \"Russia ", size),
        );
    }
}
