//! The projections as an Excel workbook (`.xlsx`) with typed cells, so no
//! regional setting can misread a number.
//!
//! Sheets, in order (names and headers in the interface language):
//! 1. the scenario: its name, note, share link (a clickable hyperlink), the
//!    compared scenarios and the data vintage;
//! 2. one sheet per indicator: year, the baseline projection, the scenario
//!    on screen, each compared scenario, the 2030 target, the gap to it,
//!    the absolute figure where the indicator has one, and the scenario on
//!    screen's Monte Carlo percentiles (5th, 25th, median, 75th, 95th);
//! 3. the assumptions: every lever of every scenario, one column per year;
//! 4. the sources: every baseline, target, context figure and lever default
//!    with its source, date and basis, and every flag.
//!
//! Every number is a numeric cell holding the model's exact `f64`; a number
//! format shows it at the app's precision (`0.0" %"`). Every text, scenario
//! names included, is a string cell, so a name such as `=HYPERLINK(…)` is
//! shown, never evaluated. Each sheet's header row is frozen. Written with
//! `rust_xlsxwriter`; the app calls this only from its separately built
//! export worker, so the first load does not carry the writer.

use rust_xlsxwriter::{Format, FormatAlign, Url, Workbook, Worksheet, XlsxError};

use super::csv::is_count;
use crate::i18n::fan_words::percentile_header;
use crate::i18n::text::{self, absolute_unit, lever_unit};
use crate::i18n::Lang;
use crate::model::indicators::{AbsoluteUnit, IndicatorId, IndicatorSpec, INDICATORS};
use crate::model::levers::{LeverSpec, LEVERS};
use crate::model::projection::Projection;
use crate::model::sources::{Bilingual, Source};
use crate::model::uncertainty::Fan;
use crate::model::{BASE_YEAR, TARGET_YEAR, YEARS};
use crate::scenario::{Scenario, DATA_VINTAGE};

/// Name of the first sheet.
pub const SCENARIO_SHEET: Bilingual = Bilingual { vi: "Kịch bản", en: "Scenario" };
/// Name of the assumptions sheet.
pub const ASSUMPTIONS_SHEET: Bilingual = Bilingual { vi: "Giả định", en: "Assumptions" };
/// Name of the sources sheet.
pub const SOURCES_SHEET: Bilingual = Bilingual { vi: "Nguồn", en: "Sources" };
/// Header of the first sheet's label column.
pub const ITEM: Bilingual = Bilingual { vi: "Mục", en: "Item" };
/// Header of a value column.
pub const VALUE: Bilingual = Bilingual { vi: "Giá trị", en: "Value" };
/// The compared scenarios' label on the first sheet, before their number.
pub const COMPARED: Bilingual = Bilingual { vi: "So sánh", en: "Compared" };
/// Header of the gap column: target minus the scenario's value.
pub const GAP_HEADER: Bilingual =
    Bilingual { vi: "Khoảng cách đến mục tiêu (điểm %)", en: "Gap to target (pp)" };
/// Header of the indicator or lever column of the sources sheet.
pub const FIGURE: Bilingual = Bilingual { vi: "Chỉ tiêu / giả định", en: "Indicator / assumption" };
/// Header of the basis column of the sources sheet.
pub const BASIS: Bilingual = Bilingual { vi: "Cơ sở số liệu", en: "Basis" };
/// Row label of a flag on the sources sheet.
pub const FLAG: Bilingual = Bilingual { vi: "Lưu ý ⚑", en: "Flag ⚑" };
/// Header of the lever id column.
pub const LEVER_ID: Bilingual = Bilingual { vi: "Mã giả định", en: "Lever id" };
/// Header of the lever label column.
pub const LEVER: Bilingual = Bilingual { vi: "Giả định", en: "Assumption" };
/// Header of a unit column.
pub const UNIT: Bilingual = Bilingual { vi: "Đơn vị", en: "Unit" };

/// Excel's limit on a hyperlink's length; a longer share link is written as
/// plain text.
pub const MAX_URL_CHARS: usize = 2079;

/// Excel's limit on the characters of a text cell.
const MAX_TEXT_CHARS: usize = 32_767;

