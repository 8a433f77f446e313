//! One scenario as a JSON file, in the serde shape of [`Scenario`].
//!
//! [`export_json`] writes pretty JSON. [`import_json`] reads it back through
//! `serde_json::Value`, field by field, so that an unknown field or a value
//! of the wrong type is reported and skipped instead of failing the whole
//! file, then runs the same [`sanitize`] step as links. Only text that is
//! not JSON at all (or not an object) is an [`ImportError`]. Numbers are
//! read exactly, and a duplicated key keeps its first value and is reported,
//! as in links (see the private `json` module).

use serde_json::{Map, Value};

use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::shapes::Shape;
use crate::model::YEARS;
use crate::monitoring::Actual;
use crate::scenario::{EconomyMode, LeverValue, Scenario, SCHEMA_VERSION};

use super::problem::LinkProblem;
use super::sanitize::{sanitize, shown, Field, Origin};

mod uncertainty;

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The text is not JSON.
    Malformed {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// serde_json's description, in English.
        message: String,
    },
    /// JSON, but not an object (`[]`, `"…"`, `3`).
    NotAnObject,
}

/// The scenario as pretty-printed JSON, the same shape serde gives [`Scenario`].
pub fn export_json(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(scenario).expect("a Scenario always serialises (string keys, f64 values)")
}

/// Reads a scenario file. The scenario is valid for the app; the problems
/// say what was ignored, clamped or cleaned (fields named like
/// `levers.grdp_growth`). A missing version is a notice and a newer version
/// is reported; both are read as far as this build understands them.
pub fn import_json(text: &str) -> Result<(Scenario, Vec<LinkProblem>), ImportError> {
    // One pass of serde_json: it names the line and column of a syntax
    // error, reads numbers exactly and `json` notes duplicated keys.
    // serde_json says column 0 for an error right after a line break; the
    // user counts columns from 1.
    let malformed = |error: serde_json::Error| ImportError::Malformed {
        line: error.line().max(1),
        column: error.column().max(1),
        message: error.to_string(),
    };
    let (fields, duplicates) = super::json::parse(text).map_err(malformed)?;
    let Value::Object(fields) = fields else {
        return Err(ImportError::NotAnObject);
    };
    let mut problems: Vec<LinkProblem> =
        duplicates.iter().map(|path| LinkProblem::Duplicate { param: shown(path) }).collect();
    let mut scenario = Scenario::default();
    let origin = Origin::File;

    match fields.get("version") {
        None => problems.push(LinkProblem::MissingVersion { param: "version".to_owned() }),
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v > u64::from(SCHEMA_VERSION)) => {
            let given = n.as_u64().map_or(u32::MAX, |v| u32::try_from(v).unwrap_or(u32::MAX));
            problems.push(LinkProblem::NewerVersion { param: "version".to_owned(), given });
        }
        Some(other) => problems
            .push(LinkProblem::BadVersion { param: "version".to_owned(), given: shown(&other.to_string()) }),
    }

    for (key, value) in &fields {
        match key.as_str() {
            "version" => {}
            "name" => read_text(value, origin.param(Field::Name), &mut scenario.name, &mut problems),
            "note" => read_text(value, origin.param(Field::Note), &mut scenario.note, &mut problems),
            "vintage" => read_text(value, origin.param(Field::Vintage), &mut scenario.vintage, &mut problems),
            "levers" => read_levers(value, &mut scenario, &mut problems),
            "targets" => read_targets(value, &mut scenario, &mut problems),
            "uncertainty" => uncertainty::read_file_value(value, &mut scenario.uncertainty, &mut problems),
            "shapes" => read_shapes(value, &mut scenario, &mut problems),
            "baselines" => read_baselines(value, &mut scenario, &mut problems),
            "economy" => match value.as_str().and_then(EconomyMode::from_key) {
                Some(mode) => scenario.economy = mode,
                None => problems.push(LinkProblem::MalformedValue {
                    param: origin.param(Field::Economy),
                    given: shown(&value.to_string()),
                }),
            },
            "milestones" => read_milestones(value, &mut scenario, &mut problems),
            "actuals" => read_actuals(value, &mut scenario, &mut problems),
            "speaker_notes" => read_speaker_notes(value, &mut scenario, &mut problems),
            other => problems.push(LinkProblem::UnknownParameter { param: shown(other) }),
        }
    }
    Ok((sanitize(scenario, origin, &mut problems), problems))
}

