//! Times the Monte Carlo engine natively: the default scenario's 10,000
//! paths × 5 years × 4 indicators, with percentiles and chances, on one
//! reused simulator. Prints the median and the fastest of 50 runs.
//! `scripts/bench.sh` runs it in release and reports the figure beside the
//! browser's; it is a benchmark, never a test.

use std::time::Instant;

use lotrinh::model::uncertainty::Simulator;
use lotrinh::scenario::Scenario;

fn main() {
    let scenario = Scenario::default();
    let mut simulator = Simulator::new();
    // Warm up the buffers and caches.
    let fan = simulator.run(&scenario);
    let mut times: Vec<f64> = (0..50)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(simulator.run(std::hint::black_box(&scenario)));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "monte_carlo_native_ms median={:.2} min={:.2} paths={} chance_all={:.4}",
        times[times.len() / 2],
        times[0],
        fan.paths,
        fan.chance_all
    );
}
