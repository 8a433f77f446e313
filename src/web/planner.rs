//! The one reducer, and a context handle with intent methods so components
//! never hold a second copy of state.
//!
//! The handle never changes identity: it holds the reducer's dispatcher
//! (stable for the app's life) and a cell the root fills with the latest
//! state. Components that take it from context are therefore not re-rendered
//! by state changes; they get what they show as properties. Event handlers
//! that need the state of the moment (copy the link, export a file) read it
//! through the handle when they run, not while rendering.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::{address, perf};
use crate::app::{Action, AppState, Problem};
use crate::codec::link::encode;
use crate::codec::problem::LinkProblem;
use crate::codec::uncertainty::UncertaintyEdit;
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
        // Cheap: the undo history is shared, not copied (see `app::History`).
        Rc::new((*self).clone().apply(action))
    }
}

/// Where the root keeps the latest state for [`Planner`]'s readers.
pub type Latest = Rc<RefCell<Option<UseReducerHandle<AppState>>>>;

/// The intents that change the app state, shared through context.
#[derive(Clone)]
pub struct Planner {
    dispatcher: UseReducerDispatcher<AppState>,
    latest: Latest,
}

impl PartialEq for Planner {
    fn eq(&self, other: &Self) -> bool {
        self.dispatcher == other.dispatcher && Rc::ptr_eq(&self.latest, &other.latest)
    }
}

impl Planner {
    /// Wraps the reducer's dispatcher and the cell holding the latest state.
    pub fn new(dispatcher: UseReducerDispatcher<AppState>, latest: Latest) -> Self {
        Self { dispatcher, latest }
    }

    fn send(&self, action: Action) {
        self.dispatcher.dispatch(action);
    }

    /// The share link of what is on screen now. For event handlers: it
    /// encodes the link each time it is called.
    pub fn share_url(&self) -> String {
        address::url_for(&self.share_query())
    }

    /// The share link's query string of what is on screen now, encoded
    /// each time it is called.
    pub fn share_query(&self) -> String {
        self.latest.borrow().as_ref().map(|state| encode(&state.link_state())).unwrap_or_default()
    }

    /// The scenario on screen now. For event handlers.
    pub fn working(&self) -> Scenario {
        self.latest.borrow().as_ref().map(|state| state.scenario().clone()).unwrap_or_default()
    }

    /// Sets one value for the whole period.
    pub fn set_lever(&self, id: LeverId, value: f64) {
        perf::mark_input();
        self.send(Action::SetLever(id, value));
    }

    /// Sets the value of one year (0 = 2026).
    pub fn set_lever_year(&self, id: LeverId, year: usize, value: f64) {
        perf::mark_input();
        self.send(Action::SetLeverYear(id, year, value));
    }

    /// Switches a lever between one value and per-year values.
    pub fn set_per_year(&self, id: LeverId, per_year: bool) {
        self.send(Action::SetPerYear(id, per_year));
    }

    /// Restores one lever's baseline value.
    pub fn reset_lever(&self, id: LeverId) {
        self.send(Action::ResetLever(id));
    }

    /// Restores every lever and target.
    pub fn reset_all(&self) {
        self.send(Action::ResetAll);
    }

    /// Sets a custom target, or restores the official one with `None`.
    pub fn set_target(&self, id: IndicatorId, target: Option<f64>) {
        self.send(Action::SetTarget(id, target));
    }

    /// Sets a lever to a goal-seek answer: one value for the whole period,
    /// always its own undo step.
    pub fn apply_goal(&self, id: LeverId, value: f64) {
        self.send(Action::ApplyGoal(id, value));
    }

    /// Changes a spread, a baseline range, the seed or the number of paths
    /// (or resets them all); the reducer clamps and reports as for a link.
    pub fn edit_uncertainty(&self, change: UncertaintyEdit) {
        self.send(Action::EditUncertainty(change));
    }

    /// Changes the interface language.
    pub fn set_lang(&self, lang: Lang) {
        self.send(Action::SetLang(lang));
    }

    /// Shows or hides the uncertainty bands on every chart.
    pub fn set_bands(&self, bands: crate::bands::Bands) {
        self.send(Action::SetBands(bands));
    }

