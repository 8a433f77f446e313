//! One chart per indicator, each with its table of yearly values. The
//! canvases are drawn in one effect after every change of the projection,
//! language or size, so the repaint can be measured as a whole.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_draw;
use super::download;
use super::export_buttons::ExportButtons;
use super::hooks::use_resize_tick;
use super::perf;
use super::scenario_bar::display_name;
use super::year_table::YearTable;
use crate::i18n::{text, Lang};
use crate::model::indicators::INDICATORS;
use crate::model::projection::{IndicatorProjection, Projection};
use crate::model::TARGET_YEAR;

/// What a canvas was last drawn from.
#[derive(Clone, PartialEq)]
struct Drawn {
    current: IndicatorProjection,
    compared: Vec<(String, IndicatorProjection)>,
    lang: Lang,
    size: (f64, f64, f64),
}

/// Properties of [`Charts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The current scenario's projection, drawn solid.
    pub projection: Rc<Projection>,
    /// The baseline scenario's projection, drawn dashed.
    pub baseline: Rc<Projection>,
    /// Compared scenarios, by name, each drawn in its own colour and dash.
    pub compared: Rc<Vec<(String, Projection)>>,
    /// Interface language.
    pub lang: Lang,
    /// The working scenario's name, for exports.
    pub name: String,
}

/// The chart grid.
#[function_component(Charts)]
pub fn charts(props: &ChartsProps) -> Html {
    let canvases: Rc<Vec<NodeRef>> =
        use_memo((), |_| INDICATORS.iter().map(|_| NodeRef::default()).collect());
    let resized = use_resize_tick();
    // What each canvas shows now; the baseline never changes, so it is not kept.
    let drawn = use_mut_ref(Vec::<Option<Drawn>>::new);
    {
        let canvases = canvases.clone();
        use_effect_with(
            (props.projection.clone(), props.baseline.clone(), props.compared.clone(), props.lang, resized),
            move |(projection, baseline, compared, lang, _)| {
                let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
                let mut drawn = drawn.borrow_mut();
                drawn.resize(canvases.len(), None);
                for ((node, (current, base)), last) in canvases
                    .iter()
                    .zip(projection.indicators.iter().zip(&baseline.indicators))
                    .zip(drawn.iter_mut())
                {
                    let Some(canvas) = node.cast::<HtmlCanvasElement>() else { continue };
                    let compared: Vec<(&str, &IndicatorProjection)> =
                        compared.iter().map(|(name, p)| (name.as_str(), p.get(current.id))).collect();
                    // Most levers move one indicator: redraw only the charts
                    // whose picture changed (data, language, size or ratio).
                    let rect = canvas.get_bounding_client_rect();
                    let key = Drawn {
                        current: current.clone(),
                        compared: compared.iter().map(|(n, p)| ((*n).to_owned(), (*p).clone())).collect(),
                        lang: *lang,
                        size: (rect.width(), rect.height(), dpr),
                    };
                    if last.as_ref() == Some(&key) {
                        continue;
                    }
                    let input = chart_draw::ChartInput {
                        current,
                        baseline: base,
                        compared,
                        lang: *lang,
                        until: TARGET_YEAR,
                    };
                    match chart_draw::draw_on_canvas(&canvas, &input, dpr, 1.0) {
                        Ok(()) => *last = Some(key),
                        Err(error) => {
                            *last = None;
                            gloo::console::error!(format!("chart {}: {error}", current.id.key()));
                        }
                    }
                }
                perf::mark_repainted();
            },
        );
    }

    let lang = props.lang;
    let name = display_name(&props.name, lang);
    let export_png = |current: &IndicatorProjection, base: &IndicatorProjection| {
        let (current, base, compared, name) =
            (current.clone(), base.clone(), props.compared.clone(), name.clone());
        Callback::from(move |_| {
            let compared = compared.iter().map(|(n, p)| (n.as_str(), p.get(current.id))).collect();
            let input = chart_draw::ChartInput {
                current: &current,
                baseline: &base,
                compared,
                lang,
                until: TARGET_YEAR,
            };
            let title = format!("{} — {name}", lang.pick(current.spec.label));
            let spec = current.spec;
            let footer = format!(
                "{} · {}: {} ({}); {}: {}",
                lang.pick(text::UNIT_PERCENT),
                lang.pick(text::BASELINE_2025),
                lang.pick(spec.baseline_source.citation),
                spec.baseline_source.date,
                lang.pick(text::TARGET),
                lang.pick(spec.target_source.citation),
            );
            match chart_draw::render_png(&input, &title, &footer, 1000, 560) {
                Ok(url) => download::url_as(&format!("lotrinh-{}.png", current.id.key()), &url),
                Err(error) => gloo::console::error!(format!("PNG export: {error}")),
            }
        })
    };
    html! {
        <section class="charts" aria-labelledby="charts-heading">
            <div class="section-head">
                <h2 id="charts-heading">{ lang.pick(text::CHARTS_HEADING) }</h2>
                <ExportButtons />
            </div>
            <div class="chart-grid">
                { for props.projection.indicators.iter().zip(&props.baseline.indicators).zip(canvases.iter()).map(|((current, base), node)| {
                    let key = current.id.key();
                    let title_id = format!("chart-{key}-title");
                    html! {
                        <figure class="chart" data-indicator={key} key={key} aria-labelledby={title_id.clone()}>
                            <figcaption id={title_id.clone()}>
                                <span>{ lang.pick(current.spec.label) }</span>
                                <button type="button" class="small" data-export-png={key} onclick={export_png(current, base)}>
                                    { lang.pick(text::EXPORT_PNG) }
                                </button>
                            </figcaption>
                            <canvas ref={node.clone()} role="img"
                                aria-label={chart_draw::describe(current, lang)} />
                            <YearTable current={current.clone()} baseline={base.clone()} {lang} />
                        </figure>
                    }
                }) }
            </div>
        </section>
    }
}
