//! App state and its one reducer, without any web dependency.
//!
//! Every change to what the user sees goes through [`AppState::apply`] with
//! an [`Action`]. Side effects (storage, the URL, canvases) are the web
//! layer's job and happen in effects after a state change, never here.

use crate::i18n::Lang;
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::scenario::{Clamped, Scenario};

/// Everything the interface shows is derived from this.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    /// The working scenario: the one source of truth for levers and targets.
    pub scenario: Scenario,
    /// The interface language.
    pub lang: Lang,
    /// Messages waiting for the user, oldest first.
    pub messages: Vec<Message>,
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
    /// Put every lever and target back to the baseline.
    ResetAll,
    /// Type a custom target, or go back to the official one with `None`.
    SetTarget(IndicatorId, Option<f64>),
    /// Change the interface language.
    SetLang(Lang),
    /// Report input that could not be used (for example an empty number field).
    Reject(Problem),
    /// Dismiss the message with this id.
    Dismiss(u32),
}

/// How urgent a message is; maps to `role="alert"` or `role="status"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Something the user gave was wrong or was changed.
    Alert,
    /// Information only.
    Status,
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
    /// All levers and targets were reset (a notice).
    ResetDone,
}

impl Problem {
    /// Alert or status.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::ResetDone => Severity::Status,
            _ => Severity::Alert,
        }
    }
}

/// At most this many messages are kept; older ones drop off.
const MAX_MESSAGES: usize = 4;

impl AppState {
    /// A fresh state in the given language.
    pub fn new(lang: Lang) -> Self {
        Self { lang, ..Self::default() }
    }

    /// Applies one action and returns the new state. Pure: the same state and
    /// action always give the same result.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetLever(id, value) => {
                let clamp = self.scenario.set_whole(id, value);
                self.report_clamp(id, clamp);
            }
            Action::SetLeverYear(id, year, value) => {
                let clamp = self.scenario.set_year(id, year, value);
                self.report_clamp(id, clamp);
            }
            Action::SetPerYear(id, per_year) => self.scenario.set_per_year(id, per_year),
            Action::ResetLever(id) => {
                self.scenario.reset_lever(id);
                self.forget_lever(id);
            }
            Action::ResetAll => {
                self.scenario.levers.clear();
                self.scenario.targets.clear();
                self.messages.clear();
                self.push(Problem::ResetDone);
            }
            Action::SetTarget(id, target) => {
                self.messages.retain(|m| !matches!(m.problem, Problem::TargetClamped { indicator, .. } | Problem::TargetNotANumber(indicator) if indicator == id));
                if let Some(given) = target.filter(|t| !(0.0..=100.0).contains(t)) {
                    self.push(Problem::TargetClamped { indicator: id, given });
                }
                self.scenario.set_target(id, target);
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::Reject(problem) => self.push(problem),
            Action::Dismiss(id) => self.messages.retain(|m| m.id != id),
        }
        self
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamped_input_is_reported_then_superseded() {
        let state = AppState::default().apply(Action::SetLever(LeverId::DigitalGrowth, 500.0));
        assert_eq!(state.messages.len(), 1);
        assert_eq!(state.messages[0].problem.severity(), Severity::Alert);
        let state = state.apply(Action::SetLever(LeverId::DigitalGrowth, 20.0));
        assert!(state.messages.is_empty());
    }

    #[test]
    fn reset_all_restores_the_baseline_and_says_so() {
        let state = AppState::default()
            .apply(Action::SetLever(LeverId::GrdpGrowth, 12.0))
            .apply(Action::SetTarget(IndicatorId::DigitalEconomy, Some(25.0)))
            .apply(Action::ResetAll);
        assert_eq!(state.scenario, Scenario::default());
        assert_eq!(state.messages[0].problem, Problem::ResetDone);
        assert_eq!(state.messages[0].problem.severity(), Severity::Status);
    }

    #[test]
    fn messages_are_bounded_and_dismissable() {
        let mut state = AppState::default();
        for lever in LeverId::all() {
            state = state.apply(Action::Reject(Problem::NotANumber(lever)));
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
        assert_eq!(state.scenario.target(IndicatorId::RecordsDigitisation), (100.0, false));
        assert!(matches!(state.messages[0].problem, Problem::TargetClamped { given, .. } if given == 140.0));
    }
}
