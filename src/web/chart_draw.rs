//! Draws one indicator chart: a function from derived data to a canvas.
//!
//! The canvas backing store is sized to CSS pixels × devicePixelRatio and
//! every length below is scaled by the same ratio, so lines and text are
//! sharp on HiDPI screens and projectors alike.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use crate::i18n::{text, Lang};
use crate::model::projection::IndicatorProjection;
use crate::model::{BASE_YEAR, TARGET_YEAR};

/// What one chart shows.
pub struct ChartInput<'a> {
    /// The current scenario, drawn solid.
    pub current: &'a IndicatorProjection,
    /// The baseline scenario, drawn dashed.
    pub baseline: &'a IndicatorProjection,
    /// Language of labels and number formats.
    pub lang: Lang,
}

const SCENARIO_COLOUR: RGBColor = RGBColor(0x0b, 0x5f, 0xa5);
const BASELINE_COLOUR: RGBColor = RGBColor(0x55, 0x5f, 0x6d);
const TARGET_COLOUR: RGBColor = RGBColor(0xb4, 0x23, 0x18);
const REPORTED_COLOUR: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const FLAGGED_COLOUR: RGBColor = RGBColor(0xb4, 0x5f, 0x06);
const GRID_COLOUR: RGBColor = RGBColor(0xe5, 0xe7, 0xeb);
const TEXT_COLOUR: RGBColor = RGBColor(0x1f, 0x29, 0x37);
const FONT: &str = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/// Sizes the canvas to its CSS box × `dpr` and draws the chart.
pub fn draw_on_canvas(canvas: &HtmlCanvasElement, input: &ChartInput, dpr: f64) -> Result<(), String> {
    let css_width = canvas.client_width().max(1) as f64;
    let css_height = canvas.client_height().max(1) as f64;
    let width = (css_width * dpr).round() as u32;
    let height = (css_height * dpr).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    draw(&root, input, dpr).map_err(|error| error.to_string())?;
    root.present().map_err(|error| error.to_string())
}

/// A one-sentence description of the chart for screen readers.
pub fn describe(p: &IndicatorProjection, lang: Lang) -> String {
    let d = p.spec.decimals;
    let (from, to, target) =
        (lang.percent(p.baseline, d), lang.percent(p.value_2030(), d), lang.percent(p.target, d));
    let comparator = text::comparator(p.spec.comparator);
    match lang {
        Lang::Vi => format!(
            "{}: {from} năm {BASE_YEAR} → {to} năm {TARGET_YEAR}; mục tiêu {comparator} {target}.",
            lang.pick(p.spec.label)
        ),
        Lang::En => format!(
            "{}: {from} in {BASE_YEAR} → {to} in {TARGET_YEAR}; target {comparator} {target}.",
            lang.pick(p.spec.label)
        ),
    }
}

