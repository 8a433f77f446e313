//! The workspace: the scenario on screen, the saved library and the
//! comparison set. It is what autosave keeps and what undo steps through.
//!
//! Pure data with pure operations; the reducer in [`crate::app`] calls them
//! and the web layer persists the result in an effect.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::codec::link::LinkState;
use crate::codec::problem::LinkProblem;
use crate::codec::sanitize::{sanitize, Origin};
use crate::lang::Lang;
use crate::presets::Preset;
use crate::scenario::Scenario;

/// Version of the stored [`Workspace`] schema.
pub const WORKSPACE_VERSION: u32 = 1;

/// At most this many scenarios are compared at once, the working one included.
pub const MAX_COMPARED: usize = 4;

/// Everything the user has made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    /// Schema version, [`WORKSPACE_VERSION`] when written by this build.
    pub version: u32,
    /// The scenario on screen, edited by the levers.
    pub working: Scenario,
    /// The saved scenario the working one was opened from or saved as; `None`
    /// for a new scenario, a preset or one opened from a link.
    #[serde(default)]
    pub origin: Option<u32>,
    /// Saved scenarios, in the order the user made them.
    #[serde(default)]
    pub saved: Vec<SavedScenario>,
    /// Scenarios overlaid on the working one, at most [`MAX_COMPARED`] − 1.
    #[serde(default)]
    pub compare: Vec<Compared>,
    /// The id the next saved scenario gets (when ids are not drawn at random,
    /// see [`IdSeed`]).
    #[serde(default = "first_id")]
    pub next_id: u32,
    /// Saved scenarios deleted here or in another tab, so that merging two
    /// tabs' libraries does not bring them back (see `crate::library_sync`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<Deleted>,
    /// Where new ids come from; not stored, and equal in every workspace.
    #[serde(skip)]
    pub id_seed: IdSeed,
}

/// A deleted saved scenario: its id and the revision that was deleted. A
/// revision above it (an undo of the delete) brings the entry back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deleted {
    /// The saved scenario's id.
    pub id: u32,
    /// Its revision when deleted.
    pub rev: u32,
}

/// The state of the generator new saved ids are drawn from. Zero (the
/// default) gives sequential ids; the web layer seeds each tab at random so
/// two tabs saving at the same moment never pick the same id. Every seed
/// compares equal: it is not part of what the user made.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdSeed(pub u64);

impl PartialEq for IdSeed {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl IdSeed {
    /// The next id from this generator (xorshift64*), from 1 to `u32::MAX − 1`.
    fn draw(&mut self) -> u32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let value = (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32;
        value.clamp(1, u32::MAX - 1)
    }
}

fn first_id() -> u32 {
    1
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            version: WORKSPACE_VERSION,
            working: Scenario::default(),
            origin: None,
            saved: Vec::new(),
            compare: Vec::new(),
            next_id: first_id(),
            deleted: Vec::new(),
            id_seed: IdSeed::default(),
        }
    }
}

/// A scenario in the saved library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedScenario {
    /// Stable id within this workspace.
    pub id: u32,
    /// The scenario as saved.
    pub scenario: Scenario,
    /// Counts changes to this entry (save over it, rename), so that merging
    /// two tabs' libraries keeps the later one.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rev: u32,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// What saving the working scenario does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavePlan {
    /// Update the saved entry it came from (same name).
    Update(u32),
    /// Add a new entry; nothing saved is replaced.
    New,
}

/// Whether two scenario names are the same name (ignoring case and the
/// spaces around it).
fn same_name(a: &str, b: &str) -> bool {
    crate::text_case::lowercase(a.trim()) == crate::text_case::lowercase(b.trim())
}

/// A scenario in the comparison set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compared {
    /// A saved scenario, by id, so a rename shows at once.
    Saved(u32),
    /// A shipped preset.
    Preset(#[serde(with = "preset_key")] Preset),
    /// A scenario that came with a shared link and was not saved (boxed: a
    /// scenario is large beside the other variants).
    Linked(Box<Scenario>),
}

mod preset_key {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::presets::Preset;

