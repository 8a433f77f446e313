//! The first state: the stored workspace, then any link in the address bar
//! opened on top of it as a new, unsaved scenario. Runs once, before the
//! reducer exists; everything it finds wrong becomes a message.

use super::{address, storage};
use crate::app::{Action, AppState};
use crate::codec::link::{encode, LinkState};

/// Builds the state the app starts in.
pub fn initial_state() -> AppState {
    let mut state = AppState::new(storage::load_lang());
    let (stored, problems) = storage::load_workspace();
    if let Some(workspace) = stored {
        state = state.apply(Action::Restore(workspace));
    }
    for problem in problems {
        state = state.apply(Action::Report(problem));
    }
    if let Some(decoded) = address::read() {
        // A reload shows the scenarios autosave already holds: nothing to open.
        let present = decoded.state.present;
        let stored = LinkState { present, ..state.workspace.link_state(state.lang) };
        let same = encode(&stored) == encode(&decoded.state) && decoded.problems.is_empty();
        if !same {
            state = state.apply(Action::OpenLinked(decoded.state.scenarios, decoded.problems));
            // The address already shows it: no history entry to push.
            state.navigation = 0;
        }
        if present.is_some() {
            state = state.apply(Action::Present(present));
        }
    }
    state
}
