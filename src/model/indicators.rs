//! The indicator table: every outcome the app projects, described once with
//! its baseline, reported points, target, flags and the curve that moves it.

use serde::{Deserialize, Serialize};

use super::levers::LeverId;
use super::sources::{self, Bilingual, Source};

/// Identifies an indicator. The serde name is the stable id used in links,
/// storage and `data-indicator` / `data-outcome` attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorId {
    /// Digital economy as a share of GRDP, %.
    DigitalEconomy,
    /// Digital-technology workers as a share of the labour force, %.
    DigitalWorkforce,
    /// Online public services that run fully online, % of all online services.
    OnlineServices,
    /// Records digitisation rate, %.
    RecordsDigitisation,
}

/// How the projection moves an indicator from year to year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Path {
    /// The share is multiplied each year by `(1 + numerator) / (1 + denominator)`,
    /// the ratio of the growth factors of the part and the whole.
    GrowthRatio {
        /// Growth of the part (digital economy, digital workers).
        numerator: LeverId,
        /// Growth of the whole (GRDP, labour force).
        denominator: LeverId,
    },
    /// Gap closing: each year closes `speed` % of the gap to `ceiling`.
    GapClosing {
        /// Share of the remaining gap closed each year, %.
        speed: LeverId,
        /// The asymptote the curve approaches, %.
        ceiling: LeverId,
    },
}

impl Path {
    /// The lever whose constant value the "required" figure is expressed in.
    pub fn driver(self) -> LeverId {
        match self {
            Path::GrowthRatio { numerator, .. } => numerator,
            Path::GapClosing { speed, .. } => speed,
        }
    }
}

/// What kind of absolute figure sits behind a share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Absolute {
    /// The share of a base that grows with a lever: `base × ∏(1 + growth)`.
    ShareOfGrowingBase {
        /// The base in 2025 (a fixed figure) ...
        base_2025: BaseSize,
        /// ... growing by this lever each year.
        growth: LeverId,
        /// Unit of `share × base`.
        unit: AbsoluteUnit,
    },
    /// The share of a fixed count.
    ShareOfFixedCount {
        /// The count the share applies to.
        total: f64,
        /// Unit of `share × total`.
        unit: AbsoluteUnit,
    },
}

impl Absolute {
    /// The unit of the absolute figure.
    pub fn unit(self) -> AbsoluteUnit {
        match self {
            Absolute::ShareOfGrowingBase { unit, .. } | Absolute::ShareOfFixedCount { unit, .. } => unit,
        }
    }
}

/// Where the size of an absolute base comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BaseSize {
    /// A reported figure.
    Fixed(f64),
    /// The value of a lever (the labour force, which no source gave).
    Lever(LeverId),
}

/// Units of absolute figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbsoluteUnit {
    /// Trillion VND at 2025 prices.
    TrillionVnd,
    /// Thousand people (the base is in million people).
    ThousandPeople,
    /// A count of online services.
    Services,
}

/// A reported value shown as a point on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReportedPoint {
    /// Position on the time axis, in years; the end of 2025 is `2025.0`,
    /// the end of September 2025 is `2024.75`.
    pub at: f64,
    /// Value, %.
    pub value: f64,
    /// How the point is labelled.
    pub label: Bilingual,
    /// Where it comes from.
    pub source: Source,
    /// Whether the figure is disputed (see the indicator's flags); drawn apart.
    pub flagged: bool,
}

/// A figure behind an indicator that is not itself projected (the GRDP the
/// share applies to, the service counts), shown with its source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContextFigure {
    /// What the figure is.
    pub label: Bilingual,
    /// The figure, worded in each language's number format.
    pub value: Bilingual,
    /// Where it comes from.
    pub source: Source,
}

/// How a target is phrased in its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    /// "at least" (≥).
    AtLeast,
    /// "above" (>): met only above the figure, at full precision.
    Above,
}

/// A sourced value the projection may start from. Where the sources give
/// more than one figure for the end of 2025, the planner chooses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BaselineOption {
    /// Stable id, used in links (`b.digital_economy=sep_2025`) and files.
    pub key: &'static str,
    /// The value, %.
    pub value: f64,
    /// How the choice is worded, with what it measures.
    pub label: Bilingual,
    /// Where it comes from.
    pub source: Source,
}

