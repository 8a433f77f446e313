//! Invariants of the projection model, checked natively over a grid of lever
//! values and over random scenarios, in the spirit of SDEverywhere's model
//! checks ("should be between 0 and 100 for all input scenarios").
//!
//! Random scenarios are built field by field, bypassing the clamping setters,
//! so they hold what an old link, a storage entry or a hand-edited file could:
//! any lever whole or per year, values beyond the range, NaN and infinities,
//! and any custom target. The proptest seed is fixed, so every run checks the
//! same cases and a failure reproduces.

// proptest is a native-only dev-dependency (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]

use lotrinh::model::indicators::{Comparator, IndicatorId, IndicatorSpec, Path, INDICATORS};
use lotrinh::model::levers::{LeverId, LeverSpec, LEVERS};
use lotrinh::model::projection::{
    project, IndicatorProjection, Projection, Reached, Required, Status, ACCELERATION_THRESHOLD,
};
use lotrinh::model::shapes::Shape;
use lotrinh::model::{BASE_YEAR, TARGET_YEAR, YEARS};
use lotrinh::scenario::{EconomyMode, LeverValue, Scenario};
use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, RngSeed};

/// Fixed seed and algorithm: the same 2,000 cases on every run and machine.
/// No failure persistence, so no `proptest-regressions/` files appear; a
/// failure worth keeping becomes a named test below instead.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 2000,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(57_2030),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Floating-point slack for comparisons that hold exactly in real
/// arithmetic. The gap-closing step `x + s·(C − x)` rounds twice, so two
/// paths that meet near the ceiling can end an ulp or so out of order;
/// 1e-9 percentage points is far below any reporting precision.
const FLOAT_SLACK: f64 = 1e-9;

// ---------------------------------------------------------------- strategies

/// Odd values every lever is tried with, besides random ones.
fn special_values(spec: &LeverSpec, finite_only: bool) -> Vec<f64> {
    let mut values = vec![
        spec.min,
        spec.max,
        spec.default,
        spec.min - spec.step,
        spec.max + spec.step,
        0.0,
        -0.0,
        -100.0,
        1e300,
        -1e300,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
    ];
    if !finite_only {
        values.extend([f64::NAN, f64::INFINITY, f64::NEG_INFINITY]);
    }
    values
}

/// A value for one lever: mostly in range, often beyond it, sometimes odd.
fn lever_number(spec: &'static LeverSpec, finite_only: bool) -> BoxedStrategy<f64> {
    let span = spec.max - spec.min;
    prop_oneof![
        6 => spec.min..=spec.max,
        3 => (spec.min - 2.0 * span)..=(spec.max + 2.0 * span),
        1 => prop::sample::select(special_values(spec, finite_only)),
    ]
    .boxed()
}

/// A lever value, whole or per year (also for whole-period levers: a
/// hand-edited file can hold that).
fn lever_value(spec: &'static LeverSpec, finite_only: bool) -> BoxedStrategy<LeverValue> {
    let number = lever_number(spec, finite_only);
    prop_oneof![
        number.clone().prop_map(LeverValue::Whole),
        prop::array::uniform::<_, YEARS>(number).prop_map(LeverValue::PerYear),
    ]
    .boxed()
}

