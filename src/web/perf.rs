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
