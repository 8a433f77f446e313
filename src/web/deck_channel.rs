//! Keeps the audience window and the presenter console in step over a
//! `BroadcastChannel` (`deck_sync::CHANNEL`): after any change to the
//! workspace or the place in the deck, a window posts its state; the other
//! takes it. A window that opens says hello and is answered with the state.
//! States taken from the other window are never posted back (not even one
//! rendered between two quick messages), so the two settle at once and a
//! burst of typing is not undone by its own echo.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::prelude::*;

use super::planner::Planner;
use crate::app::{Action, AppState};
use crate::deck_sync::{DeckMessage, CHANNEL};
use crate::presentation::{DeckOptions, Presenting};
use crate::workspace::Workspace;

/// What the two windows share: the workspace, the place in the deck and
/// what the deck holds.
type Shared = (Workspace, Presenting, DeckOptions);

/// How many states taken from the other window are remembered, so that
/// none of them is posted back.
const TAKEN_KEPT: usize = 64;

/// Joins the channel while `active` (the audience window while presenting,
/// the console always). `hello`: ask the other window for its state on
/// joining (the console does).
#[hook]
pub fn use_deck_channel(planner: &Planner, state: &AppState, active: bool, hello: bool) {
    let channel = use_mut_ref(|| None::<BroadcastChannel>);
    // What this window shows now, and the last state taken from the other.
    let current = use_mut_ref(|| None::<Shared>);
    let taken = use_mut_ref(Vec::<Shared>::new);
    *current.borrow_mut() = state.presenting.map(|p| (state.workspace.clone(), p, state.deck));
    {
        let (planner, channel, current, taken) =
            (planner.clone(), channel.clone(), current.clone(), taken.clone());
        use_effect_with(active, move |active| {
            let listener = active.then(|| {
                let Ok(joined) = BroadcastChannel::new(CHANNEL) else { return None };
                *channel.borrow_mut() = Some(joined.clone());
                let reply = joined.clone();
                let listener = EventListener::new(&joined, "message", move |event| {
                    let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
                    let Some(text) = event.data().as_string() else { return };
                    match DeckMessage::from_json(&text) {
                        Some(DeckMessage::Hello) => post(&reply, &current),
                        Some(DeckMessage::State { workspace, presenting, deck }) => {
                            let theirs = (*workspace.clone(), presenting, deck);
                            if current.borrow().as_ref() != Some(&theirs) {
                                {
                                    let mut taken = taken.borrow_mut();
                                    if taken.len() == TAKEN_KEPT {
                                        taken.remove(0);
                                    }
                                    taken.push(theirs);
                                }
                                planner.dispatch(Action::SyncDeck(workspace, presenting, deck));
                            }
                        }
                        None => {}
                    }
                });
                if hello {
                    let _ = joined.post_message(&DeckMessage::Hello.to_json().into());
                }
                Some((listener, joined))
            });
            let channel = channel.clone();
            move || {
                if let Some(Some((listener, joined))) = listener {
                    drop(listener);
                    joined.close();
                }
                channel.borrow_mut().take();
            }
        });
    }
    // Post every change made here (not the ones just taken from the other
    // window). Nothing is cloned while not presenting: the planner's hot path.
    let shared = current.borrow().clone();
    use_effect_with(shared, move |shared| {
        let Some(mine) = shared else { return };
        if taken.borrow().contains(mine) {
            return;
        }
        // A change of our own: the states taken before it are history.
        taken.borrow_mut().clear();
        if let Some(joined) = channel.borrow().as_ref() {
            post(joined, &current);
        }
    });
}

fn post(channel: &BroadcastChannel, current: &Rc<RefCell<Option<Shared>>>) {
    if let Some((workspace, presenting, deck)) = current.borrow().clone() {
        let message = DeckMessage::State { workspace: Box::new(workspace), presenting, deck };
        let _ = channel.post_message(&message.to_json().into());
    }
}
