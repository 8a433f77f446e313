//! Adoption shapes: how an adoption indicator (online services, records)
//! moves from its start towards its ceiling, driven by a yearly speed lever
//! `s` in percent, and the constant speed that reaches a goal.
//!
//! - **Gap closing** (the default): each year closes `s` % of the gap that
//!   remains, `x[t] = x[t-1] + s · (C − x[t-1])`. Fast early, slowing as the
//!   easy cases are done. Inverse in closed form: `s = 1 − ((C − goal)/(C − x0))^(1/n)`.
//! - **Linear**: each year closes `s` % of the gap at the start,
//!   `x[t] = min(C, x[t-1] + s · (C − x0))`: the same number of services or
//!   records every year. Inverse in closed form: `s = (goal − x0) / (n · (C − x0))`.
//! - **S-curve** (discrete logistic): `x[t] = x[t-1] + s · x[t-1] · (C − x[t-1]) / C`.
//!   Growth is proportional both to what has been adopted and to what
//!   remains, so it is slow while few have adopted, **fastest at the
//!   midpoint, half the ceiling (`x = C/2`)**, and slows near the ceiling.
//!   An indicator that starts above half its ceiling is past the midpoint
//!   and only slows. There is no closed-form inverse for per-year steps, so
//!   the speed is found by bisection on 0–100 % to [`BISECTION_TOLERANCE`].
//!
//! Every shape stays within `[x0, C]` for speeds in 0–100 % and never falls
//! when the speed rises (tested over a grid in `tests/model_invariants.rs`),
//! which is what makes the bisection valid.

use serde::{Deserialize, Serialize};

use super::curves;
use super::sources::Bilingual;

/// Bisection stops when the speed interval is narrower than this (percent):
/// the path at the returned speed then meets the goal within 1e-9 of a
/// percentage point (tested over a grid).
pub const BISECTION_TOLERANCE: f64 = 1e-12;

/// The path an adoption indicator follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// Closes a share of the remaining gap each year (front-loaded).
    #[default]
    GapClosing,
    /// Closes a share of the starting gap each year (even steps).
    Linear,
    /// Logistic: slow start, fastest at half the ceiling, slow finish.
    Logistic,
}

impl Shape {
    /// Every shape, in display order (the default first).
    pub const ALL: [Shape; 3] = [Shape::GapClosing, Shape::Linear, Shape::Logistic];

