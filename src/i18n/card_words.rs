//! What a summary card says about one indicator: the year the
//! target is reached (or reached and lost), and the rate it needs. Pure,
//! so the words are tested natively and shared by the cards and the deck.

use super::{model_text, text, Lang};
use crate::model::indicators::Comparator;
use crate::model::projection::{IndicatorProjection, Reached, Required, Status};

// Status words live in `crate::wording::status_words`.

/// The year the target is reached: "2028", "already met in 2025", "not by
/// 2030", or "reached in 2028, lost by 2030".
pub fn reached_words(p: &IndicatorProjection, lang: Lang) -> String {
    match (p.reached, p.status) {
        (Reached::Already, Status::ReachedThenLost) => model_text::reached_then_lost(None, lang),
        (Reached::In(year), Status::ReachedThenLost) => model_text::reached_then_lost(Some(year), lang),
        (Reached::Already, _) => lang.pick(text::REACHED_ALREADY).to_owned(),
        (Reached::In(year), _) => year.to_string(),
        (Reached::NotBy2030, _) => lang.pick(text::NOT_BY_2030).to_owned(),
    }
}

/// The rate the target needs, rounded so that the rate shown does meet it:
/// up to the next tenth for "≥", and for "> X" (where the exact rate gives
/// exactly X, which is not above it) to the next tenth strictly above it.
pub fn shown_rate(rate: f64, comparator: Comparator) -> f64 {
    let tenths = rate * 10.0;
    let up = match comparator {
        Comparator::AtLeast => (tenths - 1e-9).ceil(),
        Comparator::Above => (tenths + 1e-9).floor() + 1.0,
    };
    up / 10.0
}

/// The rate the target needs, in words with the lever and its unit:
/// "Digital-workforce growth: more than 8.9 → 9.0 %/yr". Also says when it
/// is outside the slider, met at any rate, unreachable (and why), or that
/// no years are left.
pub fn required_words(p: &IndicatorProjection, lang: Lang) -> String {
    let driver = p.spec.path.driver().spec();
    match p.required {
        Required::Rate(rate) => {
            let shown = shown_rate(rate, p.spec.comparator);
            let outside = if (driver.min..=driver.max).contains(&shown) {
                String::new()
            } else {
                format!(" ({})", lang.pick(text::OUTSIDE_RANGE))
            };
            format!(
                "{}: {}{outside}",
                lang.pick(driver.label),
                lang.with_unit(&lang.number(shown, 1), text::lever_unit(driver.unit))
            )
        }
        Required::AnyRate => lang.pick(text::ANY_RATE).to_owned(),
        Required::Unreachable(why) => model_text::why_unreachable(why, lang, p.spec.decimals),
        Required::NoYearsLeft => lang.pick(text::NO_YEARS_LEFT).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::levers::LeverId;
    use crate::model::projection::project;
    use crate::scenario::{LeverValue, Scenario};
    use crate::wording::status_words;

    #[test]
    fn shown_rates_always_meet_the_target() {
        assert_eq!(shown_rate(8.989, Comparator::Above), 9.0);
        // On the grid: "> X" needs the next tenth; "≥" does not.
        assert_eq!(shown_rate(9.0, Comparator::Above), 9.1);
        assert_eq!(shown_rate(9.0, Comparator::AtLeast), 9.0);
        assert_eq!(shown_rate(26.315, Comparator::AtLeast), 26.4);
    }

    #[test]
    fn the_issue_cases_read_right_in_both_languages() {
        let mut scenario = Scenario::default();
        scenario.set_whole(LeverId::ServicesCeiling, 95.0);
        scenario.levers.insert(LeverId::DigitalGrowth, LeverValue::PerYear([40.0, 40.0, 40.0, 0.0, 0.0]));
        scenario.set_whole(LeverId::DigitalWorkforceGrowth, 8.9);
        let p = project(&scenario);
        let services = p.get(IndicatorId::OnlineServices);
        assert_eq!(status_words(services.status, Lang::En).1, "Unreachable");
        assert!(required_words(services, Lang::En).starts_with("Unreachable under the 95.0% ceiling"));
        assert!(required_words(services, Lang::Vi).contains("trần 95,0\u{a0}%"));
        let economy = p.get(IndicatorId::DigitalEconomy);
        assert_eq!(status_words(economy.status, Lang::En).1, "Reached, then lost");
        assert_eq!(reached_words(economy, Lang::En), "reached in 2028, lost by 2030");
        assert_eq!(reached_words(economy, Lang::Vi), "đạt năm 2028, mất trước 2030");
        let workforce = p.get(IndicatorId::DigitalWorkforce);
        assert_eq!(status_words(workforce.status, Lang::En).1, "Needs acceleration");
        assert_eq!(reached_words(workforce, Lang::En), "not by 2030");
        assert_eq!(required_words(workforce, Lang::En), "Digital-workforce growth: 9.0%/yr");
        assert_eq!(required_words(workforce, Lang::Vi), "Tăng nhân lực công nghệ số: 9,0\u{a0}%/năm");
    }
}
