//! The scenario: the one source of truth for everything the app shows.
//!
//! URL, storage, charts, tables and the presentation are all derived from a
//! [`Scenario`]; nothing keeps a second copy of lever values or targets.

use serde::{Deserialize, Serialize};

use crate::model::indicators::IndicatorId;
use crate::model::levers::{LeverId, LeverSpec};
use crate::model::shapes::Shape;
use crate::model::sorted_map::SortedMap;
use crate::model::uncertainty::Uncertainty;
use crate::model::YEARS;
use crate::monitoring::Actual;

/// Version of the [`Scenario`] schema. Bump it when a field changes meaning,
/// and teach the storage and link loaders to migrate the old one.
pub const SCHEMA_VERSION: u32 = 1;

/// Date of the reference data the baselines come from (the Thanh Tra report).
pub const DATA_VINTAGE: &str = "2025-12-01";

/// A set of planning assumptions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Schema version, [`SCHEMA_VERSION`] when written by this build.
    pub version: u32,
    /// The scenario's name; empty means "unnamed".
    #[serde(default)]
    pub name: String,
    /// Free-text rationale for the assumptions.
    #[serde(default)]
    pub note: String,
    /// Lever values that differ from their defaults. A lever that is absent
    /// takes the default from the lever table, so the table stays the one
    /// place defaults live.
    #[serde(default)]
    pub levers: SortedMap<LeverId, LeverValue>,
    /// Targets typed in place of the official ones, % in 2030. An absent
    /// indicator uses its official target.
    #[serde(default)]
    pub targets: SortedMap<IndicatorId, f64>,
    /// Date of the reference data the scenario was made on ([`DATA_VINTAGE`]).
    pub vintage: String,
    /// Adoption shapes chosen in place of gap closing, for adoption
    /// indicators only. An absent indicator uses [`Shape::GapClosing`].
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub shapes: SortedMap<IndicatorId, Shape>,
    /// Baselines chosen in place of the default, by the key of one of the
    /// indicator's [`BaselineOption`](crate::model::indicators::BaselineOption)s.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub baselines: SortedMap<IndicatorId, String>,
    /// Whether GRDP growth is a lever or built from digital and non-digital growth.
    #[serde(default, skip_serializing_if = "EconomyMode::is_default")]
    pub economy: EconomyMode,
    /// The planner's own milestones, % by year 2026–2029.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub milestones: SortedMap<IndicatorId, SortedMap<u16, f64>>,
    /// Reported actuals by year 2026–2030; the projection restarts from the last.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub actuals: SortedMap<IndicatorId, SortedMap<u16, Actual>>,
    /// Spreads, baseline ranges, seed and number of Monte Carlo paths that
    /// differ from their defaults. Absent in scenarios saved before it existed.
    #[serde(default, skip_serializing_if = "Uncertainty::is_default")]
    pub uncertainty: Uncertainty,
    /// The presenter's notes per slide, keyed by the slide's id
    /// (`crate::presentation::Slide::key`: `title`, an indicator id,
    /// `comparison`, `summary`, `sources`). Shown only in the presenter
    /// console, never on the audience's screen, and not carried by share
    /// links (they stay with the saved scenario and its JSON file). A slide
    /// without a note shows the scenario's note.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub speaker_notes: SortedMap<String, String>,
}

/// How GRDP growth is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EconomyMode {
    /// GRDP growth is a lever; the non-digital growth it implies is shown
    /// (and warned about when it falls below zero).
    #[default]
    Grdp,
    /// GRDP growth follows from digital and non-digital growth weighted by
    /// the digital share: `1 + g = s·(1 + d) + (1 − s)·(1 + n)`.
    Components,
}

