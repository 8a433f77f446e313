//! The uncertain inputs, described once: a spread for every lever that moves
//! a share, and a range for every baseline. The Monte Carlo engine, the
//! tornado, the codec, the docs and the tests iterate over [`LEVER_SPREADS`]
//! and [`BASELINE_RANGES`]; a scenario stores only the spreads and ranges a
//! planner changed ([`Uncertainty`]).

use serde::{Deserialize, Serialize};

use crate::model::indicators::{IndicatorId, SERVICES_FULL, SERVICES_TOTAL};
use crate::model::levers::{LeverId, LeverSpec};
use crate::model::sorted_map::SortedMap;
use crate::model::sources::{self, Bilingual, Source};

/// The standard normal quantile of 95 %: a lever's spread gives its 5th and
/// 95th percentiles, `value − below` and `value + above`, so the scale of
/// each half of the distribution is `below / Z90` and `above / Z90`.
pub const Z90: f64 = 1.644_853_626_951_472_2;

/// Paths drawn when the scenario does not say.
pub const DEFAULT_PATHS: u32 = 10_000;
/// Fewest paths a scenario may ask for: below this the 5th and 95th
/// percentiles rest on a handful of paths.
pub const MIN_PATHS: u32 = 100;
/// Most paths a scenario may ask for, so that a link cannot freeze the page
/// (100,000 paths take about ten times the default's time).
pub const MAX_PATHS: u32 = 100_000;
/// The seed when the scenario does not say. Any fixed number would do: it
/// makes the bands of a default scenario the same on every machine.
pub const DEFAULT_SEED: u64 = 2030;
/// Largest seed: 2⁵³ − 1, the largest whole number every JSON reader
/// (JavaScript included) keeps exactly.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// A lever's spread around its value, in the lever's unit: the 90 % range
/// of the lever is `value − below` to `value + above`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spread {
    /// Distance from the value down to the 5th percentile, ≥ 0.
    pub below: f64,
    /// Distance from the value up to the 95th percentile, ≥ 0.
    pub above: f64,
}

impl Spread {
    /// No uncertainty.
    pub const ZERO: Spread = Spread { below: 0.0, above: 0.0 };

    /// The most each side may be: half the lever's range.
    pub fn bound(spec: &LeverSpec) -> f64 {
        (spec.max - spec.min) / 2.0
    }

    /// Each side clamped into 0 ..= [`Spread::bound`]; a side that is not a
    /// number becomes the default's. Returns the spread and whether it changed.
    pub fn clamped(self, lever: LeverId) -> (Spread, bool) {
        let bound = Spread::bound(lever.spec());
        let default = default_spread(lever);
        let side =
            |given: f64, fallback: f64| if given.is_finite() { given.clamp(0.0, bound) } else { fallback };
        let used = Spread { below: side(self.below, default.below), above: side(self.above, default.above) };
        (used, used.below.to_bits() != self.below.to_bits() || used.above.to_bits() != self.above.to_bits())
    }
}

/// A baseline's range, %: the value at the end of 2025 lies between `low`
/// and `high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// Lowest plausible value, %.
    pub low: f64,
    /// Highest plausible value, %.
    pub high: f64,
}

impl Range {
    /// A range of one value.
    pub const fn point(value: f64) -> Range {
        Range { low: value, high: value }
    }

    /// Whether the range can be used: both ends numbers within 0–100 % and
    /// `low ≤ high`.
    pub fn is_valid(self) -> bool {
        self.low.is_finite()
            && self.high.is_finite()
            && 0.0 <= self.low
            && self.low <= self.high
            && self.high <= 100.0
    }

    /// The range the engine draws from: widened, if need be, to hold the
    /// baseline the projection starts from, so the deterministic path never
    /// lies outside the bands at 2025.
    pub fn holding(self, baseline: f64) -> Range {
        Range { low: self.low.min(baseline), high: self.high.max(baseline) }
    }
}

/// A lever's default spread, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeverSpreadSpec {
    /// The lever.
    pub lever: LeverId,
    /// Its spread when the scenario does not set one.
    pub default: Spread,
    /// Where the spread comes from ([`sources::ASSUMPTION`] when nowhere).
    pub source: Source,
    /// Why this spread, shown in the sources panel and `docs/model.md`.
    pub reasoning: Bilingual,
}

/// A baseline's default range, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BaselineRangeSpec {
    /// The indicator.
    pub indicator: IndicatorId,
    /// Its range when the scenario does not set one.
    pub default: Range,
    /// Where the ends come from.
    pub source: Source,
    /// Why this range.
    pub reasoning: Bilingual,
}

