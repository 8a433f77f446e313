//! The wording of the fan charts in both languages: the band switch, the
//! percentile columns of the yearly table and the exports, and the 90 %
//! range read out with a chart. Pure, so every view words them the same way
//! (the legend's band names are in [`super::uncertainty`]).

use super::Lang;
use crate::model::sources::Bilingual;
use crate::model::uncertainty::Band;

/// The band switch's label (a toggle button, pressed while the bands show).
pub const BAND_TOGGLE: Bilingual = Bilingual {
    vi: "Hiện khoảng bất định (Monte Carlo)",
    en: "Show uncertainty bands (Monte Carlo)",
};

/// A line under the switch saying what the bands are.
pub const BAND_NOTE: Bilingual = Bilingual {
    vi: "Dải đậm: 50 % số đường mô phỏng; dải nhạt viền chấm: 90 %; nét đứt: trung vị.",
    en: "Darker band: 50% of the simulated paths; lighter band with a dotted edge: 90%; dashed: the median.",
};

/// The five percentile columns, lowest first, as the yearly table heads them.
pub const PERCENTILES: [Bilingual; 5] = [
    Bilingual { vi: "Phân vị 5", en: "5th percentile" },
    Bilingual { vi: "Phân vị 25", en: "25th percentile" },
    Bilingual { vi: "Trung vị", en: "Median" },
    Bilingual { vi: "Phân vị 75", en: "75th percentile" },
    Bilingual { vi: "Phân vị 95", en: "95th percentile" },
];

/// The same, short, as the yearly table heads them under
/// [`PERCENTILES_GROUP`] (the full name is their accessible label).
pub const PERCENTILE_SHORT: [Bilingual; 5] = [
    Bilingual { vi: "P5", en: "P5" },
    Bilingual { vi: "P25", en: "P25" },
    Bilingual { vi: "Trung vị", en: "Median" },
    Bilingual { vi: "P75", en: "P75" },
    Bilingual { vi: "P95", en: "P95" },
];

/// The group heading over the percentile columns of the yearly table.
pub const PERCENTILES_GROUP: Bilingual =
    Bilingual { vi: "Phân vị Monte Carlo", en: "Monte Carlo percentiles" };

/// A percentile column's header in the CSV and the workbook: `Phân vị 5 (%)`,
/// `5th percentile (%)`.
pub fn percentile_header(index: usize, lang: Lang) -> String {
    format!("{} (%)", lang.pick(PERCENTILES[index]))
}

/// The 90 % range of a year, read out after the chart's summary:
/// "Khoảng 90 % năm 2030: từ 14,2 % đến 22,1 %." / "90% range for 2030:
/// 14.2% to 22.1%."
pub fn range_90(band: &Band, year: u16, decimals: usize, lang: Lang) -> String {
    let (low, high) = (lang.percent(band.p05, decimals), lang.percent(band.p95, decimals));
    match lang {
        Lang::Vi => format!("Khoảng 90\u{a0}% năm {year}: từ {low} đến {high}."),
        Lang::En => format!("90% range for {year}: {low} to {high}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_90_range_is_worded_with_each_locales_numbers() {
        let band = Band { p05: 14.26, p25: 16.0, p50: 18.0, p75: 20.0, p95: 22.1 };
        assert_eq!(
            range_90(&band, 2030, 1, Lang::Vi),
            "Khoảng 90\u{a0}% năm 2030: từ 14,3\u{a0}% đến 22,1\u{a0}%."
        );
        assert_eq!(range_90(&band, 2030, 1, Lang::En), "90% range for 2030: 14.3% to 22.1%.");
    }

    #[test]
    fn percentile_headers_are_bilingual() {
        assert_eq!(percentile_header(0, Lang::Vi), "Phân vị 5 (%)");
        assert_eq!(percentile_header(4, Lang::En), "95th percentile (%)");
        assert_eq!(percentile_header(2, Lang::En), "Median (%)");
    }
}
