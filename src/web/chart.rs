//! One indicator's chart: its canvas, the PNG export and the table of
//! yearly values. It is drawn in an effect whenever what it shows changes
//! (its indicator, the comparison, the language or the window size), so a
//! lever that moves one indicator redraws one chart. Its fan (the bands)
//! comes from the settled scenario's Monte Carlo run, so it is redrawn when
//! that run changes, not on every input event.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_draw;
use super::download;
use super::hooks::use_resize_tick;
use super::planner::{use_lang, use_planner};
use super::render_count;
use super::year_table::YearTable;
use crate::bands::Bands;
use crate::chart_summary::chart_summary;
use crate::i18n::citation::cite;
use crate::i18n::target_words;
use crate::i18n::text;
use crate::model::projection::{IndicatorProjection, Projection};
use crate::model::uncertainty::IndicatorFan;
use crate::model::TARGET_YEAR;
use crate::wording::display_name;

/// Properties of [`Chart`].
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The current scenario's projection of this indicator, drawn solid.
    pub current: IndicatorProjection,
    /// The baseline's projection of this indicator, drawn dashed.
    pub baseline: IndicatorProjection,
    /// Compared scenarios, by name, each drawn in its own colour and dash.
    pub compared: Rc<Vec<(String, Projection)>>,
    /// The current scenario's fan, drawn under its line and listed in the
    /// table; `None` while the bands are switched off.
    #[prop_or_default]
    pub fan: Option<IndicatorFan>,
}

/// A figure with the chart, its export button and its table.
#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let current = &props.current;
    let key = current.id.key();
    render_count::count("Chart", key);
    let canvas = use_node_ref();
    let resized = use_resize_tick();
    // Whether this chart has been drawn once: the first picture waits for a
    // task of its own (below), later ones are drawn at once.
    let drawn = use_mut_ref(|| false);
    {
        let canvas = canvas.clone();
        let deps = (
            props.current.clone(),
            props.baseline.clone(),
            props.compared.clone(),
            props.fan.clone(),
            lang,
            resized,
        );
        use_effect_with(deps, move |(current, baseline, compared, fan, lang, _)| {
            let (current, baseline, compared, fan, lang) =
                (current.clone(), baseline.clone(), compared.clone(), fan.clone(), *lang);
            let draw = move || {
                let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else { return };
                let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
                let input = chart_draw::ChartInput {
                    current: &current,
                    baseline: &baseline,
                    compared: compared.iter().map(|(name, p)| (name.as_str(), p.get(current.id))).collect(),
                    lang,
                    until: TARGET_YEAR,
                    fan: fan.as_ref(),
                };
                if let Err(error) = chart_draw::draw_on_canvas(&canvas, &input, dpr, 1.0) {
                    gloo::console::error!(format!("chart {}: {error}", current.id.key()));
                }
            };
            // At start-up each chart draws in a task of its own, after the
            // page's first render: the cards and levers show sooner, and
            // start-up is several short tasks rather than one long one that
            // blocks input (Lighthouse's total blocking time on phones).
            let first = if *drawn.borrow() {
                draw();
                None
            } else {
                Some(Timeout::new(0, move || {
                    *drawn.borrow_mut() = true;
                    draw();
                }))
            };
            // Dropping a pending Timeout cancels it.
            move || drop(first)
        });
    }
    let export_png = {
        let (current, base, compared, fan) =
            (current.clone(), props.baseline.clone(), props.compared.clone(), props.fan.clone());
        Callback::from(move |_| {
            let name = display_name(&planner.working().name, lang);
            let compared = compared.iter().map(|(n, p)| (n.as_str(), p.get(current.id))).collect();
            let input = chart_draw::ChartInput {
                current: &current,
                baseline: &base,
                compared,
                lang,
                until: TARGET_YEAR,
                fan: fan.as_ref(),
            };
            let title = format!("{} — {name}", lang.pick(current.spec.label));
            let spec = current.spec;
            let footer = format!(
                "{} · {}: {}; {} ({}): {}",
                lang.pick(text::UNIT_PERCENT),
                lang.pick(text::BASELINE_2025),
                cite(&spec.baseline_source, lang),
                lang.pick(text::TARGET),
                lang.pick(text::target_kind(target_words::kind(&current))),
                cite(&spec.target_source, lang),
            );
            match chart_draw::render_png(&input, &title, &footer, 1000, 560) {
                Ok(url) => download::url_as(&format!("lotrinh-{}.png", current.id.key()), &url),
                Err(error) => gloo::console::error!(format!("PNG export: {error}")),
            }
        })
    };
    let bands = if props.fan.is_some() { Bands::On } else { Bands::Off };
    let title_id = format!("chart-{key}-title");
    let summary_id = format!("chart-{key}-summary");
    html! {
        <figure class="chart" data-indicator={key} data-bands={bands.code()} aria-labelledby={title_id.clone()}>
            <figcaption id={title_id}>
                <span>{ lang.pick(current.spec.label) }</span>
                <button type="button" class="small" data-export-png={key} onclick={export_png}>
                    { lang.pick(text::EXPORT_PNG) }
                </button>
            </figcaption>
            <canvas ref={canvas} role="img" aria-label={lang.pick(current.spec.label)} aria-describedby={summary_id.clone()} />
            <p id={summary_id} class="visually-hidden">{ chart_summary(current, props.fan.as_ref(), lang) }</p>
            <YearTable current={current.clone()} baseline={props.baseline.clone()} fan={props.fan.clone()} {lang} />
        </figure>
    }
}
