//! The reducer's limits at their exact values, and the monitoring actions:
//! shapes, baselines, the economy mode, milestones and actuals, with bad
//! actuals refused with a message and nothing else lost.

use lotrinh::app::{Action, AppState, Problem, MAX_UNDO};
use lotrinh::codec::{decode, encode, LinkState};
use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::model::projection::project;
use lotrinh::model::shapes::Shape;
use lotrinh::monitoring::{Actual, EntryFault};
use lotrinh::presets::Preset;
use lotrinh::scenario::{EconomyMode, Scenario};
use lotrinh::workspace::{Compared, Workspace, MAX_COMPARED};

/// `count` edits, each its own undo step (alternating levers, so no two
/// consecutive edits merge).
fn edits(count: usize) -> AppState {
    (0..count).fold(AppState::default(), |state, i| {
        let lever = if i % 2 == 0 { LeverId::GrdpGrowth } else { LeverId::DigitalGrowth };
        state.apply(Action::SetLever(lever, 1.0 + (i / 2) as f64 * 0.1))
    })
}

fn undo_all(mut state: AppState) -> (AppState, usize) {
    let mut undone = 0;
    loop {
        let before = state.workspace.clone();
        state = state.apply(Action::Undo);
        if state.workspace == before {
            return (state, undone);
        }
        undone += 1;
    }
}

#[test]
fn the_undo_limit_holds_exactly_max_undo_steps() {
    // Exactly MAX_UNDO edits: every one can be undone, back to the start.
    let state = edits(MAX_UNDO);
    assert_eq!(state.past.len(), MAX_UNDO);
    let (state, undone) = undo_all(state);
    assert_eq!(undone, MAX_UNDO);
    assert_eq!(state.workspace, Workspace::default());
    // One more: the oldest step drops off, so the first edit stays.
    let state = edits(MAX_UNDO + 1);
    assert_eq!(state.past.len(), MAX_UNDO);
    let (state, undone) = undo_all(state);
    assert_eq!(undone, MAX_UNDO);
    assert_eq!(state.workspace.working.lever(LeverId::GrdpGrowth).yearly()[0], 1.0);
}

#[test]
fn the_comparison_limit_holds_exactly_max_compared_scenarios() {
    let presets = [Preset::Plan, Preset::Cautious, Preset::Breakthrough, Preset::CurrentTrend];
    let mut state = AppState::default();
    for preset in &presets[..MAX_COMPARED - 1] {
        state = state.apply(Action::ToggleCompare(Compared::Preset(*preset)));
    }
    // The working scenario and three compared: four in all, no message.
    assert_eq!(state.workspace.compare.len() + 1, MAX_COMPARED);
    assert!(state.messages.is_empty());
    let full = state.apply(Action::ToggleCompare(Compared::Preset(presets[MAX_COMPARED - 1])));
    assert_eq!(full.workspace.compare.len() + 1, MAX_COMPARED);
    assert_eq!(full.messages.last().map(|m| &m.problem), Some(&Problem::CompareFull));
    // A link with exactly four scenarios opens them all.
    let four = LinkState { scenarios: vec![Scenario::default(); MAX_COMPARED], present: None };
    let decoded = decode(&encode(&four));
    assert_eq!(decoded.state.scenarios.len(), MAX_COMPARED);
    let opened = AppState::default().apply(Action::OpenLinked(decoded.state.scenarios, decoded.problems));
    assert_eq!(opened.workspace.compare.len() + 1, MAX_COMPARED);
}

fn actual(value: f64, date: &str) -> Actual {
    Actual { value, date: date.to_owned(), source: "Báo cáo\u{0} UBND".to_owned() }
}

fn add(state: AppState, year: u16, actual: Actual) -> AppState {
    state.apply(Action::AddActual {
        indicator: IndicatorId::DigitalWorkforce,
        year,
        actual,
        today: "2027-03-01".to_owned(),
    })
}

