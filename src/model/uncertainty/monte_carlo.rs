//! The Monte Carlo engine: N paths of every indicator, drawn around the
//! scenario from the spreads and ranges of its [`Uncertainty`], giving the
//! per-year median and 50 % / 90 % bands and the chance of meeting each
//! 2030 target (and all of them together).
//!
//! ## Draw scheme
//! For each path, in the fixed order of [`LEVER_SPREADS`] then
//! [`BASELINE_RANGES`], every input draws one number, whether or not its
//! spread is zero (so changing one spread never changes another input's draws),
//! except the lever the economy mode leaves out (non-digital growth while GRDP
//! growth is a lever, GRDP growth while GRDP is built from its parts), which
//! moves nothing and draws nothing:
//! - a lever draws one standard normal `z` for the whole path and moves every
//!   year's value by `below/Z90 · z` when `z < 0`, `above/Z90 · z` otherwise
//!   (a two-piece normal whose 5th and 95th percentiles are `value − below`
//!   and `value + above`, its median the value set), then is clamped into the
//!   lever's range. One persistent shock, not five independent ones: the 2030
//!   share of a growth-ratio path depends only on the product of the five
//!   yearly factors, that is on the average rate, and the spread states how
//!   unsure we are of that average. Independent yearly draws of the same size
//!   would shrink that uncertainty by √5 and show false confidence.
//! - a baseline draws one uniform `u` and starts from `low + u·(high − low)`:
//!   the sources disagree and nothing says which is right.
//!
//! Inputs are drawn independently of each other. GRDP and digital-economy
//! growth probably move together, which would narrow the digital-economy
//! share's band; assuming independence is the cautious choice.
//!
//! The paths are the deterministic curves ([`indicator_path`]) run on the
//! drawn inputs, so with every spread zero each path is the projection.

use crate::model::indicators::{IndicatorId, IndicatorSpec, INDICATORS};
use crate::model::projection::{indicator_path, project, LeverInputs};
use crate::model::rng::Rng;
use crate::model::YEARS;
use crate::scenario::Scenario;

use super::inputs::{Range, BASELINE_RANGES, LEVER_SPREADS, Z90};
use super::percentile::{band_of_keys, order_key, Band};

/// Number of indicators.
const INDICATOR_COUNT: usize = INDICATORS.len();
/// Number of points on a fan: 2025 and the five projected years.
pub const POINTS: usize = YEARS + 1;

/// One indicator's fan and chance.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorFan {
    /// Which indicator.
    pub id: IndicatorId,
    /// The deterministic projection, 2025 to 2030.
    pub deterministic: [f64; POINTS],
    /// The percentiles of the paths, 2025 to 2030.
    pub bands: [Band; POINTS],
    /// The target the chance is measured against, %.
    pub target: f64,
    /// Share of paths that meet the target in 2030 (the rule of the status).
    pub chance: f64,
}

/// The result of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Fan {
    /// One entry per indicator, in table order.
    pub indicators: Vec<IndicatorFan>,
    /// Share of paths that meet every target in 2030.
    pub chance_all: f64,
    /// Paths drawn.
    pub paths: u32,
    /// The seed drawn from.
    pub seed: u64,
}

impl Fan {
    /// One indicator's fan.
    pub fn get(&self, id: IndicatorId) -> &IndicatorFan {
        self.indicators.iter().find(|f| f.id == id).expect("a fan holds every indicator")
    }

    /// The Monte Carlo standard error of a chance `p` estimated from this
    /// run's paths: `√(p(1 − p)/N)`.
    pub fn standard_error(&self, p: f64) -> f64 {
        standard_error(p, self.paths)
    }
}

/// `√(p(1 − p)/N)`, the standard error of a share of N independent paths.
pub fn standard_error(p: f64, paths: u32) -> f64 {
    (p * (1.0 - p) / f64::from(paths.max(1))).sqrt()
}

/// A lever's shock, resolved for drawing.
#[derive(Debug, Clone, Copy)]
struct Shock {
    lever: crate::model::levers::LeverId,
    /// Scale of the lower half: `below / Z90`.
    scale_below: f64,
    /// Scale of the upper half: `above / Z90`.
    scale_above: f64,
    /// The lever's range, which a drawn value is clamped into.
    min: f64,
    max: f64,
}

/// Everything a run needs from the scenario, resolved once.
#[derive(Debug, Clone)]
pub(crate) struct Plan<'a> {
    /// The scenario: its shapes, economy mode and actuals shape every path.
    scenario: &'a Scenario,
    /// Lever values as set, clamped.
    central: LeverInputs,
    shocks: [Shock; LEVER_SPREADS.len()],
    /// Baseline ranges, widened to hold the baseline in force, by indicator.
    ranges: [Range; INDICATOR_COUNT],
    /// The indicators' rows, in the draw order of [`BASELINE_RANGES`].
    range_order: [usize; BASELINE_RANGES.len()],
    /// Targets in force, by indicator.
    targets: [f64; INDICATOR_COUNT],
    /// The deterministic projection, by indicator.
    deterministic: [[f64; POINTS]; INDICATOR_COUNT],
    seed: u64,
    paths: u32,
}

