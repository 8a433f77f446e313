//! The Excel export read back as a spreadsheet would read it (calamine):
//! every number is a numeric cell equal to the model's value exactly, every
//! text is a string cell (formula-like names included), the header rows are
//! frozen and the share link is a hyperlink.

#![cfg(not(target_arch = "wasm32"))]

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use lotrinh::codec::link::{encode, LinkState};
use lotrinh::export::request::{make, make_from_message, ExportRequest, Format, XLSX_MIME};
use lotrinh::export::xlsx::{
    indicator_sheet, used_values, workbook, Named, ASSUMPTIONS_SHEET, SCENARIO_SHEET, SOURCES_SHEET,
};
use lotrinh::i18n::fan_words::percentile_header;
use lotrinh::i18n::text;
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::{IndicatorId, INDICATORS};
use lotrinh::model::levers::{LeverId, LEVERS};
use lotrinh::model::projection::{project, Projection};
use lotrinh::model::uncertainty::{simulate, Fan};
use lotrinh::model::{BASE_YEAR, TARGET_YEAR};
use lotrinh::scenario::Scenario;

const LINK: &str = "https://example.org/lotrinh/?v=1&name=B%E1%BB%A9t%20ph%C3%A1&grdp_growth=11.5";
const FORMULA_NAME: &str = "=HYPERLINK(\"http://x\",\"y\")";

/// Four different scenarios: the baseline, faster growth with a custom
/// target, per-year levers, and a formula-like name with slower adoption.
fn scenarios() -> Vec<(String, Scenario)> {
    let baseline = Scenario::default();
    let mut faster = Scenario::default();
    faster.set_whole(LeverId::DigitalGrowth, 22.5);
    faster.set_whole(LeverId::ServicesSpeed, 60.0);
    faster.set_target(IndicatorId::DigitalEconomy, Some(27.3));
    faster.note = "+ ghi chú, \"trích dẫn\"".to_owned();
    let mut per_year = Scenario::default();
    for (index, value) in [10.0, 12.0, 14.0, 16.0, 18.0].into_iter().enumerate() {
        per_year.set_year(LeverId::DigitalGrowth, index, value);
    }
    let mut slower = Scenario::default();
    slower.set_whole(LeverId::RecordsSpeed, 5.0);
    [("Tăng tốc", faster), ("Cơ sở", baseline), ("@Theo năm", per_year), (FORMULA_NAME, slower)]
        .into_iter()
        .map(|(name, mut scenario)| {
            scenario.name = name.to_owned();
            (name.to_owned(), scenario)
        })
        .collect()
}

fn write(scenarios: &[(String, Scenario)], lang: Lang) -> Vec<u8> {
    write_with_link(scenarios, lang, LINK)
}

fn write_with_link(scenarios: &[(String, Scenario)], lang: Lang, link: &str) -> Vec<u8> {
    let projections: Vec<Projection> = scenarios.iter().map(|(_, s)| project(s)).collect();
    let fans: Vec<Fan> = scenarios.iter().map(|(_, s)| simulate(s)).collect();
    let named: Vec<Named> = scenarios
        .iter()
        .zip(&projections)
        .zip(&fans)
        .map(|(((name, scenario), projection), fan)| Named { name, scenario, projection, fan: Some(fan) })
        .collect();
    workbook(&named, &project(&Scenario::default()), link, lang).expect("the workbook is written")
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens the workbook")
}

fn number(range: &Range<Data>, row: usize, column: usize) -> f64 {
    match range.get((row, column)) {
        Some(Data::Float(value)) => *value,
        other => panic!("({row}, {column}) is not a number cell: {other:?}"),
    }
}

fn string(range: &Range<Data>, row: usize, column: usize) -> String {
    match range.get((row, column)) {
        Some(Data::String(text)) => text.clone(),
        other => panic!("({row}, {column}) is not a text cell: {other:?}"),
    }
}

fn assert_same(actual: f64, expected: f64, what: &str) {
    assert_eq!(actual.to_bits(), expected.to_bits(), "{what}: {actual} ≠ {expected}");
}

