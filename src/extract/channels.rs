//! Channels: where a statement was made (a platform, an interview with an
//! outlet, a press conference, a decree...).

use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::doc::{Doc, TokKind};
use super::lexicon::{Phrases, table, two_columns};
use crate::model::{Channel, ChannelKind, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Medium {
    Platform,
    Outlet,
}

struct Media {
    /// Platform and outlet names and aliases, by phrase.
    names: Phrases<u32>,
    /// Canonical names and kinds, indexed by the values of `names`.
    entries: Vec<(String, Medium)>,
    /// Channel words.
    words: Phrases<ChannelKind>,
}

static MEDIA: Lazy<Media> = Lazy::new(|| {
    let mut names = Phrases::tagged(table::MEDIA);
    let mut entries = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    for line in include_str!("../../data/gazetteer/media.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 5 {
            continue;
        }
        let medium = match cols[0] {
            "platform" => Medium::Platform,
            "outlet" => Medium::Outlet,
            _ => continue,
        };
        let idx = *seen.entry(cols[1].to_string()).or_insert_with(|| {
            entries.push((cols[1].to_string(), medium));
            (entries.len() - 1) as u32
        });
        names.insert(cols[1], idx);
        for alias in cols[4].split(';').filter(|a| *a != "-" && !a.is_empty()) {
            names.insert(alias, idx);
        }
    }
    let mut words = Phrases::tagged(table::CHANNEL_WORDS);
    for (phrase, kind) in two_columns(include_str!("../../data/channels.tsv")) {
        if let Ok(kind) = kind.parse::<ChannelKind>() {
            words.insert(phrase, kind);
        }
    }
    Media {
        names,
        entries,
        words,
    }
});

/// Registers the media tables' first words.
pub(crate) fn register_tables(m: &mut super::lexicon::FirstWords) {
    MEDIA.names.register(m);
    MEDIA.words.register(m);
}

/// A platform or outlet named in the text.
fn medium_at(doc: &Doc<'_>, i: usize, end: usize) -> Option<(usize, &'static str, Medium)> {
    let m = &*MEDIA;
    let (idx, n) = doc.phrase_at(&m.names, i, end)?;
    let (name, medium) = &m.entries[idx as usize];
    // Names must be written as names: capitalised (so "post", "time" and
    // "signal" do not count) and "X" only as a platform after on/via.
    let first = doc.tok(i);
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if first == "X" && !(i > 0 && matches!(doc.tok(i - 1), "on" | "via")) {
        return None;
    }
    Some((n, name.as_str(), *medium))
}

/// The channel named by the tokens `range` (a sentence), skipping the
/// tokens for which `skip` is true (the content of the statement).
pub(crate) fn detect(
    doc: &Doc<'_>,
    range: std::ops::Range<usize>,
    skip: impl Fn(usize) -> bool,
) -> Option<Channel> {
    let m = &*MEDIA;
    let end = range.end;
    let mut platform: Option<(&str, Span)> = None;
    let mut outlet: Option<(&str, Span)> = None;
    let mut word: Option<(ChannelKind, Span)> = None;
    let mut i = range.start;
    while i < end {
        if skip(i) || doc.tokens[i].kind != TokKind::Word {
            i += 1;
            continue;
        }
        if let Some((n, name, medium)) = medium_at(doc, i, end) {
            let span = doc.span(i, i + n - 1);
            match medium {
                Medium::Platform => {
                    platform.get_or_insert((name, span));
                }
                Medium::Outlet => {
                    outlet.get_or_insert((name, span));
                }
            }
            i += n;
            continue;
        }
        if let Some((kind, n)) = doc.phrase_at(&m.words, i, end) {
            let span = doc.span(i, i + n - 1);
            // The first specific word wins over later ones; "statement"
            // yields to a more specific medium named in the same sentence.
            match word {
                None => word = Some((kind, span)),
                Some((ChannelKind::Statement | ChannelKind::Meeting | ChannelKind::Readout, _))
                    if kind != ChannelKind::Statement =>
                {
                    word = Some((kind, span));
                }
                _ => {}
            }
            i += n;
            continue;
        }
        i += 1;
    }
    if let Some((name, span)) = platform {
        return Some(
            Channel::new(ChannelKind::SocialPost)
                .with_name(name)
                .with_span(span),
        );
    }
    let (kind, span) = word?;
    let channel = match kind {
        ChannelKind::SocialPost => {
            let w = doc.text[span.range()].to_ascii_lowercase();
            if w.starts_with("tweet") {
                Channel::new(kind).with_name("Twitter")
            } else {
                // A post with no platform named is still a social post.
                Channel::new(kind)
            }
        }
        ChannelKind::Interview | ChannelKind::Broadcast => match outlet {
            Some((name, ospan)) => {
                return Some(
                    Channel::new(kind)
                        .with_name(name)
                        .with_span(span.cover(ospan)),
                );
            }
            None => Channel::new(kind),
        },
        _ => Channel::new(kind),
    };
    Some(channel.with_span(span))
}

/// True when `name` is a known outlet (for "told NBC News": an interview).
pub(crate) fn outlet_named(doc: &Doc<'_>, first: usize, last: usize) -> Option<&'static str> {
    medium_at(doc, first, last + 1)
        .filter(|(n, _, m)| *m == Medium::Outlet && first + n == last + 1)
        .map(|(_, name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn channel(text: &str) -> Option<String> {
        let a = Article::parse(text).unwrap();
        let doc = Doc::new(&a);
        let r = doc.sentences[0].clone();
        detect(&doc, r, |_| false).map(|c| c.label())
    }

    #[test]
    fn channels() {
        assert_eq!(
            channel("Trump said on Truth Social that it was over.").as_deref(),
            Some("Truth Social")
        );
        assert_eq!(
            channel("He later warned via Telegram that peace matters.").as_deref(),
            Some("Telegram")
        );
        assert_eq!(
            channel("In an NBC News interview, Trump warned NATO allies.").as_deref(),
            Some("NBC News interview")
        );
        assert_eq!(
            channel("She said in a statement that it ended.").as_deref(),
            Some("statement")
        );
        assert_eq!(
            channel("He wrote on X that it ended.").as_deref(),
            Some("Twitter")
        );
        assert_eq!(channel("X marks the spot, he said.").as_deref(), None);
        assert_eq!(channel("He said it would end.").as_deref(), None);
    }
}
