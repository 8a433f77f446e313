//! The chart grid: one [`Chart`] per indicator, and the buttons that export
//! all of them ([`export_buttons`]). Each chart draws itself; this marks the repaint done for the
//! benchmark once they have (children's effects run before their parent's).

use std::rc::Rc;

use yew::prelude::*;

use super::chart::Chart;
use super::export_buttons::export_buttons;
use super::perf;
use super::planner::{use_lang, use_planner};
use super::render_count;
use crate::bands::Bands;
use crate::i18n::fan_words::{BAND_NOTE, BAND_TOGGLE};
use crate::i18n::text;
use crate::model::projection::Projection;
use crate::model::uncertainty::Fan;

/// Properties of [`Charts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The current scenario's projection, drawn solid.
    pub projection: Rc<Projection>,
    /// The baseline scenario's projection, drawn dashed.
    pub baseline: Rc<Projection>,
    /// Compared scenarios, by name, each drawn in its own colour and dash.
    pub compared: Rc<Vec<(String, Projection)>>,
    /// The settled scenario's fans (one Monte Carlo run).
    pub fan: Rc<Fan>,
    /// Whether the bands are drawn (the switch above the charts).
    pub bands: Bands,
}

/// The chart grid.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    render_count::count("Charts", "");
    let planner = use_planner();
    let lang = use_lang();
    use_effect_with((props.projection.clone(), props.compared.clone(), lang), |_| perf::mark_repainted());
    let bands = props.bands;
    let toggle = {
        let planner = planner.clone();
        Callback::from(move |_| planner.set_bands(bands.toggled()))
    };
    let fan = bands.shown().then_some(&props.fan);

    html! {
        <section class="charts" aria-labelledby="charts-heading">
            <div class="section-head">
                <h2 id="charts-heading">{ lang.pick(text::CHARTS_HEADING) }</h2>
                { export_buttons(&planner, lang) }
            </div>
            <div class="band-switch">
                <button type="button" class="small" data-band-toggle="" aria-pressed={bands.shown().to_string()}
                    aria-describedby="band-note" onclick={toggle}>
                    <span class="switch-mark" aria-hidden="true">{ if bands.shown() { "☑" } else { "☐" } }</span>
                    { lang.pick(BAND_TOGGLE) }
                </button>
                <span id="band-note" class="band-note">{ lang.pick(BAND_NOTE) }</span>
            </div>
            <div class="chart-grid">
                { for props.projection.indicators.iter().zip(&props.baseline.indicators).map(|(current, base)| html! {
                    <Chart current={current.clone()} baseline={base.clone()} compared={props.compared.clone()}
                        fan={fan.map(|f| f.get(current.id).clone())} key={current.id.key()} />
                }) }
            </div>
        </section>
    }
}
