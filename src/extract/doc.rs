//! Tokens of an article's body: words, numbers, punctuation and quote
//! marks, each with its byte span and sentence, built once per article and
//! shared by every stage.

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
    /// For each token, the tables with phrases starting with its word
    /// (bits of `lexicon::FIRST_WORDS`).
    starts: Vec<u16>,
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
        let text = article.text.as_str();
        let mut doc = Doc {
            text,
            lower: text.to_ascii_lowercase(),
            keys: String::new(),
            key_spans: Vec::new(),
            starts: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5),
            sentences: Vec::with_capacity(article.sentences.len() + 1),
            sent_spans: Vec::with_capacity(article.sentences.len() + 1),
        };
        if let Some(h) = article.headline {
            doc.push_sentence(h, HEADLINE_PARA);
        }
        if article.sentences.is_empty() {
            doc.push_sentence(article.body, 0);
            doc.build_keys();
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
        doc.build_keys();
        doc
    }

    fn build_keys(&mut self) {
        self.key_spans.reserve(self.tokens.len());
        for t in &self.tokens {
            let tok = &self.text[t.start as usize..t.end as usize];
            if tok.is_ascii() {
                // The key is the lower-cased text itself: point into it.
                self.key_spans.push((t.start, t.end | KEY_IN_LOWER));
                continue;
            }
            let start = self.keys.len() as u32;
            for c in tok.chars() {
                if c == '\u{2019}' {
                    self.keys.push('\'');
                } else {
                    self.keys.extend(c.to_lowercase());
                }
            }
            self.key_spans.push((start, self.keys.len() as u32));
        }
        let first_words = &*super::lexicon::FIRST_WORDS;
        self.starts = self
            .tokens
            .iter()
            .map(|t| {
                let low = &self.lower[t.start as usize..t.end as usize];
                first_words.get(low).copied().unwrap_or(0)
            })
            .collect();
    }

    /// Token `i`'s lookup key: lower case, straight apostrophes.
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
    pub(crate) fn tok(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The text of token `i` in ASCII lower case.
    pub(crate) fn low(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        self.lower
            .get(t.start as usize..t.end as usize)
            .unwrap_or("")
    }

    /// The longest entry of `phrases` starting at token `i`, reading no
    /// further than token `end` (exclusive).
    pub(crate) fn phrase_at<T: Copy>(
        &self,
        phrases: &super::lexicon::Phrases<T>,
        i: usize,
        end: usize,
    ) -> Option<(T, usize)> {
        if phrases.bit() != 0 && self.starts.get(i).is_none_or(|b| b & phrases.bit() == 0) {
            return None;
        }
        phrases.longest(|k| (i + k < end).then(|| self.low(i + k)))
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

    /// True when token `i` is a word starting with an upper-case letter.
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.tokens[i].kind == TokKind::Word
            && self.tok(i).chars().next().is_some_and(char::is_uppercase)
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
    let mut it = s.char_indices().peekable();
    let push = |out: &mut Vec<Token>, a: usize, b: usize, kind: TokKind| {
        out.push(Token {
            start: (base + a) as u32,
            end: (base + b) as u32,
            kind,
            sent,
            para,
        });
    };
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let numeric = c.is_ascii_digit();
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() || is_mark(d) {
                    it.next();
                    end = j + d.len_utf8();
                    continue;
                }
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
                it.next();
                end = j + d.len_utf8();
            }
            // A trailing abbreviation dot: "U.S." (single letters with
            // dots), "Mr.", "Gen.", "Inc." (listed abbreviations).
            if let Some(&(j, '.')) = it.peek()
                && (is_initialism(&s[i..j]) || crate::parse::sentences::is_abbreviation(&s[i..=j]))
            {
                it.next();
                end = j + 1;
            }
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
            && is_possessive_s(&s[i + c.len_utf8()..])
            && out.last().is_some_and(|t| t.end as usize == base + i)
        {
            // Possessive 's: one token "'s".
            let (j, ch) = it.next().unwrap_or((i, c));
            push(out, i, j + ch.len_utf8(), TokKind::Word);
        } else if (c == '\'' || c == '`') && s[i + 1..].starts_with(c) {
            // '' and `` stand for double quotation marks in some house styles.
            it.next();
            push(out, i, i + 2, TokKind::Quote);
        } else if is_quote(c) {
            push(out, i, i + c.len_utf8(), TokKind::Quote);
        } else if !is_mark(c) {
            push(out, i, i + c.len_utf8(), TokKind::Punct);
        }
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
