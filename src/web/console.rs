//! The presenter console: a second window (S key or the deck's "Presenter
//! console" button) with the current slide and the next one, the speaker
//! notes of the current slide (editable, stored with the scenario; the
//! scenario's note by default), the elapsed time (resettable) and the time
//! of day. It keeps in step with the audience window both ways over
//! `web::deck_channel`: next, previous, jump, reveal and live what-if. The
//! audience window never shows the notes. After reveal.js's speaker view.
//!
//! The console never writes storage or the address bar: the audience window
//! autosaves what the console changes.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use web_sys::{HtmlCanvasElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::chances::{use_full_run, use_shown_fan};
use super::chart_draw;
use super::debounce::Debouncer;
use super::deck_channel::use_deck_channel;
use super::hooks::{use_keydown, use_resize_tick};
use super::planner::Planner;
use super::presentation::{slide_body, PresentationProps};
use super::storage;
use crate::app::{Action, AppState};
use crate::codec::link::{encode, LinkState};
use crate::export::qr::{readable_qr_svg, READABLE_SIDE};
use crate::i18n::text;
use crate::model::projection::{project, Projection};
use crate::model::TARGET_YEAR;
use crate::presentation::{slides, speaker_notes, Presenting, Slide};
use crate::scenario::Scenario;

pub use crate::deck_sync::CONSOLE_HASH;

/// Whether this window is the presenter console.
pub fn is_console() -> bool {
    gloo::utils::window().location().hash().is_ok_and(|hash| hash == CONSOLE_HASH)
}

/// Mounts the console on the page's `<body>`.
pub fn start() {
    yew::Renderer::<PresenterConsole>::new().render();
}

fn initial_state() -> AppState {
    let mut state = AppState::new(storage::load_lang());
    // The planner's band switch, as the deck shows it.
    state.bands = storage::load_bands();
    if let (Some(workspace), _) = storage::load_workspace() {
        state = state.apply(Action::Restore(workspace));
    }
    state
}

