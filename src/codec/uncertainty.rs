//! A scenario's uncertainty settings in links and files: lever spreads,
//! baseline ranges, the seed and the number of paths.
//!
//! In a link (only what differs from the defaults, after the targets):
//! - `spread.grdp_growth=1~2`: the lever's 90 % range is 1 point below to 2
//!   above its value; one number (`spread.digital_growth=3`) is the same on
//!   both sides;
//! - `range.digital_economy=12~15`: the 2025 baseline lies between 12 and
//!   15 %; one number is a range of one value;
//! - `seed=7`, `paths=20000`.
//!
//! In a file, the serde shape of [`Uncertainty`]: an `uncertainty` object
//! with `spreads` (`{"grdp_growth": {"below": 1, "above": 2}}`), `ranges`
//! (`{"digital_economy": {"low": 12, "high": 15}}`), `seed` and `paths`.
//!
//! Both go through [`sanitize_uncertainty`], the part of the one sanitize
//! step that checks them.

use std::cmp::Ordering;
use std::fmt::Write;

use serde_json::Value;

use crate::model::indicators::IndicatorId;
use crate::model::levers::{LeverId, LEVERS};
use crate::model::uncertainty::inputs::{
    default_range, default_spread, has_spread, Range, Spread, Uncertainty, DEFAULT_PATHS, DEFAULT_SEED,
    LEVER_SPREADS, MAX_SEED,
};

use super::link::{number_problem, parse_number, YEAR_SEPARATOR};
use super::problem::{shown, LinkProblem};
use super::sanitize::{Field, Origin};
use super::scenario_file::object;

/// Prefix of a spread parameter in a link (`spread.grdp_growth=1~2`).
pub const SPREAD_PREFIX: &str = "spread.";
/// Prefix of a baseline-range parameter in a link (`range.digital_economy=12~15`).
pub const RANGE_PREFIX: &str = "range.";
/// The seed's link parameter.
pub const SEED_KEY: &str = "seed";
/// The number of paths' link parameter.
pub const PATHS_KEY: &str = "paths";

/// The name of an uncertainty field in a link or file (without the
/// comparison prefix, which [`Origin::param`] adds).
pub(super) fn param(origin: Origin, field: Field) -> String {
    let link = matches!(origin, Origin::Link { .. });
    match (field, link) {
        (Field::Spread(id), true) => format!("{SPREAD_PREFIX}{}", id.key()),
        (Field::Spread(id), false) => format!("uncertainty.spreads.{}", id.key()),
        (Field::Range(id), true) => format!("{RANGE_PREFIX}{}", id.key()),
        (Field::Range(id), false) => format!("uncertainty.ranges.{}", id.key()),
        (Field::Seed, true) => SEED_KEY.to_owned(),
        (Field::Seed, false) => "uncertainty.seed".to_owned(),
        (Field::Paths, true) => PATHS_KEY.to_owned(),
        (Field::Paths, false) => "uncertainty.paths".to_owned(),
        (other, _) => unreachable!("not an uncertainty field: {other:?}"),
    }
}

/// The field a link key (without comparison prefix) names, if it is one of these.
pub(super) fn parse_field(key: &str) -> Option<Field> {
    if let Some(lever) = key.strip_prefix(SPREAD_PREFIX) {
        return LeverId::from_key(lever).filter(|id| has_spread(*id)).map(Field::Spread);
    }
    if let Some(indicator) = key.strip_prefix(RANGE_PREFIX) {
        return IndicatorId::from_key(indicator).map(Field::Range);
    }
    match key {
        SEED_KEY => Some(Field::Seed),
        PATHS_KEY => Some(Field::Paths),
        _ => None,
    }
}

