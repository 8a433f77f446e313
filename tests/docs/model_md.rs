//! The model's reference documentation, rendered from the lever and
//! indicator tables so it cannot drift from them.
//!
//! [`model_markdown`] produces `docs/model.md`; the native test
//! `tests/docs_current.rs` fails when the committed file differs, and
//! `UPDATE_DOCS=1 cargo test --test docs_current` rewrites it. The text is in
//! English with the Vietnamese labels alongside.

use std::fmt::Write;

use lotrinh::model::indicators::{
    Absolute, AbsoluteUnit, BaseSize, Comparator, IndicatorSpec, Path, INDICATORS,
};
use lotrinh::model::levers::{LeverSpec, LeverUnit, LEVERS};
use lotrinh::model::projection::{absolute_scale, ACCELERATION_THRESHOLD};
use lotrinh::model::sources::{Basis, Bilingual, Source};
use lotrinh::model::uncertainty::inputs::LEVER_SPREADS;
use lotrinh::model::{BASE_YEAR, TARGET_YEAR, YEARS};

/// The planning sections (shapes, economy, baselines, monitoring).
#[path = "model_planning.rs"]
mod planning;
#[path = "uncertainty_md.rs"]
mod uncertainty_md;

/// Renders `docs/model.md`: the lever and indicator tables, the curve
/// formulas with their inverses, the "reached" rule and the status thresholds.
pub fn model_markdown() -> String {
    let mut out = String::new();
    header(&mut out);
    levers(&mut out);
    indicators(&mut out);
    curves(&mut out);
    planning::shapes(&mut out);
    reaching(&mut out);
    status(&mut out);
    planning::economy(&mut out);
    planning::baselines(&mut out);
    planning::monitoring(&mut out);
    uncertainty_md::section(&mut out);
    sources(&mut out);
    out
}

fn header(out: &mut String) {
    let _ = writeln!(out, "# Lộ trình số 2030: the projection model");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "<!-- Generated from the lever and indicator tables by `model_markdown()` in tests/docs/model_md.rs. \
         Do not edit by hand: run `UPDATE_DOCS=1 cargo test --test docs_current` to regenerate. -->"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The projection starts from the end of {BASE_YEAR} and runs year by year to {TARGET_YEAR} \
         (n = {YEARS} projected years, {first}–{TARGET_YEAR}). Rates are in percent a year \
         (`10` means 10 %); shares are in percent of their whole and stay within 0–100 %. \
         Every baseline, target and default carries its source; the basis says how the figure \
         relates to it (read, derived, unverified, assumption).",
        first = BASE_YEAR + 1
    );
    let _ = writeln!(out);
}

fn levers(out: &mut String) {
    let _ = writeln!(out, "## Levers (Đòn bẩy)");
    let _ = writeln!(out);
    let _ =
        writeln!(out, "| id | label (vi — en) | unit | range | step | default | per year | source (basis) |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for spec in LEVERS {
        let _ = writeln!(
            out,
            "| `{id}` | {label} | {unit} | {min} – {max} | {step} | {default} | {per_year} | {source} |",
            id = spec.id.key(),
            label = cell(&both(spec.label)),
            unit = lever_unit(spec.unit),
            min = lever_number(spec, spec.min),
            max = lever_number(spec, spec.max),
            step = lever_number(spec, spec.step),
            default = lever_number(spec, spec.default),
            per_year = if spec.per_year { "yes" } else { "no, whole period" },
            source = cell(&short_source(spec.source)),
        );
    }
    let _ = writeln!(out);
    for spec in LEVERS {
        let _ = writeln!(out, "- `{}`: {} ({})", spec.id.key(), spec.help.en, spec.help.vi);
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A lever absent from a scenario takes its default. A value outside the range (from an old \
         link or a hand-edited file) is clamped into it, and a value that is not a number (NaN, ±∞) \
         becomes the default; either way the projection lists it under `clamped`, once per lever and \
         value, and never uses the value as given. A whole-period lever reads only its first year."
    );
    let _ = writeln!(out);
}

