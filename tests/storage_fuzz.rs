//! A seeded fuzz of the storage loader, `Workspace::from_stored`, which reads
//! `lotrinh.workspace.v1` at start-up and whatever another tab writes there.
//!
//! Inputs are random bytes, damaged copies of real stored workspaces, and
//! structurally valid but hostile documents: repeated saved ids, ids at
//! `u32::MAX`, too many or repeated compared entries, comparisons and origins
//! naming scenarios that do not exist, huge arrays, deep nesting, values of
//! the wrong type and numbers out of range. The loader must never panic; a
//! workspace it accepts must keep every invariant the app relies on, keep
//! every saved scenario it was given, and survive saving, duplicating and a
//! write and read back.
//!
//! `STORAGE_FUZZ_CASES=10000000 STORAGE_FUZZ_SEED=7 cargo test --release --test storage_fuzz`
//! runs a longer fuzz.

// catch_unwind and the environment: native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::panic::catch_unwind;

use lotrinh::i18n::link_messages::describe;
use lotrinh::i18n::Lang;
use lotrinh::model::levers::LEVERS;
use lotrinh::presets::Preset;
use lotrinh::workspace::{Compared, SavedScenario, Workspace, MAX_COMPARED, WORKSPACE_VERSION};
use serde_json::{json, Value};

mod support;
use support::{check_scenario, damage, env_u64, random_scenario, Rng};

/// Cases in the default `cargo test`, split over [`PARTS`] tests.
const DEFAULT_CASES: u64 = 100_000;

/// A random workspace the app could have written.
fn random_workspace(rng: &mut Rng) -> Workspace {
    // Small: loading cost grows with size, and hostile() makes huge ones.
    let mut ws = Workspace { working: random_scenario(rng), ..Workspace::default() };
    for _ in 0..rng.below(4) {
        ws.working = random_scenario(rng);
        ws.save_as_new();
    }
    if !ws.saved.is_empty() && rng.chance(2) {
        let id = rng.pick(&ws.saved).id;
        ws.open_saved(id);
    }
    for _ in 0..rng.below(4) {
        let entry = match rng.below(3) {
            0 if !ws.saved.is_empty() => Compared::Saved(rng.pick(&ws.saved).id),
            1 => Compared::Linked(Box::new(random_scenario(rng))),
            _ => Compared::Preset(*rng.pick(&Preset::ALL)),
        };
        ws.toggle_compare(entry);
    }
    ws
}

/// A value of a random JSON type, sometimes a number no field accepts.
fn random_value(rng: &mut Rng) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(rng.chance(2)),
        2 => json!(-1),
        3 => json!(u64::MAX),
        4 => json!(4_294_967_296u64),
        5 => json!(1e308),
        6 => json!(-0.5),
        7 => json!("1"),
        8 => json!("Kịch bản \u{202E}\u{0}"),
        9 => json!([]),
        10 => json!({}),
        _ => json!(rng.next() as u32),
    }
}

/// `depth` arrays or objects, one inside the other, around `inner`.
fn nested(rng: &mut Rng, depth: usize, inner: Value) -> Value {
    // Built by hand: `json!` would copy the inner value at every level.
    (0..depth).fold(inner, |value, _| {
        if rng.chance(2) {
            Value::Array(vec![value])
        } else {
            Value::Object(std::iter::once(("a".to_owned(), value)).collect())
        }
    })
}

/// A random node of `value` (itself, or something inside it).
fn random_node<'a>(rng: &mut Rng, value: &'a mut Value) -> &'a mut Value {
    let len = match &*value {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    };
    if len == 0 || rng.chance(4) {
        return value;
    }
    let at = rng.below(len);
    match value {
        Value::Object(map) => random_node(rng, map.values_mut().nth(at).expect("at < len")),
        Value::Array(items) => random_node(rng, &mut items[at]),
        other => other,
    }
}

