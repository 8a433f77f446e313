//! The browser layer: Yew components, the canvas charts and the effects that
//! talk to the page (storage, `<html lang>`, performance marks). Compiled for
//! `wasm32` only; everything it shows is derived from [`crate::app::AppState`].

mod address;
mod analysis;
mod app;
mod canvas_backend;
mod chances;
mod chart;
mod chart_draw;
mod charts;
mod clipboard;
mod compare_panel;
mod console;
mod copy_embed;
mod debounce;
mod deck_channel;
mod download;
mod economy_note;
mod effects;
mod embed;
mod export_buttons;
mod export_client;
mod field_draft;
mod file_io;
mod focus_return;
mod goal_seek_panel;
mod hooks;
mod lever_panel;
mod library;
mod live_levers;
mod messages;
mod model_choices;
mod monitoring_panel;
mod overview;
mod perf;
mod planner;
mod presentation;
mod render_count;
mod report;
mod report_builders;
mod scenario_bar;
mod scenario_editor;
mod sensitivity_slide;
mod share_link;
mod shortcuts;
mod sources_panel;
mod startup;
mod storage;
mod summary;
mod tornado;
mod uncertainty_panel;
mod year_table;

pub use app::{App, AppProps};
/// Renders counted per component since the last call (debug builds only),
/// for the component test that guards what a lever move re-renders.
#[cfg(debug_assertions)]
pub use render_count::take as take_render_counts;

/// Mounts the app on the page's `<body>`, in a task after the one that
/// loaded the Wasm. That task also finishes compiling the module, and on a
/// phone the two together would block the page for a quarter of a second.
pub fn start() {
    gloo::timers::callback::Timeout::new(0, mount).forget();
}

/// index.html paints a static copy of the header while the Wasm loads (the
/// first paint comes sooner); it goes in the same task as the app renders
/// its own, so no frame shows neither.
fn mount() {
    if let Some(shell) = gloo::utils::document().get_element_by_id("boot-shell") {
        shell.remove();
    }
    if console::is_console() {
        return console::start();
    }
    if let Some(embed) = embed::from_address() {
        return embed::start(embed);
    }
    yew::Renderer::<App>::new().render();
}
