//! What differs between compared scenarios: the assumptions diff. Pure, so
//! the comparison panel only lays it out.

use crate::model::levers::{LeverId, LEVERS};
use crate::scenario::{LeverValue, Scenario};

/// One lever whose value is not the same in every compared scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct LeverDiff {
    /// The lever.
    pub lever: LeverId,
    /// Its value in each scenario, in the order given.
    pub values: Vec<LeverValue>,
    /// Highest minus lowest value over all scenarios and years, in the lever's unit.
    pub spread: f64,
}

/// The levers that differ between `scenarios`, in table order.
pub fn lever_diffs(scenarios: &[Scenario]) -> Vec<LeverDiff> {
    LEVERS
        .iter()
        .filter_map(|spec| {
            let values: Vec<LeverValue> = scenarios.iter().map(|s| s.lever(spec.id)).collect();
            let first = *values.first()?;
            if values.iter().all(|v| *v == first) {
                return None;
            }
            let all = values.iter().flat_map(|v| v.yearly());
            let (low, high) =
                all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
            Some(LeverDiff { lever: spec.id, values, spread: high - low })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;

    #[test]
    fn only_differing_levers_are_listed_with_their_spread() {
        let trend = Preset::CurrentTrend.scenario(crate::i18n::Lang::Vi);
        let cautious = Preset::Cautious.scenario(crate::i18n::Lang::Vi);
        let diffs = lever_diffs(&[trend.clone(), cautious]);
        let grdp = diffs.iter().find(|d| d.lever == LeverId::GrdpGrowth).unwrap();
        assert_eq!(grdp.values, vec![10.0.into(), 8.0.into()]);
        assert!((grdp.spread - 2.0).abs() < 1e-12);
        assert!(diffs.iter().all(|d| d.lever != LeverId::LabourForce));
        assert!(lever_diffs(&[trend.clone(), trend]).is_empty());
    }

    #[test]
    fn per_year_values_count_every_year() {
        let mut a = Scenario::default();
        a.set_year(LeverId::DigitalGrowth, 4, 30.0);
        let diffs = lever_diffs(&[Scenario::default(), a]);
        assert_eq!(diffs.len(), 1);
        assert!((diffs[0].spread - 15.0).abs() < 1e-12);
    }
}