#[test]
fn sheets_are_named_in_the_interface_language() {
    for lang in [Lang::Vi, Lang::En] {
        let book = open(&write(&scenarios(), lang));
        let mut expected = vec![lang.pick(SCENARIO_SHEET)];
        expected.extend(INDICATORS.iter().map(|spec| lang.pick(indicator_sheet(spec.id))));
        expected.extend([lang.pick(ASSUMPTIONS_SHEET), lang.pick(SOURCES_SHEET)]);
        assert_eq!(book.sheet_names(), expected);
        for name in expected {
            assert!(
                name.chars().count() <= 31 && !name.contains(['/', '\\', '?', '*', '[', ']', ':']),
                "{name}"
            );
        }
    }
}

#[test]
fn indicator_sheets_hold_the_models_values_exactly() {
    let scenarios = scenarios();
    let projections: Vec<Projection> = scenarios.iter().map(|(_, s)| project(s)).collect();
    let fan = simulate(&scenarios[0].1);
    let baseline = project(&Scenario::default());
    for lang in [Lang::Vi, Lang::En] {
        let mut book = open(&write(&scenarios, lang));
        for (index, spec) in INDICATORS.iter().enumerate() {
            let range = book.worksheet_range(lang.pick(indicator_sheet(spec.id))).unwrap();
            assert_eq!(range.start(), Some((0, 0)));
            assert_eq!(string(&range, 0, 0), lang.pick(text::YEAR));
            assert_eq!(string(&range, 0, 1), format!("{} (%)", lang.pick(text::BASELINE)));
            for (column, (name, _)) in scenarios.iter().enumerate() {
                assert_eq!(string(&range, 0, 2 + column), format!("{name} (%)"));
            }
            let current = &projections[0].indicators[index];
            let years = usize::from(TARGET_YEAR - BASE_YEAR) + 1;
            assert_eq!(range.height(), 1 + years);
            // Then the five percentiles of the scenario on screen.
            let first_percentile = 2 + scenarios.len() + 2 + usize::from(spec.absolute.is_some());
            assert_eq!(range.width(), first_percentile + 5, "{:?}", spec.id);
            assert_eq!(
                string(&range, 0, first_percentile),
                format!("{}, {}", percentile_header(0, lang), scenarios[0].0)
            );
            assert_eq!(
                string(&range, 0, first_percentile + 4),
                format!("{}, {}", percentile_header(4, lang), scenarios[0].0)
            );
            let bands = &fan.get(spec.id).bands;
            for year in BASE_YEAR..=TARGET_YEAR {
                let row = usize::from(year - BASE_YEAR) + 1;
                let what = format!("{lang:?} {:?} {year}", spec.id);
                assert_same(number(&range, row, 0), f64::from(year), &what);
                assert_same(
                    number(&range, row, 1),
                    baseline.indicators[index].value_in(year).unwrap(),
                    &what,
                );
                for (column, projection) in projections.iter().enumerate() {
                    let expected = projection.indicators[index].value_in(year).unwrap();
                    assert_same(number(&range, row, 2 + column), expected, &what);
                }
                let next = 2 + scenarios.len();
                assert_same(number(&range, row, next), current.target, &what);
                assert_same(
                    number(&range, row, next + 1),
                    current.target - current.value_in(year).unwrap(),
                    &what,
                );
                if let Some(figures) = current.absolute {
                    assert_same(number(&range, row, next + 2), figures[row - 1], &what);
                }
                for (i, value) in bands[row - 1].as_array().into_iter().enumerate() {
                    assert_same(number(&range, row, first_percentile + i), value, &what);
                }
            }
        }
    }
    // The custom target of the scenario on screen is the one written.
    let mut book = open(&write(&scenarios, Lang::En));
    let range = book.worksheet_range(Lang::En.pick(indicator_sheet(IndicatorId::DigitalEconomy))).unwrap();
    assert_same(number(&range, 1, 2 + scenarios.len()), 27.3, "custom target");
}