/// A custom target: mostly a plausible percentage, sometimes out of range,
/// non-finite, or on one of the boundaries the model treats specially.
fn target_value(spec: &'static IndicatorSpec) -> BoxedStrategy<f64> {
    let half = spec.precision / 2.0;
    let specials = vec![
        0.0,
        100.0,
        100.0 - half,
        100.0 - spec.precision,
        spec.target,
        spec.baseline,
        spec.baseline + half,
        spec.baseline - half,
        -5.0,
        150.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    prop_oneof![
        6 => 0.0..=100.0,
        2 => -50.0..=200.0,
        2 => prop::sample::select(specials),
    ]
    .boxed()
}

/// A whole scenario. Each lever is set (80 %) or left at its default; each
/// indicator has a custom target half of the time, any adoption shape, any
/// baseline option; GRDP is built from its parts a third of the time.
fn scenario(finite_only: bool) -> impl Strategy<Value = Scenario> {
    let levers: Vec<_> =
        LEVERS.iter().map(|spec| prop::option::weighted(0.8, lever_value(spec, finite_only))).collect();
    let targets: Vec<_> =
        INDICATORS.iter().map(|spec| prop::option::weighted(0.5, target_value(spec))).collect();
    let shapes: Vec<_> = INDICATORS.iter().map(|_| prop::sample::select(Shape::ALL.to_vec())).collect();
    let choices: Vec<_> = INDICATORS.iter().map(|_| 0..3usize).collect();
    let economy = prop::sample::select(vec![EconomyMode::Grdp, EconomyMode::Grdp, EconomyMode::Components]);
    (levers, targets, shapes, choices, economy).prop_map(|(levers, targets, shapes, choices, economy)| {
        let mut scenario = Scenario { economy, ..Scenario::default() };
        for ((spec, shape), choice) in INDICATORS.iter().zip(shapes).zip(choices) {
            scenario.set_shape(spec.id, shape);
            if let Some(option) = spec.baselines.get(choice) {
                scenario.set_baseline_choice(spec.id, option.key);
            }
        }
        for (spec, value) in LEVERS.iter().zip(levers) {
            if let Some(value) = value {
                scenario.levers.insert(spec.id, value);
            }
        }
        for (spec, target) in INDICATORS.iter().zip(targets) {
            if let Some(target) = target {
                scenario.targets.insert(spec.id, target);
            }
        }
        scenario
    })
}

// ------------------------------------------------------------------- helpers

fn series(p: &IndicatorProjection) -> impl Iterator<Item = (u16, f64)> + '_ {
    (BASE_YEAR..=TARGET_YEAR).map(|year| (year, p.value_in(year).expect("2025–2030 all have values")))
}

/// The same scenario with every lever value replaced by what the model
/// should use: the clamped value.
fn sanitised(scenario: &Scenario) -> Scenario {
    let mut clean = scenario.clone();
    for (id, value) in clean.levers.iter_mut() {
        let spec = id.spec();
        *value = match *value {
            LeverValue::Whole(v) => LeverValue::Whole(spec.clamp(v).0),
            LeverValue::PerYear(vs) => LeverValue::PerYear(vs.map(|v| spec.clamp(v).0)),
        };
    }
    clean
}

/// How raising `lever` moves `indicator`, read from the indicator table:
/// `Some(1.0)` never lowers it, `Some(-1.0)` never raises it, `None` leaves
/// it untouched. With GRDP built from its parts, non-digital growth takes
/// the place of GRDP growth for the digital-economy share.
fn direction(lever: LeverId, indicator: &IndicatorSpec, economy: EconomyMode) -> Option<f64> {
    if indicator.id == IndicatorId::DigitalEconomy {
        match (economy, lever) {
            (EconomyMode::Components, LeverId::NonDigitalGrowth) => return Some(-1.0),
            (EconomyMode::Components, LeverId::GrdpGrowth)
            | (EconomyMode::Grdp, LeverId::NonDigitalGrowth) => return None,
            _ => {}
        }
    }
    match indicator.path {
        Path::GrowthRatio { numerator, .. } if numerator == lever => Some(1.0),
        Path::GrowthRatio { denominator, .. } if denominator == lever => Some(-1.0),
        Path::GapClosing { speed, ceiling } if speed == lever || ceiling == lever => Some(1.0),
        _ => None,
    }
}

