//! One indicator chart as a picture: a function from derived data to any
//! plotters backend. The web layer (`web::chart_draw`) hands it a HiDPI
//! canvas; the tests hand it a backend that records every shape, so the
//! picture is tested natively.
//!
//! Every length is scaled by `scale` (devicePixelRatio × zoom on a canvas),
//! so lines and text are sharp on HiDPI screens and projectors alike.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub mod fan;

use crate::i18n::target_words;
use crate::i18n::{model_text, text, uncertainty, Lang};
use crate::model::projection::IndicatorProjection;
use crate::model::uncertainty::IndicatorFan;
use crate::model::{BASE_YEAR, TARGET_YEAR};

/// What one chart shows.
pub struct ChartInput<'a> {
    /// The current scenario, drawn solid.
    pub current: &'a IndicatorProjection,
    /// The baseline scenario, drawn dashed.
    pub baseline: &'a IndicatorProjection,
    /// Compared scenarios, by name, in the order of [`COMPARE_STYLES`].
    pub compared: Vec<(&'a str, &'a IndicatorProjection)>,
    /// Language of labels and number formats.
    pub lang: Lang,
    /// The last year of the current scenario drawn (the year-by-year reveal);
    /// [`TARGET_YEAR`] for the whole trajectory.
    pub until: u16,
    /// The current scenario's fan (median, 50 % and 90 % bands), drawn
    /// under its line; `None` when the bands are switched off.
    pub fan: Option<&'a IndicatorFan>,
}

/// What every chart is painted on, in the planner, the deck on a projector,
/// the embed and the exported images alike: the canvas is filled with it
/// before anything is drawn, so a page theme never changes what a line is
/// seen against. Every data colour below reaches at least 3:1 (WCAG 2,
/// non-text contrast) against it; `contrast_tests` checks each one.
pub const BACKGROUND_COLOUR: RGBColor = WHITE;
/// The current scenario's line: the page's accent blue (6.6:1 on white), so
/// the line the user is moving matches the controls that move it.
pub const SCENARIO_COLOUR: RGBColor = RGBColor(0x0b, 0x5f, 0xa5);
/// The baseline projection's dashed line, axes and small print: a neutral
/// slate (6.5:1), read as "reference" rather than a scenario; its dash tells
/// it from the solid lines without colour.
pub const BASELINE_COLOUR: RGBColor = RGBColor(0x55, 0x5f, 0x6d);
/// The target line: a deep red (6.6:1), the one warm solid line, far in hue
/// from the scenario's blue.
pub const TARGET_COLOUR: RGBColor = RGBColor(0xb4, 0x23, 0x18);
/// Reported figures: near-black (14.7:1), as filled dots: facts, not
/// projections.
pub const REPORTED_COLOUR: RGBColor = RGBColor(0x1f, 0x29, 0x37);
/// A reported figure the sources flag: a dark amber (4.6:1), apart from the
/// target's red in hue and drawn as a hollow diamond, so it reads apart
/// without colour too.
pub const FLAGGED_COLOUR: RGBColor = RGBColor(0xb4, 0x5f, 0x06);
/// Grid lines: deliberately faint (1.2:1). They are decoration that helps
/// read values, not information: the axis labels carry the scale, so the
/// 3:1 rule for graphics does not apply to them.
pub const GRID_COLOUR: RGBColor = RGBColor(0xe5, 0xe7, 0xeb);
/// Labels and legend text: the page's ink (14.7:1).
pub const TEXT_COLOUR: RGBColor = RGBColor(0x1f, 0x29, 0x37);
/// How each compared scenario is drawn: a colour-blind-safe colour (Okabe–Ito)
/// and a distinct dash and marker, so the lines read apart in greyscale too.
/// The three are Okabe–Ito's vermillion (3.9:1), bluish green (3.4:1) and
/// reddish purple (3.1:1): the set's hues that clear 3:1 on white and stay
/// apart from the scenario's blue, the target's red and each other for
/// every common colour-vision deficiency.
pub const COMPARE_STYLES: [(RGBColor, (f64, f64), CompareMarker); 3] = [
    (RGBColor(0xd5, 0x5e, 0x00), (12.0, 4.0), CompareMarker::Triangle),
    (RGBColor(0x00, 0x9e, 0x73), (2.0, 4.0), CompareMarker::Square),
    (RGBColor(0xcc, 0x79, 0xa7), (6.0, 3.0), CompareMarker::Cross),
];