impl EconomyMode {
    /// The stable id used in links (`economy=components`).
    pub fn key(self) -> &'static str {
        match self {
            EconomyMode::Grdp => "grdp",
            EconomyMode::Components => "components",
        }
    }

    /// Looks a mode up by its stable id.
    pub fn from_key(key: &str) -> Option<Self> {
        [EconomyMode::Grdp, EconomyMode::Components].into_iter().find(|mode| mode.key() == key)
    }

    /// Whether this is the default mode (not written to links or files).
    pub fn is_default(&self) -> bool {
        *self == EconomyMode::Grdp
    }

    /// The lever this mode leaves out: non-digital growth when GRDP growth
    /// is a lever, GRDP growth when it is built from its parts.
    pub fn unused_lever(self) -> LeverId {
        match self {
            EconomyMode::Grdp => LeverId::NonDigitalGrowth,
            EconomyMode::Components => LeverId::GrdpGrowth,
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            version: SCHEMA_VERSION,
            name: String::new(),
            note: String::new(),
            levers: SortedMap::new(),
            targets: SortedMap::new(),
            vintage: DATA_VINTAGE.to_owned(),
            shapes: SortedMap::new(),
            baselines: SortedMap::new(),
            economy: EconomyMode::Grdp,
            milestones: SortedMap::new(),
            actuals: SortedMap::new(),
            uncertainty: Uncertainty::default(),
            speaker_notes: SortedMap::new(),
        }
    }
}

/// A lever's value: one for the whole period, or one per year 2026–2030.
/// In JSON a number or a list of five numbers ([`LeverValueVisitor`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum LeverValue {
    /// The same value every year.
    Whole(f64),
    /// A value for each year, 2026 first.
    PerYear([f64; YEARS]),
}

impl LeverValue {
    /// The value applied in projected year `index` (0 = 2026).
    pub fn in_year(self, index: usize) -> f64 {
        match self {
            LeverValue::Whole(value) => value,
            LeverValue::PerYear(values) => values[index.min(YEARS - 1)],
        }
    }

    /// The value in every projected year.
    pub fn yearly(self) -> [f64; YEARS] {
        std::array::from_fn(|index| self.in_year(index))
    }
}

/// Reads a [`LeverValue`] straight from the JSON: a derived untagged
/// `Deserialize` would buffer every value first and link serde's buffering
/// reader into the Wasm.
struct LeverValueVisitor;

impl<'de> serde::de::Visitor<'de> for LeverValueVisitor {
    type Value = LeverValue;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a number or a list of {YEARS} numbers")
    }

    fn visit_f64<E>(self, value: f64) -> Result<LeverValue, E> {
        Ok(LeverValue::Whole(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<LeverValue, E> {
        Ok(LeverValue::Whole(value as f64))
    }

    fn visit_u64<E>(self, value: u64) -> Result<LeverValue, E> {
        Ok(LeverValue::Whole(value as f64))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<LeverValue, A::Error> {
        let mut values = [0.0; YEARS];
        for (index, value) in values.iter_mut().enumerate() {
            *value = seq.next_element()?.ok_or_else(|| serde::de::Error::invalid_length(index, &self))?;
        }
        if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
            return Err(serde::de::Error::invalid_length(YEARS + 1, &self));
        }
        Ok(LeverValue::PerYear(values))
    }
}

impl<'de> Deserialize<'de> for LeverValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LeverValueVisitor)
    }
}

impl From<f64> for LeverValue {
    fn from(value: f64) -> Self {
        LeverValue::Whole(value)
    }
}

/// What a setter did to a value it was given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clamped {
    /// The lever.
    pub lever: LeverId,
    /// The value asked for.
    pub given: f64,
    /// The value kept.
    pub used: f64,
}

impl Scenario {
    /// The lever's value in this scenario (its default when not set).
    pub fn lever(&self, id: LeverId) -> LeverValue {
        self.levers.get(&id).copied().unwrap_or(LeverValue::Whole(id.spec().default))
    }

    /// Whether the lever holds one value per year.
    pub fn is_per_year(&self, id: LeverId) -> bool {
        matches!(self.lever(id), LeverValue::PerYear(_))
    }

    /// Sets one value for the whole period. Out-of-range values are clamped;
    /// the clamp is returned so the caller can tell the user.
    pub fn set_whole(&mut self, id: LeverId, value: f64) -> Option<Clamped> {
        let (used, clamp) = clamp_for(id.spec(), value);
        self.store(id, LeverValue::Whole(used));
        clamp
    }

