//! The exports, checked natively: the trajectories CSV, in both dialects,
//! reads back to the model's numbers at 15 significant digits (counts
//! whole), and the QR SVG has the shape the crate's code
//! gives. `docs/exports.md` shows example lines that are checked here too.

use lotrinh::export::csv::{absolute_units, header, is_count, trajectories_csv_in, Dialect, BOM};
use lotrinh::export::qr::{MAX_BYTES_L, MAX_BYTES_M, QUIET_ZONE};
use lotrinh::export::{qr_svg, trajectories_csv};
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::{IndicatorId, INDICATORS};
use lotrinh::model::levers::LeverId;
use lotrinh::model::projection::{project, Projection};
use lotrinh::model::uncertainty::{simulate, Fan};
use lotrinh::model::{BASE_YEAR, TARGET_YEAR};
use lotrinh::scenario::Scenario;

// ---------------------------------------------------------------- helpers

/// A strict RFC 4180 reader: CRLF after every record, quoted fields with
/// doubled quotes. Panics on anything else, so the tests also check that
/// the writer never emits a bare quote or a bare line feed outside quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_csv_with(text, ',')
}

/// [`parse_csv`] with another field separator.
fn parse_csv_with(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                loop {
                    match chars.next().expect("quoted field ends before the end of the file") {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => break,
                        other => field.push(other),
                    }
                }
                at_field_start = false;
                assert!(
                    chars.peek() == Some(&separator) || chars.peek() == Some(&'\r'),
                    "text after a closing quote"
                );
            }
            '"' => panic!("bare quote inside an unquoted field: {field:?}"),
            c if c == separator => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\n' => panic!("bare LF outside quotes"),
            other => {
                field.push(other);
                at_field_start = false;
            }
        }
    }
    assert!(field.is_empty() && record.is_empty(), "the last record must end with CRLF");
    records
}

fn body(csv: &str) -> &str {
    csv.strip_prefix(BOM).expect("the CSV starts with a BOM")
}

/// Four different scenarios: the baseline, faster growth with a custom
/// target, per-year levers, and slower adoption.
fn scenarios() -> Vec<(String, Projection)> {
    let baseline = Scenario::default();

    let mut faster = Scenario::default();
    faster.set_whole(LeverId::DigitalGrowth, 22.5);
    faster.set_whole(LeverId::ServicesSpeed, 60.0);
    faster.set_target(IndicatorId::DigitalEconomy, Some(27.3));

    let mut per_year = Scenario::default();
    for (index, value) in [10.0, 12.0, 14.0, 16.0, 18.0].into_iter().enumerate() {
        per_year.set_year(LeverId::DigitalGrowth, index, value);
    }
    per_year.set_whole(LeverId::LabourForceGrowth, 1.3);

    let mut slower = Scenario::default();
    slower.set_whole(LeverId::RecordsSpeed, 5.0);
    slower.set_whole(LeverId::GrdpGrowth, 12.0);

    [
        ("Cơ sở", baseline),
        ("Tăng tốc, \"bứt phá\"", faster),
        ("Theo năm\r\n2026–2030", per_year),
        ("=HYPERLINK(\"x\")", slower),
    ]
    .into_iter()
    .map(|(name, scenario)| (name.to_owned(), project(&scenario)))
    .collect()
}

fn number(cell: &str) -> f64 {
    cell.parse().unwrap_or_else(|_| panic!("{cell:?} is not a number"))
}

/// Checks that `cell` is `value` written at the stated precision: at most
/// 15 significant digits, and within half a unit of the 15th digit of the
/// model's value, so a spreadsheet (which keeps 15 digits) holds the number
/// it would hold had it read the exact value.
fn assert_written(cell: &str, value: f64, what: &str) {
    let digits = cell.trim_start_matches('-').replace('.', "");
    let significant = digits.trim_start_matches('0').trim_end_matches('0').len();
    assert!(significant <= 15, "{what}: {cell} has {significant} significant digits");
    let read = number(cell);
    let half_unit = 0.5 * 10f64.powi(value.abs().log10().floor() as i32 - 14);
    assert!((read - value).abs() <= half_unit * (1.0 + 1e-9), "{what}: {cell} is not {value}");
}

