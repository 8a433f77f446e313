//! The one validation step every loader runs (links and scenario files), so
//! the same values give the same scenario and the same reports whichever way
//! they arrive.
//!
//! A loader first reads its input into a [`Scenario`] that may hold anything
//! (out-of-range values, per-year values for a whole-period lever, long or
//! dirty text); [`sanitize`] then makes it a scenario the app could hold
//! and reports every change as a [`LinkProblem`].

use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::shapes::Shape;
use crate::model::{BASE_YEAR, YEARS};
use crate::monitoring::{check_actual, check_milestone, SOURCE_CAP};
use crate::scenario::{clamp_target, LeverValue, Scenario, DATA_VINTAGE, SCHEMA_VERSION};

use super::problem::LinkProblem;

pub mod uncertainty;

/// Most characters in a scenario name.
pub const NAME_CAP: usize = 80;
/// Most characters in a scenario note.
pub const NOTE_CAP: usize = 1000;

/// A field of a scenario, for naming it in a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The name.
    Name,
    /// The note.
    Note,
    /// The data vintage.
    Vintage,
    /// A lever value.
    Lever(LeverId),
    /// A custom target.
    Target(IndicatorId),
    /// A lever's spread (`spread.grdp_growth`).
    Spread(LeverId),
    /// A baseline's range (`range.digital_economy`).
    Range(IndicatorId),
    /// The Monte Carlo seed.
    Seed,
    /// The number of Monte Carlo paths.
    Paths,
    /// An adoption shape.
    Shape(IndicatorId),
    /// A baseline choice.
    Baseline(IndicatorId),
    /// How GRDP growth is set.
    Economy,
    /// A planner's milestone for a year.
    Milestone(IndicatorId, u16),
    /// An actual's value for a year.
    Actual(IndicatorId, u16),
    /// An actual's report date.
    ActualDate(IndicatorId, u16),
    /// An actual's source text.
    ActualSource(IndicatorId, u16),
}

/// Where a scenario came from, which decides how its fields are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Scenario `scenario` (from 1) of a link: `grdp_growth`, `2.t.digital_economy`.
    Link {
        /// Position in the comparison set, from 1.
        scenario: usize,
    },
    /// A scenario file: `levers.grdp_growth`, `targets.digital_economy`.
    File,
}

impl Origin {
    /// The field's name as written in this kind of source.
    pub fn param(self, field: Field) -> String {
        let base = match (self, field) {
            (_, Field::Name) => "name".to_owned(),
            (_, Field::Note) => "note".to_owned(),
            (_, Field::Vintage) => "vintage".to_owned(),
            (Origin::Link { .. }, Field::Lever(id)) => id.key().to_owned(),
            (Origin::Link { .. }, Field::Target(id)) => format!("t.{}", id.key()),
            (Origin::File, Field::Lever(id)) => format!("levers.{}", id.key()),
            (Origin::File, Field::Target(id)) => format!("targets.{}", id.key()),
            (_, Field::Spread(_) | Field::Range(_) | Field::Seed | Field::Paths) => {
                uncertainty::param(self, field)
            }
            (_, Field::Economy) => "economy".to_owned(),
            (Origin::Link { .. }, Field::Shape(id)) => format!("shape.{}", id.key()),
            (Origin::File, Field::Shape(id)) => format!("shapes.{}", id.key()),
            (Origin::Link { .. }, Field::Baseline(id)) => format!("b.{}", id.key()),
            (Origin::File, Field::Baseline(id)) => format!("baselines.{}", id.key()),
            (Origin::Link { .. }, Field::Milestone(id, year)) => format!("m.{}.{year}", id.key()),
            (Origin::File, Field::Milestone(id, year)) => format!("milestones.{}.{year}", id.key()),
            (Origin::Link { .. }, Field::Actual(id, year)) => format!("a.{}.{year}", id.key()),
            (Origin::File, Field::Actual(id, year)) => format!("actuals.{}.{year}", id.key()),
            (origin, Field::ActualDate(id, year)) => {
                format!("{}.date", origin.param(Field::Actual(id, year)))
            }
            (origin, Field::ActualSource(id, year)) => {
                format!("{}.source", origin.param(Field::Actual(id, year)))
            }
        };
        match self {
            Origin::Link { scenario } if scenario > 1 => format!("{scenario}.{base}"),
            _ => base,
        }
    }
}

