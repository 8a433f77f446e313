//! The wording of share-link and scenario-file problems, in both languages.
//! Every message names the parameter (as written in the link or file, with
//! the lever's or indicator's label when it is one) and says what was done.

use super::Lang;
use crate::codec::ImportError;
use crate::codec::LinkProblem;
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::sources::Bilingual;
use crate::model::{BASE_YEAR, TARGET_YEAR};
use crate::severity::Severity;

/// How urgent a problem is: an alert when something the sender meant was
/// changed or lost, a notice (`Severity::Status`) otherwise.
pub fn severity(problem: &LinkProblem) -> Severity {
    if problem.is_notice() {
        Severity::Status
    } else {
        Severity::Alert
    }
}

/// The message for a problem.
pub fn describe(problem: &LinkProblem, lang: Lang) -> String {
    use LinkProblem as P;
    let vi = lang == Lang::Vi;
    match problem {
        P::MissingVersion { param } => {
            if vi {
                format!("Liên kết không ghi phiên bản (“{param}”); đã đọc như phiên bản 1.")
            } else {
                format!("No version (“{param}”) was given; read as version 1.")
            }
        }
        P::NewerVersion { param, given } => {
            if vi {
                format!(
                    "Được tạo bởi phiên bản mới hơn của ứng dụng ({param}={given}); đã đọc những gì \
                     phiên bản này hiểu, phần còn lại bị bỏ qua."
                )
            } else {
                format!(
                    "Made by a newer version of the app ({param}={given}); what this version \
                     understands was read, the rest was ignored."
                )
            }
        }
        P::BadVersion { param, given } => {
            if vi {
                format!("Phiên bản “{given}” (“{param}”) không hợp lệ; đã đọc như phiên bản 1.")
            } else {
                format!("The version “{given}” (“{param}”) is not valid; read as version 1.")
            }
        }
        P::UnknownParameter { param } => {
            if vi {
                format!("Tham số không xác định “{param}”: đã bỏ qua.")
            } else {
                format!("Unknown parameter “{param}”: ignored.")
            }
        }
        P::Duplicate { param } => {
            let subject = subject(param, lang);
            if vi {
                format!("{subject} xuất hiện nhiều lần: đã dùng giá trị đầu tiên, bỏ qua các giá trị sau.")
            } else {
                format!("{subject} appears more than once: the first value was used, the others ignored.")
            }
        }
        P::OutOfRange { param, year, given, used } => {
            let subject = subject(param, lang);
            let year =
                year.map(|y| if vi { format!(", năm {y}") } else { format!(", {y}") }).unwrap_or_default();
            let used = lang.number(*used, decimals(*used));
            if !given.is_finite() {
                return if vi {
                    format!("{subject}{year}: giá trị không phải là số; đã dùng giá trị cơ sở {used}.")
                } else {
                    format!("{subject}{year}: the value is not a number; the baseline {used} was used.")
                };
            }
            let given = lang.number(*given, decimals(*given));
            if vi {
                format!("{subject}{year}: {given} nằm ngoài phạm vi cho phép; đã dùng {used}.")
            } else {
                format!("{subject}{year}: {given} is outside the allowed range; {used} was used.")
            }
        }
        P::RangeReversed { param, low, high } => {
            let subject = subject(param, lang);
            let (low, high) = (lang.number(*low, decimals(*low)), lang.number(*high, decimals(*high)));
            if vi {
                format!("{subject}: đầu thấp {low} lớn hơn đầu cao {high}; đã bỏ qua khoảng này.")
            } else {
                format!("{subject}: the low end {low} is above the high end {high}; the range was ignored.")
            }
        }
        P::MalformedNumber { param, given } => {
            let subject = subject(param, lang);
            if vi {
                format!("{subject}: “{given}” không phải là số; đã bỏ qua tham số này.")
            } else {
                format!("{subject}: “{given}” is not a number; the parameter was ignored.")
            }
        }
        P::WrongYearCount { param, given } => {
            let subject = subject(param, lang);
            let first = BASE_YEAR + 1;
            if vi {
                format!(
                    "{subject}: có {given} giá trị, cần 1 giá trị hoặc 5 giá trị (mỗi năm {first}–{TARGET_YEAR} \
                     một giá trị); đã bỏ qua tham số này."
                )
            } else {
                format!(
                    "{subject}: {given} values given, expected 1, or 5 (one for each year \
                     {first}–{TARGET_YEAR}); the parameter was ignored."
                )
            }
        }
        P::NotPerYear { param } => {
            let subject = subject(param, lang);
            if vi {
                format!("{subject} chỉ có một giá trị cho cả giai đoạn; đã dùng giá trị của năm đầu.")
            } else {
                format!("{subject} takes one value for the whole period; the first year's value was used.")
            }
        }
        P::Truncated { param } => {
            let subject = subject(param, lang);
            if vi {
                format!(
                    "Liên kết có vẻ bị cắt ngắn tại {subject}; phần dở dang đã bị bỏ qua. Hãy xin người \
                     gửi liên kết đầy đủ."
                )
            } else {
                format!(
                    "The link seems cut off at {subject}; the incomplete part was ignored. Ask the sender \
                     for the full link."
                )
            }
        }
        P::TooManyScenarios { param } => {
            if vi {
                format!(
                    "Chỉ so sánh được tối đa 4 kịch bản; “{param}” và các tham số khác của kịch bản thứ \
                     5 trở đi đã bị bỏ qua."
                )
            } else {
                format!(
                    "At most 4 scenarios can be compared; “{param}” and the other parameters of the 5th \
                     and later scenarios were ignored."
                )
            }
        }
        P::TextTooLong { param, given, cap } => {
            let subject = subject(param, lang);
            let (given, cap) = (lang.count(*given as f64), lang.count(*cap as f64));
            if vi {
                format!("{subject} dài {given} ký tự; đã cắt còn {cap} ký tự.")
            } else {
                format!("{subject} is {given} characters long; it was cut to {cap}.")
            }
        }
        P::ControlCharacters { param } => {
            let subject = subject(param, lang);
            if vi {
                format!("{subject}: đã xoá các ký tự điều khiển không hiển thị.")
            } else {
                format!("{subject}: invisible control characters were removed.")
            }
        }
        P::BadEscape { param } => {
            let subject = subject(param, lang);
            if vi {
                format!("{subject}: có dấu “%” không đi kèm hai chữ số hex; đã giữ nguyên “%”.")
            } else {
                format!("{subject}: a “%” not followed by two hex digits was kept as it is.")
            }
        }
        P::InvalidUtf8 { param } => {
            let subject = subject(param, lang);
            if vi {
                format!("{subject}: có byte không phải văn bản UTF-8; đã thay bằng “\u{FFFD}”.")
            } else {
                format!("{subject}: bytes that are not UTF-8 text were replaced with “\u{FFFD}”.")
            }
        }
        P::MalformedValue { param, given } => {
            let subject = subject(param, lang);
            match (vi, given.is_empty()) {
                (true, true) => format!("{subject} không có giá trị; đã bỏ qua."),
                (true, false) => format!("{subject}: “{given}” không phải giá trị hợp lệ; đã bỏ qua."),
                (false, true) => format!("{subject} has no value; it was ignored."),
                (false, false) => format!("{subject}: “{given}” is not a valid value; it was ignored."),
            }
        }
        P::Unused { param } => {
            if vi {
                format!("“{param}” không có tác dụng khi không trình chiếu (present=1); đã bỏ qua.")
            } else {
                format!("“{param}” has no effect without a presentation (present=1); it was ignored.")
            }
        }
        P::EntryRefused { param, fault } => {
            let subject = subject(param, lang);
            let why = super::model_text::entry_fault(*fault, lang);
            if vi {
                format!("{subject}: {why}; mục này đã bị loại, phần còn lại giữ nguyên.")
            } else {
                format!("{subject}: {why}; this entry was left out, everything else was kept.")
            }
        }
        P::PresetVintage { param, given, used } => {
            if vi {
                format!(
                    "“{param}”: phiên bản này không có kịch bản mẫu theo số liệu ngày {given}; đã dùng \
                     kịch bản mẫu theo số liệu ngày {used}, các giá trị có thể khác."
                )
            } else {
                format!(
                    "“{param}”: this version has no preset made on the data of {given}; the preset made \
                     on the data of {used} was used, so values may differ."
                )
            }
        }
    }
}