/// Checks that `cell` is the whole number nearest `value`.
fn assert_whole(cell: &str, value: f64, what: &str) {
    assert!(cell.chars().all(|c| c.is_ascii_digit()), "{what}: {cell} is not a whole number");
    assert_eq!(number(cell), value.round(), "{what}");
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_values_read_back_exactly_for_every_scenario_indicator_and_year() {
    let scenarios = scenarios();
    let units = absolute_units();
    // Fans for the first two scenarios only: the others' percentile cells stay empty.
    let fans: Vec<Fan> = [Scenario::default(), Scenario::default()]
        .into_iter()
        .map(|mut s| {
            s.uncertainty.set_paths(500);
            simulate(&s)
        })
        .collect();
    for lang in [Lang::Vi, Lang::En] {
        let csv = trajectories_csv(&scenarios, &fans, lang);
        let records = parse_csv(body(&csv));
        let years = usize::from(TARGET_YEAR - BASE_YEAR) + 1;
        assert_eq!(records.len(), 1 + scenarios.len() * INDICATORS.len() * years);
        assert!(records.iter().all(|r| r.len() == 6 + units.len() + 5), "every row has every column");

        let mut rows = records[1..].iter();
        for (index, (name, projection)) in scenarios.iter().enumerate() {
            for indicator in &projection.indicators {
                for year in BASE_YEAR..=TARGET_YEAR {
                    let row = rows.next().expect("a row per scenario, indicator and year");
                    let expected_name = if name.starts_with('=') { format!("'{name}") } else { name.clone() };
                    assert_eq!(row[0], expected_name);
                    assert_eq!(row[1], indicator.id.key());
                    assert_eq!(row[2], lang.pick(indicator.spec.label));
                    assert_eq!(row[3], year.to_string());
                    let value = indicator.value_in(year).unwrap();
                    let what = format!("{name} {:?} {year}", indicator.id);
                    assert_written(&row[4], value, &what);
                    assert_written(&row[5], indicator.target, &what);
                    for (column, unit) in units.iter().enumerate() {
                        let cell = &row[6 + column];
                        match (indicator.spec.absolute, indicator.absolute) {
                            (Some(absolute), Some(figures)) if absolute.unit() == *unit => {
                                let figure = figures[usize::from(year - BASE_YEAR)];
                                if is_count(*unit) {
                                    assert_whole(cell, figure, &what);
                                } else {
                                    assert_written(cell, figure, &what);
                                }
                            }
                            _ => assert_eq!(cell, "", "{:?} has no figure in {unit:?}", indicator.id),
                        }
                    }
                    let percentiles = &row[6 + units.len()..];
                    match fans.get(index) {
                        Some(fan) => {
                            let band = fan.get(indicator.id).bands[usize::from(year - BASE_YEAR)].as_array();
                            for (cell, value) in percentiles.iter().zip(band) {
                                assert_written(cell, value, &what);
                            }
                        }
                        None => assert!(percentiles.iter().all(String::is_empty), "{what}: {percentiles:?}"),
                    }
                }
            }
        }
        assert!(rows.next().is_none());
    }
}

#[test]
fn csv_numbers_are_the_same_in_both_languages() {
    let scenarios = scenarios();
    let vi = parse_csv(body(&trajectories_csv(&scenarios, &[], Lang::Vi)));
    let en = parse_csv(body(&trajectories_csv(&scenarios, &[], Lang::En)));
    for (vi, en) in vi[1..].iter().zip(&en[1..]) {
        // Everything but the indicator label is language-independent.
        assert_eq!((&vi[..2], &vi[3..]), (&en[..2], &en[3..]));
    }
    // Dot decimals, never an exponent, never a thousands separator.
    for row in &en[1..] {
        for cell in &row[3..] {
            assert!(cell.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-'), "{cell:?}");
        }
    }
}

#[test]
fn csv_has_no_float_noise_and_counts_are_whole() {
    let csv = trajectories_csv(&scenarios()[..1], &[], Lang::En);
    let records = parse_csv(body(&csv));
    let services = records.iter().find(|r| r[1] == "online_services" && r[3] == "2025").unwrap();
    // 1,415 of 2,107 services: the model's 1414.9999999999998 is written whole.
    assert_eq!(services[8], "1415");
    let rate = project(&Scenario::default()).get(IndicatorId::OnlineServices).baseline;
    assert_eq!(lotrinh::export::number::plain(rate, '.').unwrap(), services[4]);
    for row in &records[1..] {
        for cell in &row[3..] {
            let digits = cell.replace('.', "");
            assert!(digits.trim_start_matches('0').trim_end_matches('0').len() <= 15, "{cell}");
        }
    }
    assert!(!csv.contains("0000000"), "no noise such as 91.63044000000002:\n{csv}");
}

/// The Excel (Vietnamese) dialect holds the same numbers as the software
/// one, with semicolons and decimal commas, and the same BOM and quoting.
#[test]
fn excel_vi_csv_uses_semicolons_and_decimal_commas() {
    let scenarios = scenarios();
    for lang in [Lang::Vi, Lang::En] {
        let software = trajectories_csv(&scenarios, &[], lang);
        let vi = trajectories_csv_in(&scenarios, &[], lang, Dialect::EXCEL_VI);
        assert!(vi.starts_with(BOM) && vi.ends_with("\r\n"));
        let software = parse_csv(body(&software));
        let vi = parse_csv_with(body(&vi), ';');
        assert_eq!(software.len(), vi.len());
        for (s, v) in software.iter().zip(&vi) {
            assert_eq!(s.len(), v.len());
            assert_eq!(&s[..3], &v[..3], "text cells are the same");
            for (s, v) in s[3..].iter().zip(&v[3..]) {
                assert!(!v.contains('.'), "{v}: no dot, so no thousands separator either");
                assert_eq!(&v.replace(',', "."), s);
            }
        }
    }
    let vi = trajectories_csv_in(&scenarios, &[], Lang::Vi, Dialect::EXCEL_VI);
    assert!(
        vi.contains("\r\nCơ sở;digital_economy;Kinh tế số / GRDP;2026;15,6818181818182;30;59,133;;;;;;;\r\n")
    );
    // A name holding either separator is quoted in both dialects.
    let named = |name: &str| vec![(name.to_owned(), project(&Scenario::default()))];
    assert!(trajectories_csv_in(&named("a;b"), &[], Lang::Vi, Dialect::EXCEL_VI).contains("\r\n\"a;b\";"));
    assert!(trajectories_csv(&named("a;b"), &[], Lang::Vi).contains("\r\n\"a;b\","));
}

#[test]
fn csv_starts_with_a_bom_and_ends_every_line_with_crlf() {
    let csv = trajectories_csv(&scenarios()[..1], &[], Lang::Vi);
    assert!(csv.starts_with('\u{FEFF}'));
    assert_eq!(&csv.as_bytes()[..3], &[0xEF, 0xBB, 0xBF]);
    assert!(csv.ends_with("\r\n"));
    // The one scenario has no line break in its name: every LF follows a CR.
    assert_eq!(csv.matches('\n').count(), csv.matches("\r\n").count());
}

#[test]
fn csv_quotes_names_with_commas_quotes_and_newlines_and_keeps_diacritics() {
    let csv = trajectories_csv(&scenarios(), &[], Lang::Vi);
    assert!(csv.contains("\r\nCơ sở,digital_economy,"), "plain Vietnamese is not quoted");
    assert!(csv.contains("\r\n\"Tăng tốc, \"\"bứt phá\"\"\",digital_economy,"));
    assert!(csv.contains("\r\n\"Theo năm\r\n2026–2030\",digital_economy,"));
    // A name that a spreadsheet would run as a formula is kept as text.
    assert!(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",digital_economy,"));
    let records = parse_csv(body(&csv));
    assert_eq!(records[1][0], "Cơ sở");
    assert_eq!(records[1 + 24][0], "Tăng tốc, \"bứt phá\"");
    assert_eq!(records[1 + 48][0], "Theo năm\r\n2026–2030");
    assert_eq!(records[1 + 72][0], "'=HYPERLINK(\"x\")");
    assert_eq!(records[1][2], "Kinh tế số / GRDP");
}

#[test]
fn csv_header_is_in_the_chosen_language() {
    let first_line = |lang| {
        let csv = trajectories_csv(&[], &[], lang);
        body(&csv).split("\r\n").next().unwrap().to_owned()
    };
    assert_eq!(
        first_line(Lang::En),
        "Scenario,Indicator id,Indicator,Year,Value (%),2030 target (%),\
         Absolute figure (trillion VND),Absolute figure (thousand people),Absolute figure (services),\
         5th percentile (%),25th percentile (%),Median (%),75th percentile (%),95th percentile (%)"
    );
    assert_eq!(
        first_line(Lang::Vi),
        "Kịch bản,Mã chỉ tiêu,Chỉ tiêu,Năm,Giá trị (%),Mục tiêu 2030 (%),\
         Số tuyệt đối (nghìn tỷ đồng),Số tuyệt đối (nghìn người),Số tuyệt đối (dịch vụ),\
         Phân vị 5 (%),Phân vị 25 (%),Trung vị (%),Phân vị 75 (%),Phân vị 95 (%)"
    );
    assert_eq!(header(Lang::En).join(","), first_line(Lang::En));
    // No scenario: the header alone.
    assert_eq!(trajectories_csv(&[], &[], Lang::En), format!("\u{FEFF}{}\r\n", first_line(Lang::En)));
}

/// `docs/exports.md` shows the header and the first rows of the baseline
/// in both languages; they must be what the code writes.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn docs_examples_match_the_csv() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join("exports.md");
    let docs = std::fs::read_to_string(path).expect("docs/exports.md exists");
    let fans = [simulate(&Scenario::default())];
    for (lang, name) in [(Lang::Vi, "Cơ sở"), (Lang::En, "Baseline")] {
        let csv = trajectories_csv(&[(name.to_owned(), project(&Scenario::default()))], &fans, lang);
        for line in body(&csv).split("\r\n").take(8) {
            assert!(docs.contains(line), "docs/exports.md lacks the {lang:?} line\n{line}");
        }
    }
    let baseline = [("Cơ sở".to_owned(), project(&Scenario::default()))];
    let csv = trajectories_csv_in(&baseline, &fans, Lang::Vi, Dialect::EXCEL_VI);
    for line in body(&csv).split("\r\n").take(3) {
        assert!(docs.contains(line), "docs/exports.md lacks the Excel tiếng Việt line\n{line}");
    }
}

