//! What the app keeps in localStorage. Reads never fail: anything unreadable
//! falls back to the default and is left in place untouched.

use gloo::storage::{LocalStorage, Storage};

use crate::i18n::Lang;

/// Key of the remembered interface language.
const LANG_KEY: &str = "lotrinh.lang.v1";

/// The remembered language, else Vietnamese (the first language, whatever the browser's).
pub fn load_lang() -> Lang {
    if let Ok(code) = LocalStorage::get::<String>(LANG_KEY) {
        if let Some(lang) = Lang::from_code(&code) {
            return lang;
        }
    }
    Lang::default()
}

/// Remembers the language. A refused write (private mode, full storage)
/// only means the choice is not remembered; the app keeps working.
pub fn save_lang(lang: Lang) {
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}
