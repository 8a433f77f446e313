//! Scenarios that ship with the app. Each one's note gives its rationale in
//! both languages, reasoned from the reference data; the "Plan" preset takes
//! its rates from the model's own closed-form inverses, so it reaches every
//! 2030 target by construction.

use std::sync::OnceLock;

use crate::lang::Lang;
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::model::projection::{project, Required};
use crate::model::sources::Bilingual;
use crate::scenario::Scenario;

/// The shipped presets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The default assumptions (the national growth target, one year of
    /// national digital growth), not a forecast.
    CurrentTrend,
    /// Reaches every 2030 target.
    Plan,
    /// Faster than the plan on every lever.
    Breakthrough,
    /// Slower growth and a lower services ceiling.
    Cautious,
}

impl Preset {
    /// Every preset, in display order.
    pub const ALL: [Preset; 4] = [Preset::CurrentTrend, Preset::Plan, Preset::Breakthrough, Preset::Cautious];

    /// Stable id, for links and storage.
    pub fn key(self) -> &'static str {
        match self {
            Preset::CurrentTrend => "current_trend",
            Preset::Plan => "plan",
            Preset::Breakthrough => "breakthrough",
            Preset::Cautious => "cautious",
        }
    }

    /// The preset's name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Preset::CurrentTrend => Bilingual { vi: "Xu hướng hiện tại", en: "Current trend" },
            Preset::Plan => Bilingual { vi: "Kế hoạch", en: "Plan" },
            Preset::Breakthrough => Bilingual { vi: "Bứt phá", en: "Breakthrough" },
            Preset::Cautious => Bilingual { vi: "Thận trọng", en: "Cautious" },
        })
    }

    /// One line that says what the preset assumes, shown under its name
    /// (touch screens and projectors never show a hover title).
    pub fn description(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Preset::CurrentTrend => Bilingual {
                vi: "Các giả định mặc định (GRDP +10 %/năm là mục tiêu quốc gia), không phải dự báo.",
                en: "The default assumptions (GRDP +10%/yr is the national target), not a forecast.",
            },
            Preset::Plan => Bilingual {
                vi: "Vừa đủ đạt mọi mục tiêu đúng năm 2030, không có dư địa; các tốc độ là nghiệm của mô hình.",
                en: "Meets every target exactly in 2030, with no margin; the rates are the model's own solutions.",
            },
            Preset::Breakthrough => Bilingual {
                vi: "Nhanh hơn kế hoạch: kinh tế số tăng 30 %/năm, GRDP 11 %/năm.",
                en: "Ahead of plan: digital economy +30%/yr, GRDP +11%/yr.",
            },
            Preset::Cautious => Bilingual {
                vi: "Tăng trưởng chậm lại: GRDP 8 %/năm, trần dịch vụ công 95 %.",
                en: "Slower growth: GRDP +8%/yr, online-services ceiling 95%.",
            },
        })
    }

    /// The preset's scenario, named and with its rationale as the note in `lang`.
    pub fn scenario(self, lang: Lang) -> Scenario {
        self.shared(lang).clone()
    }

    /// The preset's scenario in `lang`, built once per run: the plan solves
    /// four projections, and the library and the comparison ask for presets
    /// on every render.
    pub fn shared(self, lang: Lang) -> &'static Scenario {
        static BUILT: [OnceLock<Scenario>; 8] = [const { OnceLock::new() }; 8];
        let index = Preset::ALL.iter().position(|p| *p == self).unwrap_or(0);
        let slot = index * 2 + usize::from(lang == Lang::En);
        BUILT[slot].get_or_init(|| self.build(lang))
    }

    fn build(self, lang: Lang) -> Scenario {
        let (vi, en) = match self {
            Preset::CurrentTrend => current_trend(),
            Preset::Plan => plan(),
            Preset::Breakthrough => breakthrough(),
            Preset::Cautious => cautious(),
        };
        let note = match lang {
            Lang::Vi => vi.note,
            Lang::En => en.note,
        };
        Scenario { name: self.name(lang).to_owned(), note, ..vi }
    }
}

/// A preset's scenario with its note in each language: (Vietnamese, English).
type Notes = (Scenario, Scenario);

fn named(note_vi: &str, note_en: &str) -> Notes {
    let vi = Scenario { note: note_vi.to_owned(), ..Scenario::default() };
    let en = Scenario { note: note_en.to_owned(), ..Scenario::default() };
    (vi, en)
}

