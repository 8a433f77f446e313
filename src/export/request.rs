//! What the app asks its export worker for, and the file it gets back.
//!
//! The app sends an [`ExportRequest`] as JSON to the separately built export
//! worker (`src/bin/export_worker.rs`); the worker projects the scenarios
//! itself and answers with an [`ExportFile`]. Keeping the projection and the
//! writers on the worker's side keeps them out of the first-load bundle.

use serde::{Deserialize, Serialize};

use super::csv::{trajectories_csv_in, Dialect};
use super::xlsx::{workbook, Named};
use crate::i18n::Lang;
use crate::model::projection::{project, Projection};
use crate::scenario::Scenario;

/// Which file to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// CSV for software: comma, dot decimals ([`Dialect::SOFTWARE`]).
    Csv,
    /// CSV for Excel under Vietnamese settings ([`Dialect::EXCEL_VI`]).
    CsvExcelVi,
    /// An Excel workbook with typed cells ([`super::xlsx`]).
    Xlsx,
}

/// Everything the worker needs to write a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// Which file.
    pub format: Format,
    /// Language of headers and labels.
    pub lang: Lang,
    /// Display name and scenario: the one on screen first, then the compared.
    pub scenarios: Vec<(String, Scenario)>,
    /// The share link of the scenario on screen.
    pub link: String,
    /// The file name without its extension.
    pub file_stem: String,
}

/// A file ready to download.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportFile {
    /// File name with its extension.
    pub name: String,
    /// Its MIME type.
    pub mime: &'static str,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// MIME type of the workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Makes the requested file, or says why it could not.
pub fn make(request: &ExportRequest) -> Result<ExportFile, String> {
    let projections: Vec<Projection> = request.scenarios.iter().map(|(_, s)| project(s)).collect();
    let stem = &request.file_stem;
    let csv = |dialect, suffix: &str| {
        let named: Vec<(String, Projection)> =
            request.scenarios.iter().map(|(name, _)| name.clone()).zip(projections.iter().cloned()).collect();
        ExportFile {
            name: format!("{stem}{suffix}.csv"),
            mime: "text/csv;charset=utf-8",
            bytes: trajectories_csv_in(&named, request.lang, dialect).into_bytes(),
        }
    };
    Ok(match request.format {
        Format::Csv => csv(Dialect::SOFTWARE, ""),
        Format::CsvExcelVi => csv(Dialect::EXCEL_VI, "-excel-vi"),
        Format::Xlsx => {
            let named: Vec<Named> = request
                .scenarios
                .iter()
                .zip(&projections)
                .map(|((name, scenario), projection)| Named { name, scenario, projection })
                .collect();
            let baseline = project(&Scenario::default());
            let bytes = workbook(&named, &baseline, &request.link, request.lang)?;
            ExportFile { name: format!("{stem}.xlsx"), mime: XLSX_MIME, bytes }
        }
    })
}

/// Reads a request sent as JSON and makes its file.
pub fn make_from_json(json: &str) -> Result<ExportFile, String> {
    let request: ExportRequest =
        serde_json::from_str(json).map_err(|error| format!("export request: {error}"))?;
    make(&request)
}
