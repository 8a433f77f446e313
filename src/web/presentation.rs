//! Presentation mode: a full-screen deck generated from the scenario (or the
//! comparison), driven by keyboard or clicker, readable from the back of a
//! room. Every slide is rendered as `section[data-slide=n]`; the visible one
//! has `aria-current="step"`.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, KeyboardEvent};
use yew::prelude::*;

use super::chart_draw;
use super::compare_panel::ComparePanel;
use super::hooks::{use_keydown, use_resize_tick};
use super::live_levers::LiveLevers;
use super::overview::Overview;
use super::planner::{use_lang, use_planner, Planner};
use super::report_builders::{assumptions, dates_line, qr_figure, summary_table};
use super::sources_panel::SourcesPanel;
use crate::app::{Action, Problem};
use crate::chart_summary::chart_summary;
use crate::deck_sync::CONSOLE_HASH;
use crate::export::qr::{readable_qr_svg, READABLE_SIDE};
use crate::i18n::fan_words::range_90;
use crate::i18n::target_words;
use crate::i18n::verdict::verdict;
use crate::i18n::{text, Lang};
use crate::model::projection::{IndicatorProjection, Projection};
use crate::model::sources::Bilingual;
use crate::model::uncertainty::{Fan, IndicatorFan};
use crate::model::TARGET_YEAR;
use crate::presentation::{Presenting, Slide};
use crate::scenario::Scenario;
use crate::what_if::changed_assumptions;
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
    /// The planner link (without the slide), for the QR code.
    pub url: String,
    /// The settled scenario's fans, while the bands are switched on.
    #[prop_or_default]
    pub fan: Option<Rc<Fan>>,
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
    let qr = use_memo(props.url.clone(), |url| readable_qr_svg(url, READABLE_SIDE));

    // The overview grid, the live what-if drawer and the scenario as it was
    // prepared (taken when the drawer first opens).
    let panels = use_state(Panels::default);
    let prepared = use_state(|| None::<Scenario>);
    let working = props.working.clone();
    let open_levers = {
        let (panels, prepared, working) = (panels.clone(), prepared.clone(), working.clone());
        Callback::from(move |open: bool| {
            if open && prepared.is_none() {
                prepared.set(Some((*working).clone()));
            }
            panels.set(Panels { levers: open, overview: false });
        })
    };
    let restore = {
        let (planner, prepared) = (planner.clone(), prepared.clone());
        Callback::from(move |()| {
            if let Some(scenario) = (*prepared).clone() {
                planner.dispatch(Action::RestoreAssumptions(Box::new(scenario)));
            }
        })
    };

    // Keys and clicker buttons. The key handler is fixed at mount: it reads
    // the open panels and this render's callbacks from here.
    let latest = use_mut_ref(|| (Panels::default(), Callback::noop(), Callback::noop()));
    *latest.borrow_mut() = (*panels, open_levers.clone(), restore.clone());
    {
        let planner = planner.clone();
        let panels = panels.clone();
        use_keydown(move |event| {
            let (open, open_levers, restore) = latest.borrow().clone();
            match deck_key(open, event) {
                DeckKey::Slide => handle_key(&planner, event),
                DeckKey::Overview(show) => {
                    panels.set(Panels { overview: show, levers: false });
                    true
                }
                DeckKey::Levers(show) => {
                    open_levers.emit(show);
                    true
                }
                DeckKey::Restore => {
                    restore.emit(());
                    true
                }
                DeckKey::Console => {
                    open_console(&planner);
                    true
                }
                DeckKey::Ignore => false,
            }
        });
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
        let (projection, baseline, compared, fan) =
            (props.projection.clone(), props.baseline.clone(), props.compared.clone(), props.fan.clone());
        use_effect_with(
            (
                slide,
                presenting.shown_until(),
                projection,
                baseline,
                compared,
                fan,
                lang,
                resized,
                panels.levers,
            ),
            move |(slide, until, projection, baseline, compared, fan, lang, _, _)| {
                if let (Some(Slide::Indicator(id)), Some(canvas)) =
                    (slide, canvas.cast::<HtmlCanvasElement>())
                {
                    let fan = fan.as_deref();
                    let charts = chart_draw::ChartSet { projection, baseline, compared, fan, lang: *lang };
                    charts.draw(&canvas, *id, *until, PROJECTOR_ZOOM, "presentation");
                }
            },
        );
    }

    let button = |label: Html, action: Action, disabled: bool, hook: &'static str| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| planner.dispatch(action.clone()));
        html! { <button type="button" data-present-action={hook} {onclick} {disabled}>{ label }</button> }
    };
    let is_indicator = matches!(deck.get(current - 1), Some(Slide::Indicator(_)));
    let reveal_label = if presenting.playing {
        two_lengths(text::PAUSE_REVEAL, text::PAUSE_REVEAL_SHORT, lang)
    } else {
        two_lengths(text::PLAY_REVEAL, text::PLAY_REVEAL_SHORT, lang)
    };
    let fullscreen = Callback::from(|_| toggle_fullscreen());
    let what_if = prepared.as_ref().map(|p| changed_assumptions(p, &working, lang)).unwrap_or_default();
    let pick = {
        let (planner, panels) = (planner.clone(), panels.clone());
        Callback::from(move |slide: usize| {
            planner.dispatch(Action::GoToSlide(slide as i64));
            panels.set(Panels::default());
        })
    };
    let toggle_levers = {
        let open_levers = open_levers.clone();
        let open = panels.levers;
        Callback::from(move |_| open_levers.emit(!open))
    };
    let open_console_click = {
        let planner = planner.clone();
        Callback::from(move |_| open_console(&planner))
    };
    let toggle_overview = {
        let panels = panels.clone();
        let open = panels.overview;
        Callback::from(move |_| panels.set(Panels { overview: !open, levers: false }))
    };
    let toggle_sources = {
        let planner = planner.clone();
        let sources = props.sources_slide;
        Callback::from(move |_| planner.dispatch(Action::SetSourcesSlide(!sources)))
    };

    html! {
        <div class={classes!("presentation", panels.levers.then_some("with-levers"))} data-presentation="" role="region" aria-roledescription="slideshow"
            aria-label={lang.pick(text::PRESENT)}>
            if !what_if.is_empty() {
                <p class="what-if" data-what-if="">
                    <strong>{ lang.pick(text::WHAT_IF_BANNER) }</strong>{" "}{ what_if.join(" · ") }
                </p>
            }
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
                { button(lang.pick(text::PREVIOUS_SLIDE).into(), Action::MoveSlide(-1), current <= 1, "previous") }
                <span class="counter" data-slide-counter="">{ format!("{current} / {}", deck.len()) }</span>
                { button(lang.pick(text::NEXT_SLIDE).into(), Action::MoveSlide(1), current >= deck.len(), "next") }
                if is_indicator { { button(reveal_label, Action::ToggleReveal, false, "reveal") } }
                <button type="button" data-present-action="levers" aria-pressed={panels.levers.to_string()} onclick={toggle_levers}>{ lang.pick(text::LIVE_LEVERS) }</button>
                <button type="button" data-present-action="overview" aria-pressed={panels.overview.to_string()} onclick={toggle_overview}>{ two_lengths(text::OVERVIEW, text::OVERVIEW_SHORT, lang) }</button>
                <button type="button" data-present-action="console" onclick={open_console_click}>{ two_lengths(text::PRESENTER_CONSOLE, text::PRESENTER_CONSOLE_SHORT, lang) }</button>
                <button type="button" data-present-action="fullscreen" onclick={fullscreen}>{ two_lengths(text::FULL_SCREEN, text::FULL_SCREEN_SHORT, lang) }</button>
                <label class="deck-option">
                    <input type="checkbox" data-present-option="sources" checked={props.sources_slide}
                        onchange={toggle_sources} />
                    { two_lengths(text::SOURCES_SLIDE_OPTION, text::SOURCES_SLIDE_OPTION_SHORT, lang) }
                </label>
                { button(two_lengths(text::EXIT_PRESENTATION, text::EXIT_PRESENTATION_SHORT, lang), Action::Present(None), false, "exit") }
                <span class="keys" aria-hidden="true">{ lang.pick(text::PRESENT_KEYS) }</span>
            </nav>
            if panels.levers {
                <LiveLevers {lang} levers={Rc::new(working.levers.clone())} changed={!what_if.is_empty()}
                    on_restore={restore.clone()} on_close={open_levers.reform(|()| false)} />
            }
            if panels.overview {
                <Overview slides={(**deck).clone()} {current} title={display_name(&working.name, lang)}
                    projection={props.projection.clone()} baseline={props.baseline.clone()} {lang} on_pick={pick} />
            }
        </div>
    }
}

