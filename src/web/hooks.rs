//! Small hooks for window and document events that several components use.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// A counter bumped on every window resize (which includes zoom, entering
/// full screen and moving to a screen with another pixel ratio); use it as
/// an effect dependency to redraw canvases at the new size.
#[hook]
pub fn use_resize_tick() -> u32 {
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                resized.set(resized.wrapping_add(1));
            });
            move || drop(listener)
        });
    }
    *resized
}

/// How many tasks have passed since a component's first render, counting up
/// to `stages`, one per task: 0 on the first render. The app renders its
/// parts below the cards one per stage (see `web/app.rs`): start-up becomes
/// shorter tasks, and the first screen paints and answers input sooner.
#[hook]
pub fn use_render_stage(stages: u8) -> u8 {
    let stage = use_state_eq(|| 0u8);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |now| {
            let next = *now + 1;
            // Dropping a pending Timeout cancels it.
            let timeout = (next <= stages).then(|| Timeout::new(0, move || stage.set(next)));
            move || drop(timeout)
        });
    }
    *stage
}

/// Calls `handler` for every key pressed anywhere in the document while the
/// component is mounted; when it returns true the key's default action is
/// prevented. The handler is the one given at mount, so it should only
/// send intents, not read state.
#[hook]
pub fn use_keydown<F>(handler: F)
where
    F: Fn(&KeyboardEvent) -> bool + 'static,
{
    use_effect_with((), move |_| {
        // gloo's listeners are passive by default, and a passive one cannot
        // prevent the default action (scrolling on Space, the browser's undo).
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
                if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                    if handler(event) {
                        event.prevent_default();
                    }
                }
            });
        move || drop(listener)
    });
}

/// `value` behind an `Rc` that stays the same while `value` is equal, so a
/// component given it as a property compares one pointer and is not
/// re-rendered. Comparing happens in place; `value` is copied only when it
/// changed.
#[hook]
pub fn use_shared<T>(value: &T) -> Rc<T>
where
    T: PartialEq + Clone + 'static,
{
    let kept = use_mut_ref(|| Rc::new(value.clone()));
    let mut kept = kept.borrow_mut();
    if **kept != *value {
        *kept = Rc::new(value.clone());
    }
    kept.clone()
}