/// The message for a file that could not be read at all.
pub fn describe_import_error(error: &ImportError, lang: Lang) -> String {
    match (error, lang) {
        (ImportError::Malformed { line, column, .. }, Lang::Vi) => {
            format!("Tệp không phải JSON hợp lệ (dòng {line}, cột {column}); không có gì được nạp.")
        }
        (ImportError::Malformed { line, column, message }, Lang::En) => {
            format!(
                "The file is not valid JSON (line {line}, column {column}: {message}); nothing was loaded."
            )
        }
        (ImportError::NotAnObject, Lang::Vi) => {
            "Tệp không chứa kịch bản (cần một đối tượng JSON); không có gì được nạp.".to_owned()
        }
        (ImportError::NotAnObject, Lang::En) => {
            "The file holds no scenario (a JSON object was expected); nothing was loaded.".to_owned()
        }
    }
}

/// The parameter in quotes, with what it is: `“2.grdp_growth” (GRDP growth,
/// scenario 2)`, `“t.digital_economy” (target: Digital economy share of GRDP)`.
fn subject(param: &str, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let (scenario, rest) = match param.split_once('.') {
        Some((digits, rest)) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            (Some(digits), rest)
        }
        _ => (None, param),
    };
    let mut about = Vec::new();
    if let Some(words) = parameter_subject(rest, lang) {
        about.push(words);
    } else if let Some(id) = rest.strip_prefix("levers.").or(Some(rest)).and_then(LeverId::from_key) {
        about.push(lang.pick(id.spec().label).to_owned());
    } else if let Some(id) =
        rest.strip_prefix("t.").or_else(|| rest.strip_prefix("targets.")).and_then(IndicatorId::from_key)
    {
        let label = lang.pick(id.spec().label);
        about.push(if vi { format!("mục tiêu “{label}”") } else { format!("target: {label}") });
    } else {
        match (rest, vi) {
            ("name", true) => about.push("tên kịch bản".to_owned()),
            ("name", false) => about.push("scenario name".to_owned()),
            ("note", true) => about.push("ghi chú".to_owned()),
            ("note", false) => about.push("note".to_owned()),
            ("vintage", true) => about.push("ngày số liệu".to_owned()),
            ("vintage", false) => about.push("data date".to_owned()),
            _ => {}
        }
    }
    if let Some(scenario) = scenario {
        about.push(if vi { format!("kịch bản {scenario}") } else { format!("scenario {scenario}") });
    }
    if about.is_empty() {
        format!("“{param}”")
    } else {
        format!("“{param}” ({})", about.join(", "))
    }
}

