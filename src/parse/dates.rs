//! Dates as news text writes them: ISO, month names (with or without a
//! year), day-first and dotted or slashed numbers; year-less dates resolved
//! against a reference date.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::Date;

/// A date as read from the text, before it is checked or given a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub(crate) year: Option<u32>,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// Why a [`RawDate`] gave no [`Date`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateIssue {
    /// No year, and no reference date to give it one.
    Yearless,
    /// No such day (month 13, February 30...).
    Impossible(String),
}

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|\
                      november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";

static DATE: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        r"(?xi)^
        (?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?
        (?:
            (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})
          | (?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}})
          | (?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})/(?P<sy>\d{{4}})
          | (?P<mm>{MONTHS})\.?[\ \t\u{{a0}}]+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?
                (?:,?[\ \t\u{{a0}}]+(?P<my>\d{{4}}))?
          | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[\ \t\u{{a0}}]+(?:of[\ \t\u{{a0}}]+)?(?P<m2>{MONTHS})\.?
                (?:,?[\ \t\u{{a0}}]+(?P<y2>\d{{4}}))?
        )"
    );
    Regex::new(&pattern).expect("date pattern is valid")
});

fn month_number(name: &str) -> u32 {
    let lower = name.to_ascii_lowercase();
    let key = lower.get(..3).unwrap_or("");
    match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    }
}

fn num(s: &str) -> u32 {
    // At most four ASCII digits: cannot overflow.
    s.bytes().fold(0, |n, c| n * 10 + u32::from(c - b'0'))
}

/// Reads a date at the start of `s`. Returns the date and the number of
/// bytes it covers; `None` when `s` does not start with a date.
///
/// Forms: `2024-12-09`; `09.12.2024` (day.month.year); `12/09/2024`
/// (month/day/year); `December 9, 2024`, `Dec. 9 2024`, `Dec 9`;
/// `9 December 2024`, `9th of Dec`; each optionally after a weekday.
pub(crate) fn parse_date(s: &str) -> Option<(RawDate, usize)> {
    let caps = DATE.captures(s)?;
    let whole = caps.get(0)?;
    // A date is never followed by another digit or letter ("Dec 9th2",
    // "2024-12-091", "May 12am" are not dates).
    let g = |name: &str| caps.name(name).map(|m| m.as_str());
    let after = &s[whole.end()..];
    // ...except an ISO date's time ("2024-12-09T14:30").
    let iso_time = g("iy").is_some()
        && after.starts_with('T')
        && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if !iso_time && after.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let raw = if let (Some(y), Some(m), Some(d)) = (g("iy"), g("im"), g("id")) {
        RawDate {
            year: Some(num(y)),
            month: num(m),
            day: num(d),
        }
    } else if let (Some(d), Some(m), Some(y)) = (g("dd"), g("dm"), g("dy")) {
        RawDate {
            year: Some(num(y)),
            month: num(m),
            day: num(d),
        }
    } else if let (Some(m), Some(d), Some(y)) = (g("sm"), g("sd"), g("sy")) {
        RawDate {
            year: Some(num(y)),
            month: num(m),
            day: num(d),
        }
    } else if let (Some(m), Some(d)) = (g("mm"), g("md")) {
        RawDate {
            year: g("my").map(num),
            month: month_number(m),
            day: num(d),
        }
    } else if let (Some(d), Some(m)) = (g("d2"), g("m2")) {
        RawDate {
            year: g("y2").map(num),
            month: month_number(m),
            day: num(d),
        }
    } else {
        return None;
    };
    Some((raw, whole.end()))
}

