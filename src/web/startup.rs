//! The first state: the stored workspace, then any link in the address bar
//! opened on top of it as a new, unsaved scenario. Runs once, before the
//! reducer exists; everything it finds wrong becomes a message.

use super::{address, persistence, storage};
use crate::app::{Action, AppState};
use crate::codec::link::encode;

/// Builds the state the app starts in.
pub fn initial_state() -> AppState {
    let mut state = AppState::new(storage::load_lang());
    let (stored, problems) = persistence::load();
    if let Some(workspace) = stored {
        state = state.apply(Action::Restore(workspace));
    }
    for problem in problems {
        state = state.apply(Action::Report(problem));
    }
    if let Some(decoded) = address::read() {
        // A reload shows the link autosave already holds: nothing to open.
        let same =
            encode(&state.workspace.link_state()) == encode(&decoded.state) && decoded.problems.is_empty();
        if !same {
            state = state.apply(Action::OpenLinked(decoded.state.scenarios, decoded.problems));
            // Opening is not an undoable step of the stored work, and the
            // address already shows it.
            state.past.clear();
            state.navigation = 0;
        }
    }
    state
}