/// The value at `path` below `doc`, made as empty objects on the way where
/// missing; `None` when something on the way is not an object.
fn slot<'a>(doc: &'a mut Value, path: &[&str]) -> Option<&'a mut Value> {
    path.iter().try_fold(doc, |value, key| Some(value.as_object_mut()?.entry(*key).or_insert(json!({}))))
}

/// Sets the value at `path`, if the document has objects all the way there.
fn set(doc: &mut Value, path: &[&str], value: Value) {
    if let Some(slot) = slot(doc, path) {
        *slot = value;
    }
}

fn saved_ids(doc: &Value) -> Vec<u64> {
    doc["saved"]
        .as_array()
        .map_or(Vec::new(), |saved| saved.iter().filter_map(|s| s["id"].as_u64()).collect())
}

/// One structurally hostile change to a stored workspace document.
fn hostile(rng: &mut Rng, doc: &mut Value) {
    let ids = saved_ids(doc);
    let some_id = |rng: &mut Rng| ids.get(rng.below(ids.len())).copied().unwrap_or(1);
    // Huge arrays cost far more than the rest: one case in 32 gets one.
    let op = match rng.below(14) {
        4..=6 if !rng.chance(32) => 8,
        op => op,
    };
    match op {
        // Repeated saved ids, and ids at the edges of u32.
        0 => {
            if let Some(saved) = slot(doc, &["saved"]).and_then(Value::as_array_mut) {
                let copies: Vec<Value> = saved.iter().take(1 + rng.below(3)).cloned().collect();
                saved.extend(copies);
            }
        }
        1 => {
            let id = *rng.pick(&[0u64, 1, u64::from(u32::MAX) - 1, u64::from(u32::MAX)]);
            if let Some(entry) =
                slot(doc, &["saved"]).and_then(Value::as_array_mut).and_then(|s| s.first_mut())
            {
                set(entry, &["id"], json!(id));
            }
            if rng.chance(2) {
                set(doc, &["next_id"], json!(*rng.pick(&[0u64, u64::from(u32::MAX)])));
            }
        }
        // Too many compared entries, repeated ones, and ones naming nothing.
        2 => {
            let mut entries = Vec::new();
            for _ in 0..rng.below(40) {
                entries.push(match rng.below(4) {
                    0 => json!({ "saved": some_id(rng) }),
                    1 => json!({ "saved": rng.next() as u32 }),
                    2 => json!({ "preset": Preset::ALL[rng.below(4)].key() }),
                    _ => json!({ "linked": { "version": 1, "vintage": "2025-12-01", "name": "L" } }),
                });
            }
            set(doc, &["compare"], Value::Array(entries));
        }
        3 => set(doc, &["origin"], json!(*rng.pick(&[0u64, 999, u64::from(u32::MAX)]))),
        // Huge arrays: a long library, a long comparison, a long per-year list.
        4 => {
            let entry =
                doc.get("saved").and_then(|s| s.get(0)).cloned().unwrap_or_else(
                    || json!({ "id": 1, "scenario": { "version": 1, "vintage": "2025-12-01" } }),
                );
            let count = 100 + rng.below(400);
            let same_id = rng.chance(2);
            let entries = (0..count)
                .map(|i| {
                    let mut e = entry.clone();
                    set(&mut e, &["id"], json!(if same_id { 7 } else { i + 1 }));
                    e
                })
                .collect();
            set(doc, &["saved"], Value::Array(entries));
        }
        5 => {
            set(doc, &["compare"], Value::Array(vec![json!({ "preset": "plan" }); 2_000 + rng.below(8_000)]))
        }
        6 => {
            let lever = rng.pick(LEVERS).id.key();
            set(doc, &["working", "levers", lever], Value::Array(vec![json!(1.0); 1 + rng.below(5_000)]));
        }
        // Deep nesting, below and above serde_json's recursion limit.
        7 => {
            let depth = 1 + rng.below(300);
            let inner = random_value(rng);
            *random_node(rng, doc) = nested(rng, depth, inner);
        }
        // Wrong types and out-of-range numbers anywhere.
        8 | 9 => *random_node(rng, doc) = random_value(rng),
        10 => {
            let lever = rng.pick(LEVERS).id.key();
            let value = *rng.pick(&[1e308, -1e308, f64::MAX, f64::MIN_POSITIVE, -0.0, 1e9]);
            let value = if rng.chance(2) { json!(value) } else { json!([value, 1, 2, 3, value]) };
            set(doc, &["working", "levers", lever], value);
        }
        11 => set(doc, &["working", "targets", "digital_economy"], json!(*rng.pick(&[-1e300, 1e300, 100.5]))),
        // Unknown fields and other versions.
        12 => *random_node(rng, doc) = json!({ "unknown": true }),
        _ => set(doc, &["version"], json!(*rng.pick(&[0u64, 1, 2, u64::MAX]))),
    }
}

