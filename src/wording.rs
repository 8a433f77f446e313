//! Pure wording the interface shows: scenario names for display, file
//! names, gap and status words. Kept out of the web layer so it is tested
//! natively; the components only place these strings.

use crate::i18n::target_words;
use crate::i18n::verdict::verdict;
use crate::i18n::{text, Lang};
use crate::model::projection::{IndicatorProjection, Status};
use crate::model::TARGET_YEAR;

/// A scenario's name for display: "unnamed" when empty.
pub fn display_name(name: &str, lang: Lang) -> String {
    if name.trim().is_empty() {
        lang.pick(text::UNNAMED).to_owned()
    } else {
        name.to_owned()
    }
}

/// A file name from a scenario name: letters, digits and dashes, with the
/// given extension (`"json"`, `"csv"`).
pub fn file_name(name: &str, extension: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() { "kich-ban".to_owned() } else { stem };
    format!("lotrinh-{stem}.{extension}")
}

/// The symbol, words and CSS class for a status, from the one verdict
/// vocabulary ([`crate::i18n::verdict`]).
pub fn status_words(status: Status, lang: Lang) -> (&'static str, &'static str, &'static str) {
    let verdict = verdict(status);
    (verdict.symbol, verdict.words(lang), verdict.key)
}

/// The gap to the target in 2030, in words: "short by 11.3 pp" or "above by
/// 0.2 pp". The words carry the direction, so the figure is shown without a sign.
pub fn gap_words(p: &IndicatorProjection, lang: Lang) -> String {
    target_words::gap_in(p, TARGET_YEAR, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;
    use crate::model::projection::project;
    use crate::scenario::Scenario;

    #[test]
    fn an_empty_name_reads_unnamed_in_each_language() {
        assert_eq!(display_name("  ", Lang::En), "Unnamed scenario");
        assert_eq!(display_name("", Lang::Vi), "Kịch bản chưa đặt tên");
        assert_eq!(display_name("Kế hoạch", Lang::En), "Kế hoạch");
    }

    #[test]
    fn file_names_keep_letters_and_digits_only() {
        assert_eq!(file_name("Kế hoạch 2030 / Plan", "json"), "lotrinh-Kế-hoạch-2030-Plan.json");
        assert_eq!(file_name("  ", "csv"), "lotrinh-kich-ban.csv");
        assert_eq!(file_name("a..b", "json"), "lotrinh-a-b.json");
    }

    #[test]
    fn gap_words_carry_the_direction_without_a_sign() {
        let mut p = project(&Scenario::default()).get(IndicatorId::DigitalEconomy).clone();
        p.gap = 11.25;
        assert_eq!(
            gap_words(&p, Lang::En),
            format!("short by {}", Lang::En.points(11.25, 1).trim_start_matches('+'))
        );
        p.gap = -0.2;
        let above = gap_words(&p, Lang::En);
        assert!(above.starts_with("above by ") && !above.contains('-') && !above.contains('+'), "{above}");
        assert!(gap_words(&p, Lang::Vi).starts_with("vượt "));
    }

    #[test]
    fn every_status_has_a_symbol_words_and_a_class() {
        for status in [Status::OnTrack, Status::NeedsAcceleration, Status::OffTrack] {
            for lang in [Lang::Vi, Lang::En] {
                let (symbol, words, class) = status_words(status, lang);
                assert!(!symbol.is_empty() && !words.is_empty() && !class.is_empty());
            }
        }
        assert_eq!(status_words(Status::OffTrack, Lang::En).1, "Off track");
    }
}
