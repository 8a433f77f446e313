//! One indicator's tornado: its canvas and, for screen readers and anyone
//! who wants the numbers, the same bars as a table. The picture is
//! [`crate::tornado_chart`]; this file sizes the canvas to its CSS box ×
//! devicePixelRatio and redraws when the tornado, the language or the
//! window changes.

use std::rc::Rc;

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::canvas_backend::{context_2d, measure, MeasuredCanvas};
use super::hooks::use_resize_tick;
use crate::chart::FONT;
use crate::i18n::analysis::{
    tornado_description, tornado_row, tornado_summary, INPUT, INPUT_HIGH, INPUT_LOW, TORNADO_CAPTION,
    VALUE_AT_HIGH, VALUE_AT_LOW,
};
use crate::i18n::Lang;
use crate::model::sensitivity::Tornado;
use crate::tornado_chart;

/// Properties of [`TornadoFigure`].
#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    /// The tornado to show.
    pub tornado: Rc<Tornado>,
    /// Interface language.
    pub lang: Lang,
    /// Scale text and lines to fill the canvas's CSS height (the deck's
    /// stylesheet sizes it to the projector), rather than drawing at their
    /// normal size in a box of [`tornado_chart::height_for`] the bars.
    #[prop_or_default]
    pub fit: bool,
}

/// A tornado figure: caption, canvas and its table.
#[function_component(TornadoFigure)]
pub fn tornado_figure(props: &TornadoProps) -> Html {
    let TornadoProps { ref tornado, lang, fit } = *props;
    let key = tornado.indicator.key();
    let canvas = use_node_ref();
    let resized = use_resize_tick();
    {
        let canvas = canvas.clone();
        use_effect_with((tornado.clone(), lang, fit, resized), move |(tornado, lang, fit, _)| {
            if let Some(canvas) = canvas.cast::<HtmlCanvasElement>() {
                if let Err(error) = draw_on_canvas(&canvas, tornado, *lang, *fit) {
                    gloo::console::error!(format!("tornado {}: {error}", tornado.indicator.key()));
                }
            }
        });
    }
    let decimals = tornado.indicator.spec().decimals;
    let summary_id = format!("tornado-{key}-summary");
    html! {
        <figure class="tornado" data-tornado={key}>
            if !fit { <figcaption>{ lang.pick(TORNADO_CAPTION) }</figcaption> }
            <canvas ref={canvas} role="img" aria-label={lang.pick(TORNADO_CAPTION)}
                aria-describedby={summary_id.clone()} />
            if fit {
                // A slide has no room for the table's boxes, even hidden.
                <p id={summary_id} class="visually-hidden">{ tornado_description(tornado, lang) }</p>
            } else {
                <p id={summary_id} class="tornado-summary">{ tornado_summary(tornado, lang) }</p>
            }
            // The table inside a hidden box: a table is never narrower than
            // its cells, so hidden itself it would widen the page.
            if !fit {
            <div class="visually-hidden">
            <table data-tornado-table={key}>
                <caption>{ lang.pick(TORNADO_CAPTION) }</caption>
                <thead>
                    <tr>
                        { for [INPUT, INPUT_LOW, VALUE_AT_LOW, INPUT_HIGH, VALUE_AT_HIGH].iter().map(|h| html! {
                            <th scope="col">{ lang.pick(*h) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for tornado.bars.iter().map(|bar| {
                        let [name, low, at_low, high, at_high] = tornado_row(bar, decimals, lang);
                        html! {
                            <tr>
                                <th scope="row">{ name }</th>
                                <td>{ low }</td><td>{ at_low }</td><td>{ high }</td><td>{ at_high }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
            }
        </figure>
    }
}

/// Sizes the canvas to its CSS box × devicePixelRatio and draws the tornado.
fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    tornado: &Tornado,
    lang: Lang,
    fit: bool,
) -> Result<(), String> {
    use plotters::prelude::*;
    let dpr = gloo::utils::window().device_pixel_ratio().max(1.0);
    // From the fractional layout box, not the rounded clientWidth: the
    // browser would rescale the bitmap and blur it.
    let rect = canvas.get_bounding_client_rect();
    let (width, height) =
        ((rect.width().max(1.0) * dpr).round() as u32, (rect.height().max(1.0) * dpr).round() as u32);
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let zoom =
        if fit { (rect.height() / tornado_chart::height_for(tornado.bars.len())).max(0.5) } else { 1.0 };
    let context = context_2d(canvas);
    // Text widths from the canvas's own measureText (see `canvas_backend`).
    let measure_text = move |text: &str, size: f64| {
        context
            .as_ref()
            .and_then(|context| measure(context, &format!("{size}px {FONT}"), size, text))
            .map_or(0.6 * size * text.chars().count() as f64, |(width, _)| width)
    };
    let root = MeasuredCanvas::new(canvas).ok_or("no 2D context")?.into_drawing_area();
    tornado_chart::draw(&root, tornado, lang, dpr * zoom, &measure_text)
        .map_err(|error| error.to_string())?;
    root.present().map_err(|error| error.to_string())
}
