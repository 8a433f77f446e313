//! The share-link reference, rendered from the lever and indicator tables and
//! from the codec itself (every example link is produced by [`encode`], and
//! every problem row by running [`decode`] on the example), so it cannot
//! drift from either.
//!
//! [`links_markdown`] produces `docs/links.md`; the native test
//! `tests/link_codec.rs` fails when the committed file differs, and
//! `UPDATE_DOCS=1 cargo test --test link_codec docs_links_md` rewrites it.

use std::fmt::Write;

use lotrinh::i18n::link_messages::{describe, severity};
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::{IndicatorId, INDICATORS};
use lotrinh::model::levers::{LeverId, LeverSpec, LEVERS};
use lotrinh::model::shapes::Shape;
use lotrinh::model::{BASE_YEAR, TARGET_YEAR, YEARS};
use lotrinh::monitoring::{Actual, SOURCE_CAP};
use lotrinh::scenario::{EconomyMode, Scenario, DATA_VINTAGE};

use lotrinh::codec::link::{
    decode, encode, LinkState, ACTUAL_PREFIX, BASELINE_PREFIX, LINK_VERSION, MAX_SCENARIOS, MILESTONE_PREFIX,
    SHAPE_PREFIX, TARGET_PREFIX, YEAR_SEPARATOR,
};
use lotrinh::codec::sanitize::{NAME_CAP, NOTE_CAP};
use lotrinh::severity::Severity;

#[path = "uncertainty_links_md.rs"]
mod uncertainty_links_md;

/// The environment variable that sets the number of fuzz cases.
pub const FUZZ_ENV: &str = "LINK_FUZZ_CASES";
/// Fuzz cases run by a plain `cargo test`.
pub const FUZZ_DEFAULT_CASES: u64 = 100_000;

/// Renders `docs/links.md`.
pub fn links_markdown() -> String {
    let mut out = String::new();
    header(&mut out);
    examples(&mut out);
    parameters(&mut out);
    short_links(&mut out);
    encoding(&mut out);
    problems(&mut out);
    wild_links(&mut out);
    files(&mut out);
    fuzzing(&mut out);
    out
}

/// A fully customised scenario, as in the docs' example and the length test.
pub fn example_scenario() -> Scenario {
    let mut s = Scenario { name: "Bứt phá".to_owned(), ..Scenario::default() };
    s.set_whole(LeverId::GrdpGrowth, 11.5);
    for (year, value) in [12.0, 14.0, 16.0, 18.0, 20.0].into_iter().enumerate() {
        s.set_year(LeverId::DigitalGrowth, year, value);
    }
    s.set_whole(LeverId::NonDigitalGrowth, 8.5);
    s.set_whole(LeverId::DigitalWorkforceGrowth, 9.5);
    s.set_whole(LeverId::LabourForceGrowth, 0.8);
    s.set_whole(LeverId::LabourForce, 2.35);
    for (year, value) in [35.0, 40.0, 45.0, 50.0, 55.0].into_iter().enumerate() {
        s.set_year(LeverId::ServicesSpeed, year, value);
    }
    s.set_whole(LeverId::ServicesCeiling, 98.5);
    s.set_whole(LeverId::RecordsSpeed, 35.0);
    s.set_whole(LeverId::RecordsCeiling, 95.0);
    s.set_target(IndicatorId::DigitalEconomy, Some(25.0));
    s.set_target(IndicatorId::RecordsDigitisation, Some(90.0));
    s
}

