//! The "Uncertainty, sensitivity and goal-seeking" section of
//! `docs/model.md`, rendered from the spread and range tables so it cannot
//! drift from them. Included by `model_md.rs`, whose cell and number helpers
//! it shares.

use std::fmt::Write;

use super::{cell, number, short_source};
use lotrinh::model::levers::LeverId;
use lotrinh::model::sources::Basis;
use lotrinh::model::uncertainty::inputs::{
    default_spread, Spread, BASELINE_RANGES, DEFAULT_PATHS, DEFAULT_SEED, LEVER_SPREADS, MAX_PATHS, MAX_SEED,
    MIN_PATHS, Z90,
};

/// Appends the section to `out`.
pub fn section(out: &mut String) {
    let _ = writeln!(out, "## Uncertainty, sensitivity and goal-seeking");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The projection above is one line per indicator. Around it the model draws N paths \
         (default {DEFAULT_PATHS}, from {MIN_PATHS} to {MAX_PATHS}) from the uncertain inputs below, \
         with a seeded generator (default seed {DEFAULT_SEED}, from 0 to {MAX_SEED}), so the same \
         scenario and seed give bit-identical results natively and in the browser. The spreads, \
         ranges, seed and N are part of the scenario: they travel in the link, the file and storage, \
         and only the ones that differ from the defaults are written."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "### Lever spreads");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A spread is `−below/+above` in the lever's unit: the lever's 90 % range is `value − below` to \
         `value + above`, around whatever value is set. Each side is between 0 and half the lever's range."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| lever | default spread | at the default | source (basis) | why |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for spec in LEVER_SPREADS {
        let lever = spec.lever.spec();
        let Spread { below, above } = spec.default;
        let decimals = lever.decimals();
        let range = if below == 0.0 && above == 0.0 {
            "no spread".to_owned()
        } else {
            format!(
                "{:.decimals$} – {:.decimals$}",
                (lever.default - below).max(lever.min),
                (lever.default + above).min(lever.max)
            )
        };
        let spread = if below == 0.0 && above == 0.0 {
            "none".to_owned()
        } else {
            format!("−{below:.decimals$} / +{above:.decimals$}")
        };
        let _ = writeln!(
            out,
            "| `{id}` | {spread} | {range} | {source} | {why} |",
            id = spec.lever.key(),
            source = cell(&short_source(spec.source)),
            why = cell(spec.reasoning.en),
        );
    }
    let _ = writeln!(
        out,
        "\n`{}` has no spread: it only scales head counts, and the bands are drawn for the shares.",
        LeverId::LabourForce.key()
    );
    debug_assert_eq!(default_spread(LeverId::LabourForce), Spread::ZERO);
    let _ = writeln!(out);
    let _ = writeln!(out, "### Baseline ranges");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A range is `low–high`, % at the end of 2025, within 0–100 with low ≤ high. The engine widens it, \
         if need be, to hold the baseline the projection starts from."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| indicator | default range | source (basis) | why |");
    let _ = writeln!(out, "|---|---|---|---|");
    for spec in BASELINE_RANGES {
        let range = spec.default;
        let point = range.low == range.high;
        let assumption = if spec.source.basis == Basis::Assumption || point {
            ""
        } else {
            "; using the two figures as the ends is a modelling choice"
        };
        let shown = if point {
            format!("{} % (no range)", number(range.low, 3))
        } else {
            format!("{} – {} %", number(range.low, 3), number(range.high, 3))
        };
        let _ = writeln!(
            out,
            "| `{id}` | {shown} | {source}{assumption} | {why} |",
            id = spec.indicator.key(),
            source = cell(&short_source(spec.source)),
            why = cell(spec.reasoning.en),
        );
    }
    let _ = writeln!(out);
    draw_scheme(out);
    results(out);
    sensitivity_and_goals(out);
}

fn draw_scheme(out: &mut String) {
    let _ = writeln!(out, "### How each input is drawn, and why");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "For each path every input draws one number, in the order of the tables above, whether or not \
         its spread is zero, so changing one spread never changes another input's draws. The one \
         exception is the lever the economy mode leaves out (non-digital growth while GRDP growth is a \
         lever, GRDP growth while GRDP is built from its parts): it moves nothing, so it draws nothing."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "- **A lever: one persistent shock per path, two-piece normal.** One standard normal `z` moves \
         every year's value by `below/{z} · z` when `z < 0` and `above/{z} · z` otherwise ({z} is the \
         normal's 95 % quantile), so the 5th and 95th percentiles are `value − below` and `value + above` \
         and the median is the value set; the result is clamped into the lever's range. A per-year lever \
         keeps its profile: the shock moves every year by the same amount. One shock rather than five \
         independent ones: the 2030 share of a growth-ratio path depends only on the product of the five \
         yearly factors, that is on the average rate, and the spread says how unsure we are of that average. \
         Independent yearly draws of the same size would shrink that uncertainty by √5 and show false \
         confidence.",
        z = number(Z90, 4)
    );
    let _ = writeln!(
        out,
        "- **A baseline: uniform between the ends of its range.** The sources disagree and nothing says \
         which is right, so every value between them is taken as equally plausible."
    );
    let _ = writeln!(
        out,
        "- **Inputs are independent of each other.** GRDP and digital-economy growth probably move \
         together, which would narrow the digital-economy share's band; independence is the cautious choice."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The generator is xoshiro256** seeded through SplitMix64; normals come from Marsaglia's polar \
         method with a logarithm written in the crate from `+ − × ÷` only (the platform's `ln` may differ \
         in the last bit between targets). Each path runs the same curves as the projection, so with \
         every spread and range at zero every path is the projection."
    );
    let _ = writeln!(out);
}

fn results(out: &mut String) {
    let _ = writeln!(out, "### Bands and chances");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "For each indicator and year (2025 to 2030) the fan gives the median, the 50 % band \
         (25th–75th percentile) and the 90 % band (5th–95th). Percentiles interpolate linearly between \
         order statistics (R's type 7): with `h = (N − 1)·p`, `q = x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) − x(⌊h⌋))`."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The chance of meeting a target is the share of paths whose 2030 value meets it by the rule the \
         status uses (see \"Reached at reporting precision\"); the chance of meeting all four is the share \
         of paths that meet every one. Its Monte Carlo standard error is `√(p(1 − p)/N)`: at most 0.5 \
         percentage points with the default N."
    );
    let _ = writeln!(out);
}

fn sensitivity_and_goals(out: &mut String) {
    let _ = writeln!(out, "### Tornado");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "For each indicator, each uncertain input that moves it (the two levers its curve reads, and its \
         baseline) goes alone from its low end to its high end (a lever by `−below` and `+above`, \
         clamped into range; a baseline across its range), every other input as set. The bar is the 2030 \
         value at the two ends; the change in the gap to the target is the same length. Bars are sorted \
         by length, largest first."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "### Goal-seeking");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "For an indicator and one of the two levers its curve reads, the model finds the one value for \
         the whole period, on the lever's step grid and within its range, that reaches the target in \
         2030, or that gives a chosen chance of reaching it (same seed and N, so the same draws). Both \
         the 2030 value and the chance are monotone in the lever, so a bisection over the step grid finds \
         the grid value nearest the rest of the range that still reaches the aim: applying it reaches the \
         aim exactly as computed (with another seed, the chance is reached within Monte Carlo error). \
         When no value in the range can, the answer says so and gives the end of the range that gets \
         closest and what it achieves."
    );
    let _ = writeln!(out);
}
