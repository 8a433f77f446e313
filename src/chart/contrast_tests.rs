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
        ("90 % band edge".to_owned(), fan::BAND_EDGE_COLOUR),
        ("median".to_owned(), fan::MEDIAN_COLOUR),
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

#[test]
fn the_bands_read_apart_in_greyscale_and_keep_the_lines_over_them_legible() {
    use fan::{BAND_50_FILL, BAND_90_FILL};
    // Lightness alone tells the bands from each other and from the page.
    assert!(luminance(BACKGROUND_COLOUR) > luminance(BAND_90_FILL));
    assert!(
        luminance(BAND_90_FILL) - luminance(BAND_50_FILL) >= 0.15,
        "50 % and 90 % bands too alike in grey"
    );
    // The lines a planner reads across the bands keep 3:1 on the darker one.
    for (name, colour) in [
        ("scenario line", SCENARIO_COLOUR),
        ("target line", TARGET_COLOUR),
        ("baseline line", BASELINE_COLOUR),
        ("median", fan::MEDIAN_COLOUR),
        ("reported figures", REPORTED_COLOUR),
    ] {
        let ratio = contrast(colour, BAND_50_FILL);
        assert!(ratio >= 3.0, "{name} on the 50 % band: {ratio:.2}:1");
    }
    // The 90 % band's edge stands out of its own fill.
    assert!(contrast(fan::BAND_EDGE_COLOUR, BAND_90_FILL) >= 3.0);
}