fn header(out: &mut String) {
    let _ = writeln!(out, "# Share links and scenario files");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "<!-- Generated from the lever and indicator tables and the codec by \
         `links_markdown()` in tests/docs/links_md.rs. Do not edit by hand: run \
         `UPDATE_DOCS=1 cargo test --test link_codec docs_links_md` to regenerate. -->"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A share link carries one scenario, or a comparison set of up to {MAX_SCENARIOS} (the first is \
         the one on screen), and optionally the presentation slide shown. It is the query string of \
         the app's address: readable parameters keyed by the stable lever and indicator ids, holding \
         only what differs from the baseline. Whoever opens it sees exactly the same scenario: \
         `decode(encode(x)) == x` for every state the app can hold (property-tested). The codec is \
         `lotrinh::codec::link` (`encode`, `decode`); the wording of problems is \
         `lotrinh::i18n::link_messages`."
    );
    let _ = writeln!(out);
}

fn examples(out: &mut String) {
    let _ = writeln!(out, "## Examples");
    let _ = writeln!(out);
    let _ = writeln!(out, "The baseline scenario is just the version:");
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{}", encode(&LinkState::default()));
    let _ = writeln!(out);
    let mut small = Scenario::default();
    small.set_whole(LeverId::GrdpGrowth, 11.5);
    let _ = writeln!(out, "GRDP growth of 11.5 % a year, everything else at the baseline:");
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{}", encode(&LinkState::single(small)));
    let _ = writeln!(out);
    let full = example_scenario();
    let link = encode(&LinkState::single(full.clone()));
    let _ = writeln!(
        out,
        "A fully customised scenario named “{}”: all {} levers changed, two of them per year, two \
         custom targets ({} characters; each further target adds about 25):",
        full.name,
        LEVERS.len(),
        link.len()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{link}");
    let _ = writeln!(out);
    let mut careful = Scenario { name: "Thận trọng".to_owned(), ..Scenario::default() };
    careful.set_whole(LeverId::DigitalGrowth, 12.0);
    let set = LinkState { scenarios: vec![full.clone(), careful, Scenario::default()], present: Some(3) };
    let _ = writeln!(
        out,
        "A comparison of three scenarios (the third is the baseline, written `3.name=` so it keeps its \
         place), opened on slide 3 of the presentation:"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{}", encode(&set));
    let _ = writeln!(out);
}

fn parameters(out: &mut String) {
    let first = BASE_YEAR + 1;
    let _ = writeln!(out, "## Parameters");
    let _ = writeln!(out);
    let _ = writeln!(out, "| parameter | meaning | written when |");
    let _ = writeln!(out, "|---|---|---|");
    let _ = writeln!(out, "| `v` | link format version, `{LINK_VERSION}` | always, first |");
    let _ =
        writeln!(out, "| `present` | `1` opens the presentation, `0` (or absent) does not | presenting |");
    let _ = writeln!(
        out,
        "| `slide` | the slide shown, from 1 (default 1); only with `present=1` | presenting |"
    );
    let _ = writeln!(
        out,
        "| `name` | scenario name, percent-encoded UTF-8, at most {NAME_CAP} characters | not empty |"
    );
    let _ = writeln!(
        out,
        "| `note` | rationale, percent-encoded UTF-8 (line breaks kept), at most {NOTE_CAP} characters | \
         not empty |"
    );
    let _ = writeln!(
        out,
        "| `vintage` | date of the reference data, `YYYY-MM-DD` | differs from `{DATA_VINTAGE}` |"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "### Levers");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A lever parameter holds one value for the whole period, or, for a lever marked per year, five \
         values {first}–{TARGET_YEAR} separated by `{YEAR_SEPARATOR}` (`12{YEAR_SEPARATOR}14{YEAR_SEPARATOR}16{YEAR_SEPARATOR}18{YEAR_SEPARATOR}20`). \
         It is written only when it differs from the default."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| parameter | lever (vi — en) | range | step | default | per year | example |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|");
    for spec in LEVERS {
        let example = if spec.per_year {
            let values: Vec<String> = (0..YEARS)
                .map(|i| lever_number(spec, spec.min + (i as f64 + 1.0) * spec.step * 2.0))
                .collect();
            format!("`{}={}`", spec.id.key(), values.join(&YEAR_SEPARATOR.to_string()))
        } else {
            format!("`{}={}`", spec.id.key(), lever_number(spec, spec.max - spec.step))
        };
        let _ = writeln!(
            out,
            "| `{key}` | {vi} — {en} | {min} – {max} | {step} | {default} | {per_year} | {example} |",
            key = spec.id.key(),
            vi = spec.label.vi,
            en = spec.label.en,
            min = lever_number(spec, spec.min),
            max = lever_number(spec, spec.max),
            step = lever_number(spec, spec.step),
            default = lever_number(spec, spec.default),
            per_year = if spec.per_year { "yes" } else { "no" },
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "### Custom targets");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A custom {TARGET_YEAR} target is the indicator id prefixed with `{TARGET_PREFIX}`, in percent \
         within 0–100. It is written only when it differs from the official target."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| parameter | indicator (vi — en) | official target | example |");
    let _ = writeln!(out, "|---|---|---|---|");
    for spec in INDICATORS {
        let _ = writeln!(
            out,
            "| `{TARGET_PREFIX}{key}` | {vi} — {en} | {target} % | `{TARGET_PREFIX}{key}={example}` |",
            key = spec.id.key(),
            vi = spec.label.vi.replace('|', "\\|"),
            en = spec.label.en.replace('|', "\\|"),
            target = spec.target,
            example = (spec.target * 9.0).round() / 10.0,
        );
    }
    let _ = writeln!(out);
    monitoring_parameters(out);
    uncertainty_links_md::section(out);
    let _ = writeln!(out, "### Comparison sets");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The first scenario's parameters have no prefix. The 2nd to {MAX_SCENARIOS}th scenarios' \
         parameters are prefixed with the position and a dot: `2.name=…`, `2.grdp_growth=…`, \
         `3.t.digital_economy=…`. A scenario exists when any parameter carries its prefix; one that is \
         entirely at the baseline is written `k.name=` (an empty name). A missing position in between \
         (`3.` without any `2.`) is the baseline scenario. `v`, `present` and `slide` belong to the \
         link and take no prefix."
    );
    let _ = writeln!(out);
}

