//! The `uncertainty` object of a scenario file, read field by field
//! (checked afterwards by [`sanitize_uncertainty`]).

use serde_json::Value;

use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::uncertainty::inputs::{
    has_spread, Range, Spread, Uncertainty, DEFAULT_PATHS, DEFAULT_SEED,
};

use super::super::problem::LinkProblem;
#[cfg(doc)]
use super::super::sanitize::uncertainty::sanitize_uncertainty;
use super::super::sanitize::{shown, Field, Origin};
use super::object;

/// Reads the `uncertainty` object of a scenario file field by field; what
/// cannot be read is reported and skipped.
pub(in crate::codec) fn read_file_value(
    value: &Value,
    uncertainty: &mut Uncertainty,
    problems: &mut Vec<LinkProblem>,
) {
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
