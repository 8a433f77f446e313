//! The remembered interface language in localStorage. Reading never fails:
//! storage that is blocked or holds something unreadable means Vietnamese.

use crate::i18n::Lang;

/// Key of the remembered interface language.
const LANG_KEY: &str = "lotrinh.lang.v1";

// `window.localStorage` itself throws when site data is blocked, so every
// access goes through this and treats a failure as "no storage".
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered language, else Vietnamese (the first language, whatever the browser's).
pub fn load_lang() -> Lang {
    let stored = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    // Stored as a JSON string ("en"), as earlier versions wrote it.
    stored
        .as_deref()
        .and_then(|raw| serde_json::from_str::<String>(raw).ok().or_else(|| Some(raw.to_owned())))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Remembers the language. A refused write (private mode, full storage)
/// only means the choice is not remembered; the app keeps working.
pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, &format!("\"{}\"", lang.code()));
    }
}
