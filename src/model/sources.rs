//! Source strings for every figure the app shows, as given in
//! `shared/sources/REFERENCE-DATA.md`. Kept in one place so the lever and
//! indicator tables, the sources panel and the docs quote them identically.

/// A cited source: who said it and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Short citation, as shown next to a figure, in both languages.
    pub citation: Bilingual,
    /// Date of the publication or decision, ISO 8601 where known.
    pub date: &'static str,
    /// How the figure relates to the source.
    pub basis: Basis,
    /// A second document that states the same figure, with its own date
    /// (Resolution 57 and Decision 411 both set the digital-economy target).
    pub also: Option<&'static Source>,
}

impl Source {
    /// This source and the one it cites alongside, in order.
    pub fn documents(&'static self) -> impl Iterator<Item = &'static Source> {
        std::iter::once(self).chain(self.also)
    }
}

/// A text given in both of the app's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bilingual {
    /// Vietnamese, the first language.
    pub vi: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bilingual {
    /// The same text in both languages (proper names, document numbers).
    pub const fn same(text: &'static str) -> Self {
        Self { vi: text, en: text }
    }
}

/// How a figure was obtained from its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Read in the named source.
    Read,
    /// Arithmetic on figures read in the named source.
    Derived,
    /// Not confirmed in a primary text; always shown flagged.
    Unverified,
    /// A modelling assumption with no source: the user should set it.
    Assumption,
}

/// Thanh Tra newspaper report of the provincial Resolution 57 steering committee.
pub const THANH_TRA: Source = Source {
    citation: Bilingual {
        vi: "Báo Thanh Tra, “Ninh Bình: hội nghị đánh giá thực hiện Nghị quyết 57-NQ/TW”",
        en: "Thanh Tra newspaper, “Ninh Bình: hội nghị đánh giá thực hiện Nghị quyết 57-NQ/TW” \
             (Ninh Bình reviews its implementation of Resolution 57-NQ/TW)",
    },
    date: "2025-12-01",
    basis: Basis::Read,
    also: None,
};

/// The same report, with arithmetic on its figures.
pub const THANH_TRA_DERIVED: Source = Source { basis: Basis::Derived, ..THANH_TRA };

/// Provincial GRDP and growth for 2025.
pub const BAO_NINH_BINH_GRDP: Source = Source {
    citation: Bilingual {
        vi: "Báo Ninh Bình (en.baoninhbinh.org.vn), GRDP 2025",
        en: "Ninh Bình newspaper (en.baoninhbinh.org.vn), GRDP 2025",
    },
    date: "2025-12-30",
    basis: Basis::Read,
    also: None,
};

/// National growth target for 2026–2030.
pub const DIRECTIVE_31: Source = Source {
    citation: Bilingual {
        vi: "Chỉ thị 31/CT-TTg; Đại hội XIV: tăng trưởng GDP ≥ 10 %/năm giai đoạn 2026–2030",
        en: "Directive 31/CT-TTg; 14th Party Congress: GDP growth ≥ 10% a year in 2026–2030",
    },
    date: "2025-10-18",
    basis: Basis::Read,
    also: None,
};

/// National digital-economy share series from the statistics office.
pub const GSO_DIGITAL_SHARE: Source = Source {
    citation: Bilingual {
        vi: "Cục Thống kê: kinh tế số 13,17 % GDP (2024) → 14,02 % (2025), GDP tăng 8,02 % ⇒ kinh tế số tăng ≈ 15 %/năm",
        en: "Statistics office: digital economy 13.17% of GDP (2024) → 14.02% (2025), GDP +8.02% ⇒ digital economy ≈ +15% a year",
    },
    date: "2026-01",
    basis: Basis::Derived,
    also: None,
};

/// Resolution 57 of the Politburo, with Decision 411, which sets the same
/// digital-economy target; each document keeps its own date.
pub const RESOLUTION_57: Source = Source {
    citation: Bilingual { vi: "Nghị quyết 57-NQ/TW, mục II", en: "Resolution 57-NQ/TW, section II" },
    date: "2024-12-22",
    basis: Basis::Read,
    also: Some(&DECISION_411),
};

/// The national digital-economy strategy (workforce target).
pub const DECISION_411: Source = Source {
    citation: Bilingual { vi: "Quyết định 411/QĐ-TTg", en: "Decision 411/QĐ-TTg" },
    date: "2022-03-31",
    basis: Basis::Read,
    also: None,
};

/// The national digital-government programme (full-process services target).
pub const DECISION_749: Source = Source {
    citation: Bilingual { vi: "Quyết định 749/QĐ-TTg", en: "Decision 749/QĐ-TTg" },
    date: "2020-06-03",
    basis: Basis::Read,
    also: None,
};

