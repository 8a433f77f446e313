//! The trajectories as CSV, for spreadsheets: one row per scenario,
//! indicator and year, 2025 to 2030.
//!
//! Two dialects (see `docs/exports.md` for why): [`Dialect::SOFTWARE`]
//! (comma separator, dot decimal) for scripts and English-format
//! spreadsheets, and [`Dialect::EXCEL_VI`] (semicolon separator, decimal
//! comma) for Excel and LibreOffice under Vietnamese regional settings. Both
//! are UTF-8 with a byte-order mark, RFC 4180 quoting and CRLF line endings;
//! shares are written to 15 significant digits without noise
//! ([`super::number`]) and counts as whole numbers. Only the header and the
//! indicator labels follow the interface language.

use super::number;
use crate::i18n::fan_words::percentile_header;
use crate::i18n::text::absolute_unit;
use crate::i18n::Lang;
use crate::model::indicators::{AbsoluteUnit, INDICATORS};
use crate::model::projection::Projection;
use crate::model::sources::Bilingual;
use crate::model::uncertainty::Fan;
use crate::model::{BASE_YEAR, TARGET_YEAR};

/// The byte-order mark the file starts with, so that Excel reads it as UTF-8.
pub const BOM: char = '\u{FEFF}';
/// The field separator of the software dialect.
pub const SEPARATOR: char = ',';
/// The line ending, after every row including the last.
pub const LINE_END: &str = "\r\n";

/// How numbers and fields are written: the separator between fields and
/// the decimal mark. There is never a thousands separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// Between fields.
    pub separator: char,
    /// Between the whole and the fractional part of a number.
    pub decimal_mark: char,
}

impl Dialect {
    /// For software and English-format spreadsheets: `,` and `.`.
    pub const SOFTWARE: Dialect = Dialect { separator: SEPARATOR, decimal_mark: '.' };
    /// For Excel and LibreOffice under Vietnamese regional settings: `;`
    /// and `,`, which is what they expect of a CSV opened by double-click.
    pub const EXCEL_VI: Dialect = Dialect { separator: ';', decimal_mark: ',' };
}

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
    let percentiles = (0..5).map(|i| percentile_header(i, lang));
    fixed.into_iter().chain(absolute).chain(percentiles).collect()
}

/// Whether an absolute figure counts things, and so is written whole.
pub fn is_count(unit: AbsoluteUnit) -> bool {
    match unit {
        AbsoluteUnit::Services => true,
        AbsoluteUnit::TrillionVnd | AbsoluteUnit::ThousandPeople => false,
    }
}

/// [`trajectories_csv_in`] in the software dialect ([`Dialect::SOFTWARE`]).
pub fn trajectories_csv(scenarios: &[(String, Projection)], fans: &[Fan], lang: Lang) -> String {
    trajectories_csv_in(scenarios, fans, lang, Dialect::SOFTWARE)
}

/// Writes every indicator's trajectory, 2025 to 2030, of every scenario as
/// CSV in `dialect`, with the header and indicator labels in `lang`.
///
/// `scenarios` pairs a display name with its projection; the first is the
/// scenario on screen and the app passes at most four. Rows run scenario by
/// scenario in the order given, then indicator by indicator in table order,
/// then year by year. Columns: scenario name, indicator id, indicator label,
/// year, value (%), the 2030 target in force (%), one column per
/// absolute-figure unit ([`absolute_units`]), then the Monte Carlo
/// percentiles of the year (5th, 25th, median, 75th, 95th, %) from the
/// scenario's fan: `fans[i]` is the fan of `scenarios[i]`, and a scenario
/// without one leaves those cells empty. Shares and figures are
/// written to 15 significant digits, counts ([`is_count`]) rounded to whole
/// numbers. A value that is not finite (which the model does not produce)
/// is written as an empty cell.
pub fn trajectories_csv_in(
    scenarios: &[(String, Projection)],
    fans: &[Fan],
    lang: Lang,
    dialect: Dialect,
) -> String {
    let units = absolute_units();
    let mut out = String::with_capacity(256 + scenarios.len() * INDICATORS.len() * 6 * 96);
    out.push(BOM);
    let header = header(lang);
    write_row(&mut out, dialect, header.iter().map(|cell| Cell::Text(cell)));

    for (index, (name, projection)) in scenarios.iter().enumerate() {
        let fan = fans.get(index);
        for indicator in &projection.indicators {
            let bands = fan.map(|f| f.get(indicator.id).bands);
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
                let absolute = units.iter().map(|column| match unit {
                    Some(unit) if unit == *column && is_count(unit) => Cell::Count(figure),
                    Some(unit) if unit == *column => Cell::Number(figure),
                    _ => Cell::Empty,
                });
                let band = bands.map(|b| b[index].as_array());
                let percentiles = (0..5).map(|i| band.map_or(Cell::Empty, |b| Cell::Number(b[i])));
                write_row(&mut out, dialect, fixed.into_iter().chain(absolute).chain(percentiles));
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
    Count(f64),
    Empty,
}

fn write_row<'a>(out: &mut String, dialect: Dialect, cells: impl IntoIterator<Item = Cell<'a>>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(dialect.separator);
        }
        let number = match cell {
            Cell::Text(text) => {
                write_text(out, text, dialect.separator);
                None
            }
            Cell::Number(value) => number::plain(value, dialect.decimal_mark),
            Cell::Count(value) => number::whole(value),
            Cell::Empty => None,
        };
        out.push_str(number.as_deref().unwrap_or(""));
    }
    out.push_str(LINE_END);
}

/// Writes a text cell: guarded against formula injection, then quoted per
/// RFC 4180 when it holds a separator (either dialect's, so that a reader
/// guessing the separator cannot split it), a quote or a line break
/// (quotes doubled inside).
fn write_text(out: &mut String, text: &str, separator: char) {
    let guard = text.starts_with(FORMULA_STARTS);
    let quote = text.contains([separator, SEPARATOR, Dialect::EXCEL_VI.separator, '"', '\r', '\n']);
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
        write_text(&mut out, input, SEPARATOR);
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
        assert_eq!(header(Lang::En).len(), 6 + units.len() + 5);
    }
}
