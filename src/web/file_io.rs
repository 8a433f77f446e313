//! Export the working scenario as a JSON file, and import one.

use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::download;
use super::planner::{use_lang, use_planner};
use super::render_count;
use crate::app::Problem;
use crate::codec::scenario_file::{export_json, import_json, ImportError};
use crate::i18n::text;
use crate::wording::file_name;

/// "Export JSON" and "Import JSON".
#[function_component(FileButtons)]
pub fn file_buttons() -> Html {
    render_count::count("FileButtons", "");
    let planner = use_planner();
    let lang = use_lang();
    let export = {
        let planner = planner.clone();
        Callback::from(move |_| {
            let scenario = planner.working();
            download::text(
                &file_name(&scenario.name, "json"),
                &export_json(&scenario),
                "application/json;charset=utf-8",
            )
        })
    };
    let import = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            let planner = planner.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                match text.as_deref().map(import_json) {
                    Some(Ok((scenario, problems))) => planner.open_linked(vec![scenario], problems),
                    Some(Err(error)) => planner.report(Problem::Import(error)),
                    None => planner.report(Problem::Import(ImportError::NotAnObject)),
                }
            });
        }
        // Let the same file be chosen again.
        input.set_value("");
    });
    html! {
        <>
            <button type="button" data-action="export" onclick={export}>{ lang.pick(text::EXPORT_JSON) }</button>
            <label class="button">
                { lang.pick(text::IMPORT_JSON) }
                <input type="file" accept=".json,application/json" data-action="import" class="visually-hidden" onchange={import} />
            </label>
        </>
    }
}
