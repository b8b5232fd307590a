//! Closed word classes the stages use to read clause structure without a
//! full parser: determiners, pronouns, auxiliaries, adverbs, prepositions.
//! All lower case; compared case-insensitively.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::lexicon::FxBuild;

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
    set: OnceLock<HashSet<&'static str, FxBuild>>,
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
        let set = self.set.get_or_init(|| self.list.iter().copied().collect());
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return set.contains(w);
        }
        // Lower-case on the stack: the listed words are short.
        let mut buf = [0u8; 32];
        let Some(dst) = buf.get_mut(..w.len()) else {
            return false;
        };
        dst.copy_from_slice(w.as_bytes());
        dst.make_ascii_lowercase();
        std::str::from_utf8(dst).is_ok_and(|l| set.contains(l))
    }
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

/// Relative pronouns that stand for the noun phrase before them.
pub(crate) const RELATIVES: &[&str] = &["who", "which", "that"];

/// Words that may sit between a source and its cue ("Trump once again
/// warned", "he has repeatedly said").
pub(crate) static SKIPPABLE_BEFORE_CUE: WordSet = WordSet::new(&[
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
pub(crate) const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "do", "does", "did", "shall",
];
