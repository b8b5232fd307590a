//! Wire datelines at the start of the body:
//!
//! * `PLACE[, REGION][, DATE] (OUTLET) SEP`: `KYIV, Ukraine (AP) —`,
//!   `WASHINGTON, Dec 9 (Reuters) -`, `BEIJING (AFP) –`, `KABUL (Khaama
//!   Press):`, `Berlin (dpa) -`, `Madrid, Dec 9 (EFE).-`,
//!   `MOSCOW. Dec 9 (Interfax) -`;
//! * `PLACE, DATE /OUTLET/ SEP`: `MOSCOW, Dec. 9, 2024 /Xinhua/ --`,
//!   `MOSCOW, December 9. /TASS/.`;
//! * `(OUTLET) SEP`: `(CNN) —`, `(Bloomberg) --`;
//! * `PLACE[, REGION][, DATE] SEP` with the place in capitals and a dash:
//!   `WASHINGTON —`, `HEMPSTEAD, N.Y. -`.
//!
//! `SEP` is a dash (`—`, `–`, `―`, `-`, `--`), a colon or `.-`, followed by
//! a space or the end of the line; after `/OUTLET/` a period also serves.

use super::dates::{RawDate, parse_date};
use super::text::{is_space, skip_inline_space};

/// A date in a dateline, with its start and end (byte offsets in the text).
pub(crate) type DatePart = (RawDate, usize, usize);

/// A dateline found at the start of a line, before dates are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawDateline {
    /// End of the dateline, separator included (byte offset in the text).
    pub(crate) end: usize,
    /// The place as written.
    pub(crate) place: Option<String>,
    /// The outlet as written.
    pub(crate) outlet: Option<String>,
    /// The date, its start and end (byte offsets in the text).
    pub(crate) date: Option<DatePart>,
}

/// Words in capitals that start a line with a dash but are not places.
const NOT_PLACES: &[&str] = &[
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "LIVE",
    "OPINION",
    "ANALYSIS",
    "EDITORIAL",
    "CORRECTION",
    "NOTE",
    "PHOTOS",
    "VIDEO",
    "REVIEW",
    "FACT CHECK",
    "EDITOR'S NOTE",
    "ADVISORY",
    "URGENT",
    "FLASH",
    "ALERT",
    "COMMENTARY",
    "INTERVIEW",
    "PODCAST",
    "SPONSORED",
];

/// Longest place we accept, in bytes.
const MAX_PLACE: usize = 60;
/// How far into the line a dateline may reach, in bytes.
const MAX_PREFIX: usize = 120;

/// Is `s` shaped like a place: capitalised words ("KYIV", "Kyiv",
/// "N.Y.", "NEWPORT NEWS"), no digits, at most six words?
fn place_shaped(s: &str) -> bool {
    if s.is_empty() || s.len() > MAX_PLACE {
        return false;
    }
    let mut words = 0;
    for part in s.split(',') {
        let part = part.trim_matches(is_space);
        if part.is_empty() {
            return false;
        }
        for word in part.split(is_space).filter(|w| !w.is_empty()) {
            words += 1;
            let first = word.chars().next();
            let ok_first = first.is_some_and(char::is_uppercase);
            let ok_rest = word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
            if !ok_first || !ok_rest {
                return false;
            }
        }
    }
    (1..=6).contains(&words)
}

/// The first comma part in capitals ("WASHINGTON", "NEWPORT NEWS").
fn caps_place(s: &str) -> bool {
    let head = s.split(',').next().unwrap_or("").trim_matches(is_space);
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && head.chars().all(|c| !c.is_lowercase()) && !NOT_PLACES.contains(&head)
}

/// Splits `PLACE[, DATE]` (the text before the outlet or separator, at
/// byte `base` of the text) into place and date.
fn place_and_date(prefix: &str, base: usize) -> Option<(Option<String>, Option<DatePart>)> {
    let prefix = prefix.trim_end_matches(is_space);
    if prefix.is_empty() {
        return Some((None, None));
    }
    // Try each ", " or ". " as the start of a date that runs to the end.
    let mut cut_points = vec![0];
    for (i, c) in prefix.char_indices() {
        if (c == ',' || c == '.') && prefix[i + 1..].starts_with(is_space) {
            cut_points.push(i + 1);
        }
    }
    for cut in cut_points {
        let lead = prefix[cut..].len() - prefix[cut..].trim_start_matches(is_space).len();
        let at = cut + lead;
        let Some((raw, len)) = parse_date(&prefix[at..]) else {
            continue;
        };
        let rest = &prefix[at + len..];
        if !rest.chars().all(|c| is_space(c) || c == '.' || c == ',') {
            continue;
        }
        let place = prefix[..cut].trim_end_matches(|c: char| is_space(c) || c == ',');
        // A final period separates the place from the date ("MOSCOW. Dec
        // 9") unless it ends an abbreviation ("N.Y.", "Mich.").
        let place = match place.strip_suffix('.') {
            Some(stripped) => {
                let last = stripped.rsplit([' ', ',']).next().unwrap_or("");
                if last.contains('.') || last.chars().any(char::is_lowercase) {
                    place
                } else {
                    stripped
                }
            }
            None => place,
        };
        let date = Some((raw, base + at, base + at + len));
        if place.is_empty() {
            return Some((None, date));
        }
        return place_shaped(place).then(|| (Some(place.to_string()), date));
    }
    place_shaped(prefix).then(|| (Some(prefix.to_string()), None))
}

