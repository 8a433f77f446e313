//! The Monte Carlo engine, the tornado and goal-seeking, natively: the
//! invariants of issue 8 over grids of scenarios and seeded property tests.

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use lotrinh::model::goal_seek::{levers_for, seek, Aim, Outcome};
use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::model::projection::{project, Status};
use lotrinh::model::uncertainty::inputs::{Range, Spread, LEVER_SPREADS, MAX_PATHS, Z90};
use lotrinh::model::uncertainty::monte_carlo::standard_error;
use lotrinh::model::uncertainty::{simulate, Simulator, Uncertainty};
use lotrinh::model::YEARS;
use lotrinh::scenario::Scenario;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

#[path = "reference/fan.rs"]
mod reference;

fn with_paths(mut scenario: Scenario, paths: u32) -> Scenario {
    scenario.uncertainty.set_paths(paths);
    scenario
}

/// Scenarios over a grid of the growth and speed levers, some per year.
fn grid() -> Vec<Scenario> {
    let mut out = Vec::new();
    for digital in [0.0, 10.0, 15.0, 25.0, 40.0] {
        for speed in [0.0, 30.0, 80.0] {
            for grdp in [5.0, 10.0, 20.0] {
                let mut s = Scenario::default();
                s.set_whole(LeverId::DigitalGrowth, digital);
                s.set_whole(LeverId::ServicesSpeed, speed);
                s.set_whole(LeverId::RecordsSpeed, speed);
                s.set_whole(LeverId::GrdpGrowth, grdp);
                s.set_whole(LeverId::DigitalWorkforceGrowth, digital / 2.0);
                out.push(s);
            }
        }
    }
    let mut per_year = Scenario::default();
    per_year.set_year(LeverId::DigitalGrowth, 0, 40.0);
    per_year.set_year(LeverId::DigitalGrowth, 4, 0.0);
    per_year.set_whole(LeverId::ServicesCeiling, 95.0);
    per_year.set_target(IndicatorId::DigitalWorkforce, Some(2.0));
    out.push(per_year);
    out
}

#[test]
fn zero_spreads_collapse_onto_the_projection_and_chances_match_the_status() {
    for scenario in grid() {
        let scenario = Scenario { uncertainty: Uncertainty::none(), ..with_paths(scenario, 200) };
        let fan = simulate(&scenario);
        let projection = project(&scenario);
        let mut all = true;
        for p in &projection.indicators {
            let f = fan.get(p.id);
            let expected: Vec<f64> = std::iter::once(p.baseline).chain(p.values).collect();
            for (t, band) in f.bands.iter().enumerate() {
                for q in band.as_array() {
                    assert_eq!(q.to_bits(), expected[t].to_bits(), "{:?} point {t}", p.id);
                }
                assert_eq!(f.deterministic[t].to_bits(), expected[t].to_bits());
            }
            let met = p.status == Status::OnTrack;
            assert_eq!(f.chance, if met { 1.0 } else { 0.0 }, "{:?} {:?}", p.id, p.status);
            all &= met;
        }
        assert_eq!(fan.chance_all, if all { 1.0 } else { 0.0 });
    }
}

#[test]
fn percentiles_are_ordered_and_chances_are_shares() {
    for scenario in grid() {
        let fan = simulate(&with_paths(scenario, 1000));
        for f in &fan.indicators {
            for band in &f.bands {
                let q = band.as_array();
                assert!(q.windows(2).all(|w| w[0] <= w[1]), "{:?} {band:?}", f.id);
                assert!(q.iter().all(|v| (0.0..=100.0).contains(v)), "{:?} {band:?}", f.id);
            }
            assert!((0.0..=1.0).contains(&f.chance));
            // All four together is never likelier than any one.
            assert!(fan.chance_all <= f.chance);
        }
    }
}

