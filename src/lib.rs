//! Lộ trình số 2030: a planning simulator for Ninh Bình's digital-transformation
//! targets under Resolution 57-NQ/TW.
//!
//! The crate splits into a pure core that builds and tests natively, and a
//! web layer compiled only for `wasm32`:
//!
//! - [`model`]: lever and indicator tables, curves and the projection;
//! - [`scenario`]: the one serde scenario type everything derives from;
//! - [`i18n`]: Vietnamese and English text and number formats;
//! - `web` (wasm32 only): the Yew app, charts and effects.

pub mod i18n;
pub mod model;
pub mod scenario;
