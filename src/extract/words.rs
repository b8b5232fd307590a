//! Closed word classes the stages use to read clause structure without a
//! full parser: determiners, pronouns, auxiliaries, adverbs, prepositions.
//! All lower case; compared case-insensitively.

use std::sync::OnceLock;

/// A list of lower-case words that can tell whether it holds a word.
pub(crate) trait Words {
    /// True when `w` (any ASCII case) is one of the words.
    fn has(&self, w: &str) -> bool;
}

impl Words for [&str] {
    fn has(&self, w: &str) -> bool {
        self.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
}

impl<const N: usize> Words for [&str; N] {
    fn has(&self, w: &str) -> bool {
        self.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
}

/// A long word list, looked up by hash (built on first use).
pub(crate) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<PackedSet>,
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }
}

impl Words for WordSet {
    fn has(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| PackedSet::build(self.list))
            .contains_lower(w.as_bytes())
    }
}

/// A set of short lower-case words held inline: a word of up to 16 bytes
/// is two machine words, found by one hash and one compare (no pointer
/// to follow, no string compare); the few longer words are in a list.
struct PackedSet {
    /// `(packed word, length)`; length 0 marks an empty slot.
    slots: Vec<([u64; 2], u8)>,
    long: Vec<&'static str>,
}

impl PackedSet {
    fn build(list: &[&'static str]) -> PackedSet {
        let size = (list.len() * 2).next_power_of_two().max(16);
        let mut set = PackedSet {
            slots: vec![([0; 2], 0); size],
            long: Vec::new(),
        };
        for &w in list {
            let Some(p) = pack_lower(w.as_bytes()) else {
                set.long.push(w);
                continue;
            };
            if w.is_empty() || set.find(p, w.len()) {
                continue;
            }
            let mut i = set.slot(p, w.len());
            while set.slots[i].1 != 0 {
                i = (i + 1) & (size - 1);
            }
            set.slots[i] = (p, w.len() as u8);
        }
        set
    }

    fn slot(&self, p: [u64; 2], len: usize) -> usize {
        let h = (p[0] ^ p[1].rotate_left(29) ^ ((len as u64) << 59))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h ^ (h >> 32)) as usize & (self.slots.len() - 1)
    }

    fn find(&self, p: [u64; 2], len: usize) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(p, len);
        loop {
            let s = &self.slots[i];
            if s.1 == 0 {
                return false;
            }
            if s.1 as usize == len && s.0 == p {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /// True when `w` with its ASCII capitals lowered is in the set.
    fn contains_lower(&self, w: &[u8]) -> bool {
        if w.is_empty() {
            return false;
        }
        match pack_lower(w) {
            Some(p) => self.find(p, w.len()),
            None => {
                // Lower-case on the stack: the listed words are short.
                let mut buf = [0u8; 32];
                let Some(dst) = buf.get_mut(..w.len()) else {
                    return false;
                };
                dst.copy_from_slice(w);
                dst.make_ascii_lowercase();
                self.long.iter().any(|l| l.as_bytes() == dst)
            }
        }
    }
}

/// Up to 16 bytes with ASCII capitals lowered, as two little-endian
/// words, zero-padded; `None` for a longer word.
fn pack_lower(w: &[u8]) -> Option<[u64; 2]> {
    let p = match w.len() {
        0..=8 => [load(w), 0],
        9..=16 => {
            let (a, b) = w.split_at(8);
            [load(a), load(b)]
        }
        _ => return None,
    };
    Some([lower_ascii(p[0]), lower_ascii(p[1])])
}

/// Up to 8 bytes as a little-endian word, zero-padded, read in at most
/// two overlapping loads (a byte read twice is or-ed with itself).
pub(crate) fn load(w: &[u8]) -> u64 {
    let n = w.len();
    let load4 = |b: &[u8]| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let load2 = |b: &[u8]| u64::from(u16::from_le_bytes([b[0], b[1]]));
    match n {
        0 => 0,
        1 => u64::from(w[0]),
        2..=3 => load2(w) | (load2(&w[n - 2..]) << ((n - 2) * 8)),
        4..=7 => load4(w) | (load4(&w[n - 4..]) << ((n - 4) * 8)),
        _ => u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]),
    }
}

/// The eight bytes of `x` with ASCII capitals (0x41..=0x5A) lowered, all
/// at once; other bytes unchanged.
fn lower_ascii(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // No byte carries into the next: 0x7f + 0x3f < 0x100.
    let at_least_a = low7.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let above_z = low7.wrapping_add(0x2525_2525_2525_2525);
    let upper = at_least_a & !above_z & !x & HIGH;
    x | (upper >> 2)
}

/// True when `w` (any case) is one of `list`.
pub(crate) fn is_in(list: &(impl Words + ?Sized), w: &str) -> bool {
    list.has(w)
}

