//! Wording for the model's newer outputs: why a target is unreachable, a
//! target reached and then lost, refused actuals and milestones, economy
//! warnings, adoption shapes and baseline choices. Pure, tested natively.

use super::Lang;
use crate::model::economy::{EconomyWarning, PLAUSIBLE_SHARE};
use crate::model::projection::{Deviation, Why};
use crate::model::sources::Bilingual;
use crate::monitoring::EntryFault;

/// Label of the adoption-shape selector.
pub const SHAPE: Bilingual = Bilingual { vi: "Dạng đường", en: "Shape" };
/// Label of the baseline selector.
pub const BASELINE_CHOICE: Bilingual = Bilingual { vi: "Số liệu gốc 2025", en: "2025 baseline" };
/// Heading of the GRDP-mode choice.
pub const ECONOMY_MODE: Bilingual = Bilingual { vi: "Cách tính GRDP", en: "How GRDP grows" };
/// GRDP growth is a lever.
pub const MODE_GRDP: Bilingual =
    Bilingual { vi: "Tăng trưởng GRDP là giả định", en: "GRDP growth is an assumption" };
/// GRDP is built from its parts.
pub const MODE_COMPONENTS: Bilingual = Bilingual {
    vi: "GRDP tính từ kinh tế số và phần còn lại",
    en: "GRDP built from digital and non-digital growth",
};
/// A lever not used in the current GRDP mode.
pub const NOT_USED: Bilingual =
    Bilingual { vi: "không dùng ở cách tính này", en: "not used in this mode" };
/// The card's disclosure holding the adoption shape, the baseline choice and
/// the economy's yearly figures.
pub const CARD_MORE: Bilingual =
    Bilingual { vi: "Giả định của chỉ tiêu", en: "Indicator assumptions" };
/// The implied non-digital growth, as a caption.
pub const NON_DIGITAL_GROWTH: Bilingual = Bilingual {
    vi: "Tăng trưởng thực của phần ngoài kinh tế số",
    en: "Real growth of the non-digital economy",
};
/// The GRDP growth built from its parts, as a caption.
pub const GRDP_FROM_PARTS: Bilingual =
    Bilingual { vi: "Tăng trưởng GRDP suy ra", en: "GRDP growth implied" };
/// Real and nominal, said once on the card.
pub const REAL_NOMINAL: Bilingual = Bilingual {
    vi: "Các tốc độ tăng là thực (giá so sánh); tỷ trọng 15 % đo theo giá hiện hành.",
    en: "Growth rates are real (constant prices); the 15% share is measured at current prices.",
};
/// Heading of the monitoring panel.
pub const MONITORING: Bilingual =
    Bilingual { vi: "Mốc và số thực hiện", en: "Milestones and actuals" };
/// Label: milestone for a year.
pub const MILESTONE: Bilingual = Bilingual { vi: "Mốc", en: "Milestone" };
/// Official milestone.
pub const OFFICIAL_MILESTONE: Bilingual = Bilingual { vi: "mốc quốc gia", en: "national milestone" };
/// Met.
pub const MET: Bilingual = Bilingual { vi: "đạt", en: "met" };
/// Not met.
pub const NOT_MET: Bilingual = Bilingual { vi: "chưa đạt", en: "not met" };
/// Label: actual.
pub const ACTUAL: Bilingual = Bilingual { vi: "Số thực hiện", en: "Actual" };
/// Label: the year of an actual.
pub const ACTUAL_YEAR: Bilingual = Bilingual { vi: "Năm", en: "Year" };
/// Label: the value of an actual.
pub const ACTUAL_VALUE: Bilingual = Bilingual { vi: "Giá trị (%)", en: "Value (%)" };
/// Label: the report date.
pub const ACTUAL_DATE: Bilingual = Bilingual { vi: "Ngày báo cáo", en: "Report date" };
/// Label: the source text.
pub const ACTUAL_SOURCE: Bilingual = Bilingual { vi: "Nguồn", en: "Source" };
/// Button: add an actual.
pub const ADD_ACTUAL: Bilingual = Bilingual { vi: "Thêm số thực hiện", en: "Add actual" };
/// Button: remove an actual.
pub const REMOVE: Bilingual = Bilingual { vi: "Xoá", en: "Remove" };
/// Label: the deviation from the plan.
pub const DEVIATION: Bilingual = Bilingual { vi: "So với kế hoạch", en: "Against the plan" };
/// Note: the projection restarts from the last actual.
pub const RESTARTS_FROM: Bilingual = Bilingual {
    vi: "Dự báo tính lại từ số thực hiện",
    en: "Projection restarts from the actual of",
};
/// Hint for milestones.
pub const MILESTONE_HINT: Bilingual = Bilingual {
    vi: "Mốc của tỉnh cho từng năm 2026–2029 (để trống để bỏ).",
    en: "The province's milestone for each year 2026–2029 (leave empty to clear).",
};