/// `speaker_notes`: an object of slide id → note text; other values are reported.
fn read_speaker_notes(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    let Some(map) = object(value, "speaker_notes", problems) else { return };
    for (slide, note) in map {
        let param = format!("speaker_notes.{}", shown(slide));
        let mut text = String::new();
        read_text(note, param, &mut text, problems);
        if let Value::String(_) = note {
            scenario.speaker_notes.insert(slide.clone(), text);
        }
    }
}

fn read_text(value: &Value, param: String, into: &mut String, problems: &mut Vec<LinkProblem>) {
    match value {
        Value::String(text) => *into = text.clone(),
        other => problems.push(LinkProblem::MalformedValue { param, given: shown(&other.to_string()) }),
    }
}

pub(super) fn object<'a>(
    value: &'a Value,
    param: &str,
    problems: &mut Vec<LinkProblem>,
) -> Option<&'a Map<String, Value>> {
    match value {
        Value::Object(map) => Some(map),
        other => {
            problems.push(LinkProblem::MalformedValue {
                param: param.to_owned(),
                given: shown(&other.to_string()),
            });
            None
        }
    }
}

fn read_levers(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    let Some(levers) = object(value, "levers", problems) else { return };
    for (key, value) in levers {
        let Some(id) = LeverId::from_key(key) else {
            problems.push(LinkProblem::UnknownParameter { param: shown(&format!("levers.{key}")) });
            continue;
        };
        let param = Origin::File.param(Field::Lever(id));
        let malformed = |given: &Value| LinkProblem::MalformedNumber {
            param: param.clone(),
            given: shown(&given.to_string()),
        };
        let lever = match value {
            Value::Number(n) => n.as_f64().map(LeverValue::Whole).ok_or_else(|| malformed(value)),
            Value::Array(items) if items.len() != YEARS => {
                Err(LinkProblem::WrongYearCount { param: param.clone(), given: items.len() })
            }
            Value::Array(items) => {
                let mut values = [0.0; YEARS];
                let mut bad = None;
                for (slot, item) in values.iter_mut().zip(items) {
                    match item.as_f64() {
                        Some(v) => *slot = v,
                        None => {
                            bad = Some(malformed(item));
                            break;
                        }
                    }
                }
                bad.map_or(Ok(LeverValue::PerYear(values)), Err)
            }
            other => Err(malformed(other)),
        };
        match lever {
            Ok(lever) => {
                scenario.levers.insert(id, lever);
            }
            Err(problem) => problems.push(problem),
        }
    }
}

fn read_targets(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    let Some(targets) = object(value, "targets", problems) else { return };
    for (key, value) in targets {
        let Some(id) = IndicatorId::from_key(key) else {
            problems.push(LinkProblem::UnknownParameter { param: shown(&format!("targets.{key}")) });
            continue;
        };
        match value.as_f64() {
            Some(target) => {
                scenario.targets.insert(id, target);
            }
            None => problems.push(LinkProblem::MalformedNumber {
                param: Origin::File.param(Field::Target(id)),
                given: shown(&value.to_string()),
            }),
        }
    }
}

/// Reads `{"<indicator>": …}`, reporting unknown indicators.
fn per_indicator<'a>(
    value: &'a Value,
    field: &str,
    problems: &mut Vec<LinkProblem>,
) -> Vec<(IndicatorId, &'a Value)> {
    let Some(map) = object(value, field, problems) else { return Vec::new() };
    map.iter()
        .filter_map(|(key, value)| match IndicatorId::from_key(key) {
            Some(id) => Some((id, value)),
            None => {
                problems.push(LinkProblem::UnknownParameter { param: shown(&format!("{field}.{key}")) });
                None
            }
        })
        .collect()
}