fn indicators(out: &mut String) {
    let _ = writeln!(out, "## Indicators (Chỉ tiêu)");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| id | label (vi — en) | baseline {BASE_YEAR} | target {TARGET_YEAR} | target source (basis) | flags | path |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for spec in INDICATORS {
        let flags: Vec<String> =
            spec.flags.iter().map(|flag| format!("⚑ {} ({})", flag.en, flag.vi)).collect();
        let _ = writeln!(
            out,
            "| `{id}` | {label} | {baseline} %, worded “{wording_en}” (“{wording_vi}”); {source} | {comparator} {target} % \
             ({phrase}) | {target_source} | {flags} | {path} |",
            id = spec.id.key(),
            label = cell(&both(spec.label)),
            baseline = number(spec.baseline, 3),
            wording_en = cell(spec.baseline_wording.en),
            wording_vi = cell(spec.baseline_wording.vi),
            source = cell(&short_source(spec.baseline_source)),
            comparator = comparator_symbol(spec.comparator),
            target = number(spec.target, 2),
            phrase = comparator_phrase(spec.comparator),
            target_source = cell(&short_source(spec.target_source)),
            flags = cell(&flags.join(" ")),
            path = cell(&path_formula(spec)),
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Reported points drawn on the charts, and the absolute figure behind each share:");
    let _ = writeln!(out);
    for spec in INDICATORS {
        let _ = writeln!(out, "- `{}` ({})", spec.id.key(), spec.label.en);
        for point in spec.reported {
            let _ = writeln!(
                out,
                "  - at {at}: {value} % — {label_en} ({label_vi}); {source}",
                at = number(point.at, 2),
                value = number(point.value, 3),
                label_en = point.label.en,
                label_vi = point.label.vi,
                source = short_source(point.source),
            );
        }
        let _ = writeln!(out, "  - absolute figure: {}", absolute_formula(spec.absolute));
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A custom target replaces the official one for a scenario. It is clamped to the indicator's \
         reporting precision–100 %: a target of 0 % or below is no target at all (it is met by doing \
         nothing, and its required rate would read −100 %), so it is raised to the smallest figure the \
         province reports. A target that is not a number is ignored, and one equal to the official \
         target is not custom."
    );
    let _ = writeln!(out);
}

fn curves(out: &mut String) {
    let _ = writeln!(out, "## Curves and their inverses");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The \"required\" figure is the constant value of the indicator's driving lever (the part's \
         growth, or the adoption speed) that reaches the goal G exactly in {TARGET_YEAR}, the other \
         levers as set (G is defined under \"Meeting a target\" below), over the years left after the \
         last actual. It may fall outside the lever's range, which the app points out. When it falls \
         below the lever's minimum the target is met at any value (\"any rate\"); when no value can \
         reach it the target is unreachable, and the app says why (above the ceiling, above 100 %, \
         from a zero start, beyond the S-curve's fastest)."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "### Growth ratio (digital economy, digital workforce)");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Each year the share is multiplied by the ratio of the growth factors of the part and the whole:"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    s[t] = s[t-1] · (1 + part[t]/100) / (1 + whole[t]/100)");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A part cannot outgrow its whole, so the share is capped at 100 % (the projection marks it \
         `capped`). Inverse, the constant part growth g that takes s0 to the target T in year n = {YEARS}:"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    (1 + g/100)^n = (T / s0) · ∏ (1 + whole[t]/100)");
    let _ = writeln!(out, "    g = 100 · (((T / s0) · ∏ (1 + whole[t]/100))^(1/n) − 1)");
    let _ = writeln!(out);
    let _ = writeln!(out, "No rate exists when s0 = 0 or T is outside 0–100 %.");
    let _ = writeln!(out);
    let _ = writeln!(out, "### Gap closing (online services, records digitisation)");
    let _ = writeln!(out);
    let _ = writeln!(out, "Each year closes a share `speed[t]` of the gap that remains to the ceiling C:");
    let _ = writeln!(out);
    let _ = writeln!(out, "    x[t] = x[t-1] + speed[t]/100 · (C − x[t-1])      (unchanged when x[t-1] ≥ C)");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "With a constant speed v this is `x[n] = C − (C − x0) · (1 − v/100)^n`: fast early, slowing as \
         the easy cases are done, never past the ceiling. Inverse, the constant speed that takes x0 to \
         the goal G in year n = {YEARS}:"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    v = 100 · (1 − ((C − G) / (C − x0))^(1/n))");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "v = 0 when G ≤ x0; no speed exists when G > C, and G = C needs v = 100. The goal is the target \
         T when T < C. An asymptote is never met exactly, so when T ≥ C the goal is the lowest value \
         that reports as the target, `G = T − precision/2` (see below); the target is unreachable when \
         that is still above the ceiling."
    );
    let _ = writeln!(out);
}