impl<'a> Plan<'a> {
    pub(crate) fn new(scenario: &'a Scenario) -> Plan<'a> {
        let projection = project(scenario);
        let uncertainty = &scenario.uncertainty;
        let central = LeverInputs::from_scenario(scenario, &mut Vec::new());
        let shocks = std::array::from_fn(|i| {
            let lever = LEVER_SPREADS[i].lever;
            let spread = uncertainty.spread(lever);
            let spec = lever.spec();
            Shock {
                lever,
                scale_below: spread.below / Z90,
                scale_above: spread.above / Z90,
                min: spec.min,
                max: spec.max,
            }
        });
        let by_indicator = |i: usize| projection.get(INDICATORS[i].id);
        Plan {
            scenario,
            central,
            shocks,
            ranges: std::array::from_fn(|i| {
                let p = by_indicator(i);
                uncertainty.range(p.id).holding(p.baseline)
            }),
            range_order: std::array::from_fn(|k| indicator_index(BASELINE_RANGES[k].indicator)),
            targets: std::array::from_fn(|i| by_indicator(i).target),
            deterministic: std::array::from_fn(|i| {
                let p = by_indicator(i);
                std::array::from_fn(|t| if t == 0 { p.baseline } else { p.values[t - 1] })
            }),
            seed: uncertainty.seed(),
            paths: uncertainty.paths(),
        }
    }

    /// The lever values as set; goal-seeking changes one before a run.
    pub(crate) fn central_mut(&mut self) -> &mut LeverInputs {
        &mut self.central
    }

    /// Calls `visit` for each of the first `paths` paths of the seed, with
    /// the path's lever values and baselines (by indicator).
    fn for_each_path(&self, paths: u32, visit: impl FnMut(&LeverInputs, &[f64; INDICATOR_COUNT])) {
        self.draw_paths(&mut Rng::new(self.seed), paths, visit);
    }

    /// Draws the next `paths` paths from `rng` and calls `visit` for each.
    /// A path's draws overwrite every drawn value, so drawing in several
    /// calls from one generator gives the same paths as drawing in one. The
    /// buffers are reused from path to path.
    fn draw_paths(
        &self,
        rng: &mut Rng,
        paths: u32,
        mut visit: impl FnMut(&LeverInputs, &[f64; INDICATOR_COUNT]),
    ) {
        let mut drawn = self.central.clone();
        let mut baselines = [0.0; INDICATOR_COUNT];
        for _ in 0..paths {
            // The lever the economy mode leaves out draws nothing, so a
            // mode's paths are the same whatever that lever's spread.
            for shock in self.shocks.iter().filter(|s| s.lever != self.scenario.economy.unused_lever()) {
                let z = rng.standard_normal();
                let shift = if z < 0.0 { shock.scale_below * z } else { shock.scale_above * z };
                let central = self.central.yearly(shock.lever);
                for (slot, value) in drawn.yearly_mut(shock.lever).iter_mut().zip(central) {
                    // Written out: `f64::clamp` is not inlined at opt-level "z".
                    let moved = value + shift;
                    *slot = if moved < shock.min {
                        shock.min
                    } else if moved > shock.max {
                        shock.max
                    } else {
                        moved
                    };
                }
            }
            for &i in &self.range_order {
                let u = rng.uniform();
                let range = self.ranges[i];
                baselines[i] = range.low + u * (range.high - range.low);
            }
            visit(&drawn, &baselines);
        }
    }

    /// The share of the plan's paths (its own N and seed) on which `indicator`
    /// meets its target in 2030.
    pub(crate) fn chance(&self, indicator: IndicatorId) -> f64 {
        let i = indicator_index(indicator);
        let spec = &INDICATORS[i];
        let mut met = 0u32;
        self.for_each_path(self.paths, |inputs, baselines| {
            let (values, _) = indicator_path(spec, self.scenario, baselines[i], inputs);
            met += u32::from(meets(spec, values[YEARS - 1], self.targets[i]));
        });
        f64::from(met) / f64::from(self.paths)
    }
}

/// The row of an indicator in [`INDICATORS`].
fn indicator_index(id: IndicatorId) -> usize {
    INDICATORS.iter().position(|spec| spec.id == id).expect("every indicator is in the table")
}

/// Runs the Monte Carlo engine, keeping its buffers between runs so that a
/// run allocates only its result. One per view that redraws as levers move.
#[derive(Debug, Default)]
pub struct Simulator {
    /// The paths' values as [`order_key`]s, indicator-major, then point,
    /// then path: each (indicator, point) sample is contiguous for the
    /// percentile selection.
    values: Vec<i64>,
}

impl Simulator {
    /// A simulator with empty buffers.
    pub fn new() -> Self {
        Self::default()
    }

