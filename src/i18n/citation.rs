//! A source as one line of text, each document with its own date:
//! `Nghị quyết 57-NQ/TW, mục II (22/12/2024); Quyết định 411/QĐ-TTg (31/03/2022)`.
//! Used wherever a source is quoted in running text (cards, chart footers).

use super::Lang;
use crate::model::sources::Source;

/// Every document of `source`, each followed by its date when it has one.
pub fn cite(source: &'static Source, lang: Lang) -> String {
    source
        .documents()
        .map(|document| match document.date {
            "" => lang.pick(document.citation).to_owned(),
            date => format!("{} ({})", lang.pick(document.citation), lang.date(date)),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sources::{ASSUMPTION, RESOLUTION_57};

    #[test]
    fn each_document_is_cited_with_its_own_date_in_both_languages() {
        assert_eq!(
            cite(&RESOLUTION_57, Lang::Vi),
            "Nghị quyết 57-NQ/TW, mục II (22/12/2024); Quyết định 411/QĐ-TTg (31/03/2022)"
        );
        assert_eq!(
            cite(&RESOLUTION_57, Lang::En),
            "Resolution 57-NQ/TW, section II (22 Dec 2024); Decision 411/QĐ-TTg (31 Mar 2022)"
        );
        assert_eq!(cite(&ASSUMPTION, Lang::En), "Modelling assumption; no provincial figure yet");
    }
}
