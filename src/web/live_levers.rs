//! The live what-if drawer of the deck (L key or the "What if…" button):
//! the nine levers, large, over the side of the slide, so a presenter can
//! answer "what if digital growth were only 20 %?" and the slide's chart,
//! value and status change in place. Keys typed in it never move slides
//! (the deck ignores keys from form fields); B or the button puts the
//! prepared scenario back.

use std::rc::Rc;

use yew::prelude::*;

use super::lever_panel::LeverControl;
use crate::i18n::{text, Lang};
use crate::model::levers::{LeverId, LEVERS};
use crate::model::sorted_map::SortedMap;
use crate::scenario::LeverValue;

/// Properties of [`LiveLevers`].
#[derive(Properties, PartialEq)]
pub struct LiveLeversProps {
    /// Interface language.
    pub lang: Lang,
    /// The working scenario's levers (absent ones at their defaults).
    pub levers: Rc<SortedMap<LeverId, LeverValue>>,
    /// Whether the assumptions differ from the prepared scenario.
    pub changed: bool,
    /// Puts the prepared scenario back.
    pub on_restore: Callback<()>,
    /// Closes the drawer.
    pub on_close: Callback<()>,
}

/// The drawer.
#[function_component(LiveLevers)]
pub fn live_levers(props: &LiveLeversProps) -> Html {
    let lang = props.lang;
    let value = |id: LeverId| props.levers.get(&id).copied().unwrap_or(LeverValue::Whole(id.spec().default));
    html! {
        <aside class="live-levers levers" data-live-levers="" aria-labelledby="live-levers-heading">
            <div class="live-levers-head">
                <h2 id="live-levers-heading">{ lang.pick(text::LIVE_LEVERS_HEADING) }</h2>
                <button type="button" data-present-action="close-levers" onclick={props.on_close.reform(|_| ())}>
                    { lang.pick(text::CLOSE) }
                </button>
            </div>
            <p class="hint">{ lang.pick(text::LIVE_LEVERS_HINT) }</p>
            <button type="button" class="restore" data-present-action="prepared" disabled={!props.changed}
                onclick={props.on_restore.reform(|_| ())}>
                { lang.pick(text::BACK_TO_PREPARED) }
            </button>
            { for LEVERS.iter().map(|spec| html! {
                <LeverControl id={spec.id} value={value(spec.id)} key={spec.id.key()} />
            }) }
        </aside>
    }
}
