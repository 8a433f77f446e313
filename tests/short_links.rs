//! Short links (`codec::short`): presets referred to by name and data
//! vintage, exact round trips, the length budget, and older links.

// proptest: native only.
#![cfg(not(target_arch = "wasm32"))]

use lotrinh::codec::short::{bases_of, EDITIONS};
use lotrinh::codec::{decode, encode, LinkProblem, LinkState};
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::presets::Preset;
use lotrinh::scenario::{LeverValue, Scenario, DATA_VINTAGE};
use proptest::prelude::*;

fn four_presets() -> LinkState {
    LinkState { scenarios: Preset::ALL.iter().map(|p| p.scenario(Lang::Vi)).collect(), present: None }
}

/// The long form every build before short links wrote: each scenario in full.
fn long_form(state: &LinkState) -> String {
    let mut out = String::from("v=1");
    for (i, s) in state.scenarios.iter().enumerate() {
        let prefix = if i == 0 { String::new() } else { format!("{}.", i + 1) };
        let one = encode(&LinkState::single(Scenario { vintage: "2000-01-01".into(), ..s.clone() }));
        for param in one.split('&').skip(1).filter(|p| !p.starts_with("vintage=") && !p.is_empty()) {
            out.push_str(&format!("&{prefix}{param}"));
        }
        if s.vintage != DATA_VINTAGE {
            out.push_str(&format!("&{prefix}vintage={}", s.vintage));
        }
    }
    out
}

#[test]
fn a_comparison_of_the_four_presets_is_short_and_exact() {
    let state = four_presets();
    let link = encode(&state);
    assert_eq!(
        link,
        "v=1&preset=current_trend.2025-12-01&2.preset=plan.2025-12-01&3.preset=breakthrough.2025-12-01\
         &4.preset=cautious.2025-12-01"
    );
    // Room for the address in front: 300 characters in all.
    assert!(link.len() + "https://example.gov.vn/lo-trinh-so-2030/?".len() <= 300, "{}", link.len());
    let decoded = decode(&link);
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.state, state);
}

#[test]
fn older_long_links_still_open_the_same_scenarios() {
    let state = four_presets();
    let long = long_form(&state);
    assert!(!long.contains("preset=") && long.len() > 3000, "{}", long.len());
    let decoded = decode(&long);
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.state, state);
    assert_eq!(encode(&decoded.state), encode(&state));
}

#[test]
fn an_edited_preset_carries_only_its_changes() {
    let mut cautious = Preset::Cautious.scenario(Lang::Vi);
    cautious.set_whole(LeverId::GrdpGrowth, 10.0); // back to the default
    cautious.set_whole(LeverId::DigitalGrowth, 20.0);
    cautious.set_target(IndicatorId::DigitalEconomy, Some(25.0));
    let mut renamed = Preset::Plan.scenario(Lang::Vi);
    renamed.name = String::new();
    let state = LinkState { scenarios: vec![cautious, renamed], present: Some(3) };
    let link = encode(&state);
    assert_eq!(
        link,
        "v=1&present=1&slide=3&preset=cautious.2025-12-01&grdp_growth=10&digital_growth=20\
         &t.digital_economy=25&2.preset=plan.2025-12-01&2.name="
    );
    assert_eq!(decode(&link).state, state);
}

#[test]
fn a_scenario_far_from_every_preset_stays_in_full() {
    let mut s = Scenario { name: "Tỉnh".into(), ..Scenario::default() };
    s.set_whole(LeverId::GrdpGrowth, 12.0);
    assert_eq!(encode(&LinkState::single(s)), "v=1&name=T%E1%BB%89nh&grdp_growth=12");
}

#[test]
fn references_with_problems_are_reported_and_the_rest_kept() {
    let unknown = decode("v=1&preset=grand_plan.2025-12-01&grdp_growth=12");
    assert_eq!(
        unknown.problems,
        vec![LinkProblem::MalformedValue { param: "preset".into(), given: "grand_plan.2025-12-01".into() }]
    );
    assert_eq!(unknown.state.scenarios[0].lever(LeverId::GrdpGrowth), LeverValue::Whole(12.0));
    let other_vintage = decode("v=1&2.preset=plan.2019-01-01");
    assert_eq!(
        other_vintage.problems,
        vec![LinkProblem::PresetVintage {
            param: "2.preset".into(),
            given: "2019-01-01".into(),
            used: DATA_VINTAGE.into()
        }]
    );
    assert_eq!(other_vintage.state.scenarios[1], Preset::Plan.scenario(Lang::Vi));
    // Without a vintage the reference means today's edition.
    assert_eq!(decode("v=1&preset=plan").state.scenarios[0], Preset::Plan.scenario(Lang::Vi));
    assert_eq!(
        decode("v=1&preset=plan&preset=cautious").problems,
        vec![LinkProblem::Duplicate { param: "preset".into() }]
    );
    assert_eq!(
        decode("v=1&preset=pl").problems,
        vec![LinkProblem::MalformedValue { param: "preset".into(), given: "pl".into() }]
    );
}

#[test]
fn every_edition_holds_every_preset() {
    for edition in EDITIONS {
        assert_eq!(
            bases_of(edition.vintage).count(),
            2 * Preset::ALL.len(),
            "{}: each preset in both languages",
            edition.vintage
        );
    }
}

fn lever_strategy() -> impl Strategy<Value = (usize, f64)> {
    (0usize..9, 0.0f64..1.0)
}

proptest! {
    #[test]
    fn edited_presets_round_trip_exactly(
        presets in proptest::collection::vec(0usize..4, 1..=4),
        edits in proptest::collection::vec(lever_strategy(), 0..4),
        rename in proptest::option::of("[a-zA-Zạ-ỹ .()\"”…]{0,12}"),
        target in proptest::option::of(0.0f64..100.0),
    ) {
        let mut scenarios: Vec<Scenario> = presets.iter().map(|i| Preset::ALL[*i].scenario(Lang::Vi)).collect();
        let levers: Vec<LeverId> = LeverId::all().collect();
        for (index, (lever, at)) in edits.iter().enumerate() {
            let spec = levers[*lever].spec();
            let value = spec.min + (spec.max - spec.min) * at;
            let s = &mut scenarios[index % presets.len()];
            if index % 2 == 0 {
                s.set_whole(spec.id, value);
            } else if spec.per_year {
                s.set_year(spec.id, index % 5, value);
            }
        }
        if let Some(name) = rename {
            scenarios[0].name = name.trim().to_owned();
        }
        if let Some(target) = target {
            scenarios[presets.len() - 1].set_target(IndicatorId::OnlineServices, Some(target));
        }
        let state = LinkState { scenarios, present: None };
        let link = encode(&state);
        let decoded = decode(&link);
        prop_assert_eq!(decoded.problems, vec![], "{}", link);
        prop_assert_eq!(decoded.state, state, "{}", link);
    }
}
