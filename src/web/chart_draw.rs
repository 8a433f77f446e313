//! Draws one indicator chart on a canvas: the canvas glue around the pure
//! picture in [`crate::chart`].
//!
//! The canvas backing store is sized to CSS pixels × devicePixelRatio and
//! the picture's lengths are scaled by the same ratio, so lines and text are
//! sharp on HiDPI screens and projectors alike.

use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::canvas_backend::{context_2d, measure, MeasuredCanvas};

pub use crate::chart::ChartInput;
use crate::chart::{draw, BACKGROUND_COLOUR, BASELINE_COLOUR, FONT, FONT_FAMILY, GRID_COLOUR, TEXT_COLOUR};
use crate::export::wrap::wrap;
use crate::i18n::Lang;
use crate::model::indicators::IndicatorId;
use crate::model::projection::Projection;
use crate::model::uncertainty::Fan;

/// What the indicator charts of a whole-scenario view (the deck, the
/// presenter console, the overview's thumbnails, an embed) are drawn from:
/// one chart per indicator is picked out of it by [`ChartSet::draw`].
pub struct ChartSet<'a> {
    /// The scenario's projection, drawn solid.
    pub projection: &'a Projection,
    /// The baseline projection, drawn dashed.
    pub baseline: &'a Projection,
    /// The compared scenarios, by name.
    pub compared: &'a [(String, Projection)],
    /// The scenario's fans, while the bands are switched on.
    pub fan: Option<&'a Fan>,
    /// Language of labels and number formats.
    pub lang: Lang,
}

impl ChartSet<'_> {
    /// Draws indicator `id`'s chart on `canvas` at the window's
    /// devicePixelRatio, `zoom` times its normal size (see
    /// [`draw_on_canvas`]), its current line up to `until`. A failure is
    /// logged to the console, naming `view` and the indicator.
    pub fn draw(&self, canvas: &HtmlCanvasElement, id: IndicatorId, until: u16, zoom: f64, view: &str) {
        let input = ChartInput {
            current: self.projection.get(id),
            baseline: self.baseline.get(id),
            compared: self.compared.iter().map(|(name, p)| (name.as_str(), p.get(id))).collect(),
            lang: self.lang,
            until,
            fan: self.fan.map(|f| f.get(id)),
        };
        let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
        if let Err(error) = draw_on_canvas(canvas, &input, dpr, zoom) {
            gloo::console::error!(format!("{view} chart {}: {error}", id.key()));
        }
    }
}

/// Sizes the canvas to its CSS box × `dpr` and draws the chart, with text
/// and lines `zoom` times their normal size (the projector uses more).
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    input: &ChartInput,
    dpr: f64,
    zoom: f64,
) -> Result<(), String> {
    // The layout box can be fractional (462.4 CSS px): size the backing store
    // from it, not from the rounded clientWidth, or the browser rescales the
    // bitmap and blurs it.
    let rect = canvas.get_bounding_client_rect();
    let (css_width, css_height) = (rect.width().max(1.0), rect.height().max(1.0));
    let width = (css_width * dpr).round() as u32;
    let height = (css_height * dpr).round() as u32;
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let backend = MeasuredCanvas::new(canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    draw(&root, input, dpr * zoom, &canvas_measure(canvas)).map_err(|error| error.to_string())?;
    root.present().map_err(|error| error.to_string())
}

/// Renders the chart for a report: a `width`×`height` CSS-pixel image at
/// twice the resolution, with its title above and its units and sources
/// below, as a PNG data URL.
pub fn render_png(
    input: &ChartInput,
    title: &str,
    footer: &str,
    width: u32,
    height: u32,
) -> Result<String, String> {
    const SCALE: f64 = 2.0;
    let document = gloo::utils::document();
    let canvas: HtmlCanvasElement =
        document.create_element("canvas").map_err(|_| "no canvas")?.dyn_into().map_err(|_| "not a canvas")?;
    canvas.set_width((f64::from(width) * SCALE) as u32);
    canvas.set_height((f64::from(height) * SCALE) as u32);
    let backend = MeasuredCanvas::new(&canvas).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&BACKGROUND_COLOUR).map_err(|e| e.to_string())?;
    let px = |v: f64| (v * SCALE).round() as i32;
    // The source line wraps to the image's width: it names documents and
    // dates and is longer than one line in either language.
    let footer_font = (FONT_FAMILY, 11.0 * SCALE).into_font().color(&BASELINE_COLOUR);
    let margin = px(12.0);
    let text_width = f64::from(canvas.width() as i32 - 2 * margin);
    // Measured with the canvas's own text metrics (see `canvas_backend`).
    let context = context_2d(&canvas).ok_or("no 2D context")?;
    let footer_css = format!("{}px {FONT}", 11.0 * SCALE);
    let footer_lines = wrap(footer, text_width, |text| {
        measure(&context, &footer_css, 11.0 * SCALE, text).map_or(f64::INFINITY, |(width, _)| width)
    });
    let line_height = px(15.0);
    let footer_height = px(12.0) + line_height * footer_lines.len() as i32;
    let (header, rest) = root.split_vertically(px(40.0));
    let (body, footer_area) = rest.split_vertically(rest.dim_in_pixel().1 as i32 - footer_height);
    header
        .draw(&Text::new(
            title.to_owned(),
            (px(12.0), px(12.0)),
            (FONT_FAMILY, 18.0 * SCALE, FontStyle::Bold).into_font().color(&TEXT_COLOUR),
        ))
        .map_err(|e| e.to_string())?;
    draw(&body, input, SCALE, &canvas_measure(&canvas)).map_err(|e| e.to_string())?;
    // A rule sets the footer apart from the axis labels above it.
    let rule_end = footer_area.dim_in_pixel().0 as i32 - margin;
    footer_area
        .draw(&PathElement::new(
            [(margin, px(2.0)), (rule_end, px(2.0))],
            GRID_COLOUR.stroke_width(px(1.0) as u32),
        ))
        .map_err(|e| e.to_string())?;
    for (i, line) in footer_lines.into_iter().enumerate() {
        footer_area
            .draw(&Text::new(line, (margin, px(8.0) + line_height * i as i32), footer_font.clone()))
            .map_err(|e| e.to_string())?;
    }
    root.present().map_err(|e| e.to_string())?;
    canvas.to_data_url_with_type("image/png").map_err(|_| "the canvas could not be exported".to_owned())
}

/// Measures text with the canvas's own 2D context (`measureText`), never
/// with plotters' estimate, which styles a `<span>` inline (see
/// `canvas_backend`).
fn canvas_measure(canvas: &HtmlCanvasElement) -> impl Fn(&str, f64) -> f64 {
    let context = context_2d(canvas);
    move |text: &str, size: f64| {
        let measured =
            context.as_ref().and_then(|context| measure(context, &format!("{size}px {FONT}"), size, text));
        // Without a context, a generous average glyph width.
        measured.map_or(0.6 * size * text.chars().count() as f64, |(width, _)| width)
    }
}
