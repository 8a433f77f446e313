//! Keyboard shortcuts: Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac).
//! Inside a text field the browser's own text undo applies instead.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
}

/// The shortcut a key press stands for, if any.
pub fn shortcut(event: &KeyboardEvent) -> Option<Shortcut> {
    if !(event.ctrl_key() || event.meta_key()) || event.alt_key() || in_text_field(event) {
        return None;
    }
    // Letter keys are ASCII; `to_lowercase` would link the Unicode case tables.
    match event.key().to_ascii_lowercase().as_str() {
        "z" if event.shift_key() => Some(Shortcut::Redo),
        "z" => Some(Shortcut::Undo),
        "y" => Some(Shortcut::Redo),
        _ => None,
    }
}

fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    match target.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => target.get_attribute("type").map_or(true, |t| t != "range" && t != "checkbox"),
        _ => target.is_content_editable(),
    }
}
