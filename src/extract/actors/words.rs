//! The word lists of the actors stage (`data/roles.tsv`,
//! `data/person_words.tsv`, `data/org_words.tsv`, `data/group_nouns.tsv`,
//! `data/not_names.tsv`), parsed once.

use std::borrow::Cow;
/// Maps and sets keyed by the crate's own vocabularies: a fast hash.
type HashMap<K, V> = std::collections::HashMap<K, V, crate::extract::lexicon::FxBuild>;
type HashSet<K> = std::collections::HashSet<K, crate::extract::lexicon::FxBuild>;

use once_cell::sync::Lazy;

use crate::extract::doc::{Doc, TokKind};
use crate::extract::lexicon::FirstWord;
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
    /// `canonical_title(&canonical)`, computed once.
    pub canon: String,
    pub class: TitleClass,
    pub gender: Gender,
    /// A function by which a story refers back to the person it is about
    /// ("the candidate", "the billionaire businessman").
    pub epithet: bool,
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
    // Tokens only: the word tables are being built from these keys.
    let doc = Doc::tokens_only(&article);
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
    /// Title words that are also surnames ("King").
    pub title_surnames: HashSet<String>,
    pub suffixes: HashSet<String>,
    pub org_words: HashSet<String>,
    /// Organisation words in lower case, singular and plural ("agency",
    /// "funds"): the head of a description of an organisation.
    pub org_nouns: HashSet<String>,
    pub org_suffixes: HashSet<String>,
    pub connectors: HashSet<String>,
    /// Group nouns by singular and plural key.
    pub group_nouns: HashMap<String, GroupNoun>,
    /// Nouns of documents and findings that speak for their authors
    /// ("the report", "polls"), by singular and plural key.
    pub documents: HashMap<String, GroupNoun>,
    /// Nouns that stand for a news outlet ("the newspaper").
    pub outlet_nouns: HashSet<String>,
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
    /// Every listed word, with its classes ([`class`] bits): as written
    /// (case matters: "Hillary", "Ministry", "Jr.") and as a token key
    /// (lower case: "analysts", "von", "the"). One lookup per token gives
    /// what the pass asks again and again.
    pub classes: ClassTable,
}

/// Bits of [`ClassTable`]'s filter.
const FILTER_BITS: usize = 1 << 16;

/// What [`ClassTable`] holds for a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// Classes of the word as written ([`class`] bits).
    pub exact: u32,
    /// Classes of the word's key.
    pub keyed: u32,
    /// The phrase tables with phrases starting with the word in ASCII lower
    /// case (`lexicon::FIRST_WORDS`).
    pub first: FirstWord,
}

/// A word's classes by the word: an open-addressing table whose keys of
/// up to 16 bytes are held inline (no pointer to follow, one compare of
/// two machine words), with a map for the few longer ones.
#[derive(Debug, Default)]
pub(crate) struct ClassTable {
    /// `(packed word, length, what the table holds for it)`; length 0
    /// marks an empty slot.
    slots: Vec<([u64; 2], u8, WordInfo)>,
    long: HashMap<String, WordInfo>,
    /// One bit per hash of a word (its first 16 bytes and its length):
    /// most words of a text are in no list, and the filter says so from a
    /// few cache lines.
    filter: Vec<u64>,
}

impl ClassTable {
    /// Up to 16 bytes as two little-endian words, zero-padded.
    fn pack(w: &[u8]) -> [u64; 2] {
        if w.len() >= 8 {
            let (a, rest) = w.split_at(8);
            [Self::word(a), Self::word(&rest[..rest.len().min(8)])]
        } else {
            [Self::word(w), 0]
        }
    }

    /// Up to 8 bytes as a little-endian word (see `words::load`).
    fn word(w: &[u8]) -> u64 {
        crate::extract::words::load(w)
    }

