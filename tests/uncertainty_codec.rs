//! Spreads, baseline ranges, seed and paths in the link, the scenario file
//! and storage: round trips, only non-defaults written, old data loading as
//! the defaults, and bad input clamped or ignored with a message naming it.

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use lotrinh::codec::{decode, encode, export_json, import_json, LinkProblem, LinkState};
use lotrinh::i18n::link_messages::describe;
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::model::uncertainty::inputs::{
    Range, Spread, Uncertainty, BASELINE_RANGES, DEFAULT_SEED, LEVER_SPREADS, MAX_PATHS, MAX_SEED, MIN_PATHS,
};
use lotrinh::model::uncertainty::simulate;
use lotrinh::presets::Preset;
use lotrinh::scenario::Scenario;
use lotrinh::workspace::Workspace;
use proptest::prelude::*;

fn uncertain() -> Scenario {
    let mut s = Scenario::default();
    s.set_whole(LeverId::GrdpGrowth, 11.0);
    s.uncertainty.set_spread(LeverId::GrdpGrowth, Spread { below: 1.0, above: 2.0 });
    s.uncertainty.set_spread(LeverId::DigitalGrowth, Spread { below: 3.0, above: 3.0 });
    s.uncertainty.set_range(IndicatorId::DigitalEconomy, Range { low: 12.0, high: 15.0 });
    s.uncertainty.set_seed(7);
    s.uncertainty.set_paths(20_000);
    s
}

#[test]
fn the_link_is_readable_and_holds_only_non_defaults() {
    let link = encode(&LinkState::single(uncertain()));
    assert_eq!(
        link,
        "v=1&grdp_growth=11&spread.grdp_growth=1~2&spread.digital_growth=3&range.digital_economy=12~15&seed=7&paths=20000"
    );
    // Defaults are not written, even when stored explicitly.
    let mut default = Scenario::default();
    default.uncertainty.seed = Some(DEFAULT_SEED);
    default.uncertainty.spreads.insert(LeverId::GrdpGrowth, LEVER_SPREADS[0].default);
    assert_eq!(encode(&LinkState::single(default)), "v=1");
}

#[test]
fn link_and_file_round_trip_exactly_and_reproduce_the_chances() {
    let scenario = uncertain();
    let decoded = decode(&encode(&LinkState::single(scenario.clone())));
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.state.scenarios, vec![scenario.clone()]);
    let (from_file, problems) = import_json(&export_json(&scenario)).unwrap();
    assert_eq!((from_file.clone(), problems), (scenario.clone(), vec![]));
    // A page opened from the link computes the very same fan.
    assert_eq!(simulate(&decoded.state.scenarios[0]), simulate(&scenario));
    // The second scenario of a comparison carries its own settings.
    let state = LinkState { scenarios: vec![Scenario::default(), scenario.clone()], present: None };
    let link = encode(&state);
    assert!(link.contains("&2.seed=7"), "{link}");
    assert_eq!(decode(&link).state, state);
}

#[test]
fn a_short_link_relative_to_a_preset_keeps_the_settings() {
    let mut scenario = Preset::Plan.scenario(Lang::Vi);
    scenario.uncertainty = uncertain().uncertainty;
    let link = encode(&LinkState::single(scenario.clone()));
    assert!(link.contains("preset=") && link.contains("&seed=7"), "{link}");
    let decoded = decode(&link);
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(decoded.state.scenarios, vec![scenario]);
}

#[test]
fn storage_round_trips_and_old_data_loads_as_the_defaults() {
    let workspace = Workspace { working: uncertain(), ..Workspace::default() };
    let (back, problems) = Workspace::from_stored(&workspace.to_stored()).unwrap();
    assert_eq!((back.working, problems), (uncertain(), vec![]));

    // A file and a link written before uncertainty existed.
    let old = r#"{"version": 1, "name": "", "note": "", "levers": {"grdp_growth": 12.0}, "targets": {}, "vintage": "2025-12-01"}"#;
    let (scenario, problems) = import_json(old).unwrap();
    assert_eq!((scenario.uncertainty, problems), (Uncertainty::default(), vec![]));
    let stored: Scenario = serde_json::from_str(old).unwrap();
    assert_eq!(stored.uncertainty, Uncertainty::default());
    assert_eq!(decode("v=1&grdp_growth=12").state.scenarios[0].uncertainty, Uncertainty::default());
}

