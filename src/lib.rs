//! Lộ trình số 2030: a planning simulator for Ninh Bình's digital-transformation
//! targets under Resolution 57-NQ/TW.
//!
//! The crate splits into a pure core that builds and tests natively, and a
//! web layer compiled only for `wasm32`:
//!
//! - [`model`]: lever and indicator tables, curves and the projection;
//! - [`scenario`]: the one serde scenario type everything derives from;
//! - [`app`]: the app state and its one reducer;
//! - [`lang`] and [`i18n`]: the language and its number formats, and the
//!   Vietnamese and English text;
//! - [`wording`]: names, file names, gap and status words the interface shows;
//! - `web` (wasm32 only): the Yew components, charts and effects.

// Every public item has a doc comment; CI's `clippy -D warnings` makes a
// missing one an error.
#![warn(missing_docs)]

pub mod app;
pub mod bands;
pub mod chart_summary;
// The chart picture needs plotters, a web dependency; natively it is built
// only for its tests (plotters is a native dev-dependency).
#[cfg(any(target_arch = "wasm32", test))]
pub mod chart;
pub mod codec;
pub mod compare;
pub mod deck_sync;
pub mod export;
pub mod i18n;
pub mod lang;
pub mod library_sync;
pub mod model;
pub mod presentation;
pub mod presets;
pub mod problem_text;
pub mod severity;
pub mod text_case;
// Like `chart`: plotters natively only for its tests.
#[cfg(any(target_arch = "wasm32", test))]
pub mod tornado_chart;
pub mod what_if;
pub mod wording;
pub mod workspace;

// The scenario is the model's input and lives with the lever tables it is
// keyed by (`model::scenario`), so the model and the scenario form no module
// cycle; this keeps the short path `crate::scenario` everyone uses.
pub use model::scenario;
// Actuals and milestones are scenario inputs too (`model::monitoring`).
pub use model::monitoring;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// Starts the app in the browser.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    web::start();
}