/// The marker of a compared scenario's yearly points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareMarker {
    /// An upward triangle.
    Triangle,
    /// A square.
    Square,
    /// A diagonal cross.
    Cross,
}

/// The font stack of every label: the system's, no web font to load.
pub const FONT: &str = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/// [`FONT`] as plotters' font family. Named directly: plotters reads a
/// `&str` family through `to_lowercase`, which would link Rust's Unicode
/// lower-case table into the Wasm (11.7 kB, 8 kB of the gzip Wasm; see
/// `text_case`).
pub const FONT_FAMILY: FontFamily<'static> = FontFamily::Name(FONT);

/// Where the plot sits on the backend, in backend pixels: the box the axes
/// frame, inside which every line, point and the 2030 label are drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlotArea {
    /// Left to right edge.
    pub x: Range<i32>,
    /// Top to bottom edge.
    pub y: Range<i32>,
}

/// The width in pixels of a text in [`FONT`] at a size in pixels.
pub type Measure<'a> = &'a dyn Fn(&str, f64) -> f64;

/// Draws the chart on any plotters backend, scaling lengths by `scale`, and
/// says where the plot ended up (below the legend, inside the axes).
/// `measure` gives text widths for laying out the legend (in the browser
/// the canvas's `measureText`: plotters' own estimate styles a `<span>`,
/// which the Content Security Policy refuses).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    input: &ChartInput,
    scale: f64,
    measure: Measure,
) -> Result<PlotArea, DrawingAreaErrorKind<DB::ErrorType>> {
    let ChartInput { current, baseline, lang, .. } = *input;
    let px = |v: f64| (v * scale).round() as i32;
    let pxu = |v: f64| (v * scale).round().max(1.0) as u32;
    let font_size = 12.0 * scale;
    let label_font = (FONT_FAMILY, font_size).into_font().color(&TEXT_COLOUR);
    let strong_font = (FONT_FAMILY, 13.0 * scale, FontStyle::Bold).into_font();
    let decimals = current.spec.decimals;

    root.fill(&BACKGROUND_COLOUR)?;

    let series = |p: &IndicatorProjection| -> Vec<(f64, f64)> {
        (BASE_YEAR..=TARGET_YEAR).filter_map(|year| Some((f64::from(year), p.value_in(year)?))).collect()
    };
    let until = input.until;
    let current_points: Vec<(f64, f64)> =
        series(current).into_iter().filter(|(year, _)| *year <= f64::from(until)).collect();
    let baseline_points = series(baseline);
    let reported = current.spec.reported;
    let target = current.target;

    // The legend sits in its own strip above the plot, so it never hides a line.
    let mut legend = vec![
        (Mark::Solid(SCENARIO_COLOUR, 3.0), lang.pick(text::SCENARIO).to_owned()),
        (Mark::Dashed(BASELINE_COLOUR), lang.pick(text::BASELINE).to_owned()),
        (
            Mark::Solid(TARGET_COLOUR, 2.0),
            format!("{} {}", lang.pick(text::TARGET), target_words::with_kind(current, lang)),
        ),
        (Mark::Dot(REPORTED_COLOUR), lang.pick(text::REPORTED).to_owned()),
    ];
    if input.fan.is_some() {
        // After the scenario's entry, whose uncertainty they show.
        let bands = [
            (Mark::Median, lang.pick(uncertainty::MEDIAN).to_owned()),
            (Mark::Band(fan::BAND_50_FILL, false), lang.pick(uncertainty::BAND_50).to_owned()),
            (Mark::Band(fan::BAND_90_FILL, true), lang.pick(uncertainty::BAND_90).to_owned()),
        ];
        legend.splice(1..1, bands);
    }
    for ((name, _), (colour, dash, marker)) in input.compared.iter().zip(COMPARE_STYLES) {
        let name: String = if name.chars().count() > 28 {
            name.chars().take(27).chain(['…']).collect()
        } else if name.trim().is_empty() {
            lang.pick(text::UNNAMED).to_owned()
        } else {
            (*name).to_owned()
        };
        legend.push((Mark::Compared(colour, dash, marker), name));
    }
    if reported.iter().any(|r| r.flagged) {
        legend.push((Mark::Diamond(FLAGGED_COLOUR), lang.pick(text::REPORTED_FLAGGED).to_owned()));
    }
    if !current.actuals.is_empty() {
        legend.push((Mark::Square(REPORTED_COLOUR), lang.pick(model_text::ACTUAL).to_owned()));
    }
    if !current.milestones.is_empty() {
        legend.push((Mark::Triangle(TARGET_COLOUR), lang.pick(model_text::MILESTONE).to_owned()));
    }
    let legend_size = 11.5 * scale;
    let legend_font = (FONT_FAMILY, legend_size).into_font().color(&TEXT_COLOUR);
    let widths: Vec<i32> =
        legend.iter().map(|(_, label)| measure(label, legend_size).ceil() as i32).collect();
    let legend_height = draw_legend(root, &legend, &widths, &legend_font, scale, true)?;
    let (legend_area, plot_area) = root.split_vertically(legend_height);
    draw_legend(&legend_area, &legend, &widths, &legend_font, scale, false)?;

    let highest = current_points
        .iter()
        .chain(&baseline_points)
        .map(|(_, v)| *v)
        .chain(reported.iter().map(|r| r.value))
        .chain(current.actuals.iter().map(|(_, v)| *v))
        .chain(current.milestones.iter().map(|m| m.value))
        .chain(input.compared.iter().flat_map(|(_, p)| p.values))
        .chain([target])
        .chain(input.fan.map(|f| fan::highest(f, until)))
        .fold(0.0f64, f64::max);
    // Headroom above the highest line for the 2030 label; a percentage axis
    // never needs to reach past 100 % by more than that.
    let y_max = nice_ceiling(highest * 1.12).min(if highest > 84.0 { 110.0 } else { f64::MAX });
    let y_decimals = if y_max <= 5.0 { 1 } else { 0 };

    let mut chart = ChartBuilder::on(&plot_area)
        .margin_top(px(8.0))
        // Room on the right for the end-value label.
        .margin_right(px(if decimals > 1 { 66.0 } else { 54.0 }))
        .margin_left(px(6.0))
        .margin_bottom(px(4.0))
        .x_label_area_size(px(26.0))
        .y_label_area_size(px(if lang == Lang::Vi { 46.0 } else { 40.0 }))
        .build_cartesian_2d(2024.55f64..2030.45f64, 0f64..y_max)?;

    chart
        .configure_mesh()
        .x_labels(7)
        .y_labels(6)
        .x_label_formatter(&|x| format!("{:.0}", x))
        .y_label_formatter(&|y| if *y <= 100.0 + 1e-9 { lang.percent(*y, y_decimals) } else { String::new() })
        .label_style(label_font.clone())
        .axis_style(BASELINE_COLOUR.stroke_width(pxu(1.0)))
        .bold_line_style(GRID_COLOUR.stroke_width(pxu(1.0)))
        .light_line_style(TRANSPARENT)
        .set_all_tick_mark_size(px(3.0))
        .draw()?;

    // The bands first, under every line: they never hide the target or a
    // compared scenario.
    if let Some(f) = input.fan {
        fan::draw_bands(&mut chart, f, until, scale)?;
    }
    // Target: a horizontal line across the period.
    chart.draw_series(LineSeries::new(
        [(2024.55, target), (2030.45, target)],
        TARGET_COLOUR.stroke_width(pxu(2.0)),
    ))?;
    // Baseline projection: dashed.
    chart.draw_series(DashedLineSeries::new(
        baseline_points.iter().copied(),
        px(7.0),
        px(5.0),
        BASELINE_COLOUR.stroke_width(pxu(2.0)),
    ))?;
    // Compared scenarios: each its own colour, dash and marker.
    for ((_, p), (colour, (dash, gap), marker)) in input.compared.iter().zip(COMPARE_STYLES) {
        let points = series(p);
        if input.fan.is_some() {
            // A white halo along the dashes sets them off the band beneath.
            chart.draw_series(DashedLineSeries::new(
                points.iter().copied(),
                px(dash),
                px(gap),
                BACKGROUND_COLOUR.stroke_width(pxu(5.5)),
            ))?;
        }
        chart.draw_series(DashedLineSeries::new(
            points.iter().copied(),
            px(dash),
            px(gap),
            colour.stroke_width(pxu(2.5)),
        ))?;
        chart.draw_series(points.iter().skip(1).map(|point| {
            EmptyElement::at(*point)
                + PathElement::new(marker_path(marker, (0, 0), px(4.0)), colour.stroke_width(pxu(2.0)))
        }))?;
    }
    // The median of the paths, under the scenario's line.
    if let Some(f) = input.fan {
        fan::draw_median(&mut chart, f, until, scale)?;
    }
    // Current scenario: solid, with a point each year.
    chart.draw_series(LineSeries::new(
        current_points.iter().copied(),
        SCENARIO_COLOUR.stroke_width(pxu(3.0)),
    ))?;
    chart.draw_series(
        current_points.iter().skip(1).map(|point| Circle::new(*point, px(3.0), SCENARIO_COLOUR.filled())),
    )?;

    // Reported figures: filled dots; a flagged one (the stated 64.1 %) is a
    // hollow diamond in another colour, so it reads apart without colour too.
    chart.draw_series(
        reported
            .iter()
            .filter(|r| !r.flagged)
            .map(|r| Circle::new((r.at, r.value), px(4.5), REPORTED_COLOUR.filled())),
    )?;
    let size = px(6.0);
    chart.draw_series(reported.iter().filter(|r| r.flagged).map(|r| {
        EmptyElement::at((r.at, r.value))
            + PathElement::new(diamond((0, 0), size), FLAGGED_COLOUR.stroke_width(pxu(2.0)))
    }))?;

    // Actuals: filled squares, drawn over the line that runs through them.
    let half = px(4.5);
    chart.draw_series(current.actuals.iter().filter(|(year, _)| *year <= until).map(|&(year, value)| {
        EmptyElement::at((f64::from(year), value))
            + Rectangle::new(square((0, 0), half), REPORTED_COLOUR.filled())
    }))?;
    // Milestones: hollow triangles, the official one in the target's colour.
    chart.draw_series(current.milestones.iter().map(|m| {
        let colour = if m.official { TARGET_COLOUR } else { FLAGGED_COLOUR };
        EmptyElement::at((f64::from(m.year), m.value))
            + PathElement::new(triangle((0, 0), px(6.0)), colour.stroke_width(pxu(2.0)))
    }))?;

    // The last value drawn, labelled to the right of the end of the solid
    // line, in the margin kept for it: beside the line and the markers of
    // every compared scenario rather than over them.
    if let Some(&(x, y)) = current_points.last() {
        let (end_x, end_y) = chart.backend_coord(&(x, y));
        let (base_x, base_y) = root.get_base_pixel();
        let label_font = strong_font.clone().color(&SCENARIO_COLOUR).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(
            lang.percent(y, decimals),
            (end_x - base_x + px(9.0), end_y - base_y),
            label_font,
        ))?;
    }
    let (x, y) = chart.plotting_area().get_pixel_range();
    Ok(PlotArea { x, y })
}

