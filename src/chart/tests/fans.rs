//! The fan on the chart: both bands and the median are drawn under the
//! scenario's line, inside the plot, with legend entries in both languages;
//! with every spread at zero they collapse onto the line; switched off,
//! nothing of them is drawn.

use super::*;
use crate::chart::fan::{BAND_50_FILL, BAND_90_FILL, BAND_EDGE_COLOUR, MEDIAN_COLOUR};
use crate::i18n::uncertainty::{BAND_50, BAND_90, MEDIAN};
use crate::model::uncertainty::{simulate, Fan, Uncertainty};

fn fan_of(scenario: &Scenario, paths: u32) -> Fan {
    let mut scenario = scenario.clone();
    scenario.uncertainty.set_paths(paths);
    simulate(&scenario)
}

/// The index of the first shape drawn in `colour`.
fn first(shapes: &[Shape], colour: RGBColor) -> Option<usize> {
    shapes.iter().position(|shape| match shape {
        Shape::Path { colour: c, .. } | Shape::Circle { colour: c, .. } => *c == rgb(colour),
        _ => false,
    })
}

fn legend_texts(shapes: &[Shape], area: &PlotArea) -> Vec<String> {
    shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, at, .. } if at.1 < area.y.start => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn both_bands_and_the_median_are_drawn_under_the_lines_inside_the_plot() {
    let baseline = project(&Scenario::default());
    for (name, scenario) in scenarios() {
        let current = project(&scenario);
        let fan = fan_of(&scenario, 400);
        for indicator in &current.indicators {
            for lang in [Lang::Vi, Lang::En] {
                let mut chart = input(&current, &baseline, indicator.id, lang);
                chart.fan = Some(fan.get(indicator.id));
                let (shapes, area) = record(&chart, 2.0);
                let case = format!("{name}, {:?}, {lang:?}", indicator.id);
                // Each band is one polygon: six points along the top, six back.
                for fill in [BAND_90_FILL, BAND_50_FILL] {
                    let polygons = paths(&shapes, fill, 0);
                    let polygon = polygons.iter().find(|p| p.len() == 12);
                    let polygon =
                        polygon.unwrap_or_else(|| panic!("{case}: no band polygon in {polygons:?}"));
                    for point in polygon.iter() {
                        assert!(inside(&area, *point, 1), "{case}: band point {point:?} outside {area:?}");
                    }
                }
                let median = paths(&shapes, MEDIAN_COLOUR, 4);
                assert!(median.iter().flat_map(|p| p.iter()).any(|p| inside(&area, *p, 0)), "{case}: median");
                assert!(!paths(&shapes, BAND_EDGE_COLOUR, 2).is_empty(), "{case}: the 90 % band's edge");
                // Under the target, the baseline and the scenario's line.
                // (The legend and the axes come before the plot's lines.)
                let bands = shapes
                    .iter()
                    .rposition(|s| matches!(s, Shape::Path { colour, .. } if *colour == rgb(BAND_50_FILL)))
                    .unwrap();
                let target_line = shapes.iter().position(|s| matches!(s, Shape::Path { points, colour, .. }
                    if *colour == rgb(TARGET_COLOUR) && points.len() == 2 && points[0].0 <= area.x.start + 1 && points[1].0 >= area.x.end - 1));
                let last_baseline = shapes.iter().rposition(
                    |s| matches!(s, Shape::Path { colour, .. } if *colour == rgb(BASELINE_COLOUR)),
                );
                assert!(
                    target_line > Some(bands) && last_baseline > Some(bands),
                    "{case}: a band over a line"
                );
                let line = shapes.iter().rposition(|s| matches!(s, Shape::Path { colour, width, .. } if *colour == rgb(SCENARIO_COLOUR) && *width >= 6));
                let last_median = shapes
                    .iter()
                    .rposition(|s| matches!(s, Shape::Path { colour, .. } if *colour == rgb(MEDIAN_COLOUR)));
                assert!(line > last_median, "{case}: the median over the scenario's line");
                let legend = legend_texts(&shapes, &area);
                for entry in [MEDIAN, BAND_50, BAND_90] {
                    assert!(legend.iter().any(|t| t == lang.pick(entry)), "{case}: legend {legend:?}");
                }
            }
        }
    }
}

