//! "Copy embed code": the `<iframe>` snippet of the scenario on screen (the
//! indicators the consultant ticks, all four by default; the current
//! language; `codec::embed`), copied to the clipboard, or shown in a field to
//! copy by hand when the clipboard is refused.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::address;
use super::clipboard;
use super::planner::{use_lang, use_planner};
use crate::app::Problem;
use crate::codec::embed::{embed_query, iframe_snippet};
use crate::i18n::text;
use crate::model::indicators::IndicatorId;

/// A disclosure holding a tick box per indicator and the copy button, and
/// the code when it must be copied by hand. The link is encoded when the
/// button is pressed, as the share link's is.
#[function_component(CopyEmbed)]
pub fn copy_embed() -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let shown = use_state(|| None::<String>);
    // The ticked indicators, in table order.
    let chosen = use_state(|| IndicatorId::all().collect::<Vec<_>>());
    let toggle = |id: IndicatorId| {
        let chosen = chosen.clone();
        Callback::from(move |_| {
            let ticked = chosen.contains(&id);
            // Rebuilt in table order, with `id` flipped.
            chosen.set(
                IndicatorId::all().filter(|i| if *i == id { !ticked } else { chosen.contains(i) }).collect(),
            );
        })
    };
    let onclick = {
        let (planner, shown, chosen) = (planner.clone(), shown.clone(), chosen.clone());
        Callback::from(move |_| {
            let url = address::url_for(&embed_query(&planner.share_query(), &chosen, lang));
            let code = iframe_snippet(&url, lang.pick(text::APP_TITLE));
            let (planner, shown) = (planner.clone(), shown.clone());
            spawn_local(async move {
                let copied = clipboard::write(&code).await;
                if copied {
                    shown.set(None);
                    planner.report(Problem::EmbedCopied);
                } else {
                    shown.set(Some(code));
                    planner.report(Problem::EmbedClipboardRefused);
                }
            });
        })
    };
    html! {
        <>
            <details class="embed-menu" data-embed-menu="">
                <summary>{ lang.pick(text::EMBED) }</summary>
                <fieldset class="embed-panel">
                    <legend>{ lang.pick(text::EMBED_WHICH) }</legend>
                    { for IndicatorId::all().map(|id| html! {
                        <label>
                            <input type="checkbox" data-embed-indicator={id.key()} checked={chosen.contains(&id)}
                                onchange={toggle(id)} />
                            { lang.pick(id.spec().label) }
                        </label>
                    }) }
                    <button type="button" data-action="copy-embed" disabled={chosen.is_empty()} {onclick}>
                        { lang.pick(text::COPY_EMBED) }
                    </button>
                </fieldset>
            </details>
            if let Some(code) = (*shown).clone() {
                <textarea class="embed-code" data-embed-code="" readonly=true rows="3" value={code}
                    aria-label={lang.pick(text::COPY_EMBED)} />
            }
        </>
    }
}
