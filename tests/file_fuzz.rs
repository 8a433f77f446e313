//! A seeded fuzz of the JSON scenario-file import, `import_json`.
//!
//! Inputs are random bytes, damaged exports, and structurally valid but
//! hostile files: huge arrays, deep nesting, repeated keys, values of the
//! wrong type, numbers out of range or beyond `f64`, long text with control
//! characters, unknown fields and other versions. The import must never
//! panic; a file it reads gives a scenario the app could hold, every problem
//! is worded in both languages, and the scenario exports and imports back
//! unchanged with no problem.
//!
//! `FILE_FUZZ_CASES=10000000 FILE_FUZZ_SEED=7 cargo test --release --test file_fuzz`
//! runs a longer fuzz.

// catch_unwind and the environment: native only.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::catch_unwind;

use lotrinh::codec::{export_json, import_json, ImportError};
use lotrinh::i18n::link_messages::{describe, describe_import_error};
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::INDICATORS;
use lotrinh::model::levers::LEVERS;
use serde_json::{json, Map, Value};

mod support;
use support::{check_scenario, damage, env_u64, random_scenario, Rng};

/// Cases in the default `cargo test`, split over [`PARTS`] tests.
const DEFAULT_CASES: u64 = 100_000;
const PARTS: u64 = 4;

/// A value of a random JSON type, sometimes a number no field accepts.
fn random_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(rng.chance(2)),
        2 => json!(-1e308),
        3 => json!(u64::MAX),
        4 => json!(i64::MIN),
        5 => json!(1e308),
        6 => json!(f64::MIN_POSITIVE),
        7 => json!("12.5"),
        8 => json!("Kịch bản \u{202E}\u{0}\r\n".repeat(1 + rng.below(60))),
        9 => json!([1, 2, 3, 4, 5]),
        10 => json!({ "grdp_growth": 1 }),
        _ => json!(rng.unit() * 200.0 - 50.0),
    }
}

/// Text for a JSON file that is hostile but still JSON: one field replaced,
/// a huge array, deep nesting, repeated keys or numbers serde cannot hold.
fn levers(doc: &mut Map<String, Value>) -> Option<&mut Map<String, Value>> {
    doc.entry("levers").or_insert(json!({})).as_object_mut()
}

