//! The chart picture, tested natively on a backend that records every shape
//! it is asked to draw (the ratatui habit: a widget tested against what it
//! put in the buffer). The checks are about the picture's promises: the
//! target line, every series and the 2030 label are drawn, in their colours,
//! inside the plot area, for ordinary and extreme scenarios.

use std::cell::RefCell;
use std::convert::Infallible;
use std::rc::Rc;

use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

use super::*;
use crate::model::indicators::IndicatorId;
use crate::model::levers::{LeverId, LEVERS};
use crate::model::projection::{project, Projection};
use crate::scenario::Scenario;

// The fan's picture, with this file's recording backend.
mod fans;

/// One shape as the backend received it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Shape {
    /// A polyline (lines, dashes, markers, axes).
    Path { points: Vec<BackendCoord>, colour: (u8, u8, u8), width: u32 },
    /// A circle (yearly points, reported figures).
    Circle { centre: BackendCoord, radius: u32, colour: (u8, u8, u8) },
    /// A rectangle (the background).
    Rect { colour: (u8, u8, u8) },
    /// A text with its anchor point and the box it covers (from the
    /// backend's size estimate and the text's anchor).
    Text { text: String, at: BackendCoord, bounds: (BackendCoord, BackendCoord), colour: (u8, u8, u8) },
}

/// A plotters backend that draws nothing and remembers everything, in a
/// list the test keeps (the drawing area owns the backend).
pub(crate) struct Recorder {
    /// The canvas size, device pixels.
    pub(crate) size: (u32, u32),
    /// What was drawn, in order.
    pub(crate) shapes: Rc<RefCell<Vec<Shape>>>,
}

/// Text width estimate: 0.6 em a character, a fixed rule so the tests are
/// independent of fonts.
fn text_size(text: &str, size: f64) -> (i32, i32) {
    ((text.chars().count() as f64 * size * 0.6).round() as i32, size.round() as i32)
}

fn visible(colour: BackendColor) -> Option<(u8, u8, u8)> {
    (colour.alpha > 0.0).then_some(colour.rgb)
}

impl DrawingBackend for Recorder {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        at: BackendCoord,
        colour: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if let Some(colour) = visible(colour) {
            self.shapes.borrow_mut().push(Shape::Path { points: vec![at], colour, width: 1 });
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        style: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if let Some(colour) = visible(style.color()) {
            self.shapes.borrow_mut().push(Shape::Rect { colour });
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if let Some(colour) = visible(style.color()) {
            self.shapes.borrow_mut().push(Shape::Path {
                points: path.into_iter().collect(),
                colour,
                width: style.stroke_width(),
            });
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if let Some(colour) = visible(style.color()) {
            self.shapes.borrow_mut().push(Shape::Circle { centre, radius, colour });
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.draw_path(path, style)
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        at: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if let Some(colour) = visible(style.color()) {
            let anchor = style.anchor();
            let bounds = text_box(at, text_size(text, style.size()), anchor.h_pos, anchor.v_pos);
            self.shapes.borrow_mut().push(Shape::Text { text: text.to_owned(), at, bounds, colour });
        }
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        let (width, height) = text_size(text, style.size());
        Ok((width as u32, height as u32))
    }
}

/// A card-sized chart, 480×300 CSS pixels, at `scale`.
fn canvas_size(scale: f64) -> (u32, u32) {
    ((480.0 * scale) as u32, (300.0 * scale) as u32)
}

/// Draws `input` on a 480×300 backend (a card-sized chart at 1×) and returns
/// what was drawn and where the plot is.
fn record(input: &ChartInput, scale: f64) -> (Vec<Shape>, PlotArea) {
    let size = canvas_size(scale);
    let shapes = Rc::new(RefCell::new(Vec::new()));
    let root = Recorder { size, shapes: Rc::clone(&shapes) }.into_drawing_area();
    // The same estimate the recording backend gives plotters' own text.
    let measure = |text: &str, size: f64| 0.6 * size * text.chars().count() as f64;
    let area = draw(&root, input, scale, &measure).expect("a recording backend never fails");
    drop(root);
    let shapes = shapes.take();
    (shapes, area)
}

pub(crate) fn rgb(colour: RGBColor) -> (u8, u8, u8) {
    (colour.0, colour.1, colour.2)
}

/// Paths drawn in `colour` with at least `width` pixels of stroke.
pub(crate) fn paths(shapes: &[Shape], colour: RGBColor, width: u32) -> Vec<&Vec<BackendCoord>> {
    shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Path { points, colour: c, width: w } if *c == rgb(colour) && *w >= width => Some(points),
            _ => None,
        })
        .collect()
}

fn circles(shapes: &[Shape], colour: RGBColor) -> Vec<BackendCoord> {
    shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Circle { centre, colour: c, .. } if *c == rgb(colour) => Some(*centre),
            _ => None,
        })
        .collect()
}

