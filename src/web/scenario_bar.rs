//! The scenario bar: the working scenario's name and note, save, undo and
//! redo, the share link, JSON export and import, and the library of saved
//! scenarios and presets with comparison toggles.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::address;
use super::download;
use super::planner::{use_planner, Planner};
use crate::app::Problem;
use crate::codec::scenario_file::{export_json, import_json};
use crate::i18n::{text, Lang};
use crate::presets::Preset;
use crate::workspace::{Compared, SavePlan};

/// Properties of [`ScenarioBar`].
#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    /// The current link's query string, as in the address bar.
    pub query: String,
}

/// The bar above the planner.
#[function_component(ScenarioBar)]
pub fn scenario_bar(props: &ScenarioBarProps) -> Html {
    let planner = use_planner();
    let lang = planner.lang();
    let state = planner.state();
    let workspace = &state.workspace;
    // The link field shows when the clipboard was refused, for copying by hand.
    let show_link = use_state(|| false);
    let link_field = use_node_ref();

    let on_name = {
        let planner = planner.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            planner.set_name(input.value());
        })
    };
    let on_note = {
        let planner = planner.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlTextAreaElement = event.target_unchecked_into();
            planner.set_note(input.value());
        })
    };
    let click = |f: fn(&Planner)| {
        let planner = planner.clone();
        Callback::from(move |_| f(&planner))
    };
    let url = address::url_for(&props.query);
    let copy = {
        let planner = planner.clone();
        let url = url.clone();
        let show_link = show_link.clone();
        Callback::from(move |_| copy_link(planner.clone(), url.clone(), show_link.clone()))
    };
    {
        // Select the fallback field's text as soon as it appears.
        let link_field = link_field.clone();
        use_effect_with(*show_link, move |shown| {
            if *shown {
                if let Some(input) = link_field.cast::<HtmlInputElement>() {
                    input.select();
                }
            }
        });
    }
    let export = {
        let scenario = workspace.working.clone();
        Callback::from(move |_| {
            download::text(
                &file_name(&scenario.name),
                &export_json(&scenario),
                "application/json;charset=utf-8",
            )
        })
    };
    let import = {
        let planner = planner.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                let planner = planner.clone();
                spawn_local(async move {
                    let text = JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                    match text.as_deref().map(import_json) {
                        Some(Ok((scenario, problems))) => planner.open_linked(vec![scenario], problems),
                        Some(Err(error)) => planner.report(Problem::Import(error)),
                        None => planner
                            .report(Problem::Import(crate::codec::scenario_file::ImportError::NotAnObject)),
                    }
                });
            }
            // Let the same file be chosen again.
            input.set_value("");
        })
    };

    let name = &workspace.working.name;
    let save_label = match workspace.save_plan() {
        SavePlan::Update(id) if workspace.is_unsaved() => workspace.saved(id).map_or_else(
            || lang.pick(text::SAVE).to_owned(),
            |s| text::save_over(&display_name(&s.scenario.name, lang), lang),
        ),
        _ => lang.pick(text::SAVE).to_owned(),
    };
    let replace = |id: u32| {
        let planner = planner.clone();
        Callback::from(move |_| planner.save_replacing(id))
    };
    html! {
        <section class="scenario-bar" aria-label={lang.pick(text::LIBRARY)}>
            <div class="scenario-head">
                <label class="scenario-name">
                    <span class="visually-hidden">{ lang.pick(text::SCENARIO_NAME) }</span>
                    <input type="text" data-scenario-name="" maxlength="80" value={name.clone()}
                        placeholder={lang.pick(text::UNNAMED)} oninput={on_name} />
                </label>
                if workspace.is_unsaved() {
                    <span class="badge unsaved" data-unsaved="">{ lang.pick(text::UNSAVED) }</span>
                }
                <div class="scenario-actions">
                    <button type="button" data-action="save" onclick={click(Planner::save)}
                        disabled={!workspace.is_unsaved() && workspace.origin.is_some()}>{ save_label }</button>
                    if let Some(replaceable) = workspace.replaceable() {
                        <button type="button" data-action="save-replace" data-replaces={replaceable.id.to_string()}
                            onclick={replace(replaceable.id)}>{ text::replace_saved(&display_name(&replaceable.scenario.name, lang), lang) }</button>
                    }
                    <button type="button" data-action="save-as-new" onclick={click(Planner::save_as_new)}>{ lang.pick(text::SAVE_AS_NEW) }</button>
                    <button type="button" data-action="undo" onclick={click(Planner::undo)} disabled={state.past.is_empty()}
                        title="Ctrl+Z">{ lang.pick(text::UNDO) }</button>
                    <button type="button" data-action="redo" onclick={click(Planner::redo)} disabled={state.future.is_empty()}
                        title="Ctrl+Shift+Z">{ lang.pick(text::REDO) }</button>
                    <button type="button" data-action="copy-link" onclick={copy}>{ lang.pick(text::COPY_LINK) }</button>
                    <button type="button" data-action="export" onclick={export}>{ lang.pick(text::EXPORT_JSON) }</button>
                    <label class="button">
                        { lang.pick(text::IMPORT_JSON) }
                        <input type="file" accept=".json,application/json" data-action="import" class="visually-hidden" onchange={import} />
                    </label>
                </div>
            </div>
            if *show_link {
                <label class="share-link">
                    <span>{ lang.pick(text::SHARE_LINK) }</span>
                    <input type="text" readonly=true data-share-link="" value={url} ref={link_field} />
                </label>
            }
            <details class="note">
                <summary>{ lang.pick(text::NOTE) }</summary>
                <textarea data-scenario-note="" maxlength="1000" rows="4" value={workspace.working.note.clone()} oninput={on_note} />
            </details>
            <Library />
        </section>
    }
}

