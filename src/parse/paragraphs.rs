//! Paragraphs: blocks of lines separated by blank lines.
//!
//! Inside a block, single line breaks separate paragraphs when the block is
//! written one paragraph a line: when any line but the last is longer than
//! [`LONG_LINE`] characters. A block whose lines are all short is
//! hard-wrapped prose (or a short list) and stays one paragraph.

use super::text::{Line, is_blank, lines, trim_span};
use crate::model::Span;

/// Lines longer than this many characters are prose written one paragraph
/// a line, not hard-wrapped text.
pub(crate) const LONG_LINE: usize = 100;

fn flush(text: &str, block: &[Line], out: &mut Vec<Span>) {
    let (Some(first), Some(last)) = (block.first(), block.last()) else {
        return;
    };
    let one_per_line = block[..block.len() - 1]
        .iter()
        .any(|l| l.text(text).chars().count() > LONG_LINE);
    if one_per_line {
        for l in block {
            let s = trim_span(text, l.start, l.end);
            if !s.is_empty() {
                out.push(s);
            }
        }
    } else {
        let s = trim_span(text, first.start, last.end);
        if !s.is_empty() {
            out.push(s);
        }
    }
}

/// The paragraphs of `text[body]`, trimmed, in order.
pub(crate) fn split(text: &str, body: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    for line in lines(text, body.start(), body.end()) {
        if is_blank(line.text(text)) {
            flush(text, &block, &mut out);
            block.clear();
        } else {
            block.push(line);
        }
    }
    flush(text, &block, &mut out);
    out
}