const TOKENS: &[&str] =
    &["{", "}", "[", "]", ",", ":", "\"", "\\", "1e400", "-", "null", "\"saved\"", "\"id\"", "9", "\u{0}"];

/// The stored text of one case and, for a hostile document, its number of
/// saved entries (which a successful load must keep, however hostile).
fn random_input(rng: &mut Rng, pool: &[Value]) -> (String, Option<usize>) {
    match rng.below(10) {
        0 => {
            let bytes: Vec<u8> = (0..rng.below(80)).map(|_| rng.next() as u8).collect();
            (String::from_utf8_lossy(&bytes).into_owned(), None)
        }
        1 | 2 => {
            let text = pool[rng.below(pool.len())].to_string();
            (damage(rng, &text, TOKENS), None)
        }
        _ => {
            let mut doc = pool[rng.below(pool.len())].clone();
            for _ in 0..1 + rng.below(3) {
                hostile(rng, &mut doc);
            }
            let saved = doc.get("saved").and_then(Value::as_array).map_or(0, Vec::len);
            (doc.to_string(), Some(saved))
        }
    }
}

/// The invariants of a loaded workspace.
fn check_workspace(ws: &Workspace) -> Result<(), String> {
    if ws.version != WORKSPACE_VERSION {
        return Err(format!("version {}", ws.version));
    }
    check_scenario(&ws.working)?;
    let mut ids = BTreeSet::new();
    for saved in &ws.saved {
        check_scenario(&saved.scenario)?;
        if !ids.insert(saved.id) {
            return Err(format!("id {} twice", saved.id));
        }
    }
    // Near u32::MAX ids come from the gaps below instead (see take_id).
    if ids.last().is_some_and(|max| *max < u32::MAX - 1 && ws.next_id <= *max) {
        return Err(format!("next_id {} not past {:?}", ws.next_id, ids.last()));
    }
    if ws.compare.len() > MAX_COMPARED - 1 {
        return Err(format!("{} compared", ws.compare.len()));
    }
    for (index, entry) in ws.compare.iter().enumerate() {
        if ws.compare[..index].contains(entry) {
            return Err(format!("{entry:?} compared twice"));
        }
        match entry {
            Compared::Saved(id) if !ids.contains(id) => return Err(format!("compares missing {id}")),
            Compared::Linked(scenario) => check_scenario(scenario)?,
            _ => {}
        }
    }
    if ws.origin.is_some_and(|id| !ids.contains(&id)) {
        return Err(format!("origin {:?} is not saved", ws.origin));
    }
    Ok(())
}

