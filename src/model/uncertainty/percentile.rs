//! Percentiles of a sample without sorting it: only the order statistics the
//! five percentiles need are put in place, with `select_nth_unstable`.

use serde::Serialize;

/// The percentiles a fan chart draws, at one year: the median, the 50 %
/// band (25th–75th) and the 90 % band (5th–95th).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Band {
    /// 5th percentile.
    pub p05: f64,
    /// 25th percentile.
    pub p25: f64,
    /// Median.
    pub p50: f64,
    /// 75th percentile.
    pub p75: f64,
    /// 95th percentile.
    pub p95: f64,
}

impl Band {
    /// A band of one value (every percentile equal).
    pub fn point(value: f64) -> Band {
        Band { p05: value, p25: value, p50: value, p75: value, p95: value }
    }

    /// The five percentiles, lowest first.
    pub fn as_array(&self) -> [f64; 5] {
        [self.p05, self.p25, self.p50, self.p75, self.p95]
    }
}

/// The probabilities of the five percentiles of a [`Band`].
pub const LEVELS: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

/// The key that orders numbers as `f64::total_cmp` does, as a plain
/// integer: selecting on integers is much cheaper than calling a comparison
/// per step (notably in wasm at opt-level "z"). [`from_key`] inverts it.
pub fn order_key(value: f64) -> i64 {
    let bits = value.to_bits() as i64;
    // Negative numbers: flip every bit but the sign, so they order downwards.
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

/// The number behind an [`order_key`].
pub fn from_key(key: i64) -> f64 {
    f64::from_bits((key ^ (((key >> 63) as u64) >> 1) as i64) as u64)
}

/// The percentiles of `sample` (NaN-free, not empty); see [`band_of_keys`].
pub fn band(sample: &[f64]) -> Band {
    let mut keys: Vec<i64> = sample.iter().copied().map(order_key).collect();
    band_of_keys(&mut keys)
}

/// The percentiles of the numbers whose [`order_key`]s are `keys`
/// (reordered in place; not empty).
///
/// Each is the linear interpolation between order statistics that R calls
/// type 7 and NumPy calls "linear": with `h = (n − 1)·p`, `k = ⌊h⌋`,
/// `q = x₍ₖ₎ + (h − k)·(x₍ₖ₊₁₎ − x₍ₖ₎)`. Written as a difference so that equal
/// neighbours give exactly their value: a sample of identical values has
/// every percentile equal to that value, bit for bit.
pub fn band_of_keys(keys: &mut [i64]) -> Band {
    let n = keys.len();
    assert!(n > 0, "percentiles of an empty sample");
    let rank = |p: f64| ((n - 1) as f64 * p).floor() as usize;
    let ranks = LEVELS.map(rank);
    // Put x(k) in place for the five ranks (ascending, maybe repeated) ...
    select_many(keys, 0, &ranks);
    // ... then x(k + 1) is the least value between rank k and the next rank
    // placed (or the end): everything there is at least x(k). A scan is
    // cheaper than another selection.
    let next = |i: usize| {
        let k = ranks[i];
        if k + 1 >= n {
            return keys[k];
        }
        let end = ranks[i + 1..].iter().copied().find(|r| *r > k).unwrap_or(n - 1);
        keys[k + 1..=end].iter().copied().min().unwrap_or(keys[k])
    };
    let quantile = |i: usize| {
        let h = (n - 1) as f64 * LEVELS[i];
        let k = ranks[i];
        let (low, high) = (from_key(keys[k]), from_key(next(i)));
        low + (h - k as f64) * (high - low)
    };
    Band { p05: quantile(0), p25: quantile(1), p50: quantile(2), p75: quantile(3), p95: quantile(4) }
}

/// Puts the order statistics at `ranks` (ascending, repeats allowed;
/// positions in the whole sample, of which `part` starts at `offset`) in
/// their places: selects the middle one, then recurses into each side.
/// No allocation.
fn select_many(part: &mut [i64], offset: usize, ranks: &[usize]) {
    let Some(&at) = ranks.get(ranks.len() / 2) else {
        return;
    };
    let middle = ranks.len() / 2;
    let local = at - offset;
    part.select_nth_unstable(local);
    let (left, right) = part.split_at_mut(local);
    let below = ranks[..middle].iter().take_while(|r| **r < at).count();
    let above = ranks[middle + 1..].iter().skip_while(|r| **r == at).count();
    select_many(left, offset, &ranks[..below]);
    select_many(&mut right[1..], at + 1, &ranks[ranks.len() - above..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_quantile(sorted: &[f64], p: f64) -> f64 {
        let h = (sorted.len() - 1) as f64 * p;
        let k = h.floor() as usize;
        let high = sorted[(k + 1).min(sorted.len() - 1)];
        sorted[k] + (h - k as f64) * (high - sorted[k])
    }

    #[test]
    fn matches_sorting_for_many_sizes() {
        let mut state = 12345u64;
        for n in 1..300 {
            let sample: Vec<f64> = (0..n)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    // Many ties: values on a coarse grid.
                    ((state >> 40) % 50) as f64 / 7.0
                })
                .collect();
            let mut sorted = sample.clone();
            sorted.sort_by(f64::total_cmp);
            let band = band(&sample);
            for (got, p) in band.as_array().iter().zip(LEVELS) {
                assert_eq!(got.to_bits(), sorted_quantile(&sorted, p).to_bits(), "n={n} p={p}");
            }
        }
    }

    #[test]
    fn known_values_and_constant_samples() {
        // 0, 1, …, 100: the p-th percentile is 100·p.
        let sample: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        assert_eq!(band(&sample), Band { p05: 5.0, p25: 25.0, p50: 50.0, p75: 75.0, p95: 95.0 });
        assert_eq!(band(&[0.1 + 0.2; 999]), Band::point(0.1 + 0.2));
        assert_eq!(band(&[7.5]), Band::point(7.5));
        assert_eq!(band(&[-2.0, -1.0, -0.0, 0.0, 3.0]).p50, -0.0);
    }

    #[test]
    fn keys_order_like_total_cmp_and_invert() {
        let values = [f64::NEG_INFINITY, -1e300, -2.5, -0.0, 0.0, 1e-310, 2.5, 1e300, f64::INFINITY];
        for pair in values.windows(2) {
            assert!(order_key(pair[0]) < order_key(pair[1]), "{pair:?}");
        }
        for v in values {
            assert_eq!(from_key(order_key(v)).to_bits(), v.to_bits());
        }
    }
}
