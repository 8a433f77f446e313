//! Languages and number formats. Vietnamese is the first language.
//!
//! Formats follow each locale's conventions: `15,0 %` and `2.107` in
//! Vietnamese, `15.0%` and `2,107` in English. Pure functions, tested natively.

pub mod card_words;
pub mod citation;
pub mod dates;
pub mod field;
pub mod link_messages;
pub mod messages;
pub mod model_text;
pub mod target_words;
pub mod text;
pub mod verdict;

use serde::{Deserialize, Serialize};

use crate::model::levers::LeverSpec;
use crate::model::sources::Bilingual;
use crate::scenario::LeverValue;

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

    /// The text in this language.
    pub fn pick(self, text: Bilingual) -> &'static str {
        match self {
            Lang::Vi => text.vi,
            Lang::En => text.en,
        }
    }

    fn separators(self) -> (char, char) {
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
            Lang::Vi => format!("{number} %"),
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
            Lang::Vi => format!("{sign}{number} điểm %"),
            Lang::En => format!("{sign}{number} pp"),
        }
    }

    /// Formats a lever's value: one number, or the five yearly values as
    /// `12,0 → 14,0 → …`.
    pub fn lever_value(self, value: LeverValue, decimals: usize) -> String {
        match value {
            LeverValue::Whole(v) => self.number(v, decimals),
            LeverValue::PerYear(values) => {
                values.iter().map(|v| self.number(*v, decimals)).collect::<Vec<_>>().join(" → ")
            }
        }
    }

    /// Puts a unit after a formatted number the way [`Lang::percent`] does:
    /// Vietnamese always leaves a space (`28,0 %/năm`); English writes a unit
    /// that starts with `%` against the number (`28.0%/yr`, like `30.3%`)
    /// and leaves a space before words (`2.10 million people`).
    pub fn with_unit(self, number: &str, unit: Bilingual) -> String {
        let unit = self.pick(unit);
        match self {
            Lang::En if unit.starts_with('%') => format!("{number}{unit}"),
            _ => format!("{number} {unit}"),
        }
    }

    /// A lever value with its unit: `28,0 %/năm`, `28.0%/yr`, or the yearly
    /// values `10.0 → 12.5 → …%/yr`.
    pub fn lever_amount(self, value: LeverValue, spec: &LeverSpec) -> String {
        self.with_unit(&self.lever_value(value, spec.decimals()), text::lever_unit(spec.unit))
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
        assert_eq!(Lang::Vi.percent(15.0, 1), "15,0 %");
        assert_eq!(Lang::Vi.count(2107.0), "2.107");
        assert_eq!(Lang::Vi.number(1234567.891, 2), "1.234.567,89");
        assert_eq!(Lang::Vi.percent(36.84, 2), "36,84 %");
        assert_eq!(Lang::Vi.points(-3.26, 1), "-3,3 điểm %");
    }

    #[test]
    fn english_formats() {
        assert_eq!(Lang::En.percent(15.0, 1), "15.0%");
        assert_eq!(Lang::En.count(2107.0), "2,107");
        assert_eq!(Lang::En.number(999.5, 0), "1,000");
        assert_eq!(Lang::En.points(3.21, 1), "+3.2 pp");
        assert_eq!(Lang::En.points(0.0, 1), "0.0 pp");
    }

    #[test]
    fn lever_values() {
        assert_eq!(Lang::Vi.lever_value(LeverValue::Whole(15.0), 1), "15,0");
        let per_year = LeverValue::PerYear([10.0, 12.5, 15.0, 17.5, 20.0]);
        assert_eq!(Lang::En.lever_value(per_year, 1), "10.0 → 12.5 → 15.0 → 17.5 → 20.0");
    }

    #[test]
    fn units_are_spaced_like_percentages_in_each_language() {
        use crate::model::levers::LeverId;
        let growth = LeverId::DigitalGrowth.spec();
        assert_eq!(Lang::Vi.lever_amount(LeverValue::Whole(28.0), growth), "28,0 %/năm");
        assert_eq!(Lang::En.lever_amount(LeverValue::Whole(28.0), growth), "28.0%/yr");
        assert_eq!(Lang::En.percent(30.3, 1), "30.3%");
        let labour = LeverId::LabourForce.spec();
        assert_eq!(Lang::En.lever_amount(LeverValue::Whole(2.1), labour), "2.10 million people");
        assert_eq!(Lang::Vi.lever_amount(LeverValue::Whole(2.1), labour), "2,10 triệu người");
        let speed = LeverId::ServicesSpeed.spec();
        assert_eq!(Lang::En.lever_amount(LeverValue::Whole(30.0), speed), "30% of gap/yr");
        assert_eq!(Lang::Vi.with_unit("0,0–40,0", text::lever_unit(growth.unit)), "0,0–40,0 %/năm");
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
