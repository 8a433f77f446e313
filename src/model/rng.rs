//! A seeded, portable pseudo-random number generator for the Monte Carlo
//! engine: the same seed gives bit-identical numbers natively and in the
//! browser (wasm32).
//!
//! - [`SplitMix64`] expands a 64-bit seed into the generator's state, as the
//!   authors of xoshiro recommend.
//! - [`Rng`] is xoshiro256** (Blackman and Vigna, 2018): fast, 256 bits of
//!   state, passes BigCrush; integer arithmetic only, so it is portable.
//! - [`Rng::uniform`] takes the top 53 bits: a multiple of 2⁻⁵³ in [0, 1).
//! - [`Rng::standard_normal`] is Marsaglia's polar method. It needs a
//!   logarithm, and the platform's `ln` is not guaranteed to give the same
//!   last bit on every target (glibc natively, a libm port in wasm), so the
//!   logarithm is [`portable_ln`], written here with only `+ − × ÷` and the
//!   correctly rounded `sqrt`, which IEEE 754 defines exactly on every target.

/// SplitMix64 (Steele, Lea and Flood, 2014), used to seed [`Rng`].
///
/// `z = state += 0x9E3779B97F4A7C15; z = (z ⊕ z≫30)·0xBF58476D1CE4E5B9;
/// z = (z ⊕ z≫27)·0x94D049BB133111EB; return z ⊕ z≫31`.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// xoshiro256** with a cached second normal deviate.
#[derive(Debug, Clone)]
pub struct Rng {
    state: [u64; 4],
    /// The polar method makes normals in pairs; the second waits here.
    spare_normal: Option<f64>,
}

impl Rng {
    /// A generator whose state is four outputs of [`SplitMix64`] from `seed`
    /// (never all zero, which xoshiro cannot leave).
    pub fn new(seed: u64) -> Self {
        let mut seeder = SplitMix64::new(seed);
        let state = [seeder.next_u64(), seeder.next_u64(), seeder.next_u64(), seeder.next_u64()];
        Self { state, spare_normal: None }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A uniform number in [0, 1): the top 53 bits times 2⁻⁵³.
    pub fn uniform(&mut self) -> f64 {
        const SCALE: f64 = 1.0 / (1u64 << 53) as f64;
        (self.next_u64() >> 11) as f64 * SCALE
    }

    /// A standard normal deviate (mean 0, variance 1), by Marsaglia's polar
    /// method: draw (u, v) uniform in the square (−1, 1)², keep the pair when
    /// `s = u² + v²` lies in (0, 1), and return `u·√(−2 ln s / s)`, keeping
    /// `v·√(−2 ln s / s)` for the next call.
    pub fn standard_normal(&mut self) -> f64 {
        if let Some(spare) = self.spare_normal.take() {
            return spare;
        }
        loop {
            let u = 2.0 * self.uniform() - 1.0;
            let v = 2.0 * self.uniform() - 1.0;
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                let factor = (-2.0 * portable_ln(s) / s).sqrt();
                self.spare_normal = Some(v * factor);
                return u * factor;
            }
        }
    }
}

