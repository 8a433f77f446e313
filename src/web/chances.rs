//! The chance of meeting each 2030 target, from the Monte Carlo engine.
//!
//! The engine runs on the settled scenario (the one the address bar and
//! autosave see, 200 ms after a burst of edits pauses), not on every input
//! event: 10,000 paths take longer than the 10 ms input-to-repaint goal, so
//! a drag repaints the lines at full speed and the chances follow once it
//! pauses. One simulator keeps its buffers from run to run.

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

/// The chances of `scenario` (the app passes the settled one), recomputed
/// only when it changes.
#[hook]
pub fn use_chances(scenario: &Scenario) -> Rc<Chances> {
    let simulator = use_mut_ref(Simulator::new);
    let scenario = Rc::new(scenario.clone());
    use_memo(scenario, move |scenario| Chances::of(&simulator.borrow_mut().run(scenario)))
}