/// The shape, baseline, economy, milestone and actual parameters.
fn monitoring_parameters(out: &mut String) {
    let _ = writeln!(out, "### Shapes, baselines, economy, milestones and actuals");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Each is written only when set (a default shape, baseline or economy mode is not written)."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| parameter | meaning | values |");
    let _ = writeln!(out, "|---|---|---|");
    let shapes: Vec<String> = Shape::ALL.iter().map(|s| format!("`{}`", s.key())).collect();
    let adoption: Vec<String> =
        INDICATORS.iter().filter(|s| s.is_adoption()).map(|s| format!("`{}`", s.id.key())).collect();
    let _ = writeln!(
        out,
        "| `{SHAPE_PREFIX}<indicator>` | adoption shape of {} | {} (default `{}`) |",
        adoption.join(", "),
        shapes.join(", "),
        Shape::GapClosing.key()
    );
    for spec in INDICATORS.iter().filter(|s| !s.baselines.is_empty()) {
        let options: Vec<String> =
            spec.baselines.iter().map(|o| format!("`{}` ({})", o.key, o.label.en)).collect();
        let _ = writeln!(
            out,
            "| `{BASELINE_PREFIX}{}` | the {BASE_YEAR} baseline | {} |",
            spec.id.key(),
            options.join("; ").replace('|', "\\|")
        );
    }
    let _ = writeln!(
        out,
        "| `economy` | how GRDP growth is set | `grdp` (default: the GRDP lever), `components` (built from digital and non-digital growth) |"
    );
    let _ = writeln!(
        out,
        "| `{MILESTONE_PREFIX}<indicator>.<year>` | the planner's milestone for a year {}–{} | percent, 0–100 |",
        BASE_YEAR + 1,
        TARGET_YEAR - 1
    );
    let _ = writeln!(
        out,
        "| `{ACTUAL_PREFIX}<indicator>.<year>`, `….date`, `….source` | a reported actual for a year {}–{TARGET_YEAR}: value, report date, source text | percent 0–100; `YYYY-MM-DD`; percent-encoded text, at most {SOURCE_CAP} characters |",
        BASE_YEAR + 1
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "For example, linear services, the September baseline, GRDP from its parts, a 2027 milestone and a 2026 actual:");
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{}", encode(&LinkState::single(monitoring_example())));
    let _ = writeln!(out);
}

