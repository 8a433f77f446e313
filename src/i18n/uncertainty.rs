//! The wording of uncertainty, sensitivity and goal-seeking, in both
//! languages: chances, band legends, tornado inputs and goal-seek answers.
//! Pure, so it is tested natively and every view (cards, charts, table,
//! deck, print) words them the same way.

use super::text::lever_unit;
use super::Lang;
use crate::model::goal_seek::{Aim, GoalSeek, Outcome};
use crate::model::sources::Bilingual;
use crate::model::uncertainty::inputs::MAX_SEED;
use crate::model::uncertainty::UncertainInput;

/// A chance as a whole percentage: `62 %` / `62%`. A chance that is not
/// exactly 0 or 1 never rounds to them: it reads `< 1 %` or `> 99 %`, since
/// "0 %" and "100 %" claim a certainty the paths do not give.
pub fn chance(p: f64, lang: Lang) -> String {
    if !p.is_finite() {
        return "–".to_owned();
    }
    let p = p.clamp(0.0, 1.0);
    // Half away from zero, as people round (format! would round half to even).
    let whole = (p * 100.0).round();
    if p > 0.0 && whole == 0.0 {
        return format!("< {}", lang.percent(1.0, 0));
    }
    if p < 1.0 && whole == 100.0 {
        return format!("> {}", lang.percent(99.0, 0));
    }
    lang.percent(whole, 0)
}

/// "Chance of meeting the 2030 target", the caption of a card's chance.
pub const CHANCE_LABEL: Bilingual =
    Bilingual { vi: "Khả năng đạt chỉ tiêu 2030", en: "Chance of meeting the 2030 target" };

/// The caption of the chance of meeting every target.
pub const CHANCE_ALL_LABEL: Bilingual =
    Bilingual { vi: "Khả năng đạt cả bốn chỉ tiêu", en: "Chance of meeting all four targets" };

/// In place of a chance while the first Monte Carlo run of a page is under
/// way (a few tasks after the first paint).
pub const CHANCE_PENDING: Bilingual = Bilingual { vi: "đang tính…", en: "computing…" };

/// The fan chart's legend entries, in drawing order.
pub const MEDIAN: Bilingual = Bilingual { vi: "Trung vị", en: "Median" };
/// The 25th–75th percentile band.
pub const BAND_50: Bilingual = Bilingual { vi: "Khoảng 50\u{a0}%", en: "50% band" };
/// The 5th–95th percentile band.
pub const BAND_90: Bilingual = Bilingual { vi: "Khoảng 90\u{a0}%", en: "90% band" };

/// The name of an uncertain input, as a tornado bar's label.
pub fn input_label(input: UncertainInput, lang: Lang) -> String {
    match input {
        UncertainInput::Lever(id) => lang.pick(id.spec().label).to_owned(),
        UncertainInput::Baseline(_) => {
            lang.pick(Bilingual { vi: "Số liệu đầu kỳ 2025", en: "2025 baseline" }).to_owned()
        }
    }
}

/// One sentence answering a goal-seek, built one way for every aim and
/// outcome: the lever value and what it gives, or that no value in the
/// lever's range does what was asked and how far the best one gets.
pub fn goal_seek_answer(answer: &GoalSeek, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let lever = answer.lever.spec();
    let name = lang.pick(lever.label);
    let unit = lever_unit(lever.unit);
    let value = |v: f64| lang.number(v, lever.decimals());
    // A value with its unit, spaced as everywhere else (`21,5 %/năm`, `21.5%/yr`).
    let amount = |v: f64| lang.with_unit(&value(v), unit);
    let indicator = answer.indicator.spec();
    let share = |v: f64| lang.percent(v, indicator.decimals);
    let target = share(answer.target);
    // What was asked: the predicate of both sentences.
    let aim = match answer.aim {
        Aim::Target if vi => format!("đạt chỉ tiêu {target} vào năm 2030"),
        Aim::Target => format!("reaches the target of {target} in 2030"),
        Aim::Chance(p) if vi => format!("cho khả năng ít nhất {} đạt chỉ tiêu {target}", chance(p, lang)),
        Aim::Chance(p) => {
            format!("gives a chance of at least {} of meeting the target of {target}", chance(p, lang))
        }
    };
    // What a lever value gives: the 2030 value, or the chance.
    let gives = |achieved: f64| match answer.aim {
        Aim::Target => share(achieved),
        Aim::Chance(_) if vi => format!("khả năng {}", chance(achieved, lang)),
        Aim::Chance(_) => format!("a chance of {}", chance(achieved, lang)),
    };
    match answer.outcome {
        Outcome::Reaches { value: v, achieved } => {
            let (v, gives) = (amount(v), gives(achieved));
            if vi {
                format!("{name} {v} {aim} (tính được: {gives}).")
            } else {
                format!("{name} of {v} {aim} (computed: {gives}).")
            }
        }
        Outcome::OutOfReach { best, achieved } => {
            let (min, max, best, gives) = (value(lever.min), amount(lever.max), value(best), gives(achieved));
            let short = match answer.aim {
                Aim::Target => {
                    let short = lang.number((answer.target - achieved).max(0.0), indicator.decimals);
                    if vi {
                        format!(", còn thiếu {short}\u{a0}điểm\u{a0}%")
                    } else {
                        format!(", {short} points short")
                    }
                }
                Aim::Chance(_) => String::new(),
            };
            if vi {
                format!("Không có giá trị nào của {name} từ {min} đến {max} {aim}: tốt nhất là {best}, cho {gives}{short}.")
            } else {
                format!(
                    "No value of {name} from {min} to {max} {aim}: the best, {best}, gives {gives}{short}."
                )
            }
        }
    }
}