#[test]
fn the_axis_makes_room_for_the_95th_percentile() {
    let scenario = Scenario::default();
    let (current, fan) = (project(&scenario), fan_of(&scenario, 400));
    for indicator in &current.indicators {
        let mut chart = input(&current, &current, indicator.id, Lang::En);
        chart.fan = Some(fan.get(indicator.id));
        let (shapes, area) = record(&chart, 1.0);
        let top = paths(&shapes, BAND_90_FILL, 0).into_iter().flatten().map(|p| p.1).min().unwrap();
        assert!(
            top >= area.y.start,
            "{:?}: the 95th percentile at {top} above the plot {area:?}",
            indicator.id
        );
    }
}

#[test]
fn with_every_spread_zero_the_bands_collapse_onto_the_line() {
    let scenario = Scenario { uncertainty: Uncertainty::none(), ..Scenario::default() };
    let current = project(&scenario);
    let fan = fan_of(&scenario, 200);
    for indicator in &current.indicators {
        let mut chart = input(&current, &current, indicator.id, Lang::Vi);
        chart.fan = Some(fan.get(indicator.id));
        let (shapes, _) = record(&chart, 1.0);
        let line = paths(&shapes, SCENARIO_COLOUR, 3).into_iter().find(|p| p.len() == 6).unwrap().clone();
        for fill in [BAND_90_FILL, BAND_50_FILL] {
            let polygon = paths(&shapes, fill, 0).into_iter().find(|p| p.len() == 12).unwrap();
            // Along the top and back along the bottom: the line, both ways.
            let back: Vec<BackendCoord> = line.iter().rev().copied().collect();
            assert_eq!(polygon[..6], line[..], "{:?}: upper edge", indicator.id);
            assert_eq!(polygon[6..], back[..], "{:?}: lower edge", indicator.id);
        }
        let median: Vec<BackendCoord> =
            paths(&shapes, MEDIAN_COLOUR, 2).into_iter().flatten().copied().filter(|p| p.1 > 40).collect();
        assert!(!median.is_empty());
        for point in median {
            // Every dash of the median lies on a segment of the line.
            let on_line = line.windows(2).any(|w| {
                let (a, b) = (w[0], w[1]);
                if point.0 < a.0 || point.0 > b.0 {
                    return false;
                }
                let t = f64::from(point.0 - a.0) / f64::from((b.0 - a.0).max(1));
                (f64::from(a.1) + t * f64::from(b.1 - a.1) - f64::from(point.1)).abs() <= 1.5
            });
            assert!(on_line, "{:?}: median point {point:?} off the line {line:?}", indicator.id);
        }
    }
}

#[test]
fn switched_off_nothing_of_the_fan_is_drawn() {
    let scenario = Scenario::default();
    let current = project(&scenario);
    let chart = input(&current, &current, IndicatorId::DigitalEconomy, Lang::En);
    let (shapes, area) = record(&chart, 1.0);
    for colour in [BAND_90_FILL, BAND_50_FILL, BAND_EDGE_COLOUR, MEDIAN_COLOUR] {
        assert_eq!(first(&shapes, colour), None);
    }
    let legend = legend_texts(&shapes, &area);
    assert!(!legend.iter().any(|t| t == Lang::En.pick(BAND_90)), "{legend:?}");
}

#[test]
fn the_reveal_stops_the_fan_at_its_year() {
    let scenario = Scenario::default();
    let (current, fan) = (project(&scenario), fan_of(&scenario, 200));
    let mut chart = input(&current, &current, IndicatorId::OnlineServices, Lang::En);
    chart.fan = Some(fan.get(IndicatorId::OnlineServices));
    chart.until = 2027;
    let (shapes, _) = record(&chart, 1.0);
    assert!(paths(&shapes, BAND_90_FILL, 0).iter().any(|p| p.len() == 6), "2025–2027: three points each way");
}
