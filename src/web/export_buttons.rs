//! The spreadsheet export buttons: Excel workbook, CSV for Vietnamese
//! Excel, and CSV for software. Each sends the share link of the scenario
//! on screen and the compared ones to the export worker
//! ([`super::export_client`]), which writes the file; nothing is written on
//! the page's own thread.

use yew::prelude::*;

use super::export_client;
use super::planner::{use_lang, use_planner};
use crate::export::request::{ExportRequest, Format};
use crate::i18n::text;

/// The three export buttons, `data-action="export-xlsx"`,
/// `"export-csv-vi"` and `"export-csv"`. They re-render only with the
/// language: the link is read from the planner handle when clicked.
#[function_component(ExportButtons)]
pub fn export_buttons() -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let button = |format: Format, label| {
        let planner = planner.clone();
        let onclick = Callback::from(move |_| {
            // The share link carries the scenario on screen and the compared
            // ones exactly; the worker decodes and projects them itself.
            let request = ExportRequest { format, lang, link: planner.share_url() };
            let planner = planner.clone();
            export_client::request(&request, move |problem| planner.report(problem));
        });
        html! { <button type="button" data-action={format.action()} {onclick}>{ lang.pick(label) }</button> }
    };
    html! {
        <div class="export-buttons">
            { button(Format::Xlsx, text::EXPORT_XLSX) }
            { button(Format::CsvExcelVi, text::EXPORT_CSV_VI) }
            { button(Format::Csv, text::EXPORT_CSV) }
        </div>
    }
}