/// Makes `scenario` one the app could hold, appending a problem for every change:
///
/// - levers: per-year values on a whole-period lever keep the first year;
///   values are clamped into range (NaN or ±∞ become the default); a value
///   equal to the default is dropped, as [`Scenario`]'s setters do;
/// - targets: clamped to the indicator's precision–100 % (see
///   [`clamp_target`]); one that is not a number is dropped; one equal to
///   the official target is dropped (not custom);
/// - shapes: only for adoption indicators; the default shape is dropped;
/// - baselines: only an option the indicator offers; the default is dropped;
/// - milestones: years 2026–2029, values 0–100 %; others are refused;
/// - actuals: years 2026–2030, values 0–100 %, a `YYYY-MM-DD` date not
///   before the year began; others are refused; the source text is cleaned
///   like a name (at most [`SOURCE_CAP`] characters). A date in the future
///   is refused where the entry is typed (the loader cannot know today);
/// - name and note: see [`clean_name`] and [`clean_note`];
/// - vintage: must be a `YYYY-MM-DD` date, else [`DATA_VINTAGE`] is used;
/// - uncertainty: see [`uncertainty::sanitize_uncertainty`];
/// - version: set to [`SCHEMA_VERSION`] (loaders check the version they read).
pub fn sanitize(mut scenario: Scenario, origin: Origin, problems: &mut Vec<LinkProblem>) -> Scenario {
    scenario.version = SCHEMA_VERSION;

    let name = std::mem::take(&mut scenario.name);
    scenario.name = clean_text(&name, false, NAME_CAP, || origin.param(Field::Name), problems);
    let note = std::mem::take(&mut scenario.note);
    scenario.note = clean_text(&note, true, NOTE_CAP, || origin.param(Field::Note), problems);

    if !is_vintage(&scenario.vintage) {
        let given = shown(&scenario.vintage);
        problems.push(LinkProblem::MalformedValue { param: origin.param(Field::Vintage), given });
        scenario.vintage = DATA_VINTAGE.to_owned();
    }

    for (id, value) in std::mem::take(&mut scenario.levers) {
        let spec = id.spec();
        let param = origin.param(Field::Lever(id));
        let value = match value {
            LeverValue::PerYear(values) if !spec.per_year => {
                problems.push(LinkProblem::NotPerYear { param: param.clone() });
                LeverValue::Whole(values[0])
            }
            other => other,
        };
        let mut clamp = |given: f64, year: Option<u16>| {
            let (used, changed) = spec.clamp(given);
            if changed {
                problems.push(LinkProblem::OutOfRange { param: param.clone(), year, given, used });
            }
            used
        };
        let value = match value {
            LeverValue::Whole(given) => LeverValue::Whole(clamp(given, None)),
            LeverValue::PerYear(values) => LeverValue::PerYear(std::array::from_fn::<f64, YEARS, _>(|i| {
                clamp(values[i], Some(BASE_YEAR + 1 + i as u16))
            })),
        };
        if value != LeverValue::Whole(spec.default) {
            scenario.levers.insert(id, value);
        }
    }

    for (slide, note) in std::mem::take(&mut scenario.speaker_notes) {
        let param = format!("speaker_notes.{}", shown(&slide));
        if !is_slide_key(&slide) {
            problems.push(LinkProblem::UnknownParameter { param });
            continue;
        }
        let note = clean_text(&note, true, NOTE_CAP, || param.clone(), problems);
        if note != scenario.note {
            scenario.speaker_notes.insert(slide, note);
        }
    }

    for (id, given) in std::mem::take(&mut scenario.targets) {
        let param = origin.param(Field::Target(id));
        if !given.is_finite() {
            problems.push(LinkProblem::MalformedNumber { param, given: given.to_string() });
            continue;
        }
        let used = clamp_target(id, given);
        if used != given {
            problems.push(LinkProblem::OutOfRange { param, year: None, given, used });
        }
        // The same rule as `Scenario::set_target`: custom means different.
        if (used - id.spec().target).abs() > 1e-12 {
            scenario.targets.insert(id, used);
        }
    }
    uncertainty::sanitize_uncertainty(&mut scenario.uncertainty, origin, problems);

    for (id, shape) in std::mem::take(&mut scenario.shapes) {
        if !id.spec().is_adoption() {
            let given = shape.key().to_owned();
            problems.push(LinkProblem::MalformedValue { param: origin.param(Field::Shape(id)), given });
        } else {
            scenario.set_shape(id, shape);
        }
    }
    // Keeps the default shape out, as the setter does.
    scenario.shapes.retain(|_, shape| *shape != Shape::GapClosing);

    for (id, key) in std::mem::take(&mut scenario.baselines) {
        if id.spec().baseline_option(&key).is_none() {
            let given = shown(&key);
            problems.push(LinkProblem::MalformedValue { param: origin.param(Field::Baseline(id)), given });
        } else {
            scenario.set_baseline_choice(id, &key);
        }
    }

    for (id, years) in std::mem::take(&mut scenario.milestones) {
        for (year, value) in years {
            let param = origin.param(Field::Milestone(id, year));
            match check_milestone(year, value) {
                Ok(value) => {
                    scenario.milestones.entry(id).or_default().insert(year, value);
                }
                Err(fault) => problems.push(LinkProblem::EntryRefused { param, fault }),
            }
        }
    }

    for (id, years) in std::mem::take(&mut scenario.actuals) {
        for (year, mut actual) in years {
            let source = std::mem::take(&mut actual.source);
            let param = || origin.param(Field::ActualSource(id, year));
            actual.source = clean_text(&source, false, SOURCE_CAP, param, problems);
            match check_actual(year, &actual, None) {
                Ok(()) => {
                    scenario.actuals.entry(id).or_default().insert(year, actual);
                }
                Err(fault) => {
                    let param = origin.param(Field::Actual(id, year));
                    problems.push(LinkProblem::EntryRefused { param, fault });
                }
            }
        }
    }
    scenario
}