/// The unsourced growth and speed levers get a 90 % range of ± one third of
/// their default (rounded to the step): twice the relative width of the one
/// sourced range (GRDP, 3.4 points on 10 %), because no provincial series
/// exists for them at all.
const ONE_THIRD_RULE: Bilingual = Bilingual {
    vi: "Giả định: chưa có chuỗi số liệu của tỉnh. Khoảng 90 % là ± một phần ba giá trị mặc định (làm tròn theo bước), rộng gấp đôi (tương đối) khoảng có nguồn của GRDP (3,4 điểm trên 10 %), vì chỉ tiêu này không có chuỗi số liệu nào.",
    en: "Assumption: no provincial series exists. The 90% range is ± one third of the default (rounded to the step), twice the relative width of GRDP's sourced range (3.4 points on 10%), because there is no series for this lever at all.",
};

/// Every lever that moves a share, with its default spread, in draw order.
/// The labour-force size is absent on purpose: it only scales head counts,
/// and the bands are drawn for the shares.
pub const LEVER_SPREADS: &[LeverSpreadSpec] = &[
    LeverSpreadSpec {
        lever: LeverId::GrdpGrowth,
        default: Spread { below: 1.5, above: 1.9 },
        source: sources::MERGED_PROVINCES_GROWTH,
        reasoning: Bilingual {
            vi: "Có nguồn: tăng trưởng gần đây của ba tỉnh hợp nhất trải từ 8,5 % đến 11,9 %. Ở mức mặc định 10 %, khoảng 90 % là 8,5–11,9 %; độ rộng này (−1,5/+1,9 điểm) được giữ quanh mọi giá trị người lập kế hoạch chọn.",
            en: "Sourced: recent growth of the three merged provinces ran from 8.5% to 11.9%. At the default 10% the 90% range is 8.5–11.9%; the same width (−1.5/+1.9 points) is kept around any value the planner sets.",
        },
    },
    LeverSpreadSpec {
        lever: LeverId::DigitalGrowth,
        default: Spread { below: 5.0, above: 5.0 },
        source: sources::ASSUMPTION,
        reasoning: ONE_THIRD_RULE,
    },
    LeverSpreadSpec {
        lever: LeverId::NonDigitalGrowth,
        default: Spread { below: 1.5, above: 1.9 },
        source: sources::ASSUMPTION,
        reasoning: Bilingual {
            vi: "Giả định: chỉ dùng khi GRDP tính từ hai phần. Phần ngoài kinh tế số là khoảng 85 % GRDP, nên độ bất định của nó được lấy bằng độ rộng có nguồn của tăng trưởng GRDP (−1,5/+1,9 điểm).",
            en: "Assumption: used only when GRDP is built from its parts. The rest of the economy is about 85% of GRDP, so its uncertainty is taken as the sourced width of GRDP growth (−1.5/+1.9 points).",
        },
    },
    LeverSpreadSpec {
        lever: LeverId::DigitalWorkforceGrowth,
        default: Spread { below: 2.0, above: 2.0 },
        source: sources::ASSUMPTION,
        reasoning: ONE_THIRD_RULE,
    },
    LeverSpreadSpec {
        lever: LeverId::LabourForceGrowth,
        default: Spread { below: 0.5, above: 0.5 },
        source: sources::ASSUMPTION,
        reasoning: Bilingual {
            vi: "Giả định: tốc độ gần 0 nên một phần ba của nó sẽ là độ chính xác không ai có. ±0,5 điểm bao cả lực lượng lao động đứng yên (0 %) lẫn tăng gấp đôi (1 %).",
            en: "Assumption: the rate is near zero, so one third of it would claim a precision no one has. ±0.5 points covers a labour force that stalls (0%) or grows twice as fast (1%).",
        },
    },
    LeverSpreadSpec {
        lever: LeverId::ServicesSpeed,
        default: Spread { below: 10.0, above: 10.0 },
        source: sources::ASSUMPTION,
        reasoning: ONE_THIRD_RULE,
    },
    LeverSpreadSpec {
        lever: LeverId::ServicesCeiling,
        default: Spread::ZERO,
        source: sources::ASSUMPTION,
        reasoning: CEILING_REASONING,
    },
    LeverSpreadSpec {
        lever: LeverId::RecordsSpeed,
        default: Spread { below: 7.0, above: 7.0 },
        source: sources::ASSUMPTION,
        reasoning: ONE_THIRD_RULE,
    },
    LeverSpreadSpec {
        lever: LeverId::RecordsCeiling,
        default: Spread::ZERO,
        source: sources::ASSUMPTION,
        reasoning: CEILING_REASONING,
    },
];

