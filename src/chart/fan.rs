//! The fan around the current scenario's line: the 90 % band (5th–95th
//! percentile), the 50 % band (25th–75th) and the median of the Monte Carlo
//! paths, drawn under every line so they never hide the target or a
//! compared scenario.
//!
//! Readable in greyscale and without colour: the two bands differ in
//! lightness, the 90 % band also has a dotted edge and the median its own
//! dash, and each has a legend entry.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use crate::model::uncertainty::{Band, IndicatorFan};
use crate::model::BASE_YEAR;

/// Fill of the 90 % band: a light tint of the scenario's blue, so every
/// line drawn over it keeps nearly its contrast on white.
pub const BAND_90_FILL: RGBColor = RGBColor(0xd4, 0xe3, 0xf3);
/// Fill of the 50 % band: a darker tint, told from the 90 % band by
/// lightness alone (greyscale), still light enough that the scenario's,
/// the target's and the median's lines keep 3:1 over it.
pub const BAND_50_FILL: RGBColor = RGBColor(0xa9, 0xc6, 0xe6);
/// The 90 % band's dotted edge (4.3:1 on white): where the band ends is
/// information, so it clears 3:1 even where the fill is faint.
pub const BAND_EDGE_COLOUR: RGBColor = RGBColor(0x4b, 0x7d, 0xb0);
/// The median of the paths: a dark navy, dashed, drawn under the scenario's
/// line (with no spread they coincide and the scenario's line shows).
pub const MEDIAN_COLOUR: RGBColor = RGBColor(0x0a, 0x2e, 0x57);
/// The median's dash and gap, in CSS pixels: shorter than the baseline's
/// (7, 5) and every compared scenario's.
pub const MEDIAN_DASH: (f64, f64) = (4.0, 3.0);
/// The 90 % band edge's dot and gap, in CSS pixels.
pub const EDGE_DOT: (f64, f64) = (1.5, 3.0);

/// The chart's coordinate system: years across, per cent up.
type Plot<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The fan's points up to `until`, one per year from 2025.
fn points(fan: &IndicatorFan, until: u16) -> Vec<(f64, Band)> {
    fan.bands
        .iter()
        .enumerate()
        .map(|(t, band)| (f64::from(BASE_YEAR) + t as f64, *band))
        .filter(|(year, _)| *year <= f64::from(until))
        .collect()
}

/// The highest value the fan reaches up to `until`, for the axis.
pub fn highest(fan: &IndicatorFan, until: u16) -> f64 {
    points(fan, until).iter().map(|(_, band)| band.p95).fold(0.0, f64::max)
}

/// The region between two percentile lines, as a closed polygon: along the
/// upper line left to right, back along the lower one.
fn region(points: &[(f64, Band)], lower: fn(&Band) -> f64, upper: fn(&Band) -> f64) -> Vec<(f64, f64)> {
    let top = points.iter().map(|(year, band)| (*year, upper(band)));
    let bottom = points.iter().rev().map(|(year, band)| (*year, lower(band)));
    top.chain(bottom).collect()
}

/// Draws the two bands and the 90 % band's edges (under every line).
pub fn draw_bands<DB: DrawingBackend>(
    chart: &mut Plot<DB>,
    fan: &IndicatorFan,
    until: u16,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let points = points(fan, until);
    if points.len() < 2 {
        return Ok(());
    }
    let px = |v: f64| (v * scale).round().max(1.0) as i32;
    chart.draw_series(std::iter::once(Polygon::new(
        region(&points, |b| b.p05, |b| b.p95),
        BAND_90_FILL.filled(),
    )))?;
    chart.draw_series(std::iter::once(Polygon::new(
        region(&points, |b| b.p25, |b| b.p75),
        BAND_50_FILL.filled(),
    )))?;
    for edge in [|b: &Band| b.p05, |b: &Band| b.p95] {
        chart.draw_series(DashedLineSeries::new(
            points.iter().map(|(year, band)| (*year, edge(band))),
            px(EDGE_DOT.0),
            px(EDGE_DOT.1),
            BAND_EDGE_COLOUR.stroke_width(px(1.0) as u32),
        ))?;
    }
    Ok(())
}

/// Draws the median (over the compared lines, under the scenario's line).
pub fn draw_median<DB: DrawingBackend>(
    chart: &mut Plot<DB>,
    fan: &IndicatorFan,
    until: u16,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let points = points(fan, until);
    let px = |v: f64| (v * scale).round().max(1.0) as i32;
    chart.draw_series(DashedLineSeries::new(
        points.iter().map(|(year, band)| (*year, band.p50)),
        px(MEDIAN_DASH.0),
        px(MEDIAN_DASH.1),
        MEDIAN_COLOUR.stroke_width(px(2.0) as u32),
    ))?;
    Ok(())
}
