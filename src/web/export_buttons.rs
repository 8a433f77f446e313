//! The spreadsheet export buttons: Excel workbook, CSV for Vietnamese
//! Excel, and CSV for software. Each sends the scenario on screen and the
//! compared ones to the export worker ([`super::export_client`]), which
//! writes the file; nothing is written on the page's own thread.

use yew::prelude::*;

use super::address;
use super::export_client;
use super::planner::use_planner;
use super::scenario_bar::{display_name, file_name};
use crate::codec::link::encode;
use crate::export::request::{ExportRequest, Format};
use crate::i18n::text;

/// The three export buttons, `data-action="export-xlsx"`,
/// `"export-csv-vi"` and `"export-csv"`.
#[function_component(ExportButtons)]
pub fn export_buttons() -> Html {
    let planner = use_planner();
    let lang = planner.lang();
    let button = |format: Format, action: &'static str, label| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| {
            let state = planner.state();
            let scenario = state.scenario();
            let mut scenarios = vec![(display_name(&scenario.name, lang), scenario.clone())];
            scenarios
                .extend(state.workspace.compared().into_iter().map(|s| (display_name(&s.name, lang), s)));
            let request = ExportRequest {
                format,
                lang,
                scenarios,
                link: address::url_for(&encode(&state.link_state())),
                file_stem: file_name(&scenario.name).trim_end_matches(".json").to_owned(),
            };
            let planner = planner.clone();
            export_client::request(&request, move |problem| planner.report(problem));
        });
        html! { <button type="button" data-action={action} {onclick}>{ lang.pick(label) }</button> }
    };
    html! {
        <div class="export-buttons" role="group" aria-label={lang.pick(text::EXPORT_GROUP)}>
            { button(Format::Xlsx, "export-xlsx", text::EXPORT_XLSX) }
            { button(Format::CsvExcelVi, "export-csv-vi", text::EXPORT_CSV_VI) }
            { button(Format::Csv, "export-csv", text::EXPORT_CSV) }
        </div>
    }
}
