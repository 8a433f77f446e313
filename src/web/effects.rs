//! The app's side effects on the page, as hooks: autosave, the address bar,
//! other tabs and Back/Forward. They run after a state change, never inside
//! the reducer. Storage and the address bar are touched only by the
//! connected app (component tests mount it unconnected).

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::debounce::Debouncer;
use super::planner::Planner;
use super::{address, storage};
use crate::app::{AppState, Problem};
use crate::codec::link::encode;
use crate::scenario::Scenario;
use crate::workspace::Workspace;

/// What the address bar was last written with, once a burst of edits
/// paused: the print-only report shows this, so a drag does not re-encode
/// its link and QR code on every step.
#[derive(Debug, Clone, PartialEq)]
pub struct Settled {
    /// The scenario on screen.
    pub scenario: Scenario,
    /// Its link's query string, as in the address bar.
    pub query: String,
}

impl Settled {
    fn of(state: &AppState) -> Self {
        Self { scenario: state.scenario().clone(), query: encode(&state.link_state()) }
    }

    /// The state at start-up, before its link is encoded: encoding first
    /// builds every preset (the plan solves the model), which neither the
    /// first render nor the charts' first drawing waits for. The write at
    /// mount fills in the link once the usual pause has passed. Until then
    /// nothing shows the link: the copy button encodes when pressed.
    fn unencoded(state: &AppState) -> Self {
        Self { scenario: state.scenario().clone(), query: String::new() }
    }
}

/// The state as far as autosave and the address bar see it: the workspace,
/// the slide and the navigation count. Comparing it compares no history.
#[derive(Clone)]
struct Written(UseReducerHandle<AppState>);

impl PartialEq for Written {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&*self.0, &*other.0);
        a.navigation == b.navigation
            && a.presenting.map(|p| p.slide) == b.presenting.map(|p| p.slide)
            && a.workspace == b.workspace
    }
}

/// Autosave and the address bar, which always holds the current link.
/// Edits are written once a burst of them pauses and replace the history
/// entry; moving to another scenario is written at once and pushes an entry,
/// so Back returns to where the user was. The link is encoded only then. A
/// storage refusal is said once; the app keeps working in memory. Whatever
/// is pending is written before the page goes away or is printed.
///
/// Returns what was last written and the writer (to flush it before printing).
#[hook]
pub fn use_autosave_and_address(
    planner: &Planner,
    state: &UseReducerHandle<AppState>,
    connected: bool,
) -> (Rc<Settled>, Debouncer) {
    let settled = use_state_eq(|| Rc::new(Settled::unencoded(state)));
    let writer = use_memo((), |_| Debouncer::default());
    let refused = use_mut_ref(|| false);
    let last_navigation = use_mut_ref(|| state.navigation);
    {
        let planner = planner.clone();
        let writer = writer.clone();
        let settled = settled.clone();
        use_effect_with(Written(state.clone()), move |Written(state)| {
            let push = last_navigation.replace(state.navigation) != state.navigation;
            let state = state.clone();
            let write = move || {
                let now = Settled::of(&state);
                if connected {
                    address::write(&now.query, push);
                    if storage::save_workspace(&state.workspace).is_err() && !refused.replace(true) {
                        planner.report(Problem::StorageRefused);
                    }
                }
                settled.set(Rc::new(now));
            };
            if push {
                writer.flush();
                write();
            } else {
                writer.schedule(write);
            }
        });
    }
    {
        let writer = writer.clone();
        use_effect_with((), move |_| {
            let flush_on = |event: &'static str| {
                let writer = writer.clone();
                EventListener::new(&gloo::utils::window(), event, move |_| writer.flush())
            };
            // Printing (Ctrl+P or the menu) shows the report: bring it up to date first.
            let listeners = [Some(flush_on("beforeprint")), connected.then(|| flush_on("pagehide"))];
            move || drop(listeners)
        });
    }
    ((*settled).clone(), (*writer).clone())
}

/// Another tab saved: take its library, so this tab's next autosave keeps it.
#[hook]
pub fn use_tab_sync(planner: &Planner, connected: bool) {
    let planner = planner.clone();
    use_effect_with((), move |_| {
        let listener = connected.then(|| {
            EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                if event.key().as_deref() != Some(storage::WORKSPACE_KEY) {
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

/// Back and Forward show the link they return to: its scenarios and its slide.
#[hook]
pub fn use_back_and_forward(planner: &Planner, connected: bool) {
    let planner = planner.clone();
    use_effect_with((), move |_| {
        let listener = connected.then(|| {
            EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                if let Some(decoded) = address::read() {
                    planner.navigate(decoded.state.scenarios, decoded.state.present);
                }
            })
        });
        move || drop(listener)
    });
}