/// Whether a character is removed from names and notes: control characters
/// (C0, DEL, C1), the bidirectional embedding, override and isolate controls
/// (which can make text display in an order other than it is stored), and
/// the line and paragraph separators. Newlines and tabs in notes are kept by
/// [`clean_note`].
pub fn is_stripped(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Most characters of input text a problem repeats (`LinkProblem`'s `param` and `given`).
const SHOWN_CHARS: usize = 40;

/// Input text made safe to repeat in a message: control characters dropped,
/// cut to [`SHOWN_CHARS`] characters with an ellipsis.
pub(crate) fn shown(text: &str) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().filter(|c| !is_stripped(*c)).enumerate() {
        if count == SHOWN_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
    }
    out
}

/// A name as the app keeps it: control characters removed (line breaks and
/// tabs become a space), at most [`NAME_CAP`] characters. The web layer may
/// run typed text through it so that a shared link opens without notices.
pub fn clean_name(text: &str) -> String {
    clean_text(text, false, NAME_CAP, String::new, &mut Vec::new())
}

/// An actual's source text as the app keeps it: like a name, at most
/// [`SOURCE_CAP`](crate::monitoring::SOURCE_CAP) characters.
pub fn clean_source(text: &str) -> String {
    clean_text(text, false, crate::monitoring::SOURCE_CAP, String::new, &mut Vec::new())
}

/// A note as the app keeps it: line breaks kept (CR LF and CR become LF),
/// tabs kept, other control characters removed, at most [`NOTE_CAP`] characters.
pub fn clean_note(text: &str) -> String {
    clean_text(text, true, NOTE_CAP, String::new, &mut Vec::new())
}

fn clean_text(
    text: &str,
    multiline: bool,
    cap: usize,
    param: impl Fn() -> String,
    problems: &mut Vec<LinkProblem>,
) -> String {
    // Most text is already clean: keep it as it is.
    let clean = |c: char| !is_stripped(c) || (multiline && matches!(c, '\n' | '\t'));
    if (text.len() <= cap || text.chars().count() <= cap) && text.chars().all(clean) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len().min(cap * 4));
    let mut stripped = false;
    let mut kept = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            // CR LF and a lone CR are line breaks, not control characters.
            '\r' if multiline => {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                '\n'
            }
            '\n' | '\t' if multiline => c,
            '\n' | '\r' | '\t' => {
                stripped = true;
                ' '
            }
            c if is_stripped(c) => {
                stripped = true;
                continue;
            }
            c => c,
        };
        if kept < cap {
            out.push(c);
        }
        kept += 1;
    }
    if stripped {
        problems.push(LinkProblem::ControlCharacters { param: param() });
    }
    if kept > cap {
        problems.push(LinkProblem::TextTooLong { param: param(), given: kept, cap });
    }
    out
}

