//! The reducer's uncertainty actions: typed spreads, ranges, seed and paths
//! go through the link checks; applying a goal-seek answer is one undo step
//! that changes the lever, the link and the outcome.

use lotrinh::app::{Action, AppState, Problem};
use lotrinh::codec::uncertainty::UncertaintyEdit;
use lotrinh::codec::{encode, LinkProblem};
use lotrinh::model::goal_seek::{seek, Aim};
use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::model::projection::{project, Status};
use lotrinh::model::uncertainty::inputs::{Range, Spread, BASELINE_RANGES, MAX_PATHS, MAX_SEED};
use lotrinh::model::uncertainty::Uncertainty;
use lotrinh::scenario::LeverValue;

fn link_problems(state: &AppState) -> Vec<&LinkProblem> {
    state
        .messages
        .iter()
        .filter_map(|m| match &m.problem {
            Problem::Link(problem) => Some(problem),
            _ => None,
        })
        .collect()
}

#[test]
fn apply_goal_is_one_undo_step_even_after_a_drag() {
    let mut state = AppState::default();
    for value in [15.5, 16.0, 16.5] {
        state = state.apply(Action::SetLever(LeverId::DigitalGrowth, value));
    }
    let dragged_link = encode(&state.link_state());
    let answer =
        seek(&state.workspace.working, IndicatorId::DigitalEconomy, LeverId::DigitalGrowth, Aim::Target);
    let value = answer.value().expect("30 % is within reach of digital growth");
    let applied = state.clone().apply(Action::ApplyGoal(LeverId::DigitalGrowth, value));
    let working = &applied.workspace.working;
    assert_eq!(working.lever(LeverId::DigitalGrowth), LeverValue::Whole(value));
    assert_eq!(project(working).get(IndicatorId::DigitalEconomy).status, Status::OnTrack);
    assert_ne!(encode(&applied.link_state()), dragged_link);

    let undone = applied.apply(Action::Undo);
    assert_eq!(undone.workspace.working.lever(LeverId::DigitalGrowth), LeverValue::Whole(16.5));
    assert_eq!(encode(&undone.link_state()), dragged_link);
    let before_drag = undone.apply(Action::Undo);
    assert_eq!(before_drag.workspace.working.lever(LeverId::DigitalGrowth), LeverValue::Whole(15.0));
}

#[test]
fn typed_settings_are_checked_like_link_values() {
    let state = AppState::default()
        .apply(Action::EditUncertainty(UncertaintyEdit::Spread(
            LeverId::GrdpGrowth,
            Spread { below: 1.0, above: 50.0 },
        )))
        .apply(Action::EditUncertainty(UncertaintyEdit::Range(
            IndicatorId::DigitalEconomy,
            Range { low: 16.0, high: 12.0 },
        )))
        .apply(Action::EditUncertainty(UncertaintyEdit::Seed(MAX_SEED + 1)))
        .apply(Action::EditUncertainty(UncertaintyEdit::Paths(5_000_000)));
    let u = &state.workspace.working.uncertainty;
    assert_eq!(u.spread(LeverId::GrdpGrowth), Spread { below: 1.0, above: 10.0 });
    assert_eq!(u.range(IndicatorId::DigitalEconomy), BASELINE_RANGES[0].default);
    assert_eq!((u.seed, u.paths()), (None, MAX_PATHS));
    let problems = link_problems(&state);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(matches!(problems[1], LinkProblem::RangeReversed { .. }));
    // A seed too large keeps the seed in force, and says so in its own words.
    assert!(state.messages.iter().any(|m| m.problem == Problem::SeedTooLarge { kept: 2030 }));

    let good = state
        .apply(Action::EditUncertainty(UncertaintyEdit::Range(
            IndicatorId::DigitalEconomy,
            Range { low: 12.0, high: 15.0 },
        )))
        .apply(Action::EditUncertainty(UncertaintyEdit::Seed(7)));
    let u = &good.workspace.working.uncertainty;
    assert_eq!(u.range(IndicatorId::DigitalEconomy), Range { low: 12.0, high: 15.0 });
    assert_eq!(u.seed(), 7);
    assert!(encode(&good.link_state()).contains("&range.digital_economy=12~15&seed=7"));

    // One undo step per change; Reset puts everything back, and undoes too.
    let undone = good.clone().apply(Action::Undo);
    assert_eq!(undone.workspace.working.uncertainty.seed(), 2030);
    let reset = good.apply(Action::EditUncertainty(UncertaintyEdit::Reset));
    assert_eq!(reset.workspace.working.uncertainty, Uncertainty::default());
    assert_eq!(reset.apply(Action::Undo).workspace.working.uncertainty.seed(), 7);
}
