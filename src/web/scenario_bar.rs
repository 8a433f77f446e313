//! The scenario bar: lays out the editor of the working scenario, the share
//! link, JSON export and import, and the library. Each part lives in its
//! own module; this one only places them.

use std::rc::Rc;

use yew::prelude::*;

use super::file_io::FileButtons;
use super::library::Library;
use super::planner::use_lang;
use super::render_count;
use super::scenario_editor::{EditButtons, NameField, NoteField};
use super::share_link::{CopyLinkButton, ShareLinkField};
use crate::i18n::text;
use crate::workspace::{Compared, SavedScenario};

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

/// Properties of [`ScenarioBar`].
#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    /// The working scenario and history, as the editor shows them.
    pub editor: EditorView,
    /// The saved library.
    pub saved: Rc<Vec<SavedScenario>>,
    /// The comparison set.
    pub compare: Rc<Vec<Compared>>,
    /// The saved scenario on screen, if any.
    pub origin: Option<u32>,
    /// The share link as the address bar holds it (updated once edits pause).
    pub link: String,
}

/// The bar above the planner.
#[function_component(ScenarioBar)]
pub fn scenario_bar(props: &ScenarioBarProps) -> Html {
    render_count::count("ScenarioBar", "");
    let lang = use_lang();
    // The link shows in a field when the clipboard was refused, for copying by hand.
    let show_link = use_state_eq(|| false);
    let on_refused = {
        let show_link = show_link.clone();
        use_callback((), move |(), _| show_link.set(true))
    };
    let editor = &props.editor;
    html! {
        <section class="scenario-bar" aria-label={lang.pick(text::LIBRARY)}>
            <div class="scenario-head">
                <NameField name={editor.name.clone()} unsaved={editor.unsaved} />
                <div class="scenario-actions">
                    <EditButtons editor={editor.clone()} />
                    <CopyLinkButton {on_refused} />
                    <FileButtons />
                </div>
            </div>
            if *show_link {
                <ShareLinkField url={props.link.clone()} />
            }
            <NoteField note={editor.note.clone()} />
            <Library saved={props.saved.clone()} compare={props.compare.clone()} origin={props.origin} />
        </section>
    }
}
