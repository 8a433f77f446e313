//! Writing text to the system clipboard, shared by "Copy link" and "Copy
//! embed code".

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; `false` when the browser has no clipboard
/// here (`navigator.clipboard` is undefined on insecure origins) or refuses.
/// Call it from a click handler's task, so the click still counts as the
/// user's permission.
pub async fn write(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
        .map(|value| value.unchecked_into::<web_sys::Clipboard>());
    match clipboard {
        Some(clipboard) => JsFuture::from(clipboard.write_text(text)).await.is_ok(),
        None => false,
    }
}