/// Invariant: shares stay within 0–100 % and everything shown is finite.
fn check_bounds(projection: &Projection) -> Result<(), TestCaseError> {
    prop_assert_eq!(projection.indicators.len(), INDICATORS.len());
    for p in &projection.indicators {
        for (year, value) in series(p) {
            prop_assert!(value.is_finite(), "{:?} {}: {}", p.id, year, value);
            prop_assert!((0.0..=100.0).contains(&value), "{:?} {}: {}", p.id, year, value);
        }
        if let Some(absolute) = p.absolute {
            for (i, value) in absolute.iter().enumerate() {
                prop_assert!(value.is_finite() && *value >= 0.0, "{:?} absolute[{}] = {}", p.id, i, value);
            }
        }
        prop_assert!((0.0..=100.0).contains(&p.target), "{:?} target {}", p.id, p.target);
        if p.custom_target {
            prop_assert_ne!(p.target, p.spec.target, "{:?} custom means different", p.id);
        }
        prop_assert!(p.gap.is_finite(), "{:?} gap {}", p.id, p.gap);
        prop_assert!(p.pace.is_finite(), "{:?} pace {}", p.id, p.pace);
        if let Required::Rate(rate) = p.required {
            prop_assert!(rate.is_finite(), "{:?} required {}", p.id, rate);
        }
        if p.capped {
            prop_assert!(p.values.contains(&100.0), "{:?} capped but never at 100: {:?}", p.id, p.values);
        }
    }
    Ok(())
}

/// Invariant: status, year reached and gap agree with the values.
fn check_status(projection: &Projection) -> Result<(), TestCaseError> {
    for p in &projection.indicators {
        let spec = p.spec;
        let meets = |value: f64| spec.reaches(value, p.target);
        let value_2030 = p.value_2030();

        prop_assert_eq!(p.gap, p.target - value_2030, "{:?}", p.id);
        prop_assert_eq!(p.status == Status::OnTrack, meets(value_2030), "{:?}", p.id);
        let met_before = series(p).any(|(_, value)| meets(value));
        prop_assert_eq!(p.status == Status::ReachedThenLost, met_before && !meets(value_2030), "{:?}", p.id);
        match p.status {
            Status::OnTrack | Status::ReachedThenLost => {}
            Status::Unreachable => {
                prop_assert!(matches!(p.required, Required::Unreachable(_)), "{:?}", p.id)
            }
            Status::NeedsAcceleration => prop_assert!(p.pace >= ACCELERATION_THRESHOLD, "{:?}", p.id),
            Status::OffTrack => prop_assert!(p.pace < ACCELERATION_THRESHOLD, "{:?}", p.id),
        }

        let first = series(p).find(|(_, value)| meets(*value)).map(|(year, _)| year);
        let expected = match first {
            Some(BASE_YEAR) => Reached::Already,
            Some(year) => Reached::In(year),
            None => Reached::NotBy2030,
        };
        prop_assert_eq!(p.reached, expected, "{:?}: {:?}", p.id, p.values);
        if p.status == Status::OnTrack {
            prop_assert_ne!(p.reached, Reached::NotBy2030, "{:?}", p.id);
        }
        // Where the path never falls, "reached by 2030" and "on track" are
        // the same statement.
        let never_falls = series(p).zip(series(p).skip(1)).all(|((_, a), (_, b))| b >= a);
        if never_falls {
            prop_assert_eq!(p.status == Status::OnTrack, p.reached != Reached::NotBy2030, "{:?}", p.id);
        }
    }
    Ok(())
}