#[test]
fn bad_actuals_are_refused_with_a_message_and_nothing_else_lost() {
    let mut state = AppState::default().apply(Action::SetLever(LeverId::GrdpGrowth, 11.0));
    state = add(state, 2026, actual(2.2, "2027-01-20"));
    let kept = state.workspace.clone();
    let working = &kept.working;
    assert_eq!(working.actuals[&IndicatorId::DigitalWorkforce][&2026].source, "Báo cáo UBND");
    for (year, bad, fault) in [
        (2025, actual(2.3, "2026-01-20"), EntryFault::YearOutside),
        (2031, actual(2.3, "2027-01-20"), EntryFault::YearOutside),
        (2026, actual(100.5, "2027-01-20"), EntryFault::OutOfRange),
        (2026, actual(f64::NAN, "2027-01-20"), EntryFault::NotANumber),
        (2026, actual(2.3, "2027-03-02"), EntryFault::FutureDate),
        (2026, actual(2.3, "hôm qua"), EntryFault::BadDate),
    ] {
        let refused = add(state.clone(), year, bad);
        assert_eq!(refused.workspace, kept, "{fault:?}");
        assert_eq!(
            refused.messages.last().map(|m| &m.problem),
            Some(&Problem::ActualRefused(IndicatorId::DigitalWorkforce, fault))
        );
        let words = lotrinh::problem_text::describe(
            &refused.messages.last().unwrap().problem,
            lotrinh::i18n::Lang::En,
        );
        assert!(words.contains("not accepted") && words.contains("Nothing else"), "{words}");
    }
    // Undo takes the actual away; the projection then starts from 2025 again.
    let undone = state.clone().apply(Action::Undo);
    assert!(undone.workspace.working.actuals.is_empty());
    assert_eq!(project(&undone.workspace.working).get(IndicatorId::DigitalWorkforce).start_year, 2025);
    let removed = state.apply(Action::RemoveActual(IndicatorId::DigitalWorkforce, 2026));
    assert!(removed.workspace.working.actuals.is_empty());
}

#[test]
fn monitoring_choices_travel_in_links_files_and_storage() {
    let mut state = AppState::default();
    state = state.apply(Action::SetShape(IndicatorId::OnlineServices, Shape::Logistic));
    state = state.apply(Action::SetBaselineChoice(IndicatorId::DigitalEconomy, "sep_2025".to_owned()));
    state = state.apply(Action::SetEconomy(EconomyMode::Components));
    state = state.apply(Action::SetMilestone(IndicatorId::DigitalWorkforce, 2028, Some(2.6)));
    state = add(state, 2026, actual(2.2, "2027-01-20"));
    let refused = state.clone().apply(Action::SetMilestone(IndicatorId::DigitalWorkforce, 2030, Some(3.0)));
    assert_eq!(refused.workspace, state.workspace);
    assert!(matches!(refused.messages.last().map(|m| &m.problem), Some(Problem::MilestoneRefused(..))));

    let scenario = state.workspace.working.clone();
    assert_eq!(scenario.shape(IndicatorId::OnlineServices), Shape::Logistic);
    // Link.
    let decoded = decode(&encode(&LinkState::single(scenario.clone())));
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.state.scenarios[0], scenario);
    // File.
    let json = lotrinh::codec::export_json(&scenario);
    assert_eq!(lotrinh::codec::import_json(&json), Ok((scenario.clone(), vec![])));
    // Storage.
    let (restored, problems) = Workspace::from_stored(&state.workspace.to_stored()).unwrap();
    assert_eq!(problems, vec![]);
    assert_eq!(restored.working, scenario);
    // Reset all puts the assumptions back and keeps the monitoring data.
    let reset = state.apply(Action::ResetAll);
    let working = &reset.workspace.working;
    assert!(working.shapes.is_empty() && working.baselines.is_empty());
    assert_eq!(working.economy, EconomyMode::Grdp);
    assert_eq!(working.actuals, scenario.actuals);
    assert_eq!(working.milestones, scenario.milestones);
}

#[test]
fn old_files_and_storage_without_the_new_fields_still_load() {
    let old = r#"{"version": 1, "name": "Cũ", "levers": {"grdp_growth": 11}, "targets": {}, "vintage": "2025-12-01"}"#;
    let (scenario, problems) = lotrinh::codec::import_json(old).unwrap();
    assert_eq!(problems, vec![]);
    assert!(scenario.actuals.is_empty() && scenario.shapes.is_empty());
    let stored: Scenario = serde_json::from_str(old).unwrap();
    assert_eq!(stored, scenario);
}
