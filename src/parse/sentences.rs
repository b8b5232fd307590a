//! Sentence splitting inside one paragraph: a single forward scan over the
//! bytes, with a pre-pass that pairs quotation marks.
//!
//! A sentence ends after `.`, `!`, `?` or an ellipsis, together with any
//! closing quotation marks and brackets that follow, when whitespace comes
//! next and the rules below do not keep the sentence going:
//!
//! * after an abbreviation in the `[prefix]` list of
//!   `data/abbreviations.txt` (Mr., Dr., Gen., Sen., vs.): never a boundary;
//! * after a `[may-end]` abbreviation (U.S., p.m., Inc., Dec.), a dotted
//!   acronym or a single capital initial (J.): a boundary only before a
//!   capitalised `[starter]` word ("at 5 p.m. The talks");
//! * after any other word, a period is a boundary whatever follows, lower
//!   case included ("Ukraine. also indicated that");
//! * `!`, `?` and an ellipsis before a lower-case word are not a boundary;
//! * after a closing quotation mark, a lower-case word or a name with a
//!   reporting verb (`"Why?" Zelensky asked.`) continues the sentence;
//!   after a quotation closed on a period, only when the verb ends the
//!   sentence (`"We will win." Trump said.`, but not `"We will win." He
//!   added that ...`);
//! * inside a quotation that closes on a comma or dash, or is followed by a
//!   lower-case word, no boundary is made: `"We will win. Russia will
//!   lose," he said.` is one sentence;
//! * a period between digits (3.5) or before a non-space (U.S.-led) is not a
//!   sentence end.

use once_cell::sync::Lazy;

/// Sets of the crate's own words: a fast hash.
type HashSet<T> = std::collections::HashSet<T, crate::extract::FxBuild>;

use super::text::{find_byte, is_closer, is_opener, is_space};

struct Lexicon {
    prefix: HashSet<&'static str>,
    may_end: HashSet<&'static str>,
    starter: HashSet<&'static str>,
    speech: HashSet<&'static str>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut lex = Lexicon {
        prefix: HashSet::default(),
        may_end: HashSet::default(),
        starter: HashSet::default(),
        speech: HashSet::default(),
    };
    let mut section = "";
    for line in include_str!("../../data/abbreviations.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        let set = match section {
            "prefix" => &mut lex.prefix,
            "may-end" => &mut lex.may_end,
            "starter" => &mut lex.starter,
            "speech" => &mut lex.speech,
            _ => continue,
        };
        set.insert(line);
    }
    lex
});

/// A pair of quotation marks in a paragraph (byte offsets into it).
#[derive(Debug, Clone, Copy)]
struct Quote {
    /// The opening mark.
    open: usize,
    /// The closing mark, or the paragraph's length when it never closes.
    close: usize,
    /// The quotation is part of a longer sentence: it closes on a comma,
    /// colon or dash, or a lower-case word or comma follows it.
    continues: bool,
}

/// What the quotation pass found odd in a paragraph.
#[derive(Debug, Default)]
pub(crate) struct QuoteReport {
    /// Opening marks never closed in the paragraph (byte offset, length).
    pub(crate) unclosed: Vec<(usize, usize)>,
    /// Closing curly marks with nothing open (byte offset, length).
    pub(crate) stray: Vec<(usize, usize)>,
}

fn char_at(p: &str, i: usize) -> Option<char> {
    p.get(i..).and_then(|s| s.chars().next())
}

fn char_before(p: &str, i: usize) -> Option<char> {
    p.get(..i).and_then(|s| s.chars().next_back())
}

/// Does the quotation closing at `close` (mark of `len` bytes) continue
/// the sentence?
fn continues_after(p: &str, close: usize, len: usize) -> bool {
    if char_before(p, close).is_some_and(|c| matches!(c, ',' | ';' | ':' | '—' | '–' | '-')) {
        return true;
    }
    let after = p
        .get(close + len..)
        .unwrap_or("")
        .trim_start_matches(is_space);
    if after.starts_with("http") || after.starts_with("www.") {
        return false;
    }
    let next = after.chars().next();
    next.is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | ':'))
}

