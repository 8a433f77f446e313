//! What differs between compared scenarios: the assumptions diff, the
//! levers and the uncertainty settings (spreads, baseline ranges, seed and
//! number of paths) in force. Pure, so the comparison panel only lays it out.

use crate::codec::uncertainty::{PATHS_KEY, RANGE_PREFIX, SEED_KEY, SPREAD_PREFIX};
use crate::model::indicators::IndicatorId;
use crate::model::levers::{LeverId, LEVERS};
use crate::model::uncertainty::inputs::{BASELINE_RANGES, LEVER_SPREADS};
use crate::model::uncertainty::{Range, Spread};
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

/// One uncertainty setting of a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UncertaintySetting {
    /// A lever's spread.
    Spread(LeverId),
    /// An indicator's 2025 baseline range.
    Range(IndicatorId),
    /// The seed of the draws.
    Seed,
    /// The number of paths.
    Paths,
}

impl UncertaintySetting {
    /// Its link parameter (`spread.grdp_growth`, `range.digital_economy`,
    /// `seed`, `paths`), the key of its row.
    pub fn key(self) -> String {
        match self {
            UncertaintySetting::Spread(id) => format!("{SPREAD_PREFIX}{}", id.key()),
            UncertaintySetting::Range(id) => format!("{RANGE_PREFIX}{}", id.key()),
            UncertaintySetting::Seed => SEED_KEY.to_owned(),
            UncertaintySetting::Paths => PATHS_KEY.to_owned(),
        }
    }
}

/// The value of an uncertainty setting in one scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SettingValue {
    /// A lever's spread, in the lever's unit.
    Spread(LeverId, Spread),
    /// An indicator's baseline range, %.
    Range(IndicatorId, Range),
    /// A seed.
    Seed(u64),
    /// A number of paths.
    Paths(u32),
}

/// One uncertainty setting whose value in force is not the same in every
/// compared scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct UncertaintyDiff {
    /// The setting.
    pub setting: UncertaintySetting,
    /// Its value in each scenario, in the order given.
    pub values: Vec<SettingValue>,
}

/// The uncertainty settings that differ between `scenarios`, by their
/// values in force (an absent setting is its default): the spreads and the
/// ranges in table order, then the seed and the number of paths.
pub fn uncertainty_diffs(scenarios: &[Scenario]) -> Vec<UncertaintyDiff> {
    let settings = LEVER_SPREADS
        .iter()
        .map(|s| UncertaintySetting::Spread(s.lever))
        .chain(BASELINE_RANGES.iter().map(|r| UncertaintySetting::Range(r.indicator)))
        .chain([UncertaintySetting::Seed, UncertaintySetting::Paths]);
    settings
        .filter_map(|setting| {
            let values: Vec<SettingValue> = scenarios
                .iter()
                .map(|s| {
                    let u = &s.uncertainty;
                    match setting {
                        UncertaintySetting::Spread(id) => SettingValue::Spread(id, u.spread(id)),
                        UncertaintySetting::Range(id) => SettingValue::Range(id, u.range(id)),
                        UncertaintySetting::Seed => SettingValue::Seed(u.seed()),
                        UncertaintySetting::Paths => SettingValue::Paths(u.paths()),
                    }
                })
                .collect();
            let first = *values.first()?;
            (!values.iter().all(|v| *v == first)).then_some(UncertaintyDiff { setting, values })
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

    #[test]
    fn uncertainty_settings_in_force_that_differ_are_listed() {
        use crate::codec::uncertainty::{edit, UncertaintyEdit};
        let base = Scenario::default();
        let mut changed = base.clone();
        let wide = Spread { below: 1.0, above: 3.0 };
        for change in [
            UncertaintyEdit::Spread(LeverId::GrdpGrowth, wide),
            UncertaintyEdit::Range(IndicatorId::DigitalEconomy, Range { low: 13.0, high: 15.0 }),
            UncertaintyEdit::Seed(7),
            UncertaintyEdit::Paths(20_000),
        ] {
            assert!(edit(&mut changed.uncertainty, change).is_empty());
        }
        let diffs = uncertainty_diffs(&[base.clone(), changed.clone(), base.clone()]);
        let keys: Vec<String> = diffs.iter().map(|d| d.setting.key()).collect();
        assert_eq!(keys, ["spread.grdp_growth", "range.digital_economy", "seed", "paths"]);
        let grdp = &diffs[0];
        assert_eq!(
            grdp.values[0],
            SettingValue::Spread(LeverId::GrdpGrowth, base.uncertainty.spread(LeverId::GrdpGrowth))
        );
        assert_eq!(grdp.values[1], SettingValue::Spread(LeverId::GrdpGrowth, wide));
        assert_eq!(grdp.values[2], grdp.values[0]);
        assert_eq!(
            diffs[2].values,
            [SettingValue::Seed(2030), SettingValue::Seed(7), SettingValue::Seed(2030)]
        );
        assert_eq!(diffs[3].values[1], SettingValue::Paths(20_000));
        // The same settings, written or left at their defaults, do not differ.
        let mut explicit = base.clone();
        explicit.uncertainty.paths = Some(base.uncertainty.paths());
        assert!(uncertainty_diffs(&[base.clone(), explicit]).is_empty());
        assert!(uncertainty_diffs(&[changed.clone(), changed]).is_empty());
        // Levers alone do not make an uncertainty difference.
        let mut faster = base.clone();
        faster.set_whole(LeverId::DigitalGrowth, 30.0);
        assert!(uncertainty_diffs(&[base, faster]).is_empty());
    }
}
