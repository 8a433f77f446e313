//! Everything the app keeps in localStorage, in this one module: the
//! autosaved workspace under a versioned key, and the interface language.
//!
//! Reading never loses anything: a workspace that cannot be read is copied
//! to a backup key before the app starts afresh, and the user is told where
//! it is. A language that cannot be read means Vietnamese.

use web_sys::Storage;

use crate::app::Problem;
use crate::bands::Bands;
use crate::i18n::Lang;
use crate::workspace::Workspace;

/// Key of the autosaved workspace; the suffix is the storage schema version.
pub const WORKSPACE_KEY: &str = "lotrinh.workspace.v1";
/// Prefix of backup keys; the suffix is the time of the backup in ms.
pub const BACKUP_PREFIX: &str = "lotrinh.workspace.backup.";
/// Key of the remembered interface language.
const LANG_KEY: &str = "lotrinh.lang.v1";
/// Key of the remembered band switch (`"on"` / `"off"`, as a JSON string).
const BANDS_KEY: &str = "lotrinh.bands.v1";

// `window.localStorage` itself throws when site data is blocked, so every
// access goes through this and treats a failure as "no storage".
fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored workspace, if there is a readable one, and what to tell the user.
pub fn load_workspace() -> (Option<Workspace>, Vec<Problem>) {
    let Some(storage) = storage() else {
        return (None, vec![Problem::StorageRefused]);
    };
    let raw = match storage.get_item(WORKSPACE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (None, Vec::new()),
        Err(_) => return (None, vec![Problem::StorageRefused]),
    };
    match Workspace::from_stored(&raw) {
        Ok((workspace, problems)) => (Some(workspace), problems.into_iter().map(Problem::Link).collect()),
        Err(reason) => {
            let backup_key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
            let problem = match storage.set_item(&backup_key, &raw) {
                Ok(()) => Problem::StorageUnreadable { backup_key, reason },
                // Not even a backup could be written: leave the original in
                // place (autosave is then off, see `save_workspace`) rather than lose it.
                Err(_) => Problem::StorageUnreadable { backup_key: WORKSPACE_KEY.to_owned(), reason },
            };
            (None, vec![problem])
        }
    }
}

/// Writes the workspace. `Err` when the browser refuses (private mode, full
/// storage); the app then keeps working in memory.
pub fn save_workspace(workspace: &Workspace) -> Result<(), ()> {
    let storage = storage().ok_or(())?;
    storage.set_item(WORKSPACE_KEY, &workspace.to_stored()).map_err(|_| ())
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

/// The remembered band switch, else on (the default: the uncertainty is
/// part of the answer). Anything unreadable means on.
pub fn load_bands() -> Bands {
    let stored = storage().and_then(|s| s.get_item(BANDS_KEY).ok().flatten());
    stored
        .as_deref()
        .and_then(|raw| serde_json::from_str::<String>(raw).ok())
        .and_then(|code| Bands::from_code(&code))
        .unwrap_or_default()
}

/// Remembers the band switch; a refused write only means it is not remembered.
pub fn save_bands(bands: Bands) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(BANDS_KEY, &format!("\"{}\"", bands.code()));
    }
}
