//! Short links: a scenario that starts from a shipped preset is written as a
//! reference to it (`preset=plan.2025-12-01`) plus only what differs from it,
//! instead of the preset's name, note and levers in full. A comparison of
//! the four presets then fits in about 120 characters instead of 5,000.
//!
//! The reference names the data vintage the preset was defined on, and
//! [`EDITIONS`] keeps every vintage's preset values, so an old link still
//! means what it meant after the presets are recalculated on newer data.
//! When the presets or the data change, add an edition (a test fails until
//! the newest edition matches [`Preset::scenario`]).
//!
//! [`super::link::encode`] writes whichever form of a scenario is shorter
//! (full, or relative to one of the presets of its vintage); decoding a
//! reference starts from the preset and applies the scenario's other
//! parameters on top. A link without references is read as before, so every
//! older `v=1` link opens unchanged.

use std::fmt::Write;
use std::sync::OnceLock;

use crate::lang::Lang;
use crate::model::indicators::INDICATORS;
use crate::model::levers::{LeverId, LEVERS};
use crate::presets::Preset;
use crate::scenario::{LeverValue, Scenario, DATA_VINTAGE};

/// The link parameter of a preset reference (`preset`, `2.preset`, …).
pub const PRESET_PARAM: &str = "preset";
/// Separates the preset's key from its vintage in a reference (`plan.2025-12-01`).
pub const VINTAGE_SEPARATOR: char = '.';

/// The presets as defined on one data vintage.
#[derive(Debug)]
pub struct Edition {
    /// The data vintage (`YYYY-MM-DD`), as in [`Scenario::vintage`].
    pub vintage: &'static str,
    /// Each preset's lever values that differ from the defaults. Names and
    /// notes are today's ([`Preset::scenario`]); the values are frozen.
    pub presets: &'static [(Preset, &'static [(LeverId, f64)])],
}

/// Every edition of the presets, oldest first; the last is [`DATA_VINTAGE`]'s.
/// The values repeat `presets.rs` on purpose: they are frozen copies, which a
/// test checks against the live presets for today's vintage.
pub const EDITIONS: &[Edition] = &[Edition {
    vintage: "2025-12-01",
    presets: &[
        (Preset::CurrentTrend, &[]),
        (
            Preset::Plan,
            &[
                (LeverId::DigitalGrowth, 26.5),
                (LeverId::DigitalWorkforceGrowth, 9.0),
                (LeverId::ServicesSpeed, 77.0),
                (LeverId::RecordsSpeed, 85.0),
            ],
        ),
        (
            Preset::Breakthrough,
            &[
                (LeverId::GrdpGrowth, 11.0),
                (LeverId::DigitalGrowth, 30.0),
                (LeverId::DigitalWorkforceGrowth, 12.0),
                (LeverId::ServicesSpeed, 85.0),
                (LeverId::RecordsSpeed, 90.0),
            ],
        ),
        (
            Preset::Cautious,
            &[
                (LeverId::GrdpGrowth, 8.0),
                (LeverId::DigitalGrowth, 11.0),
                (LeverId::DigitalWorkforceGrowth, 4.0),
                (LeverId::ServicesSpeed, 20.0),
                (LeverId::ServicesCeiling, 95.0),
                (LeverId::RecordsSpeed, 12.0),
            ],
        ),
    ],
}];

/// A preset of one edition in one language, as a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    /// Which preset.
    pub preset: Preset,
    /// The language of its name and note (the reference ends `.en` for English).
    pub lang: Lang,
    /// The edition's vintage.
    pub vintage: &'static str,
    /// The preset's scenario on that vintage.
    pub scenario: Scenario,
}

/// Why a reference could not be followed exactly.
#[derive(Debug, Clone, PartialEq)]
pub enum RefError {
    /// Not a preset key: the reference is ignored.
    UnknownPreset,
    /// A preset of a vintage this build does not know: today's is used.
    UnknownVintage(&'static Base),
}

/// Every edition's presets as scenarios, built once (the plan's name and
/// note come from solving the model, which the hot path must not redo).
fn bases() -> &'static [Base] {
    static BASES: OnceLock<Vec<Base>> = OnceLock::new();
    BASES.get_or_init(|| {
        EDITIONS
            .iter()
            .flat_map(|edition| {
                edition
                    .presets
                    .iter()
                    .flat_map(move |entry| [Lang::Vi, Lang::En].map(|lang| (edition, entry, lang)))
            })
            .map(|(edition, (preset, levers), lang)| {
                let words = Some(preset.scenario(lang));
                let words = words.as_ref();
                let mut scenario = Scenario {
                    name: words.map(|s| s.name.clone()).unwrap_or_default(),
                    note: words.map(|s| s.note.clone()).unwrap_or_default(),
                    vintage: edition.vintage.to_owned(),
                    ..Scenario::default()
                };
                for (lever, value) in levers.iter() {
                    scenario.set_whole(*lever, *value);
                }
                Base { preset: *preset, lang, vintage: edition.vintage, scenario }
            })
            .collect()
    })
}

/// The presets a scenario of `vintage` may be written relative to.
pub fn bases_of(vintage: &str) -> impl Iterator<Item = &'static Base> + '_ {
    bases().iter().filter(move |base| base.vintage == vintage)
}