/// The scenario behind the monitoring example link.
pub fn monitoring_example() -> Scenario {
    let mut s = Scenario::default();
    s.set_shape(IndicatorId::OnlineServices, Shape::Linear);
    s.set_baseline_choice(IndicatorId::DigitalEconomy, "sep_2025");
    s.economy = EconomyMode::Components;
    let _ = s.set_milestone(IndicatorId::DigitalWorkforce, 2027, Some(2.3));
    let actual =
        Actual { value: 2.1, date: "2027-01-20".to_owned(), source: "Báo cáo UBND tỉnh".to_owned() };
    let _ = s.set_actual(IndicatorId::DigitalWorkforce, 2026, actual, None);
    s
}

fn short_links(out: &mut String) {
    use lotrinh::codec::short::{EDITIONS, PRESET_PARAM, VINTAGE_SEPARATOR};
    use lotrinh::presets::Preset;
    let _ = writeln!(out, "### Short links: presets by name");
    let _ = writeln!(out);
    let keys: Vec<String> = Preset::ALL.iter().map(|p| format!("`{}`", p.key())).collect();
    let vintages: Vec<String> = EDITIONS.iter().map(|e| format!("`{}`", e.vintage)).collect();
    let _ = writeln!(
        out,
        "A scenario that starts from a shipped preset ({}) is written as a reference to it, \
         `{PRESET_PARAM}=<preset>{VINTAGE_SEPARATOR}<data vintage>`, with `{VINTAGE_SEPARATOR}en` after it for the \
         preset as named in English (prefixed like every scenario \
         parameter: `2.{PRESET_PARAM}=…`), followed only by what differs from the preset: `name` or \
         `note` when changed (`name=` when cleared), and every lever and target whose value differs \
         from the preset's, even when it equals the default. The encoder writes whichever form is \
         shorter, the full one on a tie; this covers a saved scenario or a comparison member that is a \
         preset, too. The reference names the data vintage the preset was defined on, and the codec \
         keeps every vintage's preset values (editions: {}), so an old link still means what it meant \
         after the presets are recalculated on newer data. A reference without a vintage means today's \
         edition; an unknown preset is ignored with an alert, and an unknown vintage opens today's \
         edition with an alert that values may differ.",
        keys.join(", "),
        vintages.join(", ")
    );
    let _ = writeln!(out);
    let state =
        LinkState { scenarios: Preset::ALL.iter().map(|p| p.scenario(Lang::Vi)).collect(), present: None };
    let link = encode(&state);
    let _ = writeln!(out, "The four presets compared ({} characters):", link.len());
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{link}");
    let _ = writeln!(out);
    let mut edited = Preset::Cautious.scenario(Lang::Vi);
    edited.set_whole(LeverId::GrdpGrowth, 10.0);
    edited.set_whole(LeverId::DigitalGrowth, 20.0);
    let _ =
        writeln!(out, "The cautious preset with GRDP growth back at the default and digital growth at 20 %:");
    let _ = writeln!(out);
    let _ = writeln!(out, "    ?{}", encode(&LinkState::single(edited)));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Older links, which carry every scenario in full, open exactly as before: a link without \
         `{PRESET_PARAM}` is read by the same rules, and the app rewrites the address bar in the short \
         form. A build older than short links reports `{PRESET_PARAM}` as an unknown parameter."
    );
    let _ = writeln!(out);
}