/// A compared scenario's marker as a polyline around (`x`, `y`), in pixels.
fn marker_path(marker: CompareMarker, (x, y): (i32, i32), size: i32) -> Vec<(i32, i32)> {
    match marker {
        CompareMarker::Triangle => {
            vec![(x, y - size), (x + size, y + size), (x - size, y + size), (x, y - size)]
        }
        CompareMarker::Square => {
            vec![
                (x - size, y - size),
                (x + size, y - size),
                (x + size, y + size),
                (x - size, y + size),
                (x - size, y - size),
            ]
        }
        // Through the centre twice: one polyline draws both strokes.
        CompareMarker::Cross => vec![
            (x - size, y - size),
            (x + size, y + size),
            (x, y),
            (x - size, y + size),
            (x + size, y - size),
        ],
    }
}

/// How a legend entry is marked.
#[derive(Clone, Copy)]
enum Mark {
    Solid(RGBColor, f64),
    Compared(RGBColor, (f64, f64), CompareMarker),
    Dashed(RGBColor),
    Dot(RGBColor),
    Diamond(RGBColor),
    Square(RGBColor),
    Triangle(RGBColor),
    /// The fan's median: a short dashed line.
    Median,
    /// A band: its fill, and whether it has the 90 % band's dotted edge.
    Band(RGBColor, bool),
}

