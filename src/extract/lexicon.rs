//! Vocabularies of the statement, position and threat stages, read once
//! from `data/` and matched over tokens.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::model::SpeechAct;

/// Syntactic frames a cue licenses (bit flags).
pub(crate) mod frame {
    pub const THAT: u16 = 1;
    pub const OBJ_THAT: u16 = 1 << 1;
    pub const OBJ_TO: u16 = 1 << 2;
    pub const TO: u16 = 1 << 3;
    pub const WH: u16 = 1 << 4;
    pub const NP: u16 = 1 << 5;
    pub const QUOTE: u16 = 1 << 6;
    pub const AS: u16 = 1 << 7;
    pub const PREP: u16 = 1 << 8;

    pub fn parse(s: &str) -> u16 {
        match s {
            "that" => THAT,
            "obj_that" => OBJ_THAT,
            "obj_to" => OBJ_TO,
            "to" => TO,
            "wh" => WH,
            "np" => NP,
            "quote" => QUOTE,
            "as" => AS,
            "prep" => PREP,
            _ => 0,
        }
    }
}

/// One reporting cue.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub lemma: String,
    pub act: SpeechAct,
    pub frames: u16,
    /// A noun ("statement", "remarks") rather than a verb.
    pub noun: bool,
    /// Weak evidence on its own (`data/cues_weak.txt`): a cue only with an
    /// explicit "that", colon or quotation.
    pub weak: bool,
}

impl Cue {
    pub(crate) fn has(&self, f: u16) -> bool {
        self.frames & f != 0
    }
}

/// A multi-word lexicon: entries keyed by their first word (lower case),
/// each with the remaining words; matched longest first.
#[derive(Debug)]
pub(crate) struct Phrases<T> {
    /// For each first word, the index of its entries in `lists`.
    by_first: HashMap<String, u32, FxBuild>,
    /// The entries of each first word: the remaining words and the value,
    /// longest first.
    lists: Vec<Vec<(Vec<String>, T)>>,
    /// The bit of [`FIRST_WORDS`] this table answers to (0: none).
    bit: u16,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: HashMap::with_hasher(FxBuild),
            lists: Vec::new(),
            bit: 0,
        }
    }
}

/// Bits of [`FIRST_WORDS`]: which tables have phrases starting with a word.
pub(crate) mod table {
    pub const CUES: u16 = 1;
    pub const THREAT_CUES: u16 = 1 << 1;
    pub const THREAT_ACTIONS: u16 = 1 << 2;
    pub const CONDITIONS: u16 = 1 << 3;
    pub const STANCES: u16 = 1 << 4;
    pub const POLARITY: u16 = 1 << 5;
    pub const MEDIA: u16 = 1 << 6;
    pub const CHANNEL_WORDS: u16 = 1 << 7;
}

/// The number of [`table`] bits.
const TABLES: usize = 8;

/// A word that starts phrases: the tables it starts phrases of (bits of
/// [`table`]) and its number among [`FIRST_WORDS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FirstWord {
    pub tables: u16,
    pub number: u16,
}

/// Every word that starts a phrase of some table, numbered, with where its
/// entries are in each table: one lookup per token (`Doc::new`) tells
/// every stage whether to look further, and where.
#[derive(Debug, Default)]
pub(crate) struct FirstWords {
    words: HashMap<String, FirstWord, FxBuild>,
    /// For each first word (by number), the index of its entries in each
    /// table's `lists` (by the position of the table's bit); `u32::MAX`
    /// where the table has none.
    lists: Vec<[u32; TABLES]>,
}

impl FirstWords {
    /// The first word `w` (lower case), if it is one.
    pub(crate) fn get(&self, w: &str) -> Option<FirstWord> {
        self.words.get(w).copied()
    }

    /// Every first word.
    pub(crate) fn words(&self) -> impl Iterator<Item = (&str, FirstWord)> {
        self.words.iter().map(|(w, f)| (w.as_str(), *f))
    }

    /// Where the entries of first word `f` are in the table of `bit`.
    fn list(&self, f: FirstWord, bit: u16) -> Option<u32> {
        let at = *self
            .lists
            .get(usize::from(f.number))?
            .get(bit.trailing_zeros() as usize)?;
        (at != u32::MAX).then_some(at)
    }
}

pub(crate) static FIRST_WORDS: Lazy<FirstWords> = Lazy::new(|| {
    let mut m = FirstWords::default();
    CUES.forms.register(&mut m);
    super::threats::register_tables(&mut m);
    super::positions::register_tables(&mut m);
    super::channels::register_tables(&mut m);
    m
});

/// A fast, non-cryptographic hash for the short lexicon keys (the keys
/// are the crate's own vocabularies, so flooding is no concern).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FxBuild;

