//! Tokens of an article's body: words, numbers, punctuation and quote
//! marks, each with its byte span and sentence, built once per article and
//! shared by every stage.

use super::lexicon::FirstWord;
use crate::model::{Article, Span};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (with inner hyphens, apostrophes and abbreviation dots).
    Word,
    /// Digits (with inner separators).
    Number,
    /// A quotation mark: `"`, `“`, `”`, `‘`, `’` standing alone, `«`, `»`.
    Quote,
    /// Any other punctuation character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokKind,
    /// Index of the sentence in `Article::sentences`.
    pub sent: u32,
    /// Index of the paragraph in `Article::paragraphs`.
    pub para: u32,
}

/// Marks a key span that points into `Doc::lower` rather than `Doc::keys`
/// (texts are limited to 2 GiB of offsets by `u32` tokens anyway).
const KEY_IN_LOWER: u32 = 1 << 31;

/// Paragraph index given to the headline's tokens.
pub(crate) const HEADLINE_PARA: u32 = u32::MAX;

/// The tokens of an article, sentence by sentence. The headline, when
/// there is one, is the first sentence (paragraph [`HEADLINE_PARA`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// The text in ASCII lower case: same length, same offsets.
    pub lower: String,
    /// Every token's lookup key (lower case, straight apostrophes), one
    /// after another; `key_spans[i]` locates token `i`'s.
    keys: String,
    key_spans: Vec<(u32, u32)>,
    /// For each token, the tables with phrases starting with its word in
    /// ASCII lower case, and where (`lexicon::FIRST_WORDS`).
    pub(crate) starts: Vec<FirstWord>,
    /// For each token, its word classes (bits of the actors stage's
    /// `words::class`; 0 for a token that is not a word).
    pub classes: Vec<u32>,
    pub tokens: Vec<Token>,
    /// For each sentence, the range of its tokens.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// For each sentence, its span.
    pub sent_spans: Vec<Span>,
}

