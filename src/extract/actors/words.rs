//! The word lists of the actors stage (`data/roles.tsv`,
//! `data/person_words.tsv`, `data/org_words.tsv`, `data/group_nouns.tsv`,
//! `data/not_names.tsv`), parsed once.

use std::borrow::Cow;
/// Maps and sets keyed by the crate's own vocabularies: a fast hash.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::extract::lexicon::FxBuild>;
type HashSet<K> = std::collections::HashSet<K, crate::extract::lexicon::FxBuild>;

use once_cell::sync::Lazy;

use crate::extract::doc::{Doc, TokKind};
use crate::model::Article;

/// Gender of a name or title, for he/she.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s.trim() {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// What a title is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleClass {
    /// An office of a state or organisation ("President").
    Office,
    /// A job or function ("spokesperson").
    Function,
    /// Before a name only ("Mr.", "Sen.").
    Honorific,
    /// A word that may precede a title ("former").
    Pre,
}

#[derive(Debug, Clone)]
pub(crate) struct TitleInfo {
    /// Canonical title; empty for a bare honorific.
    pub canonical: String,
    pub class: TitleClass,
    pub gender: Gender,
}

/// Class of a group noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GroupClass {
    People,
    States,
    Source,
}

#[derive(Debug, Clone)]
pub(crate) struct GroupNoun {
    pub plural: String,
    pub class: GroupClass,
}

/// A multi-word phrase table keyed by token keys (lower case, straight
/// apostrophes), matched longest first over a document's tokens.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: HashMap::default(),
        }
    }
}

impl<T> Phrases<T> {
    fn insert(&mut self, phrase: &str, value: T) {
        let words = phrase_keys(phrase);
        let Some((first, rest)) = words.split_first() else {
            return;
        };
        let list = self.by_first.entry(first.clone()).or_default();
        list.push((rest.to_vec(), value));
        list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }

    /// The longest phrase starting at token `i` and ending before `end`:
    /// its value and length in tokens.
    pub(crate) fn longest(&self, doc: &Doc<'_>, i: usize, end: usize) -> Option<(&T, usize)> {
        if i >= end {
            return None;
        }
        let list = self.by_first.get(doc.key(i))?;
        'entries: for (rest, v) in list {
            if i + rest.len() >= end {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                if doc.key(i + 1 + k) != w.as_str() {
                    continue 'entries;
                }
            }
            return Some((v, rest.len() + 1));
        }
        None
    }
}

/// A token's lookup key: lower case with straight apostrophes.
pub(crate) fn key(tok: &str) -> Cow<'_, str> {
    if tok.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
        Cow::Owned(tok.to_lowercase().replace('\u{2019}', "'"))
    } else {
        Cow::Borrowed(tok)
    }
}

/// The token keys of a phrase, split as the document tokenizer splits.
pub(crate) fn phrase_keys(phrase: &str) -> Vec<String> {
    let article = Article::new(phrase);
    let doc = Doc::new(&article);
    (0..doc.tokens.len())
        .filter(|&i| doc.tokens[i].kind != TokKind::Quote || doc.tok(i) == "'")
        .map(|i| key(doc.tok(i)).into_owned())
        .collect()
}

pub(crate) struct Words {
    pub titles: Phrases<TitleInfo>,
    /// Canonical title (lower case) by any surface form (lower case).
    pub canonical: HashMap<String, String>,
    pub given: HashMap<String, Gender>,
    pub particles: HashSet<String>,
    pub suffixes: HashSet<String>,
    pub org_words: HashSet<String>,
    pub org_suffixes: HashSet<String>,
    pub connectors: HashSet<String>,
    /// Group nouns by singular and plural key.
    pub group_nouns: HashMap<String, GroupNoun>,
    pub group_mods: HashSet<String>,
    pub quants: HashSet<String>,
    pub owners: HashSet<String>,
    /// Not names, with true for time words (months, days).
    pub not_names: HashMap<String, bool>,
    pub org_before_connector: HashSet<String>,
    /// Organisation words that also name a place ("University").
    pub org_places: HashSet<String>,
    /// Head words of names of things, laws and places ("Act", "Tower").
    pub things: HashSet<String>,
}

