//! The deck's overview (O key): every slide as a tile in a grid, with its
//! number, title and, for an indicator, a thumbnail of its chart and the
//! 2030 value and status; picking one jumps to it. After reveal.js's
//! overview mode.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement};
use yew::prelude::*;

use super::chart_draw::ChartSet;
use super::hooks::use_resize_tick;
use crate::i18n::{text, Lang};
use crate::model::indicators::IndicatorId;
use crate::model::projection::Projection;
use crate::model::TARGET_YEAR;
use crate::presentation::Slide;
use crate::wording::status_words;

/// Properties of [`Overview`].
#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// The deck.
    pub slides: Vec<Slide>,
    /// The slide shown, from 1.
    pub current: usize,
    /// The title slide's title (the scenario's name).
    pub title: String,
    /// The working scenario's projection, for the indicator tiles.
    pub projection: Rc<Projection>,
    /// The baseline projection, drawn dashed in the thumbnails as on the slides.
    pub baseline: Rc<Projection>,
    /// Interface language.
    pub lang: Lang,
    /// Called with the slide picked, from 1.
    pub on_pick: Callback<usize>,
}

/// The grid of slide tiles.
#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let lang = props.lang;
    let grid = use_node_ref();
    let resized = use_resize_tick();
    {
        // The thumbnails: each indicator tile's canvas drawn small, with the
        // text scaled down with it, as a slide seen from afar; drawn again
        // when the window's size changes the tiles'.
        let grid = grid.clone();
        let deps = (props.projection.clone(), props.baseline.clone(), lang, props.slides.len(), resized);
        use_effect_with(deps, move |(projection, baseline, lang, _, _)| {
            let Some(grid) = grid.cast::<Element>() else { return };
            let Ok(canvases) = grid.query_selector_all("canvas[data-tile-chart]") else { return };
            let charts = ChartSet { projection, baseline, compared: &[], fan: None, lang: *lang };
            for index in 0..canvases.length() {
                let Some(canvas) = canvases.item(index).and_then(|n| n.dyn_into::<HtmlCanvasElement>().ok())
                else {
                    continue;
                };
                let Some(id) =
                    canvas.get_attribute("data-tile-chart").and_then(|k| IndicatorId::from_key(&k))
                else {
                    continue;
                };
                charts.draw(&canvas, id, TARGET_YEAR, 0.55, "overview thumbnail");
            }
        });
    }
    let tile = |index: usize, slide: &Slide| {
        let number = index + 1;
        let onclick = props.on_pick.reform(move |_| number);
        let (title, detail, class) = match slide {
            Slide::Title => (props.title.clone(), String::new(), ""),
            Slide::Indicator(id) => {
                let p = props.projection.get(*id);
                let (symbol, status, class) = status_words(p.status, lang);
                let value = lang.percent(p.value_2030(), p.spec.decimals);
                (lang.pick(p.spec.label).to_owned(), format!("2030: {value} · {symbol} {status}"), class)
            }
            Slide::Comparison => (lang.pick(text::COMPARISON).to_owned(), String::new(), ""),
            Slide::ComparedAssumptions => (lang.pick(text::ASSUMPTIONS_DIFF).to_owned(), String::new(), ""),
            Slide::Sensitivity => {
                (lang.pick(crate::i18n::analysis::SENSITIVITY_SLIDE).to_owned(), String::new(), "")
            }
            Slide::Summary => (lang.pick(text::SUMMARY_SLIDE).to_owned(), String::new(), ""),
            Slide::Sources => (lang.pick(text::SOURCES_HEADING).to_owned(), String::new(), ""),
        };
        let current = number == props.current;
        html! {
            <li>
                <button type="button" class={classes!("overview-tile", class)} data-overview-slide={number.to_string()}
                    aria-current={current.then_some("step")} {onclick}>
                    <span class="tile-number">{ number }</span>
                    <span class="tile-title">{ title }</span>
                    if let Slide::Indicator(id) = slide {
                        <canvas class="tile-chart" data-tile-chart={id.key()} aria-hidden="true" />
                    }
                    if !detail.is_empty() { <span class="tile-detail">{ detail }</span> }
                </button>
            </li>
        }
    };
    html! {
        <div class="overview" data-overview="" role="dialog" aria-modal="true" aria-label={lang.pick(text::OVERVIEW)}>
            <h2>{ lang.pick(text::OVERVIEW) }</h2>
            <ol class="overview-grid" ref={grid}>
                { for props.slides.iter().enumerate().map(|(index, slide)| tile(index, slide)) }
            </ol>
        </div>
    }
}
