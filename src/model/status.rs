//! The status rule: how an indicator stands against its 2030 target, from
//! its path, the year it first meets the target and the pace it keeps
//! compared with the pace the target needs.
//!
//! One rule, applied in this order:
//! 1. **on track**: the 2030 value meets the target (see
//!    [`IndicatorSpec::reaches`](super::indicators::IndicatorSpec::reaches));
//! 2. **reached, then lost**: the target was met in an earlier year (or at
//!    the start) but not in 2030;
//! 3. **unreachable**: no value of the driving lever can meet it (the target
//!    is above the ceiling, above 100 %, or the S-curve is too slow even at
//!    100 %);
//! 4. **needs acceleration**: the projection keeps at least
//!    [`ACCELERATION_THRESHOLD`] of the required pace;
//! 5. **off track**: less than that.
//!
//! The *pace* of a path is the constant yearly rate of the indicator's own
//! curve that gives the same end value: for a share moved by growth rates,
//! the share's own yearly growth `(end/start)^(1/n) − 1`; for an adoption
//! curve, the constant speed of its shape that ends at the same value. The
//! required pace is the same figure for the goal. Comparing paces (not the
//! distance covered) keeps the band honest on curves that slow down near a
//! ceiling: under the old distance rule a speed of 24 % counted as "needs
//! acceleration" when 76 % was needed.

/// The fraction of the required pace from which a target not met counts as
/// "needs acceleration": at three quarters, a third more pace closes the gap.
pub const ACCELERATION_THRESHOLD: f64 = 0.75;

/// How an indicator stands against its 2030 target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Met in 2030.
    OnTrack,
    /// Not met, at least [`ACCELERATION_THRESHOLD`] of the required pace.
    NeedsAcceleration,
    /// Not met, less than that.
    OffTrack,
    /// Met in an earlier year, not in 2030.
    ReachedThenLost,
    /// No value of the driving lever can meet it.
    Unreachable,
}

/// What the status rule needs to know.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    /// The 2030 value meets the target.
    pub met_2030: bool,
    /// The target was met in an earlier year (or at the start).
    pub met_before: bool,
    /// Some value of the driving lever meets it.
    pub reachable: bool,
    /// Projected pace over required pace.
    pub pace: f64,
}

/// Applies the status rule (see the module documentation).
pub fn classify(standing: Standing) -> Status {
    if standing.met_2030 {
        Status::OnTrack
    } else if standing.met_before {
        Status::ReachedThenLost
    } else if !standing.reachable {
        Status::Unreachable
    } else if standing.pace >= ACCELERATION_THRESHOLD {
        Status::NeedsAcceleration
    } else {
        Status::OffTrack
    }
}

/// The pace ratio: projected over required. A required pace of zero or
/// less (the goal is at or below the start) has no ratio: it counts as
/// full pace when the goal is met and none when it is not.
pub fn pace_ratio(projected: f64, required: f64, met: bool) -> f64 {
    if required > 0.0 && projected.is_finite() {
        projected / required
    } else if met {
        1.0
    } else {
        0.0
    }
}

/// The share's own yearly growth over `years` years, in percent.
pub fn share_pace(start: f64, end: f64, years: usize) -> f64 {
    if start <= 0.0 || years == 0 {
        return 0.0;
    }
    ((end.max(0.0) / start).powf(1.0 / years as f64) - 1.0) * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(met_2030: bool, met_before: bool, reachable: bool, pace: f64) -> Standing {
        Standing { met_2030, met_before, reachable, pace }
    }

    #[test]
    fn each_rule_at_its_boundary() {
        assert_eq!(classify(standing(true, true, false, 0.0)), Status::OnTrack);
        assert_eq!(classify(standing(false, true, true, 0.99)), Status::ReachedThenLost);
        assert_eq!(classify(standing(false, false, false, 0.99)), Status::Unreachable);
        // Exactly at the threshold is "needs acceleration"; the next float below is not.
        assert_eq!(classify(standing(false, false, true, ACCELERATION_THRESHOLD)), Status::NeedsAcceleration);
        let below = f64::from_bits(ACCELERATION_THRESHOLD.to_bits() - 1);
        assert_eq!(classify(standing(false, false, true, below)), Status::OffTrack);
        assert_eq!(classify(standing(false, false, true, -1.0)), Status::OffTrack);
    }

    #[test]
    fn pace_ratio_without_a_required_pace() {
        assert_eq!(pace_ratio(3.0, 4.0, false), 0.75);
        assert_eq!(pace_ratio(3.0, 0.0, true), 1.0);
        assert_eq!(pace_ratio(3.0, -1.0, false), 0.0);
        assert_eq!(share_pace(15.0, 30.0, 5), (2f64.powf(0.2) - 1.0) * 100.0);
        assert_eq!(share_pace(0.0, 30.0, 5), 0.0);
    }
}
