//! What the user is typing in a text field, kept until it is committed.
//!
//! Yew re-applies an input's `value` on every render of its component when
//! it differs from what the element holds, so a re-render that arrives while
//! the user is typing (the settled Monte Carlo chance of a card, a message, a
//! change in another tab) puts the committed value back over the typed text,
//! and the Enter that follows then commits nothing. A field with a
//! [`Draft`] renders what is being typed instead, until its change handler
//! commits it (and calls [`Draft::clear`]) or the field loses focus.
//!
//! A component with several fields (a lever's five yearly values) keeps one
//! draft for all of them and gives each its own view with [`Draft::field`]:
//! only the focused field is being typed in.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The typed, uncommitted text of one field of a component.
#[derive(Clone, PartialEq)]
pub struct Draft {
    /// The field being typed in (its index in the component) and its text.
    typed: UseStateHandle<Option<(usize, String)>>,
    /// Which field this view is for.
    field: usize,
}

/// A draft for a component's fields, empty until the user types; as it is,
/// it is the view of the first (or only) field.
#[hook]
pub fn use_draft() -> Draft {
    Draft { typed: use_state_eq(|| None), field: 0 }
}

impl Draft {
    /// The view of the component's field number `index`, sharing this draft.
    pub fn field(&self, index: usize) -> Draft {
        Draft { typed: self.typed.clone(), field: index }
    }

    /// What the field shows: the typed text, else `committed`.
    pub fn value(&self, committed: String) -> String {
        match &*self.typed {
            Some((field, typed)) if *field == self.field => typed.clone(),
            _ => committed,
        }
    }

    /// Keeps the text as it is typed (the field's `oninput`).
    pub fn oninput(&self) -> Callback<InputEvent> {
        let (typed, field) = (self.typed.clone(), self.field);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            typed.set(Some((field, input.value())));
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
