//! The root component: owns the reducer, derives the projections and lays
//! out the page.
//!
//! It is the one component that sees the whole state, and it re-renders on
//! every change. It hands each component only the slice it shows, as
//! properties with cheap equality (`Rc`s that stay the same while their
//! content does, small `Copy` values), so Yew skips every component whose
//! slice did not change: a lever move re-renders that lever, the cards and
//! charts of the indicators it moves, and the lists that hold them.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::analysis::Analysis;
use super::charts::Charts;
use super::compare_panel::ComparePanel;
use super::copy_embed::CopyEmbed;
use super::effects;
use super::hooks::{use_keydown, use_render_stage, use_shared};
use super::lever_panel::LeverPanel;
use super::messages::Messages;
use super::planner::Planner;
use super::presentation::Presentation;
use super::render_count;
use super::report::ReportHeader;
use super::scenario_bar::{EditorView, ScenarioBar};
use super::shortcuts::{self, Shortcut};
use super::sources_panel::SourcesPanel;
use super::startup;
use super::storage;
use super::summary::Summary;
use crate::app::{Action, AppState};
use crate::codec::link::{encode, LinkState};
use crate::i18n::{text, Lang};
use crate::model::projection::{project, Projection};
use crate::presentation::slides;
use crate::scenario::Scenario;
use crate::wording::display_name;
use crate::workspace::{Compared, SavePlan, Workspace};

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Start from this state instead of the stored one (component tests).
    #[prop_or_default]
    pub initial: Option<AppState>,
}

/// The whole planner.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    render_count::count("App", "");
    let initial = props.initial.clone();
    // Component tests pass a state and leave storage and the address bar alone.
    let connected = initial.is_none();
    let handle = use_reducer_eq(move || initial.unwrap_or_else(startup::initial_state));
    let latest = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(handle.clone());
    // Built from stable parts: equal on every render, so context consumers
    // are not re-rendered by state changes.
    let planner = Planner::new(handle.dispatcher(), latest);
    let lang = handle.lang;

    let (settled, writer) = effects::use_autosave_and_address(&planner, &handle, connected);
    effects::use_tab_sync(&planner, connected);
    effects::use_back_and_forward(&planner, connected);
    super::focus_return::use_focus_return(handle.presenting.is_some());
    // While presenting, in step with the presenter console if one is open.
    super::deck_channel::use_deck_channel(&planner, &handle, connected && handle.presenting.is_some(), false);

    // Ctrl+Z / Ctrl+Shift+Z anywhere but in a text field.
    {
        let planner = planner.clone();
        use_keydown(move |event| match shortcuts::shortcut(event) {
            Some(Shortcut::Undo) => {
                planner.undo();
                true
            }
            Some(Shortcut::Redo) => {
                planner.redo();
                true
            }
            None => false,
        });
    }

    // Keep <html lang> and the title in step with the language, and remember it.
    use_effect_with(lang, |lang| {
        let lang = *lang;
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        gloo::utils::document().set_title(lang.pick(text::APP_TITLE));
        storage::save_lang(lang);
    });
    // Remember the band switch, as the language is remembered.
    use_effect_with(handle.bands, move |bands| {
        if connected {
            storage::save_bands(*bands);
        }
    });

    // The first task renders the header, the levers and the cards; the rest
    // renders in later tasks, one part each: the charts (drawn in tasks of
    // their own), the analysis, then the sources and the print-only report
    // header. Start-up becomes shorter tasks, and the cards paint sooner.
    let stage = use_render_stage(3);
    let (charts_shown, analysis_shown, rest_shown) = (stage >= 1, stage >= 2, stage >= 3);
    let workspace = &handle.workspace;
    let working = use_shared(&workspace.working);
    let projection: Rc<Projection> = use_memo(working.clone(), |scenario| project(scenario));
    let (compared_only, compared) = use_compared(workspace, lang);
    let baseline: Rc<Projection> = use_memo((), |_| project(&Scenario::default()));
    let levers = use_shared(&workspace.working.levers);
    let messages = use_shared(&handle.messages);
    let saved = use_shared(&workspace.saved);
    let compare = use_shared(&workspace.compare);
    let targets = use_shared(&workspace.working.targets);
    let actuals = use_shared(&workspace.working.actuals);
    let milestones = use_shared(&workspace.working.milestones);
    let assumptions_changed = {
        let w = &workspace.working;
        !w.levers.is_empty()
            || !w.targets.is_empty()
            || !w.shapes.is_empty()
            || !w.baselines.is_empty()
            || w.economy != crate::scenario::EconomyMode::Grdp
            || !w.uncertainty.is_default()
    };
    let uncertainty = use_shared(&workspace.working.uncertainty);
    let settled_scenario = use_shared(&settled.scenario);
    // The working scenario then the compared ones, for the comparison's diff.
    let scenarios: Rc<Vec<Scenario>> = use_memo((working.clone(), compared_only), |(working, others)| {
        std::iter::once((**working).clone()).chain(others.iter().cloned()).collect()
    });
    let compared_scenarios = (!compared.is_empty()).then_some(scenarios);
    let link = use_memo(settled.clone(), |settled| super::address::url_for(&settled.query));
    // One Monte Carlo run per settled scenario, in steps: the bands and the chances.
    // It starts once the charts have rendered, so that their first drawing
    // (queued as they render) comes before its first step.
    let full_run = super::chances::use_full_run(&settled.scenario, charts_shown);
    let chances = super::chances::use_chances(&full_run);
    // Until that run has finished, the bands follow from a preview run:
    // drawn only once the charts or the deck show, not for the first paint.
    let fan_shown = charts_shown || handle.presenting.is_some();
    let fan = super::chances::use_shown_fan(&working, &full_run, fan_shown);
    let editor = EditorView {
        name: workspace.working.name.clone(),
        note: workspace.working.note.clone(),
        unsaved: workspace.is_unsaved(),
        on_screen_saved: workspace.origin.is_some(),
        can_undo: !handle.past.is_empty(),
        can_redo: !handle.future.is_empty(),
        save_over: match workspace.save_plan() {
            SavePlan::Update(id) if workspace.is_unsaved() => {
                workspace.saved(id).map(|s| display_name(&s.scenario.name, lang))
            }
            _ => None,
        },
        replaceable: workspace.replaceable().map(|s| (s.id, display_name(&s.scenario.name, lang))),
    };

    let lang_button = |target: Lang, label: &'static str| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| planner.set_lang(target));
        html! {
            <button type="button" data-lang={target.code()} lang={target.code()}
                aria-pressed={(lang == target).to_string()} {onclick}>{label}</button>
        }
    };

    let present = {
        let planner = planner.clone();
        Callback::from(move |_| planner.dispatch(Action::Present(Some(1))))
    };
    let print = Callback::from(move |_| {
        // Bring the report up to date, let it render, then print.
        writer.flush();
        spawn_local(async {
            let _ = gloo::utils::window().print();
        });
    });

    let body = if let Some(presenting) = handle.presenting {
        // Not a hot path: encoded here. The QR code and the printed link open
        // the scenario in the planner, not the deck.
        let url = super::address::url_for(&encode(&LinkState { present: None, ..handle.link_state() }));
        html! {
            <>
                <Messages {messages} />
                <Presentation {presenting} deck={Rc::new(slides(workspace, handle.deck))} sources_slide={handle.deck.sources} {working}
                    projection={projection} baseline={baseline} compared={compared} scenarios={compared_scenarios} {url}
                    fan={fan.filter(|_| handle.bands.shown())} />
            </>
        }
    } else {
        html! {
            <>
                <header class="app-header">
                    <div class="titles">
                        <h1>{ lang.pick(text::APP_TITLE) }</h1>
                        <p class="subtitle">{ lang.pick(text::APP_SUBTITLE) }</p>
                    </div>
                    <div class="header-actions">
                        <button type="button" class="present" data-action="present" onclick={present}>
                            { lang.pick(text::PRESENT) }
                        </button>
                        <button type="button" data-action="print" onclick={print}>{ lang.pick(text::PRINT_REPORT) }</button>
                        <CopyEmbed />
                        <div class="lang-switch" role="group" aria-label={lang.pick(text::LANGUAGE)}>
                            { lang_button(Lang::Vi, "Tiếng Việt") }
                            { lang_button(Lang::En, "English") }
                        </div>
                    </div>
                </header>
                <Messages messages={messages.clone()} />
                <ScenarioBar {editor} {saved} {compare} origin={workspace.origin} link={(*link).clone()} />
                <main class="layout">
                    <LeverPanel {levers} changed={assumptions_changed} economy={workspace.working.economy}
                        messages={messages.clone()} />
                    // Phones show the results first; this takes the reader to the levers below.
                    <a class="adjust" href="#levers" data-action="adjust">{ lang.pick(text::ADJUST) }</a>
                    <div class="results">
                        if rest_shown { <ReportHeader {settled} /> }
                        <Summary projection={projection.clone()} messages={messages.clone()} {chances}
                            {actuals} {milestones} />
                        if let Some(scenarios) = compared_scenarios {
                            <ComparePanel projection={projection.clone()} compared={compared.clone()} {scenarios} />
                        }
                        if let Some(fan) = fan {
                            <Charts projection={projection} baseline={baseline} compared={compared} {fan} bands={handle.bands} />
                        }
                        if analysis_shown {
                            <Analysis scenario={settled_scenario} {uncertainty} messages={messages.clone()} {lang} />
                        }
                        if rest_shown { <SourcesPanel {lang} {targets} /> }
                    </div>
                </main>
                <footer class="app-footer">{ lang.pick(text::FOOTER) }</footer>
            </>
        }
    };

    html! {
        <ContextProvider<Planner> context={planner}>
            <ContextProvider<Lang> context={lang}>
                { body }
            </ContextProvider<Lang>>
        </ContextProvider<Planner>>
    }
}