/// Whether an unknown link key could be one of these cut short (`spread.grd`, `pat`).
pub(super) fn could_be_cut(key: &str) -> bool {
    if let Some(lever) = key.strip_prefix(SPREAD_PREFIX) {
        return LEVER_SPREADS.iter().any(|s| s.lever.key().starts_with(lever));
    }
    if let Some(indicator) = key.strip_prefix(RANGE_PREFIX) {
        return IndicatorId::all().any(|id| id.key().starts_with(indicator));
    }
    [SPREAD_PREFIX, RANGE_PREFIX, SEED_KEY, PATHS_KEY].iter().any(|known| known.starts_with(key))
}

/// Writes the settings that differ from the defaults: spreads in lever-table
/// order, ranges in indicator-table order, then seed and paths.
pub(super) fn encode_into(out: &mut String, prefix: &str, uncertainty: &Uncertainty) {
    for spec in LEVERS {
        if let Some(spread) = uncertainty.spreads.get(&spec.id) {
            if *spread != default_spread(spec.id) {
                let _ = write!(out, "&{prefix}{SPREAD_PREFIX}{}=", spec.id.key());
                pair(out, spread.below, spread.above);
            }
        }
    }
    for id in IndicatorId::all() {
        if let Some(range) = uncertainty.ranges.get(&id) {
            if *range != default_range(id) {
                let _ = write!(out, "&{prefix}{RANGE_PREFIX}{}=", id.key());
                pair(out, range.low, range.high);
            }
        }
    }
    if let Some(seed) = uncertainty.seed.filter(|s| *s != DEFAULT_SEED) {
        let _ = write!(out, "&{prefix}{SEED_KEY}={seed}");
    }
    if let Some(paths) = uncertainty.paths.filter(|p| *p != DEFAULT_PATHS) {
        let _ = write!(out, "&{prefix}{PATHS_KEY}={paths}");
    }
}

/// `a~b`, or `a` when both are the same.
fn pair(out: &mut String, first: f64, second: f64) {
    if first.to_bits() == second.to_bits() {
        let _ = write!(out, "{first}");
    } else {
        let _ = write!(out, "{first}{YEAR_SEPARATOR}{second}");
    }
}

/// Reads one link value into `uncertainty` (unchecked: [`sanitize_uncertainty`]
/// checks it), or reports why it cannot be read.
pub(super) fn read_link_value(
    field: Field,
    text: &str,
    at_end: bool,
    uncertainty: &mut Uncertainty,
    param: String,
    problems: &mut Vec<LinkProblem>,
) {
    match field {
        Field::Spread(id) => {
            if let Some((below, above)) = read_pair(text, at_end, &param, problems) {
                uncertainty.spreads.insert(id, Spread { below, above });
            }
        }
        Field::Range(id) => {
            if let Some((low, high)) = read_pair(text, at_end, &param, problems) {
                uncertainty.ranges.insert(id, Range { low, high });
            }
        }
        Field::Seed => match whole_number(text) {
            Some(seed) => uncertainty.seed = Some(seed),
            None => problems.push(number_problem(param, text, at_end)),
        },
        Field::Paths => match whole_number(text) {
            Some(paths) => uncertainty.paths = Some(u32::try_from(paths).unwrap_or(u32::MAX)),
            None => problems.push(number_problem(param, text, at_end)),
        },
        _ => {}
    }
}

/// Digits only (surrounding spaces allowed); a number too large for `u64`
/// reads as `u64::MAX`, so that it is reported as out of range.
fn whole_number(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse().unwrap_or(u64::MAX))
}

/// One number (used twice) or two separated by `~`.
fn read_pair(text: &str, at_end: bool, param: &str, problems: &mut Vec<LinkProblem>) -> Option<(f64, f64)> {
    let parts: Vec<&str> = text.split(YEAR_SEPARATOR).collect();
    if parts.len() > 2 {
        problems.push(LinkProblem::MalformedValue { param: param.to_owned(), given: shown(text) });
        return None;
    }
    let mut values = [0.0; 2];
    for (i, part) in parts.iter().enumerate() {
        match parse_number(part) {
            Some(value) => values[i] = value,
            None => {
                let last = i + 1 == parts.len();
                problems.push(number_problem(param.to_owned(), part, at_end && last));
                return None;
            }
        }
    }
    Some(if parts.len() == 1 { (values[0], values[0]) } else { (values[0], values[1]) })
}

