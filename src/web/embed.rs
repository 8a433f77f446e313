//! The embed (`embed=1&ind=…`, see `codec::embed`): the chosen indicators'
//! cards and charts with no chrome, for an `<iframe>` in a report or a web
//! page. It fits the frame's width, tells the parent page its height with
//! `postMessage({type: "lotrinh-embed-height", height}, "*")`, links to the
//! full planner, and never writes to localStorage (no autosave, no language
//! choice kept), so it cannot touch the reader's own workspace.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::address;
use super::chart_draw;
use super::hooks::{use_resize_tick, use_shared};
use super::messages::Messages;
use super::planner::Planner;
use super::storage;
use super::summary::Card;
use super::year_table::YearTable;
use crate::app::{Action, AppState, Problem};
use crate::bands::Bands;
use crate::chart_summary::chart_summary;
use crate::codec::embed::{split, Embed, Split};
use crate::codec::link::{decode, encode};
use crate::codec::wild::tidy;
use crate::i18n::text;
use crate::model::projection::{project, Projection};
use crate::model::TARGET_YEAR;
use crate::scenario::Scenario;

/// The embed in the address bar, if the page is one.
pub fn from_address() -> Option<EmbedProps> {
    let query = address::current_query();
    let Split { embed, rest, problems } = split(&tidy(&query));
    Some(EmbedProps { embed: embed?, rest, problems })
}

/// The state an embed starts in: the link's scenarios, nothing from storage
/// but the language.
fn initial_state(props: &EmbedProps) -> AppState {
    let lang = props.embed.lang.unwrap_or_else(storage::load_lang);
    let mut state = AppState::new(lang);
    let decoded = decode(&props.rest);
    state = state.apply(Action::Navigate(decoded.state.scenarios, None));
    for problem in decoded.problems.into_iter().chain(props.problems.iter().cloned()) {
        state = state.apply(Action::Report(Problem::Link(problem)));
    }
    state
}

/// Mounts the embed on the page's `<body>`.
pub fn start(props: EmbedProps) {
    yew::Renderer::<EmbedApp>::with_props(props).render();
}

/// Properties of [`EmbedApp`].
#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    /// What to show.
    pub embed: Embed,
    /// The share link's query, without the embed's parameters.
    pub rest: String,
    /// What was wrong with the embed's own parameters.
    pub problems: Vec<crate::codec::LinkProblem>,
}

/// The embed's root.
#[function_component(EmbedApp)]
pub fn embed_app(props: &EmbedProps) -> Html {
    let handle = use_reducer_eq(|| initial_state(props));
    let latest = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(handle.clone());
    let planner = Planner::new(handle.dispatcher(), latest);
    let messages = use_shared(&handle.messages);
    let lang = handle.lang;
    let projection: Rc<Projection> = use_memo(handle.scenario().clone(), project);
    // The embed always shows the bands: it keeps no view preferences.
    let full_run = super::chances::use_full_run(handle.scenario(), true);
    let chances = super::chances::use_chances(&full_run);
    let fan = super::chances::use_shown_fan(&Rc::new(handle.scenario().clone()), &full_run, true)
        .expect("a fan that is shown is drawn");
    let baseline: Rc<Projection> = use_memo((), |_| project(&Scenario::default()));
    let compared: Rc<Vec<(String, Projection)>> = use_memo(handle.workspace.compared(lang), |scenarios| {
        scenarios.iter().map(|s| (s.name.clone(), project(s))).collect()
    });
    use_effect_with(lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    let canvases: Rc<Vec<NodeRef>> =
        use_memo(props.embed.indicators.len(), |n| (0..*n).map(|_| NodeRef::default()).collect());
    let resized = use_resize_tick();
    {
        let (canvases, ids) = (canvases.clone(), props.embed.indicators.clone());
        use_effect_with(
            (projection.clone(), baseline.clone(), compared.clone(), fan.clone(), lang, resized),
            move |(projection, baseline, compared, fan, lang, _)| {
                let charts =
                    chart_draw::ChartSet { projection, baseline, compared, fan: Some(fan), lang: *lang };
                for (node, id) in canvases.iter().zip(&ids) {
                    let Some(canvas) = node.cast::<HtmlCanvasElement>() else { continue };
                    charts.draw(&canvas, *id, TARGET_YEAR, 1.0, "embed");
                }
                post_height();
            },
        );
    }
    // Tell the parent page the height after every render (messages come and go).
    use_effect(post_height);

    let planner_url = address::url_for(&encode(&handle.link_state()));
    html! {
        <ContextProvider<Planner> context={planner}>
          <ContextProvider<crate::i18n::Lang> context={lang}>
            <div class="embed" data-embed="">
                <Messages {messages} />
                { for props.embed.indicators.iter().zip(canvases.iter()).map(|(id, node)| {
                    let current = projection.get(*id);
                    let key = id.key();
                    let title_id = format!("embed-{key}-title");
                    html! {
                        <section class="embed-indicator" key={key}>
                            <Card projection={current.clone()} chance={chances.as_ref().map(|c| c.get(*id))} />
                            <figure class="chart" data-indicator={key} data-bands={Bands::On.code()} aria-labelledby={title_id.clone()}>
                                <figcaption id={title_id}>{ lang.pick(current.spec.label) }</figcaption>
                                <canvas ref={node.clone()} role="img" aria-label={lang.pick(current.spec.label)} aria-describedby={format!("embed-{key}-summary")} />
                                <p id={format!("embed-{key}-summary")} class="visually-hidden">{ chart_summary(current, Some(fan.get(*id)), lang) }</p>
                                <YearTable current={current.clone()} baseline={baseline.get(*id).clone()} fan={Some(fan.get(*id).clone())} {lang} />
                            </figure>
                        </section>
                    }
                }) }
                <p class="embed-foot">
                    <a href={planner_url} target="_blank" rel="noopener" data-open-planner="">
                        { lang.pick(text::OPEN_IN_PLANNER) }{" ↗"}
                    </a>
                </p>
            </div>
          </ContextProvider<crate::i18n::Lang>>
        </ContextProvider<Planner>>
    }
}

/// Posts the page's height to the parent page, if framed.
fn post_height() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else { return };
    let height = gloo::utils::document().document_element().map_or(0, |root| root.scroll_height());
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"lotrinh-embed-height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // Any page may frame the embed: the height is not a secret.
    let _ = parent.post_message(&message, "*");
}