/// Decodes `link`, checks that `grdp_growth=12` (the innocent bystander)
/// survived, and returns the problems with their English messages.
fn problems_of(link: &str) -> (Scenario, Vec<(LinkProblem, String)>) {
    let decoded = decode(link);
    let scenario = decoded.state.scenarios[0].clone();
    assert_eq!(scenario.lever(LeverId::GrdpGrowth).yearly()[0], 12.0, "{link}");
    let worded = decoded.problems.into_iter().map(|p| {
        let en = describe(&p, Lang::En);
        (p, en)
    });
    (scenario, worded.collect())
}

#[test]
fn bad_link_values_are_clamped_or_ignored_and_named() {
    // Low above high: ignored, named, the rest kept.
    let (s, problems) = problems_of("v=1&grdp_growth=12&range.digital_economy=15~12&seed=9");
    assert_eq!(s.uncertainty.range(IndicatorId::DigitalEconomy), BASELINE_RANGES[0].default);
    assert_eq!(s.uncertainty.seed(), 9);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(matches!(problems[0].0, LinkProblem::RangeReversed { low: 15.0, high: 12.0, .. }));
    assert!(problems[0].1.contains("range.digital_economy") && problems[0].1.contains("ignored"));

    // A spread outside its bounds: clamped, each side named.
    let (s, problems) = problems_of("v=1&grdp_growth=12&spread.grdp_growth=-1~15");
    assert_eq!(s.uncertainty.spread(LeverId::GrdpGrowth), Spread { below: 0.0, above: 10.0 });
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().all(|(_, en)| en.starts_with("“spread.grdp_growth” (spread: GRDP growth)")));

    // A seed that is not a number, or too large: ignored, the default used.
    let (s, problems) = problems_of("v=1&grdp_growth=12&seed=abc");
    assert_eq!((s.uncertainty.seed, problems.len()), (None, 1));
    assert!(problems[0].1.starts_with("“seed” (random seed): “abc” is not a number"), "{}", problems[0].1);
    let (s, problems) = problems_of("v=1&grdp_growth=12&seed=99999999999999999999999");
    assert_eq!((s.uncertainty.seed(), problems.len()), (DEFAULT_SEED, 1));
    assert!(matches!(problems[0].0, LinkProblem::OutOfRange { .. }));
    let (_, problems) = problems_of(&format!("v=1&grdp_growth=12&seed={}", MAX_SEED + 1));
    assert_eq!(problems.len(), 1);
    let (s, problems) = problems_of(&format!("v=1&grdp_growth=12&seed={MAX_SEED}"));
    assert_eq!((s.uncertainty.seed(), problems.len()), (MAX_SEED, 0));

    // N too large or too small: clamped.
    let (s, problems) = problems_of("v=1&grdp_growth=12&paths=1000000");
    assert_eq!((s.uncertainty.paths(), problems.len()), (MAX_PATHS, 1));
    assert!(problems[0].1.contains("100,000 was used"), "{}", problems[0].1);
    let (s, _) = problems_of("v=1&grdp_growth=12&paths=3");
    assert_eq!(s.uncertainty.paths(), MIN_PATHS);
    let (s, problems) = problems_of("v=1&grdp_growth=12&paths=1e4");
    assert_eq!((s.uncertainty.paths, problems.len()), (None, 1));

    // A spread for a lever that has none, or three numbers: ignored.
    let (_, problems) = problems_of("v=1&grdp_growth=12&spread.labour_force=1&spread.digital_growth=1~2~3");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(matches!(problems[0].0, LinkProblem::UnknownParameter { .. }));
    assert!(matches!(problems[1].0, LinkProblem::MalformedValue { .. }));

    // Ranges outside 0–100 are clamped; a range cut off at the end is reported.
    let (s, problems) = problems_of("v=1&grdp_growth=12&range.online_services=60~120");
    assert_eq!(s.uncertainty.range(IndicatorId::OnlineServices), Range { low: 60.0, high: 100.0 });
    assert_eq!(problems.len(), 1);
    let (_, problems) = problems_of("v=1&grdp_growth=12&range.online_services=60~");
    assert!(matches!(problems[0].0, LinkProblem::Truncated { .. }), "{problems:?}");
    let (_, problems) = problems_of("v=1&grdp_growth=12&spread.grd");
    assert!(matches!(problems[0].0, LinkProblem::Truncated { .. }), "{problems:?}");
}