    /// Sets the value of one year (0 = 2026), switching the lever to per-year
    /// values if it held one value.
    pub fn set_year(&mut self, id: LeverId, index: usize, value: f64) -> Option<Clamped> {
        if index >= YEARS {
            return None;
        }
        let (used, clamp) = clamp_for(id.spec(), value);
        let mut values = self.lever(id).yearly();
        values[index] = used;
        self.store(id, LeverValue::PerYear(values));
        clamp
    }

    /// Switches a lever between one value and per-year values. Going to
    /// per-year copies the value into every year; going back keeps the mean,
    /// rounded to the lever's step, so the overall effect stays close.
    pub fn set_per_year(&mut self, id: LeverId, per_year: bool) {
        let spec = id.spec();
        if !spec.per_year && per_year {
            return;
        }
        let current = self.lever(id);
        let next = match (current, per_year) {
            (LeverValue::Whole(value), true) => LeverValue::PerYear([value; YEARS]),
            (LeverValue::PerYear(values), false) => {
                let mean = values.iter().sum::<f64>() / YEARS as f64;
                LeverValue::Whole(snap_to_step(spec, mean))
            }
            (unchanged, _) => unchanged,
        };
        self.store(id, next);
    }

    /// Puts a lever back to its default.
    pub fn reset_lever(&mut self, id: LeverId) {
        self.levers.remove(&id);
    }

    /// The 2030 target in force for an indicator, and whether it is custom.
    ///
    /// A stored target that [`set_target`](Self::set_target) would not have
    /// kept (from an old link or a hand-edited file) is read the way the
    /// setter would have stored it: clamped to 0–100 %, the official target
    /// when it is not a number, and not custom when it equals the official one.
    pub fn target(&self, id: IndicatorId) -> (f64, bool) {
        let official = id.spec().target;
        match self.targets.get(&id).filter(|t| t.is_finite()).map(|t| clamp_target(id, *t)) {
            Some(target) if (target - official).abs() > 1e-12 => (target, true),
            _ => (official, false),
        }
    }

    /// Sets a custom target (clamped by [`clamp_target`]), or clears it
    /// with `None`. A custom target equal to the official one is dropped, so
    /// "custom" always means "different".
    pub fn set_target(&mut self, id: IndicatorId, target: Option<f64>) {
        match target.filter(|t| t.is_finite()) {
            Some(t) if (clamp_target(id, t) - id.spec().target).abs() > 1e-12 => {
                self.targets.insert(id, clamp_target(id, t));
            }
            _ => {
                self.targets.remove(&id);
            }
        }
    }

    // Stores a value, dropping it when it equals the default so that two
    // scenarios with the same effect compare equal and links stay short.
    fn store(&mut self, id: LeverId, value: LeverValue) {
        if value == LeverValue::Whole(id.spec().default) {
            self.levers.remove(&id);
        } else {
            self.levers.insert(id, value);
        }
    }
}

/// A target as the app keeps it: within `[precision, 100]` %, where the
/// precision is the indicator's reporting precision (0.1 pp for the
/// digital-economy share). A target of 0 % or below is no target at all (it
/// is met by doing nothing, and its "required rate" would be −100 %), so it
/// is raised to the smallest figure the province reports.
pub fn clamp_target(id: IndicatorId, target: f64) -> f64 {
    target.clamp(id.spec().precision, 100.0)
}

impl Scenario {
    /// The adoption shape of an indicator ([`Shape::GapClosing`] unless chosen).
    pub fn shape(&self, id: IndicatorId) -> Shape {
        self.shapes.get(&id).copied().unwrap_or_default()
    }

    /// Chooses an adoption shape; ignored for an indicator that is not an
    /// adoption curve. The default shape leaves no entry.
    pub fn set_shape(&mut self, id: IndicatorId, shape: Shape) {
        if shape == Shape::GapClosing || !id.spec().is_adoption() {
            self.shapes.remove(&id);
        } else {
            self.shapes.insert(id, shape);
        }
    }

