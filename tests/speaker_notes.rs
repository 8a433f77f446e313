//! Speaker notes: stored with the scenario (and its JSON file), per slide,
//! the scenario's note by default; never in share links.

use lotrinh::app::{Action, AppState};
use lotrinh::codec::{decode, encode, export_json, import_json, LinkProblem, LinkState};
use lotrinh::model::indicators::IndicatorId;
use lotrinh::presentation::{speaker_notes, Slide};
use lotrinh::scenario::Scenario;

#[test]
fn notes_default_to_the_scenario_note_and_are_kept_per_slide() {
    let state = AppState::default().apply(Action::SetNote("Ghi chú chung".into()));
    let state = state.apply(Action::SetSpeakerNote("summary".into(), "Nhấn mạnh khoảng cách".into()));
    let scenario = state.scenario();
    assert_eq!(speaker_notes(scenario, Slide::Summary), "Nhấn mạnh khoảng cách");
    assert_eq!(speaker_notes(scenario, Slide::Title), "Ghi chú chung");
    assert_eq!(speaker_notes(scenario, Slide::Indicator(IndicatorId::DigitalEconomy)), "Ghi chú chung");
    // A cleared note stays empty; the scenario's note written back is the default again.
    let cleared = state.apply(Action::SetSpeakerNote("summary".into(), String::new()));
    assert_eq!(speaker_notes(cleared.scenario(), Slide::Summary), "");
    let back = cleared.apply(Action::SetSpeakerNote("summary".into(), "Ghi chú chung".into()));
    assert!(back.scenario().speaker_notes.is_empty());
    // One undo step for a run of typing.
    let typed = AppState::default()
        .apply(Action::SetSpeakerNote("title".into(), "a".into()))
        .apply(Action::SetSpeakerNote("title".into(), "ab".into()))
        .apply(Action::Undo);
    assert!(typed.scenario().speaker_notes.is_empty());
}

#[test]
fn notes_travel_in_scenario_files_not_in_links() {
    let mut scenario = Scenario { name: "A".into(), ..Scenario::default() };
    scenario.speaker_notes.insert("digital_economy".into(), "Dòng 1\nDòng 2".into());
    let json = export_json(&scenario);
    let (back, problems) = import_json(&json).expect("a file we wrote");
    assert_eq!(problems, vec![]);
    assert_eq!(back, scenario);
    let link = encode(&LinkState::single(scenario.clone()));
    assert!(!link.contains("Dòng") && !link.contains("D%C3%B2ng"), "{link}");
    assert!(decode(&link).state.scenarios[0].speaker_notes.is_empty());
    let odd = import_json(
        r#"{"version": 1, "vintage": "2025-12-01", "speaker_notes": {"colour": "x", "title": 3}}"#,
    )
    .expect("an object");
    assert!(odd.0.speaker_notes.is_empty());
    assert_eq!(odd.1.len(), 2, "{:?}", odd.1);
    assert!(odd.1.contains(&LinkProblem::UnknownParameter { param: "speaker_notes.colour".into() }));
}
