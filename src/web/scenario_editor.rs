//! The editor of the working scenario: its name, its note, save, save as
//! new, undo and redo.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::planner::{use_lang, use_planner, Planner};
use super::render_count;
use crate::i18n::text;

/// What the editor shows of the working scenario and the undo history.
#[derive(Debug, Clone, PartialEq)]
pub struct EditorView {
    /// The working scenario's name.
    pub name: String,
    /// The working scenario's note.
    pub note: String,
    /// Whether it differs from what was saved (or was never saved).
    pub unsaved: bool,
    /// Whether it was opened from or saved as a library entry.
    pub on_screen_saved: bool,
    /// Whether there is something to undo.
    pub can_undo: bool,
    /// Whether there is something to redo.
    pub can_redo: bool,
    /// The name of the saved entry "Save" writes over (edits to the entry
    /// on screen, same name), so the button can say so; `None` when "Save"
    /// adds a new entry.
    pub save_over: Option<String>,
    /// A saved entry the user may replace explicitly (an entry with the
    /// same name, or the one a renamed scenario came from): its id and name.
    pub replaceable: Option<(u32, String)>,
}

/// Properties of [`NameField`].
#[derive(Properties, PartialEq)]
pub struct NameFieldProps {
    /// The working scenario's name.
    pub name: String,
    /// Whether to show the "unsaved" badge.
    pub unsaved: bool,
}

/// The working scenario's name, and the "unsaved" badge.
#[function_component(NameField)]
pub fn name_field(props: &NameFieldProps) -> Html {
    render_count::count("NameField", "");
    let planner = use_planner();
    let lang = use_lang();
    let on_name = Callback::from(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        planner.set_name(input.value());
    });
    html! {
        <>
            <label class="scenario-name">
                <span class="visually-hidden">{ lang.pick(text::SCENARIO_NAME) }</span>
                <input type="text" data-scenario-name="" maxlength="80" value={props.name.clone()}
                    placeholder={lang.pick(text::UNNAMED)} oninput={on_name} />
            </label>
            if props.unsaved {
                <span class="badge unsaved" data-unsaved="">{ lang.pick(text::UNSAVED) }</span>
            }
        </>
    }
}

/// Properties of [`EditButtons`].
#[derive(Properties, PartialEq)]
pub struct EditButtonsProps {
    /// What the buttons depend on.
    pub editor: EditorView,
}

/// Save, save as new, undo and redo.
#[function_component(EditButtons)]
pub fn edit_buttons(props: &EditButtonsProps) -> Html {
    render_count::count("EditButtons", "");
    let planner = use_planner();
    let lang = use_lang();
    let click = |f: fn(&Planner)| {
        let planner = planner.clone();
        Callback::from(move |_| f(&planner))
    };
    let editor = &props.editor;
    let save_label = match &editor.save_over {
        Some(name) => text::save_over(name, lang),
        None => lang.pick(text::SAVE).to_owned(),
    };
    let replace = |id: u32| {
        let planner = planner.clone();
        Callback::from(move |_| planner.save_replacing(id))
    };
    html! {
        <>
            <button type="button" data-action="save" onclick={click(Planner::save)}
                disabled={!editor.unsaved && editor.on_screen_saved}>{ save_label }</button>
            if let Some((id, name)) = &editor.replaceable {
                <button type="button" data-action="save-replace" data-replaces={id.to_string()}
                    onclick={replace(*id)}>{ text::replace_saved(name, lang) }</button>
            }
            <button type="button" data-action="save-as-new" onclick={click(Planner::save_as_new)}>{ lang.pick(text::SAVE_AS_NEW) }</button>
            <button type="button" data-action="undo" onclick={click(Planner::undo)} disabled={!editor.can_undo}
                title="Ctrl+Z">{ lang.pick(text::UNDO) }</button>
            <button type="button" data-action="redo" onclick={click(Planner::redo)} disabled={!editor.can_redo}
                title="Ctrl+Shift+Z">{ lang.pick(text::REDO) }</button>
        </>
    }
}

/// Properties of [`NoteField`].
#[derive(Properties, PartialEq)]
pub struct NoteFieldProps {
    /// The working scenario's note.
    pub note: String,
}

/// The working scenario's note, folded away.
#[function_component(NoteField)]
pub fn note_field(props: &NoteFieldProps) -> Html {
    render_count::count("NoteField", "");
    let planner = use_planner();
    let lang = use_lang();
    let on_note = Callback::from(move |event: InputEvent| {
        let input: HtmlTextAreaElement = event.target_unchecked_into();
        planner.set_note(input.value());
    });
    html! {
        <details class="note">
            <summary>{ lang.pick(text::NOTE) }</summary>
            // The summary names the field, but a <summary> is no <label>.
            <textarea data-scenario-note="" aria-label={lang.pick(text::NOTE)} maxlength="1000" rows="4" value={props.note.clone()} oninput={on_note} />
        </details>
    }
}