#[test]
fn the_default_scenario_has_real_bands() {
    let fan = simulate(&Scenario::default());
    assert_eq!(fan.paths, 10_000);
    for f in &fan.indicators {
        let last = f.bands[YEARS];
        if f.id != IndicatorId::RecordsDigitisation || last.p95 < 100.0 {
            assert!(last.p05 < last.p50 && last.p50 < last.p95, "{:?} {last:?}", f.id);
        }
    }
    // The 2025 baseline band spans the digital-economy range 14.02–15 %.
    let economy = fan.get(IndicatorId::DigitalEconomy).bands[0];
    assert!(economy.p05 > 14.02 && economy.p95 < 15.0 && (economy.p50 - 14.51).abs() < 0.02, "{economy:?}");
}

#[test]
fn the_same_seed_gives_identical_output_and_another_seed_does_not() {
    let mut scenario = Scenario::default();
    scenario.set_whole(LeverId::DigitalGrowth, 18.0);
    let a = simulate(&scenario);
    // A simulator reused after another scenario gives the same result.
    let mut simulator = Simulator::new();
    simulator.run(&Scenario::default());
    let b = simulator.run(&scenario);
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
    scenario.uncertainty.set_seed(7);
    let c = simulate(&scenario);
    assert_ne!(a.get(IndicatorId::DigitalEconomy).bands, c.get(IndicatorId::DigitalEconomy).bands);
}

#[test]
fn a_preview_uses_the_first_paths_of_the_full_run() {
    let scenario = with_paths(Scenario::default(), 1000);
    let mut simulator = Simulator::new();
    let preview = simulator.run_preview(&scenario, 1000);
    assert_eq!(preview, simulator.run(&scenario));
    assert_eq!(simulator.run_preview(&scenario, 50).paths, 50);
}

/// A run carried out in uneven steps, as the page does between frames,
/// gives bit for bit the fan of one uninterrupted run, for every scenario of
/// the grid (per-year levers, another target) and in either economy mode.
#[test]
fn a_run_in_steps_equals_one_run() {
    let mut scenarios = grid();
    scenarios.push(Scenario { economy: lotrinh::scenario::EconomyMode::Components, ..Scenario::default() });
    let mut simulator = Simulator::new();
    for scenario in scenarios.iter().map(|s| with_paths(s.clone(), 2_345)) {
        let whole = simulate(&scenario);
        let mut run = simulator.start(&scenario);
        assert_eq!(run.scenario(), &scenario);
        let mut steps = 0;
        for size in [1, 999, 0, 1000].into_iter().cycle() {
            steps += 1;
            if run.step(size) {
                break;
            }
            assert!(!run.is_done());
        }
        assert_eq!(steps, 6, "1 + 999 + 0 + 1000 + 1 + 999 paths reach 2,345 on the sixth step");
        assert_eq!(format!("{:?}", simulator.finish(run)), format!("{whole:?}"));
    }
    // Finishing early draws what is left: the same fan again.
    let scenario = with_paths(Scenario::default(), 3_000);
    let mut run = simulator.start(&scenario);
    run.step(10);
    assert_eq!(simulator.finish(run), simulate(&scenario));
}

/// Only digital growth is uncertain (a two-piece normal) and GRDP growth is
/// fixed, so the 2030 share `s0·((1 + g)/(1 + w))⁵` meets a target exactly
/// when g ≥ g*. Put g* one upper-half scale above the centre: the chance is
/// P(Z ≥ 1) = 1 − Φ(1).
#[test]
fn one_normal_growth_input_matches_its_closed_form() {
    const ONE_MINUS_PHI_1: f64 = 0.158_655_253_931_457_05;
    let mut scenario = Scenario::default();
    let mut uncertainty = Uncertainty::none();
    uncertainty.set_spread(LeverId::DigitalGrowth, Spread { below: 3.0, above: 5.0 });
    uncertainty.set_paths(MAX_PATHS);
    scenario.uncertainty = uncertainty;
    let (centre, whole, s0) = (15.0, 10.0, 15.0);
    let g_star: f64 = centre + 5.0 / Z90;
    let share = s0 * ((1.0 + g_star / 100.0) / (1.0 + whole / 100.0)).powi(YEARS as i32);
    // The target counts as met from target − precision/2.
    scenario.set_target(IndicatorId::DigitalEconomy, Some(share + 0.05));
    let fan = simulate(&scenario);
    let chance = fan.get(IndicatorId::DigitalEconomy).chance;
    let se = standard_error(ONE_MINUS_PHI_1, MAX_PATHS);
    assert!((chance - ONE_MINUS_PHI_1).abs() < 3.0 * se, "{chance} vs {ONE_MINUS_PHI_1} ± 3·{se}");
}

