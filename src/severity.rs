//! How urgent a message is: a leaf type, so the reducer (`app`) and the
//! wording (`i18n`) can both name it without importing each other.

/// How urgent a message is; maps to `role="alert"` or `role="status"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Something the user gave was wrong or was changed.
    Alert,
    /// Information only.
    Status,
}
