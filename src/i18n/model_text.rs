//! Wording for the model's newer outputs: why a target is unreachable, a
//! target reached and then lost, refused actuals and milestones, economy
//! warnings, adoption shapes and baseline choices. Pure, tested natively.

use super::Lang;
use crate::model::economy::{EconomyWarning, PLAUSIBLE_SHARE};
use crate::model::projection::{Deviation, Why};
use crate::monitoring::EntryFault;

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

/// An economy warning, as one sentence.
pub fn economy_warning(warning: EconomyWarning, lang: Lang) -> String {
    match (warning, lang) {
        (EconomyWarning::NonDigitalShrinks { year, rate }, Lang::Vi) => format!(
            "Năm {year}, phần kinh tế ngoài kinh tế số giảm {}: tăng trưởng kinh tế số vượt quá mức GRDP cho phép.",
            lang.percent(-rate, 1)
        ),
        (EconomyWarning::NonDigitalShrinks { year, rate }, Lang::En) => format!(
            "In {year} the rest of the economy shrinks by {}: digital growth outruns what GRDP growth allows.",
            lang.percent(-rate, 1)
        ),
        (EconomyWarning::ShareImplausible { year, share }, Lang::Vi) => format!(
            "Năm {year}, kinh tế số đạt {} GRDP, vượt {} (mục tiêu quốc gia cho năm 2045): khó tin.",
            lang.percent(share, 1),
            lang.percent(PLAUSIBLE_SHARE, 0)
        ),
        (EconomyWarning::ShareImplausible { year, share }, Lang::En) => format!(
            "In {year} the digital economy reaches {} of GRDP, beyond {} (the national goal for 2045): implausible.",
            lang.percent(share, 1),
            lang.percent(PLAUSIBLE_SHARE, 0)
        ),
    }
}

/// The deviation of an actual from the plan: "2026: 0.3 pp behind plan".
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
        assert!(why_unreachable(Why::AboveCeiling(95.0), Lang::Vi, 1).contains("95,0 %"));
        assert_eq!(reached_then_lost(Some(2028), Lang::En), "reached in 2028, lost by 2030");
        assert_eq!(reached_then_lost(Some(2028), Lang::Vi), "đạt năm 2028, mất trước 2030");
        let shrink = EconomyWarning::NonDigitalShrinks { year: 2030, rate: -54.2 };
        assert!(
            economy_warning(shrink, Lang::En).contains("shrinks by 54.2%"),
            "{}",
            economy_warning(shrink, Lang::En)
        );
        let d = Deviation { year: 2026, actual: 2.1, planned: 2.4 };
        assert_eq!(deviation(d, Lang::En, 1), "2026: 0.3 pp behind plan");
        assert!(actual_refused(EntryFault::FutureDate, Lang::En).contains("future"));
    }
}