fn data_lines(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

pub(crate) static WORDS: Lazy<Words> = Lazy::new(|| {
    let mut w = Words {
        titles: Phrases::default(),
        canonical: HashMap::default(),
        given: HashMap::default(),
        particles: HashSet::default(),
        suffixes: HashSet::default(),
        org_words: HashSet::default(),
        org_suffixes: HashSet::default(),
        connectors: HashSet::default(),
        group_nouns: HashMap::default(),
        group_mods: HashSet::default(),
        quants: HashSet::default(),
        owners: HashSet::default(),
        not_names: HashMap::default(),
        org_before_connector: HashSet::default(),
        org_places: HashSet::default(),
        things: HashSet::default(),
    };
    for cols in data_lines(include_str!("../../../data/roles.tsv")) {
        let [surface, canonical, class, gender] = cols[..] else {
            continue;
        };
        let class = match class {
            "office" => TitleClass::Office,
            "function" => TitleClass::Function,
            "honorific" => TitleClass::Honorific,
            "pre" => TitleClass::Pre,
            _ => continue,
        };
        let canonical = if canonical == "-" { "" } else { canonical };
        if !canonical.is_empty() {
            w.canonical
                .insert(surface.to_lowercase(), canonical.to_lowercase());
            w.canonical
                .insert(canonical.to_lowercase(), canonical.to_lowercase());
        }
        w.titles.insert(
            surface,
            TitleInfo {
                canonical: canonical.to_string(),
                class,
                gender: Gender::parse(gender),
            },
        );
    }
    for cols in data_lines(include_str!("../../../data/person_words.tsv")) {
        let [word, class] = cols[..] else { continue };
        match class {
            "particle" => {
                w.particles.insert(word.to_lowercase());
            }
            "suffix" => {
                w.suffixes.insert(word.to_string());
            }
            g => {
                w.given.insert(word.to_string(), Gender::parse(g));
            }
        }
    }
    for cols in data_lines(include_str!("../../../data/org_words.tsv")) {
        let [word, class] = cols[..] else { continue };
        match class {
            "org" => {
                w.org_words.insert(word.to_string());
            }
            "suffix" => {
                w.org_suffixes
                    .insert(word.trim_end_matches('.').to_string());
            }
            "connector" => {
                w.connectors.insert(word.to_string());
            }
            "place" => {
                w.org_words.insert(word.to_string());
                w.org_places.insert(word.to_string());
            }
            "thing" => {
                w.things.insert(word.to_string());
            }
            "before_connector" => {
                w.org_before_connector.insert(word.to_string());
            }
            _ => {}
        }
    }
    for cols in data_lines(include_str!("../../../data/group_nouns.tsv")) {
        let [singular, plural, class] = cols[..] else {
            continue;
        };
        let class = match class {
            "people" => GroupClass::People,
            "states" => GroupClass::States,
            "source" => GroupClass::Source,
            "mod" => {
                w.group_mods.insert(singular.to_lowercase());
                continue;
            }
            "quant" => {
                w.quants.insert(singular.to_lowercase());
                continue;
            }
            "owner" => {
                w.owners.insert(singular.to_lowercase());
                continue;
            }
            _ => continue,
        };
        let noun = GroupNoun {
            plural: plural.to_string(),
            class,
        };
        w.group_nouns.insert(plural.to_lowercase(), noun.clone());
        w.group_nouns.insert(singular.to_lowercase(), noun);
    }
    for cols in data_lines(include_str!("../../../data/not_names.tsv")) {
        if let Some(word) = cols.first() {
            let time = cols.get(1) == Some(&"time");
            w.not_names.insert(word.to_lowercase(), time);
        }
    }
    w
});

/// True when the capitalised token `tok` cannot be (part of) an unknown
/// name: a listed word, a contraction of one ("I've", "Don't"), or a word
/// with digits ("EB-5").
pub(crate) fn is_not_name(tok: &str) -> bool {
    let k = key(tok);
    if WORDS.not_names.contains_key(k.as_ref()) {
        return true;
    }
    if k.ends_with("n't") || tok.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if let Some((head, _)) = k.split_once('\'') {
        return WORDS.not_names.contains_key(head);
    }
    false
}

/// True for a month or day name ("May"), which can still be a surname.
pub(crate) fn is_time_word(tok: &str) -> bool {
    WORDS.not_names.get(key(tok).as_ref()) == Some(&true)
}

/// The ways a gazetteer office can be asked for: its canonical title with
/// its place, and, for a title that names its place ("Pentagon Press
/// Secretary", "Governor of Indiana"), the known title inside it with that
/// place ("spokesperson" of "pentagon", "governor" of "indiana").
pub(crate) fn title_keys(title: &str, place: Option<&str>) -> Vec<(String, Option<String>)> {
    let mut out = vec![(canonical_title(title), place.map(str::to_lowercase))];
    let lower = title.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let Some(of) = words.iter().position(|w| *w == "of" || *w == "for")
        && of > 0
        && of + 1 < words.len()
    {
        let head = words[..of].join(" ");
        if let Some(c) = WORDS.canonical.get(&head) {
            out.push((c.clone(), Some(words[of + 1..].join(" "))));
        }
    }
    if WORDS.canonical.contains_key(&lower) {
        return out;
    }
    for k in 1..words.len() {
        let tail = words[k..].join(" ");
        if let Some(c) = WORDS.canonical.get(&tail) {
            out.push((c.clone(), Some(words[..k].join(" "))));
            out.push((c.clone(), place.map(str::to_lowercase)));
            break;
        }
    }
    out.dedup();
    out
}

/// The canonical form (lower case) of a title as written ("Defense
/// Secretary" → "defence minister"); unknown titles are lower-cased.
pub(crate) fn canonical_title(title: &str) -> String {
    let t = title.trim().to_lowercase();
    WORDS.canonical.get(&t).cloned().unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let w = &*WORDS;
        assert_eq!(
            canonical_title("Minister of Foreign Affairs"),
            "foreign minister"
        );
        assert_eq!(canonical_title("Secretary of Defense"), "defence minister");
        assert_eq!(w.given.get("Hillary"), Some(&Gender::Female));
        assert!(w.org_words.contains("Ministry"));
        assert_eq!(w.not_names.get("october"), Some(&true));
        assert_eq!(w.not_names.get("despite"), Some(&false));
        assert_eq!(w.group_nouns["analyst"].plural, "analysts");
        assert_eq!(phrase_keys("Lt. Gen. U.S."), ["lt.", "gen.", "u.s."]);
    }
}
