//! App state and its one reducer, without any web dependency.
//!
//! Every change to what the user sees goes through [`AppState::apply`] with
//! an [`Action`]. Side effects (storage, the URL, canvases) are the web
//! layer's job and happen in effects after a state change, never here.

use std::ops::Deref;
use std::rc::Rc;

use crate::bands::Bands;
use crate::codec::link::LinkState;
use crate::codec::problem::LinkProblem;
use crate::codec::sanitize::{clean_name, clean_note};
use crate::codec::scenario_file::ImportError;
use crate::codec::uncertainty::{self, UncertaintyEdit};
use crate::lang::Lang;
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::shapes::Shape;
use crate::model::uncertainty::inputs::MAX_SEED;
use crate::monitoring::{Actual, EntryFault};
use crate::presentation::{slides, DeckOptions, Presenting};
use crate::presets::Preset;
use crate::scenario::{Clamped, EconomyMode, Scenario};
use crate::workspace::{Compared, SavePlan, Workspace};

// A leaf type, shared with the wording in `i18n` without a module cycle.
pub use crate::severity::Severity;

/// Everything the interface shows is derived from this.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The working scenario, the saved library and the comparison: the one
    /// source of truth for levers, targets and scenarios.
    pub workspace: Workspace,
    /// The interface language.
    pub lang: Lang,
    /// Whether the charts draw the uncertainty bands: a view preference,
    /// like the language (no undo step, remembered by an effect).
    pub bands: Bands,
    /// Messages waiting for the user, oldest first.
    pub messages: Vec<Message>,
    /// Earlier workspaces, for undo, the most recent last.
    pub past: History,
    /// Undone workspaces, for redo, the most recently undone last.
    pub future: History,
    /// The edit the last history entry belongs to: a drag of one slider or
    /// typing in one field makes one undo step, not one per event.
    last_edit: Option<EditKey>,
    /// The presentation, while presenting.
    pub presenting: Option<Presenting>,
    /// What the presenter put in the deck.
    pub deck: DeckOptions,
    /// Counts changes that move to another scenario (open, link, undo of one),
    /// so the address-bar effect can push a history entry for them and merely
    /// replace it for edits.
    pub navigation: u32,
}

/// A stack of workspaces for undo or redo, shared between states: the
/// reducer copies the state on every event (60 a second in a drag), and
/// copying this is a reference count, not up to [`MAX_UNDO`] workspaces. It is
/// copied only when it changes, once per undo step.
#[derive(Debug, Clone, Default)]
pub struct History(Rc<Vec<Workspace>>);

impl History {
    fn push(&mut self, workspace: Workspace) {
        let entries = Rc::make_mut(&mut self.0);
        entries.push(workspace);
        if entries.len() > MAX_UNDO {
            entries.remove(0);
        }
    }

    fn pop(&mut self) -> Option<Workspace> {
        if self.0.is_empty() {
            return None;
        }
        Rc::make_mut(&mut self.0).pop()
    }

    // Another tab's library goes into every step too, so that undo and redo
    // only ever undo what this tab did (see `crate::library_sync`).
    fn merge_library(&mut self, theirs: &Workspace) {
        if !self.0.is_empty() {
            Rc::make_mut(&mut self.0).iter_mut().for_each(|step| step.merge_library(theirs));
        }
    }
}

impl Deref for History {
    type Target = [Workspace];

    fn deref(&self) -> &[Workspace] {
        &self.0
    }
}

// The same shared stack is equal without looking inside: comparing two
// states (which the web layer does on every event) stays cheap.
impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

/// What groups consecutive edits into one undo step.
#[derive(Debug, Clone, Copy, PartialEq)]
enum EditKey {
    Lever(LeverId, Option<usize>),
    Target(IndicatorId),
    Name,
    Note,
}