/// Reads the `uncertainty` object of a scenario file field by field; what
/// cannot be read is reported and skipped.
pub(super) fn read_file_value(value: &Value, uncertainty: &mut Uncertainty, problems: &mut Vec<LinkProblem>) {
    let Some(fields) = object(value, "uncertainty", problems) else { return };
    let file = Origin::File;
    for (key, value) in fields {
        match key.as_str() {
            "spreads" => {
                let Some(spreads) = object(value, "uncertainty.spreads", problems) else { continue };
                for (lever, value) in spreads {
                    let Some(id) = LeverId::from_key(lever).filter(|id| has_spread(*id)) else {
                        let param = shown(&format!("uncertainty.spreads.{lever}"));
                        problems.push(LinkProblem::UnknownParameter { param });
                        continue;
                    };
                    let param = file.param(Field::Spread(id));
                    if let Some((below, above)) = two_numbers(value, ["below", "above"], param, problems) {
                        uncertainty.spreads.insert(id, Spread { below, above });
                    }
                }
            }
            "ranges" => {
                let Some(ranges) = object(value, "uncertainty.ranges", problems) else { continue };
                for (indicator, value) in ranges {
                    let Some(id) = IndicatorId::from_key(indicator) else {
                        let param = shown(&format!("uncertainty.ranges.{indicator}"));
                        problems.push(LinkProblem::UnknownParameter { param });
                        continue;
                    };
                    let param = file.param(Field::Range(id));
                    if let Some((low, high)) = two_numbers(value, ["low", "high"], param, problems) {
                        uncertainty.ranges.insert(id, Range { low, high });
                    }
                }
            }
            "seed" => match value.as_u64() {
                Some(seed) => uncertainty.seed = Some(seed),
                None => problems.push(file_number_problem(value, file.param(Field::Seed), DEFAULT_SEED)),
            },
            "paths" => match value.as_u64() {
                Some(paths) => uncertainty.paths = Some(u32::try_from(paths).unwrap_or(u32::MAX)),
                None => problems.push(file_number_problem(
                    value,
                    file.param(Field::Paths),
                    u64::from(DEFAULT_PATHS),
                )),
            },
            other => {
                problems.push(LinkProblem::UnknownParameter { param: shown(&format!("uncertainty.{other}")) })
            }
        }
    }
}

/// A seed or path count that is a number but not a whole one from 0 is out
/// of range (the default is used); anything else is not a number.
fn file_number_problem(value: &Value, param: String, default: u64) -> LinkProblem {
    match value.as_f64() {
        Some(given) => LinkProblem::OutOfRange { param, year: None, given, used: default as f64 },
        None => LinkProblem::MalformedNumber { param, given: shown(&value.to_string()) },
    }
}

/// `{"below": 1, "above": 2}` (with the given names) as two numbers.
fn two_numbers(
    value: &Value,
    names: [&str; 2],
    param: String,
    problems: &mut Vec<LinkProblem>,
) -> Option<(f64, f64)> {
    let read = |name: &str| value.get(name).and_then(Value::as_f64);
    let exact = value.as_object().is_some_and(|map| map.len() == 2);
    match (read(names[0]), read(names[1])) {
        (Some(first), Some(second)) if exact => Some((first, second)),
        _ => {
            problems.push(LinkProblem::MalformedValue { param, given: shown(&value.to_string()) });
            None
        }
    }
}