/// Whose a per-lever or per-indicator parameter is: the key after its prefix.
#[derive(Clone, Copy)]
enum Of {
    Lever,
    Indicator,
}

/// The parameters about one lever or indicator, one row per kind: the
/// prefix of its link key, the prefix of its file field, whose key follows,
/// and what it is. A year may follow the key (`a.digital_workforce.2026`).
const KINDS: &[(&str, &str, Of, Bilingual)] = &[
    ("spread.", "spreads.", Of::Lever, Bilingual { vi: "độ phân tán", en: "spread" }),
    ("range.", "ranges.", Of::Indicator, Bilingual { vi: "khoảng giá trị 2025", en: "2025 range" }),
    ("shape.", "shapes.", Of::Indicator, Bilingual { vi: "dạng đường", en: "shape" }),
    ("b.", "baselines.", Of::Indicator, Bilingual { vi: "số liệu gốc", en: "baseline" }),
    ("m.", "milestones.", Of::Indicator, Bilingual { vi: "mốc", en: "milestone" }),
    ("a.", "actuals.", Of::Indicator, Bilingual { vi: "số thực hiện", en: "actual" }),
];

/// The parameters that stand alone: the link key (a file field is the same,
/// under `uncertainty.` for the first two) and what it is.
const SINGLES: &[(&str, Bilingual)] = &[
    ("seed", Bilingual { vi: "hạt giống ngẫu nhiên", en: "random seed" }),
    ("paths", Bilingual { vi: "số đường mô phỏng", en: "number of simulated paths" }),
    ("economy", Bilingual { vi: "cách tính GRDP", en: "how GRDP is set" }),
];

/// What an uncertainty or monitoring parameter is, as a link or a file
/// names it, if it is one: `spread.grdp_growth` (or
/// `uncertainty.spreads.grdp_growth`) is "độ phân tán của “Tăng trưởng
/// GRDP”" / "spread: GRDP growth"; `a.digital_workforce.2026` is "số thực
/// hiện 2026 của “…”" / "actual 2026: …"; `seed` is "random seed".
pub fn parameter_subject(param: &str, lang: Lang) -> Option<String> {
    let rest = param.strip_prefix("uncertainty.").unwrap_or(param);
    if let Some((_, words)) = SINGLES.iter().find(|(key, _)| *key == rest) {
        return Some(lang.pick(*words).to_owned());
    }
    let (of, words, tail) = KINDS.iter().find_map(|(link, file, of, words)| {
        rest.strip_prefix(link).or_else(|| rest.strip_prefix(file)).map(|tail| (*of, *words, tail))
    })?;
    let mut parts = tail.split('.');
    let key = parts.next()?;
    let label = match of {
        Of::Lever => LeverId::from_key(key)?.spec().label,
        Of::Indicator => IndicatorId::from_key(key)?.spec().label,
    };
    let year = parts.next().filter(|y| y.len() == 4).map(|y| format!(" {y}")).unwrap_or_default();
    let (kind, label) = (lang.pick(words), lang.pick(label));
    Some(match lang {
        Lang::Vi => format!("{kind}{year} của “{label}”"),
        Lang::En => format!("{kind}{year}: {label}"),
    })
}