/// A change the user (or a loader) asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// One value for the whole period.
    SetLever(LeverId, f64),
    /// The value of one year, 0 = 2026.
    SetLeverYear(LeverId, usize, f64),
    /// Switch a lever between one value and per-year values.
    SetPerYear(LeverId, bool),
    /// Put one lever back to its baseline.
    ResetLever(LeverId),
    /// Put every lever, target, shape, baseline choice and uncertainty
    /// setting back to the baseline.
    ResetAll,
    /// Write the presenter's note of a slide (by [`crate::presentation::Slide::key`]);
    /// a note equal to the scenario's note is the default and is not kept.
    SetSpeakerNote(String, String),
    /// Take another window's workspace, place in the deck and deck options
    /// (the presenter console and the audience window keep in step); no undo
    /// step, and the undo history is kept.
    SyncDeck(Box<Workspace>, Presenting, DeckOptions),
    /// Put back the levers and targets of a scenario prepared before a live
    /// what-if in the meeting room (name and note stay; one undo step).
    RestoreAssumptions(Box<Scenario>),
    /// Type a custom target, or go back to the official one with `None`.
    SetTarget(IndicatorId, Option<f64>),
    /// Change a spread, a baseline range, the seed or the number of paths;
    /// what was clamped or refused is reported as for a link.
    EditUncertainty(UncertaintyEdit),
    /// Set a lever to a goal-seek answer, one value for the whole period:
    /// always an undo step of its own, even right after dragging that lever.
    ApplyGoal(LeverId, f64),
    /// Choose an adoption shape for an adoption indicator.
    SetShape(IndicatorId, Shape),
    /// Choose a sourced baseline by option key.
    SetBaselineChoice(IndicatorId, String),
    /// Choose how GRDP growth is set.
    SetEconomy(EconomyMode),
    /// Set (or clear with `None`) the planner's milestone for a year 2026–2029.
    SetMilestone(IndicatorId, u16, Option<f64>),
    /// Enter a reported actual for a year; `today` (`YYYY-MM-DD`, read by
    /// the web layer) refuses dates in the future. A refused actual is
    /// reported and changes nothing.
    AddActual {
        /// The indicator.
        indicator: IndicatorId,
        /// The year it reports on.
        year: u16,
        /// Value, date and source text.
        actual: Actual,
        /// Today's date.
        today: String,
    },
    /// Remove a reported actual.
    RemoveActual(IndicatorId, u16),
    /// Rename the working scenario.
    SetName(String),
    /// Change the working scenario's note.
    SetNote(String),
    /// Save the working scenario over its origin, or as a new one.
    Save,
    /// Save the working scenario as a new entry.
    SaveAsNew,
    /// Replace this saved entry with the working scenario: the user's
    /// explicit choice, named on the button; undo brings the entry back.
    SaveReplacing(u32),
    /// Rename a saved scenario.
    Rename(u32, String),
    /// Copy a saved scenario.
    Duplicate(u32),
    /// Delete a saved scenario (undo brings it back).
    Delete(u32),
    /// Put a saved scenario on screen.
    OpenSaved(u32),
    /// Put a preset on screen.
    OpenPreset(Preset),
    /// Add to or remove from the comparison.
    ToggleCompare(Compared),
    /// Leave the comparison.
    ClearCompare,
    /// Open scenarios from a shared link or an imported file, with what the
    /// loader reported; saved work is untouched.
    OpenLinked(Vec<Scenario>, Vec<LinkProblem>),
    /// Show the scenarios and the slide (`None`: not presenting) of a link
    /// the browser went back or forward to.
    Navigate(Vec<Scenario>, Option<u32>),
    /// Another tab saved its workspace: take its library, keep the scenario
    /// on screen here (no undo step).
    SyncLibrary(Workspace),
    /// Replace the workspace with one restored from storage (no undo step).
    Restore(Workspace),
    /// Undo the last change to the workspace.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Enter presentation mode at a slide (from 1), or leave it with `None`.
    Present(Option<u32>),
    /// Move to a slide: an absolute number from 1, clamped to the deck.
    GoToSlide(i64),
    /// Move by this many slides (−1 back, +1 forward).
    MoveSlide(i64),
    /// Start, pause or resume the year-by-year reveal on an indicator slide.
    ToggleReveal,
    /// Show one more year of the reveal (sent by a timer while playing).
    RevealStep,
    /// Put the sources slide in the deck or leave it out.
    SetSourcesSlide(bool),
    /// Change the interface language.
    SetLang(Lang),
    /// Show or hide the uncertainty bands on the charts.
    SetBands(Bands),
    /// Report something to the user (bad input, storage trouble, a copy).
    Report(Problem),
    /// Dismiss the message with this id.
    Dismiss(u32),
}

/// A message to the user, kept as data so it renders in the current language.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Stable id, for dismissing.
    pub id: u32,
    /// What happened.
    pub problem: Problem,
}

/// What a message is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A lever value was outside its range and was clamped.
    Clamped(Clamped),
    /// A lever field held something that is not a number; nothing changed.
    NotANumber(LeverId),
    /// A target outside 0–100 % was clamped.
    TargetClamped {
        /// The indicator.
        indicator: IndicatorId,
        /// What was typed.
        given: f64,
    },
    /// A target field held something that is not a number; nothing changed.
    TargetNotANumber(IndicatorId),
    /// An uncertainty field (named by its link parameter: `spread.grdp_growth`,
    /// `range.digital_economy`, `seed`, `paths`) held something that is not
    /// a number; nothing changed.
    UncertaintyNotANumber(String),
    /// A typed seed above the largest portable seed (2⁵³ − 1): the seed in
    /// force, `kept`, stays.
    SeedTooLarge {
        /// The seed in force, unchanged.
        kept: u64,
    },
    /// All levers and targets were reset (a notice).
    ResetDone,
    /// Something in a link or an imported file was ignored, clamped or cleaned.
    Link(LinkProblem),
    /// An imported file could not be read at all; nothing changed.
    Import(ImportError),
    /// Stored data could not be read: it was kept under `backup_key` and the
    /// app started from the defaults.
    StorageUnreadable {
        /// Where the raw text was kept.
        backup_key: String,
        /// Why it could not be read.
        reason: String,
    },
    /// The browser refused to store data (private mode, full storage): the
    /// app keeps working in memory.
    StorageRefused,
    /// The comparison already holds four scenarios.
    CompareFull,
    /// A saved scenario was deleted (a notice, with undo).
    Deleted(String),
    /// The working scenario was saved (a notice).
    Saved(String),
    /// A saved entry was replaced by the working scenario (a notice, with undo).
    Replaced {
        /// The replaced entry's name before.
        old: String,
        /// Its name now.
        new: String,
    },
    /// A scenario was opened from a link as a new, unsaved scenario (a notice).
    OpenedFromLink,
    /// Unsaved work on screen was kept in the library before a link or file
    /// replaced it (a notice naming the entry).
    KeptUnsaved(String),
    /// The link was copied to the clipboard (a notice).
    LinkCopied,
    /// The clipboard was refused: the link is shown to copy by hand.
    ClipboardRefused,
    /// A typed actual was refused; nothing changed.
    ActualRefused(IndicatorId, EntryFault),
    /// A typed milestone was refused; nothing changed.
    MilestoneRefused(IndicatorId, EntryFault),
    /// An export file could not be made: the export module did not load
    /// (`None`: offline before it was ever stored) or reported an error.
    ExportFailed(Option<String>),
    /// The browser blocked the presenter console's window.
    PopupBlocked,
    /// The embed code was copied to the clipboard (a notice).
    EmbedCopied,
    /// The clipboard was refused: the embed code is shown to copy by hand.
    EmbedClipboardRefused,
}

