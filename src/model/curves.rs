//! The two path families and their closed-form inverses.
//!
//! All rates are in percent (`10.0` means 10 % a year); all shares are in
//! percent of their whole and stay within 0–100. Paths run over any number
//! of years (one rate per year): five from the 2025 baseline, fewer when the
//! projection restarts from a reported actual.

/// Upper bound of any share.
pub const FULL: f64 = 100.0;

/// Growth-ratio path. Each year the share is multiplied by the ratio of the
/// growth factors of the part and the whole:
///
/// `s[t] = s[t-1] · (1 + part[t]) / (1 + whole[t])`
///
/// A part cannot outgrow its whole, so the share is capped at 100 %; the
/// second value says whether the cap was hit.
pub fn growth_ratio_path(start: f64, part: &[f64], whole: &[f64]) -> (Vec<f64>, bool) {
    let mut share = start;
    let mut capped = false;
    let out = part
        .iter()
        .zip(whole)
        .map(|(part, whole)| {
            share *= growth_factor(*part) / growth_factor(*whole);
            if share > FULL {
                share = FULL;
                capped = true;
            }
            share.max(0.0)
        })
        .collect();
    (out, capped)
}

/// The constant yearly growth of the part (%) that takes the share from
/// `start` to exactly `target` in the last year, given the whole's growth:
///
/// `(1 + g)^n = (target / start) · ∏(1 + whole[t])`, with `n = whole.len()`.
///
/// `None` when no growth can do it: a zero start, a target above 100 %, or
/// no years left.
pub fn required_growth(start: f64, target: f64, whole: &[f64]) -> Option<f64> {
    if start <= 0.0 || !(0.0..=FULL).contains(&target) || whole.is_empty() {
        return None;
    }
    let whole_factor: f64 = whole.iter().map(|g| growth_factor(*g)).product();
    let part_factor = target / start * whole_factor;
    Some((part_factor.powf(1.0 / whole.len() as f64) - 1.0) * 100.0)
}

/// Gap-closing adoption path. Each year closes `speed[t]` % of the gap that
/// remains between the value and the `ceiling`:
///
/// `x[t] = x[t-1] + speed[t]/100 · (ceiling − x[t-1])`
///
/// With a constant speed `s` this is `x[n] = C − (C − x0)(1 − s)^n`: fast
/// early, slowing as the easy cases are done, never past the ceiling. A value
/// already at or above the ceiling stays where it is.
pub fn gap_closing_path(start: f64, speed: &[f64], ceiling: f64) -> Vec<f64> {
    let mut value = start;
    speed
        .iter()
        .map(|speed| {
            if value < ceiling {
                value += speed / 100.0 * (ceiling - value);
            }
            value
        })
        .collect()
}

/// The constant gap-closing speed (%) that takes the value from `start` to
/// `goal` in the last of `years` years: `s = 1 − ((C − goal) / (C − x0))^(1/n)`.
///
/// `None` when the ceiling is below the goal, or no years are left. A goal
/// equal to the ceiling needs a speed of 100 %.
pub fn required_speed(start: f64, goal: f64, ceiling: f64, years: usize) -> Option<f64> {
    if goal <= start {
        return Some(0.0);
    }
    if goal > ceiling || years == 0 {
        return None;
    }
    let remaining = (ceiling - goal) / (ceiling - start);
    Some((1.0 - remaining.powf(1.0 / years as f64)) * 100.0)
}

fn growth_factor(rate_percent: f64) -> f64 {
    1.0 + rate_percent / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YEARS;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * a.abs().max(1.0)
    }

    #[test]
    fn growth_ratio_matches_hand_computation() {
        // 15 % growing by the ratio 1.20 / 1.10 for five years:
        // 15 · (1.2/1.1)^5 = 15 · 1.545051... = 23.1758...
        let (path, capped) = growth_ratio_path(15.0, &[20.0; YEARS], &[10.0; YEARS]);
        assert!(!capped);
        assert!(close(path[0], 15.0 * 1.2 / 1.1));
        assert!(close(path[4], 15.0 * (1.2f64 / 1.1).powi(5)));
        assert!((path[4] - 23.1758).abs() < 1e-4, "{}", path[4]);
    }

    #[test]
    fn growth_ratio_caps_at_full() {
        let (path, capped) = growth_ratio_path(80.0, &[40.0; YEARS], &[0.0; YEARS]);
        assert!(capped);
        assert_eq!(path[4], FULL);
    }

    #[test]
    fn required_growth_inverts_the_forward_model() {
        let whole = [10.0, 9.0, 11.0, 10.5, 10.0];
        let g = required_growth(15.0, 30.0, &whole).unwrap();
        let (path, _) = growth_ratio_path(15.0, &[g; YEARS], &whole);
        assert!(close(path[4], 30.0), "{}", path[4]);
        // Doubling in five years against 10 % growth: (2 · 1.1^5)^(1/5) − 1.
        let g = required_growth(15.0, 30.0, &[10.0; YEARS]).unwrap();
        assert!(close(g, (2f64.powf(0.2) * 1.1 - 1.0) * 100.0));
        assert_eq!(required_growth(0.0, 30.0, &whole), None);
        assert_eq!(required_growth(15.0, 101.0, &whole), None);
    }

    #[test]
    fn gap_closing_matches_closed_form() {
        let path = gap_closing_path(60.0, &[50.0; YEARS], 100.0);
        assert!(close(path[0], 80.0));
        assert!(close(path[4], 100.0 - 40.0 * 0.5f64.powi(5)));
        // Speed zero holds the value; a value above the ceiling stays put.
        assert_eq!(gap_closing_path(60.0, &[0.0; YEARS], 100.0), [60.0; YEARS]);
        assert_eq!(gap_closing_path(90.0, &[50.0; YEARS], 80.0), [90.0; YEARS]);
    }

    #[test]
    fn required_speed_inverts_the_forward_model() {
        let s = required_speed(36.84, 90.0, 100.0, YEARS).unwrap();
        let path = gap_closing_path(36.84, &[s; YEARS], 100.0);
        assert!(close(path[4], 90.0), "{}", path[4]);
        assert_eq!(required_speed(50.0, 40.0, 100.0, YEARS), Some(0.0));
        assert_eq!(required_speed(50.0, 95.0, 90.0, YEARS), None);
        assert_eq!(required_speed(50.0, 100.0, 100.0, YEARS), Some(100.0));
    }
}