    /// The stable id used in links, files and `data-shape` values.
    pub fn key(self) -> &'static str {
        match self {
            Shape::GapClosing => "gap_closing",
            Shape::Linear => "linear",
            Shape::Logistic => "logistic",
        }
    }

    /// Looks a shape up by its stable id.
    pub fn from_key(key: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.key() == key)
    }

    /// Name shown in the shape selector.
    pub fn label(self) -> Bilingual {
        match self {
            Shape::GapClosing => Bilingual {
                vi: "Thu hẹp khoảng cách (nhanh trước)",
                en: "Gap closing (front-loaded)",
            },
            Shape::Linear => Bilingual { vi: "Tuyến tính (đều mỗi năm)", en: "Linear (even steps)" },
            Shape::Logistic => Bilingual {
                vi: "Đường chữ S (nhanh nhất ở nửa mức trần)",
                en: "S-curve (fastest at half the ceiling)",
            },
        }
    }

    /// The values at the end of each year, one speed (%) per year, from
    /// `start` towards `ceiling`. A start at or above the ceiling stays put.
    pub fn path(self, start: f64, speed: &[f64], ceiling: f64) -> Vec<f64> {
        match self {
            Shape::GapClosing => curves::gap_closing_path(start, speed, ceiling),
            Shape::Linear => {
                let step_gap = (ceiling - start).max(0.0);
                let mut value = start;
                speed
                    .iter()
                    .map(|s| {
                        if value < ceiling {
                            value = (value + s / 100.0 * step_gap).min(ceiling);
                        }
                        value
                    })
                    .collect()
            }
            Shape::Logistic => {
                let mut value = start;
                speed
                    .iter()
                    .map(|s| {
                        if value < ceiling && ceiling > 0.0 {
                            value = (value + s / 100.0 * value * (ceiling - value) / ceiling).min(ceiling);
                        }
                        value
                    })
                    .collect()
            }
        }
    }

    /// The constant speed (%) that takes the value from `start` to at least
    /// `goal` in the last of `years` years. `Some(0.0)` when the start
    /// already meets it; `None` when no speed in 0–100 % can (the goal is
    /// above the ceiling, the S-curve starts at zero or is too slow even at
    /// 100 %, or no years are left).
    pub fn required_speed(self, start: f64, goal: f64, ceiling: f64, years: usize) -> Option<f64> {
        if goal <= start {
            return Some(0.0);
        }
        if goal > ceiling || years == 0 {
            return None;
        }
        match self {
            Shape::GapClosing => curves::required_speed(start, goal, ceiling, years),
            Shape::Linear => Some((goal - start) / (years as f64 * (ceiling - start)) * 100.0),
            Shape::Logistic => {
                let end =
                    |s: f64| self.path(start, &vec![s; years], ceiling).last().copied().unwrap_or(start);
                if end(100.0) < goal {
                    return None;
                }
                let (mut low, mut high) = (0.0f64, 100.0f64);
                while high - low > BISECTION_TOLERANCE {
                    let mid = (low + high) / 2.0;
                    if end(mid) >= goal {
                        high = mid;
                    } else {
                        low = mid;
                    }
                }
                // `high` always reaches the goal, so the rate shown is never short.
                Some(high)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for shape in Shape::ALL {
            assert_eq!(Shape::from_key(shape.key()), Some(shape));
            assert_eq!(serde_json::to_string(&shape).unwrap(), format!("\"{}\"", shape.key()));
        }
        assert_eq!(Shape::default(), Shape::GapClosing);
    }

    #[test]
    fn linear_takes_even_steps_and_reaches_the_ceiling() {
        let path = Shape::Linear.path(40.0, &[20.0; 5], 100.0);
        for (i, value) in path.iter().enumerate() {
            assert!((value - (40.0 + 12.0 * (i + 1) as f64)).abs() < 1e-9, "{path:?}");
        }
        assert_eq!(Shape::Linear.path(40.0, &[50.0; 5], 100.0)[4], 100.0);
    }

    #[test]
    fn logistic_is_fastest_at_half_the_ceiling() {
        // From 10 % the yearly step grows until the value passes 50 %, then shrinks.
        let path = Shape::Logistic.path(10.0, &[80.0; 8], 100.0);
        let mut previous = 10.0;
        let steps: Vec<(f64, f64)> = path
            .iter()
            .map(|v| {
                let step = (v - previous, previous);
                previous = *v;
                step
            })
            .collect();
        let fastest = steps.iter().cloned().fold((0.0, 0.0), |a, b| if b.0 > a.0 { b } else { a });
        // The fastest step starts from the value nearest to 50 % from below or above.
        assert!((30.0..=70.0).contains(&fastest.1), "{steps:?}");
        assert!(path.iter().all(|v| *v <= 100.0));
    }

    #[test]
    fn solvers_reach_their_goals() {
        for shape in Shape::ALL {
            let s = shape.required_speed(36.84, 90.0, 100.0, 5).unwrap();
            let end = shape.path(36.84, &[s; 5], 100.0)[4];
            assert!((end - 90.0).abs() <= 1e-9, "{shape:?}: {end}");
            assert_eq!(shape.required_speed(50.0, 40.0, 100.0, 5), Some(0.0));
            assert_eq!(shape.required_speed(50.0, 95.0, 90.0, 5), None);
        }
        // Linear: 60 points of gap in five even steps of 12 = 20 % of the gap a year.
        assert_eq!(Shape::Linear.required_speed(40.0, 100.0, 100.0, 5), Some(20.0));
        // The S-curve cannot start from nothing.
        assert_eq!(Shape::Logistic.required_speed(0.0, 10.0, 100.0, 5), None);
    }
}