/// The natural logarithm with only `+ − × ÷`, so it gives the same bits on
/// every target: fdlibm's `__ieee754_log` (Sun Microsystems, 1993), which
/// is accurate to less than one unit in the last place.
///
/// `x = m · 2^k` with `m` in [√½, √2) and `f = m − 1`; with `s = f/(2 + f)`,
/// `ln m = 2 atanh s = f − s(f − R(s²))`, where `R` is fdlibm's degree-14
/// minimax polynomial (coefficients Lg1–Lg7, evaluated in two halves);
/// `ln x = k · ln 2 + ln m`, with ln 2 split in a high part that `k`
/// multiplies exactly and a low part.
///
/// Returns NaN for negative or NaN input, −∞ for zero, +∞ for +∞.
pub fn portable_ln(x: f64) -> f64 {
    const LN2_HI: f64 = 6.931_471_803_691_238e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
    const SQRT_2: f64 = std::f64::consts::SQRT_2;
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    // Subnormals: scale into the normal range first.
    let (x, mut exponent) = if x < f64::MIN_POSITIVE { (x * (1u64 << 54) as f64, -54i32) } else { (x, 0) };
    let bits = x.to_bits();
    exponent += ((bits >> 52) & 0x7FF) as i32 - 1023;
    let mut m = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | (1023u64 << 52));
    if m > SQRT_2 {
        m /= 2.0;
        exponent += 1;
    }
    // fdlibm's coefficients, by their bits (exact on every target).
    let lg = [
        f64::from_bits(0x3FE5_5555_5555_5593),
        f64::from_bits(0x3FD9_9999_9997_FA04),
        f64::from_bits(0x3FD2_4924_9422_9359),
        f64::from_bits(0x3FCC_71C5_1D8E_78AF),
        f64::from_bits(0x3FC7_4664_96CB_03DE),
        f64::from_bits(0x3FC3_9A09_D078_C69F),
        f64::from_bits(0x3FC2_F112_DF3E_5244),
    ];
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (lg[1] + w * (lg[3] + w * lg[5]));
    let t2 = z * (lg[0] + w * (lg[2] + w * (lg[4] + w * lg[6])));
    let r = t2 + t1;
    let k = f64::from(exponent);
    k * LN2_HI - ((s * (f - r) - k * LN2_LO) - f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_and_xoshiro_match_the_reference_c_code() {
        // Values printed by the authors' reference C code (splitmix64.c and
        // xoshiro256starstar.c, seeded with four splitmix64 outputs of 2030).
        assert_eq!(SplitMix64::new(0).next_u64(), 16_294_208_416_658_607_535);
        let mut rng = Rng::new(2030);
        let first: Vec<u64> = (0..5).map(|_| rng.next_u64()).collect();
        assert_eq!(
            first,
            [
                15_524_688_007_138_687_818,
                4_050_664_895_745_844_768,
                1_598_077_098_407_157_501,
                4_700_504_965_969_619_761,
                12_597_154_118_241_365_942,
            ]
        );
    }

    #[test]
    fn uniform_is_in_the_unit_interval() {
        let mut rng = Rng::new(1);
        for _ in 0..10_000 {
            let u = rng.uniform();
            assert!((0.0..1.0).contains(&u));
        }
    }

    #[test]
    fn ln2_parts_are_fdlibms() {
        assert_eq!(6.931_471_803_691_238e-1f64.to_bits(), 0x3FE6_2E42_FEE0_0000);
        assert_eq!(1.908_214_929_270_587_7e-10f64.to_bits(), 0x3DEA_39EF_3579_3C76);
    }

    #[test]
    fn portable_ln_agrees_with_the_platform() {
        let mut rng = Rng::new(7);
        for i in 0..20_000 {
            // Log-uniform over many decades, plus the interval the polar method uses.
            let x = if i % 2 == 0 { rng.uniform() } else { 10f64.powf(rng.uniform() * 40.0 - 20.0) };
            if x == 0.0 {
                continue;
            }
            let (ours, platform) = (portable_ln(x), x.ln());
            let tolerance = 4.0 * f64::EPSILON * platform.abs().max(1e-300);
            assert!((ours - platform).abs() <= tolerance, "ln({x:e}): {ours:e} vs {platform:e}");
        }
        assert_eq!(portable_ln(1.0), 0.0);
        assert!(portable_ln(-1.0).is_nan() && portable_ln(f64::NAN).is_nan());
        assert_eq!(portable_ln(0.0), f64::NEG_INFINITY);
        assert_eq!(portable_ln(f64::INFINITY), f64::INFINITY);
        let tiny = 5e-324;
        assert!((portable_ln(tiny) - tiny.ln()).abs() < 1e-12);
    }

    #[test]
    fn normals_have_the_right_moments_and_tails() {
        let mut rng = Rng::new(42);
        let n = 200_000;
        let draws: Vec<f64> = (0..n).map(|_| rng.standard_normal()).collect();
        let mean = draws.iter().sum::<f64>() / n as f64;
        let variance = draws.iter().map(|z| (z - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance.
        assert!(mean.abs() < 0.01, "{mean}");
        assert!((variance - 1.0).abs() < 0.015, "{variance}");
        // P(Z > 1.6449) = 5 %, standard error √(0.05·0.95/n) ≈ 0.0005.
        let upper = draws.iter().filter(|z| **z > 1.644_853_626_951_472_2).count() as f64 / n as f64;
        assert!((upper - 0.05).abs() < 0.002, "{upper}");
        let lower = draws.iter().filter(|z| **z < -1.0).count() as f64 / n as f64;
        assert!((lower - 0.158_655_253_931_457).abs() < 0.003, "{lower}");
    }

    #[test]
    fn the_same_seed_gives_the_same_stream() {
        let (mut a, mut b) = (Rng::new(99), Rng::new(99));
        for _ in 0..1000 {
            assert_eq!(a.standard_normal().to_bits(), b.standard_normal().to_bits());
        }
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    }
}
