//! Which share links get a QR code a phone reads at the size shown.

use lotrinh::codec::{encode, LinkState};
use lotrinh::export::qr::{readable_qr_svg, READABLE_SIDE};
use lotrinh::i18n::Lang;
use lotrinh::presets::Preset;
use lotrinh::scenario::Scenario;

fn side(svg: &str) -> usize {
    let view_box = svg.split("viewBox=\"0 0 ").nth(1).and_then(|rest| rest.split(' ').next());
    view_box.and_then(|n| n.parse().ok()).unwrap_or(usize::MAX)
}

#[test]
fn the_four_presets_compared_fit_a_readable_code() {
    let state =
        LinkState { scenarios: Preset::ALL.iter().map(|p| p.scenario(Lang::Vi)).collect(), present: None };
    let url = format!("https://so-tttt.ninhbinh.gov.vn/lo-trinh-so-2030/?{}", encode(&state));
    let svg = readable_qr_svg(&url, READABLE_SIDE);
    assert!(svg.as_deref().map(side).is_some_and(|s| s <= READABLE_SIDE), "{url}");
}

#[test]
fn a_link_too_long_for_a_readable_code_gets_none() {
    let long = Scenario { note: "Ghi chú dài về giả định. ".repeat(20), ..Scenario::default() };
    let url = format!("https://example.vn/?{}", encode(&LinkState::single(long)));
    assert_eq!(readable_qr_svg(&url, READABLE_SIDE), None);
    // The same text still makes a (dense) code when no size limit applies.
    assert!(readable_qr_svg(&url, 177 + 8).is_some());
}