/// The compared scenarios, resolved, without copying any; presets are
/// named in `lang`.
fn compared_refs(workspace: &Workspace, lang: Lang) -> Vec<&Scenario> {
    workspace
        .compare
        .iter()
        .filter_map(|entry| match entry {
            Compared::Saved(id) => workspace.saved(*id).map(|s| &s.scenario),
            Compared::Preset(preset) => Some(preset.shared(lang)),
            Compared::Linked(scenario) => Some(&**scenario),
        })
        .collect()
}

/// Compared scenarios and their projections, by name.
type ComparedProjections = Rc<Vec<(String, Projection)>>;

/// The compared scenarios and their names and projections, projected again
/// only when one of them changed. The check compares in place: an edit of
/// the working scenario copies nothing here.
#[hook]
fn use_compared(workspace: &Workspace, lang: Lang) -> (Rc<Vec<Scenario>>, ComparedProjections) {
    let kept = use_mut_ref(|| (Rc::new(Vec::<Scenario>::new()), Rc::new(Vec::new())));
    let now = compared_refs(workspace, lang);
    let mut kept = kept.borrow_mut();
    let same = kept.0.len() == now.len() && kept.0.iter().zip(&now).all(|(a, b)| a == *b);
    if !same {
        let scenarios: Vec<Scenario> = now.into_iter().cloned().collect();
        let projections = scenarios.iter().map(|s| (s.name.clone(), project(s))).collect();
        *kept = (Rc::new(scenarios), Rc::new(projections));
    }
    kept.clone()
}
