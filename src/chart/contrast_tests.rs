//! Every colour a chart draws data in reaches 3:1 against the chart's
//! background (WCAG 2.1 success criterion 1.4.11, non-text contrast),
//! computed with WCAG 2's relative luminance. The background is the same in
//! the planner and on the projector (the canvas is filled with
//! [`BACKGROUND_COLOUR`] whatever the page's theme), so one background is
//! checked. Grid lines are decoration and left out (see [`GRID_COLOUR`]).

use plotters::style::RGBColor;

use super::*;

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(RGBColor(r, g, b): RGBColor) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Every colour that carries data on a chart, named for the failure message.
fn data_colours() -> Vec<(String, RGBColor)> {
    let mut colours = vec![
        ("scenario line".to_owned(), SCENARIO_COLOUR),
        ("baseline line and axes".to_owned(), BASELINE_COLOUR),
        ("target line".to_owned(), TARGET_COLOUR),
        ("reported figures".to_owned(), REPORTED_COLOUR),
        ("flagged reported figure".to_owned(), FLAGGED_COLOUR),
        ("labels".to_owned(), TEXT_COLOUR),
    ];
    for (i, (colour, _, _)) in COMPARE_STYLES.iter().enumerate() {
        colours.push((format!("compared scenario {}", i + 1), *colour));
    }
    colours
}

#[test]
fn contrast_ratio_matches_wcag_reference_values() {
    // Known values: the extremes, and two greys published with WCAG.
    assert!((contrast(BLACK, WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
    assert!((contrast(RGBColor(0x77, 0x77, 0x77), WHITE) - 4.48).abs() < 0.01);
    assert!((contrast(RGBColor(0x76, 0x76, 0x76), WHITE) - 4.54).abs() < 0.01);
    assert_eq!(contrast(SCENARIO_COLOUR, WHITE), contrast(WHITE, SCENARIO_COLOUR));
}

#[test]
fn every_data_colour_reaches_three_to_one_on_the_chart_background() {
    let failing: Vec<String> = data_colours()
        .into_iter()
        .map(|(name, colour)| (name, colour, contrast(colour, BACKGROUND_COLOUR)))
        .filter(|(_, _, ratio)| *ratio < 3.0)
        .map(|(name, RGBColor(r, g, b), ratio)| format!("{name} #{r:02x}{g:02x}{b:02x}: {ratio:.2}:1"))
        .collect();
    assert!(failing.is_empty(), "below 3:1 on the chart background: {failing:?}");
}

#[test]
fn data_colours_are_distinct() {
    // Distinguishable hues start with distinct colours; each series also
    // has its own dash or marker, so colour is never the only cue.
    let colours = data_colours();
    for (i, (a, ca)) in colours.iter().enumerate() {
        for (b, cb) in &colours[i + 1..] {
            if (a.as_str(), b.as_str()) != ("reported figures", "labels") {
                assert_ne!(ca, cb, "{a} and {b} share a colour");
            }
        }
    }
}