    /// The hash of a word packed by [`ClassTable::pack`] with its length:
    /// its low bits pick the filter bit, the next ones the first slot.
    fn hash(p: [u64; 2], len: usize) -> u64 {
        let h = (p[0] ^ p[1].rotate_left(29) ^ ((len as u64) << 59))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^ (h >> 32)
    }

    fn filter_bit(h: u64) -> usize {
        h as usize & (FILTER_BITS - 1)
    }

    fn slot(&self, h: u64) -> usize {
        (h >> 16) as usize & (self.slots.len() - 1)
    }

    fn build(words: HashMap<String, WordInfo>) -> ClassTable {
        let short = words.keys().filter(|w| w.len() <= 16).count();
        let size = (short * 2).next_power_of_two().max(16);
        let mut t = ClassTable {
            slots: vec![([0; 2], 0, WordInfo::default()); size],
            long: HashMap::default(),
            filter: vec![0; FILTER_BITS / 64],
        };
        for (w, info) in words {
            if w.is_empty() {
                continue;
            }
            let p = Self::pack(w.as_bytes());
            let h = Self::hash(p, w.len());
            let bit = Self::filter_bit(h);
            t.filter[bit / 64] |= 1 << (bit % 64);
            if w.len() > 16 {
                t.long.insert(w, info);
                continue;
            }
            let mut i = t.slot(h);
            while t.slots[i].1 != 0 {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = (p, w.len() as u8, info);
        }
        t
    }

    /// What the table holds for `w`, a word of more than 16 bytes (kept
    /// out of line: [`ClassTable::get`] is small enough to inline).
    #[cold]
    #[inline(never)]
    fn get_long(&self, w: &str) -> Option<WordInfo> {
        self.long.get(w).copied()
    }

    /// What the table holds for `w`.
    #[inline(always)]
    pub(crate) fn get(&self, w: &str) -> Option<WordInfo> {
        let len = w.len();
        if len == 0 || self.slots.is_empty() {
            return None;
        }
        let p = Self::pack(w.as_bytes());
        let h = Self::hash(p, len);
        let bit = Self::filter_bit(h);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        if len > 16 {
            return self.get_long(w);
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(h);
        loop {
            let s = &self.slots[i];
            if s.1 == 0 {
                return None;
            }
            if s.1 as usize == len && s.0 == p {
                return Some(s.2);
            }
            i = (i + 1) & mask;
        }
    }
}

/// Word classes, as bits of a token's flags (see [`classify`]).
pub(crate) mod class {
    /// A given name ("Hillary").
    pub const GIVEN: u32 = 1;
    /// A name suffix ("Jr.", "III").
    pub const SUFFIX: u32 = 1 << 1;
    /// A word that makes a name an organisation's ("Ministry").
    pub const ORG_WORD: u32 = 1 << 2;
    /// A company suffix ("Inc.").
    pub const ORG_SUFFIX: u32 = 1 << 3;
    /// An organisation word that also names a place ("University").
    pub const ORG_PLACE: u32 = 1 << 4;
    /// An organisation word only before "of", "for" ("Center").
    pub const ORG_BEFORE_CONNECTOR: u32 = 1 << 5;
    /// The head word of a thing's or place's name ("Act", "Tower").
    pub const THING: u32 = 1 << 6;
    /// A connector inside an organisation's name ("of", "and").
    pub const CONNECTOR: u32 = 1 << 7;
    /// A title word that is also a surname ("King").
    pub const TITLE_SURNAME: u32 = 1 << 8;
    /// A name particle ("von", "bin").
    pub const PARTICLE: u32 = 1 << 9;
    /// A group noun ("analysts", "official").
    pub const GROUP_NOUN: u32 = 1 << 10;
    /// A modifier kept in a group's name ("senior").
    pub const GROUP_MOD: u32 = 1 << 11;
    /// A quantifier ("many").
    pub const QUANT: u32 = 1 << 12;
    /// A possessive naming an owner ("his").
    pub const OWNER: u32 = 1 << 13;
    /// A listed word that starts no name ("However").
    pub const NOT_NAME_WORD: u32 = 1 << 14;
    /// A month or day name.
    pub const TIME: u32 = 1 << 15;
    /// The first word of a title phrase ("foreign" of "foreign minister").
    pub const TITLE_START: u32 = 1 << 16;
    /// A word that cannot be (part of) an unknown name: a listed word, a
    /// contraction of one, a word with digits (computed per token).
    pub const NOT_NAME: u32 = 1 << 17;
    /// A word starting with a capital letter (computed per token).
    pub const CAP: u32 = 1 << 18;
    /// A number written as a word ("twelve", "dozens").
    pub const NUMBER: u32 = 1 << 19;
    /// A word with a hyphen ("Iranian-backed", computed per token).
    pub const HYPHEN: u32 = 1 << 20;
    /// A short word left lower case in a title-case headline ("of",
    /// "the"), as written.
    pub const MINOR: u32 = 1 << 21;
    /// A word with a hyphen, an apostrophe or a dot inside, where a
    /// name may start ("pro-Russian", computed per token).
    pub const INNER_MARK: u32 = 1 << 22;
    /// A word skipped between a subject and its reporting verb ("has",
    /// "also"; see [`super::AUX`]).
    pub const AUX: u32 = 1 << 23;
}

/// Words skipped between a subject and its reporting verb.
pub(crate) const AUX: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "does",
    "do",
    "previously",
    "repeatedly",
    "later",
    "then",
    "once",
    "again",
    "further",
    "recently",
    "earlier",
    "publicly",
    "privately",
    "reportedly",
    "quickly",
    "not",
    "never",
    "often",
    "already",
    "have",
    "been",
    "strongly",
    "firmly",
    "immediately",
    "on",
    "however",
    "today",
    "yesterday",
    "separately",
    "jointly",
    "who",
    "themselves",
    "himself",
    "herself",
    "all",
];

/// Short words left lower case in a title-case headline.
const MINOR_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "for",
    "and",
    "or",
    "in",
    "on",
    "to",
    "at",
    "by",
    "with",
    "'s",
    "\u{2019}s",
];

