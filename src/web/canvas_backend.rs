//! The plotters canvas backend with text measured by the canvas itself.
//!
//! `plotters_canvas::CanvasBackend` leaves text measurement to plotters'
//! default, which in the browser appends a `<span>` with an inline `style`
//! attribute to the page and reads its size. The page's Content Security
//! Policy (`style-src 'self'`) refuses inline styles, so every such
//! measurement logs a violation (and measures unstyled text). Plotters
//! measures axis labels whenever a chart has a label area on its right, which
//! happens when a canvas is laid out narrower than the chart's margins (for a
//! moment, while the page is resized). [`MeasuredCanvas`] draws through
//! `CanvasBackend` and answers every measurement with the 2D context's
//! `measureText`, so no drawing ever touches the DOM.

use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Error = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

/// A canvas backend whose text measurements never touch the DOM.
pub struct MeasuredCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl MeasuredCanvas {
    /// Draws on `canvas`; `None` if it has no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = context_2d(canvas)?;
        Some(Self { inner: CanvasBackend::with_canvas_object(canvas.clone())?, context })
    }
}

/// The canvas's 2D context.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten().and_then(|context| context.dyn_into().ok())
}

/// The width and height of `text` in `font` (a CSS font shorthand), in
/// pixels, by the context's `measureText`; `size` (px) stands in for a
/// height the browser does not give.
pub fn measure(context: &CanvasRenderingContext2d, font: &str, size: f64, text: &str) -> Option<(f64, f64)> {
    context.save();
    context.set_font(font);
    let metrics = context.measure_text(text).ok();
    context.restore();
    let metrics = metrics?;
    let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
    Some((metrics.width(), if height.is_finite() && height > 0.0 { height } else { size * 1.2 }))
}

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), Error> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), Error> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32), Error> {
        // The font exactly as `CanvasBackend::draw_text` sets it.
        let font = format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        let (width, height) = measure(&self.context, &font, style.size(), text)
            // Without metrics, a generous average glyph width.
            .unwrap_or((0.6 * style.size() * text.chars().count() as f64, 1.2 * style.size()));
        Ok((width.ceil() as u32, height.ceil() as u32))
    }
}