/// A square of half-side `size` around (`x`, `y`): reported actuals.
fn square((x, y): (i32, i32), size: i32) -> [(i32, i32); 2] {
    [(x - size, y - size), (x + size, y + size)]
}

/// An upward triangle around (`x`, `y`): milestones.
fn triangle((x, y): (i32, i32), size: i32) -> Vec<(i32, i32)> {
    vec![(x, y - size), (x + size, y + size), (x - size, y + size), (x, y - size)]
}

fn diamond((x, y): (i32, i32), size: i32) -> Vec<(i32, i32)> {
    vec![(x, y - size), (x + size, y), (x, y + size), (x - size, y), (x, y - size)]
}

/// Lays the legend out in rows that wrap at the area's width. With
/// `measure_only`, draws nothing and returns the height it needs.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[(Mark, String)],
    widths: &[i32],
    font: &TextStyle,
    scale: f64,
    measure_only: bool,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    let (width, _) = area.dim_in_pixel();
    let (mark_width, gap, spacing, row_height, pad) = (px(20.0), px(5.0), px(14.0), px(18.0), px(6.0));
    let (mut x, mut y) = (pad, pad);
    for ((mark, label), text_width) in items.iter().zip(widths) {
        let item_width = mark_width + gap + text_width;
        if x > pad && x + item_width > width as i32 - pad {
            x = pad;
            y += row_height;
        }
        if !measure_only {
            let mid = y + row_height / 2;
            let stroke = |colour: RGBColor, w: f64| colour.stroke_width((w * scale).round().max(1.0) as u32);
            match *mark {
                Mark::Solid(colour, w) => {
                    area.draw(&PathElement::new([(x, mid), (x + mark_width, mid)], stroke(colour, w)))?
                }
                Mark::Dashed(colour) => {
                    area.draw(&PathElement::new([(x, mid), (x + px(7.0), mid)], stroke(colour, 2.0)))?;
                    area.draw(&PathElement::new(
                        [(x + px(12.0), mid), (x + mark_width, mid)],
                        stroke(colour, 2.0),
                    ))?;
                }
                Mark::Compared(colour, (dash, _), marker) => {
                    let dash = px(dash.min(7.0));
                    area.draw(&PathElement::new([(x, mid), (x + dash, mid)], stroke(colour, 2.5)))?;
                    area.draw(&PathElement::new(
                        [(x + mark_width - dash, mid), (x + mark_width, mid)],
                        stroke(colour, 2.5),
                    ))?;
                    area.draw(&PathElement::new(
                        marker_path(marker, (x + mark_width / 2, mid), px(4.0)),
                        stroke(colour, 2.0),
                    ))?;
                }
                Mark::Dot(colour) => {
                    area.draw(&Circle::new((x + mark_width / 2, mid), px(4.5), colour.filled()))?
                }
                Mark::Diamond(colour) => area.draw(&PathElement::new(
                    diamond((x + mark_width / 2, mid), px(5.5)),
                    stroke(colour, 2.0),
                ))?,
                Mark::Square(colour) => {
                    area.draw(&Rectangle::new(square((x + mark_width / 2, mid), px(4.5)), colour.filled()))?
                }
                Mark::Triangle(colour) => area.draw(&PathElement::new(
                    triangle((x + mark_width / 2, mid), px(5.5)),
                    stroke(colour, 2.0),
                ))?,
                Mark::Median => {
                    let dash = (px(fan::MEDIAN_DASH.0), px(fan::MEDIAN_DASH.1));
                    dashes(area, x..x + mark_width, mid, dash, stroke(fan::MEDIAN_COLOUR, 2.0))?;
                }
                Mark::Band(fill, edged) => {
                    let (top, bottom) = (mid - px(6.0), mid + px(6.0));
                    area.draw(&Rectangle::new([(x, top), (x + mark_width, bottom)], fill.filled()))?;
                    if edged {
                        let dot = (px(fan::EDGE_DOT.0).max(1), px(fan::EDGE_DOT.1));
                        for y in [top, bottom] {
                            dashes(area, x..x + mark_width, y, dot, stroke(fan::BAND_EDGE_COLOUR, 1.0))?;
                        }
                    }
                }
            }
            area.draw(&Text::new(
                label.clone(),
                (x + mark_width + gap, mid),
                font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        x += item_width + spacing;
    }
    Ok(y + row_height + pad / 2)
}

/// A horizontal dashed line across `span` at `y`, in (dash, gap) pixels:
/// the legend's sample of a dashed series.
fn dashes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    span: Range<i32>,
    y: i32,
    (dash, gap): (i32, i32),
    style: ShapeStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut start = span.start;
    while start < span.end {
        let end = (start + dash.max(1)).min(span.end);
        area.draw(&PathElement::new([(start, y), (end, y)], style))?;
        start = end + gap;
    }
    Ok(())
}

/// The smallest "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above `value`.
fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|candidate| *candidate >= value - 1e-12)
        .unwrap_or(10.0 * magnitude)
}

// Native only: the recording backend uses plotters-backend, a native
// dev-dependency. The tornado's tests draw on the same backend.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;

#[cfg(test)]
mod contrast_tests;
