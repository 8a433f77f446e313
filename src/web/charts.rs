//! The chart grid: one [`Chart`] per indicator, and the CSV export of all
//! of them. Each chart draws itself; this marks the repaint done for the
//! benchmark once they have (children's effects run before their parent's).

use std::rc::Rc;

use yew::prelude::*;

use super::chart::Chart;
use super::download;
use super::perf;
use super::planner::{use_lang, use_planner};
use super::render_count;
use crate::export::csv::trajectories_csv;
use crate::i18n::text;
use crate::model::projection::Projection;
use crate::wording::{display_name, file_name};

/// Properties of [`Charts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The current scenario's projection, drawn solid.
    pub projection: Rc<Projection>,
    /// The baseline scenario's projection, drawn dashed.
    pub baseline: Rc<Projection>,
    /// Compared scenarios, by name, each drawn in its own colour and dash.
    pub compared: Rc<Vec<(String, Projection)>>,
}

/// The chart grid.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    render_count::count("Charts", "");
    let planner = use_planner();
    let lang = use_lang();
    use_effect_with((props.projection.clone(), props.compared.clone(), lang), |_| perf::mark_repainted());

    let export_csv = {
        let (projection, compared) = (props.projection.clone(), props.compared.clone());
        Callback::from(move |_| {
            let name = display_name(&planner.working().name, lang);
            let mut scenarios = vec![(name.clone(), (*projection).clone())];
            scenarios.extend(compared.iter().map(|(n, p)| (display_name(n, lang), p.clone())));
            let csv = trajectories_csv(&scenarios, lang);
            download::text(&file_name(&name, "csv"), &csv, "text/csv;charset=utf-8");
        })
    };
    html! {
        <section class="charts" aria-labelledby="charts-heading">
            <div class="section-head">
                <h2 id="charts-heading">{ lang.pick(text::CHARTS_HEADING) }</h2>
                <button type="button" data-action="export-csv" onclick={export_csv}>{ lang.pick(text::EXPORT_CSV) }</button>
            </div>
            <div class="chart-grid">
                { for props.projection.indicators.iter().zip(&props.baseline.indicators).map(|(current, base)| html! {
                    <Chart current={current.clone()} baseline={base.clone()} compared={props.compared.clone()} key={current.id.key()} />
                }) }
            </div>
        </section>
    }
}