    /// Tells the user something (bad input, storage trouble, a copy).
    pub fn report(&self, problem: Problem) {
        self.send(Action::Report(problem));
    }

    /// Renames the working scenario.
    pub fn set_name(&self, name: String) {
        self.send(Action::SetName(name));
    }

    /// Changes the working scenario's note.
    pub fn set_note(&self, note: String) {
        self.send(Action::SetNote(note));
    }

    /// Saves the working scenario over its origin, or as a new one.
    pub fn save(&self) {
        self.send(Action::Save);
    }

    /// Saves the working scenario as a new entry.
    pub fn save_as_new(&self) {
        self.send(Action::SaveAsNew);
    }

    /// Replaces the saved entry `id` with the working scenario (undoable).
    pub fn save_replacing(&self, id: u32) {
        self.send(Action::SaveReplacing(id));
    }

    /// Renames a saved scenario.
    pub fn rename(&self, id: u32, name: String) {
        self.send(Action::Rename(id, name));
    }

    /// Copies a saved scenario.
    pub fn duplicate(&self, id: u32) {
        self.send(Action::Duplicate(id));
    }

    /// Deletes a saved scenario; undo brings it back.
    pub fn delete(&self, id: u32) {
        self.send(Action::Delete(id));
    }

    /// Puts a saved scenario on screen.
    pub fn open_saved(&self, id: u32) {
        self.send(Action::OpenSaved(id));
    }

    /// Puts a preset on screen as a new scenario.
    pub fn open_preset(&self, preset: Preset) {
        self.send(Action::OpenPreset(preset));
    }

    /// Adds a scenario to the comparison or removes it.
    pub fn toggle_compare(&self, entry: Compared) {
        self.send(Action::ToggleCompare(entry));
    }

    /// Leaves the comparison.
    pub fn clear_compare(&self) {
        self.send(Action::ClearCompare);
    }

    /// Opens scenarios from a link or a file as new, unsaved ones.
    pub fn open_linked(&self, scenarios: Vec<Scenario>, problems: Vec<LinkProblem>) {
        self.send(Action::OpenLinked(scenarios, problems));
    }

    /// Shows the scenarios and the slide of a link the browser went back or forward to.
    pub fn navigate(&self, scenarios: Vec<Scenario>, slide: Option<u32>) {
        self.send(Action::Navigate(scenarios, slide));
    }

    /// Sends a presentation action (slide moves, reveal, enter and leave);
    /// the deck maps keys and buttons to these one for one.
    pub fn dispatch(&self, action: Action) {
        self.send(action);
    }

    /// Takes the library another tab saved.
    pub fn sync_library(&self, theirs: Workspace) {
        self.send(Action::SyncLibrary(theirs));
    }

    /// Undoes the last change.
    pub fn undo(&self) {
        self.send(Action::Undo);
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        self.send(Action::Redo);
    }

    /// Dismisses a message.
    pub fn dismiss(&self, id: u32) {
        self.send(Action::Dismiss(id));
    }

    /// Chooses an adoption shape for an adoption indicator.
    pub fn set_shape(&self, id: IndicatorId, shape: Shape) {
        self.send(Action::SetShape(id, shape));
    }

    /// Chooses a sourced baseline by option key.
    pub fn set_baseline_choice(&self, id: IndicatorId, key: String) {
        self.send(Action::SetBaselineChoice(id, key));
    }

    /// Chooses how GRDP growth is set.
    pub fn set_economy(&self, mode: EconomyMode) {
        self.send(Action::SetEconomy(mode));
    }

    /// Sets or clears the planner's milestone for a year.
    pub fn set_milestone(&self, id: IndicatorId, year: u16, value: Option<f64>) {
        self.send(Action::SetMilestone(id, year, value));
    }

    /// Enters a reported actual; a date after today (the browser's local
    /// date) is refused with the other checks.
    pub fn add_actual(&self, indicator: IndicatorId, year: u16, actual: Actual) {
        self.send(Action::AddActual { indicator, year, actual, today: today() });
    }

    /// Removes a reported actual.
    pub fn remove_actual(&self, id: IndicatorId, year: u16) {
        self.send(Action::RemoveActual(id, year));
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

/// The interface language from context: only a language change re-renders
/// the components that call this.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
