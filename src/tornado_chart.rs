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
use crate::i18n::analysis::{bar_note, CENTRAL, HIGH_END, LOW_END, TARGET_LINE};
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
    let target = (low..=high).contains(&tornado.target).then(|| to_x(tornado.target));
    // A label of width `w` starting at `x`, kept on the canvas.
    let fit = |x: i32, w: i32| x.clamp(px(2.0), (width - w - px(2.0)).max(px(2.0)));

    for (row, bar) in tornado.bars.iter().enumerate() {
        let y = top + px(ROW_HEIGHT) * row as i32;
        let name = input_label(bar.input, lang);
        // A bar of no length says why after its name, clear of the lines
        // below (beside the bar, a narrow canvas has no room for it).
        let note = bar_note(bar).map(|note| format!("({})", lang.pick(note)));
        // `measure` gives the regular face; bold glyphs run up to about 14 %
        // wider in the fonts here, so the note keeps clear of the name.
        let note_x = px(4.0) + (1.15 * measure(&name, size)).ceil() as i32 + px(6.0);
        root.draw(&Text::new(
            name,
            (px(4.0), y + px(2.0)),
            bold.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        if let Some(note) = note {
            root.draw(&Text::new(
                note,
                (note_x, y + px(2.0)),
                font.clone().pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
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
        // The ends' values: the smaller left of the bar, the larger right,
        // each past the target line when it would cross it.
        let (small, large) = (bar.at_low.min(bar.at_high), bar.at_low.max(bar.at_high));
        let middle = (bar_top + bar_bottom) / 2;
        let label = |text: String, at: i32, right: bool| {
            let w = measure(&text, size).ceil() as i32;
            let x = fit(beside(at, right, w, px(5.0), target), w);
            root.draw(&Text::new(text, (x, middle), font.clone().pos(Pos::new(HPos::Left, VPos::Center))))
        };
        label(lang.percent(small, decimals), to_x(small), false)?;
        if large > small {
            label(lang.percent(large, decimals), to_x(large), true)?;
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

/// Where a label `w` wide starts when it sits `gap` beside `at` (right of
/// it, or left): past the target line at `avoid` when it would cross it or
/// come nearer than `gap`, so the value never sits on the dashes.
fn beside(at: i32, right: bool, w: i32, gap: i32, avoid: Option<i32>) -> i32 {
    let x = if right { at + gap } else { at - gap - w };
    match avoid {
        Some(line) if x - gap < line && line < x + w + gap => {
            if right {
                line + gap
            } else {
                line - gap - w
            }
        }
        _ => x,
    }
}

// Native only: drawn on the indicator chart's recording backend, which uses
// plotters-backend, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use plotters_backend::BackendCoord;

    use crate::chart::tests::{paths, rgb, Recorder, Shape};
    use crate::i18n::analysis::{NO_EFFECT, NO_SPREAD};
    use crate::model::indicators::IndicatorId;
    use crate::model::levers::LeverId;
    use crate::model::sensitivity::tornado;
    use crate::model::uncertainty::{UncertainInput, Uncertainty};
    use crate::scenario::Scenario;

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

    /// Draws `t` at 1× on a 600 px wide recording backend, tall enough for
    /// its bars, with the backend's own text-width rule.
    fn record(t: &Tornado, lang: Lang) -> (Vec<Shape>, (u32, u32)) {
        record_at(t, lang, 600)
    }

    /// The same, `width` pixels wide.
    fn record_at(t: &Tornado, lang: Lang, width: u32) -> (Vec<Shape>, (u32, u32)) {
        let size = (width, height_for(t.bars.len()) as u32);
        let shapes = Rc::new(RefCell::new(Vec::new()));
        let root = Recorder { size, shapes: Rc::clone(&shapes) }.into_drawing_area();
        draw(&root, t, lang, 1.0, &|text: &str, size: f64| 0.6 * size * text.chars().count() as f64).unwrap();
        drop(root);
        let shapes = shapes.take();
        (shapes, size)
    }

    /// Every text drawn, with the box it covers.
    fn texts(shapes: &[Shape]) -> Vec<(&str, (BackendCoord, BackendCoord))> {
        shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, bounds, .. } => Some((text.as_str(), *bounds)),
                _ => None,
            })
            .collect()
    }

    /// Every shape keeps to the canvas.
    fn assert_on_canvas(shapes: &[Shape], (w, h): (u32, u32)) {
        let on = |(x, y): BackendCoord| (0..=w as i32).contains(&x) && (0..=h as i32).contains(&y);
        for shape in shapes {
            match shape {
                Shape::Path { points, .. } => assert!(points.iter().all(|p| on(*p)), "{shape:?}"),
                Shape::Text { bounds: (a, b), .. } => assert!(on(*a) && on(*b), "{shape:?}"),
                _ => {}
            }
        }
    }

    #[test]
    fn every_bar_is_drawn_and_labelled_in_the_language() {
        let t = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        let (shapes, size) = record(&t, Lang::Vi);
        assert_on_canvas(&shapes, size);
        let texts: Vec<&str> = texts(&shapes).into_iter().map(|(text, _)| text).collect();
        for bar in &t.bars {
            assert!(texts.contains(&input_label(bar.input, Lang::Vi).as_str()), "{texts:?}");
        }
        assert!(texts.iter().any(|t| t.starts_with("Chỉ tiêu")), "{texts:?}");
        let rects = |colour: RGBColor| {
            shapes.iter().filter(|s| matches!(s, Shape::Rect { colour: c } if *c == rgb(colour))).count()
        };
        // A legend swatch plus one part per bar end away from the central value.
        let parts = |end: fn(&crate::model::sensitivity::TornadoBar) -> f64| {
            1 + t.bars.iter().filter(|b| end(b) != t.central).count()
        };
        assert_eq!(rects(SCENARIO_COLOUR), parts(|b| b.at_high));
        assert_eq!(rects(LOW_COLOUR), parts(|b| b.at_low));
    }

    /// A target just past either end of a bar: the end's value moves past
    /// the dashed line instead of sitting on it, and stays on the canvas.
    #[test]
    fn an_end_label_never_sits_on_the_target_line() {
        let base = tornado(&Scenario::default(), IndicatorId::DigitalEconomy);
        let top = &base.bars[0];
        let (small, large) = (top.at_low.min(top.at_high), top.at_low.max(top.at_high));
        for target in [large + 0.1, large + 0.4, small - 0.1, small - 0.4] {
            let t = Tornado { target, ..base.clone() };
            let (shapes, size) = record(&t, Lang::En);
            assert_on_canvas(&shapes, size);
            let dashes = paths(&shapes, TARGET_COLOUR, 2);
            assert!(!dashes.is_empty(), "the target {target} is drawn");
            for (text, ((left, top), (right, bottom))) in texts(&shapes) {
                for dash in &dashes {
                    let crosses =
                        dash.iter().any(|&(x, y)| left <= x && x <= right && top <= y && y <= bottom);
                    assert!(!crosses, "“{text}” sits on the target line {dash:?} (target {target})");
                }
            }
            let shown = Lang::En.percent(if target > large { large } else { small }, 1);
            assert!(texts(&shapes).iter().any(|(text, _)| *text == shown), "{shown} is still drawn");
        }
    }

    /// A bar of no length says why after its name, clear of every line and
    /// of the other texts.
    #[test]
    fn an_input_with_no_spread_is_labelled_on_the_chart() {
        let t = tornado(&Scenario::default(), IndicatorId::RecordsDigitisation);
        let ceiling =
            t.bars.iter().find(|b| b.input == UncertainInput::Lever(LeverId::RecordsCeiling)).unwrap();
        assert_eq!(ceiling.size(), 0.0, "the ceiling has no spread by default");
        for (lang, width) in [(Lang::Vi, 600), (Lang::En, 600), (Lang::Vi, 360)] {
            let (shapes, size) = record_at(&t, lang, width);
            assert_on_canvas(&shapes, size);
            let boxes = texts(&shapes);
            for (i, (a, ((al, at), (ar, ab)))) in boxes.iter().enumerate() {
                for (b, ((bl, bt), (br, bb))) in &boxes[i + 1..] {
                    let apart = ar <= bl || br <= al || ab <= bt || bb <= at;
                    assert!(apart, "“{a}” and “{b}” overlap at {width} px");
                }
            }
            let note = format!("({})", lang.pick(NO_SPREAD));
            let notes = texts(&shapes).into_iter().filter(|(text, _)| *text == note).count();
            // The ceiling and the 2025 baseline, a point by default.
            assert_eq!(notes, 2, "{lang:?}");
        }
        // Just right of the central line, the target pushes the note along.
        for offset in [0.05, 0.2, 0.5, 1.0, 2.0] {
            let near = Tornado { target: t.central + offset, ..t.clone() };
            let (shapes, size) = record(&near, Lang::En);
            assert_on_canvas(&shapes, size);
            let dashes = paths(&shapes, TARGET_COLOUR, 2);
            for (text, ((left, top), (right, bottom))) in texts(&shapes) {
                for dash in &dashes {
                    let crosses =
                        dash.iter().any(|&(x, y)| left <= x && x <= right && top <= y && y <= bottom);
                    assert!(!crosses, "“{text}” sits on the target line (target {})", near.target);
                }
            }
        }
        // A spread with no effect says so instead.
        let mut still = t.clone();
        still.bars.retain(|b| b.input == UncertainInput::Lever(LeverId::RecordsCeiling));
        still.bars[0].input_low = -1.0;
        still.bars[0].input_high = 1.0;
        let (shapes, _) = record(&still, Lang::En);
        let note = format!("({})", Lang::En.pick(NO_EFFECT));
        assert!(texts(&shapes).iter().any(|(text, _)| *text == note));
    }

    #[test]
    fn a_label_beside_a_line_moves_past_it() {
        // Clear of the line: where it was asked.
        assert_eq!(beside(100, true, 40, 5, Some(300)), 105);
        assert_eq!(beside(100, false, 40, 5, Some(20)), 55);
        // The line under the label, or nearer than the gap: past it.
        assert_eq!(beside(100, true, 40, 5, Some(120)), 125);
        assert_eq!(beside(100, true, 40, 5, Some(147)), 152);
        assert_eq!(beside(100, false, 40, 5, Some(80)), 35);
        // A line on the bar's side of the end is not in the way.
        assert_eq!(beside(100, true, 40, 5, Some(90)), 105);
    }
}
