//! The short text summary of a chart that screen readers announce with it
//! (linked by `aria-describedby`), in the current language: where the line
//! starts and ends, the target and the status in words.
//!
//! Pure, so it is tested natively; the web layer only places it.

use crate::i18n::fan_words::range_90;
use crate::i18n::{text, Lang};
use crate::model::projection::IndicatorProjection;
use crate::model::uncertainty::IndicatorFan;
use crate::model::{BASE_YEAR, TARGET_YEAR};
use crate::text_case::lowercase;
use crate::wording::status_words;

/// "Digital economy share of GRDP rises from 15.0% in 2025 to 18.7% in 2030;
/// target ≥ 30.0%: off track.", then, when the chart draws its bands, "90%
/// range for 2030: 16.1% to 21.9%."
pub fn chart_summary(p: &IndicatorProjection, fan: Option<&IndicatorFan>, lang: Lang) -> String {
    let line = line_summary(p, lang);
    match fan.and_then(|f| f.bands.last()) {
        Some(band) => format!("{line} {}", range_90(band, TARGET_YEAR, p.spec.decimals, lang)),
        None => line,
    }
}

/// The line's part of [`chart_summary`].
fn line_summary(p: &IndicatorProjection, lang: Lang) -> String {
    let d = p.spec.decimals;
    let (from, to, target) =
        (lang.percent(p.baseline, d), lang.percent(p.value_2030(), d), lang.percent(p.target, d));
    let comparator = text::comparator(p.spec.comparator);
    let (_, status, _) = status_words(p.status, lang);
    // Compared as shown, so "stays at" never contradicts the figures read out.
    let moves = match (lang.percent(p.value_2030(), d) == from, p.value_2030() > p.baseline) {
        (true, _) => 0,
        (false, true) => 1,
        (false, false) => -1,
    };
    let label = lang.pick(p.spec.label);
    match lang {
        Lang::Vi => {
            let verb = match moves {
                1 => format!("tăng từ {from} năm {BASE_YEAR} lên {to} năm {TARGET_YEAR}"),
                -1 => format!("giảm từ {from} năm {BASE_YEAR} xuống {to} năm {TARGET_YEAR}"),
                _ => format!("giữ ở {from} từ năm {BASE_YEAR} đến năm {TARGET_YEAR}"),
            };
            format!("{label} {verb}; mục tiêu {comparator} {target}: {}.", lowercase(status))
        }
        Lang::En => {
            let verb = match moves {
                1 => format!("rises from {from} in {BASE_YEAR} to {to} in {TARGET_YEAR}"),
                -1 => format!("falls from {from} in {BASE_YEAR} to {to} in {TARGET_YEAR}"),
                _ => format!("stays at {from} from {BASE_YEAR} to {TARGET_YEAR}"),
            };
            format!("{label} {verb}; target {comparator} {target}: {}.", lowercase(status))
        }
    }
}

#[cfg(test)]
// The tests may use std's case mapping (clippy.toml keeps it out of the Wasm).
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::levers::LeverId;
    use crate::model::projection::project;
    use crate::scenario::Scenario;

    fn digital_economy(scenario: &Scenario) -> IndicatorProjection {
        project(scenario).indicators.into_iter().find(|p| p.id == IndicatorId::DigitalEconomy).unwrap()
    }

    #[test]
    fn the_summary_says_where_the_line_goes_against_its_target_in_each_language() {
        let p = digital_economy(&Scenario::default());
        let en = chart_summary(&p, None, Lang::En);
        let start = format!(
            "rises from {} in 2025 to {} in 2030; target ≥ 30.0%",
            Lang::En.percent(15.0, 1),
            Lang::En.percent(p.value_2030(), 1)
        );
        assert!(en.contains(&start), "{en}");
        assert!(en.starts_with(Lang::En.pick(p.spec.label)), "{en}");
        let vi = chart_summary(&p, None, Lang::Vi);
        assert!(!vi.contains("90"), "{vi}");
        assert!(vi.contains("tăng từ 15,0\u{a0}% năm 2025 lên"), "{vi}");
        assert!(vi.contains("mục tiêu ≥ 30,0\u{a0}%"), "{vi}");
        // The status is in words, not only in a colour.
        let (_, status, _) = status_words(p.status, Lang::En);
        assert!(en.ends_with(&format!("{}.", status.to_lowercase())), "{en}");
    }

    #[test]
    fn a_falling_line_falls() {
        // The digital economy growing slowest while the economy grows fastest:
        // its share of GRDP falls.
        let mut falling = Scenario::default();
        falling.set_whole(LeverId::DigitalGrowth, LeverId::DigitalGrowth.spec().min);
        falling.set_whole(LeverId::GrdpGrowth, LeverId::GrdpGrowth.spec().max);
        let p = digital_economy(&falling);
        assert!(p.value_2030() < p.baseline);
        assert!(chart_summary(&p, None, Lang::Vi).contains("giảm từ 15,0\u{a0}% năm 2025 xuống"));
        assert!(chart_summary(&p, None, Lang::En).contains("falls from 15.0% in 2025 to"));
    }

    #[test]
    fn with_its_bands_the_summary_reads_out_the_90_range_for_2030() {
        let scenario = Scenario::default();
        let p = digital_economy(&scenario);
        let fan = crate::model::uncertainty::simulate(&scenario);
        let f = fan.get(IndicatorId::DigitalEconomy);
        let band = f.bands[5];
        let en = chart_summary(&p, Some(f), Lang::En);
        let range = format!(
            "90% range for 2030: {} to {}.",
            Lang::En.percent(band.p05, 1),
            Lang::En.percent(band.p95, 1)
        );
        assert!(en.ends_with(&range), "{en}");
        assert!(en.starts_with(&chart_summary(&p, None, Lang::En)), "{en}");
        let vi = chart_summary(&p, Some(f), Lang::Vi);
        assert!(vi.contains("Khoảng 90\u{a0}% năm 2030: từ "), "{vi}");
        assert!(band.p05 < band.p95);
    }
}