/// Words that start a noun phrase.
pub(crate) static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "several", "most", "other", "another", "each", "every", "both", "all", "any",
    "few", "no", "two", "three", "four", "five", "one",
]);

/// Personal pronouns that can be the source of a statement.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// The word of a contraction with an auxiliary ("he" of "he'd", "there"
/// of "there'll"), given as a key: lower case, straight apostrophe; "'s"
/// is a token of its own.
pub(crate) fn contracted_word(key: &str) -> Option<&str> {
    let (word, aux) = key.split_once('\'')?;
    matches!(aux, "d" | "ll" | "re" | "ve" | "m").then_some(word)
}

/// The subject pronoun of a contraction with an auxiliary ("he'd",
/// "they'll", "we're", "I've").
pub(crate) fn contracted_pronoun(key: &str) -> Option<&str> {
    contracted_word(key).filter(|w| is_in(SUBJECT_PRONOUNS, w))
}

/// Relative pronouns that stand for the noun phrase before them.
pub(crate) const RELATIVES: &[&str] = &["who", "which", "that"];

/// Words that may sit between a source and its cue ("Trump once again
/// warned", "he has repeatedly said").
pub(crate) static SKIPPABLE_BEFORE_CUE: WordSet = WordSet::new(&[
    "hasn't",
    "haven't",
    "hadn't",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "also",
    "later",
    "then",
    "once",
    "again",
    "previously",
    "repeatedly",
    "recently",
    "publicly",
    "privately",
    "reportedly",
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "never",
    "further",
    "even",
    "still",
    "quickly",
    "immediately",
    "already",
    "often",
    "frequently",
    "initially",
    "earlier",
    "first",
    "subsequently",
    "separately",
    "simply",
    "flatly",
    "openly",
    "bluntly",
    "explicitly",
    "specifically",
    "strongly",
    "sharply",
    "firmly",
    "clearly",
    "essentially",
    "angrily",
    "tersely",
    "curtly",
    "quietly",
    "loudly",
    "falsely",
    "wrongly",
    "correctly",
    "rightly",
    "herself",
    "himself",
    "themselves",
    "itself",
    "is",
    "are",
    "was",
    "were",
    "been",
    "being",
    "be",
    "just",
    "long",
    "consistently",
    "insistently",
    "flatly",
    "forcefully",
    "emphatically",
    "directly",
    "personally",
    "formally",
    "officially",
    "jokingly",
    "pointedly",
    "vehemently",
    "has also",
    "widely",
    "generally",
    "usually",
    "always",
    "now",
    "ultimately",
    "eventually",
    "finally",
    "yet",
    "in",
    "turn",
    "apparently",
    "allegedly",
    "reportedly",
    "can",
    "should",
    "must",
    "shall",
    "alone",
    "too",
    "likewise",
    "similarly",
    "meanwhile",
    "however",
]);

/// Words that end a noun phrase to their left (they belong to a clause or
/// a prepositional phrase, not the source).
pub(crate) static NP_LEFT_BOUNDARY: WordSet = WordSet::new(&[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "if",
    "because",
    "as",
    "after",
    "before",
    "since",
    "but",
    "so",
    "then",
    "and",
    "or",
    "nor",
    "in",
    "on",
    "during",
    "by",
    "to",
    "into",
    "than",
    "like",
    "about",
    "over",
    "under",
    "through",
    "without",
    "within",
    "upon",
    "although",
    "though",
    "whether",
    "why",
    "how",
    "what",
    "also",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "not",
    "said",
    "says",
    "told",
    "tells",
    "say",
    "would",
    "will",
    "could",
    "can",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "until",
    "unless",
    "against",
    "despite",
    "among",
    "between",
    "toward",
    "towards",
    "amid",
    "following",
    "after",
    "once",
    "where",
    "with",
]);

/// Subordinating words that, after a comma, end a content clause.
pub(crate) const CLAUSE_BREAKERS: &[&str] = &[
    "though", "although", "but", "whereas", "while", "yet", "even", "despite",
];

/// Common nouns that name an organisation, heading an appositive that
/// describes a name ("Teck, a Canadian mining company,").
pub(crate) const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "conglomerate",
    "group",
    "organization",
    "organisation",
    "agency",
    "bank",
    "lender",
    "insurer",
    "party",
    "union",
    "network",
    "newspaper",
    "broadcaster",
    "watchdog",
    "nonprofit",
    "non-profit",
    "charity",
    "manufacturer",
    "automaker",
    "carmaker",
    "retailer",
    "airline",
    "startup",
    "giant",
    "foundation",
    "institute",
    "association",
    "coalition",
    "militia",
    "university",
    "outlet",
    "chain",
    "utility",
    "club",
    "league",
    "federation",
    "movement",
    "think-tank",
];