/// Saved scenarios and presets, each with open and compare; saved ones also
/// rename, duplicate and delete.
#[function_component(Library)]
fn library() -> Html {
    let planner = use_planner();
    let lang = planner.lang();
    let workspace = &planner.state().workspace;
    let compared = |entry: &Compared| workspace.compare.contains(entry);

    let compare_box = |entry: Compared, label: String, key: String| {
        let planner = planner.clone();
        let checked = compared(&entry);
        let onchange = Callback::from(move |_| planner.toggle_compare(entry.clone()));
        html! {
            <label class="compare-toggle">
                <input type="checkbox" data-compare={key} {checked} {onchange} aria-label={format!("{} — {label}", lang.pick(text::COMPARE))} />
                { lang.pick(text::COMPARE) }
            </label>
        }
    };

    let saved = workspace.saved.iter().map(|saved| {
        let id = saved.id;
        let on_screen = workspace.origin == Some(id);
        let name = display_name(&saved.scenario.name, lang);
        let act = |f: fn(&Planner, u32)| {
            let planner = planner.clone();
            Callback::from(move |_| f(&planner, id))
        };
        let rename = {
            let planner = planner.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                planner.rename(id, input.value());
            })
        };
        html! {
            <li class={classes!("saved", on_screen.then_some("on-screen"))} data-saved={id.to_string()} key={id}>
                <input type="text" class="saved-name" value={saved.scenario.name.clone()} maxlength="80"
                    aria-label={format!("{} — {name}", lang.pick(text::RENAME))} onchange={rename} data-rename={id.to_string()} />
                if on_screen { <span class="badge">{ lang.pick(text::ON_SCREEN) }</span> }
                <span class="row-actions">
                    <button type="button" data-open={id.to_string()} onclick={act(Planner::open_saved)} disabled={on_screen}>{ lang.pick(text::OPEN) }</button>
                    <button type="button" data-duplicate={id.to_string()} onclick={act(Planner::duplicate)}>{ lang.pick(text::DUPLICATE) }</button>
                    <button type="button" data-delete={id.to_string()} onclick={act(Planner::delete)}>{ lang.pick(text::DELETE) }</button>
                    if !on_screen { { compare_box(Compared::Saved(id), name.clone(), format!("saved-{id}")) } }
                </span>
            </li>
        }
    });
    let presets = Preset::ALL.iter().map(|preset| {
        let preset = *preset;
        let name = preset.name(lang);
        let open = {
            let planner = planner.clone();
            Callback::from(move |_| planner.open_preset(preset))
        };
        html! {
            <li class="preset" data-preset={preset.key()} key={preset.key()}>
                <span class="preset-text">
                    <span class="preset-name">{ name }</span>
                    <span class="preset-description" data-preset-description={preset.key()}>{ preset.description(lang) }</span>
                </span>
                <span class="row-actions">
                    <button type="button" data-open-preset={preset.key()} onclick={open}>{ lang.pick(text::OPEN) }</button>
                    { compare_box(Compared::Preset(preset), name.to_owned(), preset.key().to_owned()) }
                </span>
            </li>
        }
    });
    let clear = {
        let planner = planner.clone();
        Callback::from(move |_| planner.clear_compare())
    };
    html! {
        <details class="library" open={!workspace.saved.is_empty() || !workspace.compare.is_empty()}>
            <summary data-library-summary="">{ text::library_heading(workspace.saved.len(), Preset::ALL.len(), lang) }</summary>
            <div class="library-lists">
                <div>
                    <h3>{ lang.pick(text::SAVED_SCENARIOS) }</h3>
                    if workspace.saved.is_empty() {
                        <p class="hint">{ lang.pick(text::NONE_SAVED) }</p>
                    } else {
                        <ul>{ for saved }</ul>
                    }
                </div>
                <div>
                    <h3>{ lang.pick(text::PRESETS) }</h3>
                    <ul>{ for presets }</ul>
                </div>
            </div>
            if !workspace.compare.is_empty() {
                <button type="button" data-action="clear-compare" onclick={clear}>{ lang.pick(text::CLEAR_COMPARE) }</button>
            }
        </details>
    }
}

/// A scenario's name for display: "unnamed" when empty.
pub fn display_name(name: &str, lang: Lang) -> String {
    if name.trim().is_empty() {
        lang.pick(text::UNNAMED).to_owned()
    } else {
        name.to_owned()
    }
}

/// Copies the link, or shows it in a field to copy by hand when the
/// clipboard is refused or missing (insecure origin, permissions).
fn copy_link(planner: Planner, url: String, show_link: UseStateHandle<bool>) {
    // `navigator.clipboard` is undefined on insecure origins: check before use.
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
        .map(|value| value.unchecked_into::<web_sys::Clipboard>());
    spawn_local(async move {
        let copied = match clipboard {
            Some(clipboard) => JsFuture::from(clipboard.write_text(&url)).await.is_ok(),
            None => false,
        };
        if copied {
            planner.report(Problem::LinkCopied);
        } else {
            show_link.set(true);
            planner.report(Problem::ClipboardRefused);
        }
    });
}

/// A file name from a scenario name: letters, digits and dashes.
pub fn file_name(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() { "kich-ban".to_owned() } else { stem };
    format!("lotrinh-{stem}.json")
}