/// Only the records baseline is uncertain, uniform on 30–40 %. At a constant
/// speed of 20 % the 2030 value is `C − (C − x0)·0.8⁵`, so the target is met
/// exactly when x0 ≥ x*; with x* = 32.5 the chance is (40 − 32.5)/10 = 0.75.
#[test]
fn one_uniform_baseline_matches_its_closed_form() {
    let mut scenario = Scenario::default();
    let mut uncertainty = Uncertainty::none();
    uncertainty.set_range(IndicatorId::RecordsDigitisation, Range { low: 30.0, high: 40.0 });
    uncertainty.set_paths(MAX_PATHS);
    scenario.uncertainty = uncertainty;
    let x_star = 32.5;
    let value = 100.0 - (100.0 - x_star) * 0.8f64.powi(YEARS as i32);
    scenario.set_target(IndicatorId::RecordsDigitisation, Some(value + 0.005));
    let chance = simulate(&scenario).get(IndicatorId::RecordsDigitisation).chance;
    let se = standard_error(0.75, MAX_PATHS);
    assert!((chance - 0.75).abs() < 3.0 * se, "{chance} vs 0.75 ± 3·{se}");
}

/// The growth lever that drives each indicator, and whether raising it helps.
const DRIVERS: [(LeverId, IndicatorId); 4] = [
    (LeverId::DigitalGrowth, IndicatorId::DigitalEconomy),
    (LeverId::DigitalWorkforceGrowth, IndicatorId::DigitalWorkforce),
    (LeverId::ServicesSpeed, IndicatorId::OnlineServices),
    (LeverId::RecordsSpeed, IndicatorId::RecordsDigitisation),
];

#[test]
fn raising_a_growth_lever_never_lowers_the_chance_of_its_target() {
    let mut runner = TestRunner::new_with_rng(
        Config { cases: 48, ..Config::default() },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[8; 32]),
    );
    let strategy =
        (0usize..DRIVERS.len(), 0.0f64..30.0, 0.0f64..10.0, 0.0f64..10.0, 0.0f64..20.0, any::<u16>());
    runner
        .run(&strategy, |(which, value, raise, below, above, seed)| {
            let (lever, indicator) = DRIVERS[which];
            let mut scenario = with_paths(Scenario::default(), 400);
            scenario.uncertainty.set_seed(u64::from(seed));
            scenario.uncertainty.set_spread(lever, Spread { below, above });
            scenario.set_whole(lever, value);
            let before = simulate(&scenario).get(indicator).chance;
            scenario.set_whole(lever, value + raise);
            let after = simulate(&scenario).get(indicator).chance;
            prop_assert!(after >= before, "{lever:?} {value}+{raise}: {before} → {after}");
            Ok(())
        })
        .unwrap();
}

#[test]
fn goal_seek_answers_reach_the_target_once_applied() {
    let mut scenarios = vec![Scenario::default()];
    let mut slow = Scenario::default();
    slow.set_whole(LeverId::ServicesSpeed, 5.0);
    slow.set_whole(LeverId::DigitalGrowth, 8.0);
    scenarios.push(slow);
    scenarios.push(Scenario { economy: lotrinh::scenario::EconomyMode::Components, ..Scenario::default() });
    for scenario in scenarios {
        for indicator in IndicatorId::all() {
            for lever in levers_for(scenario.economy, indicator) {
                let answer = seek(&scenario, indicator, lever, Aim::Target);
                let mut applied = scenario.clone();
                match answer.outcome {
                    Outcome::Reaches { value, achieved } => {
                        applied.set_whole(lever, value);
                        let p = project(&applied);
                        let p = p.get(indicator);
                        assert_eq!(p.status, Status::OnTrack, "{indicator:?} {lever:?} = {value}");
                        assert_eq!(p.value_2030(), achieved);
                    }
                    Outcome::OutOfReach { best, achieved } => {
                        applied.set_whole(lever, best);
                        let p = project(&applied);
                        assert_ne!(p.get(indicator).status, Status::OnTrack, "{indicator:?} {lever:?}");
                        assert_eq!(p.get(indicator).value_2030(), achieved);
                    }
                }
            }
        }
    }
}

