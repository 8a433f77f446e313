//! A scenario's uncertainty settings in links and files: lever spreads,
//! baseline ranges, the seed and the number of paths.
//!
//! In a link (only what differs from the defaults, after the targets):
//! - `spread.grdp_growth=1~2`: the lever's 90 % range is 1 point below to 2
//!   above its value; one number (`spread.digital_growth=3`) is the same on
//!   both sides;
//! - `range.digital_economy=12~15`: the 2025 baseline lies between 12 and
//!   15 %; one number is a range of one value;
//! - `seed=7`, `paths=20000`.
//!
//! In a file, the serde shape of [`Uncertainty`]: an `uncertainty` object
//! with `spreads` (`{"grdp_growth": {"below": 1, "above": 2}}`), `ranges`
//! (`{"digital_economy": {"low": 12, "high": 15}}`), `seed` and `paths`.
//!
//! Both go through [`sanitize_uncertainty`], the part of the one sanitize
//! step that checks them.

//! This module holds the parameter names and that check; reading a link
//! value is `codec::link::uncertainty`'s job and reading a file's object
//! `codec::scenario_file::uncertainty`'s, so that no codec module depends
//! back on the one that calls it. `codec::uncertainty` names this module.

use std::cmp::Ordering;

use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::uncertainty::inputs::{has_spread, Range, Spread, Uncertainty, DEFAULT_SEED, MAX_SEED};

use super::super::problem::LinkProblem;
use super::{Field, Origin};

/// Prefix of a spread parameter in a link (`spread.grdp_growth=1~2`).
pub const SPREAD_PREFIX: &str = "spread.";
/// Prefix of a baseline-range parameter in a link (`range.digital_economy=12~15`).
pub const RANGE_PREFIX: &str = "range.";
/// The seed's link parameter.
pub const SEED_KEY: &str = "seed";
/// The number of paths' link parameter.
pub const PATHS_KEY: &str = "paths";

/// The name of an uncertainty field in a link or file (without the
/// comparison prefix, which [`Origin::param`] adds).
pub(in crate::codec) fn param(origin: Origin, field: Field) -> String {
    let link = matches!(origin, Origin::Link { .. });
    match (field, link) {
        (Field::Spread(id), true) => format!("{SPREAD_PREFIX}{}", id.key()),
        (Field::Spread(id), false) => format!("uncertainty.spreads.{}", id.key()),
        (Field::Range(id), true) => format!("{RANGE_PREFIX}{}", id.key()),
        (Field::Range(id), false) => format!("uncertainty.ranges.{}", id.key()),
        (Field::Seed, true) => SEED_KEY.to_owned(),
        (Field::Seed, false) => "uncertainty.seed".to_owned(),
        (Field::Paths, true) => PATHS_KEY.to_owned(),
        (Field::Paths, false) => "uncertainty.paths".to_owned(),
        (other, _) => unreachable!("not an uncertainty field: {other:?}"),
    }
}

/// Makes the settings ones the app could hold, reporting every change:
/// - a spread side that is not a number, below 0 or above half the lever's
///   range is clamped (see [`Spread::clamped`]); a spread for a lever that
///   has none is ignored; one equal to the default is dropped;
/// - a range with its low end above its high end (or an end that is not a
///   number) is ignored; ends outside 0–100 % are clamped; one equal to the
///   default is dropped;
/// - a seed above [`MAX_SEED`] is ignored (the default is used); the
///   default seed is dropped;
/// - paths are clamped into `MIN_PATHS ..= MAX_PATHS` (see
///   [`crate::model::uncertainty::inputs`]); the default is dropped.
pub fn sanitize_uncertainty(uncertainty: &mut Uncertainty, origin: Origin, problems: &mut Vec<LinkProblem>) {
    for (id, given) in std::mem::take(&mut uncertainty.spreads) {
        if !has_spread(id) {
            let param = match origin {
                Origin::File => format!("uncertainty.spreads.{}", id.key()),
                Origin::Link { .. } => format!("{SPREAD_PREFIX}{}", id.key()),
            };
            problems.push(LinkProblem::UnknownParameter { param });
            continue;
        }
        let param = origin.param(Field::Spread(id));
        let (used, _) = given.clamped(id);
        for (given, used) in [(given.below, used.below), (given.above, used.above)] {
            if given.to_bits() != used.to_bits() {
                problems.push(LinkProblem::OutOfRange { param: param.clone(), year: None, given, used });
            }
        }
        uncertainty.set_spread(id, used);
    }
    for (id, given) in std::mem::take(&mut uncertainty.ranges) {
        let param = origin.param(Field::Range(id));
        // Reversed, or an end that is not a number (no order at all).
        if !matches!(given.low.partial_cmp(&given.high), Some(Ordering::Less | Ordering::Equal)) {
            problems.push(LinkProblem::RangeReversed { param, low: given.low, high: given.high });
            continue;
        }
        let used = Range { low: given.low.clamp(0.0, 100.0), high: given.high.clamp(0.0, 100.0) };
        for (given, used) in [(given.low, used.low), (given.high, used.high)] {
            if given != used {
                problems.push(LinkProblem::OutOfRange { param: param.clone(), year: None, given, used });
            }
        }
        uncertainty.set_range(id, used);
    }
    if let Some(seed) = uncertainty.seed {
        if seed > MAX_SEED {
            let param = origin.param(Field::Seed);
            problems.push(LinkProblem::OutOfRange {
                param,
                year: None,
                given: seed as f64,
                used: DEFAULT_SEED as f64,
            });
        }
        uncertainty.set_seed(if seed > MAX_SEED { DEFAULT_SEED } else { seed });
    }
    if let Some(paths) = uncertainty.paths {
        if uncertainty.set_paths(paths) {
            let param = origin.param(Field::Paths);
            let used = f64::from(uncertainty.paths());
            problems.push(LinkProblem::OutOfRange { param, year: None, given: f64::from(paths), used });
        }
    }
}