/// An official interim milestone, shown as a point and checked like a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OfficialMilestone {
    /// The year it falls due (end of year).
    pub year: u16,
    /// The value, %.
    pub value: f64,
    /// How it is phrased.
    pub comparator: Comparator,
    /// Where it comes from.
    pub source: Source,
}

/// Everything the app knows about one indicator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IndicatorSpec {
    /// Stable id.
    pub id: IndicatorId,
    /// Name, as a chart title.
    pub label: Bilingual,
    /// The value at the end of 2025 that the projection starts from, %.
    pub baseline: f64,
    /// How the baseline is worded when shown (for example "nearly 2 %").
    pub baseline_wording: Bilingual,
    /// Source of the baseline.
    pub baseline_source: Source,
    /// Reported points, drawn as markers.
    pub reported: &'static [ReportedPoint],
    /// The official 2030 target, %.
    pub target: f64,
    /// How the official target is phrased.
    pub comparator: Comparator,
    /// Source of the target.
    pub target_source: Source,
    /// Warnings that must be shown wherever the indicator is.
    pub flags: &'static [Bilingual],
    /// How the projection moves it.
    pub path: Path,
    /// The absolute figure behind the share, where there is one.
    pub absolute: Option<Absolute>,
    /// What the absolute figure is, as a table heading (empty without one).
    pub absolute_label: Bilingual,
    /// Figures behind the indicator, shown with their sources.
    pub context: &'static [ContextFigure],
    /// The precision the province reports the figure at, in percentage
    /// points. A target counts as reached when the value, rounded to this
    /// precision, meets it, so an adoption curve that approaches a ceiling
    /// of 100 % can reach a target of 100 %.
    pub precision: f64,
    /// Decimals shown for values.
    pub decimals: usize,
    /// The sourced baselines the planner may choose from; the first is the
    /// default and equals [`baseline`](Self::baseline). Empty when the
    /// sources agree.
    pub baselines: &'static [BaselineOption],
    /// Official interim milestones (the national 2025 milestone).
    pub milestones: &'static [OfficialMilestone],
}

impl IndicatorSpec {
    /// Whether `value` meets `target` under the indicator's comparator.
    ///
    /// - "≥ X" is met when the value reaches X at the reporting precision,
    ///   `value ≥ X − precision/2`: it would be reported as X or more. This
    ///   is what lets an adoption curve that approaches a ceiling of 100 %
    ///   reach a target of 100 % (2,106.6 of 2,107 services is all of them).
    /// - "> X" is met only when the value is above X at full precision:
    ///   2.95 % is not above 3 %, even though it is reported as 3.0 %.
    ///
    /// The year reached, the status and the required rate all use this one
    /// rule (the required rate solves for [`goal`](Self::goal)).
    pub fn reaches(&self, value: f64, target: f64) -> bool {
        meets(self.comparator, self.precision, value, target)
    }

    /// The level the required rate aims for: `X − precision/2` for "≥ X"
    /// (the least value that meets it), `X` for "> X" (the rate that gives
    /// exactly X is the least that will not do; any faster rate meets it).
    pub fn goal(&self, target: f64) -> f64 {
        match self.comparator {
            Comparator::AtLeast => target - self.precision / 2.0,
            Comparator::Above => target,
        }
    }

    /// The baseline option with this key, if the indicator offers it.
    pub fn baseline_option(&self, key: &str) -> Option<&'static BaselineOption> {
        self.baselines.iter().find(|option| option.key == key)
    }

    /// Whether the indicator moves along an adoption curve (and so has a shape).
    pub fn is_adoption(&self) -> bool {
        matches!(self.path, Path::GapClosing { .. })
    }
}

/// The one "met" rule (see [`IndicatorSpec::reaches`]), for targets and
/// milestones alike.
pub fn meets(comparator: Comparator, precision: f64, value: f64, target: f64) -> bool {
    match comparator {
        Comparator::AtLeast => value >= target - precision / 2.0,
        Comparator::Above => value > target,
    }
}