/// Invariant: the required rate, applied every year, hits the goal within
/// 1e-9 and meets the target when raised by 1e-9 (for "> X" the rate gives
/// exactly X, which is not above it); "any rate" meets it at the lever's
/// minimum; "unreachable" misses it at the lever's maximum.
fn check_required(scenario: &Scenario, projection: &Projection) -> Result<(), TestCaseError> {
    for p in &projection.indicators {
        let driver = p.spec.path.driver().spec();
        let mut at_rate = sanitised(scenario);
        let goal = p.spec.goal(p.target);
        match p.required {
            Required::Rate(rate) => {
                if !(driver.min..=driver.max - 1e-9).contains(&rate) {
                    continue;
                }
                at_rate.levers.insert(driver.id, LeverValue::Whole(rate));
                let reached = project(&at_rate);
                let q = reached.get(p.id);
                // The rate is in range, so nothing may be clamped.
                prop_assert!(reached.clamped.is_empty(), "{:?} at {}: {:?}", p.id, rate, reached.clamped);
                let error = q.value_2030() - goal;
                prop_assert!(
                    error.abs() <= 1e-9 * goal.max(1.0),
                    "{:?}: {} at {} vs goal {}",
                    p.id,
                    q.value_2030(),
                    rate,
                    goal
                );
                at_rate.levers.insert(driver.id, LeverValue::Whole(rate + 1e-9));
                let q = project(&at_rate);
                let q = q.get(p.id);
                prop_assert_eq!(
                    q.status,
                    Status::OnTrack,
                    "{:?} at required {}+: {:?}",
                    p.id,
                    rate,
                    q.values
                );
                prop_assert_ne!(q.reached, Reached::NotBy2030, "{:?}", p.id);
            }
            Required::AnyRate => {
                at_rate.levers.insert(driver.id, LeverValue::Whole(driver.min));
                let q = project(&at_rate);
                prop_assert_eq!(q.get(p.id).status, Status::OnTrack, "{:?} at the minimum", p.id);
            }
            Required::Unreachable(_) => {
                // Not even the fastest the lever allows gets there.
                at_rate.levers.insert(driver.id, LeverValue::Whole(driver.max));
                let q = project(&at_rate);
                prop_assert_ne!(q.get(p.id).status, Status::OnTrack, "{:?} is reachable", p.id);
            }
            Required::NoYearsLeft => prop_assert!(!scenario.actuals.is_empty(), "{:?}", p.id),
        }
        if p.spec.comparator == Comparator::Above {
            prop_assert_eq!(goal, p.target);
        }
    }
    Ok(())
}

/// Invariant: out-of-range values are reported once each, and the model
/// uses the clamped value, never the given one.
fn check_clamping(scenario: &Scenario, projection: &Projection) -> Result<(), TestCaseError> {
    let mut expected: Vec<(LeverId, u64, u64)> = Vec::new();
    for spec in LEVERS {
        for given in scenario.lever(spec.id).yearly() {
            let (used, changed) = spec.clamp(given);
            prop_assert!(used.is_finite() && (spec.min..=spec.max).contains(&used));
            let key = (spec.id, given.to_bits(), used.to_bits());
            if changed && !expected.contains(&key) {
                expected.push(key);
            }
        }
    }
    let reported: Vec<(LeverId, u64, u64)> =
        projection.clamped.iter().map(|c| (c.lever, c.given.to_bits(), c.used.to_bits())).collect();
    prop_assert_eq!(&reported, &expected);

    let clean = project(&sanitised(scenario));
    prop_assert!(clean.clamped.is_empty(), "{:?}", clean.clamped);
    prop_assert_eq!(&clean.indicators, &projection.indicators);
    Ok(())
}

fn check_all(scenario: &Scenario) -> Result<(), TestCaseError> {
    let projection = project(scenario);
    check_bounds(&projection)?;
    check_status(&projection)?;
    check_required(scenario, &projection)?;
    check_clamping(scenario, &projection)?;
    Ok(())
}

// --------------------------------------------------------------- grid checks