/// Reads `{"2027": …}` under an indicator, reporting keys that are not years.
fn per_year<'a>(value: &'a Value, param: &str, problems: &mut Vec<LinkProblem>) -> Vec<(u16, &'a Value)> {
    let Some(map) = object(value, param, problems) else { return Vec::new() };
    map.iter()
        .filter_map(|(key, value)| match crate::monitoring::parse_year(key) {
            Ok(year) => Some((year, value)),
            Err(fault) => {
                problems.push(LinkProblem::EntryRefused { param: shown(&format!("{param}.{key}")), fault });
                None
            }
        })
        .collect()
}

fn read_shapes(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    for (id, value) in per_indicator(value, "shapes", problems) {
        match value.as_str().and_then(Shape::from_key) {
            Some(shape) => {
                scenario.shapes.insert(id, shape);
            }
            None => problems.push(LinkProblem::MalformedValue {
                param: Origin::File.param(Field::Shape(id)),
                given: shown(&value.to_string()),
            }),
        }
    }
}

fn read_baselines(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    for (id, value) in per_indicator(value, "baselines", problems) {
        match value.as_str() {
            Some(key) => {
                scenario.baselines.insert(id, key.to_owned());
            }
            None => problems.push(LinkProblem::MalformedValue {
                param: Origin::File.param(Field::Baseline(id)),
                given: shown(&value.to_string()),
            }),
        }
    }
}

fn read_milestones(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    for (id, years) in per_indicator(value, "milestones", problems) {
        let param = format!("milestones.{}", id.key());
        for (year, value) in per_year(years, &param, problems) {
            // Not a number is refused by the sanitize step, like a typed one.
            let number = value.as_f64().unwrap_or(f64::NAN);
            scenario.milestones.entry(id).or_default().insert(year, number);
        }
    }
}

fn read_actuals(value: &Value, scenario: &mut Scenario, problems: &mut Vec<LinkProblem>) {
    for (id, years) in per_indicator(value, "actuals", problems) {
        let param = format!("actuals.{}", id.key());
        for (year, value) in per_year(years, &param, problems) {
            let text = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
            let actual = Actual {
                value: value.get("value").and_then(Value::as_f64).unwrap_or(f64::NAN),
                date: text("date"),
                source: text("source"),
            };
            scenario.actuals.entry(id).or_default().insert(year, actual);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_is_the_serde_shape() {
        let mut scenario = Scenario { name: "Thận trọng".into(), ..Scenario::default() };
        scenario.set_whole(LeverId::GrdpGrowth, 8.5);
        let json = export_json(&scenario);
        assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), scenario);
        assert_eq!(import_json(&json), Ok((scenario, vec![])));
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = import_json("{\n  \"name\": \"x\",\n  oops\n}").unwrap_err();
        assert!(matches!(err, ImportError::Malformed { line: 3, column: 3, .. }), "{err:?}");
        assert_eq!(import_json("[1]"), Err(ImportError::NotAnObject));
    }

    #[test]
    fn problems_are_reported_not_fatal() {
        let text = r#"{"version": 2, "colour": "red", "name": 5,
            "levers": {"grdp_growth": 99, "digital_growth": [1, 2], "nope": 1, "records_speed": "x"},
            "targets": {"digital_economy": 25}, "vintage": "2025-12-01"}"#;
        let (scenario, problems) = import_json(text).unwrap();
        assert_eq!(scenario.lever(LeverId::GrdpGrowth), LeverValue::Whole(20.0));
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (25.0, true));
        assert_eq!(problems.len(), 7, "{problems:?}");
        assert_eq!(problems[0], LinkProblem::NewerVersion { param: "version".into(), given: 2 });
    }

    #[test]
    fn numbers_are_exact_and_duplicates_reported() {
        let text =
            r#"{"version": 1, "vintage": "2025-12-01", "levers": {"labour_force": 1.34, "labour_force": 2}}"#;
        let (scenario, problems) = import_json(text).unwrap();
        assert_eq!(scenario.lever(LeverId::LabourForce), LeverValue::Whole(1.34));
        assert_eq!(problems, vec![LinkProblem::Duplicate { param: "levers.labour_force".into() }]);
    }
}
