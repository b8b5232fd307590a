//! Small text helpers shared by the parsing stages: lines, trimming,
//! character classes. Every position is a byte offset into the original
//! text, always on a character boundary.

use crate::model::Span;

/// Whitespace for the parser: Unicode whitespace, plus the byte order mark.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// True when `s` holds only whitespace.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// The span `start..end` with surrounding whitespace removed (empty, at
/// `start`, when all of it is whitespace).
pub(crate) fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let s = text.get(start..end).unwrap_or("");
    let trimmed_start = s.trim_start_matches(is_space);
    let lead = s.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end_matches(is_space);
    Span::ordered(start + lead, start + lead + trimmed.len())
}

/// The first position at or after `pos` that is not whitespace (newlines
/// included), or the end of the text.
pub(crate) fn skip_space(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + (rest.len() - rest.trim_start_matches(is_space).len())
}

/// The first position at or after `pos` that is not a space or tab on the
/// same line.
pub(crate) fn skip_inline_space(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let trimmed = rest.trim_start_matches(|c: char| is_space(c) && c != '\n' && c != '\r');
    pos + (rest.len() - trimmed.len())
}

/// One line of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// First byte of the line.
    pub(crate) start: usize,
    /// End of the line's content, before `\r\n` or `\n`.
    pub(crate) end: usize,
    /// Start of the next line (the end of the text for the last one).
    pub(crate) next: usize,
}

impl Line {
    /// The line's content.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The line that starts at `pos` (which must be a character boundary).
pub(crate) fn line_at(text: &str, pos: usize) -> Line {
    let rest = text.get(pos..).unwrap_or("");
    let (mut end, next) = match rest.find('\n') {
        Some(i) => (pos + i, pos + i + 1),
        None => (text.len(), text.len()),
    };
    if end > pos && text.as_bytes()[end - 1] == b'\r' {
        end -= 1;
    }
    Line {
        start: pos,
        end,
        next,
    }
}

/// The lines of `text[start..end]`, in order.
pub(crate) fn lines(text: &str, start: usize, end: usize) -> impl Iterator<Item = Line> + '_ {
    let mut pos = start;
    std::iter::from_fn(move || {
        if pos >= end {
            return None;
        }
        let mut line = line_at(text, pos);
        if line.end > end {
            line.end = end;
        }
        if line.next > end {
            line.next = end;
        }
        pos = line.next.max(pos + 1);
        Some(line)
    })
}

/// Closing quotation marks and brackets that may follow a sentence end.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '\u{201f}'
    )
}

/// Opening quotation marks and brackets that may precede a word.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '«' | '‹' | '(' | '[' | '{' | '”' | '’'
    )
}

/// True when the last non-closing character of `s` ends a sentence
/// (`.`, `!`, `?`, `…`).
pub(crate) fn ends_with_terminal(s: &str) -> bool {
    s.trim_end_matches(is_space)
        .trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', '…'])
}

/// Number of words (whitespace-separated) in `s`.
pub(crate) fn word_count(s: &str) -> usize {
    s.split(is_space).filter(|w| !w.is_empty()).count()
}

/// True when `s` has at most `n` words (`word_count(s) <= n`, without
/// counting past `n + 1`).
pub(crate) fn at_most_words(s: &str, n: usize) -> bool {
    s.split(is_space).filter(|w| !w.is_empty()).nth(n).is_none()
}

/// The position of the first byte of `bytes[from..]` that `hit` picks.
///
/// Blocks of 16 bytes with no hit are passed over with one test each:
/// `hit` is or-ed over the block without branches, which the compiler
/// turns into vector compares (as long as `hit` itself has no branches:
/// write it with `|` and `&`, not `||`, `&&` or `matches!`); the block
/// with the first hit is then searched byte by byte.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> Option<usize> {
    const BLOCK: usize = 16;
    let mut i = from.min(bytes.len());
    while let Some(block) = bytes.get(i..i + BLOCK) {
        let block: &[u8; BLOCK] = block.try_into().unwrap_or(&[0; BLOCK]);
        let mut any = 0u8;
        for &b in block {
            any |= u8::from(hit(b));
        }
        if any != 0 {
            break;
        }
        i += BLOCK;
    }
    bytes[i..].iter().position(|&b| hit(b)).map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_word_counts() {
        for s in ["", "  ", "one", "one two", " a  b\tc\nd ", "a b c d e f"] {
            for n in 0..8 {
                assert_eq!(at_most_words(s, n), word_count(s) <= n, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn first_byte_found() {
        let dot = |b: u8| b == b'.';
        for len in 0..70 {
            for at in 0..=len {
                let mut s = vec![b'x'; len];
                if at < len {
                    s[at] = b'.';
                }
                let want = (at < len).then_some(at);
                assert_eq!(find_byte(&s, 0, dot), want, "{len} {at}");
                for from in 0..=len {
                    let want = (at < len && at >= from).then_some(at);
                    assert_eq!(find_byte(&s, from, dot), want, "{len} {at} {from}");
                }
            }
        }
        assert_eq!(find_byte(b"ab", 5, dot), None);
    }
}
