use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ValueError;

/// A calendar date (proleptic Gregorian), year 1 to 9999.
///
/// Only real dates can be built: `2024-02-29` is a date, `2023-02-29` and
/// `2024-13-45` are not. Printed, parsed and serialised as ISO 8601
/// `YYYY-MM-DD`.
///
/// ```
/// use news_model::Date;
/// let d: Date = "2024-12-09".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2024, 12, 9));
/// assert_eq!(d.to_string(), "2024-12-09");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Number of days in `month` of `year`, or 0 for a month outside 1..=12.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`.
    ///
    /// # Errors
    ///
    /// When the year is outside 1..=9999, the month outside 1..=12, or the
    /// day is not a day of that month.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, ValueError> {
        let input = || format!("{year:04}-{month:02}-{day:02}");
        if !(1..=9999).contains(&year) {
            return Err(ValueError::new(
                "date",
                input(),
                format!("year {year} is not in 1..=9999"),
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(ValueError::new(
                "date",
                input(),
                format!("month {month} is not in 1..=12"),
            ));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(ValueError::new(
                "date",
                input(),
                format!("day {day} is not in 1..={last} for that month"),
            ));
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub const fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Date, ValueError> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(ValueError::new("date", s, "expected YYYY-MM-DD"));
        }
        let num =
            |r: std::ops::Range<usize>| b[r].iter().fold(0u16, |n, c| n * 10 + u16::from(c - b'0'));
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        // month and day are at most 99, so the casts cannot truncate.
        Date::new(year, month as u8, day as u8)
            .map_err(|e| ValueError::new("date", s, e.reason().to_string()))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
