//! The fans (median, 50 % and 90 % bands) and the chance of meeting each
//! 2030 target, from ONE Monte Carlo run per settled scenario: the charts,
//! the tables and the cards all read the same run.
//!
//! The full run is on the settled scenario (the one the address bar and
//! autosave see, 200 ms after a burst of edits pauses), not on every input
//! event: 10,000 paths took a median 17 ms in release Wasm (headless
//! Chromium, 2 loaded cores), more than the 10 ms input-to-repaint goal,
//! and about 60 ms on a cold start, before the browser has optimised the
//! code. So the run is carried out [`STEP_PATHS`] paths per task, and the
//! page paints and answers input between steps; on a phone, whose CPU the
//! audit takes as four times slower, one step stays under the 50 ms that
//! makes a task "long". The first paint therefore waits for no run at all.
//!
//! While the scenario on screen differs from the one of the last finished
//! run (a drag, or a run under way), the bands come from a preview of the
//! first [`PREVIEW_PATHS`] paths of the same seed, about a tenth of the
//! work, so they move with the line; the full run then refines them.
//! Measured over a grid of scenarios, the preview's median is within 1 px of
//! the full run's on a 200 px planner chart (500 paths: 1.8 px), so the
//! refinement shows no jump. The chances on the cards come from the full run
//! only: a card's percentage should not flicker during a drag. Until the
//! first run finishes they read "computing".

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::model::indicators::IndicatorId;
use crate::model::uncertainty::{Fan, Run, Simulator};
use crate::scenario::Scenario;

/// What the summary shows from a run: a chance per indicator and for all.
#[derive(Debug, Clone, PartialEq)]
pub struct Chances {
    /// Each indicator's chance of meeting its target in 2030, table order.
    pub each: Vec<(IndicatorId, f64)>,
    /// The chance of meeting every target.
    pub all: f64,
}

impl Chances {
    fn of(fan: &Fan) -> Self {
        Self { each: fan.indicators.iter().map(|f| (f.id, f.chance)).collect(), all: fan.chance_all }
    }

    /// One indicator's chance.
    pub fn get(&self, id: IndicatorId) -> f64 {
        self.each.iter().find(|(i, _)| *i == id).map_or(f64::NAN, |(_, chance)| *chance)
    }
}

/// A finished full run and the scenario it ran.
#[derive(Debug, PartialEq)]
pub struct FullRun {
    /// The scenario run.
    pub scenario: Rc<Scenario>,
    /// Its fan and chances.
    pub fan: Rc<Fan>,
}

/// Paths of the preview drawn while the scenario on screen is not the one
/// of the last finished run (see the module's documentation).
pub const PREVIEW_PATHS: u32 = 1_000;

/// Paths drawn per task by a full run: about 12 ms on a cold start here,
/// and 3 ms once the browser has optimised the code.
pub const STEP_PATHS: u32 = 2_000;

/// The last finished full run of the settled scenario, or of an earlier one
/// while the run of this one is under way (`None` before the first finishes).
/// A new settled scenario cancels the run under way. Nothing runs before
/// `start` is true: the app lets its charts be drawn first.
#[hook]
pub fn use_full_run(settled: &Scenario, start: bool) -> Option<Rc<FullRun>> {
    let latest = use_state(|| None::<Rc<FullRun>>);
    let simulator = use_mut_ref(Simulator::new);
    {
        let latest = latest.setter();
        use_effect_with((Rc::new(settled.clone()), start), move |(scenario, start)| {
            let cancelled = Rc::new(Cell::new(false));
            if *start {
                let run = simulator.borrow_mut().start(scenario);
                let scenario = scenario.clone();
                let done = move |fan: Fan| latest.set(Some(Rc::new(FullRun { scenario, fan: Rc::new(fan) })));
                wasm_bindgen_futures::spawn_local(run_in_steps(run, simulator, cancelled.clone(), done));
            }
            move || cancelled.set(true)
        });
    }
    (*latest).clone()
}

/// Draws `run` [`STEP_PATHS`] paths per task, then hands its fan to `done`,
/// unless `cancelled` is set first. Records the time spent drawing (not the
/// time waited between steps) as the page's Monte Carlo measure.
async fn run_in_steps(
    mut run: Run,
    simulator: Rc<RefCell<Simulator>>,
    cancelled: Rc<Cell<bool>>,
    done: impl FnOnce(Fan),
) {
    let mut spent = 0.0;
    loop {
        next_task().await;
        if cancelled.get() {
            return;
        }
        let started = super::perf::now();
        let finished = run.step(STEP_PATHS);
        if finished {
            let fan = simulator.borrow_mut().finish(run);
            spent += super::perf::now() - started;
            super::perf::record_monte_carlo(spent);
            return done(fan);
        }
        spent += super::perf::now() - started;
    }
}

/// Resolves in a new task (a zero-delay timer), after the browser has had
/// the chance to paint and handle input.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _: Result<JsValue, JsValue> = JsFuture::from(promise).await;
}

/// The chances of the last finished full run, if one has finished.
#[hook]
pub fn use_chances(full: &Option<Rc<FullRun>>) -> Option<Rc<Chances>> {
    let chances = use_memo(full.as_ref().map(|full| full.fan.clone()), |fan| {
        fan.as_ref().map(|fan| Rc::new(Chances::of(fan)))
    });
    (*chances).clone()
}

/// The fan the charts draw for `working`, the scenario on screen: the full
/// run's when it ran `working`. Otherwise, for each indicator, a preview of
/// `working` from [`PREVIEW_PATHS`] paths, except that an indicator the
/// edit does not move (its preview equals the preview of the full run's
/// scenario) keeps the full run's fan, so its chart is neither re-rendered
/// nor redrawn. Before the first full run, the preview. `None` while
/// nothing shows the fan (`shown` false): the preview costs about 8 ms on a
/// cold start, which the first paint need not wait for.
#[hook]
pub fn use_shown_fan(working: &Rc<Scenario>, full: &Option<Rc<FullRun>>, shown: bool) -> Option<Rc<Fan>> {
    let simulator = use_mut_ref(Simulator::new);
    let full_preview = {
        let simulator = simulator.clone();
        use_memo(full.as_ref().map(|full| full.scenario.clone()), move |scenario| {
            scenario.as_ref().map(|scenario| simulator.borrow_mut().run_preview(scenario, PREVIEW_PATHS))
        })
    };
    let fan = use_memo((working.clone(), full.clone(), shown), move |(working, full, shown)| match full {
        _ if !shown => None,
        Some(full) if full.scenario == *working => Some(full.fan.clone()),
        _ => {
            let preview = simulator.borrow_mut().run_preview(working, PREVIEW_PATHS);
            let (Some(full), Some(before)) = (full, &*full_preview) else { return Some(Rc::new(preview)) };
            let indicators = preview
                .indicators
                .into_iter()
                .zip(&before.indicators)
                .zip(&full.fan.indicators)
                .map(|((moved, before), full)| if moved == *before { full.clone() } else { moved })
                .collect();
            Some(Rc::new(Fan { indicators, ..preview }))
        }
    });
    (*fan).clone()
}