fn hostile(rng: &mut Rng, base: &Value) -> String {
    let mut doc = base.as_object().cloned().unwrap_or_default();
    let lever = rng.pick(LEVERS).id.key();
    let indicator = rng.pick(INDICATORS).id.key();
    match rng.below(10) {
        0 => {
            let key = *rng.pick(&["version", "name", "note", "vintage", "levers", "targets", "colour"]);
            doc.insert(key.to_owned(), random_value(rng));
        }
        1 => {
            if let Some(levers) = levers(&mut doc) {
                levers.insert(lever.to_owned(), random_value(rng));
            }
        }
        2 => {
            let value = random_value(rng);
            if let Some(targets) = doc.entry("targets").or_insert(json!({})).as_object_mut() {
                targets.insert(indicator.to_owned(), value);
            }
        }
        // Huge arrays and long text.
        3 => {
            // Of numbers: an array of long strings costs more than it finds.
            let items = vec![json!(rng.unit() * 100.0); 1 + rng.below(3_000)];
            if let Some(levers) = levers(&mut doc) {
                levers.insert(lever.to_owned(), Value::Array(items));
            }
        }
        4 => {
            doc.insert("note".to_owned(), json!("x\u{7}".repeat(rng.below(1_500))));
        }
        // Deep nesting, below and above serde_json's recursion limit; built by
        // hand because `json!` copies the inner value at every level.
        5 => {
            let depth = 1 + rng.below(300);
            let nested = (0..depth).fold(random_value(rng), |value, i| {
                if i % 2 == 0 {
                    Value::Array(vec![value])
                } else {
                    Value::Object(std::iter::once((lever.to_owned(), value)).collect())
                }
            });
            let key = *rng.pick(&["levers", "targets", "name", "unknown"]);
            doc.insert(key.to_owned(), nested);
        }
        // Repeated keys and numbers beyond f64, written as text.
        6 => {
            let text = Value::Object(doc).to_string();
            let extra = format!(r#""levers": {{"{lever}": 1, "{lever}": 2}}, "version": 1, "#);
            return text.replacen('{', &format!("{{{extra}"), 1);
        }
        7 => {
            let number = *rng.pick(&["1e400", "-1e400", "1e-400", "123456789012345678901234567890", "-0"]);
            let text = Value::Object(doc).to_string();
            return text.replacen('{', &format!(r#"{{"targets": {{"{indicator}": {number}}}, "#), 1);
        }
        8 => {
            doc.insert("version".to_owned(), json!(*rng.pick(&[0u64, 2, 99, u64::MAX])));
        }
        _ => {
            doc.clear();
        }
    }
    Value::Object(doc).to_string()
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\u",
    "1e400",
    "-",
    "null",
    "\"levers\"",
    "9",
    "\u{0}",
    "\u{FEFF}",
];

fn random_input(rng: &mut Rng, pool: &[(String, Value)]) -> String {
    let (text, doc) = &pool[rng.below(pool.len())];
    match rng.below(10) {
        0 => {
            let bytes: Vec<u8> = (0..rng.below(80)).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1..=3 => damage(rng, text, TOKENS),
        _ => hostile(rng, doc),
    }
}

/// Checks one case; wording every problem and the round trip run when `thorough`.
fn check(input: &str, thorough: bool) -> Result<(), String> {
    let imported = catch_unwind(|| import_json(input)).map_err(|_| "import_json panicked")?;
    let (scenario, problems) = match imported {
        Ok(read) => read,
        Err(error) => {
            if let ImportError::Malformed { line: 0, .. } | ImportError::Malformed { column: 0, .. } = error {
                return Err(format!("no position in {error:?}"));
            }
            let text = describe_import_error(&error, Lang::En);
            return if text.is_empty() { Err("an unworded import error".to_owned()) } else { Ok(()) };
        }
    };
    check_scenario(&scenario)?;
    if !thorough {
        return Ok(());
    }
    for problem in &problems {
        for lang in [Lang::Vi, Lang::En] {
            let text = describe(problem, lang);
            if text.is_empty() || text.chars().any(char::is_control) || text.len() > 600 {
                return Err(format!("message {text:?}"));
            }
        }
    }
    match import_json(&export_json(&scenario)) {
        Ok((again, more)) if again == scenario && more.is_empty() => Ok(()),
        other => Err(format!("exporting and importing again gave {other:?}")),
    }
}

fn fuzz_part(part: u64) {
    let cases = (env_u64("FILE_FUZZ_CASES", DEFAULT_CASES) + PARTS - 1 - part) / PARTS;
    let seed = env_u64("FILE_FUZZ_SEED", 2030);
    let mut rng = Rng::seeded(seed, part);
    // Exports to damage, built once: building is slower than importing.
    let pool: Vec<(String, Value)> = (0..256)
        .map(|_| {
            let scenario = random_scenario(&mut rng);
            let value = serde_json::to_value(&scenario).expect("a Scenario serialises");
            (export_json(&scenario), value)
        })
        .collect();
    for case in 0..cases {
        let input = random_input(&mut rng, &pool);
        if let Err(why) = check(&input, case % 8 == 0) {
            panic!("seed {seed}, part {part}, case {case}: {why}\ninput: {input:.2000}");
        }
    }
}

#[test]
fn fuzz_import_json_never_panics_and_gives_a_valid_scenario_1() {
    fuzz_part(0);
}

#[test]
fn fuzz_import_json_never_panics_and_gives_a_valid_scenario_2() {
    fuzz_part(1);
}

#[test]
fn fuzz_import_json_never_panics_and_gives_a_valid_scenario_3() {
    fuzz_part(2);
}

#[test]
fn fuzz_import_json_never_panics_and_gives_a_valid_scenario_4() {
    fuzz_part(3);
}

#[test]
fn deep_nesting_and_huge_arrays_are_reported_not_fatal() {
    let deep =
        format!(r#"{{"version": 1, "levers": {{"grdp_growth": {}1{}}}}}"#, "[".repeat(100), "]".repeat(100));
    let (scenario, problems) = import_json(&deep).unwrap();
    assert!(scenario.levers.is_empty());
    assert_eq!(problems.len(), 1, "{problems:?}");
    let deeper = format!(r#"{{"version": 1, "levers": {}1{}}}"#, "[".repeat(500), "]".repeat(500));
    assert!(matches!(import_json(&deeper), Err(ImportError::Malformed { .. })));
    let huge = format!(r#"{{"version": 1, "levers": {{"grdp_growth": [{}1]}}}}"#, "1,".repeat(100_000));
    let (_, problems) = import_json(&huge).unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
}