// ---------------------------------------------------------------- QR

/// The side of the SVG's viewBox, checking the opening tag on the way.
fn view_box_side(svg: &str) -> usize {
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), "{svg:.80}");
    assert!(svg.ends_with("</svg>"));
    let rest = &svg[svg.find("viewBox=\"0 0 ").unwrap() + 13..];
    let (w, rest) = rest.split_once(' ').unwrap();
    let h = &rest[..rest.find('"').unwrap()];
    assert_eq!(w, h, "square");
    w.parse().unwrap()
}

/// The dark modules the path draws, as (x, y) in viewBox units.
fn dark_modules(svg: &str) -> Vec<(usize, usize)> {
    assert_eq!(svg.matches("<path").count(), 1, "one path");
    let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    let mut modules = Vec::new();
    for rect in d.split('z').filter(|s| !s.is_empty()) {
        // M{x} {y}h{n}v1h-{n}
        let (start, rest) = rect.strip_prefix('M').unwrap().split_once('h').unwrap();
        let (x, y) = start.split_once(' ').unwrap();
        let (n, back) = rest.split_once("v1h-").unwrap();
        assert_eq!(n, back);
        let (x, y, n): (usize, usize, usize) = (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        modules.extend((x..x + n).map(|x| (x, y)));
    }
    modules
}

#[test]
fn qr_svg_is_well_formed_and_matches_the_crate_code() {
    let link = format!(
        "https://example.org/lotrinh/?{}",
        lotrinh::codec::link::encode(&lotrinh::codec::link::LinkState::default())
    );
    let svg = qr_svg(&link).expect("a short link fits");
    assert!(svg.contains("shape-rendering=\"crispEdges\""));
    let code = qrcode::QrCode::with_error_correction_level(&link, qrcode::EcLevel::M).unwrap();
    let side = view_box_side(&svg);
    assert_eq!(side, code.width() + 2 * QUIET_ZONE);

    // The path draws exactly the crate's dark modules, shifted by the quiet zone.
    let mut drawn = dark_modules(&svg);
    drawn.sort_unstable();
    let mut expected: Vec<(usize, usize)> = code
        .to_colors()
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == qrcode::Color::Dark)
        .map(|(i, _)| (i % code.width() + QUIET_ZONE, i / code.width() + QUIET_ZONE))
        .collect();
    expected.sort_unstable();
    assert_eq!(drawn, expected);
    assert!(drawn
        .iter()
        .all(|&(x, y)| (QUIET_ZONE..side - QUIET_ZONE).contains(&x) && y < side - QUIET_ZONE));
}