/// Which panels of the deck are open.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Panels {
    /// The overview grid (O).
    overview: bool,
    /// The live what-if drawer (L).
    levers: bool,
}

/// What a key does in the deck, given the open panels.
enum DeckKey {
    /// A slide key: [`handle_key`] decides.
    Slide,
    /// Open or close the overview.
    Overview(bool),
    /// Open or close the lever drawer.
    Levers(bool),
    /// Back to the prepared scenario.
    Restore,
    /// Open the presenter console.
    Console,
    /// Not the deck's: typing in a field, or a key the open overview ignores.
    Ignore,
}

fn deck_key(open: Panels, event: &KeyboardEvent) -> DeckKey {
    // Typing in the drawer's fields (or any field, a slider included) never
    // moves slides; a focused checkbox or button leaves the keys to the deck.
    let in_field = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| {
        let kind = e.get_attribute("type").unwrap_or_default();
        match e.tag_name().as_str() {
            "INPUT" => !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit" | "reset"),
            "TEXTAREA" | "SELECT" => true,
            _ => e.closest("[contenteditable]").ok().flatten().is_some(),
        }
    });
    if in_field || event.ctrl_key() || event.meta_key() || event.alt_key() {
        return DeckKey::Ignore;
    }
    match event.key().as_str() {
        "o" | "O" => DeckKey::Overview(!open.overview),
        "l" | "L" => DeckKey::Levers(!open.levers),
        "b" | "B" => DeckKey::Restore,
        "s" | "S" => DeckKey::Console,
        "Escape" if open.overview => DeckKey::Overview(false),
        "Escape" if open.levers => DeckKey::Levers(false),
        // The overview's tiles are buttons: Enter and Space pick, arrows do not move slides.
        _ if open.overview => DeckKey::Ignore,
        _ => DeckKey::Slide,
    }
}