impl<'a> Doc<'a> {
    /// Tokenises the headline and sentences of `article` (or its body as
    /// one sentence when it has none).
    pub(crate) fn new(article: &'a Article) -> Doc<'a> {
        let mut doc = Doc::tokens_only(article);
        doc.build_keys();
        doc
    }

    /// The tokens of `article` without their keys, classes and phrase
    /// tables (`key` gives "", `phrase_at` finds nothing): what the word
    /// tables themselves are built with.
    pub(crate) fn tokens_only(article: &'a Article) -> Doc<'a> {
        let text = article.text.as_str();
        let mut doc = Doc {
            text,
            lower: text.to_ascii_lowercase(),
            keys: String::new(),
            key_spans: Vec::new(),
            starts: Vec::new(),
            classes: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5),
            sentences: Vec::with_capacity(article.sentences.len() + 1),
            sent_spans: Vec::with_capacity(article.sentences.len() + 1),
        };
        if let Some(h) = article.headline {
            doc.push_sentence(h, HEADLINE_PARA);
        }
        if article.sentences.is_empty() {
            doc.push_sentence(article.body, 0);
            return doc;
        }
        let mut para = 0usize;
        for s in &article.sentences {
            while para + 1 < article.paragraphs.len() && article.paragraphs[para].end() <= s.start()
            {
                para += 1;
            }
            doc.push_sentence(*s, para as u32);
        }
        doc
    }

    /// Each token's key, word classes and phrase tables.
    fn build_keys(&mut self) {
        let n = self.tokens.len();
        let mut key_spans = Vec::with_capacity(n);
        let mut classes = Vec::with_capacity(n);
        let mut starts = Vec::with_capacity(n);
        let keys = &mut self.keys;
        for t in &self.tokens {
            let (a, b) = (t.start as usize, t.end as usize);
            let tok = &self.text[a..b];
            let low = &self.lower[a..b];
            let sh = super::actors::Shape::of(tok);
            let key = if sh.ascii() {
                // The key is the lower-cased text itself: point into it.
                key_spans.push((t.start, t.end | KEY_IN_LOWER));
                low
            } else {
                let start = keys.len();
                for c in tok.chars() {
                    if c == '\u{2019}' {
                        keys.push('\'');
                    } else {
                        keys.extend(c.to_lowercase());
                    }
                }
                key_spans.push((start as u32, keys.len() as u32));
                &keys[start..]
            };
            let (c, s) = super::actors::classify(t.kind, tok, low, key, sh);
            classes.push(c);
            starts.push(s);
        }
        self.key_spans = key_spans;
        self.classes = classes;
        self.starts = starts;
    }

    /// Token `i`'s lookup key: lower case, straight apostrophes.
    #[inline]
    pub(crate) fn key(&self, i: usize) -> &str {
        match self.key_spans.get(i) {
            Some(&(a, b)) if b & KEY_IN_LOWER != 0 => self
                .lower
                .get(a as usize..(b & !KEY_IN_LOWER) as usize)
                .unwrap_or(""),
            Some(&(a, b)) => self.keys.get(a as usize..b as usize).unwrap_or(""),
            None => "",
        }
    }

    fn push_sentence(&mut self, s: Span, para: u32) {
        let first = self.tokens.len();
        if let Some(sent_text) = s.text(self.text) {
            let si = self.sentences.len() as u32;
            tokenize(sent_text, s.start(), si, para, &mut self.tokens);
        }
        self.sentences.push(first..self.tokens.len());
        self.sent_spans.push(s);
    }

    /// The text of token `i`.
    #[inline]
    pub(crate) fn tok(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The text of token `i` in ASCII lower case.
    #[inline]
    pub(crate) fn low(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        self.lower
            .get(t.start as usize..t.end as usize)
            .unwrap_or("")
    }

    /// The longest entry of `phrases` starting at token `i`, reading no
    /// further than token `end` (exclusive).
    #[inline]
    pub(crate) fn phrase_at<T: Copy>(
        &self,
        phrases: &super::lexicon::Phrases<T>,
        i: usize,
        end: usize,
    ) -> Option<(T, usize)> {
        // Most tokens start no phrase of the table: one bit says so.
        if phrases.bit() != 0 && self.starts.get(i)?.tables & phrases.bit() == 0 {
            return None;
        }
        self.phrase_after(phrases, i, end)
    }

    /// [`Doc::phrase_at`] past its first test.
    #[inline(never)]
    fn phrase_after<T: Copy>(
        &self,
        phrases: &super::lexicon::Phrases<T>,
        i: usize,
        end: usize,
    ) -> Option<(T, usize)> {
        let words = |k: usize| (i + k < end).then(|| self.low(i + k));
        if phrases.bit() != 0 {
            let first = *self.starts.get(i)?;
            return phrases.longest_after(first, words);
        }
        phrases.longest(words)
    }

    /// The text between the start of token `a` and the end of token `b`
    /// (inclusive).
    pub(crate) fn between(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens[a].start as usize..self.tokens[b].end as usize]
    }

    /// The span from the start of token `a` to the end of token `b`.
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        Span::ordered(self.tokens[a].start as usize, self.tokens[b].end as usize)
    }