/// Pairs the double quotation marks of a paragraph: curly (“ ”), low („),
/// guillemets (« »), straight (") and doubled apostrophes (''). Real text
/// mixes them ("Oz has a bully pulpit,” said...), so any closing mark
/// closes any opening one; single quotes are left alone (they double as
/// apostrophes).
fn pair_quotes(p: &str, out: &mut Vec<Quote>, report: &mut QuoteReport) {
    let mut open: Option<usize> = None;
    let b = p.as_bytes();
    let mut i = 0;
    // Only '"', '\'' and the first bytes of “ ” „ (0xE2) and « » (0xC2)
    // can start a mark: other bytes (continuation bytes included) are
    // passed over without decoding.
    let mark_start = |c: u8| (c == b'"') | (c == b'\'') | (c == 0xC2) | (c == 0xE2);
    while let Some(at) = find_byte(b, i, mark_start) {
        i = at;
        let len = match b[i] {
            b'"' => 1,
            b'\'' if b.get(i + 1) == Some(&b'\'') => 2,
            0xC2 | 0xE2 => match char_at(p, i) {
                Some(c @ ('“' | '”' | '„' | '«' | '»')) => c.len_utf8(),
                _ => 0,
            },
            _ => 0,
        };
        if len == 0 {
            i += 1;
            continue;
        }
        let c = char_at(p, i).unwrap_or('"');
        let next = i + len;
        let before = char_before(p, i);
        let after = char_at(p, i + len);
        let glued_after = after.is_some_and(|a| !is_space(a));
        let opener_shape =
            before.is_none_or(|b| is_space(b) || matches!(b, '(' | '[' | '—' | '–')) && glued_after;
        let always_opens = matches!(c, '“' | '„' | '«');
        match open {
            None => {
                if always_opens || before.is_none() || glued_after {
                    open = Some(i);
                } else if matches!(c, '”' | '»') {
                    report.stray.push((i, len));
                }
            }
            Some(o) => {
                if always_opens && opener_shape {
                    // The previous quotation never closed; a new one starts.
                    let olen = char_at(p, o).map_or(1, char::len_utf8);
                    report.unclosed.push((o, olen));
                    out.push(Quote {
                        open: o,
                        close: i,
                        continues: false,
                    });
                    open = Some(i);
                } else {
                    out.push(Quote {
                        open: o,
                        close: i,
                        continues: continues_after(p, i, len),
                    });
                    open = None;
                }
            }
        }
        i = next;
    }
    if let Some(o) = open {
        let olen = if p[o..].starts_with("''") {
            2
        } else {
            char_at(p, o).map_or(1, char::len_utf8)
        };
        report.unclosed.push((o, olen));
        out.push(Quote {
            open: o,
            close: p.len(),
            continues: false,
        });
    }
}

/// A cursor over the quotations, for positions visited in order.
struct QuoteCursor<'q> {
    quotes: &'q [Quote],
    at: usize,
}

impl QuoteCursor<'_> {
    /// Is a sentence end at `pos`, whose closers end at `after`, inside a
    /// quotation that continues the sentence?
    fn inside_continuing(&mut self, pos: usize, after: usize) -> bool {
        while self.quotes.get(self.at).is_some_and(|q| q.close < pos) {
            self.at += 1;
        }
        self.quotes
            .get(self.at)
            .is_some_and(|q| q.open < pos && after <= q.close && q.continues)
    }
}

/// The word at `pos`, after any opening marks, dashes and ellipses (at
/// most a few of them: the look-ahead is bounded to keep the scan linear).
fn next_word(p: &str, pos: usize) -> &str {
    let rest = p.get(pos..).unwrap_or("");
    let mut start = rest.len();
    for (n, (i, c)) in rest.char_indices().enumerate() {
        let skip =
            is_opener(c) || matches!(c, '—' | '–' | '-' | '…' | '.' | '*' | '•') || is_space(c);
        if !skip || n >= 16 {
            start = i;
            break;
        }
    }
    let rest = &rest[start..];
    let mut end = rest.len();
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= 40 || !(c.is_alphanumeric() || c == '\'' || c == '’') {
            end = i;
            break;
        }
    }
    &rest[..end]
}