/// A change a planner makes to the uncertainty settings in the interface.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UncertaintyEdit {
    /// A lever's spread.
    Spread(LeverId, Spread),
    /// One side of a lever's spread (`above`, else below), the other side
    /// as the state has it when the edit arrives: a field commits only what
    /// it shows, so two fields committed before a render both land.
    SpreadSide {
        /// Whose spread.
        lever: LeverId,
        /// The side above the value, else the one below.
        above: bool,
        /// The side's new width.
        value: f64,
    },
    /// A baseline's range.
    Range(IndicatorId, Range),
    /// One end of a baseline's range (`high`, else low), the other end as
    /// the state has it when the edit arrives.
    RangeEnd {
        /// Whose range.
        indicator: IndicatorId,
        /// The high end, else the low one.
        high: bool,
        /// The end's new value.
        value: f64,
    },
    /// The seed.
    Seed(u64),
    /// The number of paths.
    Paths(u32),
    /// Every spread, range, the seed and N back to their defaults.
    Reset,
}

/// The link parameter a typed change is about (`spread.grdp_growth`,
/// `range.digital_economy`, `seed`, `paths`), as its messages name it;
/// `None` for a reset.
pub fn edit_param(change: &UncertaintyEdit) -> Option<String> {
    let origin = Origin::Link { scenario: 1 };
    match *change {
        UncertaintyEdit::Spread(id, _) | UncertaintyEdit::SpreadSide { lever: id, .. } => {
            Some(origin.param(Field::Spread(id)))
        }
        UncertaintyEdit::Range(id, _) | UncertaintyEdit::RangeEnd { indicator: id, .. } => {
            Some(origin.param(Field::Range(id)))
        }
        UncertaintyEdit::Seed(_) => Some(origin.param(Field::Seed)),
        UncertaintyEdit::Paths(_) => Some(origin.param(Field::Paths)),
        UncertaintyEdit::Reset => None,
    }
}

/// Applies a typed change through the same checks as a link value
/// ([`sanitize_uncertainty`]): a spread out of bounds or paths out of range
/// are clamped, a reversed range or a seed too large leave the setting as it
/// was. Returns what was clamped or refused, named as in a link.
pub fn edit(uncertainty: &mut Uncertainty, change: UncertaintyEdit) -> Vec<LinkProblem> {
    let mut given = Uncertainty::default();
    match change {
        // Made whole first, then checked as a whole one.
        UncertaintyEdit::SpreadSide { .. } | UncertaintyEdit::RangeEnd { .. } => {
            return edit(uncertainty, whole(uncertainty, change));
        }
        UncertaintyEdit::Spread(id, spread) => {
            given.spreads.insert(id, spread);
        }
        UncertaintyEdit::Range(id, range) => {
            given.ranges.insert(id, range);
        }
        UncertaintyEdit::Seed(seed) => given.seed = Some(seed),
        UncertaintyEdit::Paths(paths) => given.paths = Some(paths),
        UncertaintyEdit::Reset => {
            *uncertainty = Uncertainty::default();
            return Vec::new();
        }
    }
    let mut problems = Vec::new();
    sanitize_uncertainty(&mut given, Origin::Link { scenario: 1 }, &mut problems);
    match change {
        UncertaintyEdit::Spread(id, _) => {
            uncertainty.set_spread(id, given.spread(id));
        }
        UncertaintyEdit::Range(id, _) => {
            // A reversed range is refused: the current one stays.
            if !problems.iter().any(|p| matches!(p, LinkProblem::RangeReversed { .. })) {
                uncertainty.set_range(id, given.range(id));
            }
        }
        UncertaintyEdit::Seed(seed) if seed <= MAX_SEED => uncertainty.set_seed(seed),
        UncertaintyEdit::Seed(_) => {}
        UncertaintyEdit::Paths(_) => {
            uncertainty.paths = given.paths;
        }
        UncertaintyEdit::Reset | UncertaintyEdit::SpreadSide { .. } | UncertaintyEdit::RangeEnd { .. } => {}
    }
    problems
}

/// A one-sided edit made whole with the other side as `uncertainty` has it;
/// any other edit as it is.
fn whole(uncertainty: &Uncertainty, change: UncertaintyEdit) -> UncertaintyEdit {
    match change {
        UncertaintyEdit::SpreadSide { lever, above, value } => {
            let now = uncertainty.spread(lever);
            let spread = if above { Spread { above: value, ..now } } else { Spread { below: value, ..now } };
            UncertaintyEdit::Spread(lever, spread)
        }
        UncertaintyEdit::RangeEnd { indicator, high, value } => {
            let now = uncertainty.range(indicator);
            let range = if high { Range { high: value, ..now } } else { Range { low: value, ..now } };
            UncertaintyEdit::Range(indicator, range)
        }
        whole => whole,
    }
}