    pub fn serialize<S: Serializer>(preset: &Preset, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(preset.key())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Preset, D::Error> {
        let key = String::deserialize(deserializer)?;
        Preset::ALL
            .into_iter()
            .find(|p| p.key() == key)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown preset `{key}`")))
    }
}

impl Workspace {
    /// Reads a stored workspace. Every scenario in it goes through the same
    /// validation as a link ([`sanitize`]); what that changed is returned.
    /// Text that is not a workspace this build can read is an error naming
    /// why, so the caller can keep it as a backup and start afresh.
    pub fn from_stored(raw: &str) -> Result<(Workspace, Vec<LinkProblem>), String> {
        // The version first, so a newer workspace is refused by its number
        // rather than by whatever field it changed. Two passes of the typed
        // reader rather than one through `serde_json::Value`: `from_value`
        // would link a second deserializer into the Wasm (about 11 kB).
        #[derive(Deserialize)]
        struct Versioned {
            version: Option<u64>,
        }
        let version = serde_json::from_str::<Versioned>(raw).map_err(|e| e.to_string())?.version;
        match version {
            Some(v) if v > u64::from(WORKSPACE_VERSION) => {
                return Err(format!("version {v} is newer than this app reads ({WORKSPACE_VERSION})"))
            }
            Some(_) => {}
            None => return Err("no version".to_owned()),
        }
        let mut workspace: Workspace = serde_json::from_str(raw).map_err(|e| e.to_string())?;
        let mut problems = Vec::new();
        let origin = Origin::File;
        workspace.version = WORKSPACE_VERSION;
        workspace.working = sanitize(std::mem::take(&mut workspace.working), origin, &mut problems);
        for saved in &mut workspace.saved {
            saved.scenario = sanitize(std::mem::take(&mut saved.scenario), origin, &mut problems);
        }
        for entry in &mut workspace.compare {
            if let Compared::Linked(scenario) = entry {
                **scenario = sanitize(std::mem::take(&mut **scenario), origin, &mut problems);
            }
        }
        workspace.normalise();
        Ok((workspace, problems))
    }

    /// The text autosave writes.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).expect("a Workspace always serialises")
    }

    /// What a share link carries for this workspace: the working scenario
    /// and the compared ones (presets named in `lang`).
    pub fn link_state(&self, lang: Lang) -> LinkState {
        let mut scenarios = vec![self.working.clone()];
        scenarios.extend(self.compared(lang));
        LinkState { scenarios, present: None }
    }

    /// Restores the invariants the rest of the app relies on, whatever the
    /// stored text held: saved ids are unique (a repeated id gets a fresh one,
    /// so no scenario is lost) and below `next_id`; the comparison names only
    /// saved scenarios that exist, holds no entry twice and at most
    /// [`MAX_COMPARED`] − 1 entries; the origin is a saved scenario or `None`.
    /// Linear in the size of the input, however hostile.
    pub(crate) fn normalise(&mut self) {
        let mut seen = BTreeSet::new();
        let mut repeated = Vec::new();
        for (index, saved) in self.saved.iter().enumerate() {
            if !seen.insert(saved.id) {
                repeated.push(index);
            }
        }
        for index in repeated {
            let id = self.take_id_from(&seen);
            seen.insert(id);
            self.saved[index].id = id;
        }
        self.next_id = self.next_id.max(seen.last().map_or(1, |max| max.saturating_add(1)));
        let mut compared = Vec::new();
        self.compare.retain(|entry| {
            let keep = match entry {
                Compared::Saved(id) => seen.contains(id),
                Compared::Preset(_) | Compared::Linked(_) => true,
            };
            let keep = keep && compared.len() < MAX_COMPARED - 1 && !compared.contains(entry);
            if keep {
                compared.push(entry.clone());
            }
            keep
        });
        if self.origin.is_some_and(|id| !seen.contains(&id)) {
            self.origin = None;
        }
    }

    /// The saved scenario with this id.
    pub fn saved(&self, id: u32) -> Option<&SavedScenario> {
        self.saved.iter().find(|s| s.id == id)
    }

    /// Whether the working scenario differs from what it was saved as (a new
    /// scenario counts as unsaved once it differs from the baseline).
    pub fn is_unsaved(&self) -> bool {
        match self.origin.and_then(|id| self.saved(id)) {
            Some(saved) => saved.scenario != self.working,
            None => self.working != Scenario::default(),
        }
    }

    /// What [`Workspace::save`] will do: update the entry the working
    /// scenario came from while it keeps that entry's name, or add a new
    /// entry. A scenario renamed on screen is a new scenario: saving it never
    /// replaces the one it came from.
    pub fn save_plan(&self) -> SavePlan {
        match self.origin.and_then(|id| self.saved(id)) {
            Some(saved) if same_name(&saved.scenario.name, &self.working.name) => SavePlan::Update(saved.id),
            _ => SavePlan::New,
        }
    }

