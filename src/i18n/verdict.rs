//! One vocabulary for verdicts. The same [`Status`] gets the same symbol and
//! words on the cards, in the comparison, on the slides, in the printout and
//! in exports. Keyed on [`Status`]: a new status gets its row here, and the
//! compiler points at this match until it has one.

use super::Lang;
use crate::model::projection::Status;
use crate::model::sources::Bilingual;

/// How a status is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// A symbol, so the verdict does not rest on colour alone.
    pub symbol: &'static str,
    /// The words.
    pub words: Bilingual,
    /// A stable key, for CSS classes and exports (`on-track`).
    pub key: &'static str,
}

/// The verdict for a status.
pub fn verdict(status: Status) -> Verdict {
    match status {
        Status::OnTrack => {
            Verdict {
                symbol: "✓", words: Bilingual { vi: "Đúng lộ trình", en: "On track" }, key: "on-track"
            }
        }
        Status::NeedsAcceleration => Verdict {
            symbol: "▲",
            words: Bilingual { vi: "Cần tăng tốc", en: "Needs acceleration" },
            key: "needs-acceleration",
        },
        Status::OffTrack => {
            Verdict {
                symbol: "✕", words: Bilingual { vi: "Chệch hướng", en: "Off track" }, key: "off-track"
            }
        }
        Status::ReachedThenLost => Verdict {
            symbol: "↘",
            words: Bilingual { vi: "Đạt rồi lại mất", en: "Reached, then lost" },
            key: "reached-then-lost",
        },
        Status::Unreachable => Verdict {
            symbol: "⊘",
            words: Bilingual { vi: "Không thể đạt", en: "Unreachable" },
            key: "unreachable",
        },
    }
}

impl Verdict {
    /// The words in a language.
    pub fn words(self, lang: Lang) -> &'static str {
        lang.pick(self.words)
    }

    /// Symbol and words, for plain text (`✓ Đúng lộ trình`).
    pub fn label(self, lang: Lang) -> String {
        format!("{} {}", self.symbol, self.words(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Status; 5] = [
        Status::OnTrack,
        Status::NeedsAcceleration,
        Status::OffTrack,
        Status::ReachedThenLost,
        Status::Unreachable,
    ];

    #[test]
    fn every_status_has_its_own_symbol_words_and_key_in_both_languages() {
        for (i, a) in ALL.iter().enumerate() {
            let va = verdict(*a);
            assert!(!va.words.vi.is_empty() && !va.words.en.is_empty());
            for b in &ALL[i + 1..] {
                let vb = verdict(*b);
                assert_ne!(va.symbol, vb.symbol);
                assert_ne!(va.words.vi, vb.words.vi);
                assert_ne!(va.words.en, vb.words.en);
                assert_ne!(va.key, vb.key);
            }
        }
    }

    #[test]
    fn labels_in_both_languages() {
        assert_eq!(verdict(Status::OnTrack).label(Lang::Vi), "✓ Đúng lộ trình");
        assert_eq!(verdict(Status::OnTrack).label(Lang::En), "✓ On track");
        assert_eq!(verdict(Status::NeedsAcceleration).label(Lang::Vi), "▲ Cần tăng tốc");
        assert_eq!(verdict(Status::NeedsAcceleration).label(Lang::En), "▲ Needs acceleration");
        assert_eq!(verdict(Status::OffTrack).label(Lang::Vi), "✕ Chệch hướng");
        assert_eq!(verdict(Status::OffTrack).label(Lang::En), "✕ Off track");
    }
}