/// Online public services in the province (Thanh Tra, 1 Dec 2025).
pub const SERVICES_TOTAL: f64 = 2107.0;
/// Of which full-process online.
pub const SERVICES_FULL: f64 = 1415.0;
/// The full-process rate as stated in the report, which the counts do not give.
pub const SERVICES_STATED_RATE: f64 = 64.1;
/// Provincial GRDP in 2025, trillion VND.
pub const GRDP_2025: f64 = 342.8;

/// The indicator table. Order is display order.
pub const INDICATORS: &[IndicatorSpec] = &[
    IndicatorSpec {
        id: IndicatorId::DigitalEconomy,
        label: Bilingual { vi: "Kinh tế số / GRDP", en: "Digital economy share of GRDP" },
        baseline: 15.0,
        baseline_wording: Bilingual {
            vi: "15 % (ước tính cuối 2025)",
            en: "15% (end-2025 estimate)",
        },
        baseline_source: sources::THANH_TRA,
        reported: &[
            ReportedPoint {
                at: 2024.75,
                value: 12.0,
                label: Bilingual { vi: "Hết 9/2025: 12 %", en: "Sep 2025: 12%" },
                source: sources::THANH_TRA,
                flagged: false,
            },
            ReportedPoint {
                at: 2025.0,
                value: 15.0,
                label: Bilingual { vi: "Ước 2025: 15 %", en: "2025 est.: 15%" },
                source: sources::THANH_TRA,
                flagged: false,
            },
        ],
        target: 30.0,
        comparator: Comparator::AtLeast,
        target_source: sources::RESOLUTION_57,
        flags: &[
            Bilingual {
                vi: "15 % là số ước tính cho cả năm 2025; số thực hiện đến hết tháng 9 là 12 %.",
                en: "15% is an estimate for the whole of 2025; the actual to end-September was 12%.",
            },
            Bilingual {
                vi: "12 % cho 9 tháng và 15 % cả năm ngụ ý quý IV đạt khoảng 22–24 % GRDP: khó tin, hoặc hai số dùng phương pháp khác nhau.",
                en: "12% for January–September and 15% for the year imply a fourth-quarter share of roughly 22–24%: implausible, or the two figures use different methods.",
            },
            Bilingual {
                vi: "Phương pháp đo khác nhau: tỉnh báo cáo 15 %; Cục Thống kê tính cả nước 14,02 %; phương pháp của Bộ cho 18,72 %. Mục tiêu 30 % là mục tiêu quốc gia.",
                en: "Measurement methods differ: the province reports 15%; the statistics office's national figure is 14.02%; the ministry's method gives 18.72%. The 30% target is national.",
            },
            Bilingual {
                vi: "Tỷ trọng đo theo giá hiện hành (danh nghĩa), còn các tốc độ tăng là thực (giá so sánh): tỷ trọng chỉ đi theo tỷ số tăng trưởng khi giá của kinh tế số và của GRDP biến động như nhau.",
                en: "The share is measured at current (nominal) prices, the growth rates are real (constant prices): the share follows the ratio of growth rates only if digital and overall prices move alike.",
            },
        ],
        path: Path::GrowthRatio {
            numerator: LeverId::DigitalGrowth,
            denominator: LeverId::GrdpGrowth,
        },
        absolute: Some(Absolute::ShareOfGrowingBase {
            base_2025: BaseSize::Fixed(GRDP_2025),
            growth: LeverId::GrdpGrowth,
            unit: AbsoluteUnit::TrillionVnd,
        }),
        absolute_label: Bilingual { vi: "Giá trị kinh tế số, nghìn tỷ đồng", en: "Digital economy, trillion VND" },
        context: &[
            ContextFigure {
                label: Bilingual { vi: "GRDP 2025", en: "GRDP 2025" },
                value: Bilingual { vi: "342,8 nghìn tỷ đồng", en: "342.8 trillion VND" },
                source: sources::BAO_NINH_BINH_GRDP,
            },
            ContextFigure {
                label: Bilingual { vi: "Tăng trưởng GRDP 2025", en: "GRDP growth 2025" },
                value: Bilingual { vi: "10,65 %", en: "10.65%" },
                source: sources::BAO_NINH_BINH_GRDP,
            },
        ],
        precision: 0.1,
        decimals: 1,
        baselines: &[
            BaselineOption {
                key: "estimate_2025",
                value: 15.0,
                label: Bilingual {
                    vi: "15 %: ước tính cả năm 2025 (mặc định)",
                    en: "15%: estimate for the whole of 2025 (default)",
                },
                source: sources::THANH_TRA,
            },
            BaselineOption {
                key: "sep_2025",
                value: 12.0,
                label: Bilingual {
                    vi: "12 %: thực hiện đến hết tháng 9/2025",
                    en: "12%: actual to end-September 2025",
                },
                source: sources::THANH_TRA,
            },
        ],
        milestones: &[],
    },
    IndicatorSpec {
        id: IndicatorId::DigitalWorkforce,
        label: Bilingual {
            vi: "Nhân lực công nghệ số / lực lượng lao động",
            en: "Digital-technology workers in the labour force",
        },
        baseline: 2.0,
        baseline_wording: Bilingual { vi: "gần 2 %", en: "nearly 2%" },
        baseline_source: sources::THANH_TRA,
        reported: &[ReportedPoint {
            at: 2025.0,
            value: 2.0,
            label: Bilingual { vi: "2025: gần 2 %", en: "2025: nearly 2%" },
            source: sources::THANH_TRA,
            flagged: false,
        }],
        target: 3.0,
        comparator: Comparator::Above,
        target_source: sources::DECISION_411,
        flags: &[
            Bilingual {
                vi: "Báo cáo ghi “gần 2 %”: mô hình bắt đầu từ 2 %, nên có thể hơi lạc quan; mốc quốc gia 2025 (> 2 %) chưa đạt.",
                en: "The report says “nearly 2%”: the model starts from 2%, so it may be slightly optimistic; the national 2025 milestone (> 2%) is not met.",
            },
            Bilingual {
                vi: "Chỉ tiêu của Quyết định 411 đo nhân lực kinh tế số; bài báo nêu nhân lực công nghệ số, một nhóm hẹp hơn.",
                en: "Decision 411's target measures the digital-economy workforce; the article reports digital-technology workers, a narrower group.",
            },
        ],
        path: Path::GrowthRatio {
            numerator: LeverId::DigitalWorkforceGrowth,
            denominator: LeverId::LabourForceGrowth,
        },
        absolute: Some(Absolute::ShareOfGrowingBase {
            base_2025: BaseSize::Lever(LeverId::LabourForce),
            growth: LeverId::LabourForceGrowth,
            unit: AbsoluteUnit::ThousandPeople,
        }),
        absolute_label: Bilingual { vi: "Nhân lực số, nghìn người", en: "Digital workers, thousand" },
        context: &[],
        precision: 0.1,
        decimals: 1,
        baselines: &[],
        milestones: &[OfficialMilestone {
            year: 2025,
            value: 2.0,
            comparator: Comparator::Above,
            source: sources::DECISION_411,
        }],
    },
    IndicatorSpec {
        id: IndicatorId::OnlineServices,
        label: Bilingual {
            vi: "Dịch vụ công trực tuyến toàn trình",
            en: "Full-process online public services",
        },
        baseline: SERVICES_FULL / SERVICES_TOTAL * 100.0,
        baseline_wording: Bilingual {
            vi: "67,2 % (1.415/2.107); báo cáo ghi 64,1 %",
            en: "67.2% (1,415/2,107); the report states 64.1%",
        },
        baseline_source: sources::THANH_TRA_DERIVED,
        reported: &[
            ReportedPoint {
                at: 2025.0,
                value: SERVICES_FULL / SERVICES_TOTAL * 100.0,
                label: Bilingual {
                    vi: "1.415/2.107 = 67,2 %",
                    en: "1,415/2,107 = 67.2%",
                },
                source: sources::THANH_TRA_DERIVED,
                flagged: false,
            },
            ReportedPoint {
                at: 2025.0,
                value: SERVICES_STATED_RATE,
                label: Bilingual { vi: "Báo cáo ghi 64,1 % ⚑", en: "Stated 64.1% ⚑" },
                source: sources::THANH_TRA,
                flagged: true,
            },
        ],
        target: 100.0,
        comparator: Comparator::AtLeast,
        target_source: sources::DECISION_749,
        flags: &[Bilingual {
            vi: "Hai con số trong báo cáo không khớp nhau: tỷ lệ ghi 64,1 %, còn hai số đếm cho 1.415/2.107 = 67,2 %. 64,1 % có thể đo một đại lượng khác (như tỷ lệ hồ sơ xử lý toàn trình) hoặc tính trên một tổng khác (1.415/2.207 = 64,1 %). Điều này quan trọng vì khoảng cách tới 100 % chênh nhau khoảng 3 điểm %. Mô hình bắt đầu từ 67,2 % tính từ hai số đếm; nên đối chiếu với cơ quan báo cáo.",
            en: "Two figures in the report do not match: the stated rate is 64.1%, while its two counts give 1,415/2,107 = 67.2%. 64.1% may measure something else (such as the share of dossiers handled fully online) or rest on a different total (1,415/2,207 = 64.1%). It matters because the gap to 100% differs by about 3 points. The model starts from the 67.2% the two counts give; confirm the figure with the reporting office.",
        }],
        path: Path::GapClosing {
            speed: LeverId::ServicesSpeed,
            ceiling: LeverId::ServicesCeiling,
        },
        absolute: Some(Absolute::ShareOfFixedCount {
            total: SERVICES_TOTAL,
            unit: AbsoluteUnit::Services,
        }),
        // One service in 2,107: the target is met when every service is.
        absolute_label: Bilingual { vi: "Số DVC toàn trình", en: "Full-process services" },
        context: &[
            ContextFigure {
                label: Bilingual { vi: "Dịch vụ công trực tuyến", en: "Online public services" },
                value: Bilingual { vi: "2.107, trong đó 1.415 toàn trình", en: "2,107, of which 1,415 full-process" },
                source: sources::THANH_TRA,
            },
        ],
        precision: 100.0 / SERVICES_TOTAL,
        decimals: 1,
        baselines: &[
            BaselineOption {
                key: "counts",
                value: SERVICES_FULL / SERVICES_TOTAL * 100.0,
                label: Bilingual {
                    vi: "67,2 %: tính từ 1.415/2.107 dịch vụ (mặc định)",
                    en: "67.2%: computed from 1,415/2,107 services (default)",
                },
                source: sources::THANH_TRA_DERIVED,
            },
            BaselineOption {
                key: "stated",
                value: SERVICES_STATED_RATE,
                label: Bilingual { vi: "64,1 %: tỷ lệ báo cáo ghi", en: "64.1%: the rate the report states" },
                source: sources::THANH_TRA,
            },
        ],
        milestones: &[],
    },
    IndicatorSpec {
        id: IndicatorId::RecordsDigitisation,
        label: Bilingual { vi: "Tỷ lệ số hoá hồ sơ", en: "Records digitisation rate" },
        baseline: 36.84,
        baseline_wording: Bilingual { vi: "36,84 %", en: "36.84%" },
        baseline_source: sources::THANH_TRA,
        reported: &[ReportedPoint {
            at: 2025.0,
            value: 36.84,
            label: Bilingual { vi: "2025: 36,84 %", en: "2025: 36.84%" },
            source: sources::THANH_TRA,
            flagged: false,
        }],
        target: 100.0,
        comparator: Comparator::AtLeast,
        target_source: sources::RECORDS_TARGET_UNSOURCED,
        flags: &[Bilingual {
            vi: "Chưa có chỉ tiêu quốc gia cho số hoá hồ sơ: 100 % là giả định, hãy nhập chỉ tiêu của tỉnh.",
            en: "No national target for records digitisation was found: 100% is an assumption, enter the province's own.",
        }],
        path: Path::GapClosing {
            speed: LeverId::RecordsSpeed,
            ceiling: LeverId::RecordsCeiling,
        },
        absolute: None,
        absolute_label: Bilingual { vi: "", en: "" },
        context: &[],
        precision: 0.01,
        decimals: 2,
        baselines: &[],
        milestones: &[],
    },
];

