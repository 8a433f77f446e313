//! A target in words with what kind it is: `≥ 32,0 % (tuỳ chỉnh)`. Every
//! place that shows the target a value is judged against (cards, comparison,
//! slides, print, chart legends) uses this, so a custom or assumed target is
//! never shown as if it were official.

use super::{text, Lang};
use crate::model::indicators::{Comparator, INDICATORS};
use crate::model::projection::IndicatorProjection;
use crate::model::targets::TargetKind;
use crate::model::TARGET_YEAR;
use crate::scenario::Scenario;

/// The kind of the target in force.
pub fn kind(p: &IndicatorProjection) -> TargetKind {
    TargetKind::of(p.spec, p.custom_target)
}

/// The comparator and value: `≥ 30,0 %`.
pub fn value(p: &IndicatorProjection, lang: Lang) -> String {
    format!("{} {}", text::comparator(p.spec.comparator), lang.percent(p.target, p.spec.decimals))
}

/// The comparator, value and kind: `≥ 30,0 % (chính thức)`.
pub fn with_kind(p: &IndicatorProjection, lang: Lang) -> String {
    format!("{} ({})", value(p, lang), lang.pick(text::target_kind(kind(p))))
}

/// The gap to the target in a year, in words: "short by 11.3 pp" or
/// "above by 0.2 pp". The words carry the direction, so the figure has no sign.
pub fn gap_in(p: &IndicatorProjection, year: u16, lang: Lang) -> String {
    // At 2030 the projection's own gap; before it, the gap of that year's value.
    let gap =
        if year >= TARGET_YEAR { p.gap } else { p.value_in(year).map_or(p.gap, |value| p.target - value) };
    let decimals = p.spec.decimals;
    let words = if gap > 0.0 { text::SHORT_BY } else { text::ABOVE_BY };
    let size = lang.points(gap.abs(), decimals);
    if size.starts_with('+') {
        return format!("{} {}", lang.pick(words), size.trim_start_matches('+'));
    }
    // The gap rounds to nothing at the shown precision: "short by 0.00 pp"
    // under an "on track" status reads as a contradiction. A "≥" target
    // counts such a value as met (the met rule's half step), so it is at the
    // target; a ">" target needs the value strictly above, so the direction
    // stays, with a bound instead of a zero.
    if gap == 0.0 || p.spec.comparator == Comparator::AtLeast {
        return lang.pick(text::AT_TARGET).to_owned();
    }
    let step = lang.points(10f64.powi(-(decimals as i32)), decimals);
    format!("{} {} {}", lang.pick(words), lang.pick(text::LESS_THAN), step.trim_start_matches('+'))
}