/// The short name of an indicator's sheet: at most 31 characters and none
/// of `/ \ ? * [ ] :`, as Excel requires of sheet names.
pub fn indicator_sheet(id: IndicatorId) -> Bilingual {
    match id {
        IndicatorId::DigitalEconomy => Bilingual { vi: "Kinh tế số", en: "Digital economy" },
        IndicatorId::DigitalWorkforce => Bilingual { vi: "Nhân lực số", en: "Digital workforce" },
        IndicatorId::OnlineServices => {
            Bilingual { vi: "Dịch vụ công trực tuyến", en: "Online services" }
        }
        IndicatorId::RecordsDigitisation => {
            Bilingual { vi: "Số hoá hồ sơ", en: "Records digitisation" }
        }
    }
}

/// One scenario to write: its display name, the scenario and its projection.
pub struct Named<'a> {
    /// The name shown in headers (the app's own name for an unnamed one).
    pub name: &'a str,
    /// Its levers, targets and note.
    pub scenario: &'a Scenario,
    /// Its projection.
    pub projection: &'a Projection,
    /// Its fan (the Monte Carlo percentiles); the scenario on screen's is
    /// written on each indicator sheet.
    pub fan: Option<&'a Fan>,
}

/// Writes the workbook. `scenarios` holds the scenario on screen first,
/// then the compared ones; `baseline` is the baseline projection; `link` is
/// the share link of the scenario on screen.
pub fn workbook(
    scenarios: &[Named],
    baseline: &Projection,
    link: &str,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    build(scenarios, baseline, link, lang).map_err(|error| error.to_string())
}

fn build(scenarios: &[Named], baseline: &Projection, link: &str, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new(lang);
    let mut book = Workbook::new();
    scenario_sheet(book.add_worksheet(), scenarios, link, lang, &formats)?;
    for (index, spec) in INDICATORS.iter().enumerate() {
        indicator_sheet_rows(book.add_worksheet(), spec, index, scenarios, baseline, lang, &formats)?;
    }
    assumptions_sheet(book.add_worksheet(), scenarios, lang, &formats)?;
    sources_sheet(book.add_worksheet(), lang, &formats)?;
    book.save_to_buffer()
}

/// The cell formats, built once per workbook.
struct Formats {
    header: Format,
    text: Format,
    year: Format,
    link: Format,
    lang: Lang,
}

impl Formats {
    fn new(lang: Lang) -> Self {
        Formats {
            header: Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            year: Format::new().set_num_format("0"),
            link: Format::new()
                .set_font_color(0x0B5FA5)
                .set_underline(rust_xlsxwriter::FormatUnderline::Single),
            lang,
        }
    }

    /// A number with `decimals` decimals, a thousands separator and an
    /// optional unit after it. Format codes are written with `,` and `.`;
    /// the spreadsheet shows them with the reader's own separators.
    fn number(&self, decimals: usize, unit: &str) -> Format {
        let mut code = String::from("#,##0");
        if decimals > 0 {
            code.push('.');
            code.push_str(&"0".repeat(decimals));
        }
        if !unit.is_empty() {
            code.push_str(&format!("\"{unit}\""));
        }
        Format::new().set_num_format(code)
    }

    /// A share in per cent, `15,0 %` or `15.0%`.
    fn percent(&self, decimals: usize) -> Format {
        self.number(decimals, if self.lang == Lang::Vi { " %" } else { "%" })
    }

    /// Percentage points, `3,3 điểm %` or `3.3 pp`.
    fn points(&self, decimals: usize) -> Format {
        self.number(decimals, if self.lang == Lang::Vi { " điểm %" } else { " pp" })
    }
}