/// Enough decimals to show a value as given (at most 6).
fn decimals(value: f64) -> usize {
    let text = format!("{value}");
    text.split_once('.').map_or(0, |(_, fraction)| fraction.len().min(6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_names_the_lever_year_and_values() {
        let problem = LinkProblem::OutOfRange {
            param: "2.digital_growth".into(),
            year: Some(2027),
            given: 99.5,
            used: 40.0,
        };
        assert_eq!(
            describe(&problem, Lang::Vi),
            "“2.digital_growth” (Tăng trưởng kinh tế số, kịch bản 2), năm 2027: 99,5 nằm ngoài phạm vi \
             cho phép; đã dùng 40."
        );
        assert_eq!(
            describe(&problem, Lang::En),
            "“2.digital_growth” (Digital-economy growth, scenario 2), 2027: 99.5 is outside the allowed \
             range; 40 was used."
        );
        assert_eq!(severity(&problem), Severity::Alert);
    }

    #[test]
    fn targets_and_file_fields_are_named() {
        let problem =
            LinkProblem::MalformedNumber { param: "targets.digital_economy".into(), given: "x".into() };
        assert!(
            describe(&problem, Lang::En).starts_with("“targets.digital_economy” (target: Digital economy")
        );
        let notice = LinkProblem::MissingVersion { param: "v".into() };
        assert_eq!(severity(&notice), Severity::Status);
        let long = LinkProblem::TextTooLong { param: "note".into(), given: 1234, cap: 1000 };
        assert_eq!(describe(&long, Lang::Vi), "“note” (ghi chú) dài 1.234 ký tự; đã cắt còn 1.000 ký tự.");
    }

    #[test]
    fn uncertainty_and_monitoring_parameters_are_named_from_one_table() {
        let named = |param: &str, lang| parameter_subject(param, lang);
        assert_eq!(named("spread.grdp_growth", Lang::Vi).unwrap(), "độ phân tán của “Tăng trưởng GRDP”");
        assert_eq!(named("uncertainty.spreads.grdp_growth", Lang::En).unwrap(), "spread: GRDP growth");
        assert_eq!(
            named("uncertainty.ranges.digital_economy", Lang::Vi),
            named("range.digital_economy", Lang::Vi)
        );
        assert!(named("range.digital_economy", Lang::En).unwrap().starts_with("2025 range: Digital economy"));
        assert_eq!(named("uncertainty.seed", Lang::Vi).unwrap(), "hạt giống ngẫu nhiên");
        assert_eq!(named("paths", Lang::En).unwrap(), "number of simulated paths");
        assert_eq!(named("economy", Lang::En).unwrap(), "how GRDP is set");
        let workforce = Lang::En.pick(IndicatorId::DigitalWorkforce.spec().label);
        assert_eq!(named("a.digital_workforce.2026", Lang::En).unwrap(), format!("actual 2026: {workforce}"));
        assert_eq!(
            named("actuals.digital_workforce.2026", Lang::En),
            named("a.digital_workforce.2026", Lang::En)
        );
        let services = Lang::Vi.pick(IndicatorId::OnlineServices.spec().label);
        assert_eq!(named("m.online_services.2027", Lang::Vi).unwrap(), format!("mốc 2027 của “{services}”"));
        assert_eq!(
            named("shapes.online_services", Lang::Vi).unwrap(),
            format!("dạng đường của “{services}”")
        );
        assert!(named("b.records_digitisation", Lang::En).unwrap().starts_with("baseline: "));
        // A lever key where an indicator's belongs, an unknown key, or no prefix: not one of these.
        for other in ["range.grdp_growth", "spread.nowhere", "grdp_growth", "seeds", "a."] {
            assert_eq!(named(other, Lang::En), None, "{other}");
        }
        // In a message, with the scenario it belongs to.
        let problem =
            LinkProblem::MalformedNumber { param: "2.a.digital_workforce.2026".into(), given: "x".into() };
        assert!(describe(&problem, Lang::En)
            .starts_with(&format!("“2.a.digital_workforce.2026” (actual 2026: {workforce}, scenario 2)")));
    }
}