fn encoding(out: &mut String) {
    let _ = writeln!(out, "## Characters and numbers");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "- Links contain only the unreserved characters `A-Z a-z 0-9 - . _ ~`, `=`, `&` and `%XX` \
         escapes (upper-case hex). Never `+` or a space: messaging apps rewrite them. A space in a \
         name is `%20`, a literal `+` is `%2B`, and “ứ” is `%E1%BB%A9` (its UTF-8 bytes)."
    );
    let _ = writeln!(
        out,
        "- On reading, a `+` means a space. The encoder never writes one, so a `+` can only come from \
         software that turned `%20` into `+`; reading it as a space opens such a link as it was meant. \
         Escapes are accepted anywhere (`%7E` for `~`, `%5F` in a key), so a link that a client \
         re-encoded still opens."
    );
    let _ = writeln!(
        out,
        "- Numbers are written with Rust's shortest round-trip formatting (`11.5`, `12`, `0.1`, `-0.5`): \
         the text reads back as exactly the same `f64`. Reading accepts anything `f64::from_str` \
         accepts that is finite (`1e1`, `11.`), with surrounding spaces; `NaN`, `inf` and numbers \
         that overflow are malformed. A decimal comma (`11,5`) is malformed."
    );
    let _ = writeln!(
        out,
        "- Empty parameters (`&&`) and a trailing `&` are ignored; a leading `?` is optional. An \
         empty query is the baseline scenario, with no notice."
    );
    let _ = writeln!(out);
}

/// Example links, one per rule, and what decoding them reports.
const PROBLEM_EXAMPLES: &[(&str, &str)] = &[
    ("grdp_growth=12", "The version is missing: the link is read as version 1."),
    ("v=2&grdp_growth=12&colour=red", "A newer version: the known parameters are read, the others reported."),
    ("v=one", "A version that is not a whole number from 1: read as version 1."),
    ("v=1&colour=red", "An unknown parameter is ignored."),
    ("v=1&grdp_growth=12&grdp_growth=13", "A duplicated parameter: the first is used, the rest ignored."),
    ("v=1&grdp_growth=35", "A value out of range is clamped into it."),
    ("v=1&digital_growth=12~99~16~18~20", "Each per-year value is checked; the year is named."),
    ("v=1&grdp_growth=abc", "A malformed number: the parameter is ignored."),
    ("v=1&grdp_growth=11,5", "A decimal comma is malformed too."),
    (
        "v=1&digital_growth=12~14~16&grdp_growth=12",
        "Neither 1 nor 5 per-year values: the parameter is ignored.",
    ),
    (
        "v=1&labour_force=2~2.1~2.2~2.3~2.4",
        "Per-year values for a whole-period lever: the first year is used.",
    ),
    ("v=1&digital_growth=12~14", "Cut off inside a per-year value: the parameter is ignored."),
    ("v=1&name=B%E1%BB%A9t%20ph%E1%BB", "Cut off inside a character: the text before the cut is kept."),
    ("v=1&grdp_growth=11.5&digital_gro", "Cut off inside a key."),
    ("v=1&5.name=E&6.name=F", "More than four scenarios: the 5th and later are ignored, reported once."),
    (
        "v=1&2.note=a%0Ab%07c",
        "Control characters are removed from names and notes (line breaks kept in notes).",
    ),
    ("v=1&name=50%25%20%2B%205%&grdp_growth=12", "A `%` without two hex digits is kept literally."),
    ("v=1&name=caf%E9&grdp_growth=12", "Bytes that are not UTF-8 become U+FFFD."),
    ("v=1&vintage=yesterday", "A vintage that is not a `YYYY-MM-DD` date: the current one is used."),
    ("v=1&present=yes", "A malformed `present`: no presentation."),
    ("v=1&present=1&slide=0", "Slides count from 1."),
    ("v=1&slide=3", "`slide` without `present=1` has no effect."),
    (
        "v=1&range.digital_economy=15~12&grdp_growth=12",
        "A range with its low end above its high end is ignored.",
    ),
    ("v=1&spread.grdp_growth=-1~15", "A spread side outside 0 to half the lever's range is clamped."),
    (
        "v=1&seed=abc&grdp_growth=12",
        "A seed that is not a whole number is ignored (the default seed is used).",
    ),
    ("v=1&paths=1000000", "Too many paths are clamped to the most allowed."),
    (
        "v=1&a.digital_workforce.2031=2.5&a.digital_workforce.2031.date=2032-01-10&grdp_growth=12",
        "An actual for a year outside 2026–2030 is left out; the rest is kept.",
    ),
    (
        "v=1&a.records_digitisation.2026=140&a.records_digitisation.2026.date=2027-01-10",
        "An actual above 100 % is left out.",
    ),
    (
        "v=1&a.digital_workforce.2026=abc&a.digital_workforce.2026.date=2027-01-10",
        "An actual that is not a number is left out.",
    ),
    ("v=1&m.digital_workforce.2030=3.2", "Milestones are for 2026–2029 (2030 is the target)."),
    ("v=1&shape.digital_economy=linear", "Shapes are for adoption indicators only."),
    ("v=1&b.digital_economy=june", "A baseline choice the indicator does not offer is ignored."),
    ("v=1&preset=grand_plan&grdp_growth=12", "An unknown preset: the reference is ignored, the rest kept."),
    ("v=1&preset=plan.2019-01-01", "A preset of a data vintage this build does not know: today's edition."),
];

