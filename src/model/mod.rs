//! The projection model: plain data in, plain data out.
//!
//! Nothing in this module (or below it) touches the browser, so it builds and
//! is tested natively with `cargo test`. The web layer adapts it; it never
//! reaches into it.
//!
//! - [`levers`] and [`indicators`] are the declarative tables: every lever and
//!   indicator is described once there, with its range, default and source.
//! - [`curves`] holds the two path families (growth ratio and gap closing)
//!   with their closed-form inverses.
//! - [`scenario`] is the model's input: the one serde, versioned `Scenario`
//!   type, keyed by the lever and indicator tables.
//! - [`projection`] runs a [`Scenario`](scenario::Scenario) through the
//!   curves and derives what the app shows for every indicator.
//! - [`rng`], [`uncertainty`], [`sensitivity`] and [`goal_seek`]: the seeded
//!   Monte Carlo around the projection, the tornado and "what does it take?".

pub mod curves;
pub mod economy;
pub mod goal_seek;
pub mod indicators;
pub mod levers;
pub mod monitoring;
pub mod projection;
pub mod rng;
pub mod scenario;
pub mod sensitivity;
pub mod shapes;
pub mod small_sort;
pub mod sorted_map;
pub mod sources;
pub mod status;
pub mod targets;
pub mod uncertainty;

/// The last year with reported figures: the projection starts from its end.
pub const BASE_YEAR: u16 = 2025;
/// The last projected year, the year the national targets fall due.
pub const TARGET_YEAR: u16 = 2030;
/// Number of projected years, 2026 to 2030.
pub const YEARS: usize = (TARGET_YEAR - BASE_YEAR) as usize;

/// The projected years, 2026 to 2030, in order.
pub fn projected_years() -> impl Iterator<Item = u16> + Clone {
    BASE_YEAR + 1..=TARGET_YEAR
}
