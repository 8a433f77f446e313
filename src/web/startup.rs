//! The first state: the stored workspace, then any link in the address bar
//! opened on top of it as a new, unsaved scenario. Runs once, before the
//! reducer exists; everything it finds wrong becomes a message.

use super::{address, storage};
use crate::app::{Action, AppState};
use crate::codec::link::{encode, LinkState};
use crate::workspace::IdSeed;

/// Builds the state the app starts in.
pub fn initial_state() -> AppState {
    let mut state = AppState::new(storage::load_lang());
    state.bands = storage::load_bands();
    // Each tab draws saved ids from its own random stream, so two tabs saving
    // at the same moment never take the same id (see `crate::library_sync`).
    let seed = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ (js_sys::Date::now() as u64) << 11;
    state.workspace.id_seed = IdSeed(seed | 1);
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
