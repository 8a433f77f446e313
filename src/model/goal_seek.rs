//! "What does it take?": for an indicator and one of the levers that move
//! it, the lever value (one value for the whole period, on the lever's step
//! grid, within its range) that reaches the 2030 target, or that gives a
//! chosen chance of reaching it.
//!
//! Both searches bisect over the step grid: the 2030 value and (with the
//! same seed, so the same draws) the chance are monotone in a lever, so the
//! boundary between values that do and do not reach the aim is one grid
//! step wide. The answer is the grid value on the reaching side, so
//! applying it reaches the aim exactly as computed. When no value in the
//! range reaches it, the answer says so and gives the value that gets
//! closest and what it achieves.

use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::projection::project;
use crate::model::sensitivity::levers_moving;
use crate::model::uncertainty::monte_carlo::Plan;
use crate::scenario::{snap_to_step, EconomyMode, Scenario};

/// What the lever should achieve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Aim {
    /// The deterministic 2030 value meets the target.
    Target,
    /// The chance of meeting the target in 2030 is at least this (0–1).
    Chance(f64),
}

/// The answer of a search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// `value` is the lever value nearest the rest of the range that
    /// reaches the aim; `achieved` is the 2030 value (aim [`Aim::Target`])
    /// or the chance (aim [`Aim::Chance`]) it gives.
    Reaches {
        /// The lever value, on its step grid.
        value: f64,
        /// What it gives.
        achieved: f64,
    },
    /// No value in the lever's range reaches the aim; `best` is the end of
    /// the range that gets closest and `achieved` what it gives.
    OutOfReach {
        /// The best lever value (an end of its range).
        best: f64,
        /// What it gives.
        achieved: f64,
    },
}

/// A search and its answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoalSeek {
    /// The indicator.
    pub indicator: IndicatorId,
    /// The lever solved for.
    pub lever: LeverId,
    /// What was asked.
    pub aim: Aim,
    /// The target in force for the indicator, %.
    pub target: f64,
    /// The answer.
    pub outcome: Outcome,
}

impl GoalSeek {
    /// The value to set when the user applies the answer (`None` when out of reach).
    pub fn value(&self) -> Option<f64> {
        match self.outcome {
            Outcome::Reaches { value, .. } => Some(value),
            Outcome::OutOfReach { .. } => None,
        }
    }
}

/// The levers a planner can solve for, for an indicator: the ones its curve
/// reads under the economy mode.
pub fn levers_for(economy: EconomyMode, indicator: IndicatorId) -> [LeverId; 2] {
    levers_moving(economy, indicator)
}

/// Solves for `lever` so that `indicator` meets `aim` under `scenario`
/// (its other levers, spreads, seed and number of paths as set). A chance
/// outside 0–1 is clamped into it; a lever that does not move the
/// indicator can only give a constant answer.
pub fn seek(scenario: &Scenario, indicator: IndicatorId, lever: LeverId, aim: Aim) -> GoalSeek {
    let aim = match aim {
        Aim::Chance(p) if p.is_finite() => Aim::Chance(p.clamp(0.0, 1.0)),
        Aim::Chance(_) => Aim::Chance(1.0),
        Aim::Target => Aim::Target,
    };
    let target = project(scenario).get(indicator).target;
    let spec = lever.spec();
    let steps = ((spec.max - spec.min) / spec.step).round() as u32;
    let grid = |k: u32| snap_to_step(spec, spec.min + f64::from(k) * spec.step);

    // Deterministic 2030 value and whether it meets the target, at a lever value.
    let deterministic = |value: f64| {
        let mut trial = scenario.clone();
        trial.set_whole(lever, value);
        let projection = project(&trial);
        let p = projection.get(indicator);
        (p.value_2030(), p.spec.reaches(p.value_2030(), p.target))
    };
    let mut plan = Plan::new(scenario);
    let mut chance = |value: f64| {
        for year in plan.central_mut().yearly_mut(lever).iter_mut() {
            *year = value;
        }
        plan.chance(indicator)
    };
    let mut evaluate = |k: u32| -> (f64, bool) {
        let value = grid(k);
        match aim {
            Aim::Target => deterministic(value),
            Aim::Chance(p) => {
                let c = chance(value);
                (c, c >= p)
            }
        }
    };

    // Which end helps: the one with the higher deterministic 2030 value.
    let rising = deterministic(grid(steps)).0 >= deterministic(grid(0)).0;
    let (helping, other) = if rising { (steps, 0) } else { (0, steps) };
    let (best, best_meets) = evaluate(helping);
    if !best_meets {
        return GoalSeek {
            target,
            indicator,
            lever,
            aim,
            outcome: Outcome::OutOfReach { best: grid(helping), achieved: best },
        };
    }
    let (at_other, other_meets) = evaluate(other);
    if other_meets {
        return GoalSeek {
            target,
            indicator,
            lever,
            aim,
            outcome: Outcome::Reaches { value: grid(other), achieved: at_other },
        };
    }
    // Invariant: `fails` does not reach the aim, `meets` does; they close in.
    let (mut fails, mut meets, mut achieved) = (other, helping, best);
    while fails.abs_diff(meets) > 1 {
        let middle = (fails + meets) / 2;
        let (value, ok) = evaluate(middle);
        if ok {
            meets = middle;
            achieved = value;
        } else {
            fails = middle;
        }
    }
    GoalSeek { indicator, lever, aim, target, outcome: Outcome::Reaches { value: grid(meets), achieved } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digital_growth_for_the_digital_economy_target() {
        let scenario = Scenario::default();
        let answer = seek(&scenario, IndicatorId::DigitalEconomy, LeverId::DigitalGrowth, Aim::Target);
        let Outcome::Reaches { value, achieved } = answer.outcome else { panic!("{answer:?}") };
        // One step less does not reach 30 %; the answer does.
        assert!(achieved >= 30.0 - 0.05, "{achieved}");
        let mut below = scenario.clone();
        below.set_whole(LeverId::DigitalGrowth, value - 0.5);
        assert!(project(&below).get(IndicatorId::DigitalEconomy).value_2030() < 30.0 - 0.05);
    }

    #[test]
    fn a_lever_that_hurts_is_solved_from_the_other_side() {
        let answer =
            seek(&Scenario::default(), IndicatorId::DigitalEconomy, LeverId::GrdpGrowth, Aim::Target);
        // Digital growth at 15 % cannot double the share against GRDP growth
        // above about 0.9 %; the answer is the highest GRDP growth that can.
        let Outcome::Reaches { value, .. } = answer.outcome else { panic!("{answer:?}") };
        let mut above = Scenario::default();
        above.set_whole(LeverId::GrdpGrowth, value + 0.1);
        assert!(!IndicatorId::DigitalEconomy
            .spec()
            .reaches(project(&above).get(IndicatorId::DigitalEconomy).value_2030(), 30.0));
    }

    #[test]
    fn out_of_reach_names_the_best_end() {
        let mut scenario = Scenario::default();
        scenario.set_whole(LeverId::RecordsCeiling, 80.0);
        let answer = seek(&scenario, IndicatorId::RecordsDigitisation, LeverId::RecordsSpeed, Aim::Target);
        let Outcome::OutOfReach { best, achieved } = answer.outcome else { panic!("{answer:?}") };
        assert_eq!(best, 100.0);
        assert!((achieved - 80.0).abs() < 1e-9, "{achieved}");
        assert_eq!(answer.value(), None);
    }
}