    /// The index of the first token starting at or after byte `pos`.
    pub(crate) fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < pos)
    }

    /// Where a time adjunct starting at token `i` ends (exclusive), reading
    /// no further than `end`: "Tuesday", "on Sunday", "on Tuesday night",
    /// "last week", "earlier this month", "on Dec. 9", "in March". It
    /// needs a day, a month, "today", "yesterday", "tonight", or a time
    /// noun after "last", "next", "this", "that" or "the".
    pub(crate) fn time_adjunct_end(&self, i: usize, end: usize) -> Option<usize> {
        let end = end.min(self.tokens.len());
        let word = |k: usize| self.tokens[k].kind == TokKind::Word;
        let mut k = i;
        if k < end
            && word(k)
            && matches!(
                self.key(k),
                "on" | "in" | "at" | "during" | "over" | "earlier" | "later"
            )
        {
            k += 1;
        }
        let mut anchored = false;
        let mut det = false;
        while k < end {
            let key = self.key(k);
            let w = word(k);
            let day = w
                && if self.is_cap(k) {
                    super::words::is_day_or_month(self.tok(k))
                } else {
                    matches!(key, "today" | "yesterday" | "tonight")
                };
            if day || (w && (anchored || det) && super::words::is_time_noun(key)) {
                anchored = true;
            } else if w
                && !anchored
                && matches!(
                    key,
                    "last" | "next" | "this" | "that" | "the" | "early" | "late"
                )
            {
                det = true;
            } else if !(self.tokens[k].kind == TokKind::Number && anchored) {
                break;
            }
            k += 1;
        }
        (anchored && k > i).then_some(k)
    }

    /// True when token `i` is a word starting with an upper-case letter
    /// (as `Doc::new` classified it).
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.classes[i] & super::actors::class::CAP != 0
    }
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{201f}'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{2018}'
            | '\u{2019}'
            | '\''
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn tokenize(s: &str, base: usize, sent: u32, para: u32, out: &mut Vec<Token>) {
    let bytes = s.as_bytes();
    let push = |out: &mut Vec<Token>, a: usize, b: usize, kind: TokKind| {
        out.push(Token {
            start: (base + a) as u32,
            end: (base + b) as u32,
            kind,
            sent,
            para,
        });
    };
    // `p` is the byte offset of the next character to read.
    let mut p = 0;
    while let Some(&b) = bytes.get(p) {
        // ASCII white space, most of the rest, needs no decoding.
        if ASCII_SPACE[usize::from(b)] {
            p += 1;
            continue;
        }
        let Some(c) = char_at(s, p) else {
            break;
        };
        let i = p;
        p += c.len_utf8();
        // A stray control character separates words, like a space.
        if c.is_whitespace() || c.is_control() {
            continue;
        }
        if c.is_alphanumeric() {
            let numeric = c.is_ascii_digit();
            let mut end = p;
            loop {
                // ASCII letters and digits, the bulk of any word, need none
                // of the checks below.
                while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                    end += 1;
                }
                let j = end;
                let d = match bytes.get(j) {
                    None => break,
                    // Any other ASCII character but a joiner ends the word.
                    Some(b'-' | b'.' | b',' | b':' | b'\'') => char::from(bytes[j]),
                    Some(b) if b.is_ascii() => break,
                    Some(_) => match char_at(s, j) {
                        Some(d) if d.is_alphanumeric() || is_mark(d) => {
                            end = j + d.len_utf8();
                            continue;
                        }
                        Some(d) => d,
                        None => break,
                    },
                };
                // Inner joiners: a hyphen, an apostrophe (not a possessive
                // 's at the end), a dot in an abbreviation or number, a comma
                // inside a number; each only when a letter or digit follows.
                let rest = &s[j + d.len_utf8()..];
                let next = rest.chars().next();
                let joins = match d {
                    '-' | '\u{2010}' | '\u{2011}' => next.is_some_and(char::is_alphanumeric),
                    '.' => {
                        if numeric {
                            next.is_some_and(|ch| ch.is_ascii_digit())
                        } else {
                            // Initialisms: single letters between dots.
                            let seg = s[i..j].rsplit('.').next().unwrap_or("");
                            let mut after = rest.chars();
                            seg.chars().count() == 1
                                && after.next().is_some_and(char::is_alphabetic)
                                && !after.next().is_some_and(char::is_alphanumeric)
                        }
                    }
                    ',' | ':' => numeric && next.is_some_and(|ch| ch.is_ascii_digit()),
                    _ if is_apostrophe(d) => {
                        next.is_some_and(char::is_alphabetic) && !is_possessive_s(rest)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
            }
            // A trailing abbreviation dot: "U.S." (single letters with
            // dots), "Mr.", "Gen.", "Inc." (listed abbreviations).
            if bytes.get(end) == Some(&b'.')
                && (is_initialism(&s[i..end])
                    || crate::parse::sentences::is_abbreviation(&s[i..=end]))
            {
                end += 1;
            }
            p = end;
            push(
                out,
                i,
                end,
                if numeric {
                    TokKind::Number
                } else {
                    TokKind::Word
                },
            );
        } else if is_apostrophe(c)
            && is_possessive_s(&s[p..])
            && out.last().is_some_and(|t| t.end as usize == base + i)
        {
            // Possessive 's: one token "'s" (the "s" is one byte).
            p += 1;
            push(out, i, p, TokKind::Word);
        } else if c == '\'' && s[p..].starts_with("''") && !s[p..].starts_with("'''") {
            // "'old-school,'''": a single mark closes before the double
            // one (''), not after it.
            push(out, i, p, TokKind::Quote);
        } else if (c == '\'' || c == '`') && s[p..].starts_with(c) {
            // '' and `` stand for double quotation marks in some house styles.
            p += 1;
            push(out, i, p, TokKind::Quote);
        } else if is_quote(c) {
            push(out, i, p, TokKind::Quote);
        } else if !is_mark(c) {
            push(out, i, p, TokKind::Punct);
        }
    }
}

/// For each byte, whether it is ASCII white space (`char::is_whitespace`).
static ASCII_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    let mut b = b'\t';
    while b <= b'\r' {
        t[b as usize] = true;
        b += 1;
    }
    t
};

