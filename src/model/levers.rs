//! The lever table: every growth assumption a planner can move, described
//! once. The lever panel, the link codec, the docs and the tests all iterate
//! over [`LEVERS`]; nothing else repeats a range or a default.

use serde::{Deserialize, Serialize};

use super::sources::{self, Bilingual, Source};

/// Identifies a lever. The serde name is the stable id used in links,
/// storage and `data-lever` attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverId {
    /// Real GRDP growth, % a year.
    GrdpGrowth,
    /// Real growth of the digital economy's value added, % a year.
    DigitalGrowth,
    /// Real growth of the rest of the economy (GRDP less the digital
    /// economy), % a year. Used only when GRDP is built from its parts
    /// ([`EconomyMode::Components`](crate::scenario::EconomyMode)).
    NonDigitalGrowth,
    /// Growth of the number of digital-technology workers, % a year.
    DigitalWorkforceGrowth,
    /// Growth of the whole labour force, % a year.
    LabourForceGrowth,
    /// Size of the labour force at the end of 2025, million people.
    LabourForce,
    /// Share of the remaining gap to the ceiling closed each year, online services.
    ServicesSpeed,
    /// The most the full-process share can reach, online services.
    ServicesCeiling,
    /// Share of the remaining gap to the ceiling closed each year, records.
    RecordsSpeed,
    /// The most the records-digitisation rate can reach.
    RecordsCeiling,
}

/// The unit a lever is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeverUnit {
    /// Percent a year (growth rate).
    PercentPerYear,
    /// Percent of the remaining gap closed a year (adoption speed).
    GapClosedPerYear,
    /// Percent (a level, such as a ceiling).
    Percent,
    /// Million people.
    MillionPeople,
}

/// Everything the app knows about one lever.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeverSpec {
    /// Stable id.
    pub id: LeverId,
    /// Label shown beside the control.
    pub label: Bilingual,
    /// One-line explanation shown under the label.
    pub help: Bilingual,
    /// Unit of the value.
    pub unit: LeverUnit,
    /// Lowest accepted value; lower inputs are clamped and reported.
    pub min: f64,
    /// Highest accepted value; higher inputs are clamped and reported.
    pub max: f64,
    /// Slider and spin-button step.
    pub step: f64,
    /// Baseline value: what "Reset to baseline" restores.
    pub default: f64,
    /// Whether the lever may take a different value in each year 2026–2030.
    /// Levels such as the labour-force size or a ceiling are whole-period only.
    pub per_year: bool,
    /// Where the default comes from.
    pub source: Source,
}

impl LeverSpec {
    /// Number of decimals that the step allows, for display and encoding.
    pub fn decimals(&self) -> usize {
        let mut decimals = 0;
        let mut step = self.step;
        while decimals < 6 && (step - step.round()).abs() > 1e-9 {
            step *= 10.0;
            decimals += 1;
        }
        decimals
    }

    /// Clamps `value` into the lever's range. A non-finite value becomes the
    /// default. Returns the value to use and whether it differs from `value`.
    pub fn clamp(&self, value: f64) -> (f64, bool) {
        if !value.is_finite() {
            return (self.default, true);
        }
        let used = value.clamp(self.min, self.max);
        (used, used != value)
    }
}

