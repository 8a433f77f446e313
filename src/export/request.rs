//! What the app asks its export worker for, and the file it gets back.
//!
//! The app posts an [`ExportRequest`] to the separately built export worker
//! (`src/bin/export_worker.rs`) as a three-line text message: the format,
//! the language and the share link ([`ExportRequest::to_message`]). The
//! link already carries the scenario on screen and the compared ones,
//! exactly (`docs/links.md`), so the worker decodes it, projects the
//! scenarios itself and answers with an [`ExportFile`]. The app's side
//! stays a few lines: no serialisation, no projection, no writer.

use super::csv::{trajectories_csv_in, Dialect};
use super::xlsx::{workbook, Named};
use crate::codec::link::decode;
use crate::i18n::Lang;
use crate::model::projection::{project, Projection};
use crate::model::uncertainty::{simulate, Fan};
use crate::scenario::Scenario;
use crate::wording::{display_name, file_name};

/// Which file to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV for software: comma, dot decimals ([`Dialect::SOFTWARE`]).
    Csv,
    /// CSV for Excel under Vietnamese settings ([`Dialect::EXCEL_VI`]).
    CsvExcelVi,
    /// An Excel workbook with typed cells ([`super::xlsx`]).
    Xlsx,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Xlsx, Format::CsvExcelVi, Format::Csv];

    /// The format's key in messages, and its button's `data-action`.
    pub fn action(self) -> &'static str {
        match self {
            Format::Csv => "export-csv",
            Format::CsvExcelVi => "export-csv-vi",
            Format::Xlsx => "export-xlsx",
        }
    }
}

/// Everything the worker needs to write a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    /// Which file.
    pub format: Format,
    /// Language of headers and labels.
    pub lang: Lang,
    /// The full share link: the scenario on screen first, then the compared.
    pub link: String,
}

impl ExportRequest {
    /// The message the app posts: format, language code and link, one a line.
    pub fn to_message(&self) -> String {
        format!("{}\n{}\n{}", self.format.action(), self.lang.code(), self.link)
    }

    /// Reads a message written by [`ExportRequest::to_message`].
    pub fn from_message(message: &str) -> Result<Self, String> {
        let mut lines = message.splitn(3, '\n');
        let (format, lang, link) = (lines.next(), lines.next(), lines.next());
        let format = Format::ALL
            .into_iter()
            .find(|f| Some(f.action()) == format)
            .ok_or_else(|| format!("export request: unknown format {format:?}"))?;
        let lang = lang
            .and_then(Lang::from_code)
            .ok_or_else(|| format!("export request: unknown language {lang:?}"))?;
        let link = link.ok_or("export request: no link")?.to_owned();
        Ok(ExportRequest { format, lang, link })
    }
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
    let query = request.link.split_once('?').map_or("", |(_, query)| query);
    let query = query.split('#').next().unwrap_or_default();
    let scenarios: Vec<Scenario> = decode(query).state.scenarios;
    let names: Vec<String> = scenarios.iter().map(|s| display_name(&s.name, request.lang)).collect();
    let projections: Vec<Projection> = scenarios.iter().map(project).collect();
    // Each scenario's own fan, from its own seed and paths: the numbers the
    // planner shows for the scenario on screen, bit for bit.
    let fans: Vec<Fan> = scenarios.iter().map(simulate).collect();
    let name = |extension| file_name(scenarios.first().map_or("", |s| s.name.as_str()), extension);
    let csv = |dialect, suffix: &str| ExportFile {
        name: name("csv").replace(".csv", &format!("{suffix}.csv")),
        mime: "text/csv;charset=utf-8",
        bytes: {
            let named: Vec<(String, Projection)> =
                names.iter().cloned().zip(projections.iter().cloned()).collect();
            trajectories_csv_in(&named, &fans, request.lang, dialect).into_bytes()
        },
    };
    Ok(match request.format {
        Format::Csv => csv(Dialect::SOFTWARE, ""),
        Format::CsvExcelVi => csv(Dialect::EXCEL_VI, "-excel-vi"),
        Format::Xlsx => {
            let named: Vec<Named> = names
                .iter()
                .zip(&scenarios)
                .zip(&projections)
                .zip(&fans)
                .map(|(((name, scenario), projection), fan)| Named {
                    name,
                    scenario,
                    projection,
                    fan: Some(fan),
                })
                .collect();
            let baseline = project(&Scenario::default());
            let bytes = workbook(&named, &baseline, &request.link, request.lang)?;
            ExportFile { name: name("xlsx"), mime: XLSX_MIME, bytes }
        }
    })
}

/// Reads a message from the app and makes its file.
pub fn make_from_message(message: &str) -> Result<ExportFile, String> {
    make(&ExportRequest::from_message(message)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip() {
        for format in Format::ALL {
            for lang in [Lang::Vi, Lang::En] {
                let request =
                    ExportRequest { format, lang, link: "https://x.org/a b/?v=1&name=A\nB".to_owned() };
                assert_eq!(ExportRequest::from_message(&request.to_message()), Ok(request));
            }
        }
        assert!(ExportRequest::from_message("pdf\nvi\nx").unwrap_err().contains("unknown format"));
        assert!(ExportRequest::from_message("export-csv\nfr\nx").unwrap_err().contains("unknown language"));
        assert_eq!(ExportRequest::from_message("export-csv\nvi"), Err("export request: no link".to_owned()));
    }
}
