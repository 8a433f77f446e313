//! The words of the analysis panels, in both languages: the uncertainty
//! settings, the tornado (its legend and its text alternative) and the
//! goal-seek form. The goal-seek answer itself and the names of the inputs
//! are in [`super::uncertainty`], shared with every other view.

use super::uncertainty::input_label;
use super::Lang;
use crate::compare::{SettingValue, UncertaintySetting};
use crate::model::levers::LeverId;
use crate::model::sensitivity::{Tornado, TornadoBar};
use crate::model::sources::Bilingual;
use crate::model::uncertainty::UncertainInput;
use crate::text_case::lowercase;

macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = $vi:literal / $en:literal;)*) => {
        $($(#[$doc])* pub const $name: Bilingual = Bilingual { vi: $vi, en: $en };)*
    };
}

texts! {
    /// Heading of the analysis section (tornado and goal-seek per indicator).
    ANALYSIS_HEADING = "Độ nhạy và mục tiêu" / "Sensitivity and goal-seeking";
    /// What the analysis section answers.
    ANALYSIS_HINT = "Giả định nào quan trọng nhất, và cần gì để đạt chỉ tiêu. Tính trên kịch bản đang xem, với độ bất định bên dưới."
        / "Which assumption matters most, and what it takes to reach the target. Computed on the scenario on screen, with the uncertainty settings below.";
    /// Caption of a tornado chart.
    TORNADO_CAPTION = "Độ nhạy: giá trị 2030 khi từng giả định ở đầu thấp và đầu cao"
        / "Sensitivity: the 2030 value with each input at its low and high end";
    /// Legend: the part of a bar with the input at its low end.
    LOW_END = "Giả định ở đầu thấp" / "Input at its low end";
    /// Legend: the part of a bar with the input at its high end.
    HIGH_END = "Giả định ở đầu cao" / "Input at its high end";
    /// The vertical line through the deterministic 2030 value.
    CENTRAL = "Kịch bản 2030" / "Scenario 2030";
    /// The dashed line of the target on a tornado.
    TARGET_LINE = "Chỉ tiêu" / "Target";
    /// Beside an input with no spread (a bar of no length), on the tornado
    /// and in its text alternative.
    NO_SPREAD = "không có độ phân tán" / "no spread";
    /// Beside an input with a spread that does not move the 2030 value.
    NO_EFFECT = "không làm đổi giá trị 2030" / "no effect on the 2030 value";
    /// In the uncertainty settings, under an input whose spread or range is
    /// zero: why the sensitivity chart shows it as a bare line.
    NO_SPREAD_NOTE = "Không có độ phân tán: mọi đường mô phỏng dùng đúng giá trị này, và biểu đồ độ nhạy chỉ vẽ nó thành một vạch."
        / "No spread: every simulated path uses this exact value, and the sensitivity chart shows it as a line, not a bar.";
    /// Header of the tornado table's input column.
    INPUT = "Giả định" / "Input";
    /// Header: the input's low end.
    INPUT_LOW = "Đầu thấp" / "Low end";
    /// Header: the 2030 value with the input at its low end.
    VALUE_AT_LOW = "Giá trị 2030 ở đầu thấp" / "2030 value at the low end";
    /// Header: the input's high end.
    INPUT_HIGH = "Đầu cao" / "High end";
    /// Header: the 2030 value with the input at its high end.
    VALUE_AT_HIGH = "Giá trị 2030 ở đầu cao" / "2030 value at the high end";
    /// Title of the sensitivity slide.
    SENSITIVITY_SLIDE = "Độ nhạy: giả định nào quan trọng nhất" / "Sensitivity: what matters most";
    /// Heading of a goal-seek form.
    GOAL_SEEK_HEADING = "Cần gì để đạt chỉ tiêu?" / "What does it take?";
    /// Label of the lever select.
    GOAL_LEVER = "Giả định cần tìm" / "Lever to solve for";
    /// Legend of the aim choice.
    GOAL_AIM = "Mục đích" / "Aim";
    /// Aim: the deterministic 2030 value reaches the target.
    AIM_TARGET = "Đạt chỉ tiêu năm 2030" / "Reach the 2030 target";
    /// Aim: a chance of reaching the target.
    AIM_CHANCE = "Đạt chỉ tiêu với khả năng ít nhất" / "Reach it with a chance of at least";
    /// Label of the chance field.
    GOAL_CHANCE = "Khả năng mong muốn (%)" / "Chance wanted (%)";
    /// Message of a chance field that is not a number from 1 to 99.
    GOAL_CHANCE_BAD = "Nhập một khả năng từ 1 đến 99 %; chưa tính gì." / "Enter a chance from 1 to 99%; nothing was computed.";
    /// Button that runs the search.
    GOAL_SOLVE = "Tìm giá trị" / "Find the value";
    /// While the search runs (many Monte Carlo runs for a chance).
    GOAL_SOLVING = "Đang tính…" / "Computing…";
    /// Button that sets the lever to the answer.
    GOAL_APPLY = "Áp dụng" / "Apply";
    /// The answer is the lever's value now.
    GOAL_APPLIED = "Đã áp dụng; Hoàn tác để quay lại." / "Applied; Undo puts it back.";
    /// The scenario changed after the answer was found.
    GOAL_STALE = "Kịch bản đã thay đổi sau lần tính này; bấm “Tìm giá trị” để tính lại."
        / "The scenario has changed since this answer; press “Find the value” again.";
    /// Heading of the uncertainty settings.
    UNCERTAINTY_HEADING = "Độ bất định" / "Uncertainty";
    /// What the uncertainty settings are for.
    UNCERTAINTY_HINT = "Khoảng 90 % của mỗi giả định quanh giá trị đã chọn và khoảng của số liệu đầu kỳ: dùng cho khả năng đạt chỉ tiêu, độ nhạy và tìm mục tiêu. Chúng đi theo đường dẫn chia sẻ."
        / "The 90% range of each assumption around the value set, and the range of each baseline: used for the chances, the sensitivity and goal-seeking. They travel in the share link.";
    /// Heading of the spreads.
    SPREADS_HEADING = "Độ phân tán của giả định (khoảng 90 %)" / "Assumption spreads (90% range)";
    /// Field: distance below the lever's value.
    SPREAD_BELOW = "Dưới" / "Below";
    /// Field: distance above the lever's value.
    SPREAD_ABOVE = "Trên" / "Above";
    /// Heading of the baseline ranges.
    RANGES_HEADING = "Khoảng số liệu đầu kỳ 2025 (%)" / "2025 baseline ranges (%)";
    /// Field: a range's low end.
    RANGE_LOW = "Thấp" / "Low";
    /// Field: a range's high end.
    RANGE_HIGH = "Cao" / "High";
    /// Before a default value.
    DEFAULT = "Mặc định" / "Default";
    /// Heading of the seed and the number of paths.
    SIMULATION_HEADING = "Mô phỏng" / "Simulation";
    /// Field: the random seed.
    SEED = "Hạt giống ngẫu nhiên" / "Random seed";
    /// Field: the number of Monte Carlo paths.
    PATHS = "Số đường mô phỏng" / "Simulated paths";
    /// Button that puts every uncertainty setting back.
    RESET_UNCERTAINTY = "Đặt lại độ bất định" / "Reset uncertainty";
}

/// A baseline range as its two ends, `14,02–15 %`, or as one value,
/// `36,84 %`, when it has no width (the ends are equal once rounded).
pub fn range_ends(low: f64, high: f64, decimals: usize, lang: Lang) -> String {
    let (low_text, high_text) = (lang.number(low, decimals), lang.number(high, decimals));
    if low_text == high_text {
        lang.percent(high, decimals)
    } else {
        format!("{low_text}–{}", lang.percent(high, decimals))
    }
}

/// A lever's spread as its two ends: `−1,5 / +1,9` in the lever's unit.
pub fn spread_ends(below: f64, above: f64, decimals: usize, lang: Lang) -> String {
    // No-break spaces: a narrow table cell (the comparison on a phone) must
    // not part the two ends.
    format!("−{}\u{a0}/\u{a0}+{}", lang.number(below, decimals), lang.number(above, decimals))
}

/// Why a bar has no length, if it has none: its input has no spread, or
/// its spread does not move the 2030 value.
pub fn bar_note(bar: &TornadoBar) -> Option<Bilingual> {
    if bar.input_low == bar.input_high {
        Some(NO_SPREAD)
    } else if bar.size() == 0.0 {
        Some(NO_EFFECT)
    } else {
        None
    }
}

/// One row of a tornado's text alternative: the input (with the
/// [`bar_note`] of a bar of no length), its low end, the 2030 value there,
/// its high end and the 2030 value there.
pub fn tornado_row(bar: &TornadoBar, decimals: usize, lang: Lang) -> [String; 5] {
    let end = |v: f64| match bar.input {
        UncertainInput::Lever(id) => {
            let spec = id.spec();
            let unit = super::text::lever_unit(spec.unit);
            let sign = if v < 0.0 { "−" } else { "+" };
            lang.with_unit(&format!("{sign}{}", lang.number(v.abs(), spec.decimals())), unit)
        }
        UncertainInput::Baseline(_) => lang.percent(v, decimals),
    };
    let name = input_label(bar.input, lang);
    [
        match bar_note(bar) {
            Some(note) => format!("{name} ({})", lang.pick(note)),
            None => name,
        },
        end(bar.input_low),
        lang.percent(bar.at_low, decimals),
        end(bar.input_high),
        lang.percent(bar.at_high, decimals),
    ]
}

/// One sentence saying which input moves the 2030 value most, and how far.
pub fn tornado_summary(tornado: &Tornado, lang: Lang) -> String {
    let decimals = tornado.indicator.spec().decimals;
    let central = lang.percent(tornado.central, decimals);
    match tornado.bars.first().filter(|bar| bar.size() > 0.0) {
        Some(top) => {
            let name = input_label(top.input, lang);
            let (low, high) = (lang.percent(top.at_low, decimals), lang.percent(top.at_high, decimals));
            match lang {
                Lang::Vi => format!(
                    "Giá trị 2030 của kịch bản là {central}. Giả định ảnh hưởng nhiều nhất: {name}, từ {low} (đầu thấp) đến {high} (đầu cao)."
                ),
                Lang::En => format!(
                    "The scenario's 2030 value is {central}. The input that matters most: {name}, from {low} (low end) to {high} (high end)."
                ),
            }
        }
        None => match lang {
            Lang::Vi => format!("Giá trị 2030 của kịch bản là {central}; không giả định nào có độ phân tán."),
            Lang::En => format!("The scenario's 2030 value is {central}; no input has a spread."),
        },
    }
}

/// The whole tornado in words, for a slide where a table has no room: the
/// summary, then every bar with its two ends.
pub fn tornado_description(tornado: &Tornado, lang: Lang) -> String {
    let decimals = tornado.indicator.spec().decimals;
    let (low_end, high_end) = (lowercase(lang.pick(INPUT_LOW)), lowercase(lang.pick(INPUT_HIGH)));
    let bars: Vec<String> = tornado
        .bars
        .iter()
        .map(|bar| {
            let [name, low, at_low, high, at_high] = tornado_row(bar, decimals, lang);
            match lang {
                Lang::Vi => format!("{name}: {at_low} ({low_end} {low}) đến {at_high} ({high_end} {high})"),
                Lang::En => format!("{name}: {at_low} ({low_end} {low}) to {at_high} ({high_end} {high})"),
            }
        })
        .collect();
    format!("{} {}.", tornado_summary(tornado, lang), bars.join("; "))
}

/// The name of an uncertainty setting in the comparison's assumptions diff:
/// `Độ phân tán: Tăng trưởng GRDP (%/năm)`, `2025 baseline range: Digital
/// economy (%)`, `Random seed`.
pub fn setting_label(setting: UncertaintySetting, lang: Lang) -> String {
    match setting {
        UncertaintySetting::Spread(id) => {
            let (label, unit) = (lang.pick(id.spec().label), spread_unit(id, lang));
            match lang {
                Lang::Vi => format!("Độ phân tán: {label} ({unit})"),
                Lang::En => format!("Spread: {label} ({unit})"),
            }
        }
        UncertaintySetting::Range(id) => {
            let label = lang.pick(id.spec().label);
            match lang {
                Lang::Vi => format!("Khoảng đầu kỳ 2025: {label} (%)"),
                Lang::En => format!("2025 baseline range: {label} (%)"),
            }
        }
        UncertaintySetting::Seed => lang.pick(SEED).to_owned(),
        UncertaintySetting::Paths => lang.pick(PATHS).to_owned(),
    }
}

/// An uncertainty setting's value, as its fields show it: a spread's two
/// ends in the lever's decimals, a range's two ends, the seed ungrouped, the
/// number of paths grouped.
pub fn setting_value(value: SettingValue, lang: Lang) -> String {
    match value {
        SettingValue::Spread(id, spread) => {
            spread_ends(spread.below, spread.above, id.spec().decimals(), lang)
        }
        SettingValue::Range(id, range) => {
            let decimals = id.spec().decimals.max(2);
            format!("{}–{}", lang.number(range.low, decimals), lang.number(range.high, decimals))
        }
        SettingValue::Seed(seed) => seed.to_string(),
        SettingValue::Paths(paths) => lang.count(f64::from(paths)),
    }
}

/// The lever's unit, for a spread field's label.
pub fn spread_unit(id: LeverId, lang: Lang) -> &'static str {
    lang.pick(super::text::lever_unit(id.spec().unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::sensitivity::tornado;
    use crate::scenario::Scenario;

    #[test]
    fn the_tornado_is_worded_in_both_languages() {
        let t = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        let top = tornado_row(&t.bars[0], 1, Lang::En);
        assert_eq!(top[0], "Digital-economy growth");
        assert_eq!(top[1], "−5.0%/yr");
        assert_eq!(top[3], "+5.0%/yr");
        let vi = tornado_summary(&t, Lang::Vi);
        assert!(vi.starts_with("Giá trị 2030 của kịch bản là "), "{vi}");
        assert!(vi.contains("Tăng trưởng kinh tế số"), "{vi}");
        let baseline = t.bars.iter().find(|b| matches!(b.input, UncertainInput::Baseline(_))).unwrap();
        assert_eq!(tornado_row(baseline, 1, Lang::Vi)[1], "14,0\u{a0}%");
    }

    #[test]
    fn a_slide_describes_every_bar() {
        let t = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        let en = tornado_description(&t, Lang::En);
        assert!(
            en.contains("Digital-economy growth: 15.0% (low end −5.0%/yr) to 23.2% (high end +5.0%/yr)"),
            "{en}"
        );
        assert!(en.contains("2025 baseline: "), "{en}");
    }

    #[test]
    fn an_input_with_no_spread_says_so() {
        let t = tornado(&Scenario::default(), IndicatorId::RecordsDigitisation);
        let ceiling =
            t.bars.iter().find(|b| b.input == UncertainInput::Lever(LeverId::RecordsCeiling)).unwrap();
        assert_eq!(bar_note(ceiling), Some(NO_SPREAD));
        assert_eq!(tornado_row(ceiling, 2, Lang::Vi)[0], "Trần số hoá hồ sơ (không có độ phân tán)");
        let baseline = t.bars.iter().find(|b| matches!(b.input, UncertainInput::Baseline(_))).unwrap();
        assert_eq!(tornado_row(baseline, 2, Lang::En)[0], "2025 baseline (no spread)");
        let speed = t.bars.iter().find(|b| b.input == UncertainInput::Lever(LeverId::RecordsSpeed)).unwrap();
        assert_eq!(bar_note(speed), None);
        // A spread that cannot move the value: the bar is empty for another reason.
        let still = TornadoBar { input_low: -1.0, input_high: 1.0, at_low: 40.0, at_high: 40.0, ..*ceiling };
        assert_eq!(
            tornado_row(&still, 2, Lang::En)[0],
            "Records digitisation ceiling (no effect on the 2030 value)"
        );
    }

    #[test]
    fn uncertainty_settings_are_named_and_shown_as_their_fields_show_them() {
        use crate::model::uncertainty::{Range, Spread};
        let grdp = UncertaintySetting::Spread(LeverId::GrdpGrowth);
        assert_eq!(setting_label(grdp, Lang::Vi), "Độ phân tán: Tăng trưởng GRDP (%/năm)");
        assert_eq!(setting_label(grdp, Lang::En), "Spread: GRDP growth (%/yr)");
        let spread = SettingValue::Spread(LeverId::GrdpGrowth, Spread { below: 1.5, above: 1.9 });
        assert_eq!(setting_value(spread, Lang::Vi), "−1,5\u{a0}/\u{a0}+1,9");
        let range = UncertaintySetting::Range(IndicatorId::DigitalEconomy);
        assert!(setting_label(range, Lang::En).starts_with("2025 baseline range: Digital"));
        let ends = SettingValue::Range(IndicatorId::DigitalEconomy, Range { low: 14.02, high: 15.0 });
        assert_eq!(setting_value(ends, Lang::Vi), "14,02–15,00");
        assert_eq!(setting_label(UncertaintySetting::Seed, Lang::En), "Random seed");
        assert_eq!(setting_value(SettingValue::Seed(20260101), Lang::Vi), "20260101");
        assert_eq!(setting_label(UncertaintySetting::Paths, Lang::Vi), "Số đường mô phỏng");
        assert_eq!(setting_value(SettingValue::Paths(20_000), Lang::Vi), "20.000");
        assert_eq!(setting_value(SettingValue::Paths(20_000), Lang::En), "20,000");
    }

    #[test]
    fn spreads_read_as_two_ends() {
        assert_eq!(spread_ends(1.5, 1.9, 1, Lang::Vi), "−1,5\u{a0}/\u{a0}+1,9");
        assert_eq!(range_ends(14.02, 15.0, 2, Lang::Vi), "14,02–15,00\u{a0}%");
        assert_eq!(range_ends(64.1, 67.2, 1, Lang::En), "64.1–67.2%");
        // A range of no width reads as its one value, not "36,84–36,84 %".
        assert_eq!(range_ends(36.84, 36.84, 2, Lang::Vi), "36,84\u{a0}%");
        assert_eq!(spread_unit(LeverId::GrdpGrowth, Lang::En), "%/yr");
    }
}
