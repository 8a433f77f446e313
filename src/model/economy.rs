//! Consistency of the economy: the digital economy and the rest of GRDP.
//!
//! GRDP `Y` is the digital economy `D` plus the rest `N`. With the digital
//! share `s = D/Y`, GRDP growth `g` and digital growth `d` (all real):
//!
//! - the **implied non-digital growth** is `1 + n = (1 + g)·(1 − s[t]) / (1 − s[t-1])`;
//!   when GRDP growth is a lever it can fall below zero, which says the rest
//!   of the economy shrinks to make room for the digital share;
//! - built **from its parts**, GRDP grows by `1 + g = s[t-1]·(1 + d) + (1 − s[t-1])·(1 + n)`,
//!   and the share's odds `s/(1 − s)` grow by `(1 + d)/(1 + n)` a year, so
//!   the digital growth that reaches a goal share is, in closed form,
//!   `(1 + d)^k = (odds(goal)/odds(start)) · ∏(1 + n[t])`.
//!
//! A warning is raised when the implied non-digital growth is below zero,
//! or when the share passes [`PLAUSIBLE_SHARE`].

/// Above this digital-economy share (%) a projection is flagged as
/// implausible by 2030: it is the national goal for 2045 (Resolution 57:
/// at least 50 % of GDP by 2045), fifteen years later.
pub const PLAUSIBLE_SHARE: f64 = 50.0;

/// Something the economy's figures say that a planner should check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EconomyWarning {
    /// The rest of the economy shrinks in this year, by this rate (%, < 0).
    NonDigitalShrinks {
        /// The year.
        year: u16,
        /// The implied non-digital growth, %.
        rate: f64,
    },
    /// The digital share passes [`PLAUSIBLE_SHARE`] in this year.
    ShareImplausible {
        /// The year.
        year: u16,
        /// The share, %.
        share: f64,
    },
}

/// The implied non-digital growth (%) in a year where the share goes from
/// `before` to `after` (%) and GRDP grows by `grdp` (%). `None` when the
/// rest of the economy was zero at the start of the year.
pub fn implied_non_digital(before: f64, after: f64, grdp: f64) -> Option<f64> {
    let rest_before = 1.0 - before / 100.0;
    if rest_before <= 0.0 {
        return None;
    }
    Some(((1.0 + grdp / 100.0) * (1.0 - after / 100.0) / rest_before - 1.0) * 100.0)
}

/// GRDP growth (%) built from its parts, given the digital share at the
/// start of the year (%).
pub fn grdp_from_parts(share_before: f64, digital: f64, non_digital: f64) -> f64 {
    let s = share_before / 100.0;
    s * digital + (1.0 - s) * non_digital
}

/// The share path when GRDP is built from its parts: each year the share's
/// odds grow by `(1 + d)/(1 + n)`. Never above 100 %, never below 0 %.
pub fn components_path(start: f64, digital: &[f64], non_digital: &[f64]) -> Vec<f64> {
    let mut share = start;
    digital
        .iter()
        .zip(non_digital)
        .map(|(d, n)| {
            let part = share / 100.0 * (1.0 + d / 100.0);
            let whole = part + (1.0 - share / 100.0) * (1.0 + n / 100.0);
            if whole > 0.0 {
                share = (part / whole * 100.0).clamp(0.0, 100.0);
            }
            share
        })
        .collect()
}

/// The constant digital growth (%) that takes the share from `start` to
/// `goal` in the last year when GRDP is built from its parts. `None` when
/// no growth can: a start of 0 or 100 %, a goal of 100 % or more, no years.
pub fn components_required(start: f64, goal: f64, non_digital: &[f64]) -> Option<f64> {
    let odds = |share: f64| share / (100.0 - share);
    if start <= 0.0 || start >= 100.0 || goal >= 100.0 || goal <= 0.0 || non_digital.is_empty() {
        return None;
    }
    let rest: f64 = non_digital.iter().map(|n| 1.0 + n / 100.0).product();
    let factor = odds(goal) / odds(start) * rest;
    Some((factor.powf(1.0 / non_digital.len() as f64) - 1.0) * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} ≠ {b}");
    }

    #[test]
    fn the_issue_case_shrinks_the_rest_of_the_economy() {
        // Digital +40 % a year against GRDP +0 %: 15 % becomes 15·1.4^5 = 80.7 %
        // by 2030; in 2030 the share goes from 15·1.4^4 to 15·1.4^5.
        let before = 15.0 * 1.4f64.powi(4);
        let after = 15.0 * 1.4f64.powi(5);
        let n = implied_non_digital(before, after, 0.0).unwrap();
        close(n, ((1.0 - after / 100.0) / (1.0 - before / 100.0) - 1.0) * 100.0);
        assert!(n < -50.0, "{n}");
    }

    #[test]
    fn defaults_imply_about_nine_percent() {
        // 15 % share, digital +15 %, GRDP +10 %: the rest grows ≈ 9.12 % in 2026.
        let after = 15.0 * 1.15 / 1.10;
        let n = implied_non_digital(15.0, after, 10.0).unwrap();
        close(n, ((1.10 - 0.15 * 1.15) / 0.85 - 1.0) * 100.0);
        assert!((n - 9.1).abs() < 0.05, "{n}");
    }

    #[test]
    fn parts_and_share_agree() {
        let digital = [20.0, 25.0, 15.0, 30.0, 10.0];
        let rest = [8.0, 7.0, 9.0, 6.0, 5.0];
        let path = components_path(15.0, &digital, &rest);
        let mut before = 15.0;
        for (i, after) in path.iter().enumerate() {
            let g = grdp_from_parts(before, digital[i], rest[i]);
            close(implied_non_digital(before, *after, g).unwrap(), rest[i]);
            close(*after, before * (1.0 + digital[i] / 100.0) / (1.0 + g / 100.0));
            before = *after;
        }
        let d = components_required(15.0, 30.0, &rest).unwrap();
        close(components_path(15.0, &[d; 5], &rest)[4], 30.0);
        assert_eq!(components_required(15.0, 100.0, &rest), None);
    }
}