/// The lever table. Order is display order.
pub const LEVERS: &[LeverSpec] = &[
    LeverSpec {
        id: LeverId::GrdpGrowth,
        label: Bilingual { vi: "Tăng trưởng GRDP", en: "GRDP growth" },
        help: Bilingual {
            vi: "Tăng trưởng thực (giá so sánh) của GRDP; 2025: 10,65 %",
            en: "Real growth (constant prices) of the province's GRDP; 2025: 10.65%",
        },
        unit: LeverUnit::PercentPerYear,
        min: 0.0,
        max: 20.0,
        step: 0.1,
        default: 10.0,
        per_year: true,
        source: sources::DIRECTIVE_31,
    },
    LeverSpec {
        id: LeverId::DigitalGrowth,
        label: Bilingual { vi: "Tăng trưởng kinh tế số", en: "Digital-economy growth" },
        help: Bilingual {
            vi: "Tăng trưởng thực của kinh tế số; mặc định 15 % suy từ tỷ trọng cả nước theo giá hiện hành (danh nghĩa), một năm 2024→2025",
            en: "Real growth of the digital economy; the 15% default comes from one year (2024→2025) of the national share at current (nominal) prices",
        },
        unit: LeverUnit::PercentPerYear,
        min: 0.0,
        max: 40.0,
        step: 0.5,
        default: 15.0,
        per_year: true,
        source: sources::GSO_DIGITAL_SHARE,
    },
    LeverSpec {
        id: LeverId::NonDigitalGrowth,
        label: Bilingual { vi: "Tăng trưởng phần còn lại của nền kinh tế", en: "Non-digital growth" },
        help: Bilingual {
            vi: "Tăng trưởng thực của GRDP ngoài kinh tế số; chỉ dùng khi GRDP tính từ hai phần",
            en: "Real growth of GRDP outside the digital economy; used only when GRDP is built from its parts",
        },
        unit: LeverUnit::PercentPerYear,
        min: -5.0,
        max: 20.0,
        step: 0.1,
        default: 9.1,
        per_year: true,
        source: sources::NON_DIGITAL_ASSUMPTION,
    },
    LeverSpec {
        id: LeverId::DigitalWorkforceGrowth,
        label: Bilingual { vi: "Tăng nhân lực công nghệ số", en: "Digital-workforce growth" },
        help: Bilingual {
            vi: "Số người làm công nghệ số tăng mỗi năm",
            en: "Yearly growth of the number of digital-technology workers",
        },
        unit: LeverUnit::PercentPerYear,
        min: 0.0,
        max: 30.0,
        step: 0.5,
        default: 6.0,
        per_year: true,
        source: sources::ASSUMPTION,
    },
    LeverSpec {
        id: LeverId::LabourForceGrowth,
        label: Bilingual { vi: "Tăng lực lượng lao động", en: "Labour-force growth" },
        help: Bilingual {
            vi: "Lực lượng lao động toàn tỉnh tăng mỗi năm",
            en: "Yearly growth of the province's labour force",
        },
        unit: LeverUnit::PercentPerYear,
        min: -3.0,
        max: 5.0,
        step: 0.1,
        default: 0.5,
        per_year: true,
        source: sources::ASSUMPTION,
    },
    LeverSpec {
        id: LeverId::LabourForce,
        label: Bilingual { vi: "Lực lượng lao động 2025", en: "Labour force 2025" },
        help: Bilingual {
            vi: "Chỉ dùng để tính số người; chưa có nguồn, hãy nhập số của tỉnh",
            en: "Only used for head counts; unsourced, enter the province's figure",
        },
        unit: LeverUnit::MillionPeople,
        min: 0.5,
        max: 4.0,
        step: 0.01,
        default: 2.1,
        per_year: false,
        source: sources::LABOUR_FORCE_UNVERIFIED,
    },
    LeverSpec {
        id: LeverId::ServicesSpeed,
        label: Bilingual { vi: "Tốc độ chuyển DVC toàn trình", en: "Full-process services speed" },
        help: Bilingual {
            vi: "Phần khoảng cách còn lại tới trần được thu hẹp mỗi năm",
            en: "Share of the remaining gap to the ceiling closed each year",
        },
        unit: LeverUnit::GapClosedPerYear,
        min: 0.0,
        max: 100.0,
        step: 1.0,
        default: 30.0,
        per_year: true,
        source: sources::ASSUMPTION,
    },
    LeverSpec {
        id: LeverId::ServicesCeiling,
        label: Bilingual { vi: "Trần DVC toàn trình", en: "Full-process services ceiling" },
        help: Bilingual {
            vi: "Tỷ lệ tối đa có thể cung cấp toàn trình",
            en: "The highest share that can run fully online",
        },
        unit: LeverUnit::Percent,
        min: 70.0,
        max: 100.0,
        step: 0.5,
        default: 100.0,
        per_year: false,
        source: sources::ASSUMPTION,
    },
    LeverSpec {
        id: LeverId::RecordsSpeed,
        label: Bilingual { vi: "Tốc độ số hoá hồ sơ", en: "Records digitisation speed" },
        help: Bilingual {
            vi: "Phần khoảng cách còn lại tới trần được thu hẹp mỗi năm",
            en: "Share of the remaining gap to the ceiling closed each year",
        },
        unit: LeverUnit::GapClosedPerYear,
        min: 0.0,
        max: 100.0,
        step: 1.0,
        default: 20.0,
        per_year: true,
        source: sources::ASSUMPTION,
    },
    LeverSpec {
        id: LeverId::RecordsCeiling,
        label: Bilingual { vi: "Trần số hoá hồ sơ", en: "Records digitisation ceiling" },
        help: Bilingual {
            vi: "Tỷ lệ hồ sơ tối đa có thể số hoá",
            en: "The highest share of records that can be digitised",
        },
        unit: LeverUnit::Percent,
        min: 40.0,
        max: 100.0,
        step: 0.5,
        default: 100.0,
        per_year: false,
        source: sources::ASSUMPTION,
    },
];

