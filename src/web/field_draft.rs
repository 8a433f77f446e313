//! What the user is typing in a text field, kept until it is committed.
//!
//! Yew re-applies an input's `value` on every render of its component when
//! it differs from what the element holds, so a re-render that arrives while
//! the user is typing (the settled Monte Carlo chance of a card, a message, a
//! change in another tab) puts the committed value back over the typed text,
//! and the Enter that follows then commits nothing. A field with a
//! [`Draft`] renders what is being typed instead, until its change handler
//! commits it (and calls [`Draft::clear`]) or the field loses focus.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The typed, uncommitted text of one field.
#[derive(Clone, PartialEq)]
pub struct Draft {
    typed: UseStateHandle<Option<String>>,
}

/// A draft for one field, empty until the user types.
#[hook]
pub fn use_draft() -> Draft {
    Draft { typed: use_state_eq(|| None) }
}

impl Draft {
    /// What the field shows: the typed text, else `committed`.
    pub fn value(&self, committed: String) -> String {
        (*self.typed).clone().unwrap_or(committed)
    }

    /// Keeps the text as it is typed (the field's `oninput`).
    pub fn oninput(&self) -> Callback<InputEvent> {
        let typed = self.typed.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            typed.set(Some(input.value()));
        })
    }

    /// Forgets the typed text (the field's `onblur`; and once committed).
    pub fn onblur(&self) -> Callback<FocusEvent> {
        let draft = self.clone();
        Callback::from(move |_| draft.clear())
    }

    /// Forgets the typed text: the field shows the committed value again.
    pub fn clear(&self) {
        self.typed.set(None);
    }
}
