//! A tornado as a picture: a function from a [`Tornado`] to any plotters
//! backend, like [`crate::chart`] for the indicator charts. The web layer
//! hands it a HiDPI canvas (`web::tornado_draw`); the deck the same at a
//! larger zoom.
//!
//! Each bar is one input moved alone: its name above it, then a bar from
//! the 2030 value at one end of the input to the value at the other, split
//! at the scenario's own 2030 value (a vertical line through every bar).
//! The part reached with the input at its low end is light, the part at its
//! high end dark, so the two read apart in greyscale too. The target is a
//! dashed line when it lies near the bars.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::chart::{Measure, BACKGROUND_COLOUR, FONT_FAMILY, SCENARIO_COLOUR, TARGET_COLOUR, TEXT_COLOUR};
use crate::i18n::analysis::{CENTRAL, HIGH_END, LOW_END, TARGET_LINE};
use crate::i18n::uncertainty::input_label;
use crate::i18n::Lang;
use crate::model::sensitivity::Tornado;

/// The light part of a bar (the input at its low end): 3:1 against white
/// is not needed for a filled area with a dark outline.
pub const LOW_COLOUR: RGBColor = RGBColor(0x9d, 0xc3, 0xe6);

/// Height of one bar's row (its label and the bar), CSS pixels.
pub const ROW_HEIGHT: f64 = 46.0;
/// Height of the legend strip above the bars and the axis strip below, CSS pixels.
pub const FRAME_HEIGHT: f64 = 60.0;

/// The CSS height a tornado of `bars` bars needs.
pub fn height_for(bars: usize) -> f64 {
    FRAME_HEIGHT + ROW_HEIGHT * bars as f64
}

/// The value axis: from the lowest to the highest value drawn, with the
/// target when it is no further from the bars than their own width, and
/// never a span of zero.
pub fn value_range(tornado: &Tornado) -> (f64, f64) {
    let values = tornado.bars.iter().flat_map(|b| [b.at_low, b.at_high]).chain([tornado.central]);
    let (mut low, mut high) =
        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
    let span = (high - low).max(0.5);
    if tornado.target.is_finite() && tornado.target >= low - span && tornado.target <= high + span {
        low = low.min(tornado.target);
        high = high.max(tornado.target);
    }
    if high - low < 1e-9 {
        (low - 1.0, high + 1.0)
    } else {
        (low, high)
    }
}