/// Makes the settings ones the app could hold, reporting every change:
/// - a spread side that is not a number, below 0 or above half the lever's
///   range is clamped (see [`Spread::clamped`]); a spread for a lever that
///   has none is ignored; one equal to the default is dropped;
/// - a range with its low end above its high end (or an end that is not a
///   number) is ignored; ends outside 0–100 % are clamped; one equal to the
///   default is dropped;
/// - a seed above [`MAX_SEED`] is ignored (the default is used); the
///   default seed is dropped;
/// - paths are clamped into `MIN_PATHS ..= MAX_PATHS` (see
///   [`crate::model::uncertainty::inputs`]); the default is dropped.
pub fn sanitize_uncertainty(uncertainty: &mut Uncertainty, origin: Origin, problems: &mut Vec<LinkProblem>) {
    for (id, given) in std::mem::take(&mut uncertainty.spreads) {
        if !has_spread(id) {
            let param = match origin {
                Origin::File => format!("uncertainty.spreads.{}", id.key()),
                Origin::Link { .. } => format!("{SPREAD_PREFIX}{}", id.key()),
            };
            problems.push(LinkProblem::UnknownParameter { param });
            continue;
        }
        let param = origin.param(Field::Spread(id));
        let (used, _) = given.clamped(id);
        for (given, used) in [(given.below, used.below), (given.above, used.above)] {
            if given.to_bits() != used.to_bits() {
                problems.push(LinkProblem::OutOfRange { param: param.clone(), year: None, given, used });
            }
        }
        uncertainty.set_spread(id, used);
    }
    for (id, given) in std::mem::take(&mut uncertainty.ranges) {
        let param = origin.param(Field::Range(id));
        // Reversed, or an end that is not a number (no order at all).
        if !matches!(given.low.partial_cmp(&given.high), Some(Ordering::Less | Ordering::Equal)) {
            problems.push(LinkProblem::RangeReversed { param, low: given.low, high: given.high });
            continue;
        }
        let used = Range { low: given.low.clamp(0.0, 100.0), high: given.high.clamp(0.0, 100.0) };
        for (given, used) in [(given.low, used.low), (given.high, used.high)] {
            if given != used {
                problems.push(LinkProblem::OutOfRange { param: param.clone(), year: None, given, used });
            }
        }
        uncertainty.set_range(id, used);
    }
    if let Some(seed) = uncertainty.seed {
        if seed > MAX_SEED {
            let param = origin.param(Field::Seed);
            problems.push(LinkProblem::OutOfRange {
                param,
                year: None,
                given: seed as f64,
                used: DEFAULT_SEED as f64,
            });
        }
        uncertainty.set_seed(if seed > MAX_SEED { DEFAULT_SEED } else { seed });
    }
    if let Some(paths) = uncertainty.paths {
        if uncertainty.set_paths(paths) {
            let param = origin.param(Field::Paths);
            let used = f64::from(uncertainty.paths());
            problems.push(LinkProblem::OutOfRange { param, year: None, given: f64::from(paths), used });
        }
    }
}

