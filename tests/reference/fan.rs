//! A checked-in Monte Carlo result: the same scenario and seed must give
//! these exact bits natively (`tests/uncertainty.rs`, which rewrites the
//! file with `UPDATE_REFERENCE=1`) and in the browser (`tests/web.rs`).

use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::model::uncertainty::{Fan, Range, Spread};
use lotrinh::scenario::Scenario;

/// The committed digest.
pub const EXPECTED: &str = include_str!("fan.txt");

/// A scenario that exercises every kind of draw: per-year and whole levers,
/// asymmetric and custom spreads, a custom baseline range, custom targets
/// and seed.
pub fn scenario() -> Scenario {
    let mut s = Scenario::default();
    for (year, value) in [12.0, 14.0, 16.0, 18.0, 20.0].into_iter().enumerate() {
        s.set_year(LeverId::DigitalGrowth, year, value);
    }
    s.set_whole(LeverId::ServicesSpeed, 45.0);
    // Targets that some paths meet and some do not, so every chance is interior.
    s.set_target(IndicatorId::DigitalEconomy, Some(21.0));
    s.set_target(IndicatorId::DigitalWorkforce, Some(2.7));
    s.set_target(IndicatorId::OnlineServices, Some(98.0));
    s.set_target(IndicatorId::RecordsDigitisation, Some(80.0));
    s.uncertainty.set_spread(LeverId::DigitalWorkforceGrowth, Spread { below: 1.5, above: 3.0 });
    s.uncertainty.set_spread(LeverId::RecordsCeiling, Spread { below: 4.0, above: 0.0 });
    s.uncertainty.set_range(IndicatorId::RecordsDigitisation, Range { low: 35.0, high: 38.0 });
    s.uncertainty.set_seed(57);
    s.uncertainty.set_paths(2000);
    s
}

/// Every percentile and chance of a fan as the hex of its bits, one
/// indicator a line.
pub fn digest(fan: &Fan) -> String {
    let mut out = String::new();
    for f in &fan.indicators {
        out.push_str(f.id.key());
        out.push_str(&format!(" chance={:016x}", f.chance.to_bits()));
        for band in &f.bands {
            for q in band.as_array() {
                out.push_str(&format!(" {:016x}", q.to_bits()));
            }
        }
        out.push('\n');
    }
    out.push_str(&format!("all chance={:016x}\n", fan.chance_all.to_bits()));
    out
}
