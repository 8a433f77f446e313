//! "Copy embed code": the `<iframe>` snippet of the scenario on screen (all
//! four indicators, the current language; `codec::embed`), copied to the
//! clipboard, or shown in a field to copy by hand when the clipboard is
//! refused.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use super::address;
use super::planner::{use_lang, use_planner};
use crate::app::Problem;
use crate::codec::embed::{embed_query, iframe_snippet};
use crate::i18n::text;
use crate::model::indicators::IndicatorId;

/// Properties of [`CopyEmbed`].
#[derive(Properties, PartialEq)]
pub struct CopyEmbedProps {
    /// The share link's query for the scenario on screen.
    pub query: AttrValue,
}

/// The button, and the code when it must be copied by hand.
#[function_component(CopyEmbed)]
pub fn copy_embed(props: &CopyEmbedProps) -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let shown = use_state(|| None::<String>);
    let onclick = {
        let (planner, shown, query) = (planner.clone(), shown.clone(), props.query.clone());
        Callback::from(move |_| {
            let indicators: Vec<IndicatorId> = IndicatorId::all().collect();
            let url = address::url_for(&embed_query(&query, &indicators, lang));
            let code = iframe_snippet(&url, lang.pick(text::APP_TITLE));
            let (planner, shown) = (planner.clone(), shown.clone());
            let navigator = gloo::utils::window().navigator();
            // `navigator.clipboard` is undefined on insecure origins: check before use.
            let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
                .ok()
                .filter(|value| !value.is_undefined() && !value.is_null())
                .map(|value| value.unchecked_into::<web_sys::Clipboard>());
            spawn_local(async move {
                let copied = match clipboard {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&code)).await.is_ok(),
                    None => false,
                };
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
            <button type="button" data-action="copy-embed" {onclick}>{ lang.pick(text::COPY_EMBED) }</button>
            if let Some(code) = (*shown).clone() {
                <textarea class="embed-code" data-embed-code="" readonly=true rows="3" value={code}
                    aria-label={lang.pick(text::COPY_EMBED)} />
            }
        </>
    }
}