    /// The saved entry that an explicit "replace" would overwrite, when
    /// [`Workspace::save_plan`] adds a new one: an entry with the working
    /// scenario's name, else the entry it was opened from before a rename.
    pub fn replaceable(&self) -> Option<&SavedScenario> {
        if self.save_plan() != SavePlan::New {
            return None;
        }
        self.saved
            .iter()
            .find(|s| same_name(&s.scenario.name, &self.working.name))
            .or_else(|| self.origin.and_then(|id| self.saved(id)))
    }

    /// Saves the working scenario as [`Workspace::save_plan`] says. Returns
    /// the id it was saved under.
    pub fn save(&mut self) -> u32 {
        match self.save_plan() {
            SavePlan::Update(id) => {
                self.replace(id);
                id
            }
            SavePlan::New => self.save_as_new(),
        }
    }

    /// Replaces the saved entry `id` with the working scenario (its name
    /// included) and makes it the origin: the user's explicit choice. Returns
    /// whether the entry existed.
    pub fn replace(&mut self, id: u32) -> bool {
        let working = self.working.clone();
        match self.saved.iter_mut().find(|s| s.id == id) {
            Some(saved) => {
                if saved.scenario != working {
                    saved.scenario = working;
                    saved.rev = saved.rev.saturating_add(1);
                }
                self.origin = Some(id);
                true
            }
            None => false,
        }
    }

    /// Saves the working scenario as a new entry and makes it the origin.
    pub fn save_as_new(&mut self) -> u32 {
        let id = self.take_id();
        self.saved.push(SavedScenario { id, scenario: self.working.clone(), rev: 0 });
        self.origin = Some(id);
        id
    }

    /// Renames a saved scenario (and the working one, if it came from it).
    pub fn rename(&mut self, id: u32, name: &str) {
        let name = crate::codec::sanitize::clean_name(name);
        if let Some(saved) = self.saved.iter_mut().find(|s| s.id == id && s.scenario.name != name) {
            saved.scenario.name = name.clone();
            saved.rev = saved.rev.saturating_add(1);
            if self.origin == Some(id) {
                self.working.name = name;
            }
        }
    }

    /// Copies a saved scenario into a new entry just after it; returns the new id.
    pub fn duplicate(&mut self, id: u32, suffix: &str) -> Option<u32> {
        let index = self.saved.iter().position(|s| s.id == id)?;
        let mut scenario = self.saved[index].scenario.clone();
        scenario.name = crate::codec::sanitize::clean_name(&format!("{} {suffix}", scenario.name));
        let new_id = self.take_id();
        self.saved.insert(index + 1, SavedScenario { id: new_id, scenario, rev: 0 });
        Some(new_id)
    }

    /// Deletes a saved scenario. The working scenario stays on screen, now
    /// unsaved, and the comparison forgets it. Undo brings it back.
    pub fn delete(&mut self, id: u32) {
        if let Some(saved) = self.saved(id) {
            let rev = saved.rev;
            self.tombstone(Deleted { id, rev });
        }
        self.saved.retain(|s| s.id != id);
        self.compare.retain(|c| *c != Compared::Saved(id));
        if self.origin == Some(id) {
            self.origin = None;
        }
    }

    /// Puts a saved scenario on screen.
    pub fn open_saved(&mut self, id: u32) {
        if let Some(saved) = self.saved(id) {
            self.working = saved.scenario.clone();
            self.origin = Some(id);
            self.compare.retain(|c| *c != Compared::Saved(id));
        }
    }

    /// Puts a preset on screen as a new, unsaved scenario, named in `lang`.
    pub fn open_preset(&mut self, preset: Preset, lang: Lang) {
        self.working = preset.scenario(lang);
        self.origin = None;
    }

    /// Opens scenarios from a link: the first goes on screen as a new,
    /// unsaved scenario, the others into the comparison. Saved work is untouched.
    pub fn open_linked(&mut self, mut scenarios: Vec<Scenario>) {
        if scenarios.is_empty() {
            return;
        }
        let working = scenarios.remove(0);
        self.working = working;
        self.origin = None;
        self.compare =
            scenarios.into_iter().take(MAX_COMPARED - 1).map(|s| Compared::Linked(Box::new(s))).collect();
    }

    /// Adds a scenario to the comparison, or removes it if it is there.
    /// Returns false when the comparison is already full.
    pub fn toggle_compare(&mut self, entry: Compared) -> bool {
        if let Some(index) = self.compare.iter().position(|c| *c == entry) {
            self.compare.remove(index);
            return true;
        }
        if self.compare.len() + 1 >= MAX_COMPARED {
            return false;
        }
        self.compare.push(entry);
        true
    }