impl LeverId {
    /// Every lever, in display order.
    pub fn all() -> impl Iterator<Item = LeverId> {
        LEVERS.iter().map(|spec| spec.id)
    }

    /// This lever's row in [`LEVERS`].
    pub fn spec(self) -> &'static LeverSpec {
        LEVERS
            .iter()
            .find(|spec| spec.id == self)
            .expect("every LeverId has a row in LEVERS (checked by a test)")
    }

    /// The stable id string used in links, storage and `data-lever`.
    pub fn key(self) -> &'static str {
        match self {
            LeverId::GrdpGrowth => "grdp_growth",
            LeverId::DigitalGrowth => "digital_growth",
            LeverId::NonDigitalGrowth => "non_digital_growth",
            LeverId::DigitalWorkforceGrowth => "digital_workforce_growth",
            LeverId::LabourForceGrowth => "labour_force_growth",
            LeverId::LabourForce => "labour_force",
            LeverId::ServicesSpeed => "services_speed",
            LeverId::ServicesCeiling => "services_ceiling",
            LeverId::RecordsSpeed => "records_speed",
            LeverId::RecordsCeiling => "records_ceiling",
        }
    }

    /// Looks a lever up by its stable id string.
    pub fn from_key(key: &str) -> Option<LeverId> {
        LeverId::all().find(|id| id.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lever_is_in_the_table_once_and_key_matches_serde() {
        let ids = [
            LeverId::GrdpGrowth,
            LeverId::DigitalGrowth,
            LeverId::NonDigitalGrowth,
            LeverId::DigitalWorkforceGrowth,
            LeverId::LabourForceGrowth,
            LeverId::LabourForce,
            LeverId::ServicesSpeed,
            LeverId::ServicesCeiling,
            LeverId::RecordsSpeed,
            LeverId::RecordsCeiling,
        ];
        assert_eq!(ids.len(), LEVERS.len());
        for id in ids {
            assert_eq!(LEVERS.iter().filter(|s| s.id == id).count(), 1, "{id:?}");
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.key()));
            assert_eq!(LeverId::from_key(id.key()), Some(id));
        }
    }

    #[test]
    fn ranges_are_sane() {
        for spec in LEVERS {
            assert!(spec.min < spec.max, "{:?}", spec.id);
            assert!((spec.min..=spec.max).contains(&spec.default), "{:?}", spec.id);
            assert!(spec.step > 0.0 && spec.step <= spec.max - spec.min, "{:?}", spec.id);
            // The default must sit on the step grid so the slider can show it.
            let steps = (spec.default - spec.min) / spec.step;
            assert!((steps - steps.round()).abs() < 1e-6, "{:?}", spec.id);
            assert!(!spec.label.vi.is_empty() && !spec.label.en.is_empty());
        }
    }

    #[test]
    fn clamp_reports_out_of_range_and_non_finite() {
        let spec = LeverId::GrdpGrowth.spec();
        assert_eq!(spec.clamp(12.0), (12.0, false));
        assert_eq!(spec.clamp(-5.0), (spec.min, true));
        assert_eq!(spec.clamp(99.0), (spec.max, true));
        assert_eq!(spec.clamp(f64::NAN), (spec.default, true));
        assert_eq!(spec.clamp(f64::INFINITY), (spec.default, true));
    }

    #[test]
    fn decimals_follow_step() {
        assert_eq!(LeverId::GrdpGrowth.spec().decimals(), 1);
        assert_eq!(LeverId::ServicesSpeed.spec().decimals(), 0);
        assert_eq!(LeverId::LabourForce.spec().decimals(), 2);
    }
}