fn problems(out: &mut String) {
    let _ = writeln!(out, "## When a link has problems");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A link with problems still opens. Each parameter is read on its own: valid ones are kept, \
         the others are ignored or clamped, and each is reported as a `LinkProblem` that names it. \
         The app shows alerts (something the sender meant was changed or lost) with `role=\"alert\"` \
         and notices with `role=\"status\"`. The rules:"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "- Levers are clamped into their range; per-year values each, naming the year. Targets are \
         clamped to the indicator's reporting precision–100 % (0 % is no target). A value equal to the default (or the official target) is dropped, as \
         the app's setters do."
    );
    let _ = writeln!(
        out,
        "- A duplicated parameter keeps the first occurrence, even when it is the malformed one: the \
         rule is simple to predict."
    );
    let _ = writeln!(
        out,
        "- A truncated link is detected where it can be: the last parameter ends inside a `%` escape or \
         a multi-byte character, holds fewer than {YEARS} per-year values or an empty or partial \
         number (`-`, `1e`), has no `=`, or is an unknown key that starts a known one. A cut between \
         parameters, or inside a number that still reads (`11.5` cut to `11`), cannot be seen."
    );
    let _ = writeln!(
        out,
        "- Names and notes are untrusted text: never interpreted, only cut to {NAME_CAP} and {NOTE_CAP} \
         characters (Unicode scalar values) and stripped of control characters (C0, DEL, C1, the \
         bidirectional embedding/override/isolate controls and U+2028/U+2029). A name's line breaks \
         and tabs become spaces; a note keeps them (CR LF and CR become LF). Text repeated in a \
         problem is cut to 40 characters."
    );
    let _ = writeln!(
        out,
        "- Positions `0.` and `1.` and zero-padded ones (`02.`) are unknown parameters; `5.` and beyond \
         are reported once as too many scenarios."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| link | rule | reported (severity: English message) |");
    let _ = writeln!(out, "|---|---|---|");
    for (link, rule) in PROBLEM_EXAMPLES {
        let decoded = decode(link);
        let reported: Vec<String> = decoded
            .problems
            .iter()
            .map(|p| {
                let level = match severity(p) {
                    Severity::Alert => "alert",
                    Severity::Status => "notice",
                };
                format!("{level}: {}", describe(p, Lang::En))
            })
            .collect();
        let _ = writeln!(out, "| `?{link}` | {rule} | {} |", reported.join("<br>").replace('|', "\\|"));
    }
    let _ = writeln!(out);
    let sample = decode(PROBLEM_EXAMPLES[5].0);
    let _ = writeln!(
        out,
        "Messages are in Vietnamese and English; for example `?{}` gives:",
        PROBLEM_EXAMPLES[5].0,
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "> {}", describe(&sample.problems[0], Lang::Vi));
    let _ = writeln!(out);
}