fn reaching(out: &mut String) {
    let _ = writeln!(out, "## Meeting a target");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "One rule decides the status, the year reached and the required rate, at full precision:"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "- **≥ T** (\"at least\") is met when the value reaches T at the indicator's reporting precision: \
         `value ≥ T − precision/2`, that is, it would be reported as T or more. This lets an adoption \
         curve that approaches a ceiling of 100 % reach a target of 100 % (2,106.6 of 2,107 services is \
         all of them). The required rate aims at `G = T − precision/2`, the least value that meets it."
    );
    let _ = writeln!(
        out,
        "- **> T** (\"above\") is met only above T at full precision: 2.95 % is not above 3 %, though it \
         is reported as 3.0 %. The required rate aims at `G = T`; at exactly that rate the value is T, \
         which is not above it, so the app words it as the rate to exceed and shows it rounded up."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The year reached is the first year, from {BASE_YEAR}, whose value meets the target \
         (\"already\" when the {BASE_YEAR} baseline does). Milestones are met by the same rule."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| id | precision (pp) | shown with | official target | met from |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for spec in INDICATORS {
        let met_from = match spec.comparator {
            Comparator::AtLeast => format!("{} %", number(spec.goal(spec.target), 4)),
            Comparator::Above => format!("above {} %", number(spec.target, 4)),
        };
        let _ = writeln!(
            out,
            "| `{}` | {}{} | {} decimal{} | {} {} % | {} |",
            spec.id.key(),
            number(spec.precision, 4),
            precision_note(spec),
            spec.decimals,
            if spec.decimals == 1 { "" } else { "s" },
            comparator_symbol(spec.comparator),
            number(spec.target, 2),
            met_from,
        );
    }
    let _ = writeln!(out);
}

fn status(out: &mut String) {
    let threshold = number(ACCELERATION_THRESHOLD, 4);
    let _ = writeln!(out, "## Status against the {TARGET_YEAR} target");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The middle band compares the projected path with the required one by their *pace*: the \
         constant yearly rate of the indicator's own curve that gives the same end value. For a share \
         moved by growth rates it is the share's own growth, `100 · ((x_end / x_start)^(1/n) − 1)`; for \
         an adoption curve it is the constant speed of its shape that ends at the same value. The \
         required pace is the same figure for the goal G, and"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "    pace = projected pace / required pace      (1 if met when no progress is needed, else 0)"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Comparing paces, not the distance covered, keeps the band honest on curves that slow near a \
         ceiling: a distance rule counted 24 % a year of gap closing as \"needs acceleration\" when 76 % \
         was needed. The rules, applied in this order:"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| status | when |");
    let _ = writeln!(out, "|---|---|");
    let _ = writeln!(out, "| on track | the {TARGET_YEAR} value meets the target |");
    let _ = writeln!(
        out,
        "| reached, then lost | met in an earlier year (or already in {BASE_YEAR}), not in {TARGET_YEAR}: \"reached in 2028, lost by {TARGET_YEAR}\" |"
    );
    let _ = writeln!(out, "| unreachable | no value of the driving lever can meet it; the reason is shown |");
    let _ = writeln!(
        out,
        "| needs acceleration | not met, pace ≥ {threshold} (a third more pace closes the gap) |"
    );
    let _ = writeln!(out, "| off track | not met, pace < {threshold}, including any fall |");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The gap is `T − x[{TARGET_YEAR}]` in percentage points: positive is a shortfall. \
         In words, a gap that rounds to zero at the indicator's precision reads \"at the target\" \
         for a `≥` target, which counts such a value as met; for a `>` target it keeps its \
         direction with a bound (\"above by less than 0.1 pp\"), since the value must be strictly above."
    );
    let _ = writeln!(out);
}

fn sources(out: &mut String) {
    let mut seen: Vec<Source> = Vec::new();
    let all = LEVERS.iter().map(|spec| spec.source).chain(INDICATORS.iter().flat_map(|spec| {
        spec.baseline_source
            .documents()
            .chain(spec.target_source.documents())
            .copied()
            .chain(spec.reported.iter().map(|point| point.source))
    }));
    let all = all.chain(LEVER_SPREADS.iter().map(|spec| spec.source));
    for source in all {
        // Sources that differ only in basis are one publication.
        if !seen.iter().any(|s| s.citation == source.citation && s.date == source.date) {
            seen.push(source);
        }
    }
    let _ = writeln!(out, "## Sources (Nguồn)");
    let _ = writeln!(out);
    for source in seen {
        let date = if source.date.is_empty() { "undated" } else { source.date };
        let _ = writeln!(out, "- {} — {}", both_citation(source.citation), date);
    }
}

// ------------------------------------------------------------------ helpers

/// Vietnamese and English, once when they are the same. A dash, not a
/// slash, separates them: some labels hold a slash ("Kinh tế số / GRDP").
fn both(text: Bilingual) -> String {
    if text.vi == text.en {
        text.vi.to_owned()
    } else {
        format!("{} — {}", text.vi, text.en)
    }
}

fn both_citation(text: Bilingual) -> String {
    if text.vi == text.en {
        text.en.to_owned()
    } else {
        format!("{} ({})", text.en, text.vi)
    }
}