/// For each byte, whether it is an ASCII letter or digit.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character at byte `p` of `s` (a character boundary), if any.
fn char_at(s: &str, p: usize) -> Option<char> {
    match s.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(p..).and_then(|r| r.chars().next()),
        None => None,
    }
}

fn is_mark(c: char) -> bool {
    // Combining marks (U+0300..U+036F and friends) stay inside words.
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

/// "s" followed by a non-letter: the possessive ending after an apostrophe.
fn is_possessive_s(rest: &str) -> bool {
    let mut c = rest.chars();
    matches!(c.next(), Some('s' | 'S')) && !c.next().is_some_and(char::is_alphanumeric)
}

/// "U.S", "U", "D.C": single letters separated by dots.
fn is_initialism(w: &str) -> bool {
    let mut n = 0;
    for (k, part) in w.split('.').enumerate() {
        let mut cs = part.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => n += 1,
            (None, None) if k > 0 => {}
            _ => return false,
        }
    }
    n > 1 || (n == 1 && w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, 0, 0, 0, &mut out);
        out.iter()
            .map(|t| &s[t.start as usize..t.end as usize])
            .collect()
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            toks("Moscow's long-standing position, the U.S. said."),
            [
                "Moscow",
                "'s",
                "long-standing",
                "position",
                ",",
                "the",
                "U.S.",
                "said",
                "."
            ]
        );
        assert_eq!(
            toks("as\u{201c}constructive,\u{201d}"),
            ["as", "\u{201c}", "constructive", ",", "\u{201d}"]
        );
        assert_eq!(
            toks("O'Brien isn't $1,000.50 "),
            ["O'Brien", "isn't", "$", "1,000.50"]
        );
        assert_eq!(
            toks("Zelensky\u{2019}s order"),
            ["Zelensky", "\u{2019}s", "order"]
        );
        assert_eq!(
            toks("'absolutely right'"),
            ["'", "absolutely", "right", "'"]
        );
        assert_eq!(toks("J.D. Vance"), ["J.D.", "Vance"]);
        assert_eq!(
            toks("in Washington. Trump"),
            ["in", "Washington", ".", "Trump"]
        );
        assert_eq!(toks("a.m. É"), ["a.m.", "É"]);
    }
}
