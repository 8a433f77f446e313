//! The fans (median, 50 % and 90 % bands) and the chance of meeting each
//! 2030 target, from ONE Monte Carlo run per settled scenario: the charts,
//! the tables and the cards all read the same run.
//!
//! The full run is on the settled scenario (the one the address bar and
//! autosave see, 200 ms after a burst of edits pauses), not on every input
//! event: 10,000 paths took a median 17 ms in release Wasm (headless
//! Chromium, 2 loaded cores), more than the 10 ms input-to-repaint goal.
//! While the scenario on screen differs from the settled one (a drag), the
//! bands come from a preview of the first [`PREVIEW_PATHS`] paths of the
//! same seed, about a tenth of the work, so they move with the line; the
//! full run then refines them. Measured over a grid of scenarios, the
//! preview's median is within 1 px of the full run's on a 200 px planner
//! chart (500 paths: 1.8 px), so the refinement shows no jump. The chances
//! on the cards come from the full run only: a card's percentage should not
//! flicker during a drag. One simulator keeps its buffers from run to run.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::indicators::IndicatorId;
use crate::model::uncertainty::{Fan, Simulator};
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

/// Paths of the preview drawn while the scenario on screen is not yet
/// settled (see the module's documentation for the measurements).
pub const PREVIEW_PATHS: u32 = 1_000;

/// The fan and the chances of `scenario` (the settled one), from one run,
/// recomputed only when it changes.
#[hook]
pub fn use_uncertainty(scenario: &Scenario) -> (Rc<Fan>, Rc<Chances>) {
    let simulator = use_mut_ref(Simulator::new);
    let scenario = Rc::new(scenario.clone());
    let fan = use_memo(scenario, move |scenario| {
        super::perf::time_monte_carlo(|| simulator.borrow_mut().run(scenario))
    });
    let chances = use_memo(fan.clone(), |fan| Chances::of(fan));
    (fan, chances)
}

/// The fan the charts draw: the settled run's (`settled_fan`, of `settled`)
/// when the scenario on screen (`working`) is the settled one. Otherwise,
/// for each indicator the edit moves, a preview of `working` from
/// [`PREVIEW_PATHS`] paths, recomputed as it changes; an indicator the edit
/// does not move (its preview equals the settled scenario's preview) keeps
/// the settled run's fan, so its chart is neither re-rendered nor redrawn.
#[hook]
pub fn use_shown_fan(working: &Rc<Scenario>, settled: &Scenario, settled_fan: &Rc<Fan>) -> Rc<Fan> {
    let simulator = use_mut_ref(Simulator::new);
    let unsettled = **working != *settled;
    let settled_preview = {
        let simulator = simulator.clone();
        use_memo(Rc::new(settled.clone()), move |settled| {
            simulator.borrow_mut().run_preview(settled, PREVIEW_PATHS)
        })
    };
    let shown =
        use_memo((working.clone(), unsettled, settled_fan.clone()), move |(working, unsettled, full)| {
            unsettled.then(|| {
                let preview = simulator.borrow_mut().run_preview(working, PREVIEW_PATHS);
                let indicators = preview
                    .indicators
                    .into_iter()
                    .zip(&settled_preview.indicators)
                    .zip(&full.indicators)
                    .map(|((moved, before), full)| if moved == *before { full.clone() } else { moved })
                    .collect();
                Rc::new(Fan { indicators, ..preview })
            })
        });
    match &*shown {
        Some(fan) => fan.clone(),
        None => settled_fan.clone(),
    }
}