/// Every combination of {min, default, max} for the nine levers each
/// economy mode uses (3^9 = 19,683 scenarios per mode; the lever a mode
/// ignores stays at its default), with official targets. Adoption shapes
/// take turns, so each shape meets every third combination.
#[test]
fn invariants_hold_over_the_lever_grid() {
    for economy in [EconomyMode::Grdp, EconomyMode::Components] {
        let unused = match economy {
            EconomyMode::Grdp => LeverId::NonDigitalGrowth,
            EconomyMode::Components => LeverId::GrdpGrowth,
        };
        let levers: Vec<&LeverSpec> = LEVERS.iter().filter(|spec| spec.id != unused).collect();
        let mut indices = vec![0usize; levers.len()];
        let mut count = 0;
        loop {
            let mut scenario = Scenario { economy, ..Scenario::default() };
            for (spec, &i) in levers.iter().zip(&indices) {
                let value = [spec.min, spec.default, spec.max][i];
                scenario.levers.insert(spec.id, LeverValue::Whole(value));
            }
            let shape = Shape::ALL[count % Shape::ALL.len()];
            scenario.set_shape(IndicatorId::OnlineServices, shape);
            scenario.set_shape(IndicatorId::RecordsDigitisation, shape);
            if let Err(error) = check_all(&scenario) {
                panic!("{error}\nscenario: {scenario:?}");
            }
            count += 1;
            // Odometer over the nine three-way choices.
            let mut position = 0;
            loop {
                if position == indices.len() {
                    break;
                }
                indices[position] += 1;
                if indices[position] < 3 {
                    break;
                }
                indices[position] = 0;
                position += 1;
            }
            if position == indices.len() {
                assert_eq!(count, 3usize.pow(levers.len() as u32));
                break;
            }
        }
    }
}