    /// The fan of `scenario` with its own number of paths and seed.
    pub fn run(&mut self, scenario: &Scenario) -> Fan {
        let mut run = self.start(scenario);
        run.step(u32::MAX);
        self.finish(run)
    }

    /// The fan from the first `paths` paths of the scenario's seed (at least
    /// one): the same paths the full run starts with, for a quick preview
    /// while a slider is dragged.
    pub fn run_preview(&mut self, scenario: &Scenario, paths: u32) -> Fan {
        let mut run = self.start_paths(scenario, paths);
        run.step(u32::MAX);
        self.finish(run)
    }

    /// Starts a run of `scenario` (its own number of paths and seed) that
    /// [`Run::step`] carries out a few paths at a time, so that a page can
    /// paint and answer input between steps; [`Simulator::finish`] then
    /// gives exactly the fan [`Simulator::run`] gives. The run borrows this
    /// simulator's buffer until it is finished.
    pub fn start(&mut self, scenario: &Scenario) -> Run {
        self.start_paths(scenario, u32::MAX)
    }

    fn start_paths(&mut self, scenario: &Scenario, paths: u32) -> Run {
        let plan = Plan::new(scenario);
        let paths = paths.clamp(1, plan.paths);
        let mut values = std::mem::take(&mut self.values);
        values.clear();
        values.resize(INDICATOR_COUNT * POINTS * paths as usize, 0);
        Run {
            scenario: scenario.clone(),
            rng: Rng::new(plan.seed),
            drawn: 0,
            paths,
            met: [0; INDICATOR_COUNT],
            met_all: 0,
            values,
        }
    }

    /// The fan of a run, drawn to its end first if it is not yet; its
    /// buffer comes back to this simulator for the next run.
    pub fn finish(&mut self, mut run: Run) -> Fan {
        run.step(u32::MAX);
        let plan = Plan::new(&run.scenario);
        let n = run.paths as usize;
        let share = |count: u32| f64::from(count) / f64::from(run.paths);
        let values = &mut run.values;
        let indicators = INDICATORS
            .iter()
            .enumerate()
            .map(|(i, spec)| {
                let mut bands = [Band::point(0.0); POINTS];
                for (t, slot) in bands.iter_mut().enumerate() {
                    let start = (i * POINTS + t) * n;
                    *slot = band_of_keys(&mut values[start..start + n]);
                }
                IndicatorFan {
                    id: spec.id,
                    deterministic: plan.deterministic[i],
                    bands,
                    target: plan.targets[i],
                    chance: share(run.met[i]),
                }
            })
            .collect();
        let fan = Fan { indicators, chance_all: share(run.met_all), paths: run.paths, seed: plan.seed };
        self.values = std::mem::take(&mut run.values);
        fan
    }
}

/// A Monte Carlo run under way (see [`Simulator::start`]): the generator's
/// state, the paths drawn so far and their values. Not `Clone`: a copy
/// would carry the whole buffer of values.
#[derive(Debug)]
pub struct Run {
    scenario: Scenario,
    rng: Rng,
    /// Paths drawn so far.
    drawn: u32,
    /// Paths to draw in all.
    paths: u32,
    /// Paths meeting each target, by indicator, and every target.
    met: [u32; INDICATOR_COUNT],
    met_all: u32,
    /// The paths' values as [`order_key`]s, laid out as in [`Simulator`].
    values: Vec<i64>,
}

impl Run {
    /// Draws up to `paths` more paths; true once every path is drawn.
    pub fn step(&mut self, paths: u32) -> bool {
        let count = paths.min(self.paths - self.drawn);
        if count > 0 {
            let plan = Plan::new(&self.scenario);
            let n = self.paths as usize;
            let (values, met, met_all) = (&mut self.values, &mut self.met, &mut self.met_all);
            let mut path = self.drawn as usize;
            plan.draw_paths(&mut self.rng, count, |inputs, baselines| {
                let mut all = true;
                for (i, spec) in INDICATORS.iter().enumerate() {
                    let (projected, _) = indicator_path(spec, plan.scenario, baselines[i], inputs);
                    let base = i * POINTS * n + path;
                    values[base] = order_key(baselines[i]);
                    for (t, value) in projected.iter().enumerate() {
                        values[base + (t + 1) * n] = order_key(*value);
                    }
                    let reached = meets(spec, projected[YEARS - 1], plan.targets[i]);
                    met[i] += u32::from(reached);
                    all &= reached;
                }
                *met_all += u32::from(all);
                path += 1;
            });
            self.drawn += count;
        }
        self.is_done()
    }

    /// Whether every path has been drawn.
    pub fn is_done(&self) -> bool {
        self.drawn == self.paths
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }
}

/// Whether a 2030 value meets the target: the rule the status uses.
fn meets(spec: &IndicatorSpec, value_2030: f64, target: f64) -> bool {
    spec.reaches(value_2030, target)
}

/// The fan of `scenario`, with fresh buffers.
pub fn simulate(scenario: &Scenario) -> Fan {
    Simulator::new().run(scenario)
}