/// Numbers written as words, alone or joined by hyphens ("twenty-seven").
pub(crate) const NUMBER_UNITS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// Counts written as words that stand for a number of people ("dozens").
pub(crate) const NUMBER_COUNTS: &[&str] = &["dozens", "hundreds", "thousands", "dozen"];

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
        title_surnames: HashSet::default(),
        suffixes: HashSet::default(),
        org_words: HashSet::default(),
        org_nouns: HashSet::default(),
        org_suffixes: HashSet::default(),
        connectors: HashSet::default(),
        group_nouns: HashMap::default(),
        documents: HashMap::default(),
        outlet_nouns: HashSet::default(),
        group_mods: HashSet::default(),
        quants: HashSet::default(),
        owners: HashSet::default(),
        not_names: HashMap::default(),
        org_before_connector: HashSet::default(),
        org_places: HashSet::default(),
        things: HashSet::default(),
        classes: ClassTable::default(),
    };
    for cols in data_lines(include_str!("../../../data/roles.tsv")) {
        let [surface, canonical, class, gender] = cols[..] else {
            continue;
        };
        let epithet = class == "epithet";
        let class = match class {
            "office" => TitleClass::Office,
            "function" | "epithet" => TitleClass::Function,
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
                canon: String::new(),
                class,
                gender: Gender::parse(gender),
                epithet,
            },
        );
    }
    for list in w.titles.by_first.values_mut() {
        for (_, info) in list {
            info.canon = canonical_in(&w.canonical, &info.canonical);
        }
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
            "surname" => {
                w.title_surnames.insert(word.to_string());
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
                let low = word.to_lowercase();
                if !low.ends_with('s') {
                    w.org_nouns.insert(format!("{low}s"));
                }
                w.org_nouns.insert(low);
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
            "outlet" => {
                w.outlet_nouns.insert(singular.to_lowercase());
                if plural != "-" {
                    w.outlet_nouns.insert(plural.to_lowercase());
                }
                continue;
            }
            "document" => {
                let noun = GroupNoun {
                    plural: plural.to_string(),
                    class: GroupClass::Source,
                };
                w.documents.insert(plural.to_lowercase(), noun.clone());
                w.documents.insert(singular.to_lowercase(), noun);
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
    w.classes = ClassTable::build(classes_of(&w));
    w
});

/// The class table of the lists in `w`: each word as written and as a
/// token key, with both its classes, so that one lookup of a token as
/// written answers for its key too; a lower-case word is also entered
/// with a capital first letter ("The", "Analysts").
///
/// The table also answers for `lexicon::FIRST_WORDS`: every entry holds
/// the bits of its ASCII lower case, and every ASCII first word is entered
/// too, in lower case and with a capital, so that one lookup gives an
/// ASCII token both its classes and its phrase tables (see [`classify`]).
fn classes_of(w: &Words) -> HashMap<String, WordInfo> {
    let mut exact: HashMap<String, u32> = HashMap::default();
    let mut keyed: HashMap<String, u32> = HashMap::default();
    let add = |m: &mut HashMap<String, u32>, word: &str, bit: u32| {
        *m.entry(word.to_string()).or_default() |= bit;
    };
    for g in w.given.keys() {
        add(&mut exact, g, class::GIVEN);
    }
    let exact_lists: [(&HashSet<String>, u32); 7] = [
        (&w.suffixes, class::SUFFIX),
        (&w.org_words, class::ORG_WORD),
        (&w.org_places, class::ORG_PLACE),
        (&w.org_before_connector, class::ORG_BEFORE_CONNECTOR),
        (&w.things, class::THING),
        (&w.connectors, class::CONNECTOR),
        (&w.title_surnames, class::TITLE_SURNAME),
    ];
    for (list, bit) in exact_lists {
        for x in list {
            add(&mut exact, x, bit);
        }
    }
    for x in &w.org_suffixes {
        add(&mut exact, x, class::ORG_SUFFIX);
        add(&mut exact, &format!("{x}."), class::ORG_SUFFIX);
    }
    for x in MINOR_WORDS {
        add(&mut exact, x, class::MINOR);
    }
    let keyed_lists: [(&HashSet<String>, u32); 4] = [
        (&w.particles, class::PARTICLE),
        (&w.group_mods, class::GROUP_MOD),
        (&w.quants, class::QUANT),
        (&w.owners, class::OWNER),
    ];
    for (list, bit) in keyed_lists {
        for x in list {
            add(&mut keyed, x, bit);
        }
    }
    for x in w.group_nouns.keys() {
        add(&mut keyed, x, class::GROUP_NOUN);
    }
    for (x, &time) in &w.not_names {
        add(&mut keyed, x, class::NOT_NAME_WORD);
        if time {
            add(&mut keyed, x, class::TIME);
        }
    }
    for x in w.titles.by_first.keys() {
        add(&mut keyed, x, class::TITLE_START);
    }
    for x in NUMBER_UNITS.iter().chain(NUMBER_COUNTS) {
        add(&mut keyed, x, class::NUMBER);
    }
    for x in AUX {
        add(&mut keyed, x, class::AUX);
    }
    let mut t: HashMap<String, WordInfo> = HashMap::default();
    let info = |exact_bits: u32, keyed_bits: u32| WordInfo {
        exact: exact_bits,
        keyed: keyed_bits,
        first: FirstWord::default(),
    };
    for (word, &bits) in &exact {
        let k = keyed.get(key(word).as_ref()).copied().unwrap_or(0);
        t.insert(word.clone(), info(bits, k));
    }
    for (word, &bits) in &keyed {
        for form in [word.clone(), capitalised(word)] {
            let e = exact.get(&form).copied().unwrap_or(0);
            t.insert(form, info(e, bits));
        }
    }
    let first_words = &*crate::extract::lexicon::FIRST_WORDS;
    for (word, _) in first_words.words().filter(|(x, _)| x.is_ascii()) {
        for form in [word.to_string(), capitalised(word)] {
            let e = exact.get(&form).copied().unwrap_or(0);
            let k = keyed.get(key(&form).as_ref()).copied().unwrap_or(0);
            t.entry(form).or_insert(info(e, k));
        }
    }
    for (word, i) in &mut t {
        i.first = first_words
            .get(&word.to_ascii_lowercase())
            .unwrap_or_default();
    }
    t
}

/// `w` with a capital first letter.
fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Bits of [`SHAPE`]: what a byte shows of its word.
mod shape {
    pub const DIGIT: u8 = 1;
    pub const HYPHEN: u8 = 1 << 1;
    pub const APOSTROPHE: u8 = 1 << 2;
    pub const DOT: u8 = 1 << 3;
    pub const UPPER: u8 = 1 << 4;
    pub const NON_ASCII: u8 = 1 << 5;
}

/// For each byte, its [`shape`] bits.
static SHAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => shape::DIGIT,
            b'A'..=b'Z' => shape::UPPER,
            b'-' => shape::HYPHEN,
            b'\'' => shape::APOSTROPHE,
            b'.' => shape::DOT,
            0x80.. => shape::NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The [`shape`] bits of a token's bytes, read in one pass: its first
/// byte's, and those of the others.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    head: u8,
    tail: u8,
}

