//! Quotation regions: pairs of quotation marks in a paragraph, with the
//! forgiving rules real text needs (straight and curly quotes, quotes glued
//! to a word, quotations running over paragraphs, unbalanced marks).

use super::doc::{Doc, TokKind};
use crate::model::Span;

/// One quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or of the last token of the
    /// paragraph when the quotation does not close there.
    pub close: usize,
    /// True when a closing mark was found.
    pub closed: bool,
    /// The words between the marks.
    pub inner: Span,
}

impl Quote {
    /// Number of tokens between the marks.
    pub(crate) fn len(&self) -> usize {
        self.close.saturating_sub(self.open + 1)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn classify(doc: &Doc<'_>, i: usize, single: bool) -> Option<Mark> {
    let t = &doc.tokens[i];
    let s = doc.tok(i);
    let before = doc.text[..t.start as usize].chars().next_back();
    let after = doc.text[t.end as usize..].chars().next();
    let space_before =
        before.is_none_or(|c| c.is_whitespace() || "([{\u{2014}\u{2013}-:".contains(c));
    let space_after =
        after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}\u{2014}\u{2013}".contains(c));
    // A mark that opens its paragraph opens a quotation, whatever its
    // shape ("” … he delivered", a right mark typed for a left one).
    let opens_paragraph = i == 0 || doc.tokens[i - 1].para != t.para;
    match s {
        "\u{201c}" | "\u{201e}" | "\u{ab}" | "``" => Some(Mark::Open),
        "\u{201d}" | "\u{bb}" if opens_paragraph => Some(Mark::Open),
        "\u{201d}" | "\u{bb}" => Some(if space_before && !space_after {
            Mark::Open
        } else {
            Mark::Close
        }),
        "\u{2018}" if single => Some(Mark::Open),
        "\u{2019}" | "'" if single => match (space_before, space_after) {
            (true, false) => Some(Mark::Open),
            (false, true) => Some(Mark::Close),
            _ => None,
        },
        "\"" | "''" => Some(match (space_before, space_after) {
            (true, false) => Mark::Open,
            (false, true) => Mark::Close,
            _ => Mark::Either,
        }),
        _ => None,
    }
}

fn is_double(s: &str) -> bool {
    matches!(
        s,
        "\"" | "\u{201c}" | "\u{201d}" | "\u{201e}" | "\u{ab}" | "\u{bb}" | "''" | "``"
    )
}

/// Finds the quotations of `doc`, in text order. Also returns, for each
/// token, the index of the quotation whose inside (marks included) holds
/// it.
pub(crate) fn find(doc: &Doc<'_>) -> (Vec<Quote>, Vec<Option<u32>>) {
    let mut quotes = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        // One paragraph at a time.
        let para = doc.tokens[i].para;
        let mut end = i;
        while end < n && doc.tokens[end].para == para {
            end += 1;
        }
        pair_double(doc, i, end, &mut quotes);
        i = end;
    }
    // Single quotes, outside double quotes, within one sentence.
    let mut inside = vec![None; n];
    mark(&quotes, &mut inside);
    let mut singles = Vec::new();
    for range in &doc.sentences {
        let mut open: Option<usize> = None;
        for k in range.clone() {
            if doc.tokens[k].kind != TokKind::Quote || inside[k].is_some() || is_double(doc.tok(k))
            {
                continue;
            }
            match (classify(doc, k, true), open) {
                (Some(Mark::Open), _) => open = Some(k),
                (Some(Mark::Close), Some(o)) if k > o + 1 => {
                    singles.push(Quote {
                        open: o,
                        close: k,
                        closed: true,
                        inner: Span::ordered(
                            doc.tokens[o].end as usize,
                            doc.tokens[k].start as usize,
                        ),
                    });
                    open = None;
                }
                _ => {}
            }
        }
    }
    if !singles.is_empty() {
        quotes.extend(singles);
        quotes.sort_by_key(|q| q.open);
        inside = vec![None; n];
        mark(&quotes, &mut inside);
    }
    (quotes, inside)
}

fn mark(quotes: &[Quote], inside: &mut [Option<u32>]) {
    for (qi, q) in quotes.iter().enumerate() {
        let last = q.close.min(inside.len().saturating_sub(1));
        for slot in inside.iter_mut().take(last + 1).skip(q.open) {
            slot.get_or_insert(qi as u32);
        }
    }
}

/// The span `a..b` of the text without the white space at its ends (a
/// mark set apart from its words: "” … he delivered").
fn trimmed(doc: &Doc<'_>, a: usize, b: usize) -> Span {
    let Some(t) = doc.text.get(a..b) else {
        return Span::ordered(a, b);
    };
    let start = a + (t.len() - t.trim_start().len());
    let end = (b - (t.len() - t.trim_end().len())).max(start);
    Span::ordered(start, end)
}

fn pair_double(doc: &Doc<'_>, start: usize, end: usize, out: &mut Vec<Quote>) {
    let mut open: Option<usize> = None;
    let close_at = |o: usize, c: usize, closed: bool, out: &mut Vec<Quote>| {
        let inner_end = if closed {
            doc.tokens[c].start as usize
        } else {
            doc.tokens[c].end as usize
        };
        out.push(Quote {
            open: o,
            close: c,
            closed,
            inner: trimmed(
                doc,
                doc.tokens[o].end as usize,
                inner_end.max(doc.tokens[o].end as usize),
            ),
        });
    };
    for k in start..end {
        if doc.tokens[k].kind != TokKind::Quote || !is_double(doc.tok(k)) {
            continue;
        }
        let Some(m) = classify(doc, k, false) else {
            continue;
        };
        match (open, m) {
            (None, Mark::Open | Mark::Either) => open = Some(k),
            (None, Mark::Close) => {}
            (Some(o), Mark::Close | Mark::Either) => {
                close_at(o, k, true, out);
                open = None;
            }
            (Some(o), Mark::Open) => {
                // A new quotation opens before the last one closed: end the
                // last one just before it.
                if k > o + 1 {
                    close_at(o, k - 1, false, out);
                }
                open = Some(k);
            }
        }
    }
    if let Some(o) = open
        && end > o + 1
    {
        close_at(o, end - 1, false, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn quotes(text: &str) -> Vec<String> {
        let a = Article::parse(text).unwrap();
        let doc = Doc::new(&a);
        find(&doc)
            .0
            .iter()
            .map(|q| a.slice(q.inner).to_string())
            .collect()
    }

    #[test]
    fn pairs() {
        assert_eq!(
            quotes("He said \"we will win,\" and left."),
            ["we will win,"]
        );
        assert_eq!(
            quotes("described talks as\u{201c}constructive,\u{201d} though."),
            ["constructive,"]
        );
        assert_eq!(
            quotes("\u{201c}We will win. Russia will lose,\u{201d} he said. \u{201c}Yes.\u{201d}"),
            ["We will win. Russia will lose,", "Yes."]
        );
        assert_eq!(
            quotes("Flynn says Trump 'absolutely right' on it."),
            ["absolutely right"]
        );
        assert_eq!(quotes("It isn't Trump's 'plan', he said."), ["plan"]);
        // Unbalanced: the quotation runs to the end of the paragraph.
        assert_eq!(
            quotes("He said \u{201c}never again.\n\nNext."),
            ["never again."]
        );
    }
}
