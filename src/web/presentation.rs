//! Presentation mode: a full-screen deck generated from the scenario (or the
//! comparison), driven by keyboard or clicker, readable from the back of a
//! room. Every slide is rendered as `section[data-slide=n]`; the visible one
//! has `aria-current="step"`.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use web_sys::{HtmlCanvasElement, KeyboardEvent};
use yew::prelude::*;

use super::chart_draw;
use super::compare_panel::ComparePanel;
use super::hooks::{use_keydown, use_resize_tick};
use super::planner::{use_lang, use_planner, Planner};
use super::report_builders::{assumptions, dates_line, qr_figure, summary_table};
use super::sources_panel::SourcesPanel;
use crate::app::Action;
use crate::export::qr::qr_svg;
use crate::i18n::target_words;
use crate::i18n::verdict::verdict;
use crate::i18n::{text, Lang};
use crate::model::projection::{IndicatorProjection, Projection};
use crate::model::sources::Bilingual;
use crate::model::TARGET_YEAR;
use crate::presentation::{Presenting, Slide};
use crate::scenario::Scenario;
use crate::wording::display_name;

/// How much larger than on the planner the projector draws chart text and lines.
const PROJECTOR_ZOOM: f64 = 1.9;
/// Time between years of the reveal, ms.
const REVEAL_STEP_MS: u32 = 800;

/// Properties of [`Presentation`].
#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    /// Which slide is shown, and the reveal.
    pub presenting: Presenting,
    /// The slides.
    pub deck: Rc<Vec<Slide>>,
    /// The working scenario.
    pub working: Rc<Scenario>,
    /// The working scenario then the compared ones, while comparing.
    #[prop_or_default]
    pub scenarios: Option<Rc<Vec<Scenario>>>,
    /// The working scenario's projection.
    pub projection: Rc<Projection>,
    /// The baseline projection.
    pub baseline: Rc<Projection>,
    /// The compared scenarios' names and projections.
    pub compared: Rc<Vec<(String, Projection)>>,
    /// The share link, for the QR code.
    pub url: String,
    /// Whether the deck holds the sources slide (the presenter's choice).
    pub sources_slide: bool,
}

/// The deck, over the whole window.
#[function_component(Presentation)]
pub fn presentation(props: &PresentationProps) -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let presenting = props.presenting;
    let deck = &props.deck;
    let current = presenting.slide as usize;
    // The QR code is encoded when the link changes, not on every render.
    let qr = use_memo(props.url.clone(), |url| qr_svg(url));

    // Keys and clicker buttons.
    {
        let planner = planner.clone();
        use_keydown(move |event| handle_key(&planner, event));
    }
    // The reveal advances by itself while playing.
    {
        let planner = planner.clone();
        use_effect_with(presenting.playing, move |playing| {
            let interval =
                playing.then(|| Interval::new(REVEAL_STEP_MS, move || planner.dispatch(Action::RevealStep)));
            move || drop(interval)
        });
    }
    // Redraw the chart on resize (entering full screen is a resize).
    let resized = use_resize_tick();
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let slide = deck.get(current - 1).copied();
        let (projection, baseline, compared) =
            (props.projection.clone(), props.baseline.clone(), props.compared.clone());
        use_effect_with(
            (slide, presenting.shown_until(), projection, baseline, compared, lang, resized),
            move |(slide, until, projection, baseline, compared, lang, _)| {
                if let (Some(Slide::Indicator(id)), Some(canvas)) =
                    (slide, canvas.cast::<HtmlCanvasElement>())
                {
                    let compared = compared.iter().map(|(name, p)| (name.as_str(), p.get(*id))).collect();
                    let input = chart_draw::ChartInput {
                        current: projection.get(*id),
                        baseline: baseline.get(*id),
                        compared,
                        lang: *lang,
                        until: *until,
                    };
                    let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
                    if let Err(error) = chart_draw::draw_on_canvas(&canvas, &input, dpr, PROJECTOR_ZOOM) {
                        gloo::console::error!(format!("presentation chart: {error}"));
                    }
                }
            },
        );
    }

    let button = |label: Bilingual, action: Action, disabled: bool, hook: &'static str| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| planner.dispatch(action.clone()));
        html! { <button type="button" data-present-action={hook} {onclick} {disabled}>{ lang.pick(label) }</button> }
    };
    let is_indicator = matches!(deck.get(current - 1), Some(Slide::Indicator(_)));
    let reveal_label = if presenting.playing { text::PAUSE_REVEAL } else { text::PLAY_REVEAL };
    let fullscreen = Callback::from(|_| toggle_fullscreen());
    let toggle_sources = {
        let planner = planner.clone();
        let sources = props.sources_slide;
        Callback::from(move |_| planner.dispatch(Action::SetSourcesSlide(!sources)))
    };

    html! {
        <div class="presentation" data-presentation="" role="region" aria-roledescription="slideshow"
            aria-label={lang.pick(text::PRESENT)}>
            { for deck.iter().enumerate().map(|(index, slide)| {
                let number = index + 1;
                let visible = number == current;
                html! {
                    <section class={classes!("slide", slide_class(*slide))} data-slide={number.to_string()}
                        hidden={!visible} aria-current={visible.then_some("step")}
                        aria-label={format!("{} {number} / {}", lang.pick(text::SLIDE), deck.len())}>
                        if visible {
                            { slide_body(*slide, props, qr.as_deref(), lang, canvas.clone(), presenting.shown_until()) }
                        }
                    </section>
                }
            }) }
            <nav class="deck-controls" aria-label={lang.pick(text::PRESENT)}>
                { button(text::PREVIOUS_SLIDE, Action::MoveSlide(-1), current <= 1, "previous") }
                <span class="counter" data-slide-counter="">{ format!("{current} / {}", deck.len()) }</span>
                { button(text::NEXT_SLIDE, Action::MoveSlide(1), current >= deck.len(), "next") }
                if is_indicator { { button(reveal_label, Action::ToggleReveal, false, "reveal") } }
                <button type="button" data-present-action="fullscreen" onclick={fullscreen}>{ lang.pick(text::FULL_SCREEN) }</button>
                <label class="deck-option">
                    <input type="checkbox" data-present-option="sources" checked={props.sources_slide}
                        onchange={toggle_sources} />
                    { lang.pick(text::SOURCES_SLIDE_OPTION) }
                </label>
                { button(text::EXIT_PRESENTATION, Action::Present(None), false, "exit") }
                <span class="keys" aria-hidden="true">{ lang.pick(text::PRESENT_KEYS) }</span>
            </nav>
        </div>
    }
}

