//! Monitoring inputs kept in a [`Scenario`](crate::scenario::Scenario):
//! reported actuals and the planner's own yearly milestones, with the one
//! validation rule every entry path (typing, links, files, storage) uses.
//!
//! An actual is a figure the province reported for a year 2026–2030: its
//! value in percent, the date it was reported and a source text. The
//! projection restarts from the last actual; the plan it deviates from is
//! the same scenario without actuals.

use serde::{Deserialize, Serialize};

use crate::model::{BASE_YEAR, TARGET_YEAR};

/// Most characters in an actual's source text.
pub const SOURCE_CAP: usize = 200;

/// A reported figure for one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actual {
    /// The reported value, % (0–100).
    pub value: f64,
    /// When it was reported, `YYYY-MM-DD`.
    pub date: String,
    /// Where it was reported (free text, at most [`SOURCE_CAP`] characters).
    #[serde(default)]
    pub source: String,
}

/// Why an actual or a milestone was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryFault {
    /// The year is outside 2026–2030 (2026–2029 for a milestone).
    YearOutside,
    /// The value is not a number.
    NotANumber,
    /// The value is below 0 % or above 100 %.
    OutOfRange,
    /// The date is not a `YYYY-MM-DD` date.
    BadDate,
    /// The date is after today.
    FutureDate,
    /// The date is before the year it reports on began.
    DateBeforeYear,
}

/// The years an actual may be entered for: 2026–2030.
pub fn actual_years() -> std::ops::RangeInclusive<u16> {
    BASE_YEAR + 1..=TARGET_YEAR
}

/// The years a planner's milestone may be set for: 2026–2029 (2030 is the target).
pub fn milestone_years() -> std::ops::RangeInclusive<u16> {
    BASE_YEAR + 1..=TARGET_YEAR - 1
}

/// Whether `text` is a `YYYY-MM-DD` date (month 01–12, day 01–31).
pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month = (bytes[5] - b'0') * 10 + (bytes[6] - b'0');
    let day = (bytes[8] - b'0') * 10 + (bytes[9] - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Checks a percentage value.
pub fn check_value(value: f64) -> Result<f64, EntryFault> {
    if !value.is_finite() {
        Err(EntryFault::NotANumber)
    } else if !(0.0..=100.0).contains(&value) {
        Err(EntryFault::OutOfRange)
    } else {
        Ok(value)
    }
}

/// Checks an actual for `year`. `today` (`YYYY-MM-DD`), when known, refuses
/// dates in the future; loaders that cannot know the date pass `None`.
pub fn check_actual(year: u16, actual: &Actual, today: Option<&str>) -> Result<(), EntryFault> {
    if !actual_years().contains(&year) {
        return Err(EntryFault::YearOutside);
    }
    check_value(actual.value)?;
    if !is_date(&actual.date) {
        return Err(EntryFault::BadDate);
    }
    // ISO dates compare as text.
    if today.is_some_and(|today| actual.date.as_str() > today) {
        return Err(EntryFault::FutureDate);
    }
    if actual.date.as_str() < format!("{year}-01-01").as_str() {
        return Err(EntryFault::DateBeforeYear);
    }
    Ok(())
}

/// Checks a milestone for `year`.
pub fn check_milestone(year: u16, value: f64) -> Result<f64, EntryFault> {
    if !milestone_years().contains(&year) {
        return Err(EntryFault::YearOutside);
    }
    check_value(value)
}

/// Parses a year typed or read as text ("2027").
pub fn parse_year(text: &str) -> Result<u16, EntryFault> {
    text.trim().parse::<u16>().map_err(|_| EntryFault::YearOutside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actual(value: f64, date: &str) -> Actual {
        Actual { value, date: date.to_owned(), source: String::new() }
    }

    #[test]
    fn actuals_are_checked_at_their_boundaries() {
        let today = Some("2027-03-01");
        assert_eq!(check_actual(2026, &actual(2.3, "2027-01-15"), today), Ok(()));
        assert_eq!(check_actual(2025, &actual(2.3, "2026-01-15"), today), Err(EntryFault::YearOutside));
        assert_eq!(check_actual(2031, &actual(2.3, "2026-01-15"), today), Err(EntryFault::YearOutside));
        assert_eq!(check_actual(2030, &actual(2.3, "2030-12-31"), None), Ok(()));
        assert_eq!(check_actual(2026, &actual(100.0, "2027-03-01"), today), Ok(()));
        assert_eq!(check_actual(2026, &actual(100.01, "2027-01-15"), today), Err(EntryFault::OutOfRange));
        assert_eq!(check_actual(2026, &actual(-0.1, "2027-01-15"), today), Err(EntryFault::OutOfRange));
        assert_eq!(check_actual(2026, &actual(f64::NAN, "2027-01-15"), today), Err(EntryFault::NotANumber));
        assert_eq!(check_actual(2026, &actual(2.0, "2027-03-02"), today), Err(EntryFault::FutureDate));
        assert_eq!(check_actual(2026, &actual(2.0, "soon"), today), Err(EntryFault::BadDate));
        assert_eq!(check_actual(2027, &actual(2.0, "2026-12-31"), today), Err(EntryFault::DateBeforeYear));
    }

    #[test]
    fn milestones_are_for_2026_to_2029() {
        assert_eq!(check_milestone(2026, 2.2), Ok(2.2));
        assert_eq!(check_milestone(2029, 2.8), Ok(2.8));
        assert_eq!(check_milestone(2030, 3.0), Err(EntryFault::YearOutside));
        assert_eq!(check_milestone(2027, 101.0), Err(EntryFault::OutOfRange));
        assert_eq!(parse_year("20x6"), Err(EntryFault::YearOutside));
    }
}
