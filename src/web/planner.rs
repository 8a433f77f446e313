//! The one reducer, and a context handle with intent methods so components
//! never dispatch raw actions or hold a second copy of state.

use std::rc::Rc;

use yew::prelude::*;

use super::perf;
use crate::app::{Action, AppState, Problem};
use crate::codec::problem::LinkProblem;
use crate::i18n::Lang;
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::shapes::Shape;
use crate::monitoring::Actual;
use crate::presets::Preset;
use crate::scenario::{EconomyMode, Scenario};
use crate::workspace::{Compared, Workspace};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// The app state plus the intents that change it, shared through context.
#[derive(Clone, PartialEq)]
pub struct Planner {
    handle: UseReducerHandle<AppState>,
}

impl Planner {
    /// Wraps the reducer handle.
    pub fn new(handle: UseReducerHandle<AppState>) -> Self {
        Self { handle }
    }

    /// The current state.
    pub fn state(&self) -> &AppState {
        &self.handle
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.handle.lang
    }

    /// Sets one value for the whole period.
    pub fn set_lever(&self, id: LeverId, value: f64) {
        perf::mark_input();
        self.handle.dispatch(Action::SetLever(id, value));
    }

    /// Sets the value of one year (0 = 2026).
    pub fn set_lever_year(&self, id: LeverId, year: usize, value: f64) {
        perf::mark_input();
        self.handle.dispatch(Action::SetLeverYear(id, year, value));
    }

    /// Switches a lever between one value and per-year values.
    pub fn set_per_year(&self, id: LeverId, per_year: bool) {
        self.handle.dispatch(Action::SetPerYear(id, per_year));
    }

    /// Restores one lever's baseline value.
    pub fn reset_lever(&self, id: LeverId) {
        self.handle.dispatch(Action::ResetLever(id));
    }

    /// Restores every lever and target.
    pub fn reset_all(&self) {
        self.handle.dispatch(Action::ResetAll);
    }

    /// Sets a custom target, or restores the official one with `None`.
    pub fn set_target(&self, id: IndicatorId, target: Option<f64>) {
        self.handle.dispatch(Action::SetTarget(id, target));
    }

    /// Changes the interface language.
    pub fn set_lang(&self, lang: Lang) {
        self.handle.dispatch(Action::SetLang(lang));
    }

    /// Tells the user something (bad input, storage trouble, a copy).
    pub fn report(&self, problem: Problem) {
        self.handle.dispatch(Action::Report(problem));
    }

    /// Renames the working scenario.
    pub fn set_name(&self, name: String) {
        self.handle.dispatch(Action::SetName(name));
    }

    /// Changes the working scenario's note.
    pub fn set_note(&self, note: String) {
        self.handle.dispatch(Action::SetNote(note));
    }

    /// Saves the working scenario over its origin, or as a new one.
    pub fn save(&self) {
        self.handle.dispatch(Action::Save);
    }

    /// Saves the working scenario as a new entry.
    pub fn save_as_new(&self) {
        self.handle.dispatch(Action::SaveAsNew);
    }

    /// Renames a saved scenario.
    pub fn rename(&self, id: u32, name: String) {
        self.handle.dispatch(Action::Rename(id, name));
    }

    /// Copies a saved scenario.
    pub fn duplicate(&self, id: u32) {
        self.handle.dispatch(Action::Duplicate(id));
    }

    /// Deletes a saved scenario; undo brings it back.
    pub fn delete(&self, id: u32) {
        self.handle.dispatch(Action::Delete(id));
    }

    /// Puts a saved scenario on screen.
    pub fn open_saved(&self, id: u32) {
        self.handle.dispatch(Action::OpenSaved(id));
    }

    /// Puts a preset on screen as a new scenario.
    pub fn open_preset(&self, preset: Preset) {
        self.handle.dispatch(Action::OpenPreset(preset));
    }

    /// Adds a scenario to the comparison or removes it.
    pub fn toggle_compare(&self, entry: Compared) {
        self.handle.dispatch(Action::ToggleCompare(entry));
    }

    /// Leaves the comparison.
    pub fn clear_compare(&self) {
        self.handle.dispatch(Action::ClearCompare);
    }

    /// Opens scenarios from a link or a file as new, unsaved ones.
    pub fn open_linked(&self, scenarios: Vec<Scenario>, problems: Vec<LinkProblem>) {
        self.handle.dispatch(Action::OpenLinked(scenarios, problems));
    }

    /// Shows the scenarios of a link the browser went back or forward to.
    pub fn navigate(&self, scenarios: Vec<Scenario>) {
        self.handle.dispatch(Action::Navigate(scenarios));
    }

    /// Sends a presentation action (slide moves, reveal, enter and leave);
    /// the deck maps keys and buttons to these one for one.
    pub fn dispatch(&self, action: Action) {
        self.handle.dispatch(action);
    }

    /// Takes the library another tab saved.
    pub fn sync_library(&self, theirs: Workspace) {
        self.handle.dispatch(Action::SyncLibrary(theirs));
    }

    /// Undoes the last change.
    pub fn undo(&self) {
        self.handle.dispatch(Action::Undo);
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        self.handle.dispatch(Action::Redo);
    }

    /// Dismisses a message.
    pub fn dismiss(&self, id: u32) {
        self.handle.dispatch(Action::Dismiss(id));
    }

    /// Chooses an adoption shape for an adoption indicator.
    pub fn set_shape(&self, id: IndicatorId, shape: Shape) {
        self.handle.dispatch(Action::SetShape(id, shape));
    }

    /// Chooses a sourced baseline by option key.
    pub fn set_baseline_choice(&self, id: IndicatorId, key: String) {
        self.handle.dispatch(Action::SetBaselineChoice(id, key));
    }

    /// Chooses how GRDP growth is set.
    pub fn set_economy(&self, mode: EconomyMode) {
        self.handle.dispatch(Action::SetEconomy(mode));
    }

    /// Sets or clears the planner's milestone for a year.
    pub fn set_milestone(&self, id: IndicatorId, year: u16, value: Option<f64>) {
        self.handle.dispatch(Action::SetMilestone(id, year, value));
    }

    /// Enters a reported actual; a date after today (the browser's local
    /// date) is refused with the other checks.
    pub fn add_actual(&self, indicator: IndicatorId, year: u16, actual: Actual) {
        self.handle.dispatch(Action::AddActual { indicator, year, actual, today: today() });
    }

    /// Removes a reported actual.
    pub fn remove_actual(&self, id: IndicatorId, year: u16) {
        self.handle.dispatch(Action::RemoveActual(id, year));
    }
}

/// Today's local date as `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// The planner from context. Components below [`super::App`] call this.
#[hook]
pub fn use_planner() -> Planner {
    use_context::<Planner>().expect("components using the planner sit inside App's ContextProvider")
}
