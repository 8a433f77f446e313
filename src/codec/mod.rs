//! Encoders and decoders for what leaves or enters the app: share links and
//! scenario files. Pure Rust, tested natively.
//!
//! - [`link`]: the share-link query string (`v=1&grdp_growth=11.5&…`);
//! - [`scenario_file`]: one scenario as a JSON file;
//! - [`sanitize`]: the one validation step both loaders run, so a link and a
//!   file holding the same values give the same scenario and the same reports;
//! - [`problem`]: what a loader reports about its input;
//!
//! Loaders never panic and never refuse a link: they keep what is valid and
//! report the rest as [`LinkProblem`]s, which `i18n::link_messages` words.

mod json;
pub mod link;
pub mod problem;
pub mod sanitize;
pub mod scenario_file;

pub use link::{decode, encode, Decoded, LinkState};
pub use problem::LinkProblem;
pub use scenario_file::{export_json, import_json, ImportError};