fn inside(area: &PlotArea, (x, y): BackendCoord, slack: i32) -> bool {
    area.x.start - slack <= x
        && x <= area.x.end + slack
        && area.y.start - slack <= y
        && y <= area.y.end + slack
}

/// The box a text covers, from its anchor point and estimated size.
fn text_box(at: BackendCoord, (width, height): (i32, i32), h: HPos, v: VPos) -> (BackendCoord, BackendCoord) {
    let left = match h {
        HPos::Left => at.0,
        HPos::Center => at.0 - width / 2,
        HPos::Right => at.0 - width,
    };
    let top = match v {
        VPos::Top => at.1,
        VPos::Center => at.1 - height / 2,
        VPos::Bottom => at.1 - height,
    };
    ((left, top), (left + width, top + height))
}

/// The scenarios to draw: the baseline, and every lever at its lowest and at
/// its highest (which push shares towards 0 % and past 100 % of the axis).
fn scenarios() -> Vec<(&'static str, Scenario)> {
    let mut low = Scenario::default();
    let mut high = Scenario::default();
    for spec in LEVERS {
        low.set_whole(spec.id, spec.min);
        high.set_whole(spec.id, spec.max);
    }
    // Per-year swings: the steepest rise and fall a planner can enter.
    let mut swing = Scenario::default();
    swing.set_per_year(LeverId::DigitalGrowth, true);
    for (year, value) in [40.0, -10.0, 40.0, -10.0, 40.0].into_iter().enumerate() {
        swing.set_year(LeverId::DigitalGrowth, year, value);
    }
    // A target far above and one at zero.
    let mut targets = Scenario::default();
    targets.set_target(IndicatorId::DigitalEconomy, Some(100.0));
    targets.set_target(IndicatorId::DigitalWorkforce, Some(0.0));
    vec![
        ("baseline", Scenario::default()),
        ("low", low),
        ("high", high),
        ("swing", swing),
        ("targets", targets),
    ]
}

fn input<'a>(
    current: &'a Projection,
    baseline: &'a Projection,
    id: IndicatorId,
    lang: Lang,
) -> ChartInput<'a> {
    ChartInput {
        current: current.get(id),
        baseline: baseline.get(id),
        compared: Vec::new(),
        lang,
        until: TARGET_YEAR,
        fan: None,
    }
}

#[test]
fn target_series_and_2030_label_are_drawn_inside_the_plot() {
    let baseline = project(&Scenario::default());
    for (name, scenario) in scenarios() {
        let current = project(&scenario);
        for indicator in &current.indicators {
            for lang in [Lang::Vi, Lang::En] {
                for scale in [1.0, 2.0] {
                    let chart = input(&current, &baseline, indicator.id, lang);
                    let (shapes, area) = record(&chart, scale);
                    let case = format!("{name}, {:?}, {lang:?}, ×{scale}", indicator.id);
                    let stroke = |w: f64| (w * scale).round() as u32;

                    // The target: one horizontal line across the whole plot.
                    let target = paths(&shapes, TARGET_COLOUR, stroke(2.0));
                    let across = target.iter().find(|p| {
                        p.len() == 2
                            && p[0].1 == p[1].1
                            && p[0].0 <= area.x.start + 1
                            && p[1].0 >= area.x.end - 1
                    });
                    let across = across.unwrap_or_else(|| panic!("{case}: no target line in {target:?}"));
                    assert!(inside(&area, across[0], 0), "{case}: target line {across:?} outside {area:?}");

                    // The current scenario: one solid line through 2025–2030
                    // and a dot for each projected year, all inside the plot.
                    let line = paths(&shapes, SCENARIO_COLOUR, stroke(3.0));
                    let line = line.iter().find(|p| p.len() == 6);
                    let line = line.unwrap_or_else(|| panic!("{case}: no 6-point scenario line"));
                    let dots = circles(&shapes, SCENARIO_COLOUR);
                    assert_eq!(dots.len(), 5, "{case}: one dot per projected year");
                    for point in line.iter().chain(&dots) {
                        assert!(
                            inside(&area, *point, 0),
                            "{case}: scenario point {point:?} outside {area:?}"
                        );
                    }
                    // Left to right, one year apart.
                    assert!(line.windows(2).all(|w| w[0].0 < w[1].0), "{case}: {line:?}");

                    // The baseline projection: dashes, all inside the plot.
                    let dashes = paths(&shapes, BASELINE_COLOUR, stroke(2.0));
                    let plotted: Vec<_> =
                        dashes.iter().flat_map(|p| p.iter()).filter(|p| inside(&area, **p, 0)).collect();
                    assert!(plotted.len() >= 6, "{case}: baseline dashes missing ({} points)", plotted.len());

                    // Reported figures: a dot each, inside the plot.
                    let reported = circles(&shapes, REPORTED_COLOUR);
                    let expected = indicator.spec.reported.iter().filter(|r| !r.flagged).count();
                    // One more dot is the legend's.
                    assert_eq!(reported.len(), expected + 1, "{case}: reported dots");
                    for point in reported.iter().filter(|p| p.1 > area.y.start) {
                        assert!(inside(&area, *point, 0), "{case}: reported {point:?} outside {area:?}");
                    }

                    // The 2030 value: labelled once, in the scenario colour,
                    // just right of the last point, in the margin kept for it:
                    // level with the plot and wholly on the canvas.
                    let label = lang.percent(indicator.value_2030(), indicator.spec.decimals);
                    let labels: Vec<_> = shapes
                        .iter()
                        .filter_map(|shape| match shape {
                            Shape::Text { text, bounds, colour, .. }
                                if *text == label && *colour == rgb(SCENARIO_COLOUR) =>
                            {
                                Some(*bounds)
                            }
                            _ => None,
                        })
                        .collect();
                    assert_eq!(labels.len(), 1, "{case}: the 2030 label {label:?}");
                    let ((left, top), (right, bottom)) = labels[0];
                    let (width, _) = canvas_size(scale);
                    assert!(
                        left > line[5].0 && right <= width as i32,
                        "{case}: 2030 label {label:?} at {:?} not between the last point {:?} and the edge {width}",
                        labels[0],
                        line[5]
                    );
                    let middle = (top + bottom) / 2;
                    assert!(
                        area.y.contains(&middle) && (middle - line[5].1).abs() <= 1,
                        "{case}: 2030 label {label:?} at {:?} not level with the last point {:?} in {area:?}",
                        labels[0],
                        line[5]
                    );

                    // The year axis ends at 2030.
                    assert!(
                        shapes.iter().any(|s| matches!(s, Shape::Text { text, .. } if text == "2030")),
                        "{case}: no 2030 on the year axis"
                    );
                }
            }
        }
    }
}

