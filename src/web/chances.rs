//! The fans (median, 50 % and 90 % bands) and the chance of meeting each
//! 2030 target, from ONE Monte Carlo run per settled scenario: the charts,
//! the tables and the cards all read the same run.
//!
//! The engine runs on the settled scenario (the one the address bar and
//! autosave see, 200 ms after a burst of edits pauses), not on every input
//! event: 10,000 paths take longer than the 10 ms input-to-repaint goal, so
//! a drag repaints the lines at full speed and the bands and chances follow
//! once it pauses. One simulator keeps its buffers from run to run.

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

/// The fan and the chances of `scenario` (the app passes the settled one),
/// from one run, recomputed only when the scenario changes.
#[hook]
pub fn use_uncertainty(scenario: &Scenario) -> (Rc<Fan>, Rc<Chances>) {
    let simulator = use_mut_ref(Simulator::new);
    let scenario = Rc::new(scenario.clone());
    let fan = use_memo(scenario, move |scenario| simulator.borrow_mut().run(scenario));
    let chances = use_memo(fan.clone(), |fan| Chances::of(fan));
    (fan, chances)
}