fn current_trend() -> Notes {
    named(
        "Các giả định mặc định, không phải dự báo. GRDP tăng 10 %/năm là mục tiêu quốc gia 2026–2030, không phải xu hướng: \
         tăng trưởng thực gần đây của các tỉnh hợp nhất từ 8,52 % (Ninh Bình cũ, 2024) đến 11,86 % (Nam Định, quý I/2025), \
         10,65 % năm 2025. Kinh tế số tăng ≈ 15 %/năm chỉ dựa trên một năm (2024→2025) của tỷ trọng cả nước theo giá hiện hành \
         (13,17 % → 14,02 % GDP khi GDP tăng 8,02 %). Nhân lực số tăng 6 %/năm và các tốc độ thu hẹp 30 % (DVC toàn trình), \
         20 % (số hoá hồ sơ) là giả định.",
        "Default assumptions, not a forecast. GRDP +10% a year is the national 2026–2030 target, not a trend: recent real \
         growth in the merged provinces ran from 8.52% (former Ninh Bình, 2024) to 11.86% (Nam Định, Q1 2025), 10.65% in \
         2025. Digital-economy growth of ≈ 15% a year rests on a single year (2024→2025) of the national share at current \
         prices (13.17% → 14.02% of GDP while GDP grew 8.02%). Digital workers +6% a year and closing 30% (full-process \
         services) and 20% (records) of the gap a year are assumptions.",
    )
}

/// The constant driver value that meets `indicator`'s target in 2030,
/// rounded up to the lever's step so it does meet it (one step more when
/// the rate falls on the grid of a strict "> X" target).
fn required_on_grid(base: &Scenario, indicator: IndicatorId) -> f64 {
    let projection = project(base);
    let p = projection.get(indicator);
    let spec = p.spec.path.driver().spec();
    let rate = match p.required {
        Required::Rate(rate) => rate,
        Required::AnyRate => return spec.min,
        Required::Unreachable(_) | Required::NoYearsLeft => return spec.max,
    };
    let steps = ((rate - spec.min) / spec.step - 1e-9).ceil();
    let mut value = (spec.min + steps * spec.step).clamp(spec.min, spec.max);
    let mut trial = base.clone();
    trial.set_whole(spec.id, value);
    if !p.spec.reaches(project(&trial).get(indicator).value_2030(), p.target) {
        value = (value + spec.step).min(spec.max);
    }
    value
}

fn plan() -> Notes {
    let mut scenario = Scenario::default();
    let drivers = [
        (IndicatorId::DigitalEconomy, LeverId::DigitalGrowth),
        (IndicatorId::DigitalWorkforce, LeverId::DigitalWorkforceGrowth),
        (IndicatorId::OnlineServices, LeverId::ServicesSpeed),
        (IndicatorId::RecordsDigitisation, LeverId::RecordsSpeed),
    ];
    let mut rates = Vec::new();
    for (indicator, lever) in drivers {
        let rate = required_on_grid(&scenario, indicator);
        scenario.set_whole(lever, rate);
        rates.push(rate);
    }
    let [economy, workforce, services, records] = [rates[0], rates[1], rates[2], rates[3]];
    let (vi, en) = (Lang::Vi, Lang::En);
    let (vi_note, en_note) = named(
        &format!(
            "Đạt đúng các mục tiêu 2030 với GRDP tăng 10 %/năm: kinh tế số phải tăng {} %/năm để đạt 30 % GRDP; \
             nhân lực số tăng {} %/năm để vượt 3 %; mỗi năm thu hẹp {} % khoảng cách DVC toàn trình và {} % \
             khoảng cách số hoá hồ sơ để đạt 100 %. Các tốc độ này là nghiệm của mô hình, làm tròn lên theo bước: \
             mỗi mục tiêu đạt đúng vào năm 2030, không có dư địa; chậm ở bất kỳ năm nào là trượt mục tiêu.",
            vi.number(economy, 1),
            vi.number(workforce, 1),
            vi.number(services, 0),
            vi.number(records, 0)
        ),
        &format!(
            "Meets the 2030 targets with GRDP +10% a year: the digital economy must grow {}% a year to reach 30% of GRDP; \
             digital workers {}% a year to pass 3%; each year closes {}% of the full-process services gap and {}% of \
             the records gap to reach 100%. These rates are the model's own solutions, rounded up to the step: \
             each target is reached exactly in 2030, with no margin; falling behind in any year misses it.",
            en.number(economy, 1),
            en.number(workforce, 1),
            en.number(services, 0),
            en.number(records, 0)
        ),
    );
    (Scenario { note: vi_note.note, ..scenario.clone() }, Scenario { note: en_note.note, ..scenario })
}