#[test]
fn bad_file_values_are_clamped_or_ignored_and_named() {
    let text = r#"{"version": 1, "vintage": "2025-12-01", "levers": {"grdp_growth": 12},
        "uncertainty": {"spreads": {"digital_growth": {"below": 2, "above": 99}, "labour_force": {"below": 1, "above": 1},
                                    "records_speed": {"below": 1}},
                        "ranges": {"digital_workforce": {"low": 2.5, "high": 1.5}, "online_services": {"low": 64, "high": 66}},
                        "seed": "seven", "paths": 5000000, "colour": 1}}"#;
    let (scenario, problems) = import_json(text).unwrap();
    let u = &scenario.uncertainty;
    assert_eq!(scenario.lever(LeverId::GrdpGrowth).yearly()[0], 12.0);
    assert_eq!(u.spread(LeverId::DigitalGrowth), Spread { below: 2.0, above: 20.0 });
    assert_eq!(u.range(IndicatorId::OnlineServices), Range { low: 64.0, high: 66.0 });
    assert_eq!(u.range(IndicatorId::DigitalWorkforce), BASELINE_RANGES[1].default);
    assert_eq!((u.seed, u.paths()), (None, MAX_PATHS));
    let params: Vec<String> = problems
        .iter()
        .map(|p| match p {
            LinkProblem::OutOfRange { param, .. }
            | LinkProblem::UnknownParameter { param }
            | LinkProblem::MalformedValue { param, .. }
            | LinkProblem::MalformedNumber { param, .. }
            | LinkProblem::RangeReversed { param, .. } => param.clone(),
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    let mut sorted = params.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "uncertainty.colour",
            "uncertainty.paths",
            "uncertainty.ranges.digital_workforce",
            "uncertainty.seed",
            "uncertainty.spreads.digital_growth",
            "uncertainty.spreads.labour_force",
            "uncertainty.spreads.records_speed",
        ],
        "{problems:?}"
    );
    for problem in &problems {
        let vi = describe(problem, Lang::Vi);
        assert!(vi.contains("uncertainty."), "{vi}");
    }
}

fn arb_uncertainty() -> impl Strategy<Value = Uncertainty> {
    let spreads = proptest::collection::vec((0usize..LEVER_SPREADS.len(), 0.0f64..4.0, 0.0f64..4.0), 0..4);
    let ranges =
        proptest::collection::vec((0usize..BASELINE_RANGES.len(), 0.0f64..100.0, 0.0f64..100.0), 0..3);
    (spreads, ranges, proptest::option::of(0..=MAX_SEED), proptest::option::of(MIN_PATHS..=MAX_PATHS))
        .prop_map(|(spreads, ranges, seed, paths)| {
            let mut u = Uncertainty::default();
            for (i, below, above) in spreads {
                u.set_spread(LEVER_SPREADS[i].lever, Spread { below, above });
            }
            for (i, a, b) in ranges {
                u.set_range(BASELINE_RANGES[i].indicator, Range { low: a.min(b), high: a.max(b) });
            }
            if let Some(seed) = seed {
                u.set_seed(seed);
            }
            if let Some(paths) = paths {
                u.set_paths(paths);
            }
            u
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_settings_round_trip_through_link_and_file(u in arb_uncertainty(), second in arb_uncertainty()) {
        let first = Scenario { uncertainty: u, ..Scenario::default() };
        let other = Scenario { uncertainty: second, name: "B".into(), ..Scenario::default() };
        let state = LinkState { scenarios: vec![first.clone(), other], present: None };
        let decoded = decode(&encode(&state));
        prop_assert_eq!(decoded.problems, vec![]);
        prop_assert_eq!(decoded.state, state);
        let (back, problems) = import_json(&export_json(&first)).unwrap();
        prop_assert_eq!(problems, vec![]);
        prop_assert_eq!(back, first);
    }

    #[test]
    fn any_uncertainty_parameter_text_decodes_to_a_state_that_round_trips(
        key in prop::sample::select(vec!["spread.grdp_growth", "spread.records_ceiling", "range.digital_economy", "seed", "paths", "2.seed", "3.range.online_services"]),
        value in "[-0-9.~ea]{0,12}",
    ) {
        let decoded = decode(&format!("v=1&{key}={value}"));
        let again = decode(&encode(&decoded.state));
        prop_assert_eq!(again.problems, vec![]);
        prop_assert_eq!(again.state, decoded.state);
    }
}
