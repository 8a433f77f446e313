//! Autosave: the workspace in localStorage under a versioned key. Reading
//! never loses anything: text that cannot be read is copied to a backup key
//! before the app starts afresh, and the user is told where it is.

use web_sys::Storage;

use crate::app::Problem;
use crate::workspace::Workspace;

/// Key of the autosaved workspace; the suffix is the storage schema version.
pub const WORKSPACE_KEY: &str = "lotrinh.workspace.v1";
/// Prefix of backup keys; the suffix is the time of the backup in ms.
pub const BACKUP_PREFIX: &str = "lotrinh.workspace.backup.";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored workspace, if there is a readable one, and what to tell the user.
pub fn load() -> (Option<Workspace>, Vec<Problem>) {
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
                // place (autosave is then off, see `save`) rather than lose it.
                Err(_) => Problem::StorageUnreadable { backup_key: WORKSPACE_KEY.to_owned(), reason },
            };
            (None, vec![problem])
        }
    }
}

/// Writes the workspace. `Err` when the browser refuses (private mode, full
/// storage); the app then keeps working in memory.
pub fn save(workspace: &Workspace) -> Result<(), ()> {
    let storage = storage().ok_or(())?;
    storage.set_item(WORKSPACE_KEY, &workspace.to_stored()).map_err(|_| ())
}
