//! The root component: owns the reducer, derives the projections and lays
//! out the page.

use std::rc::Rc;

use yew::prelude::*;

use super::address;
use super::charts::Charts;
use super::compare_panel::ComparePanel;
use super::copy_embed::CopyEmbed;
use super::effects;
use super::hooks::use_keydown;
use super::lever_panel::LeverPanel;
use super::messages::Messages;
use super::planner::Planner;
use super::presentation::Presentation;
use super::report::ReportHeader;
use super::scenario_bar::ScenarioBar;
use super::shortcuts::{self, Shortcut};
use super::sources_panel::SourcesPanel;
use super::startup;
use super::storage;
use super::summary::Summary;
use crate::app::{Action, AppState};
use crate::codec::link::{encode, LinkState};
use crate::i18n::{text, Lang};
use crate::model::projection::{project, Projection};
use crate::scenario::Scenario;

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

    let query = encode(&handle.link_state());
    // Component tests mount the app unconnected: no storage, no address bar.
    effects::use_autosave_and_address(&planner, &handle, &query, connected);
    effects::use_tab_sync(&planner, connected);
    effects::use_back_and_forward(&planner, connected);

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
    // The QR codes and the printed link open the scenario in the planner, not the deck.
    let url = match handle.presenting {
        Some(_) => address::url_for(&encode(&LinkState { present: None, ..handle.link_state() })),
        None => address::url_for(&query),
    };
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
                        <CopyEmbed query={query.clone()} />
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
                    // Phones show the results first; this takes the reader to the levers below.
                    <a class="adjust" href="#levers" data-action="adjust">{ lang.pick(text::ADJUST) }</a>
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
