//! Interface text and the wording of messages, in Vietnamese (the first
//! language) and English. Pure functions, tested natively.
//!
//! The [`Lang`] type and its number formats (`15,0 %` / `15.0%`) live in the
//! leaf module [`crate::lang`]; they are re-exported here.

pub mod analysis;
pub mod card_words;
pub mod citation;
pub mod dates;
pub mod fan_words;
pub mod field;
pub mod link_messages;
pub mod model_text;
pub mod target_words;
pub mod text;
pub mod uncertainty;
pub mod verdict;

use crate::model::levers::LeverSpec;
use crate::model::sources::Bilingual;
use crate::scenario::LeverValue;

pub use crate::lang::Lang;

// Formats that need model or scenario types live here rather than in the leaf
// `lang` module, so that `lang` stays free of crate imports.
impl Lang {
    /// The text in this language.
    pub fn pick(self, text: Bilingual) -> &'static str {
        match self {
            Lang::Vi => text.vi,
            Lang::En => text.en,
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
    /// and leaves a space before words (`2.10 million people`). The space is
    /// a no-break one, as in [`Lang::percent`]: a line never starts with
    /// the unit.
    pub fn with_unit(self, number: &str, unit: Bilingual) -> String {
        let unit = self.pick(unit);
        match self {
            Lang::En if unit.starts_with('%') => format!("{number}{unit}"),
            _ => format!("{number}{}{unit}", crate::lang::NBSP),
        }
    }

    /// A lever value with its unit: `28,0 %/năm`, `28.0%/yr`, or the yearly
    /// values `10.0 → 12.5 → …%/yr`.
    pub fn lever_amount(self, value: LeverValue, spec: &LeverSpec) -> String {
        self.with_unit(&self.lever_value(value, spec.decimals()), text::lever_unit(spec.unit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(Lang::Vi.lever_amount(LeverValue::Whole(28.0), growth), "28,0\u{a0}%/năm");
        assert_eq!(Lang::En.lever_amount(LeverValue::Whole(28.0), growth), "28.0%/yr");
        assert_eq!(Lang::En.percent(30.3, 1), "30.3%");
        let labour = LeverId::LabourForce.spec();
        assert_eq!(Lang::En.lever_amount(LeverValue::Whole(2.1), labour), "2.10\u{a0}million people");
        assert_eq!(Lang::Vi.lever_amount(LeverValue::Whole(2.1), labour), "2,10\u{a0}triệu người");
        let speed = LeverId::ServicesSpeed.spec();
        assert_eq!(Lang::En.lever_amount(LeverValue::Whole(30.0), speed), "30% of gap/yr");
        assert_eq!(Lang::Vi.with_unit("0,0–40,0", text::lever_unit(growth.unit)), "0,0–40,0\u{a0}%/năm");
    }
}
