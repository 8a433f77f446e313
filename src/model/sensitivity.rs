//! Which assumption matters most: a tornado per indicator. Each uncertain
//! input that moves the indicator goes alone from its low end to its high
//! end (a lever by its spread, a baseline across its range), every other
//! input staying as set; the bar is the 2030 value at each end. Bars are
//! sorted by size, largest first.

use crate::model::indicators::{IndicatorId, Path};
use crate::model::levers::LeverId;
use crate::model::projection::{indicator_path, project, LeverInputs};
use crate::model::small_sort::sort_small_by;
use crate::model::uncertainty::inputs::{UncertainInput, LEVER_SPREADS};
use crate::model::YEARS;
use crate::scenario::{EconomyMode, Scenario};

/// One bar of a tornado.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TornadoBar {
    /// The input moved.
    pub input: UncertainInput,
    /// The input's low end: for a lever, the shift in its unit (`−below`);
    /// for a baseline, the low end of its range, %.
    pub input_low: f64,
    /// The input's high end: `+above` for a lever, the range's high end for a baseline.
    pub input_high: f64,
    /// The indicator's 2030 value with the input at its low end, %.
    pub at_low: f64,
    /// The indicator's 2030 value with the input at its high end, %.
    pub at_high: f64,
}

impl TornadoBar {
    /// The length of the bar in percentage points (the same for the 2030
    /// value and for the gap to the target).
    pub fn size(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

/// The tornado of one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Tornado {
    /// Which indicator.
    pub indicator: IndicatorId,
    /// Its deterministic 2030 value, where every bar's axis crosses, %.
    pub central: f64,
    /// The target in force, %.
    pub target: f64,
    /// One bar per input that moves the indicator, largest first; inputs
    /// with no spread give bars of size zero, last.
    pub bars: Vec<TornadoBar>,
}

/// The levers an indicator's curve reads (the ones that can move it) under
/// the economy mode: a share of GRDP built from its parts moves with
/// non-digital growth in place of GRDP growth.
pub fn levers_moving(economy: EconomyMode, indicator: IndicatorId) -> [LeverId; 2] {
    let [first, second] = match indicator.spec().path {
        Path::GrowthRatio { numerator, denominator } => [numerator, denominator],
        Path::GapClosing { speed, ceiling } => [speed, ceiling],
    };
    let in_use = |lever: LeverId| match (economy, lever) {
        (EconomyMode::Components, LeverId::GrdpGrowth) => LeverId::NonDigitalGrowth,
        _ => lever,
    };
    [in_use(first), in_use(second)]
}

/// The tornado of `indicator` under `scenario` and its spreads and ranges.
pub fn tornado(scenario: &Scenario, indicator: IndicatorId) -> Tornado {
    let projection = project(scenario);
    let projected = projection.get(indicator);
    let spec = indicator.spec();
    let baseline = projected.baseline;
    let central = LeverInputs::from_scenario(scenario, &mut Vec::new());
    let value_2030 =
        |inputs: &LeverInputs, start: f64| indicator_path(spec, scenario, start, inputs).0[YEARS - 1];
    let moving = levers_moving(scenario.economy, indicator);

    let mut bars: Vec<TornadoBar> = LEVER_SPREADS
        .iter()
        .filter(|s| moving.contains(&s.lever))
        .map(|s| {
            let spread = scenario.uncertainty.spread(s.lever);
            let lever = s.lever.spec();
            let shifted = |shift: f64| {
                let mut inputs = central.clone();
                for value in inputs.yearly_mut(s.lever).iter_mut() {
                    *value = (*value + shift).clamp(lever.min, lever.max);
                }
                value_2030(&inputs, baseline)
            };
            TornadoBar {
                input: UncertainInput::Lever(s.lever),
                input_low: -spread.below,
                input_high: spread.above,
                at_low: shifted(-spread.below),
                at_high: shifted(spread.above),
            }
        })
        .collect();
    let range = scenario.uncertainty.range(indicator).holding(baseline);
    bars.push(TornadoBar {
        input: UncertainInput::Baseline(indicator),
        input_low: range.low,
        input_high: range.high,
        at_low: value_2030(&central, range.low),
        at_high: value_2030(&central, range.high),
    });
    // Stable: equal bars keep the table order.
    sort_small_by(&mut bars, |a, b| a.size().total_cmp(&b.size()).is_gt());
    Tornado { indicator, central: projected.value_2030(), target: projected.target, bars }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::uncertainty::Uncertainty;

    #[test]
    fn bars_are_sorted_and_bracket_the_central_value() {
        let scenario = Scenario::default();
        for id in IndicatorId::all() {
            let t = tornado(&scenario, id);
            assert_eq!(t.bars.len(), 3, "{id:?}");
            for pair in t.bars.windows(2) {
                assert!(pair[0].size() >= pair[1].size(), "{id:?}");
            }
            for bar in &t.bars {
                let (low, high) = (bar.at_low.min(bar.at_high), bar.at_low.max(bar.at_high));
                assert!(low <= t.central + 1e-12 && t.central <= high + 1e-12, "{id:?} {bar:?}");
            }
        }
    }

    #[test]
    fn digital_growth_dominates_the_digital_economy_and_moves_it_up() {
        let t = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        let top = t.bars[0];
        assert_eq!(top.input, UncertainInput::Lever(LeverId::DigitalGrowth));
        assert!(top.at_high > top.at_low);
        // GRDP growth works the other way: a larger whole, a smaller share.
        let grdp = t.bars.iter().find(|b| b.input == UncertainInput::Lever(LeverId::GrdpGrowth)).unwrap();
        assert!(grdp.at_high < grdp.at_low);
    }

    #[test]
    fn no_spreads_give_bars_of_size_zero() {
        let scenario = Scenario { uncertainty: Uncertainty::none(), ..Scenario::default() };
        for id in IndicatorId::all() {
            let t = tornado(&scenario, id);
            assert!(t.bars.iter().all(|b| b.size() == 0.0 && b.at_low == t.central), "{id:?}");
        }
    }
}
