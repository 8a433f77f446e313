//! Lộ trình số 2030: a planning simulator for Ninh Bình's digital-transformation
//! targets under Resolution 57-NQ/TW.
//!
//! The crate splits into a pure core that builds and tests natively, and a
//! web layer compiled only for `wasm32`:
//!
//! - [`model`]: lever and indicator tables, curves and the projection;
//! - [`scenario`]: the one serde scenario type everything derives from;
//! - [`app`]: the app state and its one reducer;
//! - [`i18n`]: Vietnamese and English text and number formats;
//! - [`wording`]: names, file names, gap and status words the interface shows;
//! - `web` (wasm32 only): the Yew components, charts and effects.

pub mod app;
pub mod codec;
pub mod compare;
pub mod export;
pub mod i18n;
pub mod model;
pub mod monitoring;
pub mod presentation;
pub mod presets;
pub mod scenario;
pub mod wording;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// Starts the app in the browser.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    web::start();
}
