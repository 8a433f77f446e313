//! Interface text and the wording of messages, in Vietnamese (the first
//! language) and English. Pure functions, tested natively.
//!
//! The [`Lang`] type and its number formats (`15,0 %` / `15.0%`) live in the
//! leaf module [`crate::lang`]; they are re-exported here.

pub mod link_messages;
pub mod messages;
pub mod text;

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
}
