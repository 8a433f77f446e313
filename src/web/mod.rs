//! The browser layer: Yew components, the canvas charts and the effects that
//! talk to the page (storage, `<html lang>`, performance marks). Compiled for
//! `wasm32` only; everything it shows is derived from [`crate::app::AppState`].

mod address;
mod app;
mod chart_draw;
mod charts;
mod compare_panel;
mod debounce;
mod download;
mod economy_note;
mod effects;
mod hooks;
mod lever_panel;
mod messages;
mod model_choices;
mod monitoring_panel;
mod perf;
mod persistence;
mod planner;
mod presentation;
mod report;
mod scenario_bar;
mod shortcuts;
mod sources_panel;
mod startup;
mod storage;
mod summary;
mod year_table;

pub use app::{App, AppProps};

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
