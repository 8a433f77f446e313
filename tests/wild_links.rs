//! Links as they arrive through Facebook, Zalo, e-mail, documents and chat
//! apps (`codec::wild`): each opens with the values that were sent and no
//! problem, while real problems with the scenario's own parameters are
//! still reported.

// Native tests may use std's case mapping (clippy.toml keeps it out of the Wasm).
#![allow(clippy::disallowed_methods)]

#[path = "docs/links_md.rs"]
#[allow(dead_code)]
mod links_md;

use links_md::{example_scenario, WILD_EXAMPLES};
use lotrinh::codec::wild::{is_tracking, TRACKING, TRACKING_PREFIXES};
use lotrinh::codec::{decode, encode, LinkProblem, LinkState};
use lotrinh::i18n::Lang;
use lotrinh::model::levers::LeverId;
use lotrinh::presets::Preset;
use lotrinh::scenario::{LeverValue, Scenario};

fn grdp(query: &str) -> Option<LeverValue> {
    decode(query).state.scenarios[0].levers.get(&LeverId::GrdpGrowth).copied()
}

#[test]
fn facebook_click_id_is_ignored_silently() {
    let decoded = decode("?v=1&grdp_growth=12&fbclid=IwAR0abc");
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(grdp("?v=1&grdp_growth=12&fbclid=IwAR0abc"), Some(LeverValue::Whole(12.0)));
}

#[test]
fn ampersands_escaped_by_mail_keep_the_value() {
    let decoded = decode("?v=1&amp;grdp_growth=12");
    assert_eq!(decoded.problems, vec![]);
    assert_eq!(grdp("?v=1&amp;grdp_growth=12"), Some(LeverValue::Whole(12.0)));
}

#[test]
fn every_documented_example_opens_cleanly_with_its_values() {
    for (link, _) in WILD_EXAMPLES {
        let decoded = decode(link);
        assert_eq!(decoded.problems, vec![], "{link}");
        assert_eq!(grdp(link), Some(LeverValue::Whole(12.0)), "{link}");
    }
    let both = decode("v=1&amp;amp;grdp_growth=12&#38;digital_growth=20").state.scenarios[0].clone();
    assert_eq!(both.lever(LeverId::DigitalGrowth), LeverValue::Whole(20.0));
}

#[test]
fn every_tracking_parameter_is_dropped_and_ours_are_not() {
    for (name, _) in TRACKING {
        let link = format!("v=1&{name}=x&grdp_growth=12&{}=y", name.to_uppercase());
        assert_eq!(decode(&link).problems, vec![], "{link}");
        assert_eq!(grdp(&link), Some(LeverValue::Whole(12.0)), "{link}");
    }
    for (prefix, _) in TRACKING_PREFIXES {
        assert!(is_tracking(&format!("{prefix}anything")));
    }
    for id in LeverId::all() {
        assert!(!is_tracking(id.key()));
    }
    for key in ["v", "name", "note", "vintage", "present", "slide", "preset"] {
        assert!(!is_tracking(key), "{key}");
    }
}

#[test]
fn real_problems_are_still_reported_through_the_noise() {
    let decoded = decode("v=1&amp;grdp_growth=35&fbclid=x&colour=red).");
    assert_eq!(grdp("v=1&amp;grdp_growth=35&fbclid=x"), Some(LeverValue::Whole(20.0)));
    assert_eq!(
        decoded.problems,
        vec![
            LinkProblem::UnknownParameter { param: "colour".into() },
            LinkProblem::OutOfRange { param: "grdp_growth".into(), year: None, given: 35.0, used: 20.0 },
        ]
    );
    // A link cut off before the tracking parameter was added is still seen as cut.
    let cut = decode("v=1&digital_growth=12~14&fbclid=x");
    assert_eq!(cut.problems, vec![LinkProblem::WrongYearCount { param: "digital_growth".into(), given: 2 }]);
}

#[test]
fn any_link_survives_every_kind_of_trip() {
    let mut dotted = Scenario { name: "Kịch bản “A”…".into(), ..Scenario::default() };
    dotted.set_whole(LeverId::GrdpGrowth, 11.5);
    let states = [
        LinkState::single(example_scenario()),
        LinkState::single(Scenario { name: "Dr.".into(), ..Scenario::default() }),
        LinkState::single(Scenario { name: "Plan (A)".into(), ..Scenario::default() }),
        LinkState::single(dotted.clone()),
        LinkState { scenarios: vec![dotted, Preset::Cautious.scenario(Lang::Vi)], present: Some(2) },
        LinkState { scenarios: Preset::ALL.iter().map(|p| p.scenario(Lang::Vi)).collect(), present: None },
    ];
    for state in states {
        let link = encode(&state);
        let trips = [
            link.clone(),
            format!("{link}&fbclid=IwAR0abc"),
            format!("utm_source=zalo&{link}&zarsrc=30&utm_medium=zalo"),
            link.replace('&', "&amp;"),
            link.replace('=', "=3D"),
            format!("{link})."),
            format!("{link}%E2%80%9D"),
            format!("{link}&quot;"),
            link.replace('%', "%25").replace('=', "%3D").replace('&', "%26"),
        ];
        for trip in trips {
            let decoded = decode(&trip);
            assert_eq!(decoded.problems, vec![], "{trip}");
            assert_eq!(decoded.state, state, "{trip}");
        }
    }
}
