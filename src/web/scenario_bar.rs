//! The scenario bar: lays out the editor of the working scenario, the share
//! link, JSON export and import, and the library. Each part lives in its
//! own module; this one only places them.

use std::rc::Rc;

use yew::prelude::*;

use super::file_io::FileButtons;
use super::library::Library;
use super::planner::use_lang;
use super::render_count;
pub use super::scenario_editor::EditorView;
use super::scenario_editor::{EditButtons, NameField, NoteField};
use super::share_link::{CopyLinkButton, ShareLinkField};
use crate::i18n::text;
use crate::workspace::{Compared, SavedScenario};

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
