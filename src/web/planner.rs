//! The one reducer, and a context handle with intent methods so components
//! never dispatch raw actions or hold a second copy of state.

use std::rc::Rc;

use yew::prelude::*;

use super::perf;
use crate::app::{Action, AppState, Problem};
use crate::i18n::Lang;
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;

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

    /// Tells the user that an input could not be used.
    pub fn reject(&self, problem: Problem) {
        self.handle.dispatch(Action::Reject(problem));
    }

    /// Dismisses a message.
    pub fn dismiss(&self, id: u32) {
        self.handle.dispatch(Action::Dismiss(id));
    }
}

/// The planner from context. Components below [`super::App`] call this.
#[hook]
pub fn use_planner() -> Planner {
    use_context::<Planner>().expect("components using the planner sit inside App's ContextProvider")
}