impl Problem {
    /// The uncertainty field (its link parameter: `spread.grdp_growth`,
    /// `range.digital_economy`, `seed`, `paths`) a message is about, if any;
    /// the uncertainty panel shows it beside that field.
    pub fn uncertainty_param(&self) -> Option<&str> {
        use crate::codec::sanitize::uncertainty::{PATHS_KEY, RANGE_PREFIX, SEED_KEY, SPREAD_PREFIX};
        let param = match self {
            Problem::SeedTooLarge { .. } => return Some(SEED_KEY),
            Problem::UncertaintyNotANumber(param) => param,
            Problem::Link(
                LinkProblem::OutOfRange { param, .. }
                | LinkProblem::RangeReversed { param, .. }
                | LinkProblem::MalformedNumber { param, .. },
            ) => param,
            _ => return None,
        };
        let ours = param.starts_with(SPREAD_PREFIX)
            || param.starts_with(RANGE_PREFIX)
            || param == SEED_KEY
            || param == PATHS_KEY;
        ours.then_some(param.as_str())
    }

    /// Alert or status.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::Link(problem) if problem.is_notice() => Severity::Status,
            Problem::ResetDone
            | Problem::Deleted(_)
            | Problem::Saved(_)
            | Problem::Replaced { .. }
            | Problem::OpenedFromLink
            | Problem::KeptUnsaved(_)
            | Problem::LinkCopied
            | Problem::EmbedCopied => Severity::Status,
            _ => Severity::Alert,
        }
    }
}

/// At most this many messages are kept; older ones drop off.
const MAX_MESSAGES: usize = 6;
/// At most this many undo steps are kept.
pub const MAX_UNDO: usize = 100;

impl AppState {
    /// A fresh state in the given language.
    pub fn new(lang: Lang) -> Self {
        Self { lang, ..Self::default() }
    }

    /// The scenario on screen.
    pub fn scenario(&self) -> &Scenario {
        &self.workspace.working
    }

    /// What the address bar holds: the scenario, the comparison and, while
    /// presenting, the slide.
    pub fn link_state(&self) -> LinkState {
        LinkState { present: self.presenting.map(|p| p.slide), ..self.workspace.link_state(self.lang) }
    }