/// The labour-force size: no source found.
pub const LABOUR_FORCE_UNVERIFIED: Source = Source {
    citation: Bilingual {
        vi: "Chưa tìm thấy nguồn; ≈ 2,1 triệu người là ước lượng, cần xác minh",
        en: "No source found; ≈ 2.1 million is a rough estimate to be verified",
    },
    date: "",
    basis: Basis::Unverified,
    also: None,
};

/// The default non-digital growth: what the other two defaults imply.
pub const NON_DIGITAL_ASSUMPTION: Source = Source {
    citation: Bilingual {
        vi: "Giả định: với tỷ trọng 15 %, kinh tế số +15 % và GRDP +10 %, phần còn lại tăng (1,10 − 0,15 × 1,15)/0,85 − 1 ≈ 9,1 % năm 2026",
        en: "Assumption: with a 15% share, digital +15% and GRDP +10%, the rest grows (1.10 − 0.15 × 1.15)/0.85 − 1 ≈ 9.1% in 2026",
    },
    date: "",
    basis: Basis::Assumption,
    also: None,
};

/// The plausibility bound on the digital-economy share: the national goal
/// for 2045, well beyond 2030.
pub const RESOLUTION_57_2045: Source = Source {
    citation: Bilingual {
        vi: "Nghị quyết 57-NQ/TW: kinh tế số ≥ 50 % GDP vào năm 2045",
        en: "Resolution 57-NQ/TW: digital economy ≥ 50% of GDP by 2045",
    },
    date: "2024-12-22",
    basis: Basis::Read,
    also: None,
};

/// A modelling assumption with no source.
pub const ASSUMPTION: Source = Source {
    citation: Bilingual {
        vi: "Giả định mô hình; chưa có số liệu của tỉnh",
        en: "Modelling assumption; no provincial figure yet",
    },
    date: "",
    basis: Basis::Assumption,
    also: None,
};

/// The records-digitisation target: no national figure found.
pub const RECORDS_TARGET_UNSOURCED: Source = Source {
    citation: Bilingual {
        vi: "Chưa có chỉ tiêu quốc gia; 100 % là giả định mặc định",
        en: "No national target found; 100% is a default assumption",
    },
    date: "",
    basis: Basis::Unverified,
    also: None,
};

/// Recent real GRDP growth of the three provinces merged into Ninh Bình.
pub const MERGED_PROVINCES_GROWTH: Source = Source {
    citation: Bilingual {
        vi: "Tăng trưởng GRDP thực của ba tỉnh hợp nhất: Ninh Bình cũ 8,52 % và Hà Nam 10,93 % năm 2024 (dautu.kinhtechungkhoan.vn), Nam Định 10,19 % năm 2023 (namdinhtv.vn) và 11,86 % quý I/2025 (tapchicongthuong.vn)",
        en: "Real GRDP growth of the three merged provinces: former Ninh Bình 8.52% and Hà Nam 10.93% in 2024 (dautu.kinhtechungkhoan.vn), Nam Định 10.19% in 2023 (namdinhtv.vn) and 11.86% in Q1 2025 (tapchicongthuong.vn)",
    },
    date: "2025",
    basis: Basis::Read,
    also: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_document_keeps_its_own_date() {
        let documents: Vec<&Source> = RESOLUTION_57.documents().collect();
        assert_eq!(documents.len(), 2);
        assert_eq!((documents[0].date, documents[1].date), ("2024-12-22", "2022-03-31"));
        assert!(!RESOLUTION_57.citation.vi.contains("411"), "one citation, one document, one date");
    }

    #[test]
    fn dates_match_the_reference_data() {
        // Dates REFERENCE-DATA.md gives: the article, the GRDP report, Directive 31, the statistics release.
        assert_eq!(THANH_TRA.date, "2025-12-01");
        assert_eq!(BAO_NINH_BINH_GRDP.date, "2025-12-30");
        assert_eq!(DIRECTIVE_31.date, "2025-10-18");
        assert_eq!(GSO_DIGITAL_SHARE.date, "2026-01");
    }

    #[test]
    fn english_citations_are_in_english() {
        for source in [
            THANH_TRA,
            BAO_NINH_BINH_GRDP,
            DIRECTIVE_31,
            GSO_DIGITAL_SHARE,
            RESOLUTION_57,
            DECISION_411,
            DECISION_749,
        ] {
            for word in ["Báo ", "Nghị quyết", "Quyết định", "Chỉ thị", "mục "] {
                let outside_quotes = source.citation.en.split('“').next().unwrap_or_default();
                assert!(!outside_quotes.contains(word), "{:?}", source.citation.en);
            }
        }
    }
}