/// Links as they arrive through platforms, mail and chat apps, each with the
/// clean link it opens as.
pub const WILD_EXAMPLES: &[(&str, &str)] = &[
    ("v=1&grdp_growth=12&fbclid=IwAR0abc", "Facebook adds `fbclid`: dropped."),
    (
        "v=1&grdp_growth=12&zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo",
        "Zalo adds `zarsrc` and `utm_*`: dropped.",
    ),
    (
        "v=1&grdp_growth=12&gidzl=AbC-12&mc_cid=9f&mc_eid=1a",
        "Zalo's `gidzl`, Mailchimp's `mc_cid`/`mc_eid`: dropped.",
    ),
    ("v=1&amp;grdp_growth=12", "Copied out of an HTML e-mail or a document: `&amp;` is `&`."),
    ("v=1&amp;amp;grdp_growth=12&#38;digital_growth=20", "Escaped twice, or as a numeric entity."),
    ("v=3D1&grdp_growth=3D12", "Quoted-printable e-mail source: `=3D` is `=`."),
    ("v%3D1%26grdp_growth%3D12", "The whole query escaped once more."),
    ("v=1&grdp_growth=12).", "Chat punctuation glued onto the end: trimmed."),
    ("v=1&grdp_growth=12%22%3E", "A closing quote and bracket, as the browser escapes them."),
    ("v=1&grdp_growth=12%E2%80%A6", "A typographic ellipsis (`…`)."),
    ("v=1&grdp_growth=12&quot;", "A closing quote as an HTML entity."),
];

fn wild_links(out: &mut String) {
    use lotrinh::codec::wild::{TRACKING, TRACKING_PREFIXES, TRAILING};
    let _ = writeln!(out, "## Links in the wild");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "A link reaches people through Facebook, Zalo, e-mail, documents and chat apps, which add to \
         it. Before a link is read (`lotrinh::codec::wild::tidy`), what they add is undone, so the \
         recipient sees the scenario that was sent, every value kept, with no alert: alerts are only for \
         real problems with the scenario's own parameters. In order:"
    );
    let _ = writeln!(out);
    let trailing: String =
        TRAILING.iter().map(|c| if *c == '`' { "`` ` `` ".to_owned() } else { format!("`{c}` ") }).collect();
    let _ = writeln!(
        out,
        "1. HTML escaping of `&` from e-mails and documents (`&amp;`, repeated `&amp;amp;`, `&#38;`, \
         `&#038;`, `&#x26;`) becomes `&`. The encoder never writes `;` or `#`, so this cannot change a \
         real value. In a browser a numeric entity cuts the address at its `#`; the app puts such a \
         fragment (`#38;…`) back onto the query first."
    );
    let _ = writeln!(
        out,
        "2. Punctuation glued onto the end is trimmed, repeatedly: {}, also as the browser's `%XX` \
         escapes of them (`%22`, `%E2%80%A6`) and as HTML entities (`&quot;`, `&gt;`, `&rdquo;`, …). The \
         encoder never ends a link with one of these: after a name ending in `.` or in an escaped quote \
         or bracket it writes a closing `&`.",
        trailing.trim_end()
    );
    let _ = writeln!(out, "3. A query escaped as a whole (no `=`, but `%3D`) is unescaped once.");
    let _ = writeln!(
        out,
        "4. Quoted-printable from an e-mail's source (recognised by `v=3D`) is undone: `=3D` is `=`."
    );
    let _ = writeln!(
        out,
        "5. Tracking parameters are dropped silently. Any other unknown parameter is still reported."
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "| tracking parameter | added by |");
    let _ = writeln!(out, "|---|---|");
    for (name, by) in TRACKING {
        let _ = writeln!(out, "| `{name}` | {by} |");
    }
    for (prefix, by) in TRACKING_PREFIXES {
        let _ = writeln!(out, "| `{prefix}…` (any parameter starting so) | {by} |");
    }
    let _ = writeln!(out);
    let _ =
        writeln!(out, "Names are compared ignoring case. Examples, each opened with no problem reported:");
    let _ = writeln!(out);
    let _ = writeln!(out, "| link as received | what happened | opens as |");
    let _ = writeln!(out, "|---|---|---|");
    for (link, rule) in WILD_EXAMPLES {
        let decoded = decode(link);
        let opens = if decoded.problems.is_empty() {
            format!("`?{}`", encode(&decoded.state))
        } else {
            format!("problems: {:?}", decoded.problems)
        };
        let _ = writeln!(out, "| `?{}` | {rule} | {opens} |", link.replace('|', "\\|"));
    }
    let _ = writeln!(out);
}