    /// Applies one action and returns the new state. Pure: the same state and
    /// action always give the same result.
    pub fn apply(mut self, action: Action) -> Self {
        let before = self.workspace.clone();
        let edit = edit_key(&action);
        let navigates = matches!(
            action,
            Action::OpenSaved(_)
                | Action::OpenPreset(_)
                | Action::OpenLinked(..)
                | Action::Undo
                | Action::Redo
        );
        // Moving to another slide (or entering or leaving the deck) is a step
        // Back and Forward retrace, like moving to another scenario.
        let moves_slide = matches!(action, Action::Present(_) | Action::GoToSlide(_) | Action::MoveSlide(_));
        let slide_before = self.presenting.map(|p| p.slide);
        let mut undoable = true;
        match action {
            Action::SetLever(id, value) => {
                let clamp = self.workspace.working.set_whole(id, value);
                self.report_clamp(id, clamp);
            }
            Action::SetLeverYear(id, year, value) => {
                let clamp = self.workspace.working.set_year(id, year, value);
                self.report_clamp(id, clamp);
            }
            Action::SetPerYear(id, per_year) => self.workspace.working.set_per_year(id, per_year),
            Action::ResetLever(id) => {
                self.workspace.working.reset_lever(id);
                self.forget_lever(id);
            }
            Action::SetShape(id, shape) => self.workspace.working.set_shape(id, shape),
            Action::SetBaselineChoice(id, key) => self.workspace.working.set_baseline_choice(id, &key),
            Action::SetEconomy(mode) => self.workspace.working.economy = mode,
            Action::SetMilestone(id, year, value) => {
                if let Err(fault) = self.workspace.working.set_milestone(id, year, value) {
                    self.push(Problem::MilestoneRefused(id, fault));
                }
            }
            Action::AddActual { indicator, year, mut actual, today } => {
                actual.source = crate::codec::sanitize::clean_source(&actual.source);
                actual.date = actual.date.trim().to_owned();
                match self.workspace.working.set_actual(indicator, year, actual, Some(&today)) {
                    Ok(()) => self
                        .messages
                        .retain(|m| !matches!(m.problem, Problem::ActualRefused(id, _) if id == indicator)),
                    Err(fault) => self.push(Problem::ActualRefused(indicator, fault)),
                }
            }
            Action::RemoveActual(id, year) => self.workspace.working.remove_actual(id, year),
            Action::ResetAll => {
                // Assumptions go back to the baseline; reported actuals and
                // milestones are monitoring data, not assumptions, and stay.
                let working = &mut self.workspace.working;
                working.levers.clear();
                working.targets.clear();
                working.shapes.clear();
                working.baselines.clear();
                working.economy = EconomyMode::Grdp;
                working.uncertainty = Default::default();
                self.messages.clear();
                self.push(Problem::ResetDone);
            }
            Action::SetSpeakerNote(slide, note) => {
                let note = clean_note(&note);
                // The scenario's note is the default: a note equal to it is not kept.
                if note == self.workspace.working.note {
                    self.workspace.working.speaker_notes.remove(&slide);
                } else {
                    self.workspace.working.speaker_notes.insert(slide, note);
                }
            }
            Action::SyncDeck(workspace, presenting, deck) => {
                self.workspace = *workspace;
                self.deck = deck;
                let count = slides(&self.workspace, self.deck).len();
                let slide = presenting.slide.clamp(1, count.max(1) as u32);
                self.presenting = Some(Presenting { slide, ..presenting });
                undoable = false;
            }
            Action::RestoreAssumptions(prepared) => {
                self.workspace.working.levers = prepared.levers;
                self.workspace.working.targets = prepared.targets;
            }
            Action::SetTarget(id, target) => {
                self.messages.retain(|m| {
                    !matches!(m.problem, Problem::TargetClamped { indicator, .. }
                        | Problem::TargetNotANumber(indicator) if indicator == id)
                });
                if let Some(given) = target.filter(|t| !(0.0..=100.0).contains(t)) {
                    self.push(Problem::TargetClamped { indicator: id, given });
                }
                self.workspace.working.set_target(id, target);
            }
            Action::EditUncertainty(change) => {
                // A new entry in a field replaces what was said about the last one.
                match uncertainty::edit_param(&change) {
                    Some(param) => self.messages.retain(|m| m.problem.uncertainty_param() != Some(&param)),
                    None => self.messages.retain(|m| m.problem.uncertainty_param().is_none()),
                }
                match change {
                    // Refused, and the seed in force stays: the link's
                    // wording would say the default was used.
                    UncertaintyEdit::Seed(seed) if seed > MAX_SEED => {
                        let kept = self.workspace.working.uncertainty.seed();
                        self.push(Problem::SeedTooLarge { kept });
                    }
                    _ => {
                        for problem in uncertainty::edit(&mut self.workspace.working.uncertainty, change) {
                            self.push(Problem::Link(problem));
                        }
                    }
                }
            }
            Action::ApplyGoal(id, value) => {
                let clamp = self.workspace.working.set_whole(id, value);
                self.report_clamp(id, clamp);
            }
            Action::SetName(name) => self.workspace.working.name = clean_name(&name),
            Action::SetNote(note) => self.workspace.working.note = clean_note(&note),
            Action::Save => {
                self.name_if_unnamed();
                let replaced = match self.workspace.save_plan() {
                    SavePlan::Update(id) => self.workspace.saved(id).map(|s| s.scenario.name.clone()),
                    SavePlan::New => None,
                };
                self.workspace.save();
                let new = self.workspace.working.name.clone();
                self.push(match replaced {
                    // Saving edits over the entry is replacing its earlier version: say so, with undo.
                    Some(old) => Problem::Replaced { old, new },
                    _ => Problem::Saved(new),
                });
            }
            Action::SaveReplacing(id) => {
                self.name_if_unnamed();
                if let Some(old) = self.workspace.saved(id).map(|s| s.scenario.name.clone()) {
                    self.workspace.replace(id);
                    self.push(Problem::Replaced { old, new: self.workspace.working.name.clone() });
                }
            }
            Action::SaveAsNew => {
                self.name_if_unnamed();
                self.workspace.save_as_new();
                self.push(Problem::Saved(self.workspace.working.name.clone()));
            }
            Action::Rename(id, name) => self.workspace.rename(id, &name),
            Action::Duplicate(id) => {
                let suffix = match self.lang {
                    Lang::Vi => "(bản sao)",
                    Lang::En => "(copy)",
                };
                self.workspace.duplicate(id, suffix);
            }
            Action::Delete(id) => {
                if let Some(saved) = self.workspace.saved(id) {
                    let name = saved.scenario.name.clone();
                    self.workspace.delete(id);
                    self.push(Problem::Deleted(name));
                }
            }
            Action::OpenSaved(id) => self.workspace.open_saved(id),
            Action::OpenPreset(preset) => self.workspace.open_preset(preset, self.lang),
            Action::ToggleCompare(entry) => {
                if !self.workspace.toggle_compare(entry) {
                    self.push(Problem::CompareFull);
                }
            }
            Action::ClearCompare => self.workspace.compare.clear(),
            Action::OpenLinked(scenarios, problems) => {
                // Nothing is lost: unsaved work on screen goes into the library first.
                if self.workspace.is_unsaved() && scenarios.first() != Some(&self.workspace.working) {
                    let suffix = match self.lang {
                        Lang::Vi => "(giữ lại khi mở liên kết)",
                        Lang::En => "(kept when a link opened)",
                    };
                    self.name_if_unnamed();
                    let name = clean_name(&format!("{} {suffix}", self.workspace.working.name));
                    self.workspace.working.name = name.clone();
                    self.workspace.save_as_new();
                    self.push(Problem::KeptUnsaved(name));
                }
                self.workspace.open_linked(scenarios);
                self.push(Problem::OpenedFromLink);
                for problem in problems {
                    self.push(Problem::Link(problem));
                }
            }
            Action::Navigate(mut scenarios, slide) => {
                // Links do not carry speaker notes: the scenario on screen
                // keeps its own when Back or Forward brings it back.
                if let Some(first) = scenarios.first_mut().filter(|s| s.speaker_notes.is_empty()) {
                    first.speaker_notes = self.workspace.working.speaker_notes.clone();
                }
                self.workspace.open_linked(scenarios);
                let count = slides(&self.workspace, self.deck).len();
                self.presenting = slide.map(|slide| match self.presenting {
                    Some(p) if p.slide == slide => p,
                    _ => Presenting::at(slide, count),
                });
                // Going back to a scenario that is saved makes it that one again.
                let working = &self.workspace.working;
                self.workspace.origin =
                    self.workspace.saved.iter().find(|s| &s.scenario == working).map(|s| s.id);
                undoable = false;
            }
            Action::SyncLibrary(theirs) => {
                self.workspace.merge_library(&theirs);
                self.past.merge_library(&theirs);
                self.future.merge_library(&theirs);
                undoable = false;
            }
            Action::Restore(workspace) => {
                let seed = self.workspace.id_seed;
                self.workspace = Workspace { id_seed: seed, ..workspace };
                self.past = History::default();
                self.future = History::default();
                undoable = false;
            }
            Action::Undo => {
                undoable = false;
                if let Some(previous) = self.past.pop() {
                    let left = std::mem::replace(&mut self.workspace, previous);
                    self.workspace.carry_history(&left);
                    self.future.push(left);
                }
            }
            Action::Redo => {
                undoable = false;
                if let Some(next) = self.future.pop() {
                    let left = std::mem::replace(&mut self.workspace, next);
                    self.workspace.carry_history(&left);
                    self.past.push(left);
                }
            }
            Action::SetLang(lang) => {
                self.lang = lang;
                undoable = false;
            }
            Action::SetBands(bands) => {
                self.bands = bands;
                undoable = false;
            }
            Action::Present(slide) => {
                let count = slides(&self.workspace, self.deck).len();
                self.presenting = slide.map(|slide| Presenting::at(slide, count));
                undoable = false;
            }
            Action::GoToSlide(slide) => {
                let count = slides(&self.workspace, self.deck).len();
                self.presenting = self.presenting.map(|p| p.go(slide, count));
                undoable = false;
            }
            Action::MoveSlide(by) => {
                let count = slides(&self.workspace, self.deck).len();
                self.presenting = self.presenting.map(|p| p.go(i64::from(p.slide) + by, count));
                undoable = false;
            }
            Action::ToggleReveal => {
                self.presenting = self.presenting.map(Presenting::toggle_reveal);
                undoable = false;
            }
            Action::RevealStep => {
                self.presenting = self.presenting.map(Presenting::reveal_step);
                undoable = false;
            }
            Action::SetSourcesSlide(sources) => {
                self.deck.sources = sources;
                undoable = false;
            }
            Action::Report(problem) => {
                self.push(problem);
                undoable = false;
            }
            Action::Dismiss(id) => {
                self.messages.retain(|m| m.id != id);
                undoable = false;
            }
        }
        let changed = self.workspace != before;
        if undoable && changed {
            // One undo step per drag or per field being typed in.
            if edit.is_none() || edit != self.last_edit {
                self.past.push(before);
            }
            if !self.future.is_empty() {
                self.future = History::default();
            }
        }
        self.last_edit = if undoable { edit } else { None };
        // The deck can shrink (comparison closed by undo): stay on a slide that exists.
        if let Some(p) = self.presenting {
            let count = slides(&self.workspace, self.deck).len();
            if p.slide as usize > count {
                self.presenting = Some(Presenting::at(p.slide, count));
            }
        }
        let slide_moved = moves_slide && self.presenting.map(|p| p.slide) != slide_before;
        if (navigates && changed) || slide_moved {
            self.navigation = self.navigation.wrapping_add(1);
        }
        self
    }