/// Each shape's solver hits its goal within 1e-9 over a grid of starts,
/// goals, ceilings and years left (closed forms and the S-curve's bisection).
#[test]
fn every_shape_solver_hits_its_goal_over_a_grid() {
    let mut checked = 0;
    for shape in Shape::ALL {
        for ceiling in [40.0, 70.0, 95.0, 100.0] {
            for start in [1.0, 10.0, 36.84, 50.0, 67.157] {
                if start >= ceiling {
                    continue;
                }
                for years in 1..=YEARS {
                    for fraction in [0.01, 0.25, 0.5, 0.9, 0.999, 1.0] {
                        let goal = start + fraction * (ceiling - start);
                        let Some(speed) = shape.required_speed(start, goal, ceiling, years) else {
                            // Only the S-curve may be too slow at 100 %.
                            assert_eq!(shape, Shape::Logistic, "{start} → {goal} under {ceiling}");
                            let end = shape.path(start, &vec![100.0; years], ceiling)[years - 1];
                            assert!(end < goal);
                            continue;
                        };
                        assert!((0.0..=100.0 + 1e-9).contains(&speed), "{shape:?}: {speed}");
                        let end = shape.path(start, &vec![speed; years], ceiling)[years - 1];
                        assert!(
                            (end - goal).abs() <= 1e-9,
                            "{shape:?} {start} → {goal} under {ceiling} in {years}: {end}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 250, "{checked}");
}

/// Adoption curves against every ceiling on the lever's step grid and every
/// target near it, where the "reached at reporting precision" rule matters.
#[test]
fn gap_closing_required_speed_reaches_targets_near_the_ceiling() {
    for indicator in INDICATORS {
        let Path::GapClosing { ceiling, .. } = indicator.path else { continue };
        let ceiling = ceiling.spec();
        let half = indicator.precision / 2.0;
        let steps = ((ceiling.max - ceiling.min) / ceiling.step).round() as usize;
        for step in 0..=steps {
            let c = ceiling.min + step as f64 * ceiling.step;
            for c in [c, c - half, c + half, 100.0 - half] {
                for target in [c - half, c - indicator.precision, c, c + half, c + indicator.precision, 100.0]
                {
                    let mut scenario = Scenario::default();
                    scenario.levers.insert(ceiling.id, LeverValue::Whole(c));
                    scenario.targets.insert(indicator.id, target);
                    if let Err(error) = check_all(&scenario) {
                        panic!("{error}\nscenario: {scenario:?}");
                    }
                }
            }
        }
    }
}

// ------------------------------------------------------------- random checks

proptest! {
    #![proptest_config(config())]

    /// Shares within 0–100 %, finite; absolute figures finite and ≥ 0.
    #[test]
    fn shares_stay_within_bounds(scenario in scenario(false)) {
        check_bounds(&project(&scenario))?;
    }

    /// On track iff the 2030 value meets the target; the year reached is the
    /// first year that meets it; gap = target − 2030 value.
    #[test]
    fn status_reached_and_gap_agree(scenario in scenario(false)) {
        check_status(&project(&scenario))?;
    }

    /// The required rate, when the lever allows it, reaches the target.
    #[test]
    fn required_rate_reaches_the_target(scenario in scenario(false)) {
        check_required(&scenario, &project(&scenario))?;
    }

    /// Out-of-range values are clamped, reported once, and never used.
    #[test]
    fn out_of_range_values_are_clamped_reported_and_unused(scenario in scenario(false)) {
        check_clamping(&scenario, &project(&scenario))?;
    }

    /// Raising a lever in one year (or in all) moves each indicator only in
    /// the direction the table says, and leaves the others untouched:
    /// more digital-economy growth never lowers the digital-economy share,
    /// more GRDP growth never raises it, more digital-workforce growth never
    /// lowers the workforce share, faster adoption or a higher ceiling never
    /// lowers services or records.
    #[test]
    fn more_growth_never_lowers_the_outcome(
        scenario in scenario(true),
        lever in 0..LEVERS.len(),
        year in prop::option::of(0..YEARS),
        raise in prop_oneof![0.0..=50.0, prop::sample::select(vec![0.0, 1e-12, 1e-6, 0.001])],
    ) {
        let spec = &LEVERS[lever];
        // A whole-period lever is read in its first year only: raise them all.
        let year = if spec.per_year { year } else { None };
        let mut values = scenario.lever(spec.id).yearly();
        match year {
            Some(index) => values[index] += raise,
            None => values.iter_mut().for_each(|v| *v += raise),
        }
        let mut raised = scenario.clone();
        raised.levers.insert(spec.id, LeverValue::PerYear(values));

        let before = project(&scenario);
        let after = project(&raised);
        for indicator in INDICATORS {
            let (old, new) = (before.get(indicator.id), after.get(indicator.id));
            match direction(spec.id, indicator, scenario.economy) {
                Some(sign) => {
                    for (y, (a, b)) in old.values.iter().zip(new.values.iter()).enumerate() {
                        prop_assert!(
                            sign * (b - a) >= -FLOAT_SLACK,
                            "raising {:?} by {} moved {:?} in {} from {} to {}",
                            spec.id, raise, indicator.id, BASE_YEAR + 1 + y as u16, a, b
                        );
                    }
                }
                None => prop_assert_eq!(old.values, new.values, "{:?} moved {:?}", spec.id, indicator.id),
            }
        }
    }
}

// ------------------------------------------------------------ hand-checked

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9 * expected.abs().max(1.0), "{actual} ≠ {expected}");
}

#[test]
fn default_scenario_matches_hand_computation() {
    let projection = project(&Scenario::default());
    assert!(projection.clamped.is_empty());

    // Digital economy: 15 % growing by (1 + 15 %) / (1 + 10 %) a year:
    // 15 · (1.15/1.10)^5 = 15 · 1.248894… = 18.7334 %.
    // Required: aim at 29.95 (reported as 30.0): (1 + g)^5 = (29.95/15) · 1.1^5,
    // so g = 1.1 · (29.95/15)^(1/5) − 1 = 26.315 %.
    // Pace: the share grows (1.15/1.10) − 1 = 4.545 % a year against the
    // (29.95/15)^(1/5) − 1 = 14.83 % needed: 0.31 < 0.75, off track.
    // Absolute: 342.8 · 1.1^5 · 18.733 % = 103.42 trillion VND in 2030.
    let de = projection.get(IndicatorId::DigitalEconomy);
    close(de.value_2030(), 15.0 * (1.15f64 / 1.10).powi(5));
    assert!((de.value_2030() - 18.7334).abs() < 1e-4);
    for (i, value) in de.values.iter().enumerate() {
        close(*value, 15.0 * (1.15f64 / 1.10).powi(i as i32 + 1));
    }
    close(de.gap, 30.0 - 15.0 * (1.15f64 / 1.10).powi(5));
    let Required::Rate(rate) = de.required else { panic!("{:?}", de.required) };
    close(rate, (1.1 * (29.95f64 / 15.0).powf(0.2) - 1.0) * 100.0);
    assert!((rate - 26.315).abs() < 1e-3, "{rate}");
    close(de.pace, (1.15 / 1.10 - 1.0) / ((29.95f64 / 15.0).powf(0.2) - 1.0));
    let absolute = de.absolute.unwrap();
    close(absolute[0], 342.8 * 0.15); // 51.42 trillion VND in 2025
    close(absolute[YEARS], 342.8 * 1.1f64.powi(5) * de.value_2030() / 100.0);
    assert!((absolute[YEARS] - 103.424).abs() < 1e-3);
    assert_eq!((de.status, de.reached), (Status::OffTrack, Reached::NotBy2030));

    // Digital workforce: 2 % growing by 1.06 / 1.005 a year:
    // 2 · (1.06/1.005)^5 = 2.6105 %, short of "above 3 %" (above 3 at full
    // precision). Required: 1.005 · 1.5^(1/5) − 1 = 8.989 %, which gives
    // exactly 3 %; any faster rate is above it. Pace 5.47 % / 8.45 % a year
    // of the share's own growth < 0.75: off track.
    // Head count: 2.1 million · 2 % = 42 thousand in 2025;
    // 2.1 · 1.005^5 · 2.6105 % · 1000 = 56.205 thousand in 2030.
    let dw = projection.get(IndicatorId::DigitalWorkforce);
    close(dw.value_2030(), 2.0 * (1.06f64 / 1.005).powi(5));
    assert!((dw.value_2030() - 2.6105).abs() < 1e-4);
    let Required::Rate(rate) = dw.required else { panic!("{:?}", dw.required) };
    close(rate, (1.005 * 1.5f64.powf(0.2) - 1.0) * 100.0);
    assert!((rate - 8.989).abs() < 1e-3);
    let heads = dw.absolute.unwrap();
    close(heads[0], 42.0);
    close(heads[YEARS], 2.1 * 1.005f64.powi(5) * dw.value_2030() / 100.0 * 1000.0);
    assert!((heads[YEARS] - 56.205).abs() < 1e-3);
    assert_eq!((dw.status, dw.reached), (Status::OffTrack, Reached::NotBy2030));

    // Online services: 1,415 / 2,107 = 67.157 % closing 30 % of the gap to
    // 100 % a year: 100 − (100 − 67.157…) · 0.7^5 = 100 − 32.843 · 0.16807
    // = 94.480 %. Progress 0.8319 ≥ 0.75: needs acceleration.
    // Required: aim at 100 − (100/2107)/2 = 99.97627 (rounds to every
    // service); s = 1 − (0.023731 / 32.843)^(1/5) = 76.462 %.
    let os = projection.get(IndicatorId::OnlineServices);
    let start = 1415.0 / 2107.0 * 100.0;
    close(os.baseline, start);
    close(os.value_2030(), 100.0 - (100.0 - start) * 0.7f64.powi(5));
    assert!((os.value_2030() - 94.4801).abs() < 1e-4);
    // Pace: the projection keeps 30 % of the gap a year, the target needs 76.46 %.
    let Required::Rate(rate) = os.required else { panic!("{:?}", os.required) };
    let goal = 100.0 - 100.0 / 2107.0 / 2.0;
    close(rate, (1.0 - ((100.0 - goal) / (100.0 - start)).powf(0.2)) * 100.0);
    assert!((rate - 76.462).abs() < 1e-3);
    let services = os.absolute.unwrap();
    close(services[0], 1415.0);
    assert!((services[YEARS] - 1990.70).abs() < 1e-2);
    close(os.pace, 30.0 / rate);
    assert_eq!((os.status, os.reached), (Status::OffTrack, Reached::NotBy2030));

    // Records: 36.84 % closing 20 % of the gap a year:
    // 100 − 63.16 · 0.8^5 = 100 − 63.16 · 0.32768 = 79.304 %.
    // Progress 1 − 0.8^5 = 0.672 < 0.75: off track.
    // Required: aim at 99.995; s = 1 − (0.005 / 63.16)^(1/5) = 84.875 %.
    let rd = projection.get(IndicatorId::RecordsDigitisation);
    close(rd.value_2030(), 100.0 - 63.16 * 0.8f64.powi(5));
    assert!((rd.value_2030() - 79.30373).abs() < 1e-5);
    let Required::Rate(rate) = rd.required else { panic!("{:?}", rd.required) };
    close(rate, (1.0 - (0.005f64 / 63.16).powf(0.2)) * 100.0);
    assert!((rate - 84.875).abs() < 1e-3);
    assert!(rd.absolute.is_none());
    close(rd.pace, 20.0 / rate);
    assert_eq!((rd.status, rd.reached), (Status::OffTrack, Reached::NotBy2030));

    for p in &projection.indicators {
        assert!(!p.custom_target && !p.capped, "{:?}", p.id);
        assert_eq!(p.target, p.spec.target);
    }
}

#[test]
fn default_required_rates_reach_the_targets() {
    // Check the default scenario's required rates explicitly: these are the
    // figures a planner sees first.
    let scenario = Scenario::default();
    if let Err(error) = check_required(&scenario, &project(&scenario)) {
        panic!("{error}");
    }
}

// --------------------------------------------------------- named edge cases

#[test]
fn a_non_finite_whole_value_is_reported_once() {
    let mut scenario = Scenario::default();
    scenario.levers.insert(LeverId::DigitalGrowth, LeverValue::Whole(f64::NAN));
    scenario.levers.insert(LeverId::GrdpGrowth, LeverValue::PerYear([50.0, 10.0, 50.0, 10.0, 50.0]));
    let projection = project(&scenario);
    let digital: Vec<_> = projection.clamped.iter().filter(|c| c.lever == LeverId::DigitalGrowth).collect();
    assert_eq!(digital.len(), 1, "{:?}", projection.clamped);
    assert_eq!(digital[0].used, LeverId::DigitalGrowth.spec().default);
    let grdp: Vec<_> = projection.clamped.iter().filter(|c| c.lever == LeverId::GrdpGrowth).collect();
    assert_eq!(grdp.len(), 1, "{:?}", projection.clamped);
    assert_eq!((grdp[0].given, grdp[0].used), (50.0, 20.0));
}

#[test]
fn unusable_custom_targets_fall_back_or_clamp() {
    for id in IndicatorId::all() {
        let mut scenario = Scenario::default();
        scenario.targets.insert(id, f64::NAN);
        let p = project(&scenario).get(id).clone();
        assert_eq!((p.target, p.custom_target), (id.spec().target, false), "{id:?}");

        // Read as 100 %, which is custom only where the official target is not.
        scenario.targets.insert(id, 250.0);
        let p = project(&scenario).get(id).clone();
        assert_eq!((p.target, p.custom_target), (100.0, id.spec().target != 100.0), "{id:?}");

        // Zero or below is no target: raised to the reporting precision.
        scenario.targets.insert(id, -4.0);
        let p = project(&scenario).get(id).clone();
        let least = id.spec().precision;
        assert_eq!((p.target, p.custom_target, p.reached), (least, true, Reached::Already), "{id:?}");
    }
}