/// Opens the presenter console in a second window, or says how to allow it
/// when the browser blocks the pop-up.
fn open_console(planner: &Planner) {
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{}{CONSOLE_HASH}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    match window.open_with_url_and_target_and_features(
        &url,
        "lotrinh-presenter-console",
        "popup,width=1280,height=800",
    ) {
        Ok(Some(_)) => {}
        _ => planner.report(Problem::PopupBlocked),
    }
}

fn slide_class(slide: Slide) -> &'static str {
    match slide {
        Slide::Title => "slide-title",
        Slide::Indicator(_) => "slide-indicator",
        Slide::Comparison => "slide-comparison",
        Slide::ComparedAssumptions => "slide-compared-assumptions",
        Slide::Sensitivity => "slide-sensitivity",
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

pub(super) fn slide_body(
    slide: Slide,
    props: &PresentationProps,
    qr: Option<&str>,
    lang: Lang,
    canvas: NodeRef,
    until: u16,
) -> Html {
    let scenario = &props.working;
    match slide {
        Slide::Title => title_slide(scenario, qr, &props.url, lang),
        Slide::Indicator(id) => {
            let fan = props.fan.as_ref().map(|f| f.get(id));
            indicator_slide(props.projection.get(id), fan, lang, canvas, until)
        }
        // One panel, two slides: the stylesheet shows its outcomes table on
        // one and its assumptions diff on the other.
        Slide::Comparison | Slide::ComparedAssumptions => match &props.scenarios {
            Some(scenarios) => html! {
                <ComparePanel projection={props.projection.clone()} compared={props.compared.clone()} scenarios={scenarios.clone()} />
            },
            None => html! {},
        },
        Slide::Sensitivity => {
            html! { <super::sensitivity_slide::SensitivitySlide scenario={scenario.clone()} {lang} /> }
        }
        Slide::Summary => html! {
            <div>
                <h1>{ lang.pick(text::SUMMARY_SLIDE) }</h1>
                { summary_table(&props.projection, lang) }
            </div>
        },
        Slide::Sources => html! { <SourcesPanel {lang} targets={Rc::new(scenario.targets.clone())} /> },
    }
}

fn title_slide(scenario: &Scenario, qr: Option<&str>, url: &str, lang: Lang) -> Html {
    html! {
        <div class="title-layout">
            <div>
                <p class="kicker">{ lang.pick(text::APP_TITLE) }</p>
                <h1 data-slide-title="">{ display_name(&scenario.name, lang) }</h1>
                <h2>{ lang.pick(text::KEY_ASSUMPTIONS) }</h2>
                { assumptions(scenario, lang) }
                <p class="meta">{ dates_line(&scenario.vintage, lang) }</p>
            </div>
            { qr_figure(qr, url, lang) }
        </div>
    }
}

fn indicator_slide(
    p: &IndicatorProjection,
    fan: Option<&IndicatorFan>,
    lang: Lang,
    canvas: NodeRef,
    until: u16,
) -> Html {
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
            <canvas ref={canvas} class="slide-chart" role="img" aria-label={lang.pick(spec.label)} aria-describedby={format!("slide-chart-{}-summary", p.id.key())} />
            <p id={format!("slide-chart-{}-summary", p.id.key())} class="visually-hidden">{ chart_summary(p, fan, lang) }</p>
            <div class={classes!("slide-facts", revealed.then_some(verdict.key))} data-slide-year={until.to_string()}>
                <p class="big-value"><span class="caption">{ caption }</span>
                    <span data-slide-outcome={key}>{ lang.percent(value, spec.decimals) }</span></p>
                <p>{ format!("{}: {}", lang.pick(text::TARGET), target_words::with_kind(p, lang)) }</p>
                <p>{ format!("{}: {}", lang.pick(text::GAP), target_words::gap_in(p, until, lang)) }</p>
                // The 90 % band in words, beside the bands drawn (at 2030, like the verdict).
                if let (true, Some(band)) = (revealed, fan.and_then(|f| f.bands.last())) {
                    <p class="slide-range" data-slide-range={key}>{ range_90(band, TARGET_YEAR, spec.decimals, lang) }</p>
                }
                if revealed {
                    <p class="status" data-slide-status={key}><span aria-hidden="true">{ verdict.symbol }</span>{" "}<strong>{ verdict.words(lang) }</strong></p>
                } else {
                    <p class="status pending">{ lang.pick(text::VERDICT_AT_2030) }</p>
                }
            </div>
        </div>
    }
}

/// A control's label in two lengths: the full one, and a short one that the
/// style sheet shows instead on a narrow projector (1024 px), so every
/// control, Exit included, fits the deck's one row. The short text is part
/// of the full one, so the button's accessible name matches what is seen.
fn two_lengths(long: Bilingual, short: Bilingual, lang: Lang) -> Html {
    html! {
        <>
            <span class="label-long">{ lang.pick(long) }</span>
            <span class="label-short">{ lang.pick(short) }</span>
        </>
    }
}