/// Is a name followed by a reporting verb at `pos` (`Zelensky asked`,
/// `he said`)? With `ends`, the verb must also end the sentence
/// (`Trump said.`): after a quotation closed on a period, a name and a
/// verb that go on ("He added that ...", "Cardin said Wednesday ...")
/// begin a new sentence.
fn attribution_follows(p: &str, pos: usize, ends: bool) -> bool {
    let lex = &*LEXICON;
    let rest = p.get(pos..).unwrap_or("");
    let mut cut = rest.len().min(200);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    for (n, raw) in rest
        .split(is_space)
        .filter(|w| !w.is_empty())
        .take(4)
        .enumerate()
    {
        let word = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        if n > 0 && lex.speech.contains(word) {
            return !ends || raw[word.len()..].starts_with('.');
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    false
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    None,
    Prefix,
    MayEnd,
}

/// Classifies the word ending in the period at `dot`.
fn abbreviation(p: &str, dot: usize) -> Abbrev {
    let before = p.get(..dot).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        // ("R-Fla.": the abbreviation after a hyphen.)
        .find(|&(_, c)| is_space(c) || is_opener(c) || matches!(c, '—' | '–' | '/' | '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    if word.is_empty() {
        return Abbrev::None;
    }
    let with_dot = p.get(start..dot + 1).unwrap_or("");
    let lex = &*LEXICON;
    if lex.prefix.contains(with_dot) {
        return Abbrev::Prefix;
    }
    if lex.may_end.contains(with_dot) {
        return Abbrev::MayEnd;
    }
    // A single capital initial ("J.") or a dotted acronym ("U.S", "J.D",
    // "a.m"): letters each followed by a period.
    let mut letters = 0;
    let mut expect_letter = true;
    for c in word.chars() {
        if expect_letter && c.is_alphabetic() {
            letters += 1;
            expect_letter = false;
        } else if !expect_letter && c == '.' {
            expect_letter = true;
        } else {
            return Abbrev::None;
        }
    }
    let single_capital = letters == 1 && word.chars().next().is_some_and(char::is_uppercase);
    if letters >= 2 || single_capital {
        Abbrev::MayEnd
    } else {
        Abbrev::None
    }
}

/// Splits the paragraph `p` into sentences, calling `emit(start, end)` with
/// byte offsets into `p` (trimmed, non-empty, in order). Returns what the
/// quotation pass found unbalanced.
pub(crate) fn split(p: &str, mut emit: impl FnMut(usize, usize)) -> QuoteReport {
    let mut report = QuoteReport::default();
    let mut quotes = Vec::new();
    pair_quotes(p, &mut quotes, &mut report);
    let mut cursor = QuoteCursor {
        quotes: &quotes,
        at: 0,
    };
    let lex = &*LEXICON;
    let b = p.as_bytes();
    let mut start = p.len() - p.trim_start_matches(is_space).len();
    let mut i = start;
    // Candidate ends: '.', '!', '?' and the first byte (0xE2) of '…'.
    let end_mark = |c: u8| (c == b'.') | (c == b'!') | (c == b'?') | (c == 0xE2);
    while let Some(at) = find_byte(b, i, end_mark) {
        i = at;
        if b[i] == 0xE2 && !p[i..].starts_with('…') {
            i += 1;
            continue;
        }
        // The run of sentence-end marks.
        let run = i;
        let mut j = i;
        let mut dots = 0;
        let mut bang = false;
        let mut ellipsis = false;
        while j < b.len() {
            match b[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    bang = true;
                    j += 1;
                }
                0xE2 if p[j..].starts_with('…') => {
                    ellipsis = true;
                    j += '…'.len_utf8();
                }
                _ => break,
            }
        }
        ellipsis |= dots >= 2;
        // Closing quotation marks and brackets.
        let mut k = j;
        let mut quote_closed = false;
        while let Some(cl) = char_at(p, k).filter(|&cl| is_closer(cl)) {
            quote_closed |= !matches!(cl, ')' | ']' | '}');
            k += cl.len_utf8();
        }
        i = k;
        let Some(next_char) = char_at(p, k) else {
            break;
        };
        if !is_space(next_char) {
            // "Trump said.Trump claimed": a space lost after a period.
            if dots == 1 && !bang && k == j && glued_sentence(p, run) {
                emit(start, k);
                start = k;
            }
            continue;
        }
        if cursor.inside_continuing(run, k) {
            continue;
        }
        let n = k + (p[k..].len() - p[k..].trim_start_matches(is_space).len());
        if n >= b.len() {
            break;
        }
        let word = next_word(p, n);
        let first = word.chars().next();
        let upper = first.is_some_and(char::is_uppercase);
        let lower = first.is_some_and(char::is_lowercase);
        // 'called Trump a "liar." Carly Fiorina said ...': a quotation
        // opened inside the sentence ends it with its period; a name and a
        // reporting verb after it begin the next one.
        let opened_inside = quote_closed
            && cursor.quotes.get(cursor.at).is_some_and(|q| {
                q.close >= run
                    && q.close < k
                    && q.open > start
                    && p.get(start..q.open)
                        .is_some_and(|s| s.chars().any(char::is_alphabetic))
            });
        // After a period ('"We will win." He added that ...') the
        // attribution must end the sentence to belong to the quotation.
        let after_period = dots == 1 && !bang && !ellipsis;
        let boundary = if quote_closed
            && (lower || (!opened_inside && attribution_follows(p, n, after_period)))
        {
            false
        } else if ellipsis {
            upper
        } else if bang {
            !lower
        } else {
            match abbreviation(p, run) {
                Abbrev::Prefix => false,
                Abbrev::MayEnd => upper && lex.starter.contains(word),
                Abbrev::None => true,
            }
        };
        if boundary {
            emit(start, k);
            start = n;
        }
    }
    let end = p.trim_end_matches(is_space).len();
    if end > start {
        emit(start, end);
    }
    report
}

/// True when the period at `dot` joins two sentences with no space
/// between them: a lower-case word of two letters or more, the period,
/// then a capitalised word ("said.Trump"). Initialisms ("U.S"), domain
/// names ("example.com") and numbers do not match.
fn glued_sentence(p: &str, dot: usize) -> bool {
    let b = p.as_bytes();
    let before = &b[..dot];
    let word_len = before
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if word_len < 2 {
        return false;
    }
    let word_start = dot - word_len;
    if word_start > 0 && !is_space(char_before(p, word_start).unwrap_or(' ')) {
        return false;
    }
    let after = &b[dot + 1..];
    let lower_run = after
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    after.first().is_some_and(u8::is_ascii_uppercase)
        && lower_run >= 1
        && after
            .get(1 + lower_run)
            .is_none_or(|&c| !c.is_ascii_alphanumeric() && c != b'.')
}

/// True when `word` (final period included, as in "Mr.", "Gen.", "Inc.")
/// is a listed abbreviation of `data/abbreviations.txt`.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    LEXICON.prefix.contains(word) || LEXICON.may_end.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(p: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(p, |a, b| out.push(&p[a..b]));
        out
    }

    #[test]
    fn lexicon_loads() {
        assert!(LEXICON.prefix.contains("Dr."));
        assert!(LEXICON.may_end.contains("p.m."));
        assert!(LEXICON.starter.contains("The"));
        assert!(LEXICON.speech.contains("said"));
    }

    #[test]
    fn basic() {
        assert_eq!(
            sentences("One. Two! Three? Four"),
            ["One.", "Two!", "Three?", "Four"]
        );
        assert_eq!(
            sentences("The U.S. President spoke."),
            ["The U.S. President spoke."]
        );
        assert_eq!(
            sentences("\"We will win. Russia will lose,\" he said. Then he left."),
            [
                "\"We will win. Russia will lose,\" he said.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_quotation_opened_inside_a_sentence_ends_it() {
        assert_eq!(
            sentences("Sanders called Trump a \"liar.\" Carly Fiorina said Cruz lies."),
            [
                "Sanders called Trump a \"liar.\"",
                "Carly Fiorina said Cruz lies."
            ]
        );
        // A quotation that opens the sentence may still take its
        // attribution after the period.
        assert_eq!(
            sentences("\"We will win.\" Trump said. Then he left."),
            ["\"We will win.\" Trump said.", "Then he left."]
        );
        // Unless the name and verb go on: then they begin a new sentence.
        assert_eq!(
            sentences("\"We will win.\" He added that it was over. \"Why?\" Kim asked them."),
            [
                "\"We will win.\"",
                "He added that it was over.",
                "\"Why?\" Kim asked them."
            ]
        );
    }

    #[test]
    fn a_missing_space_after_a_period() {
        assert_eq!(
            sentences("Trump said.Trump claimed more."),
            ["Trump said.", "Trump claimed more."]
        );
        // Initialisms, domain names, numbers and single letters stay whole.
        for one in [
            "The U.S.Army base.",
            "Visit example.com today.",
            "It rose 3.5 percent.",
            "See Amazon.com now.",
            "Plan a.B works.",
            "The site is news.ABC now.",
        ] {
            assert_eq!(sentences(one), [one]);
        }
    }
}