fn files(out: &mut String) {
    let _ = writeln!(out, "## Scenario files");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "`lotrinh::codec::scenario_file::export_json` writes one scenario as pretty JSON in the serde \
         shape of `Scenario` (`version`, `name`, `note`, `levers`, `targets`, `vintage`, and when set \
         `shapes`, `baselines`, `economy`, `milestones` (`{{\"digital_workforce\": {{\"2027\": 2.3}}}}`) and \
         `actuals` (`{{\"digital_workforce\": {{\"2026\": {{\"value\": 2.1, \"date\": \"2027-01-20\", \"source\": \"…\"}}}}}}`); \
         a per-year lever is an array of {YEARS} numbers). `import_json` reads it field by field and runs the same \
         validation step as links (`codec::sanitize`), so the same values give the same scenario and \
         the same problems, with fields named `levers.grdp_growth`, `targets.digital_economy`. An \
         unknown field or a value of the wrong type is reported and skipped; a missing `version` is a \
         notice, a newer one is reported. Text that is not JSON, or JSON that is not an object, is an \
         `ImportError` naming the line and column. A key repeated in a JSON object keeps its first \
         value and is reported, as in links. Numbers are read exactly (serde_json's default float \
         parser can be one unit in the last place off, so the codec reads number tokens itself)."
    );
    let _ = writeln!(out);
}

fn fuzzing(out: &mut String) {
    let _ = writeln!(out, "## Tests and fuzzing");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "`tests/link_codec.rs` property-tests the round trip with proptest (random scenarios with \
         in-range whole and per-year levers, custom targets, names and notes in any Unicode including \
         Vietnamese, comparison sets of 1–{MAX_SCENARIOS}, a presentation slide) and fuzzes `decode` \
         with {cases} cases from a fixed seed: random bytes read as lossy UTF-8, random \
         strings over the link alphabet, and mutations of valid links (truncation at every position, \
         character swaps and replacements, duplicated and dropped parameters). For each it checks \
         that decoding does not panic, that every lever is in range, every target within 0–100 %, \
         every name and note within its cap and free of control characters, that there are 1–{MAX_SCENARIOS} \
         scenarios, and that the decoded state encodes to a link that decodes to the same state with \
         no problems. A separate test cuts a full comparison link at every position.",
        cases = Lang::En.count(FUZZ_DEFAULT_CASES as f64)
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "A longer run, with another seed:");
    let _ = writeln!(out);
    let _ =
        writeln!(out, "    {FUZZ_ENV}=10000000 LINK_FUZZ_SEED=7 cargo test --release --test link_codec fuzz");
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "The cases are split between two tests that run in parallel. A failing case prints its seed, \
         half, case number and input, so it can be replayed."
    );
}

fn lever_number(spec: &LeverSpec, value: f64) -> String {
    format!("{value:.*}", spec.decimals())
}