/// Past participles that open an adjunct about the circumstances of an
/// attribution ('"...," said Roe, asked about the vote').
pub(crate) const CIRCUMSTANCE_PARTICIPLES: &[&str] = &[
    "asked",
    "pressed",
    "questioned",
    "quizzed",
    "interviewed",
    "challenged",
    "reached",
    "contacted",
];

/// Words introducing a reported question.
pub(crate) const WH_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "who", "when", "where", "which", "whom",
];

/// Prepositions that open an adjunct between a cue and its content
/// ("said on Monday that", "warned via Telegram that").
pub(crate) const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "via",
    "through",
    "to",
    "from",
    "after",
    "before",
    "while",
    "with",
    "over",
    "by",
    "in front of",
];

/// Day and time words that make up adjuncts ("Thursday morning").
pub(crate) static TIME_WORDS: WordSet = WordSet::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "last",
    "next",
    "this",
    "earlier",
    "later",
    "recently",
    "previously",
    "late",
    "early",
    "day",
    "days",
    "weeks",
    "months",
    "years",
    "ago",
    "again",
    "once",
    "twice",
    "also",
    "then",
    "now",
    "repeatedly",
    "publicly",
    "privately",
]);

/// Finite auxiliaries and copulas: a clause has begun when one appears.
pub(crate) static FINITE_VERBS: WordSet = WordSet::new(&[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "shall",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "couldn't",
    "shouldn't",
    "mustn't",
    "don't",
    "doesn't",
    "didn't",
]);

/// Common verbs in the past tense or the third person whose form alone
/// shows a finite verb (irregular pasts, and present forms that are rarely
/// nouns): with [`FINITE_VERBS`] they show that a subject phrase has
/// reached its verb ("said inevitable changes cost jobs").
pub(crate) static FINITE_LEXICAL: WordSet = WordSet::new(&[
    "went",
    "made",
    "took",
    "came",
    "gave",
    "got",
    "knew",
    "thought",
    "told",
    "left",
    "lost",
    "won",
    "cost",
    "paid",
    "met",
    "sent",
    "spent",
    "felt",
    "kept",
    "became",
    "began",
    "brought",
    "bought",
    "caught",
    "chose",
    "drew",
    "fell",
    "fought",
    "found",
    "grew",
    "held",
    "meant",
    "ran",
    "rose",
    "saw",
    "sold",
    "stood",
    "struck",
    "understood",
    "wrote",
    "broke",
    "built",
    "forgot",
    "hid",
    "sought",
    "taught",
    "threw",
    "wants",
    "needs",
    "remains",
    "seems",
    "believes",
    "knows",
    "thinks",
    "means",
    "continues",
    "deserves",
    "lacks",
    "owes",
    "intends",
    "expects",
    "hopes",
    "wanted",
    "needed",
    "remained",
    "seemed",
    "believed",
    "agreed",
    "decided",
    "helped",
    "failed",
    "tried",
    "planned",
    "refused",
    "allowed",
    "appeared",
]);

/// True for a noun of a part of the day or a span of time ("night",
/// "week", "year"), given its key.
pub(crate) fn is_time_noun(key: &str) -> bool {
    matches!(
        key,
        "morning" | "afternoon" | "evening" | "night" | "week" | "weekend" | "month" | "year"
    )
}

/// True for the name of a day or month, or a month's abbreviation, in
/// any case ("Monday", "Sept."; not "May", also a modal verb).
pub(crate) fn is_day_or_month(w: &str) -> bool {
    is_in(
        &[
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Jan.",
            "Feb.",
            "Aug.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.",
        ],
        w,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_are_lowered_and_padded() {
        let naive = |w: &[u8]| {
            let mut buf = [0u8; 16];
            buf[..w.len()].copy_from_slice(w);
            buf.make_ascii_lowercase();
            let (a, b) = buf.split_at(8);
            [
                u64::from_le_bytes(a.try_into().unwrap()),
                u64::from_le_bytes(b.try_into().unwrap()),
            ]
        };
        let words: [&[u8]; 9] = [
            b"",
            b"A",
            b"aZ",
            b"The",
            b"@[`{\x7f\xc3\x89Zz",
            b"MiXeDcAsE",
            b"ABCDEFGHIJKLMNOP",
            "Ça Été".as_bytes(),
            b"in front of",
        ];
        for w in words {
            assert_eq!(pack_lower(w), Some(naive(w)), "{w:?}");
        }
        assert_eq!(pack_lower(b"seventeen letters"), None);
        for b in 0..=255u8 {
            assert_eq!(
                lower_ascii(u64::from(b) << 24),
                u64::from(b.to_ascii_lowercase()) << 24
            );
        }
        assert!(DETERMINERS.has("The"));
        assert!(SKIPPABLE_BEFORE_CUE.has("ALSO"));
        assert!(!DETERMINERS.has("thee"));
    }
}
