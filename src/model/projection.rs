//! Runs a scenario through the curves and derives, for every indicator, what
//! the app shows: the yearly values, the 2030 value and its gap, the year the
//! target is reached, the constant rate the target needs, and a status.

use super::curves;
use super::indicators::{Absolute, AbsoluteUnit, BaseSize, IndicatorId, IndicatorSpec, Path, INDICATORS};
use super::levers::{LeverId, LEVERS};
use super::{BASE_YEAR, YEARS};
use crate::scenario::{Clamped, Scenario};

/// Progress ratio from which a target that is not reached counts as
/// "needs acceleration" rather than "off track": three quarters of the way
/// from the 2025 baseline to the target.
pub const ACCELERATION_THRESHOLD: f64 = 0.75;

/// How an indicator stands against its 2030 target.
///
/// The ratio is projected progress over required progress,
/// `(value2030 − baseline) / (target − baseline)`:
/// - **on track**: the target is reached by 2030 (at reporting precision);
/// - **needs acceleration**: not reached, ratio ≥ [`ACCELERATION_THRESHOLD`];
/// - **off track**: ratio below it, including any fall from the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Reached by 2030.
    OnTrack,
    /// At least three quarters of the required progress.
    NeedsAcceleration,
    /// Less than that.
    OffTrack,
}

/// When the target is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reached {
    /// Already met at the 2025 baseline.
    Already,
    /// First met in this year.
    In(u16),
    /// Not met by 2030.
    NotBy2030,
}

/// Why no required rate can be given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Required {
    /// The constant value of the driving lever that reaches the target
    /// exactly in 2030, in the lever's unit.
    Rate(f64),
    /// The target is above the ceiling (adoption) or above 100 % (shares):
    /// no rate reaches it.
    Unreachable,
}

/// Everything derived for one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorProjection {
    /// Which indicator.
    pub id: IndicatorId,
    /// Its table row.
    pub spec: &'static IndicatorSpec,
    /// Value at the end of 2025, %.
    pub baseline: f64,
    /// Values at the end of 2026 … 2030, %.
    pub values: [f64; YEARS],
    /// The absolute figure behind the share for 2025 … 2030, where there is one.
    pub absolute: Option<[f64; YEARS + 1]>,
    /// Target in force, %.
    pub target: f64,
    /// Whether the target was typed by the user.
    pub custom_target: bool,
    /// Target minus the 2030 value, in percentage points: positive is a shortfall.
    pub gap: f64,
    /// When the target is reached.
    pub reached: Reached,
    /// The constant driver value that reaches the target exactly in 2030.
    pub required: Required,
    /// Projected over required progress (see [`Status`]).
    pub progress: f64,
    /// Status against the target.
    pub status: Status,
    /// Whether the share hit 100 % and was capped.
    pub capped: bool,
}

impl IndicatorProjection {
    /// The projected 2030 value, %.
    pub fn value_2030(&self) -> f64 {
        self.values[YEARS - 1]
    }

    /// The value for a year from 2025 to 2030.
    pub fn value_in(&self, year: u16) -> Option<f64> {
        match year {
            BASE_YEAR => Some(self.baseline),
            _ => self.values.get(usize::from(year.checked_sub(BASE_YEAR + 1)?)).copied(),
        }
    }
}

/// The whole projection of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    /// One entry per indicator, in table order.
    pub indicators: Vec<IndicatorProjection>,
    /// Lever values that were out of range and were clamped before use.
    pub clamped: Vec<Clamped>,
}

impl Projection {
    /// The projection of one indicator.
    pub fn get(&self, id: IndicatorId) -> &IndicatorProjection {
        self.indicators.iter().find(|p| p.id == id).expect("a projection holds every indicator")
    }
}

/// Lever values as the model uses them: clamped, one per year.
struct Inputs {
    yearly: Vec<(LeverId, [f64; YEARS])>,
}

impl Inputs {
    fn from_scenario(scenario: &Scenario, clamped: &mut Vec<Clamped>) -> Self {
        let yearly = LEVERS
            .iter()
            .map(|spec| {
                let values = scenario.lever(spec.id).yearly().map(|given| {
                    let (used, changed) = spec.clamp(given);
                    // A per-year lever can give the same value in several
                    // years: report it once. Compare bits, so NaN matches NaN.
                    let reported =
                        clamped.iter().any(|c| c.lever == spec.id && c.given.to_bits() == given.to_bits());
                    if changed && !reported {
                        clamped.push(Clamped { lever: spec.id, given, used });
                    }
                    used
                });
                (spec.id, values)
            })
            .collect();
        Self { yearly }
    }

    fn yearly(&self, id: LeverId) -> [f64; YEARS] {
        self.yearly
            .iter()
            .find(|(lever, _)| *lever == id)
            .map(|(_, values)| *values)
            .expect("inputs hold every lever")
    }

    fn level(&self, id: LeverId) -> f64 {
        self.yearly(id)[0]
    }
}

