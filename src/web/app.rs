//! The root component: owns the reducer, derives the projections and lays
//! out the page.

use std::rc::Rc;

use yew::prelude::*;

use super::charts::Charts;
use super::lever_panel::LeverPanel;
use super::messages::Messages;
use super::planner::Planner;
use super::sources_panel::SourcesPanel;
use super::storage;
use super::summary::Summary;
use crate::app::AppState;
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
    let handle = use_reducer_eq(move || initial.unwrap_or_else(|| AppState::new(storage::load_lang())));
    let planner = Planner::new(handle.clone());
    let lang = handle.lang;

    // Keep <html lang> and the title in step with the language, and remember it.
    use_effect_with(lang, |lang| {
        let lang = *lang;
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        gloo::utils::document().set_title(lang.pick(text::APP_TITLE));
        storage::save_lang(lang);
    });

    let projection: Rc<Projection> = use_memo(handle.scenario.clone(), project);
    let baseline: Rc<Projection> = use_memo((), |_| project(&Scenario::default()));

    let lang_button = |target: Lang, label: &'static str| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| planner.set_lang(target));
        html! {
            <button type="button" data-lang={target.code()} lang={target.code()}
                aria-pressed={(lang == target).to_string()} {onclick}>{label}</button>
        }
    };

    html! {
        <ContextProvider<Planner> context={planner.clone()}>
            <header class="app-header">
                <div class="titles">
                    <h1>{ lang.pick(text::APP_TITLE) }</h1>
                    <p class="subtitle">{ lang.pick(text::APP_SUBTITLE) }</p>
                </div>
                <div class="lang-switch" role="group" aria-label={lang.pick(text::LANGUAGE)}>
                    { lang_button(Lang::Vi, "Tiếng Việt") }
                    { lang_button(Lang::En, "English") }
                </div>
            </header>
            <Messages />
            <main class="layout">
                <LeverPanel />
                <div class="results">
                    <Summary projection={projection.clone()} />
                    <Charts projection={projection} baseline={baseline} {lang} />
                    <SourcesPanel />
                </div>
            </main>
            <footer class="app-footer">{ lang.pick(text::FOOTER) }</footer>
        </ContextProvider<Planner>>
    }
}