const CEILING_REASONING: Bilingual = Bilingual {
    vi: "Giả định: trần là lựa chọn chính sách của người lập kế hoạch, không phải số ước lượng, nên mặc định không có độ phân tán. Với trần 100 % và chỉ tiêu 100 %, mọi độ phân tán phía dưới sẽ làm chỉ tiêu không thể đạt ở khoảng một nửa số đường; hãy đặt một độ phân tán để thử tác động đó.",
    en: "Assumption: the ceiling is the planner's policy choice, not an estimate, so by default it has no spread. With a 100% ceiling and a 100% target, any spread below would make the target unreachable in about half of the paths by construction; set one to test that effect.",
};

/// Every baseline, with its default range, in draw order.
pub const BASELINE_RANGES: &[BaselineRangeSpec] = &[
    BaselineRangeSpec {
        indicator: IndicatorId::DigitalEconomy,
        default: Range { low: 14.02, high: 15.0 },
        source: sources::GSO_DIGITAL_SHARE,
        reasoning: Bilingual {
            vi: "Các nguồn khác nhau: 15 % là số ước tính cuối năm của tỉnh (và cần tăng 3 điểm trong một quý từ 12 % hết tháng 9); số chính thức của Cục Thống kê cho cả nước năm 2025 là 14,02 %. Rút đều giữa hai số; không nguồn nào đặt tỉnh trên số ước tính của chính tỉnh.",
            en: "The sources disagree: 15% is the province's year-end estimate (and needs 3 points in one quarter from the 12% measured to September); the statistics office's national figure for 2025 is 14.02%. Drawn uniformly between the two; no source puts the province above its own estimate.",
        },
    },
    BaselineRangeSpec {
        indicator: IndicatorId::DigitalWorkforce,
        default: Range { low: 1.8, high: 2.0 },
        source: sources::ASSUMPTION,
        reasoning: Bilingual {
            vi: "Giả định: báo cáo ghi “gần 2 %”. Đọc là từ 1,8 % đến 2 %: một số thấp hơn thường được nói là “hơn 1,5 %” hoặc nêu thẳng.",
            en: "Assumption: the report says “nearly 2%”. Read as 1.8% to 2%: a lower figure would more likely be given as “over 1.5%” or stated outright.",
        },
    },
    BaselineRangeSpec {
        indicator: IndicatorId::OnlineServices,
        default: Range { low: 64.1, high: SERVICES_FULL / SERVICES_TOTAL * 100.0 },
        source: sources::THANH_TRA,
        reasoning: Bilingual {
            vi: "Các nguồn khác nhau: báo cáo ghi 64,1 %, còn 1.415/2.107 = 67,2 %. Không biết số nào đúng, nên rút đều giữa hai số.",
            en: "The sources disagree: the report states 64.1%, while 1,415/2,107 = 67.2%. Nothing says which is right, so drawn uniformly between the two.",
        },
    },
    BaselineRangeSpec {
        indicator: IndicatorId::RecordsDigitisation,
        default: Range::point(36.84),
        source: sources::THANH_TRA,
        reasoning: Bilingual {
            vi: "Một nguồn, không có số khác: 36,84 %, không có khoảng.",
            en: "One source and no other figure: 36.84%, no range.",
        },
    },
];

/// Something uncertain: a lever's value or an indicator's 2025 baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UncertainInput {
    /// A lever, moved by its spread.
    Lever(LeverId),
    /// An indicator's baseline, moved within its range.
    Baseline(IndicatorId),
}

impl UncertainInput {
    /// Every uncertain input, in draw order: the levers of
    /// [`LEVER_SPREADS`], then the baselines of [`BASELINE_RANGES`].
    pub fn all() -> impl Iterator<Item = UncertainInput> {
        LEVER_SPREADS
            .iter()
            .map(|s| UncertainInput::Lever(s.lever))
            .chain(BASELINE_RANGES.iter().map(|r| UncertainInput::Baseline(r.indicator)))
    }
}

/// The default spread of a lever; zero for a lever without one.
pub fn default_spread(lever: LeverId) -> Spread {
    LEVER_SPREADS.iter().find(|s| s.lever == lever).map_or(Spread::ZERO, |s| s.default)
}