/// Parses a percentage typed in either language: `2,3` or `2.3`. `NaN`
/// when it is not a number, so the entry is refused as such.
pub fn parse_typed(text: &str) -> f64 {
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return f64::NAN;
    }
    text.replace(',', ".").parse::<f64>().unwrap_or(f64::NAN)
}

/// The implied non-digital growth by year: "2026: 9.1 %, 2027: 9.1 %, …".
pub fn yearly_rates(rates: &[Option<f64>], lang: Lang) -> String {
    rates
        .iter()
        .zip(crate::model::projected_years())
        .map(|(rate, year)| match rate {
            Some(rate) => format!("{year}: {}", lang.percent(*rate, 1)),
            None => format!("{year}: —"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why no rate reaches the target, as one sentence.
pub fn why_unreachable(why: Why, lang: Lang, decimals: usize) -> String {
    let vi = lang == Lang::Vi;
    match why {
        Why::AboveCeiling(ceiling) => {
            let ceiling = lang.percent(ceiling, decimals);
            if vi {
                format!("Không thể đạt với trần {ceiling}: mục tiêu cao hơn trần, tốc độ nào cũng không đủ.")
            } else {
                format!("Unreachable under the {ceiling} ceiling: the target is above it, so no speed gets there.")
            }
        }
        Why::AboveFull => if vi {
            "Không thể đạt: tỷ trọng không thể vượt 100 %."
        } else {
            "Unreachable: a share cannot pass 100%."
        }
        .to_owned(),
        Why::ZeroStart => if vi {
            "Không thể đạt: xuất phát từ 0, tăng trưởng không làm thay đổi tỷ trọng."
        } else {
            "Unreachable: starting from zero, no growth rate moves the share."
        }
        .to_owned(),
        Why::BeyondFastest => if vi {
            "Không thể đạt với đường chữ S: ngay cả tốc độ 100 %/năm cũng không đủ."
        } else {
            "Unreachable on the S-curve: even a speed of 100% a year falls short."
        }
        .to_owned(),
    }
}

/// "reached in 2028, lost by 2030" (or "met in 2025, lost by 2030").
pub fn reached_then_lost(year: Option<u16>, lang: Lang) -> String {
    match (year, lang) {
        (Some(year), Lang::Vi) => format!("đạt năm {year}, mất trước 2030"),
        (Some(year), Lang::En) => format!("reached in {year}, lost by 2030"),
        (None, Lang::Vi) => "đã đạt năm 2025, mất trước 2030".to_owned(),
        (None, Lang::En) => "met in 2025, lost by 2030".to_owned(),
    }
}

/// Why an actual or a milestone was refused.
pub fn entry_fault(fault: EntryFault, lang: Lang) -> &'static str {
    let vi = lang == Lang::Vi;
    match fault {
        EntryFault::YearOutside if vi => "năm phải trong khoảng 2026–2030 (mốc: 2026–2029)",
        EntryFault::YearOutside => "the year must be within 2026–2030 (milestones: 2026–2029)",
        EntryFault::NotANumber if vi => "giá trị không phải là số",
        EntryFault::NotANumber => "the value is not a number",
        EntryFault::OutOfRange if vi => "giá trị phải từ 0 đến 100 %",
        EntryFault::OutOfRange => "the value must be within 0–100%",
        EntryFault::BadDate if vi => "ngày phải theo dạng YYYY-MM-DD",
        EntryFault::BadDate => "the date must be written YYYY-MM-DD",
        EntryFault::FutureDate if vi => "ngày báo cáo ở tương lai",
        EntryFault::FutureDate => "the report date is in the future",
        EntryFault::DateBeforeYear if vi => "ngày báo cáo trước khi năm đó bắt đầu",
        EntryFault::DateBeforeYear => "the report date is before that year began",
    }
}

/// The message for an actual refused as typed: nothing else changed.
pub fn actual_refused(fault: EntryFault, lang: Lang) -> String {
    match lang {
        Lang::Vi => {
            format!("Không nhận số thực hiện: {}. Các số liệu khác giữ nguyên.", entry_fault(fault, lang))
        }
        Lang::En => format!("Actual not accepted: {}. Nothing else was changed.", entry_fault(fault, lang)),
    }
}

/// The message for a milestone refused as typed.
pub fn milestone_refused(fault: EntryFault, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không nhận mốc: {}. Các số liệu khác giữ nguyên.", entry_fault(fault, lang)),
        Lang::En => {
            format!("Milestone not accepted: {}. Nothing else was changed.", entry_fault(fault, lang))
        }
    }
}

/// The economy's warnings, one sentence per kind: the years the rest of
/// the economy shrinks (with the worst), and the years the share passes the
/// plausibility bound (with the highest).
pub fn economy_warnings(warnings: &[EconomyWarning], lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let shrinks: Vec<(u16, f64)> = warnings
        .iter()
        .filter_map(|w| match *w {
            EconomyWarning::NonDigitalShrinks { year, rate } => Some((year, rate)),
            _ => None,
        })
        .collect();
    if let Some(&(worst_year, worst)) = shrinks.iter().min_by(|a, b| a.1.total_cmp(&b.1)) {
        let years = shrinks.iter().map(|(y, _)| y.to_string()).collect::<Vec<_>>().join(", ");
        let by = lang.percent(-worst, 1);
        out.push(match lang {
            Lang::Vi => format!(
                "Phần kinh tế ngoài kinh tế số giảm vào năm {years} (giảm tới {by} năm {worst_year}): tăng trưởng kinh tế số vượt quá mức tăng GRDP cho phép."
            ),
            Lang::En => format!(
                "The rest of the economy shrinks in {years} (by up to {by} in {worst_year}): digital growth outruns what GRDP growth allows."
            ),
        });
    }
    let high: Vec<(u16, f64)> = warnings
        .iter()
        .filter_map(|w| match *w {
            EconomyWarning::ShareImplausible { year, share } => Some((year, share)),
            _ => None,
        })
        .collect();
    if let (Some(&(first, _)), Some(&(top_year, top))) =
        (high.first(), high.iter().max_by(|a, b| a.1.total_cmp(&b.1)))
    {
        let (bound, top) = (lang.percent(PLAUSIBLE_SHARE, 0), lang.percent(top, 1));
        out.push(match lang {
            Lang::Vi => format!(
                "Kinh tế số vượt {bound} GRDP từ năm {first} ({top} năm {top_year}), quá mục tiêu quốc gia cho năm 2045: khó tin."
            ),
            Lang::En => format!(
                "The digital economy passes {bound} of GRDP from {first} ({top} in {top_year}), beyond the national goal for 2045: implausible."
            ),
        });
    }
    out
}

/// The deviation of an actual from the plan: "2026: 0.3\u{a0}pp behind plan".
pub fn deviation(d: Deviation, lang: Lang, decimals: usize) -> String {
    let points = d.points();
    let amount = lang.points(points.abs(), decimals);
    let amount = amount.trim_start_matches('+');
    match (points < 0.0, lang) {
        (true, Lang::Vi) => format!("{}: thấp hơn kế hoạch {amount}", d.year),
        (true, Lang::En) => format!("{}: {amount} behind plan", d.year),
        (false, Lang::Vi) => format!("{}: cao hơn kế hoạch {amount}", d.year),
        (false, Lang::En) => format!("{}: {amount} ahead of plan", d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_cases_are_worded() {
        assert_eq!(
            why_unreachable(Why::AboveCeiling(95.0), Lang::En, 1),
            "Unreachable under the 95.0% ceiling: the target is above it, so no speed gets there."
        );
        assert!(why_unreachable(Why::AboveCeiling(95.0), Lang::Vi, 1).contains("95,0\u{a0}%"));
        assert_eq!(reached_then_lost(Some(2028), Lang::En), "reached in 2028, lost by 2030");
        assert_eq!(reached_then_lost(Some(2028), Lang::Vi), "đạt năm 2028, mất trước 2030");
        let warnings = [
            EconomyWarning::NonDigitalShrinks { year: 2029, rate: -20.0 },
            EconomyWarning::ShareImplausible { year: 2029, share: 57.6 },
            EconomyWarning::NonDigitalShrinks { year: 2030, rate: -54.2 },
            EconomyWarning::ShareImplausible { year: 2030, share: 80.7 },
        ];
        assert_eq!(
            economy_warnings(&warnings, Lang::En),
            vec![
                "The rest of the economy shrinks in 2029, 2030 (by up to 54.2% in 2030): digital growth outruns what GRDP growth allows.".to_owned(),
                "The digital economy passes 50% of GRDP from 2029 (80.7% in 2030), beyond the national goal for 2045: implausible.".to_owned(),
            ]
        );
        assert_eq!(economy_warnings(&warnings, Lang::Vi).len(), 2);
        let d = Deviation { year: 2026, actual: 2.1, planned: 2.4 };
        assert_eq!(deviation(d, Lang::En, 1), "2026: 0.3\u{a0}pp behind plan");
        assert!(actual_refused(EntryFault::FutureDate, Lang::En).contains("future"));
        assert_eq!(parse_typed("2,3"), 2.3);
        assert_eq!(parse_typed(" 2.3 % "), 2.3);
        assert!(parse_typed("hai").is_nan() && parse_typed("").is_nan());
        assert_eq!(yearly_rates(&[Some(9.12), None], Lang::Vi), "2026: 9,1\u{a0}%, 2027: —");
    }
}
