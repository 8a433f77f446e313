//! The trajectories as CSV, for spreadsheets: one row per scenario,
//! indicator and year, 2025 to 2030.
//!
//! The conventions are fixed, whatever the interface language (see
//! `docs/exports.md` for why): UTF-8 with a byte-order mark, comma
//! separator, dot decimal, numbers at full precision (the shortest text that
//! reads back as the same `f64`), RFC 4180 quoting and CRLF line endings.
//! Only the header and the indicator labels follow the language.

use std::fmt::Write;

use crate::i18n::text::absolute_unit;
use crate::i18n::Lang;
use crate::model::indicators::{AbsoluteUnit, INDICATORS};
use crate::model::projection::Projection;
use crate::model::sources::Bilingual;
use crate::model::{BASE_YEAR, TARGET_YEAR};

/// The byte-order mark the file starts with, so that Excel reads it as UTF-8.
pub const BOM: char = '\u{FEFF}';
/// The field separator.
pub const SEPARATOR: char = ',';
/// The line ending, after every row including the last.
pub const LINE_END: &str = "\r\n";

/// Header of the scenario-name column.
pub const SCENARIO: Bilingual = Bilingual { vi: "Kịch bản", en: "Scenario" };
/// Header of the stable indicator id column (`digital_economy`, …).
pub const INDICATOR_ID: Bilingual = Bilingual { vi: "Mã chỉ tiêu", en: "Indicator id" };
/// Header of the indicator label column.
pub const INDICATOR: Bilingual = Bilingual { vi: "Chỉ tiêu", en: "Indicator" };
/// Header of the year column.
pub const YEAR: Bilingual = Bilingual { vi: "Năm", en: "Year" };
/// Header of the value column.
pub const VALUE: Bilingual = Bilingual { vi: "Giá trị (%)", en: "Value (%)" };
/// Header of the target column.
pub const TARGET: Bilingual = Bilingual { vi: "Mục tiêu 2030 (%)", en: "2030 target (%)" };
/// Header of an absolute-figure column, before its unit in brackets.
pub const ABSOLUTE: Bilingual = Bilingual { vi: "Số tuyệt đối", en: "Absolute figure" };

/// Characters that make a spreadsheet read a text cell as a formula. A text
/// cell starting with one gets a leading `'`, which spreadsheets show as
/// text (see `docs/exports.md`, "Formula injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The units of the absolute-figure columns, in indicator-table order, each
/// once. An indicator's figure goes in the column of its unit; the other
/// absolute columns of its rows stay empty.
pub fn absolute_units() -> Vec<AbsoluteUnit> {
    let mut units = Vec::new();
    for unit in INDICATORS.iter().filter_map(|spec| spec.absolute.map(|a| a.unit())) {
        if !units.contains(&unit) {
            units.push(unit);
        }
    }
    units
}

/// The header row's cells in `lang`, unquoted.
pub fn header(lang: Lang) -> Vec<String> {
    let fixed =
        [SCENARIO, INDICATOR_ID, INDICATOR, YEAR, VALUE, TARGET].map(|text| lang.pick(text).to_owned());
    let absolute = absolute_units()
        .into_iter()
        .map(|unit| format!("{} ({})", lang.pick(ABSOLUTE), lang.pick(absolute_unit(unit))));
    fixed.into_iter().chain(absolute).collect()
}

/// Writes every indicator's trajectory, 2025 to 2030, of every scenario as
/// CSV, with the header and indicator labels in `lang`.
///
/// `scenarios` pairs a display name with its projection; the first is the
/// scenario on screen and the app passes at most four. Rows run scenario by
/// scenario in the order given, then indicator by indicator in table order,
/// then year by year. Columns: scenario name, indicator id, indicator label,
/// year, value (%), the 2030 target in force (%), then one column per
/// absolute-figure unit ([`absolute_units`]). A value that is not finite
/// (which the model does not produce) is written as an empty cell.
pub fn trajectories_csv(scenarios: &[(String, Projection)], lang: Lang) -> String {
    let units = absolute_units();
    let mut out = String::with_capacity(256 + scenarios.len() * INDICATORS.len() * 6 * 96);
    out.push(BOM);
    let header = header(lang);
    write_row(&mut out, header.iter().map(|cell| Cell::Text(cell)));

    for (name, projection) in scenarios {
        for indicator in &projection.indicators {
            let label = lang.pick(indicator.spec.label);
            let unit = indicator.spec.absolute.map(|a| a.unit());
            for year in BASE_YEAR..=TARGET_YEAR {
                let index = usize::from(year - BASE_YEAR);
                let value = indicator.value_in(year).unwrap_or(f64::NAN);
                let figure = indicator.absolute.map_or(f64::NAN, |figures| figures[index]);
                let fixed = [
                    Cell::Text(name),
                    Cell::Text(indicator.id.key()),
                    Cell::Text(label),
                    Cell::Number(f64::from(year)),
                    Cell::Number(value),
                    Cell::Number(indicator.target),
                ];
                let absolute =
                    units
                        .iter()
                        .map(|column| if Some(*column) == unit { Cell::Number(figure) } else { Cell::Empty });
                write_row(&mut out, fixed.into_iter().chain(absolute));
            }
        }
    }
    out
}

/// One cell of a row.
#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Empty,
}

fn write_row<'a>(out: &mut String, cells: impl IntoIterator<Item = Cell<'a>>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        match cell {
            Cell::Text(text) => write_text(out, text),
            // `Display` for f64 writes the shortest text that parses back to
            // the same value, with a dot and never an exponent.
            Cell::Number(value) if value.is_finite() => {
                let _ = write!(out, "{value}");
            }
            Cell::Number(_) | Cell::Empty => {}
        }
    }
    out.push_str(LINE_END);
}

/// Writes a text cell: guarded against formula injection, then quoted per
/// RFC 4180 when it holds a separator, a quote or a line break (quotes
/// doubled inside).
fn write_text(out: &mut String, text: &str) {
    let guard = text.starts_with(FORMULA_STARTS);
    let quote = text.contains([SEPARATOR, '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(input: &str) -> String {
        let mut out = String::new();
        write_text(&mut out, input);
        out
    }

    #[test]
    fn text_cells_are_quoted_only_when_needed() {
        assert_eq!(text("Cơ sở"), "Cơ sở");
        assert_eq!(text("a,b"), "\"a,b\"");
        assert_eq!(text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text("two\r\nlines"), "\"two\r\nlines\"");
        assert_eq!(text(""), "");
    }

    #[test]
    fn formula_like_text_is_kept_as_text() {
        assert_eq!(text("=1+2"), "'=1+2");
        assert_eq!(text("-5 %"), "'-5 %");
        assert_eq!(text("=A1,B1"), "\"'=A1,B1\"");
        assert_eq!(text("a=b"), "a=b");
    }

    #[test]
    fn every_unit_has_a_column() {
        let units = absolute_units();
        for spec in INDICATORS {
            if let Some(absolute) = spec.absolute {
                assert!(units.contains(&absolute.unit()), "{:?}", spec.id);
            }
        }
        assert_eq!(header(Lang::En).len(), 6 + units.len());
    }
}