fn checked(year: u32, month: u32, day: u32) -> Result<Date, DateIssue> {
    let year = u16::try_from(year).unwrap_or(0);
    let month = u8::try_from(month).unwrap_or(0);
    let day = u8::try_from(day).unwrap_or(0);
    Date::new(year, month, day).map_err(|e| DateIssue::Impossible(e.reason().to_string()))
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days(date: Date) -> i64 {
    let (y, m, d) = (
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// How far after the reference date a year-less date may fall: a month.
const MAX_DAYS_AHEAD: i64 = 31;

/// Turns a raw date into a [`Date`]: a year-less date takes the year that
/// puts it nearest to `reference`, never more than 31 days after it.
pub(crate) fn resolve(raw: RawDate, reference: Option<Date>) -> Result<Date, DateIssue> {
    if let Some(year) = raw.year {
        return checked(year, raw.month, raw.day);
    }
    if !(1..=12).contains(&raw.month) || !(1..=31).contains(&raw.day) {
        // Say what is wrong even without a reference date.
        return checked(2000, raw.month, raw.day);
    }
    let Some(reference) = reference else {
        return Err(DateIssue::Yearless);
    };
    let r = days(reference);
    let year = u32::from(reference.year());
    let mut best: Option<(i64, Date)> = None;
    let mut last_error = None;
    for y in [year.saturating_sub(1), year, year + 1] {
        match checked(y, raw.month, raw.day) {
            Ok(d) => {
                let diff = days(d) - r;
                if diff > MAX_DAYS_AHEAD {
                    continue;
                }
                if best.is_none_or(|(b, _)| diff.abs() < b) {
                    best = Some((diff.abs(), d));
                }
            }
            Err(e) => last_error = Some(e),
        }
    }
    match (best, last_error) {
        (Some((_, d)), _) => Ok(d),
        (None, Some(e)) => Err(e),
        (None, None) => Err(DateIssue::Impossible(
            "no year puts it within a month of the reference date".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn read(s: &str, reference: Option<&str>) -> Result<Date, DateIssue> {
        let (raw, _) = parse_date(s).expect("a date");
        resolve(raw, reference.map(d))
    }

    #[test]
    fn forms() {
        for s in [
            "2024-12-09",
            "December 9, 2024",
            "Dec. 9, 2024",
            "Dec 9 2024",
            "9 December 2024",
            "9th of December, 2024",
            "09.12.2024",
            "12/09/2024",
            "Monday, December 9, 2024",
            "Mon 9 Dec 2024",
        ] {
            assert_eq!(read(s, None), Ok(d("2024-12-09")), "{s}");
        }
    }

    #[test]
    fn not_dates() {
        for s in [
            "Mayor 9",
            "2024-12-091",
            "Dec 9th2",
            "December",
            "9 Decembers",
        ] {
            assert!(parse_date(s).is_none(), "{s}");
        }
    }

    #[test]
    fn yearless() {
        assert_eq!(read("Dec 9", None), Err(DateIssue::Yearless));
        assert_eq!(read("Dec 9", Some("2024-12-10")), Ok(d("2024-12-09")));
        assert_eq!(read("Dec 30", Some("2025-01-05")), Ok(d("2024-12-30")));
        assert_eq!(read("Jan 3", Some("2024-12-10")), Ok(d("2025-01-03")));
        assert_eq!(read("Jan 20", Some("2024-12-10")), Ok(d("2024-01-20")));
        assert_eq!(read("Feb 29", Some("2024-03-01")), Ok(d("2024-02-29")));
        assert!(matches!(
            read("Feb 30", Some("2024-03-01")),
            Err(DateIssue::Impossible(_))
        ));
        assert!(matches!(
            read("Dec 45", None),
            Err(DateIssue::Impossible(_))
        ));
    }

    #[test]
    fn impossible() {
        assert_eq!(
            read("2024-13-45", None),
            Err(DateIssue::Impossible("month 13 is not in 1..=12".into()))
        );
    }

    #[test]
    fn day_numbers() {
        assert_eq!(days(d("1970-01-01")), 0);
        assert_eq!(days(d("2024-12-09")) - days(d("2023-12-09")), 366);
    }
}