fn breakthrough() -> Notes {
    let (mut vi, mut en) = named(
        "Vượt kế hoạch: GRDP tăng 11 %/năm; kinh tế số tăng 30 %/năm nhờ thu hút đầu tư công nghệ và trung tâm dữ liệu; \
         nhân lực số tăng 12 %/năm nhờ đào tạo và thu hút nhân tài; mỗi năm thu hẹp 85 % khoảng cách DVC toàn trình \
         và 90 % khoảng cách số hoá hồ sơ.",
        "Ahead of plan: GRDP +11% a year; the digital economy +30% a year on technology investment and data centres; \
         digital workers +12% a year on training and recruitment; each year closes 85% of the full-process services \
         gap and 90% of the records gap.",
    );
    for (lever, value) in [
        (LeverId::GrdpGrowth, 11.0),
        (LeverId::DigitalGrowth, 30.0),
        (LeverId::DigitalWorkforceGrowth, 12.0),
        (LeverId::ServicesSpeed, 85.0),
        (LeverId::RecordsSpeed, 90.0),
    ] {
        vi.set_whole(lever, value);
        en.set_whole(lever, value);
    }
    (vi, en)
}

fn cautious() -> Notes {
    let (mut vi, mut en) = named(
        "Tăng trưởng chậm lại: GRDP tăng 8 %/năm (như GDP cả nước năm 2025: 8,02 %); kinh tế số tăng 11 %/năm; \
         nhân lực số tăng 4 %/năm; mỗi năm chỉ thu hẹp 20 % khoảng cách DVC toàn trình và 12 % khoảng cách số hoá \
         hồ sơ; 5 % dịch vụ vẫn cần làm trực tiếp (trần 95 %).",
        "Slower growth: GRDP +8% a year (national GDP grew 8.02% in 2025); the digital economy +11% a year; digital \
         workers +4% a year; each year closes only 20% of the full-process services gap and 12% of the records gap; \
         5% of services still need an in-person step (ceiling 95%).",
    );
    for (lever, value) in [
        (LeverId::GrdpGrowth, 8.0),
        (LeverId::DigitalGrowth, 11.0),
        (LeverId::DigitalWorkforceGrowth, 4.0),
        (LeverId::ServicesSpeed, 20.0),
        (LeverId::ServicesCeiling, 95.0),
        (LeverId::RecordsSpeed, 12.0),
    ] {
        vi.set_whole(lever, value);
        en.set_whole(lever, value);
    }
    (vi, en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projection::Status;

    #[test]
    fn plan_reaches_every_target_and_says_so() {
        let plan = Preset::Plan.scenario(Lang::Vi);
        let projection = project(&plan);
        for p in &projection.indicators {
            assert_eq!(p.status, Status::OnTrack, "{:?}: {}", p.id, p.value_2030());
        }
        assert!(projection.clamped.is_empty());
        assert!(plan.note.contains("%/năm") && plan.note.contains("không có dư địa"));
        assert!(Preset::Plan.scenario(Lang::En).note.contains("% a year"));
        assert!(Preset::Plan.scenario(Lang::En).note.contains("no margin"));
    }

    #[test]
    fn presets_are_built_once_and_equal_to_a_fresh_build() {
        assert!(std::ptr::eq(Preset::Plan.shared(Lang::Vi), Preset::Plan.shared(Lang::Vi)));
        assert_eq!(*Preset::Plan.shared(Lang::En), Preset::Plan.build(Lang::En));
        assert_eq!(*Preset::Cautious.shared(Lang::Vi), Preset::Cautious.build(Lang::Vi));
        assert_ne!(Preset::Cautious.shared(Lang::Vi).name, Preset::Cautious.shared(Lang::En).name);
    }

    #[test]
    fn presets_are_ordered_by_ambition() {
        let value =
            |preset: Preset, id: IndicatorId| project(&preset.scenario(Lang::En)).get(id).value_2030();
        for id in IndicatorId::all() {
            assert!(value(Preset::Cautious, id) < value(Preset::CurrentTrend, id), "{id:?}");
            assert!(value(Preset::CurrentTrend, id) < value(Preset::Plan, id), "{id:?}");
            assert!(value(Preset::Plan, id) <= value(Preset::Breakthrough, id), "{id:?}");
        }
    }

    #[test]
    fn presets_are_in_range_and_named_and_described_in_each_language() {
        for preset in Preset::ALL {
            let (vi, en) = (preset.scenario(Lang::Vi), preset.scenario(Lang::En));
            assert!(project(&vi).clamped.is_empty(), "{preset:?}");
            assert_eq!((vi.name.as_str(), en.name.as_str()), (preset.name(Lang::Vi), preset.name(Lang::En)));
            assert_ne!(vi.name, en.name, "{preset:?}");
            assert!(!vi.name.contains(" / ") && !en.name.contains(" / "), "{preset:?}");
            assert!(!en.note.contains("năm") && vi.note.contains("năm"), "{preset:?}: one language per note");
            assert_eq!(vi.levers, en.levers, "{preset:?}");
            assert_ne!(preset.description(Lang::Vi), preset.description(Lang::En));
        }
        assert_eq!(Preset::Plan.name(Lang::Vi), "Kế hoạch");
        assert_eq!(Preset::Plan.name(Lang::En), "Plan");
        assert_eq!(Preset::CurrentTrend.scenario(Lang::Vi).levers, Scenario::default().levers);
    }
}