/// Whether the lever has a spread (moves a share).
pub fn has_spread(lever: LeverId) -> bool {
    LEVER_SPREADS.iter().any(|s| s.lever == lever)
}

/// The default range of a baseline.
pub fn default_range(indicator: IndicatorId) -> Range {
    BASELINE_RANGES
        .iter()
        .find(|r| r.indicator == indicator)
        .map_or(Range::point(indicator.spec().baseline), |r| r.default)
}

/// The uncertainty settings of a scenario: spreads and ranges that differ
/// from the tables, the seed and the number of paths. Everything absent
/// takes its default, so a scenario saved before this existed loads as the
/// defaults.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Uncertainty {
    /// Lever spreads that differ from [`LEVER_SPREADS`].
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub spreads: SortedMap<LeverId, Spread>,
    /// Baseline ranges that differ from [`BASELINE_RANGES`].
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub ranges: SortedMap<IndicatorId, Range>,
    /// The seed of the draws; [`DEFAULT_SEED`] when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// The number of paths; [`DEFAULT_PATHS`] when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paths: Option<u32>,
}

impl Uncertainty {
    /// Settings with every spread and range at zero: the draws reproduce the
    /// deterministic projection.
    pub fn none() -> Self {
        let mut none = Uncertainty::default();
        for spec in LEVER_SPREADS {
            none.set_spread(spec.lever, Spread::ZERO);
        }
        for spec in BASELINE_RANGES {
            let baseline = spec.indicator.spec().baseline;
            none.set_range(spec.indicator, Range::point(baseline));
        }
        none
    }

    /// Whether everything is at its default (nothing to store or link).
    pub fn is_default(&self) -> bool {
        *self == Uncertainty::default()
    }

    /// The lever's spread in force: the stored one read as [`Spread::clamped`]
    /// would keep it, else the default.
    pub fn spread(&self, lever: LeverId) -> Spread {
        match self.spreads.get(&lever) {
            Some(spread) if has_spread(lever) => spread.clamped(lever).0,
            _ => default_spread(lever),
        }
    }

    /// Sets a lever's spread, clamped (see [`Spread::clamped`]); a spread
    /// equal to the default is not stored. Returns whether it was clamped.
    /// A lever without a spread (the labour-force size) is left alone.
    pub fn set_spread(&mut self, lever: LeverId, spread: Spread) -> bool {
        if !has_spread(lever) {
            return false;
        }
        let (used, changed) = spread.clamped(lever);
        if used == default_spread(lever) {
            self.spreads.remove(&lever);
        } else {
            self.spreads.insert(lever, used);
        }
        changed
    }

    /// The baseline's range in force: the stored one when valid, else the default.
    pub fn range(&self, indicator: IndicatorId) -> Range {
        match self.ranges.get(&indicator) {
            Some(range) if range.is_valid() => *range,
            _ => default_range(indicator),
        }
    }

    /// Sets a baseline's range. An invalid range (see [`Range::is_valid`]) is
    /// refused and `false` returned; one equal to the default is not stored.
    pub fn set_range(&mut self, indicator: IndicatorId, range: Range) -> bool {
        if !range.is_valid() {
            return false;
        }
        if range == default_range(indicator) {
            self.ranges.remove(&indicator);
        } else {
            self.ranges.insert(indicator, range);
        }
        true
    }

    /// The seed in force.
    pub fn seed(&self) -> u64 {
        self.seed.filter(|seed| *seed <= MAX_SEED).unwrap_or(DEFAULT_SEED)
    }

    /// Sets the seed; the default or one above [`MAX_SEED`] clears it.
    pub fn set_seed(&mut self, seed: u64) {
        self.seed = Some(seed).filter(|s| *s != DEFAULT_SEED && *s <= MAX_SEED);
    }

    /// The number of paths in force, within [`MIN_PATHS`] ..= [`MAX_PATHS`].
    pub fn paths(&self) -> u32 {
        self.paths.unwrap_or(DEFAULT_PATHS).clamp(MIN_PATHS, MAX_PATHS)
    }