/// Checks one case; the slower checks (wording every problem, writing and
/// reading back, saving) run when `thorough`.
fn check(input: &str, given: Option<usize>, thorough: bool) -> Result<(), String> {
    let loaded = catch_unwind(|| Workspace::from_stored(input)).map_err(|_| "from_stored panicked")?;
    let Ok((ws, problems)) = loaded else { return Ok(()) };
    check_workspace(&ws)?;
    // Nothing given is lost: every saved entry of the document is kept.
    let given = given.unwrap_or_else(|| {
        let doc = serde_json::from_str::<Value>(input).unwrap_or_default();
        doc.get("saved").and_then(Value::as_array).map_or(0, Vec::len)
    });
    if ws.saved.len() != given {
        return Err(format!("{given} saved entries given, {} kept", ws.saved.len()));
    }
    if !thorough {
        return Ok(());
    }
    for problem in &problems {
        for lang in [Lang::Vi, Lang::En] {
            let text = describe(problem, lang);
            if text.chars().any(char::is_control) || text.len() > 600 {
                return Err(format!("message {text:?}"));
            }
        }
    }
    let (again, more) = Workspace::from_stored(&ws.to_stored()).map_err(|e| format!("rereading: {e}"))?;
    if again != ws || !more.is_empty() {
        return Err(format!("rereading changed it: {more:?}\n{ws:?}\n{again:?}"));
    }
    // The app can keep working with it: save, duplicate, compare.
    let mut next = ws.clone();
    let before: BTreeSet<u32> = next.saved.iter().map(|s| s.id).collect();
    let id = catch_unwind(move || {
        let id = next.save_as_new();
        let copy = next.duplicate(id, "(copy)");
        next.toggle_compare(Compared::Saved(id));
        (id, copy, next)
    })
    .map_err(|_| "saving panicked")?;
    let (id, copy, next) = id;
    if before.contains(&id) || copy.map_or(true, |c| c == id || before.contains(&c)) {
        return Err(format!("new ids {id} {copy:?} reuse one of {before:?}"));
    }
    check_workspace(&next)
}

/// Runs part `part` of `PARTS` of the fuzz cases on its own stream of the
/// seed; the parts are separate tests so the harness runs them in parallel.
fn fuzz_part(part: u64) {
    let cases = (env_u64("STORAGE_FUZZ_CASES", DEFAULT_CASES) + PARTS - 1 - part) / PARTS;
    let seed = env_u64("STORAGE_FUZZ_SEED", 2030);
    let mut rng = Rng::seeded(seed, part);
    // Documents to damage, built once: building is slower than loading.
    let pool: Vec<Value> = (0..256)
        .map(|_| serde_json::to_value(random_workspace(&mut rng)).expect("a Workspace serialises"))
        .collect();
    for case in 0..cases {
        let (input, given) = random_input(&mut rng, &pool);
        if let Err(why) = check(&input, given, case % 16 == 0) {
            panic!("seed {seed}, part {part}, case {case}: {why}\ninput: {input:.2000}");
        }
    }
}

const PARTS: u64 = 4;

#[test]
fn fuzz_from_stored_never_panics_and_keeps_its_invariants_1() {
    fuzz_part(0);
}

#[test]
fn fuzz_from_stored_never_panics_and_keeps_its_invariants_2() {
    fuzz_part(1);
}

#[test]
fn fuzz_from_stored_never_panics_and_keeps_its_invariants_3() {
    fuzz_part(2);
}

#[test]
fn fuzz_from_stored_never_panics_and_keeps_its_invariants_4() {
    fuzz_part(3);
}

#[test]
fn repeated_ids_are_renumbered_not_dropped() {
    let scenario = |name: &str| lotrinh::scenario::Scenario { name: name.into(), ..Default::default() };
    let ws = Workspace {
        saved: vec![
            SavedScenario { id: 1, scenario: scenario("A"), rev: 0 },
            SavedScenario { id: 1, scenario: scenario("B"), rev: 0 },
            SavedScenario { id: u32::MAX, scenario: scenario("C"), rev: 0 },
        ],
        compare: vec![Compared::Saved(1), Compared::Saved(1), Compared::Saved(9)],
        origin: Some(9),
        ..Workspace::default()
    };
    let (mut back, _) = Workspace::from_stored(&ws.to_stored()).unwrap();
    let names: Vec<_> = back.saved.iter().map(|s| (s.id, s.scenario.name.as_str())).collect();
    assert_eq!(names, vec![(1, "A"), (2, "B"), (u32::MAX, "C")]);
    assert_eq!(back.compare, vec![Compared::Saved(1)]);
    assert_eq!(back.origin, None);
    let fresh = back.save_as_new();
    assert!(![1, 2, u32::MAX].contains(&fresh), "a free id once u32::MAX is taken, not {fresh}");
}
