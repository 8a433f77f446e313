//! Shared by the native fuzz tests: a seeded generator, random scenarios the
//! app could hold, and the invariants every loaded scenario keeps.
//!
//! Each test file that needs it says `mod support;`; not every file uses
//! every helper, hence the `dead_code` allowance.
#![allow(dead_code)]

use lotrinh::codec::sanitize::{is_stripped, is_vintage, NAME_CAP, NOTE_CAP};
use lotrinh::model::indicators::INDICATORS;
use lotrinh::model::levers::LEVERS;
use lotrinh::model::shapes::Shape;
use lotrinh::model::YEARS;
use lotrinh::monitoring::{check_actual, check_milestone};
use lotrinh::scenario::{LeverValue, Scenario, SCHEMA_VERSION};

/// xorshift64*: cheap, seeded, reproducible.
pub struct Rng(pub u64);

impl Rng {
    /// A generator for stream `stream` of `seed` (never the all-zero state).
    pub fn seeded(seed: u64, stream: u64) -> Self {
        Rng((seed * 2 + stream).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Reads a `u64` from the environment, else `default`.
pub fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A damaged copy of `text`: one to three cuts, inserted bytes or `tokens`.
pub fn damage(rng: &mut Rng, text: &str, tokens: &[&str]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(3) {
            0 => bytes.truncate(at),
            1 => {
                let token = *rng.pick(tokens);
                bytes.splice(at..at, token.bytes()).for_each(drop);
            }
            _ => bytes.insert(at, rng.next() as u8),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Pieces of names and notes: Vietnamese, separators and a line break.
pub const FRAGMENTS: &[&str] =
    &["Kịch bản", " bứt phá", " – Ninh Bình", "Thận trọng", "A", "%", "+", "&", "=", "~", "\n", "50%"];

/// A random scenario the app could hold, built cheaply.
pub fn random_scenario(rng: &mut Rng) -> Scenario {
    let mut s = Scenario::default();
    for spec in LEVERS {
        if rng.chance(2) {
            continue;
        }
        let value = |rng: &mut Rng| {
            if rng.chance(2) {
                spec.min + rng.below(((spec.max - spec.min) / spec.step) as usize + 1) as f64 * spec.step
            } else {
                spec.min + rng.unit() * (spec.max - spec.min)
            }
            .clamp(spec.min, spec.max)
        };
        if spec.per_year && rng.chance(3) {
            let values: [f64; YEARS] = std::array::from_fn(|_| value(rng));
            s.levers.insert(spec.id, LeverValue::PerYear(values));
        } else {
            s.set_whole(spec.id, value(rng));
        }
    }
    for spec in INDICATORS {
        if rng.chance(3) {
            s.set_target(spec.id, Some((rng.unit() * 1000.0).round() / 10.0));
        }
    }
    for _ in 0..rng.below(4) {
        s.name.push_str(rng.pick::<&str>(FRAGMENTS));
    }
    if rng.chance(4) {
        for _ in 0..rng.below(6) {
            s.note.push_str(rng.pick::<&str>(FRAGMENTS));
        }
    }
    if rng.chance(8) {
        s.vintage = "2024-01-31".to_owned();
    }
    s
}

/// The invariants of a scenario the app holds, whatever it was loaded from:
/// current version, a date as vintage, levers in range (per-year only where
/// allowed, never stored at their default), targets within the reporting precision–100 % and
/// different from the official one, valid milestones, actuals, shapes and
/// baselines, clean names and notes within their caps.
pub fn check_scenario(s: &Scenario) -> Result<(), String> {
    if s.version != SCHEMA_VERSION || !is_vintage(&s.vintage) {
        return Err(format!("version {} vintage {:?}", s.version, s.vintage));
    }
    for (id, value) in &s.levers {
        let spec = id.spec();
        let ok = match value {
            LeverValue::Whole(v) => *v != spec.default && (spec.min..=spec.max).contains(v),
            LeverValue::PerYear(vs) => spec.per_year && vs.iter().all(|v| (spec.min..=spec.max).contains(v)),
        };
        if !ok {
            return Err(format!("lever {id:?} = {value:?}"));
        }
    }
    for (id, t) in &s.targets {
        if !(id.spec().precision..=100.0).contains(t) || (t - id.spec().target).abs() <= 1e-12 {
            return Err(format!("target {id:?} = {t}"));
        }
    }
    for (id, years) in &s.milestones {
        if years.iter().any(|(year, value)| check_milestone(*year, *value).is_err()) {
            return Err(format!("milestones {id:?} = {years:?}"));
        }
    }
    for (id, years) in &s.actuals {
        if years
            .iter()
            .any(|(year, a)| check_actual(*year, a, None).is_err() || a.source.chars().any(is_stripped))
        {
            return Err(format!("actuals {id:?} = {years:?}"));
        }
    }
    if s.shapes.iter().any(|(id, shape)| !id.spec().is_adoption() || *shape == Shape::GapClosing) {
        return Err(format!("shapes {:?}", s.shapes));
    }
    if s.baselines.iter().any(|(id, key)| id.spec().baseline_option(key).is_none()) {
        return Err(format!("baselines {:?}", s.baselines));
    }
    if s.name.chars().count() > NAME_CAP || s.name.chars().any(is_stripped) {
        return Err(format!("name {:?}", s.name));
    }
    if s.note.chars().count() > NOTE_CAP || s.note.chars().any(|c| is_stripped(c) && c != '\n' && c != '\t') {
        return Err(format!("note {:?}", s.note));
    }
    Ok(())
}