#[test]
fn compared_scenarios_each_get_their_colour_marker_and_legend_entry() {
    let baseline = project(&Scenario::default());
    let projections: Vec<(String, Projection)> =
        scenarios().into_iter().skip(1).take(3).map(|(name, s)| (name.to_owned(), project(&s))).collect();
    let id = IndicatorId::DigitalEconomy;
    let mut chart = input(&baseline, &baseline, id, Lang::En);
    chart.compared = projections.iter().map(|(name, p)| (name.as_str(), p.get(id))).collect();
    let (shapes, area) = record(&chart, 1.0);
    for ((name, _), (colour, _, _)) in projections.iter().zip(COMPARE_STYLES) {
        let strokes = paths(&shapes, colour, 2);
        let in_plot: Vec<_> =
            strokes.iter().flat_map(|p| p.iter()).filter(|p| inside(&area, **p, 6)).collect();
        // Dashes along 2025–2030 plus five markers of at least 4 points each.
        assert!(in_plot.len() >= 6 + 5 * 4, "{name}: {} points drawn in the plot", in_plot.len());
        for point in strokes.iter().flat_map(|p| p.iter()).filter(|p| p.1 > area.y.start) {
            // Markers reach 4 px and their strokes 1 px past the point.
            assert!(inside(&area, *point, 6), "{name}: {point:?} outside {area:?}");
        }
        assert!(
            shapes.iter().any(|s| matches!(s, Shape::Text { text, .. } if text == name)),
            "{name}: no legend entry"
        );
    }
}

#[test]
fn the_legend_sits_above_the_plot_and_names_the_target() {
    let baseline = project(&Scenario::default());
    let chart = input(&baseline, &baseline, IndicatorId::DigitalEconomy, Lang::Vi);
    let (shapes, area) = record(&chart, 1.0);
    let legend: Vec<_> = shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, at, .. } if at.1 < area.y.start => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(legend.contains(&"Mục tiêu 2030 ≥ 30,0\u{a0}% (chính thức)"), "{legend:?}");
    assert!(legend.len() >= 4, "{legend:?}");
}

#[test]
fn the_reveal_stops_the_line_at_its_year() {
    let baseline = project(&Scenario::default());
    let mut chart = input(&baseline, &baseline, IndicatorId::OnlineServices, Lang::En);
    chart.until = 2027;
    let (shapes, _) = record(&chart, 1.0);
    assert!(paths(&shapes, SCENARIO_COLOUR, 3).iter().any(|p| p.len() == 3), "2025–2027 only");
    assert_eq!(circles(&shapes, SCENARIO_COLOUR).len(), 2);
}

#[test]
fn nice_ceilings() {
    assert_eq!(nice_ceiling(33.6), 40.0);
    assert_eq!(nice_ceiling(2.9), 3.0);
    assert_eq!(nice_ceiling(0.0), 1.0);
    assert_eq!(nice_ceiling(f64::NAN), 1.0);
    assert_eq!(nice_ceiling(100.0), 100.0);
}
