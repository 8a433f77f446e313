//! The spreadsheet export buttons: Excel workbook, CSV for Vietnamese
//! Excel, and CSV for software. Each sends the share link of the scenario
//! on screen and the compared ones to the export worker
//! ([`super::export_client`]), which writes the file; nothing is written on
//! the page's own thread.

use yew::prelude::*;

use super::export_client;
use super::planner::Planner;
use crate::export::request::{ExportRequest, Format};
use crate::i18n::{text, Lang};

/// The three export buttons, `data-action="export-xlsx"`,
/// `"export-csv-vi"` and `"export-csv"`, placed by the chart grid, which
/// holds the planner handle and the language. The link is read from the
/// handle when a button is clicked, not while rendering.
pub fn export_buttons(planner: &Planner, lang: Lang) -> Html {
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
