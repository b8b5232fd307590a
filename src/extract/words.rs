//! Closed word classes the stages use to read clause structure without a
//! full parser: determiners, pronouns, auxiliaries, adverbs, prepositions.
//! All lower case; compared case-insensitively.

/// True when `w` (any case) is one of `list`.
pub(crate) fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Words that start a noun phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "several", "most", "other", "another", "each", "every", "both", "all", "any",
    "few", "no", "two", "three", "four", "five", "one",
];

/// Personal pronouns that can be the source of a statement.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Object pronouns that can be addressees.
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];

/// Relative pronouns that stand for the noun phrase before them.
pub(crate) const RELATIVES: &[&str] = &["who", "which", "that"];

/// Words that may sit between a source and its cue ("Trump once again
/// warned", "he has repeatedly said").
pub(crate) const SKIPPABLE_BEFORE_CUE: &[&str] = &[
    "also", "later", "then", "once", "again", "previously", "repeatedly", "recently", "publicly",
    "privately", "reportedly", "has", "have", "had", "would", "will", "could", "may", "might",
    "did", "does", "do", "not", "never", "further", "even", "still", "quickly", "immediately",
    "already", "often", "frequently", "initially", "earlier", "first", "subsequently",
    "separately", "simply", "flatly", "openly", "bluntly", "explicitly", "specifically",
    "strongly", "sharply", "firmly", "clearly", "essentially", "angrily", "tersely", "curtly",
    "quietly", "loudly", "falsely", "wrongly", "correctly", "rightly", "herself", "himself",
    "themselves", "itself", "is", "are", "was", "were", "been", "being", "be", "just",
    "long", "consistently", "insistently", "flatly", "forcefully", "emphatically", "directly",
    "personally", "formally", "officially", "jokingly", "pointedly", "vehemently", "has also",
    "widely", "generally", "usually", "always", "now", "ultimately", "eventually", "finally",
    "yet", "in", "turn", "apparently", "allegedly", "reportedly", "can", "should", "must",
    "shall", "alone", "too", "likewise", "similarly", "meanwhile", "however",
];

/// Words that end a noun phrase to their left (they belong to a clause or
/// a prepositional phrase, not the source).
pub(crate) const NP_LEFT_BOUNDARY: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because", "as",
    "after", "before", "since", "but", "so", "then", "and", "or", "nor", "in", "on", "during",
    "by", "to", "into", "than", "like", "about", "over", "under", "through", "without",
    "within", "upon", "although", "though", "whether", "why", "how", "what", "also", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "not", "said", "says", "told",
    "tells", "say", "would", "will", "could", "can", "should", "may", "might", "must", "do",
    "does", "did", "until", "unless", "against", "despite", "among", "between", "toward",
    "towards", "amid", "following", "after", "once", "where", "with",
];

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
    "on", "in", "at", "during", "via", "through", "to", "from", "after", "before", "while",
    "with", "over", "by", "in front of",
];

/// Day and time words that make up adjuncts ("Thursday morning").
pub(crate) const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
    "month", "year", "last", "next", "this", "earlier", "later", "recently", "previously",
    "late", "early", "day", "days", "weeks", "months", "years", "ago", "again", "once",
    "twice", "also", "then", "now", "repeatedly", "publicly", "privately",
];

/// Finite auxiliaries and copulas: a clause has begun when one appears.
pub(crate) const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "do", "does", "did", "shall",
];