#[test]
fn qr_svg_is_deterministic() {
    let text = "v=1&name=B%E1%BB%A9t%20ph%C3%A1&grdp_growth=11.5&digital_growth=12~14~16~18~20";
    assert_eq!(qr_svg(text), qr_svg(text));
}

#[test]
fn a_short_text_gives_a_version_1_code() {
    // Version 1 is 21 modules; with 4 light modules each side, 29.
    let svg = qr_svg("v=1").unwrap();
    assert_eq!(view_box_side(&svg), 21 + 2 * QUIET_ZONE);
    // Finder pattern: the top-left 7×7 ring's top edge is one 7-module run.
    assert!(svg.contains(&format!("M{QUIET_ZONE} {QUIET_ZONE}h7v1h-7z")));
}

#[test]
fn long_links_fall_back_to_level_l_and_too_long_ones_give_none() {
    // Lower-case text is byte mode: at most 2,331 bytes at M, 2,953 at L.
    let fits_m = "a".repeat(MAX_BYTES_M);
    assert_eq!(view_box_side(&qr_svg(&fits_m).unwrap()), 177 + 2 * QUIET_ZONE);
    let needs_l = "a".repeat(MAX_BYTES_M + 1);
    assert!(qrcode::QrCode::with_error_correction_level(&needs_l, qrcode::EcLevel::M).is_err());
    // At L the same text fits a smaller version (36, 161 modules).
    let at_l = qrcode::QrCode::with_error_correction_level(&needs_l, qrcode::EcLevel::L).unwrap();
    assert_eq!(view_box_side(&qr_svg(&needs_l).unwrap()), at_l.width() + 2 * QUIET_ZONE);
    assert!(at_l.width() < 177);
    assert_eq!(view_box_side(&qr_svg(&"a".repeat(MAX_BYTES_L)).unwrap()), 177 + 2 * QUIET_ZONE);
    assert_eq!(qr_svg(&"a".repeat(MAX_BYTES_L + 1)), None);
    assert_eq!(qr_svg(&"a".repeat(10_000)), None);
}