impl Shape {
    pub(crate) fn of(tok: &str) -> Shape {
        match tok.as_bytes().split_first() {
            Some((&h, rest)) => Shape {
                head: SHAPE[usize::from(h)],
                tail: rest.iter().fold(0, |s, &b| s | SHAPE[usize::from(b)]),
            },
            None => Shape { head: 0, tail: 0 },
        }
    }

    /// True when the token is ASCII (its key is then its ASCII lower case).
    pub(crate) fn ascii(self) -> bool {
        (self.head | self.tail) & shape::NON_ASCII == 0
    }
}

/// The classes ([`class`] bits) of a token of kind `kind` written `tok`
/// (`low` in ASCII lower case, `key` its key, `sh` its [`Shape`]), and the
/// phrase tables with phrases starting with it (`lexicon::FIRST_WORDS`,
/// looked up by `low`): one lookup for most words, two for a word in
/// capitals. `Doc::new` asks once per token.
pub(crate) fn classify(
    kind: TokKind,
    tok: &str,
    low: &str,
    key: &str,
    sh: Shape,
) -> (u32, FirstWord) {
    let table = &WORDS.classes;
    let ascii = sh.ascii();
    // A token outside ASCII has an ASCII lower case that may differ from
    // its key: its phrase tables are looked up as they always were.
    let first_of_lower = || {
        crate::extract::lexicon::FIRST_WORDS
            .get(low)
            .unwrap_or_default()
    };
    if kind != TokKind::Word {
        let first = if ascii {
            // Every ASCII first word is in the table.
            table.get(low).map_or_else(FirstWord::default, |e| e.first)
        } else {
            first_of_lower()
        };
        return (0, first);
    }
    let k = key;
    let (mut f, first) = match table.get(tok) {
        Some(e) => (e.exact | e.keyed, e.first),
        // A word as written that differs from its key only by a capital
        // first letter was entered in both forms (and so was an ASCII
        // first word). An ASCII word differs from its key (its lower case)
        // only where it has capitals.
        None if if ascii {
            sh.tail & shape::UPPER == 0
        } else {
            k == tok || (tok.len() == k.len() && tok.as_bytes()[1..] == k.as_bytes()[1..])
        } =>
        {
            (0, FirstWord::default())
        }
        // An ASCII token's key is its lower case.
        None => table
            .get(k)
            .map_or((0, FirstWord::default()), |e| (e.keyed, e.first)),
    };
    let first = if ascii { first } else { first_of_lower() };
    let capital = if sh.head & shape::NON_ASCII == 0 {
        sh.head & shape::UPPER != 0
    } else {
        tok.chars().next().is_some_and(char::is_uppercase)
    };
    if capital {
        f |= class::CAP;
    }
    // The marks and digits of the key: those of an ASCII token's bytes.
    let s = if ascii {
        sh.head | sh.tail
    } else {
        k.bytes().fold(0, |s, b| s | SHAPE[usize::from(b)])
    };
    if s & shape::HYPHEN != 0 {
        f |= class::HYPHEN | class::INNER_MARK;
    }
    if s & (shape::APOSTROPHE | shape::DOT) != 0 {
        f |= class::INNER_MARK;
    }
    let not_name = f & class::NOT_NAME_WORD != 0
        || s & shape::DIGIT != 0
        || (s & shape::APOSTROPHE != 0
            && (k.ends_with("n't")
                || k.split_once('\'').is_some_and(|(head, _)| {
                    table
                        .get(head)
                        .is_some_and(|e| e.keyed & class::NOT_NAME_WORD != 0)
                })));
    if not_name {
        f |= class::NOT_NAME;
    }
    (f, first)
}

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

