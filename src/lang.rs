//! The interface language and its number formats: a leaf module that depends
//! on nothing else in the crate, so the reducer, the presets and the wording
//! can all name a language without importing each other.
//!
//! Formats follow each locale's conventions: `15,0 %` and `2.107` in
//! Vietnamese, `15.0%` and `2,107` in English. Pure functions, tested natively.
//!
//! A number never wraps away from its unit: the space between them (and
//! inside a unit of two words, "điểm %") is a no-break space, [`NBSP`].

use serde::{Deserialize, Serialize};

/// The no-break space (U+00A0) between a number and its unit.
pub const NBSP: char = '\u{A0}';

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Tiếng Việt, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// BCP 47 code, as in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 code; only the primary subtag counts (`en-GB` is English).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.split(['-', '_']).next()?.to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The locale's (thousands, decimal) separators: `('.', ',')` in Vietnamese.
    pub fn separators(self) -> (char, char) {
        // (thousands, decimal)
        match self {
            Lang::Vi => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    /// Formats a number with `decimals` decimals and grouped thousands.
    pub fn number(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "–".to_owned();
        }
        let (group, point) = self.separators();
        let fixed = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let mut out = String::with_capacity(fixed.len() + 4);
        // "-0.0" is not a number anyone wants to read.
        if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(point);
            out.push_str(fraction);
        }
        out
    }

    /// Formats a percentage: `15,0 %` in Vietnamese, `15.0%` in English.
    pub fn percent(self, value: f64, decimals: usize) -> String {
        let number = self.number(value, decimals);
        match self {
            Lang::Vi => format!("{number}{NBSP}%"),
            Lang::En => format!("{number}%"),
        }
    }

    /// Formats a signed difference in percentage points: `+3,2 điểm %`, `+3.2 pp`.
    pub fn points(self, value: f64, decimals: usize) -> String {
        let number = self.number(value, decimals);
        let sign = if number.starts_with('-') || number.chars().all(|c| !c.is_ascii_digit() || c == '0') {
            ""
        } else {
            "+"
        };
        match self {
            Lang::Vi => format!("{sign}{number}{NBSP}điểm{NBSP}%"),
            Lang::En => format!("{sign}{number}{NBSP}pp"),
        }
    }

    /// Formats a whole count: `2.107` / `2,107`.
    pub fn count(self, value: f64) -> String {
        self.number(value.round(), 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_formats() {
        assert_eq!(Lang::Vi.percent(15.0, 1), "15,0\u{a0}%");
        assert_eq!(Lang::Vi.count(2107.0), "2.107");
        assert_eq!(Lang::Vi.number(1234567.891, 2), "1.234.567,89");
        assert_eq!(Lang::Vi.percent(36.84, 2), "36,84\u{a0}%");
        assert_eq!(Lang::Vi.points(-3.26, 1), "-3,3\u{a0}điểm\u{a0}%");
    }

    #[test]
    fn english_formats() {
        assert_eq!(Lang::En.percent(15.0, 1), "15.0%");
        assert_eq!(Lang::En.count(2107.0), "2,107");
        assert_eq!(Lang::En.number(999.5, 0), "1,000");
        assert_eq!(Lang::En.points(3.21, 1), "+3.2\u{a0}pp");
        assert_eq!(Lang::En.points(0.0, 1), "0.0\u{a0}pp");
    }

    #[test]
    fn edge_cases() {
        assert_eq!(Lang::En.number(-0.04, 1), "0.0");
        assert_eq!(Lang::En.number(-1234.5, 1), "-1,234.5");
        assert_eq!(Lang::En.number(f64::NAN, 1), "–");
        assert_eq!(Lang::Vi.number(100.0, 0), "100");
        assert_eq!(Lang::Vi.number(1000.0, 0), "1.000");
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("vi"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::default(), Lang::Vi);
    }
}