/// Draws the tornado on `root`, lengths scaled by `scale`; `measure` gives
/// text widths (the canvas's own `measureText` in the browser).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    tornado: &Tornado,
    lang: Lang,
    scale: f64,
    measure: Measure,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    let (width, _) = root.dim_in_pixel();
    let width = width as i32;
    let decimals = tornado.indicator.spec().decimals;
    let size = 13.0 * scale;
    let font = (FONT_FAMILY, size).into_font().color(&TEXT_COLOUR);
    let bold = (FONT_FAMILY, size, FontStyle::Bold).into_font().color(&TEXT_COLOUR);
    let outline = TEXT_COLOUR.stroke_width(px(1.0).max(1) as u32);
    root.fill(&BACKGROUND_COLOUR)?;

    // Legend: two swatches, then the central line.
    let mut x = px(4.0);
    let legend_y = px(10.0);
    let swatch = px(14.0);
    for (colour, label) in [(LOW_COLOUR, LOW_END), (SCENARIO_COLOUR, HIGH_END)] {
        root.draw(&Rectangle::new([(x, legend_y), (x + swatch, legend_y + swatch)], colour.filled()))?;
        root.draw(&Rectangle::new([(x, legend_y), (x + swatch, legend_y + swatch)], outline))?;
        let label = lang.pick(label);
        root.draw(&Text::new(
            label,
            (x + swatch + px(6.0), legend_y + swatch / 2),
            font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        x += swatch + px(6.0) + measure(label, size).ceil() as i32 + px(18.0);
    }

    // Value labels sit beside the bars' ends: the plot keeps room for them.
    let (low, high) = value_range(tornado);
    let widest = [low, high].iter().map(|v| measure(&lang.percent(*v, decimals), size)).fold(0.0, f64::max);
    let left = px(8.0) + widest.ceil() as i32 + px(8.0);
    let right = (width - left).max(left + 1);
    let to_x = |v: f64| left + ((v - low) / (high - low) * f64::from(right - left)).round() as i32;
    let top = px(34.0);
    let rows = tornado.bars.len() as i32;
    let bottom = top + px(ROW_HEIGHT) * rows;

    for (row, bar) in tornado.bars.iter().enumerate() {
        let y = top + px(ROW_HEIGHT) * row as i32;
        root.draw(&Text::new(
            input_label(bar.input, lang),
            (px(4.0), y + px(2.0)),
            bold.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        let (bar_top, bar_bottom) = (y + px(21.0), y + px(39.0));
        let central = to_x(tornado.central);
        for (value, colour) in [(bar.at_low, LOW_COLOUR), (bar.at_high, SCENARIO_COLOUR)] {
            let end = to_x(value);
            if end != central {
                let corners = [(central.min(end), bar_top), (central.max(end), bar_bottom)];
                root.draw(&Rectangle::new(corners, colour.filled()))?;
                root.draw(&Rectangle::new(corners, outline))?;
            }
        }
        // The ends' values: the smaller left of the bar, the larger right.
        let (small, large) = (bar.at_low.min(bar.at_high), bar.at_low.max(bar.at_high));
        let middle = (bar_top + bar_bottom) / 2;
        root.draw(&Text::new(
            lang.percent(small, decimals),
            (to_x(small) - px(5.0), middle),
            font.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        if large > small {
            root.draw(&Text::new(
                lang.percent(large, decimals),
                (to_x(large) + px(5.0), middle),
                font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }

    // The central value through every bar (not through the names above
    // them), labelled below.
    let central = to_x(tornado.central);
    for row in 0..rows {
        let y = top + px(ROW_HEIGHT) * row + px(17.0);
        root.draw(&PathElement::new(
            [(central, y), (central, y + px(26.0))],
            TEXT_COLOUR.stroke_width(px(2.0).max(1) as u32),
        ))?;
    }
    // The target, dashed, when it is on the axis.
    let target = (low..=high).contains(&tornado.target).then(|| to_x(tornado.target));
    if let Some(target) = target {
        let dash = px(4.0);
        for row in 0..rows {
            let start = top + px(ROW_HEIGHT) * row + px(17.0);
            let mut y = start;
            while y < start + px(26.0) {
                root.draw(&PathElement::new(
                    [(target, y), (target, (y + dash).min(start + px(26.0)))],
                    TARGET_COLOUR.stroke_width(px(2.0).max(1) as u32),
                ))?;
                y += 2 * dash;
            }
        }
    }

    // One line below the bars: the central value under its line and the
    // target under its own; when they would overlap, side by side around
    // the middle of the two, in the order of their lines.
    let central_label = format!("{}: {}", lang.pick(CENTRAL), lang.percent(tornado.central, decimals));
    let central_width = measure(&central_label, size).ceil() as i32;
    let target_label = format!("{}: {}", lang.pick(TARGET_LINE), lang.percent(tornado.target, decimals));
    let target_width = measure(&target_label, size).ceil() as i32;
    let fit = |x: i32, w: i32| x.clamp(px(2.0), (width - w - px(2.0)).max(px(2.0)));
    let gap = px(14.0);
    let mut central_x = fit(central - central_width / 2, central_width);
    let mut target_x = target.map(|t| fit(t - target_width / 2, target_width));
    if let (Some(t), Some(tx)) = (target, target_x) {
        let overlap = tx < central_x + central_width + gap && central_x < tx + target_width + gap;
        if overlap {
            let total = central_width + gap + target_width;
            let start = fit((central + t) / 2 - total / 2, total);
            if t >= central {
                central_x = start;
                target_x = Some(start + central_width + gap);
            } else {
                target_x = Some(start);
                central_x = start + target_width + gap;
            }
        }
    }
    let label_y = bottom + px(5.0);
    root.draw(&Text::new(
        central_label,
        (central_x, label_y),
        font.clone().pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    if let Some(x) = target_x {
        root.draw(&Text::new(
            target_label,
            (x, label_y),
            font.clone().color(&TARGET_COLOUR).pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::sensitivity::tornado;
    use crate::model::uncertainty::Uncertainty;
    use crate::scenario::Scenario;
    use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

    #[test]
    fn the_axis_holds_every_bar_and_never_collapses() {
        for id in IndicatorId::all() {
            let t = tornado(&Scenario::default(), id);
            let (low, high) = value_range(&t);
            assert!(low < high, "{id:?}");
            for bar in &t.bars {
                assert!(low <= bar.at_low.min(bar.at_high) && bar.at_low.max(bar.at_high) <= high, "{id:?}");
            }
        }
        let flat = Scenario { uncertainty: Uncertainty::none(), ..Scenario::default() };
        let t = tornado(&flat, IndicatorId::RecordsDigitisation);
        let (low, high) = value_range(&t);
        assert!(low < t.central && t.central < high);
    }

    #[test]
    fn a_far_target_does_not_squash_the_bars() {
        let mut t = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        t.target = 1000.0;
        let (_, high) = value_range(&t);
        assert!(high < 100.0, "{high}");
    }

    /// Remembers the texts and filled rectangles drawn, and whether anything
    /// left the canvas.
    #[derive(Default)]
    struct Log {
        texts: Vec<String>,
        fills: Vec<(u8, u8, u8)>,
        outside: bool,
    }

    /// The drawing area owns its backend: the log is shared with the test.
    #[derive(Default)]
    struct Recorder(std::rc::Rc<std::cell::RefCell<Log>>);

    impl DrawingBackend for Recorder {
        type ErrorType = std::convert::Infallible;
        fn get_size(&self) -> (u32, u32) {
            (600, height_for(3) as u32)
        }
        fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }
        fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }
        fn draw_pixel(
            &mut self,
            at: BackendCoord,
            _: BackendColor,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            let (w, h) = self.get_size();
            self.0.borrow_mut().outside |= at.0 < 0 || at.1 < 0 || at.0 > w as i32 || at.1 > h as i32;
            Ok(())
        }
        fn draw_rect<S: BackendStyle>(
            &mut self,
            a: BackendCoord,
            b: BackendCoord,
            style: &S,
            fill: bool,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.draw_pixel(a, style.color())?;
            self.draw_pixel(b, style.color())?;
            if fill {
                self.0.borrow_mut().fills.push(style.color().rgb);
            }
            Ok(())
        }
        fn draw_text<T: BackendTextStyle>(
            &mut self,
            text: &str,
            _: &T,
            at: BackendCoord,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.draw_pixel(at, BackendColor { alpha: 1.0, rgb: (0, 0, 0) })?;
            self.0.borrow_mut().texts.push(text.to_owned());
            Ok(())
        }
        fn estimate_text_size<T: BackendTextStyle>(
            &self,
            text: &str,
            style: &T,
        ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
            Ok(((0.6 * style.size() * text.chars().count() as f64) as u32, style.size() as u32))
        }
    }

    #[test]
    fn every_bar_is_drawn_and_labelled_in_the_language() {
        let t = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        let recorder = Recorder::default();
        let log = recorder.0.clone();
        let root = recorder.into_drawing_area();
        draw(&root, &t, Lang::Vi, 1.0, &|text: &str, size: f64| 0.6 * size * text.chars().count() as f64)
            .unwrap();
        let recorder = log.borrow();
        assert!(!recorder.outside);
        for bar in &t.bars {
            assert!(recorder.texts.contains(&input_label(bar.input, Lang::Vi)), "{:?}", recorder.texts);
        }
        assert!(recorder.texts.iter().any(|t| t.starts_with("Chỉ tiêu")), "{:?}", recorder.texts);
        let dark = (SCENARIO_COLOUR.0, SCENARIO_COLOUR.1, SCENARIO_COLOUR.2);
        let light = (LOW_COLOUR.0, LOW_COLOUR.1, LOW_COLOUR.2);
        // A legend swatch plus one part per bar end away from the central value.
        let parts = |end: fn(&crate::model::sensitivity::TornadoBar) -> f64| {
            1 + t.bars.iter().filter(|b| end(b) != t.central).count()
        };
        assert_eq!(recorder.fills.iter().filter(|c| **c == dark).count(), parts(|b| b.at_high));
        assert_eq!(recorder.fills.iter().filter(|c| **c == light).count(), parts(|b| b.at_low));
    }
}
