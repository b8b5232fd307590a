//! The lines before the body: syndication header, headline, bylines,
//! `Published:` / `Updated:` lines and lone date lines.

use once_cell::sync::Lazy;
use regex::Regex;

use super::dates::{RawDate, parse_date};
use super::text::{at_most_words, ends_with_terminal, is_space, word_count};

/// Outlets whose name alone after a byline ("Jane Doe, Reuters") or on a
/// line of its own marks the writer's affiliation.
const OUTLETS: &[&str] = &[
    "AP",
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Agence France Presse",
    "Bloomberg",
    "Bloomberg News",
    "Xinhua",
    "TASS",
    "Anadolu",
    "Anadolu Agency",
    "AA",
    "Interfax",
    "UPI",
    "United Press International",
    "Yonhap",
    "DPA",
    "dpa",
    "EFE",
    "Kyodo",
    "Kyodo News",
    "ANSA",
    "PTI",
    "IANS",
    "Al Jazeera",
    "BBC",
    "BBC News",
    "CNN",
    "VOA",
    "Voice of America",
    "VOA News",
    "RFE/RL",
    "Radio Free Europe/Radio Liberty",
    "Kyiv Independent",
    "The Kyiv Independent",
    "Ukrinform",
    "Khaama Press",
    "MENAFN",
    "RIA Novosti",
    "Sputnik",
    "NHK",
    "Kyodo",
    "The Guardian",
    "The New York Times",
    "The Washington Post",
    "Politico",
    "Axios",
];

/// True when `s` names a known outlet.
pub(crate) fn known_outlet(s: &str) -> bool {
    OUTLETS.contains(&s)
}

/// `date 2024-12-09 (MENAFN- Khaama Press)`: an optional `date` word, an
/// optional date, then `(SYNDICATOR- OUTLET)`.
static SYNDICATION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?i:date:?[ \t]+)?(?P<date>[^()\n]{0,40}?)[ \t]*\((?P<synd>[A-Z][A-Za-z0-9.&]{1,20})[ \t]*[-–—][ \t]*(?P<outlet>[^()\n]{1,80}?)[ \t]*\)",
    )
    .expect("syndication pattern is valid")
});

/// `Published:`, `Updated on`, `Posted`, `Date:` and the like.
static STAMP: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:(?P<upd>(?:last[ \t]+)?(?:updated|modified))|(?:first[ \t]+|originally[ \t]+)?(?:published|posted)|dated?)(?:[ \t]+on)?[ \t]*[:\-–—]?[ \t]*",
    )
    .expect("stamp pattern is valid")
});

/// What may follow a date on a date line: a time and a zone.
static TIME_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^[\s,|–—-]*(?:at[ \t]+)?(?:T?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:\(?[a-z]{2,5}\)?|z)?(?:[ \t]*[+-]\d{1,2}(?::?\d{2})?)?)?[\s.]*$",
    )
    .expect("time pattern is valid")
});

/// A date found in a header, with its byte range in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FoundDate {
    pub(crate) raw: RawDate,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The syndication header at `pos`.
pub(crate) struct Syndication {
    pub(crate) date: Option<FoundDate>,
    pub(crate) syndicator: String,
    pub(crate) outlet: String,
    /// End of the header (after the closing bracket).
    pub(crate) end: usize,
}

/// Reads a syndication header at `pos`.
pub(crate) fn syndication(text: &str, pos: usize) -> Option<Syndication> {
    let rest = text.get(pos..)?;
    // The pattern needs a parenthesis on the first line: most stories
    // have none there, and skip the search for captures.
    let paren = rest.bytes().take_while(|&b| b != b'\n').any(|b| b == b'(');
    if !paren {
        return None;
    }
    let caps = SYNDICATION.captures(rest)?;
    let date_m = caps.name("date")?;
    let date_text = date_m.as_str().trim_matches(is_space);
    let date = if date_text.is_empty() {
        None
    } else {
        let lead = date_m.as_str().len() - date_m.as_str().trim_start_matches(is_space).len();
        let (raw, len) = parse_date(date_text)?;
        if !date_text[len..]
            .trim_matches(|c: char| is_space(c) || c == ',')
            .is_empty()
        {
            return None;
        }
        let start = pos + date_m.start() + lead;
        Some(FoundDate {
            raw,
            start,
            end: start + len,
        })
    };
    let outlet = caps.name("outlet")?.as_str().trim();
    if outlet.is_empty() {
        return None;
    }
    Some(Syndication {
        date,
        syndicator: caps.name("synd")?.as_str().to_string(),
        outlet: outlet.to_string(),
        end: pos + caps.get(0)?.end(),
    })
}

