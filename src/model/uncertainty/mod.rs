//! Uncertainty around the projection: which inputs are uncertain and by how
//! much ([`inputs`]), the seeded Monte Carlo engine that draws N paths from
//! them ([`monte_carlo`]), the percentiles of its fans ([`percentile`]), and
//! the section of `docs/model.md` that documents it all ([`docs`]).
//!
//! Pure: no web crates, randomness only from the scenario's seed, so the
//! same scenario gives bit-identical fans natively and in the browser.

pub mod docs;
pub mod inputs;
pub mod monte_carlo;
pub mod percentile;

pub use inputs::{Range, Spread, UncertainInput, Uncertainty};
pub use monte_carlo::{simulate, Fan, IndicatorFan, Simulator};
pub use percentile::Band;
