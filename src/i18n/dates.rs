//! Dates as each language writes them: `28/11/2026` in Vietnamese,
//! `28 Nov 2026` in English. Sources and the app keep ISO 8601
//! (`2026-11-28`, or `2026-01` for a month); only what is shown is formatted.

use super::Lang;

const MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Lang {
    /// Formats an ISO date (`YYYY-MM-DD` or `YYYY-MM`). Text that is not one
    /// is returned unchanged, so nothing is lost.
    pub fn date(self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        fn number(text: &str, len: usize) -> Option<&str> {
            (text.len() == len && text.chars().all(|c| c.is_ascii_digit())).then_some(text)
        }
        let (year, month, day) = match parts.as_slice() {
            [y, m, d] => (number(y, 4), number(m, 2), number(d, 2)),
            [y, m] => (number(y, 4), number(m, 2), Some("")),
            _ => (None, None, None),
        };
        let (Some(year), Some(month), Some(day)) = (year, month, day) else { return iso.to_owned() };
        let Some(month_name) = month.parse::<usize>().ok().and_then(|m| MONTHS_EN.get(m.wrapping_sub(1)))
        else {
            return iso.to_owned();
        };
        match (self, day.is_empty()) {
            (Lang::Vi, false) => format!("{day}/{month}/{year}"),
            (Lang::Vi, true) => format!("{month}/{year}"),
            (Lang::En, false) => format!("{} {month_name} {year}", day.trim_start_matches('0')),
            (Lang::En, true) => format!("{month_name} {year}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(Lang::Vi.date("2026-11-28"), "28/11/2026");
        assert_eq!(Lang::En.date("2026-11-28"), "28 Nov 2026");
        assert_eq!(Lang::Vi.date("2025-12-01"), "01/12/2025");
        assert_eq!(Lang::En.date("2025-12-01"), "1 Dec 2025");
        assert_eq!(Lang::Vi.date("2026-01"), "01/2026");
        assert_eq!(Lang::En.date("2026-01"), "Jan 2026");
    }

    #[test]
    fn text_that_is_not_an_iso_date_is_kept() {
        for text in ["", "2026", "2026-13-01", "26-11-28", "28/11/2026", "soon"] {
            assert_eq!(Lang::Vi.date(text), text);
            assert_eq!(Lang::En.date(text), text);
        }
    }
}