#[test]
fn assumptions_sheet_holds_every_lever_of_every_scenario_per_year() {
    let scenarios = scenarios();
    let mut book = open(&write(&scenarios, Lang::Vi));
    let range = book.worksheet_range(Lang::Vi.pick(ASSUMPTIONS_SHEET)).unwrap();
    assert_eq!(range.height(), 1 + scenarios.len() * LEVERS.len());
    assert_eq!(string(&range, 0, 4), "2026");
    assert_eq!(string(&range, 0, 8), "2030");
    let mut row = 1;
    for (name, scenario) in &scenarios {
        for spec in LEVERS {
            assert_eq!(&string(&range, row, 0), name);
            assert_eq!(string(&range, row, 1), spec.id.key());
            assert_eq!(string(&range, row, 2), Lang::Vi.pick(spec.label));
            for (offset, value) in used_values(scenario, spec).into_iter().enumerate() {
                assert_same(number(&range, row, 4 + offset), value, spec.id.key());
            }
            row += 1;
        }
    }
    // Per-year values are kept year by year.
    let per_year = (0..LEVERS.len()).find(|i| LEVERS[*i].id == LeverId::DigitalGrowth).unwrap();
    let row = 1 + 2 * LEVERS.len() + per_year;
    let years: Vec<f64> = (4..9).map(|c| number(&range, row, c)).collect();
    assert_eq!(years, [10.0, 12.0, 14.0, 16.0, 18.0]);
}

#[test]
fn sources_sheet_cites_every_baseline_target_and_lever_default() {
    for lang in [Lang::Vi, Lang::En] {
        let mut book = open(&write(&scenarios(), lang));
        let range = book.worksheet_range(lang.pick(SOURCES_SHEET)).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        for spec in INDICATORS {
            let label = lang.pick(spec.label);
            let mine: Vec<&&[Data]> =
                rows.iter().filter(|r| r[0] == Data::String(label.to_owned())).collect();
            assert_eq!(mine[0][2], Data::Float(spec.baseline));
            assert_eq!(mine[0][3], Data::String(lang.pick(spec.baseline_source.citation).to_owned()));
            assert_eq!(mine[1][2], Data::Float(spec.target));
            assert_eq!(mine[1][3], Data::String(lang.pick(spec.target_source.citation).to_owned()));
            for flag in spec.flags {
                assert!(mine.iter().any(|r| r[2] == Data::String(lang.pick(*flag).to_owned())), "{flag:?}");
            }
            assert_eq!(mine.len(), 2 + spec.context.len() + spec.flags.len());
        }
        for spec in LEVERS {
            let row = rows.iter().find(|r| r[0] == Data::String(lang.pick(spec.label).to_owned())).unwrap();
            assert_eq!(row[2], Data::Float(spec.default), "{:?}", spec.id);
        }
    }
}

/// The parts of the workbook file, by name.
fn part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("an XLSX is a zip");
    let mut file = archive.by_name(name).unwrap_or_else(|_| panic!("{name} is in the workbook"));
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

