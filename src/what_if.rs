//! Live what-if in the meeting room: which assumptions the presenter changed
//! from the prepared scenario, in words the audience reads on the slide
//! ("Tăng trưởng kinh tế số 20,0 %/năm thay vì 26,5 %/năm"). Pure, tested
//! natively; the deck shows it while any assumption differs.

use crate::i18n::{text, Lang};
use crate::lang::NBSP;
use crate::model::indicators::INDICATORS;
use crate::model::levers::LEVERS;
use crate::scenario::Scenario;

/// One sentence per lever or target that differs between `prepared` and
/// `live`, in table order: the label, the live value with its unit, and the
/// prepared value ("instead of"). Empty when nothing differs.
pub fn changed_assumptions(prepared: &Scenario, live: &Scenario, lang: Lang) -> Vec<String> {
    let instead = match lang {
        Lang::Vi => "thay vì",
        Lang::En => "instead of",
    };
    let mut out = Vec::new();
    for spec in LEVERS {
        let (now, was) = (live.lever(spec.id), prepared.lever(spec.id));
        if now != was {
            let unit = lang.pick(text::lever_unit(spec.unit)).replace(' ', "\u{A0}");
            let label = lang.pick(spec.label);
            let (now, was) = (lang.lever_value(now, spec.decimals()), lang.lever_value(was, spec.decimals()));
            out.push(format!("{label} {now}{NBSP}{unit} {instead} {was}{NBSP}{unit}"));
        }
    }
    for spec in INDICATORS {
        let now = live.targets.get(&spec.id).copied().unwrap_or(spec.target);
        let was = prepared.targets.get(&spec.id).copied().unwrap_or(spec.target);
        if now != was {
            let label = lang.pick(spec.label);
            let target = lang.pick(text::TARGET);
            let (now, was) = (lang.percent(now, spec.decimals), lang.percent(was, spec.decimals));
            out.push(format!("{label}: {target} {now} {instead} {was}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::levers::LeverId;
    use crate::presets::Preset;

    #[test]
    fn the_changed_growth_is_worded_against_the_prepared_one() {
        let plan = Preset::Plan.scenario(Lang::Vi);
        let mut live = plan.clone();
        assert!(changed_assumptions(&plan, &live, Lang::Vi).is_empty());
        live.set_whole(LeverId::DigitalGrowth, 20.0);
        assert_eq!(
            changed_assumptions(&plan, &live, Lang::En),
            vec!["Digital-economy growth 20.0\u{a0}%/yr instead of 26.5\u{a0}%/yr".to_owned()]
        );
        assert_eq!(
            changed_assumptions(&plan, &live, Lang::Vi),
            vec!["Tăng trưởng kinh tế số 20,0\u{a0}%/năm thay vì 26,5\u{a0}%/năm".to_owned()]
        );
        live.set_target(IndicatorId::DigitalEconomy, Some(25.0));
        assert_eq!(changed_assumptions(&plan, &live, Lang::En).len(), 2);
    }
}
