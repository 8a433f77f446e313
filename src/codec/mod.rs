//! Encoders and decoders for what leaves or enters the app: share links and
//! scenario files. Pure Rust, tested natively.
//!
//! - [`link`]: the share-link query string (`v=1&grdp_growth=11.5&…`);
//! - [`scenario_file`]: one scenario as a JSON file;
//! - [`sanitize`]: the one validation step both loaders run, so a link and a
//!   file holding the same values give the same scenario and the same reports;
//! - [`problem`]: what a loader reports about its input;
//! - [`embed`]: `embed=1&ind=…`, a link shown as charts in another page;
//! - [`readable`]: a link as printed, Vietnamese letters unescaped;
//! - [`short`]: short links, a preset referred to by name and data vintage;
//! - [`wild`]: undoes what platforms, mail and chat apps do to a link on its way.
//!
//! Loaders never panic and never refuse a link: they keep what is valid and
//! report the rest as [`LinkProblem`]s, which `i18n::link_messages` words.

pub mod embed;
mod json;
pub mod link;
pub mod problem;
pub mod readable;
pub mod sanitize;
pub mod scenario_file;
pub mod short;
pub mod wild;

pub use link::{decode, encode, Decoded, LinkState};
pub use problem::LinkProblem;
pub use scenario_file::{export_json, import_json, ImportError};