impl IndicatorId {
    /// Every indicator, in display order.
    pub fn all() -> impl Iterator<Item = IndicatorId> {
        INDICATORS.iter().map(|spec| spec.id)
    }

    /// This indicator's row in [`INDICATORS`].
    pub fn spec(self) -> &'static IndicatorSpec {
        INDICATORS
            .iter()
            .find(|spec| spec.id == self)
            .expect("every IndicatorId has a row in INDICATORS (checked by a test)")
    }

    /// The stable id string used in links, storage and data attributes.
    pub fn key(self) -> &'static str {
        match self {
            IndicatorId::DigitalEconomy => "digital_economy",
            IndicatorId::DigitalWorkforce => "digital_workforce",
            IndicatorId::OnlineServices => "online_services",
            IndicatorId::RecordsDigitisation => "records_digitisation",
        }
    }

    /// Looks an indicator up by its stable id string.
    pub fn from_key(key: &str) -> Option<IndicatorId> {
        IndicatorId::all().find(|id| id.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_indicator_is_in_the_table_once_and_key_matches_serde() {
        let ids = [
            IndicatorId::DigitalEconomy,
            IndicatorId::DigitalWorkforce,
            IndicatorId::OnlineServices,
            IndicatorId::RecordsDigitisation,
        ];
        assert_eq!(ids.len(), INDICATORS.len());
        for id in ids {
            assert_eq!(INDICATORS.iter().filter(|s| s.id == id).count(), 1);
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{}\"", id.key()));
            assert_eq!(IndicatorId::from_key(id.key()), Some(id));
        }
    }

    #[test]
    fn baselines_match_the_reference_data() {
        assert_eq!(IndicatorId::DigitalEconomy.spec().baseline, 15.0);
        assert_eq!(IndicatorId::DigitalWorkforce.spec().baseline, 2.0);
        let services = IndicatorId::OnlineServices.spec().baseline;
        assert!((services - 67.157).abs() < 0.001, "{services}");
        assert_eq!(IndicatorId::RecordsDigitisation.spec().baseline, 36.84);
        // The stated rate is shown, flagged, beside the derived one.
        let reported = IndicatorId::OnlineServices.spec().reported;
        assert!(reported.iter().any(|p| p.value == SERVICES_STATED_RATE));
    }

    #[test]
    fn context_figures_match_the_constants() {
        let economy = IndicatorId::DigitalEconomy.spec();
        assert!(economy.context[0].value.en.starts_with(&GRDP_2025.to_string()));
        let services = IndicatorId::OnlineServices.spec().context[0].value.en;
        assert!(services.contains("2,107") && services.contains("1,415"));
        assert_eq!((SERVICES_TOTAL, SERVICES_FULL), (2107.0, 1415.0));
        for spec in INDICATORS {
            assert_eq!(spec.absolute.is_some(), !spec.absolute_label.en.is_empty(), "{:?}", spec.id);
        }
    }

    #[test]
    fn flags_are_worded_neutrally_in_both_languages() {
        for spec in INDICATORS {
            for flag in spec.flags {
                for word in ["typo", "lỗi đánh máy", "mistake", "sai sót"] {
                    assert!(!flag.vi.contains(word) && !flag.en.contains(word), "{:?}: {word}", spec.id);
                }
            }
        }
        let services = IndicatorId::OnlineServices.spec().flags[0];
        assert!(services.vi.contains("không khớp") && services.en.contains("do not match"));
    }

    #[test]
    fn reaching_uses_reporting_precision() {
        let records = IndicatorId::RecordsDigitisation.spec();
        assert!(records.reaches(99.996, 100.0));
        assert!(!records.reaches(99.99, 100.0));
        let services = IndicatorId::OnlineServices.spec();
        // 2,106.6 of 2,107 services rounds to all of them; 2,106 does not.
        assert!(services.reaches(2106.6 / 2107.0 * 100.0, 100.0));
        assert!(!services.reaches(2106.0 / 2107.0 * 100.0, 100.0));
    }
}