/// One part of a header line.
#[derive(Debug, Clone)]
pub(crate) enum Meta {
    /// `Published: DATE`, `Posted on DATE`, or a date alone.
    Published(FoundDate),
    /// `Updated: DATE`.
    Updated(FoundDate),
    /// `By NAME and NAME`, `NAME, Reuters`: the names and the outlet.
    Byline(Vec<String>, Option<String>),
    /// A known outlet's name alone ("Associated Press").
    Outlet(String),
}

/// Reads a header line (`text[start..end]`) made only of header parts,
/// separated by `|`, `•` or `·`.
pub(crate) fn meta_line(text: &str, start: usize, end: usize) -> Option<Vec<Meta>> {
    let line = text.get(start..end)?;
    if line.len() > 200 || line.trim_matches(is_space).is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut part_start = 0;
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), '|')))
    {
        if !matches!(c, '|' | '•' | '·') {
            continue;
        }
        let part = &line[part_start..i];
        let lead = part.len() - part.trim_start_matches(is_space).len();
        let trimmed = part.trim_matches(is_space);
        if !trimmed.is_empty() {
            out.push(meta_part(trimmed, start + part_start + lead)?);
        }
        part_start = i + c.len_utf8();
    }
    (!out.is_empty()).then_some(out)
}

fn meta_part(part: &str, at: usize) -> Option<Meta> {
    if let Some(m) = STAMP.find(part).filter(|m| m.end() > 0) {
        let caps = STAMP.captures(part)?;
        let rest = &part[m.end()..];
        if let Some((raw, len)) = parse_date(rest)
            && TIME_TAIL.is_match(&rest[len..])
        {
            let start = at + m.end();
            let found = FoundDate {
                raw,
                start,
                end: start + len,
            };
            return Some(if caps.name("upd").is_some() {
                Meta::Updated(found)
            } else {
                Meta::Published(found)
            });
        }
    }
    if let Some((raw, len)) = parse_date(part)
        && TIME_TAIL.is_match(&part[len..])
    {
        return Some(Meta::Published(FoundDate {
            raw,
            start: at,
            end: at + len,
        }));
    }
    if known_outlet(part) {
        return Some(Meta::Outlet(part.to_string()));
    }
    byline(part).map(|(names, outlet)| Meta::Byline(names, outlet))
}

/// Words that describe a writer's job, not a name.
const ROLE_WORDS: &[&str] = &[
    "Writer",
    "Correspondent",
    "Reporter",
    "Editor",
    "Staff",
    "Bureau",
    "Chief",
    "Contributor",
    "Columnist",
    "Desk",
    "Senior",
    "Special",
    "Foreign",
    "Political",
    "Diplomatic",
    "Defence",
    "Defense",
    "Security",
    "Affairs",
    "Analyst",
    "Producer",
    "Team",
];

/// Lower-case particles allowed inside a name ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos", "das",
    "al", "el", "bin", "ibn", "y", "ter", "ten",
];

/// Is `s` a person's name: two to five words, capitalised or initials,
/// with lower-case particles allowed inside?
fn name_shaped(s: &str) -> bool {
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    if !(2..=5).contains(&words.len()) {
        return false;
    }
    let last = words.len() - 1;
    words.iter().enumerate().all(|(i, w)| {
        if PARTICLES.contains(w) {
            return i != 0 && i != last;
        }
        if ROLE_WORDS.contains(w) {
            return false;
        }
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    })
}

/// Splits a list of names: `A`, `A and B`, `A, B and C`, `A & B`.
fn names(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for piece in s.split([',', ';']) {
        let piece = piece.trim_matches(is_space);
        let piece = piece.strip_prefix("and ").unwrap_or(piece);
        for name in piece.split(" and ").flat_map(|p| p.split(" & ")) {
            let name = name.trim_matches(is_space);
            if !name_shaped(name) {
                return None;
            }
            out.push(name.to_string());
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Reads a byline: `By NAME[, NAME] [and NAME][, OUTLET | in PLACE]`, or
/// `NAME[ and NAME], OUTLET` with a known outlet.
pub(crate) fn byline(part: &str) -> Option<(Vec<String>, Option<String>)> {
    if part.len() > 160 || ends_with_terminal(part) && !part.ends_with(['.']) {
        return None;
    }
    let part = part.trim_end_matches(is_space);
    let by = ["By ", "BY ", "by "]
        .iter()
        .find_map(|p| part.strip_prefix(p))
        .map(|s| s.trim_start_matches(is_space));
    let body = by.unwrap_or(part);
    // An affiliation after the last comma, dash, slash or bar.
    let mut outlet = None;
    let mut names_part = body;
    if let Some(i) = body.rfind([',', '/', '—', '–']) {
        let tail = body[i..]
            .trim_start_matches([',', '/', '—', '–'])
            .trim_matches(is_space);
        let is_affiliation = known_outlet(tail)
            || (by.is_some()
                && (word_count(tail) == 1 && tail.chars().next().is_some_and(char::is_uppercase)
                    || tail.split(is_space).any(|w| ROLE_WORDS.contains(&w))));
        if is_affiliation {
            if known_outlet(tail) || word_count(tail) == 1 {
                outlet = Some(tail.to_string());
            }
            names_part = body[..i].trim_matches(is_space);
        }
    }
    if by.is_none() && outlet.is_none() {
        return None;
    }
    // "By Jane Doe in Kyiv": the place is not part of the name.
    if by.is_some()
        && let Some(i) = names_part.rfind(" in ")
    {
        names_part = &names_part[..i];
    }
    let names_part = names_part.trim_end_matches('.');
    let list = names(names_part)?;
    Some((list, outlet))
}

/// Is `s` written in title case: most words of four letters or more
/// capitalised?
fn title_case(s: &str) -> bool {
    let mut long = 0;
    let mut capital = 0;
    for w in s.split(is_space) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            continue;
        }
        long += 1;
        if w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            capital += 1;
        }
    }
    long >= 2 && capital * 5 >= long * 4
}