    // A saved scenario needs a name to be told apart in the library.
    fn name_if_unnamed(&mut self) {
        if self.workspace.working.name.trim().is_empty() {
            let word = match self.lang {
                Lang::Vi => "Kịch bản",
                Lang::En => "Scenario",
            };
            self.workspace.working.name = format!("{word} {}", self.workspace.saved.len() + 1);
        }
    }

    // A fresh value for a lever supersedes any message about its old one.
    fn report_clamp(&mut self, id: LeverId, clamp: Option<Clamped>) {
        self.forget_lever(id);
        if let Some(clamp) = clamp {
            self.push(Problem::Clamped(clamp));
        }
    }

    fn forget_lever(&mut self, id: LeverId) {
        self.messages.retain(|m| match m.problem {
            Problem::Clamped(c) => c.lever != id,
            Problem::NotANumber(lever) => lever != id,
            _ => true,
        });
    }

    fn push(&mut self, problem: Problem) {
        let id = self.messages.iter().map(|m| m.id + 1).max().unwrap_or(1);
        self.messages.push(Message { id, problem });
        if self.messages.len() > MAX_MESSAGES {
            self.messages.remove(0);
        }
    }
}

fn edit_key(action: &Action) -> Option<EditKey> {
    match action {
        Action::SetLever(id, _) => Some(EditKey::Lever(*id, None)),
        Action::SetLeverYear(id, year, _) => Some(EditKey::Lever(*id, Some(*year))),
        Action::SetTarget(id, _) => Some(EditKey::Target(*id)),
        Action::SetName(_) => Some(EditKey::Name),
        Action::SetNote(_) | Action::SetSpeakerNote(..) => Some(EditKey::Note),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_band_switch_is_a_view_preference_outside_undo() {
        let state = AppState::default();
        assert_eq!(state.bands, Bands::On);
        let off = state
            .clone()
            .apply(Action::SetLever(LeverId::DigitalGrowth, 20.0))
            .apply(Action::SetBands(Bands::Off));
        assert_eq!(off.bands, Bands::Off);
        // Undo takes back the lever, not the view: the bands stay off.
        let undone = off.apply(Action::Undo);
        assert_eq!(undone.bands, Bands::Off);
        assert_eq!(undone.scenario(), state.scenario());
        assert_eq!(undone.apply(Action::SetBands(Bands::On)).bands, Bands::On);
    }

    #[test]
    fn clamped_input_is_reported_then_superseded() {
        let state = AppState::default().apply(Action::SetLever(LeverId::DigitalGrowth, 500.0));
        assert_eq!(state.messages.len(), 1);
        assert_eq!(state.messages[0].problem.severity(), Severity::Alert);
        let state = state.apply(Action::SetLever(LeverId::DigitalGrowth, 20.0));
        assert!(state.messages.is_empty());
    }

    #[test]
    fn restoring_the_prepared_assumptions_ends_a_what_if_in_one_undo_step() {
        let prepared = crate::presets::Preset::Plan.scenario(Lang::Vi);
        let state = AppState::default().apply(Action::OpenPreset(crate::presets::Preset::Plan));
        let state = state.apply(Action::SetLever(LeverId::DigitalGrowth, 20.0));
        let state = state.apply(Action::RestoreAssumptions(Box::new(prepared.clone())));
        assert_eq!(state.scenario(), &prepared);
        let state = state.apply(Action::Undo);
        assert_eq!(state.scenario().lever(LeverId::DigitalGrowth), crate::scenario::LeverValue::Whole(20.0));
    }

    #[test]
    fn reset_all_restores_the_baseline_and_says_so() {
        let state = AppState::default()
            .apply(Action::SetLever(LeverId::GrdpGrowth, 12.0))
            .apply(Action::SetTarget(IndicatorId::DigitalEconomy, Some(25.0)))
            .apply(Action::EditUncertainty(UncertaintyEdit::Seed(7)))
            .apply(Action::EditUncertainty(UncertaintyEdit::Spread(
                LeverId::DigitalGrowth,
                crate::model::uncertainty::Spread { below: 1.0, above: 2.0 },
            )))
            .apply(Action::ResetAll);
        assert_eq!(*state.scenario(), Scenario::default());
        assert!(state.scenario().uncertainty.is_default());
        assert_eq!(state.messages[0].problem, Problem::ResetDone);
        assert_eq!(state.messages[0].problem.severity(), Severity::Status);
    }

    #[test]
    fn a_typed_seed_too_large_keeps_the_current_seed_and_says_so() {
        let state = AppState::default()
            .apply(Action::EditUncertainty(UncertaintyEdit::Seed(7)))
            .apply(Action::EditUncertainty(UncertaintyEdit::Seed(MAX_SEED + 1)));
        assert_eq!(state.scenario().uncertainty.seed(), 7);
        assert_eq!(state.messages.len(), 1, "{:?}", state.messages);
        assert_eq!(state.messages[0].problem, Problem::SeedTooLarge { kept: 7 });
        assert_eq!(state.messages[0].problem.uncertainty_param(), Some("seed"));
        assert_eq!(state.messages[0].problem.severity(), Severity::Alert);
        let state = state.apply(Action::EditUncertainty(UncertaintyEdit::Seed(MAX_SEED)));
        assert_eq!(state.scenario().uncertainty.seed(), MAX_SEED);
        assert!(state.messages.is_empty(), "the next entry replaces the message");
    }

    #[test]
    fn two_sides_typed_before_a_render_both_land() {
        use crate::model::uncertainty::{Range, Spread};
        let grdp = LeverId::GrdpGrowth;
        let economy = IndicatorId::DigitalEconomy;
        // Each field sends only its own side, so the second edit does not
        // undo the first, whatever the fields last showed.
        let side =
            |above, value| Action::EditUncertainty(UncertaintyEdit::SpreadSide { lever: grdp, above, value });
        let end = |high, value| {
            Action::EditUncertainty(UncertaintyEdit::RangeEnd { indicator: economy, high, value })
        };
        let state = AppState::default()
            .apply(side(false, 1.0))
            .apply(side(true, 2.5))
            .apply(end(false, 13.0))
            .apply(end(true, 16.0));
        let uncertainty = &state.scenario().uncertainty;
        assert_eq!(uncertainty.spread(grdp), Spread { below: 1.0, above: 2.5 });
        assert_eq!(uncertainty.range(economy), Range { low: 13.0, high: 16.0 });
        assert!(state.messages.is_empty(), "{:?}", state.messages);
        // A one-sided entry goes through the same checks as a whole one: a
        // low end above the high end is refused, and the range stays.
        let state = state.apply(end(false, 17.0));
        assert_eq!(state.scenario().uncertainty.range(economy), Range { low: 13.0, high: 16.0 });
        let about: Vec<_> = state.messages.iter().filter_map(|m| m.problem.uncertainty_param()).collect();
        assert_eq!(about, ["range.digital_economy"]);
    }

    #[test]
    fn a_typed_spread_is_clamped_with_a_message_that_the_next_entry_replaces() {
        use crate::model::uncertainty::Spread;
        let wide = Spread { below: 1.0, above: 99.0 };
        let state = AppState::default()
            .apply(Action::EditUncertainty(UncertaintyEdit::Spread(LeverId::GrdpGrowth, wide)));
        let about: Vec<_> = state.messages.iter().filter_map(|m| m.problem.uncertainty_param()).collect();
        assert_eq!(about, ["spread.grdp_growth"]);
        assert!(state.scenario().uncertainty.spread(LeverId::GrdpGrowth).above < 99.0);
        let state = state.apply(Action::Undo);
        assert!(state.scenario().uncertainty.is_default());
        let state = state.apply(Action::Report(Problem::UncertaintyNotANumber("seed".to_owned()))).apply(
            Action::EditUncertainty(UncertaintyEdit::Spread(
                LeverId::GrdpGrowth,
                Spread { below: 1.0, above: 2.0 },
            )),
        );
        let about: Vec<_> = state.messages.iter().filter_map(|m| m.problem.uncertainty_param()).collect();
        assert_eq!(about, ["seed"]);
        let state = state.apply(Action::EditUncertainty(UncertaintyEdit::Reset));
        assert!(state.messages.iter().all(|m| m.problem.uncertainty_param().is_none()));
        assert!(state.scenario().uncertainty.is_default());
    }

    #[test]
    fn messages_are_bounded_and_dismissable() {
        let mut state = AppState::default();
        for lever in LeverId::all() {
            state = state.apply(Action::Report(Problem::NotANumber(lever)));
        }
        assert_eq!(state.messages.len(), MAX_MESSAGES);
        let id = state.messages[0].id;
        let state = state.apply(Action::Dismiss(id));
        assert!(state.messages.iter().all(|m| m.id != id));
    }

    #[test]
    fn out_of_range_target_is_clamped_and_reported() {
        let state =
            AppState::default().apply(Action::SetTarget(IndicatorId::RecordsDigitisation, Some(140.0)));
        assert_eq!(state.scenario().target(IndicatorId::RecordsDigitisation), (100.0, false));
        assert!(matches!(state.messages[0].problem, Problem::TargetClamped { given, .. } if given == 140.0));
    }

    #[test]
    fn a_drag_is_one_undo_step_and_redo_restores_it() {
        let mut state = AppState::default();
        for value in [10.5, 11.0, 11.5, 12.0] {
            state = state.apply(Action::SetLever(LeverId::GrdpGrowth, value));
        }
        state = state.apply(Action::SetLever(LeverId::DigitalGrowth, 20.0));
        assert_eq!(state.past.len(), 2);
        let state = state.apply(Action::Undo);
        assert_eq!(
            state.scenario().lever(LeverId::DigitalGrowth),
            LeverId::DigitalGrowth.spec().default.into()
        );
        let state = state.apply(Action::Undo);
        assert_eq!(*state.scenario(), Scenario::default());
        let state = state.apply(Action::Redo).apply(Action::Redo);
        assert_eq!(state.scenario().lever(LeverId::GrdpGrowth), 12.0.into());
        assert_eq!(state.scenario().lever(LeverId::DigitalGrowth), 20.0.into());
        assert!(state.future.is_empty());
    }

    #[test]
    fn an_edit_shares_the_undo_history_instead_of_copying_it() {
        let state = AppState::default()
            .apply(Action::SetLever(LeverId::GrdpGrowth, 11.0))
            .apply(Action::SetLever(LeverId::DigitalGrowth, 20.0));
        // The next step of the same drag adds no undo step: the history is
        // the very same allocation, not a copy.
        let next = state.clone().apply(Action::SetLever(LeverId::DigitalGrowth, 21.0));
        assert!(Rc::ptr_eq(&state.past.0, &next.past.0));
        assert_eq!(next.past.len(), 2);
        // A new step copies it once; the earlier state keeps its own.
        let step = next.clone().apply(Action::SetLever(LeverId::GrdpGrowth, 12.0));
        assert_eq!((next.past.len(), step.past.len()), (2, 3));
    }

    #[test]
    fn history_is_bounded() {
        let mut state = AppState::default();
        for step in 0..(MAX_UNDO + 5) {
            let lever = if step % 2 == 0 { LeverId::GrdpGrowth } else { LeverId::DigitalGrowth };
            state = state.apply(Action::SetLever(lever, 10.0 + (step % 7) as f64));
        }
        assert_eq!(state.past.len(), MAX_UNDO);
    }

    #[test]
    fn delete_is_undoable_and_an_edit_clears_redo() {
        let state =
            AppState::default().apply(Action::SetLever(LeverId::GrdpGrowth, 12.0)).apply(Action::Save);
        let id = state.workspace.saved[0].id;
        let deleted = state.apply(Action::Delete(id));
        assert!(deleted.workspace.saved.is_empty());
        assert!(deleted.messages.iter().any(|m| matches!(m.problem, Problem::Deleted(_))));
        let restored = deleted.apply(Action::Undo);
        assert_eq!(restored.workspace.saved.len(), 1);
        let edited = restored
            .apply(Action::Redo)
            .apply(Action::Undo)
            .apply(Action::SetLever(LeverId::GrdpGrowth, 9.0));
        assert!(edited.future.is_empty());
    }

    #[test]
    fn renaming_then_saving_keeps_the_old_scenario_and_replacing_is_undoable() {
        let state = AppState::default()
            .apply(Action::SetName("Dồn sớm".into()))
            .apply(Action::SetLever(LeverId::GrdpGrowth, 12.0))
            .apply(Action::Save)
            .apply(Action::SetName("Dồn muộn".into()))
            .apply(Action::SetLever(LeverId::DigitalGrowth, 20.0))
            .apply(Action::Save);
        let names: Vec<&str> = state.workspace.saved.iter().map(|s| s.scenario.name.as_str()).collect();
        assert_eq!(names, ["Dồn sớm", "Dồn muộn"]);
        assert_eq!(state.messages.last().unwrap().problem, Problem::Saved("Dồn muộn".into()));

        // Replacing is explicit, names what it replaces, and undo reverses it.
        let state = state.apply(Action::SetName("Dồn sớm 2".into())).apply(Action::Save);
        let early = state.workspace.saved[0].id;
        let before = state.workspace.saved.clone();
        let replaced = state.apply(Action::SaveReplacing(early));
        assert_eq!(
            replaced.messages.last().unwrap().problem,
            Problem::Replaced { old: "Dồn sớm".into(), new: "Dồn sớm 2".into() }
        );
        assert_eq!(replaced.workspace.saved[0].scenario.name, "Dồn sớm 2");
        assert_eq!(replaced.workspace.saved.len(), before.len());
        let undone = replaced.apply(Action::Undo);
        assert_eq!(undone.workspace.saved, before);
    }

    #[test]
    fn saving_edits_under_the_same_name_says_it_replaced_the_earlier_version() {
        let state = AppState::default()
            .apply(Action::SetName("A".into()))
            .apply(Action::Save)
            .apply(Action::SetLever(LeverId::GrdpGrowth, 12.0))
            .apply(Action::Save);
        assert_eq!(state.workspace.saved.len(), 1);
        assert_eq!(
            state.messages.last().unwrap().problem,
            Problem::Replaced { old: "A".into(), new: "A".into() }
        );
        let undone = state.apply(Action::Undo);
        assert_eq!(undone.workspace.saved[0].scenario, Scenario { name: "A".into(), ..Scenario::default() });
    }

    #[test]
    fn opening_a_link_keeps_saved_work_and_counts_as_navigation() {
        let state =
            AppState::default().apply(Action::SetLever(LeverId::GrdpGrowth, 12.0)).apply(Action::Save);
        let saved = state.workspace.saved.clone();
        let mut linked = Scenario::default();
        linked.set_whole(LeverId::DigitalGrowth, 30.0);
        let state = state.apply(Action::OpenLinked(vec![linked.clone()], Vec::new()));
        assert_eq!(state.workspace.saved, saved);
        assert_eq!(*state.scenario(), linked);
        assert_eq!(state.workspace.origin, None);
        assert_eq!(state.navigation, 1);
        let state = state.apply(Action::Undo);
        assert_eq!(state.scenario().lever(LeverId::GrdpGrowth), 12.0.into());
    }

    #[test]
    fn slide_moves_are_steps_back_and_forward_retrace() {
        let state = AppState::default().apply(Action::Present(Some(2)));
        let entered = state.navigation;
        let state = state.apply(Action::MoveSlide(1));
        assert_eq!(state.navigation, entered + 1, "a new slide pushes a history entry");
        let state = state.apply(Action::MoveSlide(0));
        assert_eq!(state.navigation, entered + 1, "staying on a slide does not");
        let scenarios = vec![state.workspace.working.clone()];
        let back = state.clone().apply(Action::Navigate(scenarios.clone(), Some(2)));
        assert_eq!(back.presenting.map(|p| p.slide), Some(2));
        assert_eq!(back.navigation, state.navigation, "Back itself pushes nothing");
        let out = back.apply(Action::Navigate(scenarios, None));
        assert_eq!(out.presenting, None, "Back past the first slide leaves the deck");
    }

    #[test]
    fn back_and_forward_keep_the_speaker_notes_a_link_cannot_carry() {
        let state = AppState::default()
            .apply(Action::Present(Some(1)))
            .apply(Action::SetSpeakerNote("1".into(), "Chào hội nghị".into()));
        // What the address bar gives back: the scenario without its notes.
        let from_link = Scenario { speaker_notes: Default::default(), ..state.workspace.working.clone() };
        let back = state.apply(Action::Navigate(vec![from_link], Some(1)));
        assert_eq!(back.workspace.working.speaker_notes.get("1").map(String::as_str), Some("Chào hội nghị"));
    }

    #[test]
    fn a_link_over_unsaved_work_keeps_that_work_in_the_library() {
        let state = AppState::default().apply(Action::SetLever(LeverId::GrdpGrowth, 13.5));
        let mut linked = Scenario::default();
        linked.set_whole(LeverId::DigitalGrowth, 30.0);
        let state = state.apply(Action::OpenLinked(vec![linked.clone()], Vec::new()));
        assert_eq!(*state.scenario(), linked);
        assert_eq!(state.workspace.saved.len(), 1);
        assert_eq!(state.workspace.saved[0].scenario.lever(LeverId::GrdpGrowth), 13.5.into());
        assert!(state.messages.iter().any(|m| matches!(m.problem, Problem::KeptUnsaved(_))));
    }
}