/// Projects every indicator of `scenario` from 2026 to 2030.
///
/// Out-of-range lever values (from an old link or a hand-edited file) are
/// clamped and listed in [`Projection::clamped`], never used as given.
pub fn project(scenario: &Scenario) -> Projection {
    let mut clamped = Vec::new();
    let inputs = Inputs::from_scenario(scenario, &mut clamped);
    let indicators = INDICATORS.iter().map(|spec| project_indicator(spec, scenario, &inputs)).collect();
    Projection { indicators, clamped }
}

fn project_indicator(
    spec: &'static IndicatorSpec,
    scenario: &Scenario,
    inputs: &Inputs,
) -> IndicatorProjection {
    let (target, custom_target) = scenario.target(spec.id);
    let baseline = spec.baseline;
    let (values, capped, required) = match spec.path {
        Path::GrowthRatio { numerator, denominator } => {
            let whole = inputs.yearly(denominator);
            let (values, capped) = curves::growth_ratio_path(baseline, &inputs.yearly(numerator), &whole);
            let required = curves::required_growth(baseline, target, &whole)
                .map_or(Required::Unreachable, Required::Rate);
            (values, capped, required)
        }
        Path::GapClosing { speed, ceiling } => {
            let ceiling = inputs.level(ceiling);
            let values = curves::gap_closing_path(baseline, &inputs.yearly(speed), ceiling);
            // An asymptote is never met exactly: aim for the lowest value that
            // reports as the target when the target is at the ceiling.
            let goal = if target < ceiling { target } else { target - spec.precision / 2.0 };
            let required =
                curves::required_speed(baseline, goal, ceiling).map_or(Required::Unreachable, Required::Rate);
            (values, false, required)
        }
    };

    let reached = if spec.reaches(baseline, target) {
        Reached::Already
    } else {
        values
            .iter()
            .zip(BASE_YEAR + 1..)
            .find(|(value, _)| spec.reaches(**value, target))
            .map_or(Reached::NotBy2030, |(_, year)| Reached::In(year))
    };

    let value_2030 = values[YEARS - 1];
    let met_2030 = spec.reaches(value_2030, target);
    // A target at or below the baseline needs no progress: it is either
    // still met in 2030 (all of it) or lost again (none of it).
    let progress = if target > baseline {
        (value_2030 - baseline) / (target - baseline)
    } else if met_2030 {
        1.0
    } else {
        0.0
    };
    let status = if met_2030 {
        Status::OnTrack
    } else if progress >= ACCELERATION_THRESHOLD {
        Status::NeedsAcceleration
    } else {
        Status::OffTrack
    };

    IndicatorProjection {
        id: spec.id,
        spec,
        baseline,
        values,
        absolute: spec.absolute.map(|absolute| absolute_series(absolute, baseline, &values, inputs)),
        target,
        custom_target,
        gap: target - value_2030,
        reached,
        required,
        progress,
        status,
        capped,
    }
}

fn absolute_series(
    absolute: Absolute,
    baseline: f64,
    values: &[f64; YEARS],
    inputs: &Inputs,
) -> [f64; YEARS + 1] {
    let shares: [f64; YEARS + 1] = std::array::from_fn(|i| if i == 0 { baseline } else { values[i - 1] });
    match absolute {
        Absolute::ShareOfGrowingBase { base_2025, growth, unit } => {
            let mut base = match base_2025 {
                BaseSize::Fixed(size) => size,
                BaseSize::Lever(lever) => inputs.level(lever),
            };
            let scale = absolute_scale(unit);
            let growth = inputs.yearly(growth);
            std::array::from_fn(|i| {
                if i > 0 {
                    base *= 1.0 + growth[i - 1] / 100.0;
                }
                base * shares[i] / 100.0 * scale
            })
        }
        Absolute::ShareOfFixedCount { total, .. } => shares.map(|share| total * share / 100.0),
    }
}

/// How many of the absolute figure's unit one unit of its base holds. The
/// labour-force base is in million people and head counts are given in
/// thousand people; the other bases are already in their figure's unit.
pub fn absolute_scale(unit: AbsoluteUnit) -> f64 {
    match unit {
        AbsoluteUnit::ThousandPeople => 1000.0,
        AbsoluteUnit::TrillionVnd | AbsoluteUnit::Services => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LeverId;

    #[test]
    fn falling_below_a_target_already_met_is_off_track() {
        // Target 10 % is met in 2025 (15 %); shrinking the digital economy
        // relative to GRDP takes it below 10 % by 2030.
        let mut scenario = Scenario::default();
        scenario.set_target(IndicatorId::DigitalEconomy, Some(10.0));
        scenario.set_whole(LeverId::DigitalGrowth, 0.0);
        scenario.set_whole(LeverId::GrdpGrowth, 20.0);
        let p = project(&scenario);
        let economy = p.get(IndicatorId::DigitalEconomy);
        assert!(economy.value_2030() < 10.0, "{}", economy.value_2030());
        assert_eq!(economy.reached, Reached::Already);
        assert_eq!(economy.status, Status::OffTrack);
    }
}