/// The message for a typed seed above the largest portable one
/// ([`MAX_SEED`], 2⁵³ − 1): the field keeps the seed in force, `kept`.
/// (A link's seed that large falls back to the default instead, and says
/// so in the link's own wording.) Seeds are written without grouping, as
/// the field shows them.
pub fn seed_too_large(kept: u64, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Hạt giống ngẫu nhiên: số vừa nhập lớn hơn hạt giống lớn nhất, {MAX_SEED} (2⁵³ − 1); giữ nguyên hạt giống hiện tại, {kept}."
        ),
        Lang::En => format!(
            "Random seed: the number typed is above the largest seed, {MAX_SEED} (2⁵³ − 1); the current seed, {kept}, is kept."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::levers::LeverId;

    #[test]
    fn chances_never_round_to_certainty() {
        assert_eq!(chance(0.62, Lang::Vi), "62\u{a0}%");
        assert_eq!(chance(0.62, Lang::En), "62%");
        assert_eq!(chance(0.0, Lang::En), "0%");
        assert_eq!(chance(1.0, Lang::Vi), "100\u{a0}%");
        assert_eq!(chance(0.004, Lang::En), "< 1%");
        assert_eq!(chance(0.996, Lang::Vi), "> 99\u{a0}%");
        assert_eq!(chance(0.005, Lang::En), "1%");
        assert_eq!(chance(0.625, Lang::En), "63%");
        assert_eq!(chance(f64::NAN, Lang::En), "–");
    }

    fn answer(outcome: Outcome, aim: Aim) -> GoalSeek {
        GoalSeek {
            indicator: IndicatorId::DigitalEconomy,
            lever: LeverId::DigitalGrowth,
            aim,
            target: 30.0,
            outcome,
        }
    }

    #[test]
    fn goal_seek_answers_in_both_languages() {
        let found = answer(Outcome::Reaches { value: 21.5, achieved: 30.08 }, Aim::Target);
        assert_eq!(
            goal_seek_answer(&found, Lang::En),
            "Digital-economy growth of 21.5%/yr reaches the target of 30.0% in 2030 (computed: 30.1%)."
        );
        assert_eq!(
            goal_seek_answer(&found, Lang::Vi),
            "Tăng trưởng kinh tế số 21,5\u{a0}%/năm đạt chỉ tiêu 30,0\u{a0}% vào năm 2030 (tính được: 30,1\u{a0}%)."
        );
        let chance = answer(Outcome::Reaches { value: 24.0, achieved: 0.8042 }, Aim::Chance(0.8));
        assert_eq!(
            goal_seek_answer(&chance, Lang::En),
            "Digital-economy growth of 24.0%/yr gives a chance of at least 80% of meeting the target of 30.0% (computed: a chance of 80%)."
        );
        let out = answer(Outcome::OutOfReach { best: 40.0, achieved: 27.26 }, Aim::Target);
        assert_eq!(
            goal_seek_answer(&out, Lang::En),
            "No value of Digital-economy growth from 0.0 to 40.0%/yr reaches the target of 30.0% in 2030: the best, 40.0, gives 27.3%, 2.7 points short."
        );
        let out = answer(Outcome::OutOfReach { best: 40.0, achieved: 0.42 }, Aim::Chance(0.9));
        assert_eq!(
            goal_seek_answer(&out, Lang::Vi),
            "Không có giá trị nào của Tăng trưởng kinh tế số từ 0,0 đến 40,0\u{a0}%/năm cho khả năng ít nhất 90\u{a0}% đạt chỉ tiêu 30,0\u{a0}%: tốt nhất là 40,0, cho khả năng 42\u{a0}%."
        );
    }

    #[test]
    fn inputs_are_named() {
        assert_eq!(input_label(UncertainInput::Lever(LeverId::GrdpGrowth), Lang::En), "GRDP growth");
        assert_eq!(
            input_label(UncertainInput::Baseline(IndicatorId::OnlineServices), Lang::Vi),
            "Số liệu đầu kỳ 2025"
        );
    }

    #[test]
    fn a_typed_seed_too_large_says_the_current_seed_is_kept() {
        assert_eq!(
            seed_too_large(7, Lang::Vi),
            "Hạt giống ngẫu nhiên: số vừa nhập lớn hơn hạt giống lớn nhất, 9007199254740991 (2⁵³ − 1); giữ nguyên hạt giống hiện tại, 7."
        );
        assert_eq!(
            seed_too_large(7, Lang::En),
            "Random seed: the number typed is above the largest seed, 9007199254740991 (2⁵³ − 1); the current seed, 7, is kept."
        );
    }
}