    /// Sets the number of paths, clamped; returns whether it was clamped.
    pub fn set_paths(&mut self, paths: u32) -> bool {
        let used = paths.clamp(MIN_PATHS, MAX_PATHS);
        self.paths = Some(used).filter(|p| *p != DEFAULT_PATHS);
        used != paths
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LEVERS;

    #[test]
    fn every_share_lever_has_one_spread_and_every_baseline_one_range() {
        for spec in LEVERS {
            let count = LEVER_SPREADS.iter().filter(|s| s.lever == spec.id).count();
            let expected = usize::from(spec.id != LeverId::LabourForce);
            assert_eq!(count, expected, "{:?}", spec.id);
        }
        for id in IndicatorId::all() {
            assert_eq!(BASELINE_RANGES.iter().filter(|r| r.indicator == id).count(), 1, "{id:?}");
        }
    }

    #[test]
    fn defaults_are_within_bounds_and_hold_the_baseline() {
        for spec in LEVER_SPREADS {
            let (used, changed) = spec.default.clamped(spec.lever);
            assert!(!changed && used == spec.default, "{:?}", spec.lever);
            // Spreads sit on the lever's step grid, like the lever.
            let step = spec.lever.spec().step;
            for side in [spec.default.below, spec.default.above] {
                assert!(((side / step) - (side / step).round()).abs() < 1e-9, "{:?}", spec.lever);
            }
            assert!(!spec.reasoning.en.is_empty() && !spec.reasoning.vi.is_empty());
        }
        for spec in BASELINE_RANGES {
            let baseline = spec.indicator.spec().baseline;
            assert!(spec.default.is_valid(), "{:?}", spec.indicator);
            assert_eq!(spec.default.holding(baseline), spec.default, "{:?}", spec.indicator);
        }
    }

    #[test]
    fn grdp_spread_spans_the_merged_provinces_growth() {
        let spread = default_spread(LeverId::GrdpGrowth);
        let default = LeverId::GrdpGrowth.spec().default;
        assert!((default - spread.below - 8.5).abs() < 1e-9);
        assert!((default + spread.above - 11.9).abs() < 1e-9);
    }

    #[test]
    fn setters_clamp_refuse_and_keep_only_non_defaults() {
        let mut u = Uncertainty::default();
        assert!(!u.set_spread(LeverId::GrdpGrowth, Spread { below: 1.0, above: 2.0 }));
        assert_eq!(u.spread(LeverId::GrdpGrowth), Spread { below: 1.0, above: 2.0 });
        assert!(u.set_spread(LeverId::GrdpGrowth, Spread { below: -1.0, above: 99.0 }));
        assert_eq!(u.spread(LeverId::GrdpGrowth), Spread { below: 0.0, above: 10.0 });
        u.set_spread(LeverId::GrdpGrowth, default_spread(LeverId::GrdpGrowth));
        assert!(!u.set_spread(LeverId::LabourForce, Spread::ZERO) && u.spreads.is_empty());

        assert!(!u.set_range(IndicatorId::DigitalEconomy, Range { low: 15.0, high: 14.0 }));
        assert!(!u.set_range(IndicatorId::DigitalEconomy, Range { low: -1.0, high: 14.0 }));
        assert!(u.set_range(IndicatorId::DigitalEconomy, Range { low: 12.0, high: 15.0 }));
        assert_eq!(u.range(IndicatorId::DigitalEconomy), Range { low: 12.0, high: 15.0 });
        u.ranges.insert(IndicatorId::DigitalWorkforce, Range { low: 3.0, high: 1.0 });
        assert_eq!(u.range(IndicatorId::DigitalWorkforce), default_range(IndicatorId::DigitalWorkforce));

        u.set_seed(DEFAULT_SEED);
        assert_eq!((u.seed, u.seed()), (None, DEFAULT_SEED));
        u.set_seed(7);
        assert_eq!(u.seed(), 7);
        assert!(u.set_paths(1_000_000));
        assert_eq!(u.paths(), MAX_PATHS);
        assert!(!u.set_paths(DEFAULT_PATHS) && u.paths.is_none());
    }

    #[test]
    fn stored_nonsense_is_read_as_the_setters_would_keep_it() {
        let mut u = Uncertainty::default();
        u.spreads.insert(LeverId::DigitalGrowth, Spread { below: f64::NAN, above: 100.0 });
        assert_eq!(u.spread(LeverId::DigitalGrowth), Spread { below: 5.0, above: 20.0 });
        u.seed = Some(u64::MAX);
        assert_eq!(u.seed(), DEFAULT_SEED);
        u.paths = Some(1);
        assert_eq!(u.paths(), MIN_PATHS);
    }

    #[test]
    fn none_zeroes_everything() {
        let none = Uncertainty::none();
        for spec in LEVER_SPREADS {
            assert_eq!(none.spread(spec.lever), Spread::ZERO);
        }
        for id in IndicatorId::all() {
            let range = none.range(id);
            assert_eq!(range.low, range.high);
        }
    }
}
