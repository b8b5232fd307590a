//! Throughput of the batch API on all cores against a plain sequential
//! loop, on copies of the real articles (see `benches/data/README.md`).
//!
//! ```text
//! cargo bench --bench batch
//! RAYON_NUM_THREADS=1 cargo bench --bench batch   # the batch API on one thread
//! ```

mod common;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use news_model::Extractor;
use news_model::batch::Batch;

fn main() {
    divan::main();
}

/// Copies of the fourteen real articles in one batch.
const COPIES: usize = 20;

fn texts() -> Vec<String> {
    let news = common::news();
    (0..COPIES).flat_map(|_| news.iter().cloned()).collect()
}

/// `Extractor::analyze` on each text in turn, on one thread.
#[divan::bench(max_time = 3)]
fn sequential(bencher: Bencher) {
    let texts = texts();
    let extractor = Extractor::new();
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .bench(|| {
            texts
                .iter()
                .map(|t| extractor.analyze(t))
                .collect::<Vec<_>>()
        });
}

/// `Batch::analyze` on the same texts, in parallel.
#[divan::bench(max_time = 3)]
fn batch_analyze(bencher: Bencher) {
    let texts = texts();
    let extractor = Extractor::new();
    let batch = Batch::new(&extractor);
    bencher
        .counter(BytesCount::new(common::total_len(&texts)))
        .bench(|| batch.analyze(black_box(&texts)));
}

/// JSON Lines in, JSON Lines out (to a sink), streaming with the default
/// window: the corpus example's work without the file system. Bytes are
/// the input's, JSON included.
#[divan::bench(max_time = 3)]
fn json_lines(bencher: Bencher) {
    let input = common::jsonl(COPIES);
    let extractor = Extractor::new();
    let batch = Batch::new(&extractor);
    bencher.counter(BytesCount::of_str(&input)).bench(|| {
        batch
            .json_lines(black_box(input.as_bytes()))
            .write_json_lines(std::io::sink(), &mut |_: &news_model::batch::BatchError| {})
    });
}
