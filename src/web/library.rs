//! The library: saved scenarios and presets, each with open and compare;
//! saved ones also rename, duplicate and delete.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::planner::{use_lang, use_planner, Planner};
use super::render_count;
use crate::i18n::text;
use crate::presets::Preset;
use crate::wording::display_name;
use crate::workspace::{Compared, SavedScenario};

/// Properties of [`Library`].
#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    /// The saved scenarios.
    pub saved: Rc<Vec<SavedScenario>>,
    /// The comparison set.
    pub compare: Rc<Vec<Compared>>,
    /// The saved scenario on screen, if any.
    pub origin: Option<u32>,
}

/// Saved scenarios and presets.
#[function_component(Library)]
pub fn library(props: &LibraryProps) -> Html {
    render_count::count("Library", "");
    let planner = use_planner();
    let lang = use_lang();
    let compared = |entry: &Compared| props.compare.contains(entry);

    let compare_box = |entry: Compared, label: String, key: String| {
        let planner = planner.clone();
        let checked = compared(&entry);
        let onchange = Callback::from(move |event: Event| {
            // The box shows the comparison set: put it back as it was; if
            // the toggle is taken, the set changes and the box follows. A
            // refused toggle (comparison full) changes no property here, so
            // nothing would re-render to undo the browser's tick.
            let input: HtmlInputElement = event.target_unchecked_into();
            input.set_checked(checked);
            planner.toggle_compare(entry.clone());
        });
        html! {
            <label class="compare-toggle">
                <input type="checkbox" data-compare={key} {checked} {onchange} aria-label={format!("{} — {label}", lang.pick(text::COMPARE))} />
                { lang.pick(text::COMPARE) }
            </label>
        }
    };

    let saved = props.saved.iter().map(|saved| {
        let id = saved.id;
        let on_screen = props.origin == Some(id);
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
        <details class="library" open={!props.saved.is_empty() || !props.compare.is_empty()}>
            <summary data-library-summary="">{ text::library_heading(props.saved.len(), Preset::ALL.len(), lang) }</summary>
            // h2: the library comes before the page's first section heading.
            <div class="library-lists">
                <div>
                    <h2>{ lang.pick(text::SAVED_SCENARIOS) }</h2>
                    if props.saved.is_empty() {
                        <p class="hint">{ lang.pick(text::NONE_SAVED) }</p>
                    } else {
                        <ul>{ for saved }</ul>
                    }
                </div>
                <div>
                    <h2>{ lang.pick(text::PRESETS) }</h2>
                    <ul>{ for presets }</ul>
                </div>
            </div>
            if !props.compare.is_empty() {
                <button type="button" data-action="clear-compare" onclick={clear}>{ lang.pick(text::CLEAR_COMPARE) }</button>
            }
        </details>
    }
}