    /// The compared scenarios, resolved, in order (the working one not
    /// included); presets are named in `lang`.
    pub fn compared(&self, lang: Lang) -> Vec<Scenario> {
        self.compare
            .iter()
            .filter_map(|entry| match entry {
                Compared::Saved(id) => self.saved(*id).map(|s| s.scenario.clone()),
                Compared::Preset(preset) => Some(preset.scenario(lang)),
                Compared::Linked(scenario) => Some((**scenario).clone()),
            })
            .collect()
    }

    fn take_id(&mut self) -> u32 {
        // Inserted one by one: `collect` into a `BTreeSet` sorts first, which
        // links a stable sort into the Wasm (`model::small_sort`).
        let mut used = BTreeSet::new();
        used.extend(self.saved.iter().map(|s| s.id));
        if self.id_seed.0 != 0 {
            // A random id, never one in use or deleted (bounded: the space
            // is 2³², the library a few hundred entries).
            used.extend(self.deleted.iter().map(|d| d.id));
            for _ in 0..64 {
                let id = self.id_seed.draw();
                if !used.contains(&id) {
                    return id;
                }
            }
        }
        self.take_id_from(&used)
    }

    /// A fresh id: `next_id` (or past the largest used id) while ids remain
    /// above it, else the first id not in `used` from `next_id` on, wrapping
    /// to 1, so even a workspace whose stored ids reach `u32::MAX` can save
    /// again (and renumbering many repeated ids stays linear).
    fn take_id_from(&mut self, used: &BTreeSet<u32>) -> u32 {
        let past_largest = used.last().map_or(Some(1), |max| max.checked_add(1));
        let id = match past_largest.map(|past| self.next_id.max(past)) {
            Some(id) if id < u32::MAX => id,
            _ => {
                let start = self.next_id.clamp(1, u32::MAX - 1);
                (start..u32::MAX).chain(1..start).find(|id| !used.contains(id)).unwrap_or(u32::MAX)
            }
        };
        self.next_id = id.saturating_add(1);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LeverId;

    fn edited(value: f64) -> Scenario {
        let mut scenario = Scenario::default();
        scenario.set_whole(LeverId::GrdpGrowth, value);
        scenario
    }

    #[test]
    fn save_then_edit_is_unsaved_and_save_overwrites() {
        let mut ws = Workspace { working: edited(12.0), ..Workspace::default() };
        assert!(ws.is_unsaved());
        let id = ws.save();
        assert!(!ws.is_unsaved());
        ws.working = edited(13.0);
        assert!(ws.is_unsaved());
        assert_eq!(ws.save(), id);
        assert_eq!(ws.saved.len(), 1);
        assert_eq!(ws.saved(id).unwrap().scenario, edited(13.0));
    }

    #[test]
    fn saving_under_a_new_name_keeps_the_old_scenario() {
        let mut ws = Workspace {
            working: Scenario { name: "Dồn sớm".into(), ..edited(12.0) },
            ..Workspace::default()
        };
        let early = ws.save();
        ws.working.name = "Dồn muộn".into();
        ws.working.set_whole(LeverId::DigitalGrowth, 20.0);
        assert_eq!(ws.save_plan(), SavePlan::New);
        // The explicit alternative names the entry it would replace.
        assert_eq!(ws.replaceable().map(|s| s.id), Some(early));
        let late = ws.save();
        assert_ne!(late, early);
        assert_eq!(ws.saved(early).unwrap().scenario, Scenario { name: "Dồn sớm".into(), ..edited(12.0) });
        assert_eq!(ws.saved(late).unwrap().scenario.name, "Dồn muộn");
        assert_eq!(ws.origin, Some(late));
        // Edits under the same name update that entry.
        ws.working.set_whole(LeverId::DigitalGrowth, 21.0);
        assert_eq!(ws.save_plan(), SavePlan::Update(late));
        assert_eq!(ws.replaceable(), None);
        assert_eq!(ws.save(), late);
        assert_eq!(ws.saved.len(), 2);
    }

    #[test]
    fn replacing_is_explicit_and_targets_a_same_named_entry_first() {
        let mut ws =
            Workspace { working: Scenario { name: "A".into(), ..edited(12.0) }, ..Workspace::default() };
        let a = ws.save();
        ws.working = Scenario { name: "B".into(), ..edited(13.0) };
        ws.origin = None;
        let b = ws.save();
        // B renamed on screen to A (any case): replacing would hit the entry named A.
        ws.working.name = " a ".into();
        assert_eq!(ws.save_plan(), SavePlan::New);
        assert_eq!(ws.replaceable().map(|s| s.id), Some(a));
        assert!(ws.replace(a));
        assert_eq!(ws.saved(a).unwrap().scenario.lever(LeverId::GrdpGrowth), 13.0.into());
        assert_eq!(ws.saved(b).unwrap().scenario.name, "B");
        assert_eq!(ws.origin, Some(a));
        assert!(!ws.replace(99));
    }

    #[test]
    fn ids_are_never_reused() {
        let mut ws = Workspace::default();
        let a = ws.save_as_new();
        ws.delete(a);
        let b = ws.save_as_new();
        assert_ne!(a, b);
    }

    #[test]
    fn a_link_never_overwrites_saved_work() {
        let mut ws = Workspace { working: edited(12.0), ..Workspace::default() };
        let id = ws.save();
        ws.open_linked(vec![edited(15.0), edited(9.0)]);
        assert_eq!(ws.origin, None);
        assert_eq!(ws.saved(id).unwrap().scenario, edited(12.0));
        assert_eq!(ws.compared(Lang::Vi), vec![edited(9.0)]);
    }

    #[test]
    fn comparison_holds_at_most_four_in_all() {
        let mut ws = Workspace::default();
        assert!(ws.toggle_compare(Compared::Preset(Preset::Plan)));
        assert!(ws.toggle_compare(Compared::Preset(Preset::Cautious)));
        assert!(ws.toggle_compare(Compared::Preset(Preset::Breakthrough)));
        assert!(!ws.toggle_compare(Compared::Preset(Preset::CurrentTrend)));
        assert!(ws.toggle_compare(Compared::Preset(Preset::Plan)));
        assert_eq!(ws.compare.len(), 2);
    }

    #[test]
    fn delete_forgets_comparison_and_origin_and_duplicate_names_the_copy() {
        let mut ws =
            Workspace { working: Scenario { name: "A".into(), ..edited(12.0) }, ..Workspace::default() };
        let id = ws.save();
        let copy = ws.duplicate(id, "(copy)").unwrap();
        assert_eq!(ws.saved(copy).unwrap().scenario.name, "A (copy)");
        ws.toggle_compare(Compared::Saved(copy));
        ws.delete(copy);
        assert!(ws.compare.is_empty());
        ws.delete(id);
        assert_eq!(ws.origin, None);
        assert_eq!(ws.working.name, "A", "the scenario on screen stays");
    }

    #[test]
    fn stored_text_is_read_back_or_refused_with_a_reason() {
        let mut ws = Workspace { working: edited(12.0), ..Workspace::default() };
        ws.save();
        let (back, problems) = Workspace::from_stored(&ws.to_stored()).unwrap();
        assert_eq!(back, ws);
        assert!(problems.is_empty());
        assert!(Workspace::from_stored("{not json").is_err());
        assert!(Workspace::from_stored("{}").unwrap_err().contains("version"));
        let newer = ws.to_stored().replace("\"version\":1", "\"version\":9");
        assert!(Workspace::from_stored(&newer).unwrap_err().contains("newer"));
        // Out-of-range values are clamped and reported, not trusted.
        let wild = ws.to_stored().replace("12.0", "900.0");
        let (back, problems) = Workspace::from_stored(&wild).unwrap();
        assert_eq!(back.working.lever(LeverId::GrdpGrowth), LeverId::GrdpGrowth.spec().max.into());
        assert!(!problems.is_empty());
        // A tampered store with a huge map (here speaker notes, keys in the
        // slowest order to insert) is refused with a reason, not read for minutes.
        let notes: Vec<String> = (0..100_000).rev().map(|k| format!("\"{k:06}\":\"\"")).collect();
        let huge = ws.to_stored().replacen(
            "\"name\"",
            &format!("\"speaker_notes\":{{{}}},\"name\"", notes.join(",")),
            1,
        );
        assert!(Workspace::from_stored(&huge).unwrap_err().contains("more than 4096 entries"));
    }

    #[test]
    fn serde_round_trip() {
        let mut ws = Workspace { working: edited(12.0), ..Workspace::default() };
        ws.save();
        ws.toggle_compare(Compared::Preset(Preset::Plan));
        ws.toggle_compare(Compared::Linked(Box::new(edited(9.0))));
        let json = serde_json::to_string(&ws).unwrap();
        assert_eq!(serde_json::from_str::<Workspace>(&json).unwrap(), ws);
    }
}
