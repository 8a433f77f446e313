//! The address bar always holds the current share link. Edits replace the
//! history entry (dragging a slider must not flood Back); moving to another
//! scenario pushes one, so Back returns to where the user was.

use crate::codec::link::{decode, Decoded};

/// The query string of the page, without `?`.
///
/// A link whose `&` a document wrote as a numeric entity (`&#38;`, `&#038;`,
/// `&#x26;`) reaches the browser cut at the `#`: the rest of the query is in
/// the fragment. It is put back here, for `codec::wild` to undo the entity.
pub fn current_query() -> String {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let mut query = search.strip_prefix('?').unwrap_or(&search).to_owned();
    let hash = location.hash().unwrap_or_default();
    let lower = hash.to_ascii_lowercase();
    if !query.is_empty() && ["#38;", "#038;", "#x26;"].iter().any(|entity| lower.starts_with(entity)) {
        query.push('&');
        query.push_str(&hash);
    }
    query
}

/// The link in the address bar, decoded; `None` when there is none.
pub fn read() -> Option<Decoded> {
    let query = current_query();
    (!query.is_empty()).then(|| decode(&query))
}

/// The full address for a query string.
pub fn url_for(query: &str) -> String {
    let location = gloo::utils::window().location();
    let base =
        format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    format!("{base}?{query}")
}

/// Shows `query` in the address bar, as a new history entry when `push`.
pub fn write(query: &str, push: bool) {
    if current_query() == query {
        return;
    }
    let Ok(history) = gloo::utils::window().history() else { return };
    let url = format!("?{query}");
    let result = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if result.is_err() {
        gloo::console::warn!("could not update the address bar");
    }
}