/// The scenario's custom targets in words, for the key assumptions:
/// `Kinh tế số / GRDP, mục tiêu 2030: ≥ 32,0 % (tuỳ chỉnh; chính thức ≥ 30,0 %)`.
pub fn custom_targets(scenario: &Scenario, lang: Lang) -> Vec<String> {
    INDICATORS
        .iter()
        .filter_map(|spec| {
            let (target, custom) = scenario.target(spec.id);
            if !custom {
                return None;
            }
            let comparator = text::comparator(spec.comparator);
            let default = TargetKind::default_for(spec);
            let target_word = match lang {
                Lang::Vi => "mục tiêu 2030",
                Lang::En => "2030 target",
            };
            Some(format!(
                "{}, {target_word}: {comparator} {} ({}; {} {comparator} {})",
                lang.pick(spec.label),
                lang.percent(target, spec.decimals),
                lang.pick(text::CUSTOM),
                lang.pick(text::target_kind(default)),
                lang.percent(spec.target, spec.decimals),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::projection::project;

    #[test]
    fn targets_say_whether_they_are_official_custom_or_assumed() {
        let mut scenario = Scenario::default();
        scenario.set_target(IndicatorId::DigitalEconomy, Some(32.0));
        let projection = project(&scenario);
        let economy = projection.get(IndicatorId::DigitalEconomy);
        assert_eq!(with_kind(economy, Lang::Vi), "≥ 32,0\u{a0}% (tuỳ chỉnh)");
        assert_eq!(with_kind(economy, Lang::En), "≥ 32.0% (custom)");
        let services = projection.get(IndicatorId::OnlineServices);
        assert_eq!(with_kind(services, Lang::Vi), "≥ 100,0\u{a0}% (chính thức)");
        let records = projection.get(IndicatorId::RecordsDigitisation);
        assert_eq!(with_kind(records, Lang::Vi), "≥ 100,00\u{a0}% (giả định)");
        assert_eq!(with_kind(records, Lang::En), "≥ 100.00% (assumption)");
        assert_eq!(kind(records), TargetKind::Assumption);
    }

    #[test]
    fn custom_targets_are_listed_with_the_target_they_replace() {
        let mut scenario = Scenario::default();
        assert!(custom_targets(&scenario, Lang::Vi).is_empty());
        scenario.set_target(IndicatorId::DigitalEconomy, Some(32.0));
        scenario.set_target(IndicatorId::RecordsDigitisation, Some(90.0));
        assert_eq!(
            custom_targets(&scenario, Lang::Vi),
            [
                "Kinh tế số / GRDP, mục tiêu 2030: ≥ 32,0\u{a0}% (tuỳ chỉnh; chính thức ≥ 30,0\u{a0}%)",
                "Tỷ lệ số hoá hồ sơ, mục tiêu 2030: ≥ 90,00\u{a0}% (tuỳ chỉnh; giả định ≥ 100,00\u{a0}%)",
            ]
        );
        assert_eq!(
            custom_targets(&scenario, Lang::En)[0],
            "Digital economy share of GRDP, 2030 target: ≥ 32.0% (custom; official ≥ 30.0%)"
        );
    }

    #[test]
    fn the_gap_follows_the_year() {
        let projection = project(&Scenario::default());
        let economy = projection.get(IndicatorId::DigitalEconomy);
        assert_eq!(gap_in(economy, 2025, Lang::Vi), "còn thiếu 15,0\u{a0}điểm\u{a0}%");
        assert_eq!(gap_in(economy, 2025, Lang::En), "short by 15.0\u{a0}pp");
        assert_ne!(gap_in(economy, 2026, Lang::En), gap_in(economy, TARGET_YEAR, Lang::En));
    }

    #[test]
    fn a_gap_too_small_to_show_is_at_the_target_or_under_one_step() {
        let mut scenario = Scenario::default();
        let value = project(&scenario).get(IndicatorId::DigitalEconomy).value_2030();
        for (target, vi, en) in [
            (value + 0.04, "bằng mục tiêu", "at the target"),
            (value - 0.04, "bằng mục tiêu", "at the target"),
            (value + 0.06, "còn thiếu 0,1\u{a0}điểm\u{a0}%", "short by 0.1\u{a0}pp"),
            (value - 0.06, "vượt 0,1\u{a0}điểm\u{a0}%", "above by 0.1\u{a0}pp"),
        ] {
            scenario.set_target(IndicatorId::DigitalEconomy, Some(target));
            let projection = project(&scenario);
            let economy = projection.get(IndicatorId::DigitalEconomy);
            assert_eq!(gap_in(economy, TARGET_YEAR, Lang::Vi), vi, "target {target}");
            assert_eq!(gap_in(economy, TARGET_YEAR, Lang::En), en, "target {target}");
        }
        // Digital workers must be above 3 %: a value a hair either side of a
        // custom target keeps its direction.
        let value = project(&scenario).get(IndicatorId::DigitalWorkforce).value_2030();
        for (target, en) in [
            (value - 0.04, "above by less than 0.1\u{a0}pp"),
            (value + 0.04, "short by less than 0.1\u{a0}pp"),
            (value, "at the target"),
        ] {
            scenario.set_target(IndicatorId::DigitalWorkforce, Some(target));
            let projection = project(&scenario);
            assert_eq!(
                gap_in(projection.get(IndicatorId::DigitalWorkforce), TARGET_YEAR, Lang::En),
                en,
                "target {target}"
            );
        }
        scenario.set_target(IndicatorId::DigitalWorkforce, Some(value - 0.04));
        let projection = project(&scenario);
        assert_eq!(
            gap_in(projection.get(IndicatorId::DigitalWorkforce), TARGET_YEAR, Lang::Vi),
            "vượt dưới 0,1\u{a0}điểm\u{a0}%"
        );
    }
}