/// The console window's root.
#[function_component(PresenterConsole)]
pub fn presenter_console() -> Html {
    let handle = use_reducer_eq(initial_state);
    let latest = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(handle.clone());
    let planner = Planner::new(handle.dispatcher(), latest);
    let lang = handle.lang;
    use_deck_channel(&planner, &handle, true, true);

    // The clock: a tick a second; the elapsed time counts from the start or the last reset.
    let started = use_state(js_sys::Date::now);
    let now = use_state(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let interval = Interval::new(1000, move || now.set(js_sys::Date::now()));
            move || drop(interval)
        });
    }
    {
        let planner = planner.clone();
        use_keydown(move |event| {
            let typing = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if typing || event.ctrl_key() || event.meta_key() || event.alt_key() {
                return false;
            }
            let action = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" | " " => Action::MoveSlide(1),
                "ArrowLeft" | "ArrowUp" | "PageUp" => Action::MoveSlide(-1),
                "Home" => Action::GoToSlide(1),
                "End" => Action::GoToSlide(i64::MAX),
                "r" | "R" => Action::ToggleReveal,
                _ => return false,
            };
            planner.dispatch(action);
            true
        });
    }

    let scenario = handle.scenario().clone();
    let projection: Rc<Projection> = use_memo(scenario.clone(), project);
    let baseline: Rc<Projection> = use_memo((), |_| project(&Scenario::default()));
    let compared: Rc<Vec<(String, Projection)>> = use_memo(handle.workspace.compared(lang), |scenarios| {
        scenarios.iter().map(|s| (s.name.clone(), project(s))).collect()
    });
    // The bands, as the deck draws them: one full run (in steps) per settled
    // scenario, once a burst of live what-if edits pauses, and a preview of
    // the scenario on screen until it has finished.
    let settled = use_state_eq(|| scenario.clone());
    let debouncer = use_memo((), |_| Debouncer::default());
    {
        let settled = settled.clone();
        use_effect_with(scenario.clone(), move |scenario| {
            let scenario = scenario.clone();
            debouncer.schedule(move || settled.set(scenario));
        });
    }
    // Nothing runs while the bands are off: the console shows no chances.
    let bands = handle.bands.shown();
    let full_run = use_full_run(&settled, bands);
    let fan = use_shown_fan(&Rc::new(scenario.clone()), &full_run, bands);
    let deck = slides(&handle.workspace, handle.deck);
    let presenting = handle.presenting;
    let current = presenting.map_or(1, |p| p.slide as usize);
    let slide = deck.get(current - 1).copied();
    let next = deck.get(current).copied();
    let url =
        super::address::url_for(&encode(&LinkState { present: None, ..handle.workspace.link_state(lang) }));
    let compared_scenarios = (!compared.is_empty()).then(|| {
        Rc::new(std::iter::once(scenario.clone()).chain(handle.workspace.compared(lang)).collect::<Vec<_>>())
    });
    let props = PresentationProps {
        presenting: presenting.unwrap_or(Presenting::at(1, deck.len())),
        deck: Rc::new(deck.clone()),
        working: Rc::new(scenario.clone()),
        scenarios: compared_scenarios,
        projection: projection.clone(),
        baseline: baseline.clone(),
        compared: compared.clone(),
        url,
        sources_slide: handle.deck.sources,
        fan: fan.clone(),
    };
    let qr = use_memo(props.url.clone(), |url| readable_qr_svg(url, READABLE_SIDE));

    let (current_canvas, next_canvas) = (use_node_ref(), use_node_ref());
    let resized = use_resize_tick();
    {
        let (a, b) = (current_canvas.clone(), next_canvas.clone());
        let until = presenting.map_or(TARGET_YEAR, |p| p.shown_until());
        use_effect_with(
            (slide, next, until, projection.clone(), baseline.clone(), compared.clone(), fan, lang, resized),
            move |(slide, next, until, projection, baseline, compared, fan, lang, _)| {
                let fan = fan.as_deref();
                let charts = chart_draw::ChartSet { projection, baseline, compared, fan, lang: *lang };
                for (node, slide, until) in [(a, slide, *until), (b, next, TARGET_YEAR)] {
                    let (Some(Slide::Indicator(id)), Some(canvas)) =
                        (slide, node.cast::<HtmlCanvasElement>())
                    else {
                        continue;
                    };
                    charts.draw(&canvas, *id, until, 1.2, "console");
                }
            },
        );
    }

    let elapsed = ((*now - *started).max(0.0) / 1000.0) as u64;
    let clock = js_sys::Date::new(&(*now).into());
    let time_of_day = format!("{:02}:{:02}", clock.get_hours(), clock.get_minutes());
    let reset = {
        let started = started.clone();
        Callback::from(move |_| started.set(js_sys::Date::now()))
    };
    let step = |by: i64, hook: &'static str, label| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| planner.dispatch(Action::MoveSlide(by)));
        html! { <button type="button" data-console-action={hook} {onclick}>{ lang.pick(label) }</button> }
    };
    let notes = slide.map(|s| speaker_notes(&scenario, s).to_owned()).unwrap_or_default();
    let on_notes = {
        let (planner, key) = (planner.clone(), slide.map(Slide::key));
        Callback::from(move |event: InputEvent| {
            let (Some(key), Some(area)) = (key, event.target_dyn_into::<HtmlTextAreaElement>()) else {
                return;
            };
            planner.dispatch(Action::SetSpeakerNote(key.to_owned(), area.value()));
        })
    };

    html! {
        <ContextProvider<Planner> context={planner.clone()}>
          <ContextProvider<crate::i18n::Lang> context={lang}>
            <div class="console" data-presenter-console="">
                <header class="console-head">
                    <strong>{ lang.pick(text::PRESENTER_CONSOLE) }</strong>
                    <span class="counter" data-console-counter="">{ format!("{current} / {}", deck.len()) }</span>
                    { step(-1, "previous", text::PREVIOUS_SLIDE) }
                    { step(1, "next", text::NEXT_SLIDE) }
                    <span class="clock">{ format!("{}: ", lang.pick(text::ELAPSED)) }
                        <strong data-elapsed="">{ format!("{:02}:{:02}", elapsed / 60, elapsed % 60) }</strong></span>
                    <button type="button" data-console-action="reset-timer" onclick={reset}>{ lang.pick(text::RESET_TIMER) }</button>
                    <span class="clock">{ format!("{}: ", lang.pick(text::TIME_OF_DAY)) }<strong data-clock="">{ time_of_day }</strong></span>
                </header>
                if presenting.is_none() {
                    <p class="console-wait" role="status">{ lang.pick(text::CONSOLE_WAITING) }</p>
                } else {
                    <section class="console-current presentation preview" data-current-slide={current.to_string()}>
                        if let Some(slide) = slide {
                            <div class="slide">{ slide_body(slide, &props, qr.as_deref(), lang, current_canvas.clone(), presenting.map_or(TARGET_YEAR, |p| p.shown_until())) }</div>
                        }
                    </section>
                    <section class="console-next presentation preview" data-next-slide={(current + 1).to_string()}>
                        <p class="kicker">{ lang.pick(text::NEXT_SLIDE) }</p>
                        if let Some(next) = next {
                            <div class="slide">{ slide_body(next, &props, qr.as_deref(), lang, next_canvas.clone(), TARGET_YEAR) }</div>
                        } else {
                            <p>{ lang.pick(text::END_OF_DECK) }</p>
                        }
                    </section>
                    <label class="console-notes">
                        <span>{ lang.pick(text::SPEAKER_NOTES) }</span>
                        <textarea data-speaker-notes="" value={notes} oninput={on_notes} />
                    </label>
                }
            </div>
          </ContextProvider<crate::i18n::Lang>>
        </ContextProvider<Planner>>
    }
}