/// A source as a table cell: English citation, date, basis.
pub(crate) fn short_source(source: Source) -> String {
    let basis = match source.basis {
        Basis::Read => "read",
        Basis::Derived => "derived",
        Basis::Unverified => "unverified",
        Basis::Assumption => "assumption",
    };
    let documents: Vec<String> = std::iter::once(&source)
        .chain(source.also)
        .map(|document| {
            if document.date.is_empty() {
                document.citation.en.to_owned()
            } else {
                format!("{}, {}", document.citation.en, document.date)
            }
        })
        .collect();
    format!("{} ({basis})", documents.join("; "))
}

/// Escapes a table cell.
pub(crate) fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// A number with at most `decimals` decimals, trailing zeros dropped.
pub(crate) fn number(value: f64, decimals: usize) -> String {
    let fixed = format!("{value:.decimals$}");
    if fixed.contains('.') {
        fixed.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        fixed
    }
}

/// A lever value with the decimals its step allows.
fn lever_number(spec: &LeverSpec, value: f64) -> String {
    format!("{value:.*}", spec.decimals())
}

fn lever_unit(unit: LeverUnit) -> &'static str {
    match unit {
        LeverUnit::PercentPerYear => "% a year",
        LeverUnit::GapClosedPerYear => "% of the remaining gap a year",
        LeverUnit::Percent => "%",
        LeverUnit::MillionPeople => "million people",
    }
}

fn comparator_symbol(comparator: Comparator) -> &'static str {
    match comparator {
        Comparator::AtLeast => "≥",
        Comparator::Above => ">",
    }
}

fn comparator_phrase(comparator: Comparator) -> &'static str {
    match comparator {
        Comparator::AtLeast => "at least",
        Comparator::Above => "above; met when reached",
    }
}

fn path_formula(spec: &IndicatorSpec) -> String {
    match spec.path {
        Path::GrowthRatio { numerator, denominator } => format!(
            "growth ratio: `s[t] = s[t-1] · (1 + {}[t]/100) / (1 + {}[t]/100)`, capped at 100 %; \
             required: constant `{}`",
            numerator.key(),
            denominator.key(),
            numerator.key()
        ),
        Path::GapClosing { speed, ceiling } => format!(
            "gap closing: `x[t] = x[t-1] + {}[t]/100 · ({} − x[t-1])`; required: constant `{}`",
            speed.key(),
            ceiling.key(),
            speed.key()
        ),
    }
}

fn absolute_formula(absolute: Option<Absolute>) -> String {
    let Some(absolute) = absolute else {
        return "none".to_owned();
    };
    match absolute {
        Absolute::ShareOfGrowingBase { base_2025, growth, unit } => {
            let base = match base_2025 {
                BaseSize::Fixed(size) => number(size, 3),
                BaseSize::Lever(lever) => format!("`{}`", lever.key()),
            };
            let factor = absolute_scale(unit);
            let scale = if factor == 1.0 { String::new() } else { format!(" · {}", number(factor, 0)) };
            format!(
                "share/100 · {base} · ∏ (1 + `{}`[t]/100){scale}, in {}",
                growth.key(),
                absolute_unit(unit)
            )
        }
        Absolute::ShareOfFixedCount { total, unit } => {
            format!("share/100 · {}, in {}", number(total, 3), absolute_unit(unit))
        }
    }
}

fn absolute_unit(unit: AbsoluteUnit) -> &'static str {
    match unit {
        AbsoluteUnit::TrillionVnd => "trillion VND at 2025 prices",
        AbsoluteUnit::ThousandPeople => "thousand people (the labour force is in million people)",
        AbsoluteUnit::Services => "online services",
    }
}

/// Why the precision is what it is, where that is not obvious.
fn precision_note(spec: &IndicatorSpec) -> String {
    match spec.absolute {
        Some(Absolute::ShareOfFixedCount { total, .. }) if (spec.precision * total - 100.0).abs() < 1e-9 => {
            format!(" (one of {})", number(total, 0))
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lever_and_indicator_is_documented() {
        let doc = model_markdown();
        for spec in LEVERS {
            assert!(doc.contains(&format!("| `{}` |", spec.id.key())), "{:?}", spec.id);
            assert!(doc.contains(spec.label.vi) && doc.contains(spec.label.en), "{:?}", spec.id);
        }
        for spec in INDICATORS {
            assert!(doc.contains(&format!("| `{}` |", spec.id.key())), "{:?}", spec.id);
            assert!(doc.contains(spec.label.vi) && doc.contains(spec.label.en), "{:?}", spec.id);
        }
        assert!(doc.contains(&format!("pace ≥ {ACCELERATION_THRESHOLD}")));
        assert!(!doc.contains(" \n"), "no trailing spaces");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(0.75, 4), "0.75");
        assert_eq!(number(100.0, 2), "100");
        assert_eq!(number(100.0 / 2107.0, 4), "0.0475");
    }
}