/// Draws the chart on any plotters backend, scaling lengths by `scale`.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    input: &ChartInput,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let ChartInput { current, baseline, lang } = *input;
    let px = |v: f64| (v * scale).round() as i32;
    let pxu = |v: f64| (v * scale).round().max(1.0) as u32;
    let font_size = 12.0 * scale;
    let label_font = (FONT, font_size).into_font().color(&TEXT_COLOUR);
    let strong_font = (FONT, 13.0 * scale, FontStyle::Bold).into_font();
    let decimals = current.spec.decimals;

    root.fill(&WHITE)?;

    let series = |p: &IndicatorProjection| -> Vec<(f64, f64)> {
        (BASE_YEAR..=TARGET_YEAR).filter_map(|year| Some((f64::from(year), p.value_in(year)?))).collect()
    };
    let current_points = series(current);
    let baseline_points = series(baseline);
    let reported = current.spec.reported;

    let highest = current_points
        .iter()
        .chain(&baseline_points)
        .map(|(_, v)| *v)
        .chain(reported.iter().map(|r| r.value))
        .chain([current.target])
        .fold(0.0f64, f64::max);
    let y_max = nice_ceiling(highest * 1.18).min(if highest > 84.0 { 112.0 } else { f64::MAX });
    let y_decimals = if y_max <= 5.0 { 1 } else { 0 };

    let mut chart = ChartBuilder::on(root)
        .margin_top(px(14.0))
        .margin_right(px(16.0))
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

    // Target: a horizontal line across the period, labelled above its middle.
    let target = current.target;
    chart
        .draw_series(LineSeries::new(
            [(2024.55, target), (2030.45, target)],
            TARGET_COLOUR.stroke_width(pxu(2.0)),
        ))?
        .label(format!(
            "{} {} {}",
            lang.pick(text::TARGET),
            text::comparator(current.spec.comparator),
            lang.percent(target, decimals)
        ))
        .legend(move |(x, y)| {
            PathElement::new([(x, y), (x + px(18.0), y)], TARGET_COLOUR.stroke_width(pxu(2.0)))
        });

    // Baseline projection: dashed.
    chart
        .draw_series(DashedLineSeries::new(
            baseline_points.iter().copied(),
            px(7.0),
            px(5.0),
            BASELINE_COLOUR.stroke_width(pxu(2.0)),
        ))?
        .label(lang.pick(text::BASELINE))
        .legend(move |(x, y)| {
            EmptyElement::at((x, y))
                + PathElement::new([(0, 0), (px(7.0), 0)], BASELINE_COLOUR.stroke_width(pxu(2.0)))
                + PathElement::new([(px(11.0), 0), (px(18.0), 0)], BASELINE_COLOUR.stroke_width(pxu(2.0)))
        });

    // Current scenario: solid, with a point each year.
    chart
        .draw_series(LineSeries::new(current_points.iter().copied(), SCENARIO_COLOUR.stroke_width(pxu(3.0))))?
        .label(lang.pick(text::SCENARIO))
        .legend(move |(x, y)| {
            PathElement::new([(x, y), (x + px(18.0), y)], SCENARIO_COLOUR.stroke_width(pxu(3.0)))
        });
    chart.draw_series(
        current_points.iter().skip(1).map(|point| Circle::new(*point, px(3.0), SCENARIO_COLOUR.filled())),
    )?;

    // Reported figures: filled dots; a flagged one (the stated 64.1 %) is a
    // hollow diamond in another colour, so it reads apart without colour too.
    chart
        .draw_series(
            reported
                .iter()
                .filter(|r| !r.flagged)
                .map(|r| Circle::new((r.at, r.value), px(4.5), REPORTED_COLOUR.filled())),
        )?
        .label(lang.pick(text::REPORTED))
        .legend(move |(x, y)| Circle::new((x + px(9.0), y), px(4.5), REPORTED_COLOUR.filled()));
    let flagged_points: Vec<_> = reported.iter().filter(|r| r.flagged).collect();
    if !flagged_points.is_empty() {
        let size = px(6.0);
        chart
            .draw_series(flagged_points.iter().map(|r| {
                EmptyElement::at((r.at, r.value))
                    + PathElement::new(
                        vec![(0, -size), (size, 0), (0, size), (-size, 0), (0, -size)],
                        FLAGGED_COLOUR.stroke_width(pxu(2.0)),
                    )
            }))?
            .label(lang.pick(text::REPORTED_FLAGGED))
            .legend(move |(x, y)| {
                let c = (x + px(9.0), y);
                PathElement::new(
                    vec![
                        (c.0, c.1 - size),
                        (c.0 + size, c.1),
                        (c.0, c.1 + size),
                        (c.0 - size, c.1),
                        (c.0, c.1 - size),
                    ],
                    FLAGGED_COLOUR.stroke_width(pxu(2.0)),
                )
            });
    }

    // The 2030 value, labelled at the end of the solid line.
    if let Some(&(x, y)) = current_points.last() {
        let above = y + (y_max * 0.08) < y_max && (y - target).abs() > y_max * 0.06 || y < target;
        let dy = if above { -px(6.0) } else { px(6.0) };
        let v_anchor = if above { VPos::Bottom } else { VPos::Top };
        chart.draw_series(std::iter::once(
            EmptyElement::at((x, y))
                + Text::new(
                    lang.percent(y, decimals),
                    (0, dy),
                    strong_font.clone().color(&SCENARIO_COLOUR).pos(Pos::new(HPos::Right, v_anchor)),
                ),
        ))?;
    }

    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .margin(px(6.0))
        .legend_area_size(px(24.0))
        .label_font((FONT, 11.0 * scale).into_font().color(&TEXT_COLOUR))
        .background_style(WHITE.mix(0.85))
        .border_style(GRID_COLOUR.stroke_width(pxu(1.0)))
        .draw()?;
    Ok(())
}

/// The smallest "nice" number (1, 2, 2.5, 5 × 10ⁿ) at or above `value`.
fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|candidate| *candidate >= value - 1e-12)
        .unwrap_or(10.0 * magnitude)
}
