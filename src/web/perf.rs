//! Performance marks around "lever input → charts repainted", read by the
//! benchmark (`performance.getEntriesByName("input-to-repaint")`).

use std::cell::Cell;

const INPUT_MARK: &str = "lever-input";
const DONE_MARK: &str = "repaint-done";
/// Name of the measure the benchmark reads.
pub const MEASURE: &str = "input-to-repaint";
/// Measures kept before the buffer is cleared, so a long drag cannot grow it without bound.
const MAX_MEASURES: u32 = 2000;

thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static MEASURED: Cell<u32> = const { Cell::new(0) };
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Marks that a lever input is being handled. Only the first input before
/// a repaint counts, so a burst of inputs measures from its start.
pub fn mark_input() {
    if PENDING.with(|p| p.replace(true)) {
        return;
    }
    if let Some(perf) = performance() {
        let _ = perf.mark(INPUT_MARK);
    }
}

/// Marks that the charts have been repainted and records the measure.
pub fn mark_repainted() {
    if !PENDING.with(|p| p.replace(false)) {
        return;
    }
    let Some(perf) = performance() else { return };
    if MEASURED.with(|m| m.get()) >= MAX_MEASURES {
        perf.clear_measures_with_measure_name(MEASURE);
        MEASURED.with(|m| m.set(0));
    }
    let _ = perf.mark(DONE_MARK);
    if perf.measure_with_start_mark_and_end_mark(MEASURE, INPUT_MARK, DONE_MARK).is_ok() {
        MEASURED.with(|m| m.set(m.get() + 1));
    }
    perf.clear_marks_with_mark_name(INPUT_MARK);
    perf.clear_marks_with_mark_name(DONE_MARK);
}

/// Name of the measure of each Monte Carlo run on the settled scenario
/// (`performance.getEntriesByName("monte-carlo")`), for the benchmark and
/// for deciding what a drag can afford.
pub const MONTE_CARLO: &str = "monte-carlo";

/// Milliseconds since the page's time origin (0 without a `performance`).
pub fn now() -> f64 {
    performance().map_or(0.0, |perf| perf.now())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `performance.measure(name, { start, duration })`: web-sys has it only
    /// behind its unstable APIs.
    #[wasm_bindgen(js_namespace = performance, js_name = measure, catch)]
    fn measure_span(
        name: &str,
        options: &js_sys::Object,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// Records a [`MONTE_CARLO`] measure of `spent` ms ending now: the time a
/// run spent drawing, summed over its steps, without the waits between them.
pub fn record_monte_carlo(spent: f64) {
    let options = js_sys::Object::new();
    let set = |key: &str, value: f64| js_sys::Reflect::set(&options, &key.into(), &value.into());
    if set("start", now() - spent).is_ok() && set("duration", spent).is_ok() {
        let _ = measure_span(MONTE_CARLO, &options);
    }
}
