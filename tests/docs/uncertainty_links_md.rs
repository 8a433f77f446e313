//! The "Uncertainty" part of `docs/links.md`'s parameter reference, rendered
//! from the spread and range tables and the codec's parameter names so it
//! cannot drift from them. Included by `links_md.rs`.

use std::fmt::Write;

use lotrinh::codec::link::YEAR_SEPARATOR;
use lotrinh::codec::uncertainty::{PATHS_KEY, RANGE_PREFIX, SEED_KEY, SPREAD_PREFIX};
use lotrinh::model::uncertainty::inputs::{
    Range, Spread, BASELINE_RANGES, DEFAULT_PATHS, DEFAULT_SEED, LEVER_SPREADS, MAX_PATHS, MAX_SEED,
    MIN_PATHS,
};

/// Appends the "Uncertainty" part of `docs/links.md`'s parameter reference.
pub fn section(out: &mut String) {
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

/// `a~b`, or `a` when both are the same: how the link writes a spread.
fn pair(out: &mut String, first: f64, second: f64) {
    if first.to_bits() == second.to_bits() {
        let _ = write!(out, "{first}");
    } else {
        let _ = write!(out, "{first}{YEAR_SEPARATOR}{second}");
    }
}