/// True when `key` (lower case) is an organisation word used as a common
/// noun ("the agency", "the groups").
pub(crate) fn is_org_noun(key: &str) -> bool {
    WORDS.org_nouns.contains(key)
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
    canonical_in(&WORDS.canonical, title)
}

/// [`canonical_title`] with the map of canonical titles `canonical`.
fn canonical_in(canonical: &HashMap<String, String>, title: &str) -> String {
    let t = title.trim().to_lowercase();
    canonical.get(&t).cloned().unwrap_or(t)
}

/// One or two initials: "J.", "J.J." ("U.S." has the same shape: callers
/// ask the gazetteer first).
pub(crate) fn initials(tok: &str) -> bool {
    let b = tok.as_bytes();
    match b.len() {
        2 => b[0].is_ascii_uppercase() && b[1] == b'.',
        4 => b[0].is_ascii_uppercase() && b[1] == b'.' && b[2].is_ascii_uppercase() && b[3] == b'.',
        _ => false,
    }
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

    #[test]
    fn token_classes_answer_as_written_and_as_key() {
        let article = Article::new(
            "The Ministry said Hillary and analysts met twenty-seven ANALYSTS in October; \
             von Trapp didn't.",
        );
        let doc = Doc::new(&article);
        let flags = doc.classes.clone();
        let of = |word: &str| {
            let i = (0..doc.tokens.len())
                .find(|&i| doc.tok(i) == word)
                .unwrap_or_else(|| panic!("no {word}"));
            flags[i]
        };
        let has = |word: &str, bit: u32| of(word) & bit != 0;
        assert!(has("The", class::QUANT) && has("The", class::CAP));
        assert!(!has("The", class::MINOR), "minor words are lower case");
        assert!(has("Ministry", class::ORG_WORD));
        assert!(has("Hillary", class::GIVEN));
        assert!(has("analysts", class::GROUP_NOUN) && !has("analysts", class::CAP));
        assert!(has("ANALYSTS", class::GROUP_NOUN));
        assert!(has("twenty-seven", class::HYPHEN));
        assert!(has("October", class::TIME) && has("October", class::NOT_NAME));
        assert!(has("von", class::PARTICLE));
        assert!(has("didn't", class::NOT_NAME));
        assert_eq!(of("said") & (class::GROUP_NOUN | class::GIVEN), 0);
        assert!(has("and", class::MINOR));
    }
}