/// The "Uncertainty" part of `docs/links.md`'s parameter reference.
pub fn links_section(out: &mut String) {
    use crate::model::uncertainty::inputs::{BASELINE_RANGES, MAX_PATHS, MIN_PATHS};
    let _ = writeln!(out, "### Uncertainty");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The Monte Carlo settings (see `docs/model.md`, \"Uncertainty, sensitivity and goal-seeking\"), \
         each written only when it differs from its default. Two numbers are separated by \
         `{YEAR_SEPARATOR}`; one number stands for both."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| parameter | meaning | default | example |");
    let _ = writeln!(out, "|---|---|---|---|");
    for spec in LEVER_SPREADS {
        let lever = spec.lever.spec();
        let Spread { below, above } = spec.default;
        let mut default = String::new();
        pair(&mut default, below, above);
        if below == 0.0 && above == 0.0 {
            default.push_str(" (none)");
        }
        let _ = writeln!(
            out,
            "| `{SPREAD_PREFIX}{key}` | spread of {en}: points below{YEAR_SEPARATOR}above the value \
             (its 90 % range), each 0 – {bound} | {default} | `{SPREAD_PREFIX}{key}=1{YEAR_SEPARATOR}2` |",
            key = spec.lever.key(),
            en = lever.label.en,
            bound = Spread::bound(lever),
        );
    }
    for spec in BASELINE_RANGES {
        let Range { low, high } = spec.default;
        let rounded = |x: f64| (x * 10.0).round() / 10.0;
        let _ = writeln!(
            out,
            "| `{RANGE_PREFIX}{key}` | 2025 range of {en}, low{YEAR_SEPARATOR}high %, within 0 – 100 | \
             {low:.2}{YEAR_SEPARATOR}{high:.2} | `{RANGE_PREFIX}{key}={example_low}{YEAR_SEPARATOR}{example_high}` |",
            key = spec.indicator.key(),
            en = spec.indicator.spec().label.en.replace('|', "\\|"),
            example_low = rounded(low - 1.0).max(0.0),
            example_high = rounded(high),
        );
    }
    let _ = writeln!(
        out,
        "| `{SEED_KEY}` | seed of the random draws, a whole number 0 – {MAX_SEED} | {DEFAULT_SEED} | `{SEED_KEY}=7` |"
    );
    let _ = writeln!(
        out,
        "| `{PATHS_KEY}` | number of simulated paths, {MIN_PATHS} – {MAX_PATHS} | {DEFAULT_PATHS} | `{PATHS_KEY}=20000` |"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "In a scenario file the same settings are the `uncertainty` object: `spreads` \
         (`{{\"grdp_growth\": {{\"below\": 1, \"above\": 2}}}}`), `ranges` \
         (`{{\"digital_economy\": {{\"low\": 12, \"high\": 15}}}}`), `seed` and `paths`. A spread side \
         outside its bounds, or range ends outside 0–100 %, are clamped; a range whose low end is above \
         its high end is ignored; a seed that is not a whole number from 0 to {MAX_SEED} is ignored; \
         paths are clamped into {MIN_PATHS}–{MAX_PATHS}. Each is reported, naming the parameter."
    );
    let _ = writeln!(out);
}

/// A change a planner makes to the uncertainty settings in the interface.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UncertaintyEdit {
    /// A lever's spread.
    Spread(LeverId, Spread),
    /// A baseline's range.
    Range(IndicatorId, Range),
    /// The seed.
    Seed(u64),
    /// The number of paths.
    Paths(u32),
    /// Every spread, range, the seed and N back to their defaults.
    Reset,
}

/// Applies a typed change through the same checks as a link value
/// ([`sanitize_uncertainty`]): a spread out of bounds or paths out of range
/// are clamped, a reversed range or a seed too large leave the setting as it
/// was. Returns what was clamped or refused, named as in a link.
pub fn edit(uncertainty: &mut Uncertainty, change: UncertaintyEdit) -> Vec<LinkProblem> {
    let mut given = Uncertainty::default();
    match change {
        UncertaintyEdit::Spread(id, spread) => {
            given.spreads.insert(id, spread);
        }
        UncertaintyEdit::Range(id, range) => {
            given.ranges.insert(id, range);
        }
        UncertaintyEdit::Seed(seed) => given.seed = Some(seed),
        UncertaintyEdit::Paths(paths) => given.paths = Some(paths),
        UncertaintyEdit::Reset => {
            *uncertainty = Uncertainty::default();
            return Vec::new();
        }
    }
    let mut problems = Vec::new();
    sanitize_uncertainty(&mut given, Origin::Link { scenario: 1 }, &mut problems);
    match change {
        UncertaintyEdit::Spread(id, _) => {
            uncertainty.set_spread(id, given.spread(id));
        }
        UncertaintyEdit::Range(id, _) => {
            // A reversed range is refused: the current one stays.
            if !problems.iter().any(|p| matches!(p, LinkProblem::RangeReversed { .. })) {
                uncertainty.set_range(id, given.range(id));
            }
        }
        UncertaintyEdit::Seed(seed) if seed <= MAX_SEED => uncertainty.set_seed(seed),
        UncertaintyEdit::Seed(_) => {}
        UncertaintyEdit::Paths(_) => {
            uncertainty.paths = given.paths;
        }
        UncertaintyEdit::Reset => {}
    }
    problems
}