/// Whether `key` names a slide for speaker notes: `title`, `comparison`,
/// `summary`, `sources` or an indicator id.
pub fn is_slide_key(key: &str) -> bool {
    matches!(key, "title" | "comparison" | "compared_assumptions" | "summary" | "sources")
        || IndicatorId::from_key(key).is_some()
}

/// Whether `text` is a `YYYY-MM-DD` date (month 01–12, day 01–31); the
/// rule lives with the actuals, whose dates it also checks.
pub fn is_vintage(text: &str) -> bool {
    crate::monitoring::is_date(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_control_characters_and_are_capped() {
        let mut problems = Vec::new();
        let scenario = Scenario { name: format!("A\u{0}\nB{}", "x".repeat(100)), ..Scenario::default() };
        let clean = sanitize(scenario, Origin::Link { scenario: 2 }, &mut problems);
        assert_eq!(clean.name.chars().count(), NAME_CAP);
        assert!(clean.name.starts_with("A B"));
        assert_eq!(
            problems,
            vec![
                LinkProblem::ControlCharacters { param: "2.name".into() },
                LinkProblem::TextTooLong { param: "2.name".into(), given: 103, cap: NAME_CAP },
            ]
        );
    }

    #[test]
    fn notes_keep_line_breaks() {
        assert_eq!(clean_note("a\r\nb\rc\nd\te\u{7}\u{202E}"), "a\nb\nc\nd\te");
    }

    #[test]
    fn levers_are_clamped_made_whole_and_canonical() {
        let mut scenario = Scenario::default();
        scenario.levers.insert(LeverId::GrdpGrowth, LeverValue::Whole(99.0));
        scenario.levers.insert(LeverId::LabourForce, LeverValue::PerYear([2.0, 3.0, 3.0, 3.0, 3.0]));
        scenario.levers.insert(LeverId::RecordsSpeed, LeverValue::Whole(20.0));
        scenario.levers.insert(LeverId::DigitalGrowth, LeverValue::PerYear([1.0, 2.0, 3.0, 4.0, -5.0]));
        let mut problems = Vec::new();
        let clean = sanitize(scenario, Origin::File, &mut problems);
        assert_eq!(clean.lever(LeverId::GrdpGrowth), LeverValue::Whole(20.0));
        assert_eq!(clean.lever(LeverId::LabourForce), LeverValue::Whole(2.0));
        assert!(!clean.levers.contains_key(&LeverId::RecordsSpeed));
        assert_eq!(clean.lever(LeverId::DigitalGrowth), LeverValue::PerYear([1.0, 2.0, 3.0, 4.0, 0.0]));
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.contains(&LinkProblem::OutOfRange {
            param: "levers.digital_growth".into(),
            year: Some(2030),
            given: -5.0,
            used: 0.0
        }));
    }

    #[test]
    fn vintages_are_dates() {
        assert!(is_vintage("2025-12-01"));
        assert!(!is_vintage("2025-13-01"));
        assert!(!is_vintage("2025-12-1"));
        assert!(!is_vintage("２０２５-12-01"));
    }
}