/// Writes the header row in bold, freezes it and sets column widths.
fn header(
    sheet: &mut Worksheet,
    cells: &[String],
    widths: &[f64],
    formats: &Formats,
) -> Result<(), XlsxError> {
    for (column, cell) in cells.iter().enumerate() {
        sheet.write_string_with_format(0, col(column), text_cell(cell), &formats.header)?;
        let width = widths.get(column).or(widths.last()).copied().unwrap_or(14.0);
        sheet.set_column_width(col(column), width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn col(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}

fn row(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// Text cut to what a cell holds.
fn text_cell(text: &str) -> &str {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

fn scenario_sheet(
    sheet: &mut Worksheet,
    scenarios: &[Named],
    link: &str,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick(SCENARIO_SHEET))?;
    header(sheet, &[lang.pick(ITEM).to_owned(), lang.pick(VALUE).to_owned()], &[28.0, 90.0], formats)?;
    let mut rows: Vec<(String, String)> = Vec::new();
    if let Some(first) = scenarios.first() {
        rows.push((lang.pick(text::SCENARIO_NAME).to_owned(), first.name.to_owned()));
        rows.push((lang.pick(text::NOTE).to_owned(), first.scenario.note.clone()));
    }
    let link_row = rows.len() + 1;
    rows.push((lang.pick(text::SHARE_LINK).to_owned(), String::new()));
    for (index, compared) in scenarios.iter().skip(1).enumerate() {
        rows.push((format!("{} {}", lang.pick(COMPARED), index + 1), compared.name.to_owned()));
    }
    rows.push((lang.pick(text::DATA_AS_OF).to_owned(), DATA_VINTAGE.to_owned()));
    for (index, (label, value)) in rows.iter().enumerate() {
        sheet.write_string_with_format(row(index + 1), 0, text_cell(label), &formats.header)?;
        if index + 1 != link_row {
            sheet.write_string_with_format(row(index + 1), 1, text_cell(value), &formats.text)?;
        }
    }
    if link.chars().count() <= MAX_URL_CHARS && (link.starts_with("https://") || link.starts_with("http://"))
    {
        let url = Url::new(link).set_text(link);
        sheet.write_url_with_format(row(link_row), 1, url, &formats.link)?;
    } else {
        sheet.write_string_with_format(row(link_row), 1, text_cell(link), &formats.text)?;
    }
    Ok(())
}

fn indicator_sheet_rows(
    sheet: &mut Worksheet,
    spec: &IndicatorSpec,
    index: usize,
    scenarios: &[Named],
    baseline: &Projection,
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick(indicator_sheet(spec.id)))?;
    let percent = formats.percent(spec.decimals);
    let on_screen = scenarios.first().map(|s| &s.projection.indicators[index]);
    let absolute_unit_of = spec.absolute.map(|a| a.unit());

    let mut cells = vec![lang.pick(text::YEAR).to_owned(), format!("{} (%)", lang.pick(text::BASELINE))];
    cells.extend(scenarios.iter().map(|s| format!("{} (%)", s.name)));
    cells.push(format!("{} (%)", lang.pick(text::TARGET)));
    cells.push(lang.pick(GAP_HEADER).to_owned());
    if let Some(unit) = absolute_unit_of {
        let name = scenarios.first().map_or("", |s| s.name);
        cells.push(format!(
            "{} ({}), {name}",
            lang.pick(spec.absolute_label),
            lang.pick(absolute_unit(unit))
        ));
    }
    let on_screen_fan = scenarios.first().and_then(|s| s.fan).map(|f| f.get(spec.id));
    let first_percentile = cells.len();
    if on_screen_fan.is_some() {
        let name = scenarios.first().map_or("", |s| s.name);
        cells.extend((0..5).map(|i| format!("{}, {name}", percentile_header(i, lang))));
    }
    header(sheet, &cells, &[8.0, 16.0, 20.0], formats)?;
    let absolute_format = absolute_unit_of.map(|unit| formats.number(absolute_decimals(unit), ""));

    for year in BASE_YEAR..=TARGET_YEAR {
        let r = row(usize::from(year - BASE_YEAR) + 1);
        sheet.write_number_with_format(r, 0, f64::from(year), &formats.year)?;
        let base = &baseline.indicators[index];
        write_value(sheet, r, 1, base.value_in(year), &percent)?;
        for (column, named) in scenarios.iter().enumerate() {
            write_value(
                sheet,
                r,
                col(2 + column),
                named.projection.indicators[index].value_in(year),
                &percent,
            )?;
        }
        let next = 2 + scenarios.len();
        if let Some(current) = on_screen {
            sheet.write_number_with_format(r, col(next), current.target, &percent)?;
            let gap = current.value_in(year).map(|value| current.target - value);
            write_value(sheet, r, col(next + 1), gap, &formats.points(spec.decimals))?;
            if let (Some(figures), Some(format)) = (current.absolute, &absolute_format) {
                let figure = figures.get(usize::from(year - BASE_YEAR)).copied();
                write_value(sheet, r, col(next + 2), figure, format)?;
            }
        }
        if let Some(fan) = on_screen_fan {
            let band = fan.bands[usize::from(year - BASE_YEAR)].as_array();
            for (i, value) in band.into_iter().enumerate() {
                write_value(sheet, r, col(first_percentile + i), Some(value), &percent)?;
            }
        }
    }
    Ok(())
}

/// Decimals shown for an absolute figure; counts are shown whole.
fn absolute_decimals(unit: AbsoluteUnit) -> usize {
    if is_count(unit) {
        0
    } else {
        1
    }
}

/// A number cell, or nothing for a value that is missing or not finite.
fn write_value(
    sheet: &mut Worksheet,
    r: u32,
    c: u16,
    value: Option<f64>,
    format: &Format,
) -> Result<(), XlsxError> {
    match value {
        Some(value) if value.is_finite() => sheet.write_number_with_format(r, c, value, format).map(|_| ()),
        _ => Ok(()),
    }
}

fn assumptions_sheet(
    sheet: &mut Worksheet,
    scenarios: &[Named],
    lang: Lang,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick(ASSUMPTIONS_SHEET))?;
    let mut cells = vec![
        lang.pick(crate::export::csv::SCENARIO).to_owned(),
        lang.pick(LEVER_ID).to_owned(),
        lang.pick(LEVER).to_owned(),
        lang.pick(UNIT).to_owned(),
    ];
    cells.extend((BASE_YEAR + 1..=TARGET_YEAR).map(|year| year.to_string()));
    header(sheet, &cells, &[22.0, 24.0, 40.0, 16.0, 10.0], formats)?;
    let mut r = 1;
    for named in scenarios {
        for spec in LEVERS {
            let format = formats.number(spec.decimals(), "");
            sheet.write_string_with_format(r, 0, text_cell(named.name), &formats.text)?;
            sheet.write_string(r, 1, spec.id.key())?;
            sheet.write_string_with_format(r, 2, lang.pick(spec.label), &formats.text)?;
            sheet.write_string(r, 3, lang.pick(lever_unit(spec.unit)))?;
            for (offset, value) in used_values(named.scenario, spec).into_iter().enumerate() {
                sheet.write_number_with_format(r, col(4 + offset), value, &format)?;
            }
            r += 1;
        }
    }
    Ok(())
}

/// A lever's values for 2026 … 2030 as the model uses them: clamped to the
/// lever's range.
pub fn used_values(scenario: &Scenario, spec: &LeverSpec) -> [f64; YEARS] {
    scenario.lever(spec.id).yearly().map(|value| spec.clamp(value).0)
}

fn sources_sheet(sheet: &mut Worksheet, lang: Lang, formats: &Formats) -> Result<(), XlsxError> {
    sheet.set_name(lang.pick(SOURCES_SHEET))?;
    let cells = [FIGURE, ITEM, VALUE, text::SOURCE, text::DATE, BASIS].map(|h| lang.pick(h).to_owned());
    header(sheet, &cells, &[32.0, 26.0, 14.0, 60.0, 12.0, 18.0], formats)?;
    let mut r = 1;
    let mut line = |sheet: &mut Worksheet, what: &str, item: &str, value: Value, source: Option<&Source>| {
        sheet.write_string_with_format(r, 0, what, &formats.text)?;
        sheet.write_string_with_format(r, 1, item, &formats.text)?;
        match value {
            Value::Number(number, format) => sheet.write_number_with_format(r, 2, number, &format)?,
            Value::Text(text) => sheet.write_string_with_format(r, 2, text, &formats.text)?,
        };
        if let Some(source) = source {
            sheet.write_string_with_format(r, 3, lang.pick(source.citation), &formats.text)?;
            sheet.write_string(r, 4, source.date)?;
            sheet.write_string(r, 5, lang.pick(text::basis(source.basis)))?;
        }
        r += 1;
        Ok::<(), XlsxError>(())
    };
    for spec in INDICATORS {
        let label = lang.pick(spec.label);
        let percent = formats.percent(spec.decimals);
        line(
            sheet,
            label,
            lang.pick(text::BASELINE_2025),
            Value::Number(spec.baseline, percent.clone()),
            Some(&spec.baseline_source),
        )?;
        let target = format!("{} ({})", lang.pick(text::TARGET), text::comparator(spec.comparator));
        line(sheet, label, &target, Value::Number(spec.target, percent), Some(&spec.target_source))?;
        for figure in spec.context {
            line(
                sheet,
                label,
                lang.pick(figure.label),
                Value::Text(lang.pick(figure.value)),
                Some(&figure.source),
            )?;
        }
        for flag in spec.flags {
            line(sheet, label, lang.pick(FLAG), Value::Text(lang.pick(*flag)), None)?;
        }
    }
    for spec in LEVERS {
        let item = format!("{} ({})", lang.pick(text::BASELINE_VALUE), lang.pick(lever_unit(spec.unit)));
        let format = formats.number(spec.decimals(), "");
        line(sheet, lang.pick(spec.label), &item, Value::Number(spec.default, format), Some(&spec.source))?;
    }
    Ok(())
}

/// The value column of a sources row.
enum Value<'a> {
    Number(f64, Format),
    Text(&'a str),
}
