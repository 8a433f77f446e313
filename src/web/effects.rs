//! The app's side effects on the page, as hooks: autosave, the address bar,
//! other tabs and Back/Forward. They run after a state change, never inside
//! the reducer, and only for the connected app (component tests mount it
//! unconnected, away from storage and the address bar).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::debounce::Debouncer;
use super::planner::Planner;
use super::{address, persistence};
use crate::app::{AppState, Problem};
use crate::workspace::Workspace;

/// Autosave and the address bar, which always holds the current link
/// (`query`). Edits are written once a burst of them pauses and replace the
/// history entry; moving to another scenario is written at once and pushes
/// an entry, so Back returns to where the user was. A storage refusal is
/// said once; the app keeps working in memory. Whatever is pending is
/// written before the page goes away.
#[hook]
pub fn use_autosave_and_address(planner: &Planner, state: &AppState, query: &str, connected: bool) {
    let writer = use_memo((), |_| Debouncer::default());
    let refused = use_mut_ref(|| false);
    let last_navigation = use_mut_ref(|| state.navigation);
    {
        let planner = planner.clone();
        let writer = writer.clone();
        use_effect_with(
            (state.workspace.clone(), query.to_owned(), state.navigation),
            move |(workspace, query, navigation)| {
                if !connected {
                    return;
                }
                let push = last_navigation.replace(*navigation) != *navigation;
                let (workspace, query) = (workspace.clone(), query.clone());
                let write = move || {
                    address::write(&query, push);
                    if persistence::save(&workspace).is_err() && !refused.replace(true) {
                        planner.report(Problem::StorageRefused);
                    }
                };
                if push {
                    writer.flush();
                    write();
                } else {
                    writer.schedule(write);
                }
            },
        );
    }
    use_effect_with((), move |_| {
        let listener = connected
            .then(|| EventListener::new(&gloo::utils::window(), "pagehide", move |_| writer.flush()));
        move || drop(listener)
    });
}

/// Another tab saved: take its library, so this tab's next autosave keeps it.
#[hook]
pub fn use_tab_sync(planner: &Planner, connected: bool) {
    let planner = planner.clone();
    use_effect_with((), move |_| {
        let listener = connected.then(|| {
            EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                if event.key().as_deref() != Some(persistence::WORKSPACE_KEY) {
                    return;
                }
                if let Some(Ok((theirs, _))) = event.new_value().map(|raw| Workspace::from_stored(&raw)) {
                    planner.sync_library(theirs);
                }
            })
        });
        move || drop(listener)
    });
}

/// Back and Forward show the link they return to.
#[hook]
pub fn use_back_and_forward(planner: &Planner, connected: bool) {
    let planner = planner.clone();
    use_effect_with((), move |_| {
        let listener = connected.then(|| {
            EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                if let Some(decoded) = address::read() {
                    planner.navigate(decoded.state.scenarios);
                }
            })
        });
        move || drop(listener)
    });
}