/// What comes after a headline candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Follower {
    /// A blank line.
    Blank,
    /// A byline, date line or dateline.
    Header,
    /// A long line of prose (over 100 characters).
    Prose,
    /// Anything else.
    Other,
}

/// Is `line` a headline, given what follows it?
///
/// A headline is at most 200 characters and 30 words, starts with a
/// capital, digit or quotation mark, and either has no final period (`.`,
/// `!`, `?`) and is followed by a blank line, a header line or a long line
/// of prose; or has one and is followed by a header line, or by a blank line
/// when it is written in title case.
pub(crate) fn headline(line: &str, follower: Follower) -> bool {
    let line = line.trim_matches(is_space);
    if line.chars().count() > 200 || !at_most_words(line, 30) {
        return false;
    }
    let first = line.chars().next();
    if !first.is_some_and(|c| c.is_uppercase() || c.is_numeric() || super::text::is_opener(c)) {
        return false;
    }
    if line.ends_with([',', ';', ':']) {
        return false;
    }
    if ends_with_terminal(line) {
        follower == Follower::Header || (follower == Follower::Blank && title_case(line))
    } else {
        follower != Follower::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by(s: &str) -> Option<(Vec<String>, Option<String>)> {
        byline(s)
    }

    fn v(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn bylines() {
        assert_eq!(by("By Jane Doe"), Some((v(&["Jane Doe"]), None)));
        assert_eq!(
            by("By Jane Doe and John Q. Public"),
            Some((v(&["Jane Doe", "John Q. Public"]), None))
        );
        assert_eq!(
            by("By Jane Doe, John Roe and Max Moe"),
            Some((v(&["Jane Doe", "John Roe", "Max Moe"]), None))
        );
        assert_eq!(
            by("Jane Doe, Reuters"),
            Some((v(&["Jane Doe"]), Some("Reuters".into())))
        );
        assert_eq!(
            by("By JIM HEINTZ, Associated Press"),
            Some((v(&["JIM HEINTZ"]), Some("Associated Press".into())))
        );
        assert_eq!(by("By Jane Doe in Kyiv"), Some((v(&["Jane Doe"]), None)));
        assert_eq!(
            by("By Jane Doe, Staff Writer"),
            Some((v(&["Jane Doe"]), None))
        );
        assert_eq!(by("By the end of the year, Russia had won."), None);
        assert_eq!(by("By Monday, talks had stalled"), None);
        assert_eq!(by("Trump, Putin"), None);
    }

    #[test]
    fn headlines() {
        assert!(headline("Trump warns NATO allies", Follower::Blank));
        assert!(headline("Trump warns NATO allies", Follower::Prose));
        assert!(!headline("Trump warns NATO allies", Follower::Other));
        assert!(headline(
            "Visa Program Up for Renewal Amid Allegations of Fraud.",
            Follower::Blank
        ));
        assert!(!headline(
            "Trump spoke with Putin on Monday.",
            Follower::Blank
        ));
        assert!(headline(
            "Trump spoke with Putin on Monday.",
            Follower::Header
        ));
    }

    #[test]
    fn meta() {
        let line = "Published: 9 December 2024 | Updated: Dec. 10, 2024 10:32 a.m. EST";
        let parts = meta_line(line, 0, line.len()).unwrap();
        assert!(matches!(parts[0], Meta::Published(_)));
        assert!(matches!(parts[1], Meta::Updated(_)));
        assert!(meta_line("Published in a hurry", 0, 20).is_none());
    }
}