#[test]
fn formula_like_names_are_text_and_nothing_is_a_formula() {
    let scenarios = scenarios();
    let bytes = write(&scenarios, Lang::En);
    let mut book = open(&bytes);
    for name in book.sheet_names() {
        let formulas = book.worksheet_formula(&name).unwrap();
        assert!(formulas.cells().all(|(_, _, f)| f.is_empty()), "{name} has a formula");
    }
    let scenario = book.worksheet_range("Scenario").unwrap();
    assert_eq!(string(&scenario, 1, 1), "Tăng tốc");
    assert_eq!(string(&scenario, 2, 1), "+ ghi chú, \"trích dẫn\"");
    assert_eq!(string(&scenario, 6, 1), FORMULA_NAME);
    let assumptions = book.worksheet_range("Assumptions").unwrap();
    assert_eq!(string(&assumptions, 1 + 3 * LEVERS.len(), 0), FORMULA_NAME);
    assert_eq!(string(&assumptions, 1 + 2 * LEVERS.len(), 0), "@Theo năm");
    // No sheet XML holds a formula element.
    for sheet in 1..=7 {
        assert!(!part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml")).contains("<f>"));
    }
}

#[test]
fn header_rows_are_frozen_and_the_link_is_a_hyperlink() {
    let bytes = write(&scenarios(), Lang::Vi);
    for sheet in 1..=7 {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        assert!(
            xml.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#),
            "sheet {sheet}"
        );
    }
    let first = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(first.contains("<hyperlink ref=\"B4\""), "{first}");
    let rels = part(&bytes, "xl/worksheets/_rels/sheet1.xml.rels");
    assert!(rels.contains(&format!("Target=\"{}\"", LINK.replace('&', "&amp;"))), "{rels}");
    let mut book = open(&bytes);
    assert_eq!(string(&book.worksheet_range("Kịch bản").unwrap(), 3, 1), LINK);
    // A link longer than Excel's hyperlink limit is kept as text.
    let long = format!("{LINK}&note={}", "a".repeat(2100));
    let projections = [project(&Scenario::default())];
    let scenario = Scenario::default();
    let named = [Named { name: "x", scenario: &scenario, projection: &projections[0], fan: None }];
    let bytes = workbook(&named, &projections[0], &long, Lang::En).unwrap();
    assert!(!part(&bytes, "xl/worksheets/sheet1.xml").contains("<hyperlink"));
    assert_eq!(string(&open(&bytes).worksheet_range("Scenario").unwrap(), 3, 1), long);
}

#[test]
fn number_formats_show_the_apps_precision_in_each_language() {
    let vi = part(&write(&scenarios(), Lang::Vi), "xl/styles.xml");
    assert!(vi.contains(r##"formatCode="#,##0.0&quot; %&quot;""##), "{vi}");
    assert!(vi.contains(r##"formatCode="#,##0.00&quot; %&quot;""##), "records digitisation: 2 decimals");
    assert!(vi.contains(r##"formatCode="#,##0.0&quot; điểm %&quot;""##));
    let en = part(&write(&scenarios(), Lang::En), "xl/styles.xml");
    assert!(en.contains(r##"formatCode="#,##0.0&quot;%&quot;""##), "{en}");
    assert!(en.contains(r##"formatCode="#,##0.0&quot; pp&quot;""##));
}

#[test]
fn the_worker_request_makes_each_file_from_the_share_link() {
    // The share link of the scenarios above, as the app writes it.
    let state = LinkState { scenarios: scenarios().into_iter().map(|(_, s)| s).collect(), present: None };
    let link = format!("https://example.org/lotrinh/?{}", encode(&state));
    let request = ExportRequest { format: Format::Xlsx, lang: Lang::En, link: link.clone() };
    let file = make_from_message(&request.to_message()).unwrap();
    assert_eq!(file.name, "lotrinh-Tăng-tốc.xlsx");
    assert_eq!(file.mime, XLSX_MIME);
    // The same workbook as written directly, but for the creation time.
    let mut direct = open(&write_with_link(&scenarios(), Lang::En, &link));
    let mut via_link = open(&file.bytes);
    assert_eq!(via_link.sheet_names(), direct.sheet_names());
    for name in direct.sheet_names() {
        let (a, b) = (via_link.worksheet_range(&name).unwrap(), direct.worksheet_range(&name).unwrap());
        assert_eq!(a.cells().collect::<Vec<_>>(), b.cells().collect::<Vec<_>>(), "{name}");
    }

    let csv = make(&ExportRequest { format: Format::Csv, ..request.clone() }).unwrap();
    assert_eq!(csv.name, "lotrinh-Tăng-tốc.csv");
    assert!(String::from_utf8(csv.bytes).unwrap().starts_with("\u{FEFF}Scenario,Indicator id,"));
    let vi = make(&ExportRequest { format: Format::CsvExcelVi, ..request }).unwrap();
    assert_eq!(vi.name, "lotrinh-Tăng-tốc-excel-vi.csv");
    assert!(String::from_utf8(vi.bytes).unwrap().starts_with("\u{FEFF}Scenario;Indicator id;"));

    let error = make_from_message("export-pdf\nvi\nx").unwrap_err();
    assert!(error.starts_with("export request:"), "{error}");
}