/// Reads a reference: `plan.2025-12-01` (named in Vietnamese),
/// `plan.2025-12-01.en` (in English), or `plan` for today's edition.
pub fn resolve(reference: &str) -> Result<&'static Base, RefError> {
    let mut parts = reference.split(VINTAGE_SEPARATOR);
    let key = parts.next().unwrap_or_default();
    let vintage = parts.next().unwrap_or(DATA_VINTAGE);
    let lang = match parts.next() {
        None => Lang::Vi,
        Some("en") => Lang::En,
        Some(_) => return Err(RefError::UnknownPreset),
    };
    let preset = Preset::ALL.into_iter().find(|p| p.key() == key.trim()).ok_or(RefError::UnknownPreset)?;
    let of =
        |vintage: &str| bases().iter().find(|b| b.preset == preset && b.lang == lang && b.vintage == vintage);
    match of(vintage.trim()) {
        Some(base) => Ok(base),
        None => of(DATA_VINTAGE)
            .map(|base| Err(RefError::UnknownVintage(base)))
            .unwrap_or(Err(RefError::UnknownPreset)),
    }
}

/// The reference to `base` as written in a link.
pub fn reference(base: &Base) -> String {
    match base.lang {
        Lang::Vi => format!("{}{VINTAGE_SEPARATOR}{}", base.preset.key(), base.vintage),
        Lang::En => format!("{}{VINTAGE_SEPARATOR}{}{VINTAGE_SEPARATOR}en", base.preset.key(), base.vintage),
    }
}

/// Which of a scenario's fields a link gave, so a reference's preset
/// supplies the others.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    /// `name` was given (possibly empty).
    pub name: bool,
    /// `note` was given (possibly empty).
    pub note: bool,
    /// `vintage` was given.
    pub vintage: bool,
}

/// The scenario a link means: `base` with the link's own parameters
/// (`read`, holding only what the link gave) on top. The result still goes
/// through `sanitize` like every loaded scenario.
pub fn apply(base: &Scenario, read: Scenario, given: Given) -> Scenario {
    let mut merged = base.clone();
    if given.name {
        merged.name = read.name;
    }
    if given.note {
        merged.note = read.note;
    }
    if given.vintage {
        merged.vintage = read.vintage;
    }
    merged.levers.extend(read.levers);
    merged.targets.extend(read.targets);
    let (uncertainty, given) = (&mut merged.uncertainty, read.uncertainty);
    uncertainty.spreads.extend(given.spreads);
    uncertainty.ranges.extend(given.ranges);
    uncertainty.seed = given.seed.or(uncertainty.seed);
    uncertainty.paths = given.paths.or(uncertainty.paths);
    // Presets set none of these: the link's own, as given.
    merged.shapes.extend(read.shapes);
    merged.baselines.extend(read.baselines);
    if read.economy != base.economy {
        merged.economy = read.economy;
    }
    merged.milestones.extend(read.milestones);
    merged.actuals.extend(read.actuals);
    merged
}

/// Writes `scenario` relative to `base`: the reference, then `name` and
/// `note` when they differ (an empty one as `name=`), then every lever and
/// target whose value differs from the preset's, even when it equals the
/// default. `escape` and `number` are the codec's own writers.
pub fn encode_relative(
    out: &mut String,
    prefix: &str,
    scenario: &Scenario,
    base: &Base,
    escape: fn(&mut String, &str),
    lever: fn(&mut String, LeverValue),
) {
    let _ = write!(out, "&{prefix}{PRESET_PARAM}=");
    escape(out, &reference(base));
    let from = &base.scenario;
    if scenario.name != from.name {
        let _ = write!(out, "&{prefix}name=");
        escape(out, &scenario.name);
    }
    if scenario.note != from.note {
        let _ = write!(out, "&{prefix}note=");
        escape(out, &scenario.note);
    }
    for spec in LEVERS {
        let value = scenario.lever(spec.id);
        if value != from.lever(spec.id) {
            let _ = write!(out, "&{prefix}{}=", spec.id.key());
            lever(out, value);
        }
    }
    for spec in INDICATORS {
        let target = scenario.targets.get(&spec.id).copied().unwrap_or(spec.target);
        let was = from.targets.get(&spec.id).copied().unwrap_or(spec.target);
        if target != was {
            let _ = write!(out, "&{prefix}t.{}={target}", spec.id.key());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todays_edition_is_the_presets_as_the_app_builds_them() {
        let newest = EDITIONS.last().map(|e| e.vintage);
        assert_eq!(newest, Some(DATA_VINTAGE), "add an edition for the new data vintage");
        for (preset, lang) in Preset::ALL.into_iter().flat_map(|p| [(p, Lang::Vi), (p, Lang::En)]) {
            let reference = if lang == Lang::En {
                format!("{}.{DATA_VINTAGE}.en", preset.key())
            } else {
                preset.key().to_owned()
            };
            let base = resolve(&reference).map(|b| b.scenario.clone());
            assert_eq!(
                base,
                Ok(preset.scenario(lang)),
                "{preset:?} changed: keep the old values as an edition and add one for today's"
            );
        }
    }

    #[test]
    fn references_resolve_or_say_why_not() {
        assert_eq!(resolve("plan.2025-12-01").map(|b| b.preset), Ok(Preset::Plan));
        assert_eq!(resolve("nope.2025-12-01"), Err(RefError::UnknownPreset));
        assert!(
            matches!(resolve("plan.2019-01-01"), Err(RefError::UnknownVintage(b)) if b.preset == Preset::Plan)
        );
        assert_eq!(resolve("cautious").map(reference).as_deref(), Ok("cautious.2025-12-01"));
        assert_eq!(resolve("cautious.2025-12-01.en").map(reference).as_deref(), Ok("cautious.2025-12-01.en"));
        assert_eq!(resolve("cautious.2025-12-01.fr"), Err(RefError::UnknownPreset));
    }
}