#[test]
fn goal_seek_for_a_chance_reaches_it_within_monte_carlo_error() {
    let wanted = 0.8;
    let scenario = with_paths(Scenario::default(), 4000);
    for (lever, indicator) in DRIVERS {
        let answer = seek(&scenario, indicator, lever, Aim::Chance(wanted));
        let Outcome::Reaches { value, achieved } = answer.outcome else { panic!("{answer:?}") };
        let mut applied = scenario.clone();
        applied.set_whole(lever, value);
        // With the same seed the draws are the same: exactly as computed.
        let same = simulate(&applied).get(indicator).chance;
        assert_eq!(same, achieved);
        assert!(same >= wanted, "{lever:?}: {same}");
        // With another seed, within the error of the difference of two
        // independent estimates, 3·√2 standard errors.
        applied.uncertainty.set_seed(99);
        let other = simulate(&applied).get(indicator).chance;
        let tolerance = 3.0 * 2f64.sqrt() * standard_error(wanted, 4000);
        assert!(other >= wanted - tolerance, "{lever:?} = {value}: {other} < {wanted} − {tolerance}");
        // One step less falls short with the same seed.
        let mut less = scenario.clone();
        less.set_whole(lever, value - lever.spec().step);
        assert!(simulate(&less).get(indicator).chance < wanted, "{lever:?}");
    }
}

#[test]
fn an_impossible_chance_says_how_far_the_best_value_gets() {
    let mut scenario = with_paths(Scenario::default(), 1000);
    // A services ceiling that may lie below 100 % caps the chance near 1/2.
    scenario.uncertainty.set_spread(LeverId::ServicesCeiling, Spread { below: 5.0, above: 0.0 });
    let answer = seek(&scenario, IndicatorId::OnlineServices, LeverId::ServicesSpeed, Aim::Chance(0.9));
    let Outcome::OutOfReach { best, achieved } = answer.outcome else { panic!("{answer:?}") };
    assert_eq!(best, 100.0);
    assert!(achieved < 0.9 && achieved > 0.3, "{achieved}");
}

#[test]
fn every_lever_spread_is_drawn_and_spreads_only_widen_their_indicator() {
    // Turning one spread on leaves the other indicators' fans untouched:
    // every input draws its number whether or not its spread is zero.
    let base = Scenario { uncertainty: Uncertainty::none(), ..with_paths(Scenario::default(), 500) };
    let before = simulate(&base);
    for spec in LEVER_SPREADS {
        let mut one = base.clone();
        one.uncertainty.set_spread(spec.lever, Spread { below: 1.0, above: 1.0 });
        let after = simulate(&one);
        let moved: Vec<IndicatorId> =
            IndicatorId::all().filter(|id| before.get(*id).bands != after.get(*id).bands).collect();
        assert!(moved.len() <= 1, "{:?} moved {moved:?}", spec.lever);
    }
}

/// The browser test (`tests/web.rs`) checks the same bits in wasm32.
#[test]
fn the_checked_in_reference_fan_matches() {
    let digest = reference::digest(&simulate(&reference::scenario()));
    if std::env::var_os("UPDATE_REFERENCE").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/fan.txt");
        std::fs::write(path, &digest).expect("write tests/reference/fan.txt");
        return;
    }
    assert_eq!(
        digest,
        reference::EXPECTED,
        "the engine's output changed; if on purpose, run UPDATE_REFERENCE=1 cargo test --test uncertainty reference"
    );
}
