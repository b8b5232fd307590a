//! Real text for the benchmarks: the seed article (Khaama Press via MENAFN,
//! 2024-12-09) and thirteen official statements, US government works
//! (Department of State, Department of Defense, White House; public
//! domain) and UK texts under the Open Government Licence v3.0 (FCDO,
//! GOV.UK). Sources are listed in `benches/data/README.md`.

#![allow(dead_code)] // each bench binary uses a part

/// The seed article, exactly as received.
pub const SEED: &str = include_str!("../../examples/data/khaama-2024-12-09.txt");

/// The official statements as JSON Lines: `id`, `source`, `licence`, `text`.
pub const OFFICIAL_JSONL: &str = include_str!("../data/official.jsonl");

/// The texts of the official statements.
pub fn official() -> Vec<String> {
    OFFICIAL_JSONL
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("fixture is JSON");
            value["text"].as_str().expect("fixture has text").to_owned()
        })
        .collect()
}

/// Every real article: the seed article, then the official statements.
pub fn news() -> Vec<String> {
    let mut all = vec![SEED.to_owned()];
    all.extend(official());
    all
}

/// A fixture set by name: `seed` (one article) or `news` (all fourteen).
pub fn set(name: &str) -> Vec<String> {
    match name {
        "seed" => vec![SEED.to_owned()],
        "news" => news(),
        other => panic!("unknown fixture set {other}"),
    }
}

/// Every paragraph of every real article, in order.
pub fn paragraphs() -> Vec<String> {
    news()
        .iter()
        .flat_map(|text| text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()))
        .map(str::to_owned)
        .collect()
}

/// One long article of about `bytes` bytes (never more), made of real
/// paragraphs taken in turn and cut at the end of a sentence.
pub fn article_of_size(bytes: usize) -> String {
    let paragraphs = paragraphs();
    let mut text = String::with_capacity(bytes + 4096);
    for p in paragraphs.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }
    // Cut back to the last sentence or paragraph end that fits.
    let fits = &text[..floor_char_boundary(&text, bytes)];
    let cut = fits
        .rfind(". ")
        .map(|i| i + 1)
        .into_iter()
        .chain(fits.rfind("\n\n"))
        .max()
        .unwrap_or(fits.len());
    text.truncate(cut);
    text
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `copies` copies of every real article as JSON Lines (`id`, `text`).
pub fn jsonl(copies: usize) -> String {
    let news = news();
    let mut out = String::new();
    for c in 0..copies {
        for (i, text) in news.iter().enumerate() {
            let line = serde_json::json!({ "id": format!("{c}-{i}"), "text": text });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}

/// The total length of `texts` in bytes.
pub fn total_len(texts: &[String]) -> usize {
    texts.iter().map(String::len).sum()
}
