//! A scenario's uncertainty settings in a link: reading one value (checked
//! afterwards by [`sanitize_uncertainty`]) and writing the settings that
//! differ from the defaults.

use std::fmt::Write;

use crate::model::indicators::IndicatorId;
use crate::model::levers::{LeverId, LEVERS};
use crate::model::uncertainty::inputs::{
    default_range, default_spread, has_spread, Range, Spread, Uncertainty, DEFAULT_PATHS, DEFAULT_SEED,
    LEVER_SPREADS,
};

use super::super::problem::LinkProblem;
#[cfg(doc)]
use super::super::sanitize::uncertainty::sanitize_uncertainty;
use super::super::sanitize::uncertainty::{PATHS_KEY, RANGE_PREFIX, SEED_KEY, SPREAD_PREFIX};
use super::super::sanitize::{shown, Field};
use super::{number_problem, parse_number, YEAR_SEPARATOR};

/// The field a link key (without comparison prefix) names, if it is one of these.
pub(in crate::codec) fn parse_field(key: &str) -> Option<Field> {
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
pub(in crate::codec) fn could_be_cut(key: &str) -> bool {
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
pub(in crate::codec) fn encode_into(out: &mut String, prefix: &str, uncertainty: &Uncertainty) {
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
pub(in crate::codec) fn read_link_value(
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
