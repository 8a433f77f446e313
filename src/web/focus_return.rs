//! Gives focus back to the Present button when the presentation closes
//! (Esc, the exit button, Back): the deck's elements are gone by then, and
//! without this focus falls to `<body>`, so a keyboard user starts over at
//! the top of the page. A side effect, so it lives here and not in the
//! reducer.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// After `presenting` turns false, focuses `button[data-action=present]`.
/// A deck opened from a link returns there too: that button is what opens
/// it from the planner. Chromium shows the focus ring when the deck was
/// left by keyboard (`:focus-visible` follows the last input), not after a
/// mouse click on the exit button.
#[hook]
pub fn use_focus_return(presenting: bool) {
    let was_presenting = use_mut_ref(|| presenting);
    use_effect_with(presenting, move |&presenting| {
        let left = std::mem::replace(&mut *was_presenting.borrow_mut(), presenting) && !presenting;
        if left {
            let button = gloo::utils::document()
                .query_selector("button[data-action=present]")
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = button {
                let _ = button.focus();
            }
        }
    });
}
