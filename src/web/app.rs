//! The root component: owns the reducer, derives the projections and lays
//! out the page.

use std::rc::Rc;

use yew::prelude::*;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

use super::address;
use super::charts::Charts;
use super::compare_panel::ComparePanel;
use super::debounce::Debouncer;
use super::hooks::use_keydown;
use super::lever_panel::LeverPanel;
use super::messages::Messages;
use super::persistence;
use super::planner::Planner;
use super::presentation::Presentation;
use super::report::ReportHeader;
use super::scenario_bar::ScenarioBar;
use super::shortcuts::{self, Shortcut};
use super::sources_panel::SourcesPanel;
use super::startup;
use super::storage;
use super::summary::Summary;
use crate::app::{Action, AppState, Problem};
use crate::codec::link::encode;
use crate::i18n::{text, Lang};
use crate::model::projection::{project, Projection};
use crate::scenario::Scenario;
use crate::workspace::Workspace;

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
    let initial = props.initial.clone();
    // Component tests pass a state and leave storage and the address bar alone.
    let connected = initial.is_none();
    let handle = use_reducer_eq(move || initial.unwrap_or_else(startup::initial_state));
    let planner = Planner::new(handle.clone());
    let lang = handle.lang;

    // Autosave and the address bar, which always holds the current link.
    // Edits are written once a burst of them pauses and replace the history
    // entry; moving to another scenario is written at once and pushes an
    // entry, so Back returns to where the user was. A storage refusal is said
    // once; the app keeps working in memory.
    let query = encode(&handle.link_state());
    let writer = use_memo((), |_| Debouncer::default());
    let refused = use_mut_ref(|| false);
    let last_navigation = use_mut_ref(|| handle.navigation);
    {
        let planner = planner.clone();
        let writer = writer.clone();
        use_effect_with(
            (handle.workspace.clone(), query.clone(), handle.navigation),
            move |(workspace, query, navigation)| {
                if !connected {
                    return;
                }
                let push = last_navigation.replace(*navigation) != *navigation;
                let (workspace, query) = (workspace.clone(), query.clone());
                let write = move || {
                    address::write(&query, push);
                    if persistence::save(&workspace).is_err() && !refused.replace(true) {
                        planner.report(Problem::StorageRefused);
                    }
                };
                if push {
                    writer.flush();
                    write();
                } else {
                    writer.schedule(write);
                }
            },
        );
    }
    // Whatever is pending is written before the page goes away.
    {
        let writer = writer.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "pagehide", move |_| writer.flush());
            move || drop(listener)
        });
    }

    // Another tab saved: take its library so this tab's next autosave keeps it.
    {
        let planner = planner.clone();
        use_effect_with((), move |_| {
            let listener = connected.then(|| {
                EventListener::new(&gloo::utils::window(), "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                    if event.key().as_deref() != Some(persistence::WORKSPACE_KEY) {
                        return;
                    }
                    if let Some(Ok((theirs, _))) = event.new_value().map(|raw| Workspace::from_stored(&raw)) {
                        planner.sync_library(theirs);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Back and Forward show the link they return to.
    {
        let planner = planner.clone();
        use_effect_with((), move |_| {
            let listener = connected.then(|| {
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    if let Some(decoded) = address::read() {
                        planner.navigate(decoded.state.scenarios);
                    }
                })
            });
            move || drop(listener)
        });
    }

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

    let projection: Rc<Projection> = use_memo(handle.scenario().clone(), project);
    let compared: Rc<Vec<(String, Projection)>> = use_memo(handle.workspace.compared(), |scenarios| {
        scenarios.iter().map(|s| (s.name.clone(), project(s))).collect()
    });
    let baseline: Rc<Projection> = use_memo((), |_| project(&Scenario::default()));

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
    let url = address::url_for(&query);
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });

    html! {
        <ContextProvider<Planner> context={planner.clone()}>
            if handle.presenting.is_some() {
                <Messages />
                <Presentation projection={projection} baseline={baseline} compared={compared} {url} />
            } else {
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
                        <div class="lang-switch" role="group" aria-label={lang.pick(text::LANGUAGE)}>
                            { lang_button(Lang::Vi, "Tiếng Việt") }
                            { lang_button(Lang::En, "English") }
                        </div>
                    </div>
                </header>
                <Messages />
                <ScenarioBar query={query} />
                <main class="layout">
                    <LeverPanel />
                    <div class="results">
                        <ReportHeader projection={projection.clone()} url={url.clone()} />
                        <Summary projection={projection.clone()} />
                        <ComparePanel projection={projection.clone()} compared={compared.clone()} />
                        <Charts projection={projection} baseline={baseline} compared={compared} {lang} name={handle.scenario().name.clone()} />
                        <SourcesPanel {lang} scenario={targets_only(handle.scenario())} />
                    </div>
                </main>
                <footer class="app-footer">{ lang.pick(text::FOOTER) }</footer>
            }
        </ContextProvider<Planner>>
    }
}

/// The part of a scenario the sources panel shows: its custom targets.
fn targets_only(scenario: &Scenario) -> Scenario {
    Scenario { targets: scenario.targets.clone(), ..Scenario::default() }
}
