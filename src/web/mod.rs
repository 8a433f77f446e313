//! The browser layer: Yew components, the canvas charts and the effects that
//! talk to the page (storage, `<html lang>`, performance marks). Compiled for
//! `wasm32` only; everything it shows is derived from [`crate::app::AppState`].

mod address;
mod app;
mod chart;
mod chart_draw;
mod charts;
mod compare_panel;
mod debounce;
mod download;
mod economy_note;
mod effects;
mod file_io;
mod hooks;
mod lever_panel;
mod library;
mod messages;
mod model_choices;
mod monitoring_panel;
mod perf;
mod planner;
mod presentation;
mod render_count;
mod report;
mod report_builders;
mod scenario_bar;
mod scenario_editor;
mod share_link;
mod shortcuts;
mod sources_panel;
mod startup;
mod storage;
mod summary;
mod year_table;

pub use app::{App, AppProps};
/// Renders counted per component since the last call (debug builds only),
/// for the component test that guards what a lever move re-renders.
#[cfg(debug_assertions)]
pub use render_count::take as take_render_counts;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