impl std::hash::BuildHasher for FxBuild {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

/// The hasher of [`FxBuild`]: multiply-rotate over eight bytes at a time.
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl<T> Phrases<T> {
    /// An empty table answering to `bit` of [`FIRST_WORDS`].
    pub(crate) fn tagged(bit: u16) -> Self {
        Phrases {
            by_first: HashMap::with_hasher(FxBuild),
            lists: Vec::new(),
            bit,
        }
    }

    /// The table's bit of [`FIRST_WORDS`].
    pub(crate) fn bit(&self) -> u16 {
        self.bit
    }

    /// Adds this table's first words to `m`.
    pub(crate) fn register(&self, m: &mut FirstWords) {
        let slot = self.bit.trailing_zeros() as usize;
        assert!(
            self.bit.is_power_of_two() && slot < TABLES,
            "a table has one bit"
        );
        for (w, &at) in &self.by_first {
            let number = m.lists.len();
            let f = m.words.entry(w.clone()).or_insert_with(|| FirstWord {
                tables: 0,
                number: u16::try_from(number).expect("fewer than 65536 first words"),
            });
            f.tables |= self.bit;
            if usize::from(f.number) == m.lists.len() {
                m.lists.push([u32::MAX; TABLES]);
            }
            m.lists[usize::from(f.number)][slot] = at;
        }
    }
}

impl<T: Copy> Phrases<T> {
    pub(crate) fn insert(&mut self, phrase: &str, value: T) {
        let words = phrase_words(phrase);
        let Some((first, rest)) = words.split_first() else {
            return;
        };
        let lists = &mut self.lists;
        let at = *self.by_first.entry(first.clone()).or_insert_with(|| {
            lists.push(Vec::new());
            (lists.len() - 1) as u32
        });
        let list = &mut lists[at as usize];
        list.push((rest.to_vec(), value));
        list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
    }

    /// The longest entry starting at `words[0]`: its value and word count.
    pub(crate) fn longest<'w>(
        &self,
        mut words: impl FnMut(usize) -> Option<&'w str>,
    ) -> Option<(T, usize)> {
        let first = words(0)?;
        let at = *lookup(&self.by_first, first)?;
        self.longest_of(at, words)
    }

    /// [`Phrases::longest`] for a word known to start phrases of some table
    /// (`first`, the first word `words[0]` in lower case): its entries
    /// are found by number, not by hashing the word.
    pub(crate) fn longest_after<'w>(
        &self,
        first: FirstWord,
        mut words: impl FnMut(usize) -> Option<&'w str>,
    ) -> Option<(T, usize)> {
        words(0)?;
        let at = FIRST_WORDS.list(first, self.bit)?;
        self.longest_of(at, words)
    }

    /// The longest of the entries `lists[at]` that `words` start with.
    fn longest_of<'w>(
        &self,
        at: u32,
        mut words: impl FnMut(usize) -> Option<&'w str>,
    ) -> Option<(T, usize)> {
        let list = self.lists.get(at as usize)?;
        // The word after the first, which every longer entry compares
        // first: read once (the longest entry comes first).
        let second = match list.first() {
            Some((rest, _)) if !rest.is_empty() => words(1),
            _ => None,
        };
        'entries: for (rest, v) in list {
            for (k, w) in rest.iter().enumerate() {
                let t = if k == 0 { second } else { words(k + 1) };
                match t {
                    Some(t) if t.eq_ignore_ascii_case(w) || (w == "'s" && (t == "\u{2019}s")) => {}
                    _ => continue 'entries,
                }
            }
            return Some((*v, rest.len() + 1));
        }
        None
    }
}

fn lookup<'a, V>(map: &'a HashMap<String, V, FxBuild>, word: &str) -> Option<&'a V> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        map.get(&word.to_ascii_lowercase())
    } else {
        map.get(word)
    }
}

/// The words of a phrase as the tokenizer splits them (lower case).
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in phrase.split_whitespace() {
        let w = w.to_ascii_lowercase();
        // Split trailing punctuation and possessive 's like the tokenizer.
        if let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
            && !stem.is_empty()
        {
            out.push(stem.to_string());
            out.push("'s".to_string());
        } else if let Some(stem) = w.strip_suffix(':').or_else(|| w.strip_suffix(','))
            && !stem.is_empty()
        {
            out.push(stem.to_string());
            out.push(w[stem.len()..].to_string());
        } else {
            out.push(w);
        }
    }
    out
}

/// The reporting cues of `data/cues.tsv`.
pub(crate) struct CueLexicon {
    pub cues: Vec<Cue>,
    pub forms: Phrases<u32>,
}

pub(crate) static CUES: Lazy<CueLexicon> = Lazy::new(|| {
    let mut cues = Vec::new();
    let mut forms = Phrases::tagged(table::CUES);
    let weak: std::collections::HashSet<&str> = include_str!("../../data/cues_weak.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for line in include_str!("../../data/cues.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(lemma), Some(fs), Some(act), Some(frames)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let Ok(act) = act.parse::<SpeechAct>() else {
            continue;
        };
        let noun = lemma.starts_with("n:");
        let idx = cues.len() as u32;
        cues.push(Cue {
            lemma: lemma.trim_start_matches("n:").to_string(),
            act,
            frames: frames.split(';').map(frame::parse).fold(0, |a, b| a | b),
            noun,
            weak: weak.contains(lemma.trim_start_matches("n:")),
        });
        for form in fs.split(';') {
            forms.insert(form, idx);
        }
    }
    CueLexicon { cues, forms }
});

/// Reads a two-column `phrase<TAB>value` file, skipping comments.
pub(crate) fn two_columns(
    text: &'static str,
) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_load() {
        let lex = &*CUES;
        assert!(lex.cues.len() > 300);
        let words = ["called", "on", "Putin"];
        let (idx, n) = lex.forms.longest(|k| words.get(k).copied()).unwrap();
        assert_eq!(n, 2);
        assert_eq!(lex.cues[idx as usize].lemma, "call on");
        assert_eq!(lex.cues[idx as usize].act, SpeechAct::Appeal);
        let words = ["Said"];
        assert!(lex.forms.longest(|k| words.get(k).copied()).is_some());
    }
}