    /// The key of the baseline option in force (the first option unless chosen),
    /// `None` for an indicator without options.
    pub fn baseline_choice(&self, id: IndicatorId) -> Option<&'static str> {
        let spec = id.spec();
        let chosen = self.baselines.get(&id).and_then(|key| spec.baseline_option(key));
        chosen.or(spec.baselines.first()).map(|option| option.key)
    }

    /// The 2025 value the projection starts from, %.
    pub fn baseline(&self, id: IndicatorId) -> f64 {
        let spec = id.spec();
        self.baselines.get(&id).and_then(|key| spec.baseline_option(key)).map_or(spec.baseline, |o| o.value)
    }

    /// Chooses a baseline by option key; an unknown key or the default
    /// option leaves no entry.
    pub fn set_baseline_choice(&mut self, id: IndicatorId, key: &str) {
        let spec = id.spec();
        match spec.baseline_option(key) {
            Some(option) if spec.baselines.first().is_some_and(|first| first.key != option.key) => {
                self.baselines.insert(id, option.key.to_owned());
            }
            _ => {
                self.baselines.remove(&id);
            }
        }
    }

    /// Enters an actual after checking it (see
    /// [`check_actual`](crate::monitoring::check_actual)); a refused one
    /// changes nothing. The caller cleans the source text
    /// (`codec::sanitize::clean_source`).
    pub fn set_actual(
        &mut self,
        id: IndicatorId,
        year: u16,
        actual: Actual,
        today: Option<&str>,
    ) -> Result<(), crate::monitoring::EntryFault> {
        crate::monitoring::check_actual(year, &actual, today)?;
        self.actuals.entry(id).or_default().insert(year, actual);
        Ok(())
    }

    /// Removes an actual.
    pub fn remove_actual(&mut self, id: IndicatorId, year: u16) {
        if let Some(years) = self.actuals.get_mut(&id) {
            years.remove(&year);
            if years.is_empty() {
                self.actuals.remove(&id);
            }
        }
    }

    /// Sets a milestone after checking it, or clears it with `None`.
    pub fn set_milestone(
        &mut self,
        id: IndicatorId,
        year: u16,
        value: Option<f64>,
    ) -> Result<(), crate::monitoring::EntryFault> {
        match value {
            Some(value) => {
                let value = crate::monitoring::check_milestone(year, value)?;
                self.milestones.entry(id).or_default().insert(year, value);
            }
            None => {
                if let Some(years) = self.milestones.get_mut(&id) {
                    years.remove(&year);
                    if years.is_empty() {
                        self.milestones.remove(&id);
                    }
                }
            }
        }
        Ok(())
    }

    /// The same scenario without actuals: the plan the actuals are measured against.
    pub fn without_actuals(&self) -> Scenario {
        Scenario { actuals: SortedMap::new(), ..self.clone() }
    }
}

fn clamp_for(spec: &LeverSpec, value: f64) -> (f64, Option<Clamped>) {
    let (used, clamped) = spec.clamp(value);
    let report = clamped.then_some(Clamped { lever: spec.id, given: value, used });
    (used, report)
}

