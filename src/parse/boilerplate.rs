//! Trailing boilerplate: lines at the end of a story that are not part of
//! it (`Read more:`, `Follow us on ...`, `Copyright ...`, `©`, `(Reporting
//! by ...; Editing by ...)`, `Related:`, `Subscribe ...`, `Legal
//! Disclaimer:`, `... contributed to this report.`, `___`).
//!
//! The scan walks up from the last line. A line that starts with one of
//! those markers is boilerplate; short lines without a final period (a
//! list of links under `Related:`) are boilerplate when a marker line
//! stands above them. The first line that is neither ends the scan.

use once_cell::sync::Lazy;
use regex::Regex;

use super::text::{Line, at_most_words, ends_with_terminal, is_blank, is_space, lines, trim_span};
use crate::model::Span;

static MARKER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?xi)^(?:
            read\ (?:more|also|the\ rest|the\ full|next)\b
          | also\ read\b
          | see\ also\b
          | related(?:\ (?:articles?|stories|story|coverage|news|content|reading|links?))?\s*:
          | more\ on\ this\ story\b
          | follow\ us\b
          | follow\ (?:\S+\ ){1,5}?on\ (?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|threads|bluesky|whatsapp|google\ news)\b
          | subscribe\b
          | sign\ up\b
          | click\ here\b
          | copyright\s+(?:©|\(c\)|\d|[a-z])
          | ©
          | \(c\)\s*\d{4}
          | all\ rights\ reserved\b
          | \((?:additional\ )?reporting\ by\b
          | (?:additional\ )?reporting\ by\ [^\n]*(?:;|editing\ by)
          | \((?:writing|editing|compiled|compiling)\ by\b
          | legal\ disclaimer\b
          | disclaimer\s*:
          | (?:this\ (?:article|story)\ (?:was\ )?)?originally\ published\b
          | the\ views\ expressed\b
          | _{3,}\s*$
        )",
    )
    .expect("boilerplate pattern is valid")
});

/// Credits that end a story: "Jane Doe contributed to this report."
static CREDIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?\)?\s*$")
        .expect("credit pattern is valid")
});

/// Is the line a boilerplate marker?
fn is_marker(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| {
        is_space(c) || matches!(c, '-' | '*' | '•' | '►' | '▶' | '»' | '>' | '"' | '“')
    });
    if MARKER.is_match(line) {
        return true;
    }
    at_most_words(line, 25) && CREDIT.is_match(line)
}

/// Could the line be an item of a list of links under a marker?
fn is_list_item(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    line.contains("http://")
        || line.contains("https://")
        || line.contains("www.")
        || (at_most_words(line, 15) && !ends_with_terminal(line))
}

/// The lines of `text[start..end]` from the last to the first, blank ones
/// left out.
fn lines_backwards(text: &str, start: usize, end: usize) -> impl Iterator<Item = Line> + '_ {
    let mut pos = end;
    std::iter::from_fn(move || {
        loop {
            if pos <= start {
                return None;
            }
            let head = &text[start..pos];
            // Skip the line break that ends the previous line.
            let content = head.strip_suffix('\n').unwrap_or(head);
            let content = content.strip_suffix('\r').unwrap_or(content);
            let content_end = start + content.len();
            let line_start = text[start..content_end]
                .rfind('\n')
                .map_or(start, |i| start + i + 1);
            let line = Line {
                start: line_start,
                end: content_end,
                next: pos,
            };
            pos = line_start;
            if !is_blank(line.text(text)) {
                return Some(line);
            }
        }
    })
}

/// Finds the trailing boilerplate of `text[start..end]`: its items (one
/// span per marker line, with the list lines under it) and where the
/// body ends. At least the first non-blank line is always left as body.
pub(crate) fn find(text: &str, start: usize, end: usize) -> (Vec<Span>, usize) {
    let first = lines(text, start, end).find(|l| !is_blank(l.text(text)));
    let Some(first) = first else {
        return (Vec::new(), end);
    };
    // Walk up from the last line; `cut` is the first boilerplate line.
    let mut cut: Option<usize> = None;
    let mut pending = 0;
    for line in lines_backwards(text, first.next, end) {
        let content = line.text(text);
        if is_marker(content) {
            cut = Some(line.start);
            pending = 0;
        } else if pending < 12 && is_list_item(content) {
            pending += 1;
        } else {
            break;
        }
    }
    let Some(cut) = cut else {
        return (Vec::new(), end);
    };
    let mut items = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines(text, cut, end) {
        let content = line.text(text);
        if is_blank(content) {
            continue;
        }
        let span = trim_span(text, line.start, line.end);
        if is_marker(content) {
            items.extend(current.take());
            current = Some(span);
        } else if let Some(c) = current.as_mut() {
            *c = c.cover(span);
        }
    }
    items.extend(current);
    (items, cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<&str>, &str) {
        let (items, end) = find(text, 0, text.len());
        (
            items.iter().map(|s| &text[s.range()]).collect(),
            text[..end].trim_end(),
        )
    }

    #[test]
    fn markers() {
        for line in [
            "Read more: Talks stall",
            "Follow us on Twitter",
            "Follow Jane Doe on X @janedoe.",
            "Copyright 2024 The Associated Press. All rights reserved.",
            "© 2024 Reuters",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Related:",
            "Related Articles:",
            "Subscribe to our newsletter",
            "Legal Disclaimer: the provider...",
            "Jane Doe in Kyiv contributed to this report.",
            "___",
        ] {
            assert!(is_marker(line), "{line}");
        }
        for line in [
            "Following the talks, he left.",
            "Copyrighted material was seized.",
            "Related talks are planned.",
            "Subscribers were told.",
            "He said reporting by the media was unfair.",
        ] {
            assert!(!is_marker(line), "{line}");
        }
    }

    #[test]
    fn trailing() {
        let (items, body) =
            run("Body one.\n\nBody two.\n\nRelated:\nTalks stall\nAid cut\n\n© 2024 X");
        assert_eq!(items, ["Related:\nTalks stall\nAid cut", "© 2024 X"]);
        assert_eq!(body, "Body one.\n\nBody two.");
        let (items, body) = run("Read more: x\n\nOnly he stayed home.");
        assert!(items.is_empty());
        assert_eq!(body, "Read more: x\n\nOnly he stayed home.");
        let (items, _) = run("Read more: x");
        assert!(items.is_empty());
    }
}
