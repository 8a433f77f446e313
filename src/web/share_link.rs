//! The share link: copy it to the clipboard, or, when the clipboard is
//! refused or missing (insecure origin, permissions), show it in a field to
//! copy by hand. The link is encoded when the button is pressed.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::planner::{use_lang, use_planner};
use super::render_count;
use crate::app::Problem;
use crate::i18n::text;

/// Properties of [`CopyLinkButton`].
#[derive(Properties, PartialEq)]
pub struct CopyLinkButtonProps {
    /// Called when the clipboard refused the link.
    pub on_refused: Callback<()>,
}

/// "Copy link".
#[function_component(CopyLinkButton)]
pub fn copy_link_button(props: &CopyLinkButtonProps) -> Html {
    render_count::count("CopyLinkButton", "");
    let planner = use_planner();
    let lang = use_lang();
    let on_refused = props.on_refused.clone();
    let copy = Callback::from(move |_| {
        let planner = planner.clone();
        let url = planner.share_url();
        let on_refused = on_refused.clone();
        // `navigator.clipboard` is undefined on insecure origins: check before use.
        let navigator = gloo::utils::window().navigator();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
            .map(|value| value.unchecked_into::<web_sys::Clipboard>());
        spawn_local(async move {
            let copied = match clipboard {
                Some(clipboard) => JsFuture::from(clipboard.write_text(&url)).await.is_ok(),
                None => false,
            };
            if copied {
                planner.report(Problem::LinkCopied);
            } else {
                on_refused.emit(());
                planner.report(Problem::ClipboardRefused);
            }
        });
    });
    html! {
        <button type="button" data-action="copy-link" onclick={copy}>{ lang.pick(text::COPY_LINK) }</button>
    }
}

/// Properties of [`ShareLinkField`].
#[derive(Properties, PartialEq)]
pub struct ShareLinkFieldProps {
    /// The link to show.
    pub url: String,
}

/// The link in a read-only field, selected as it appears.
#[function_component(ShareLinkField)]
pub fn share_link_field(props: &ShareLinkFieldProps) -> Html {
    let lang = use_lang();
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with(props.url.clone(), move |_| {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                input.select();
            }
        });
    }
    html! {
        <label class="share-link">
            <span>{ lang.pick(text::SHARE_LINK) }</span>
            <input type="text" readonly=true data-share-link="" value={props.url.clone()} ref={field} />
        </label>
    }
}