/// Length of a separator at the start of `s` (dash, colon or `.-`),
/// followed by a space or the end of the line.
fn separator(s: &str, after_slash: bool) -> Option<usize> {
    let len = [".-", "--", "—", "–", "―", "-", ":"]
        .iter()
        .find(|sep| s.starts_with(*sep))
        .map(|sep| sep.len())
        .or_else(|| (after_slash && s.starts_with('.')).then_some(1))?;
    let next = s[len..].chars().next();
    next.is_none_or(is_space).then_some(len)
}

/// The outlet in `(OUTLET)` or `/OUTLET/` at the start of `s`: its text
/// and the length of the whole mark.
fn outlet_mark(s: &str) -> Option<(&str, usize, bool)> {
    let (open, close) = match s.chars().next()? {
        '(' => ('(', ')'),
        '/' => ('/', '/'),
        _ => return None,
    };
    let inner_start = open.len_utf8();
    let inner_len = s[inner_start..].find(close)?;
    let inner = &s[inner_start..inner_start + inner_len];
    let ok = inner.len() >= 2
        && inner.len() <= 40
        && inner.chars().next().is_some_and(char::is_alphabetic)
        // An outlet is a name: some capital letter (Deutsche Presse-Agentur
        // writes itself "dpa").
        && (inner.chars().any(char::is_uppercase) || inner == "dpa")
        && inner
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '\'' | '’' | '/'))
        && inner.split(' ').filter(|w| !w.is_empty()).count() <= 5;
    ok.then_some((
        inner,
        inner_start + inner_len + close.len_utf8(),
        open == '/',
    ))
}

/// Finds a dateline at the start of the line `text[start..line_end]`.
pub(crate) fn find(text: &str, start: usize, line_end: usize) -> Option<RawDateline> {
    let line = text.get(start..line_end)?;
    let mut limit = line.len().min(MAX_PREFIX);
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let head = &line[..limit];
    // The marks looked for are ASCII or start with their own lead byte:
    // the line is read by bytes, and decoded only there.
    let hb = head.as_bytes();
    // Outlet form: the first "(" or "/" that opens a valid mark followed by
    // a separator, with a place and date (or nothing) before it.
    for i in 0..hb.len() {
        if hb[i] != b'(' && hb[i] != b'/' {
            continue;
        }
        let Some((outlet, mark_len, slash)) = outlet_mark(&line[i..]) else {
            continue;
        };
        let after = i + mark_len;
        let sep_at = skip_inline_space(line, after);
        let Some(sep_len) = separator(&line[sep_at..], slash) else {
            continue;
        };
        let (place, date) = place_and_date(&line[..i], start)?;
        return Some(RawDateline {
            end: start + sep_at + sep_len,
            place,
            outlet: Some(outlet.trim().to_string()),
            date,
        });
    }
    // Place-only form: capitals, then a spaced dash.
    for i in 0..hb.len() {
        let c = match hb[i] {
            b'-' => '-',
            0xE2 => match head[i..].chars().next() {
                Some(c @ ('—' | '–' | '―')) => c,
                _ => continue,
            },
            _ => continue,
        };
        if i == 0 || !line[..i].ends_with(is_space) && c == '-' {
            continue;
        }
        let sep_len = if line[i..].starts_with("--") {
            2
        } else {
            c.len_utf8()
        };
        let next = line[i + sep_len..].chars().next();
        if !next.is_none_or(is_space) {
            continue;
        }
        let prefix = &line[..i];
        if !caps_place(prefix) {
            return None;
        }
        let (place, date) = place_and_date(prefix, start)?;
        place.as_ref()?;
        return Some(RawDateline {
            end: start + i + sep_len,
            place,
            outlet: None,
            date,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Place, outlet, date text and what follows the dateline.
    type Parts<'a> = (Option<String>, Option<String>, Option<String>, &'a str);

    fn parts(line: &str) -> Option<Parts<'_>> {
        find(line, 0, line.len()).map(|d| {
            (
                d.place,
                d.outlet,
                d.date.map(|(_, a, b)| line[a..b].to_string()),
                &line[d.end..],
            )
        })
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn forms() {
        assert_eq!(
            parts("KYIV, Ukraine (AP) — Text"),
            Some((s("KYIV, Ukraine"), s("AP"), None, " Text"))
        );
        assert_eq!(
            parts("WASHINGTON, Dec 9 (Reuters) - Text"),
            Some((s("WASHINGTON"), s("Reuters"), s("Dec 9"), " Text"))
        );
        assert_eq!(
            parts("MOSCOW, Dec. 9, 2024 /Xinhua/ -- Text"),
            Some((s("MOSCOW"), s("Xinhua"), s("Dec. 9, 2024"), " Text"))
        );
        assert_eq!(
            parts("MOSCOW, December 9. /TASS/. Text"),
            Some((s("MOSCOW"), s("TASS"), s("December 9"), " Text"))
        );
        assert_eq!(parts("(CNN) — Text"), Some((None, s("CNN"), None, " Text")));
        assert_eq!(
            parts("KABUL (Khaama Press): Text"),
            Some((s("KABUL"), s("Khaama Press"), None, " Text"))
        );
        assert_eq!(
            parts("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Text"),
            Some((s("HEMPSTEAD, N.Y."), s("UPI"), s("Sept. 26"), " Text"))
        );
        assert_eq!(
            parts("NEWPORT NEWS, Va. - Text"),
            Some((s("NEWPORT NEWS, Va."), None, None, " Text"))
        );
        assert_eq!(
            parts("WASHINGTON -- Text"),
            Some((s("WASHINGTON"), None, None, " Text"))
        );
    }

    #[test]
    fn not_datelines() {
        for line in [
            "The newly elected U.S. President (AP) said",
            "BREAKING - something",
            "Trump (R) - text",
            "Peace (at last) - text",
            "It was a well-known fact - text",
            "NATO's chief (Jens) said - text",
            "U.S.-led talks - text",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }
}