fn slide_class(slide: Slide) -> &'static str {
    match slide {
        Slide::Title => "slide-title",
        Slide::Indicator(_) => "slide-indicator",
        Slide::Comparison => "slide-comparison",
        Slide::ComparedAssumptions => "slide-compared-assumptions",
        Slide::Summary => "slide-summary",
        Slide::Sources => "slide-sources",
    }
}

/// Maps a key to a presentation action; returns whether it was one.
fn handle_key(planner: &Planner, event: &KeyboardEvent) -> bool {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return false;
    }
    let action = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => Action::MoveSlide(1),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Action::MoveSlide(-1),
        "Home" => Action::GoToSlide(1),
        "End" => Action::GoToSlide(i64::MAX),
        "Escape" => Action::Present(None),
        "r" | "R" | "p" | "P" => Action::ToggleReveal,
        "f" | "F" => {
            toggle_fullscreen();
            return true;
        }
        key => match key.parse::<i64>() {
            Ok(digit) if (1..=9).contains(&digit) => Action::GoToSlide(digit),
            _ => return false,
        },
    };
    planner.dispatch(action);
    true
}

fn toggle_fullscreen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        // Refused without a user gesture or by policy: the deck still fills the window.
        let _ = root.request_fullscreen();
    }
}

fn slide_body(
    slide: Slide,
    props: &PresentationProps,
    qr: Option<&str>,
    lang: Lang,
    canvas: NodeRef,
    until: u16,
) -> Html {
    let scenario = &props.working;
    match slide {
        Slide::Title => title_slide(scenario, qr, lang),
        Slide::Indicator(id) => indicator_slide(props.projection.get(id), lang, canvas, until),
        // One panel, two slides: the stylesheet shows its outcomes table on
        // one and its assumptions diff on the other.
        Slide::Comparison | Slide::ComparedAssumptions => match &props.scenarios {
            Some(scenarios) => html! {
                <ComparePanel projection={props.projection.clone()} compared={props.compared.clone()} scenarios={scenarios.clone()} />
            },
            None => html! {},
        },
        Slide::Summary => html! {
            <div>
                <h1>{ lang.pick(text::SUMMARY_SLIDE) }</h1>
                { summary_table(&props.projection, lang) }
            </div>
        },
        Slide::Sources => html! { <SourcesPanel {lang} targets={Rc::new(scenario.targets.clone())} /> },
    }
}

fn title_slide(scenario: &Scenario, qr: Option<&str>, lang: Lang) -> Html {
    html! {
        <div class="title-layout">
            <div>
                <p class="kicker">{ lang.pick(text::APP_TITLE) }</p>
                <h1 data-slide-title="">{ display_name(&scenario.name, lang) }</h1>
                <h2>{ lang.pick(text::KEY_ASSUMPTIONS) }</h2>
                { assumptions(scenario, lang) }
                <p class="meta">{ dates_line(&scenario.vintage, lang) }</p>
            </div>
            { qr_figure(qr, lang) }
        </div>
    }
}

fn indicator_slide(p: &IndicatorProjection, lang: Lang, canvas: NodeRef, until: u16) -> Html {
    let spec = p.spec;
    let key = spec.id.key();
    // While the reveal plays, the panel tells no more than the line shows:
    // the value and gap of the last year drawn, and the verdict only at 2030.
    let revealed = until >= TARGET_YEAR;
    let verdict = verdict(p.status);
    let value = p.value_in(until).unwrap_or_else(|| p.value_2030());
    let caption = if revealed {
        lang.pick(text::VALUE_2030).to_owned()
    } else {
        format!("{} {until}", lang.pick(text::YEAR))
    };
    html! {
        <div class="indicator-layout">
            <h1>{ lang.pick(spec.label) }</h1>
            <canvas ref={canvas} class="slide-chart" role="img" aria-label={chart_draw::describe(p, lang)} />
            <div class={classes!("slide-facts", revealed.then_some(verdict.key))} data-slide-year={until.to_string()}>
                <p class="big-value"><span class="caption">{ caption }</span>
                    <span data-slide-outcome={key}>{ lang.percent(value, spec.decimals) }</span></p>
                <p>{ format!("{}: {}", lang.pick(text::TARGET), target_words::with_kind(p, lang)) }</p>
                <p>{ format!("{}: {}", lang.pick(text::GAP), target_words::gap_in(p, until, lang)) }</p>
                if revealed {
                    <p class="status" data-slide-status={key}><span aria-hidden="true">{ verdict.symbol }</span>{" "}<strong>{ verdict.words(lang) }</strong></p>
                } else {
                    <p class="status pending">{ lang.pick(text::VERDICT_AT_2030) }</p>
                }
            </div>
        </div>
    }
}
