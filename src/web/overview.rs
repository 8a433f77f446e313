//! The deck's overview (O key): every slide as a tile in a grid, with its
//! number, title and, for an indicator, the 2030 value and status; picking
//! one jumps to it. After reveal.js's overview mode.

use yew::prelude::*;

use crate::i18n::{text, Lang};
use crate::model::projection::Projection;
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
    pub projection: std::rc::Rc<Projection>,
    /// Interface language.
    pub lang: Lang,
    /// Called with the slide picked, from 1.
    pub on_pick: Callback<usize>,
}

/// The grid of slide tiles.
#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let lang = props.lang;
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
                    if !detail.is_empty() { <span class="tile-detail">{ detail }</span> }
                </button>
            </li>
        }
    };
    html! {
        <div class="overview" data-overview="" role="dialog" aria-modal="true" aria-label={lang.pick(text::OVERVIEW)}>
            <h2>{ lang.pick(text::OVERVIEW) }</h2>
            <ol class="overview-grid">
                { for props.slides.iter().enumerate().map(|(index, slide)| tile(index, slide)) }
            </ol>
        </div>
    }
}