/// Rounds a value to the lever's step grid (from its minimum), within range.
pub fn snap_to_step(spec: &LeverSpec, value: f64) -> f64 {
    let steps = ((value - spec.min) / spec.step).round();
    let snapped = spec.min + steps * spec.step;
    // Round away binary noise such as 10.000000000000002.
    let scale = 10f64.powi(spec.decimals() as i32);
    ((snapped * scale).round() / scale).clamp(spec.min, spec.max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lever_value_reads_a_number_or_exactly_five_numbers() {
        let read = |json: &str| serde_json::from_str::<LeverValue>(json).ok();
        assert_eq!(read("12"), Some(LeverValue::Whole(12.0)));
        assert_eq!(read("-0.5"), Some(LeverValue::Whole(-0.5)));
        assert_eq!(read("26.400000000000002"), Some(LeverValue::Whole(26.400000000000002)));
        assert_eq!(read("[1, 2.5, 3, 4, 5]"), Some(LeverValue::PerYear([1.0, 2.5, 3.0, 4.0, 5.0])));
        for bad in [
            "[1, 2, 3, 4]",
            "[1, 2, 3, 4, 5, 6]",
            "[]",
            "\"12\"",
            "null",
            "true",
            "{}",
            "[1, 2, \"3\", 4, 5]",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
        for value in [LeverValue::Whole(7.25), LeverValue::PerYear([1.0, 2.0, 3.0, 4.0, 5.5])] {
            assert_eq!(read(&serde_json::to_string(&value).unwrap()), Some(value));
        }
    }

    #[test]
    fn default_scenario_uses_table_defaults() {
        let scenario = Scenario::default();
        for id in LeverId::all() {
            assert_eq!(scenario.lever(id), LeverValue::Whole(id.spec().default));
        }
        assert_eq!(scenario.version, SCHEMA_VERSION);
    }

    #[test]
    fn setting_the_default_leaves_no_entry() {
        let mut scenario = Scenario::default();
        scenario.set_whole(LeverId::GrdpGrowth, 12.0);
        assert_eq!(scenario.levers.len(), 1);
        scenario.set_whole(LeverId::GrdpGrowth, LeverId::GrdpGrowth.spec().default);
        assert!(scenario.levers.is_empty());
    }

    #[test]
    fn out_of_range_is_clamped_and_reported() {
        let mut scenario = Scenario::default();
        let clamp = scenario.set_whole(LeverId::DigitalGrowth, 500.0).unwrap();
        assert_eq!(clamp.used, LeverId::DigitalGrowth.spec().max);
        assert_eq!(scenario.lever(LeverId::DigitalGrowth), LeverValue::Whole(clamp.used));
        assert!(scenario.set_whole(LeverId::DigitalGrowth, 20.0).is_none());
    }

    #[test]
    fn per_year_round_trip_keeps_the_mean() {
        let mut scenario = Scenario::default();
        scenario.set_per_year(LeverId::DigitalGrowth, true);
        assert_eq!(scenario.lever(LeverId::DigitalGrowth), LeverValue::PerYear([15.0; YEARS]));
        scenario.set_year(LeverId::DigitalGrowth, 0, 10.0);
        scenario.set_year(LeverId::DigitalGrowth, 4, 30.0);
        assert_eq!(scenario.lever(LeverId::DigitalGrowth).yearly(), [10.0, 15.0, 15.0, 15.0, 30.0]);
        scenario.set_per_year(LeverId::DigitalGrowth, false);
        assert_eq!(scenario.lever(LeverId::DigitalGrowth), LeverValue::Whole(17.0));
    }

    #[test]
    fn whole_period_levers_refuse_per_year() {
        let mut scenario = Scenario::default();
        scenario.set_per_year(LeverId::LabourForce, true);
        assert!(!scenario.is_per_year(LeverId::LabourForce));
    }

    #[test]
    fn custom_targets_are_marked_and_cleared() {
        let mut scenario = Scenario::default();
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (30.0, false));
        scenario.set_target(IndicatorId::DigitalEconomy, Some(25.0));
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (25.0, true));
        scenario.set_target(IndicatorId::DigitalEconomy, Some(30.0));
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (30.0, false));
        scenario.set_target(IndicatorId::DigitalEconomy, Some(250.0));
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (100.0, true));
    }

    #[test]
    fn stored_targets_are_read_as_the_setter_would_keep_them() {
        let mut scenario = Scenario::default();
        scenario.targets.insert(IndicatorId::DigitalEconomy, f64::NAN);
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (30.0, false));
        scenario.targets.insert(IndicatorId::DigitalEconomy, 250.0);
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (100.0, true));
        scenario.targets.insert(IndicatorId::RecordsDigitisation, 250.0);
        assert_eq!(scenario.target(IndicatorId::RecordsDigitisation), (100.0, false));
        scenario.targets.insert(IndicatorId::DigitalEconomy, -1.0);
        assert_eq!(scenario.target(IndicatorId::DigitalEconomy), (0.1, true));
    }

    #[test]
    fn serde_round_trip() {
        let mut scenario = Scenario { name: "Bứt phá".into(), ..Scenario::default() };
        scenario.set_whole(LeverId::GrdpGrowth, 11.5);
        scenario.set_year(LeverId::RecordsSpeed, 2, 40.0);
        scenario.set_target(IndicatorId::RecordsDigitisation, Some(90.0));
        let json = serde_json::to_string(&scenario).unwrap();
        let back: Scenario = serde_json::from_str(&json).unwrap();
        assert_eq!(back, scenario);
    }
}
