//! Embeds: a link with `embed=1` shows only the chosen indicators' charts
//! and cards, with no chrome, for an `<iframe>` in a report or a website.
//!
//! `embed=1&ind=digital_economy,online_services&lang=en` on top of any share
//! link: `ind` lists indicator ids (all four when absent), `lang` picks the
//! language (`vi` or `en`; the reader's own choice when absent). These three
//! belong to the embed, not to the scenario, so [`split`] takes them out
//! before [`super::link::decode`] reads the rest.

use crate::lang::Lang;
use crate::model::indicators::IndicatorId;

use super::problem::LinkProblem;
use super::sanitize::shown;

/// The parameter that turns a link into an embed.
pub const EMBED_PARAM: &str = "embed";
/// The parameter listing the indicators shown.
pub const INDICATORS_PARAM: &str = "ind";
/// The parameter choosing the language.
pub const LANG_PARAM: &str = "lang";

/// What an embed shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Embed {
    /// The indicators shown, in the order given, without repeats; never empty.
    pub indicators: Vec<IndicatorId>,
    /// The language, when the link names one.
    pub lang: Option<Lang>,
}

/// An embed link taken apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// The embed, when the link has `embed=1`.
    pub embed: Option<Embed>,
    /// The rest of the query, for [`super::link::decode`].
    pub rest: String,
    /// What was wrong with the embed's own parameters.
    pub problems: Vec<LinkProblem>,
}

/// Takes the embed's parameters out of `query` (with or without `?`). A
/// query without `embed=1` comes back whole, so `ind` and `lang` without it
/// are reported by the link decoder as unknown.
pub fn split(query: &str) -> Split {
    let query = query.strip_prefix('?').unwrap_or(query);
    let value_of = |key: &str| {
        query.split('&').find_map(|segment| segment.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
    };
    if value_of(EMBED_PARAM) != Some("1") {
        return Split { embed: None, rest: query.to_owned(), problems: Vec::new() };
    }
    let mut problems = Vec::new();
    let mut indicators = Vec::new();
    for token in value_of(INDICATORS_PARAM).unwrap_or("").split([',', '~']).filter(|t| !t.is_empty()) {
        match IndicatorId::from_key(token) {
            Some(id) if !indicators.contains(&id) => indicators.push(id),
            Some(_) => {}
            None => problems.push(LinkProblem::MalformedValue {
                param: INDICATORS_PARAM.to_owned(),
                given: shown(token),
            }),
        }
    }
    if indicators.is_empty() {
        indicators = IndicatorId::all().collect();
    }
    let lang = match value_of(LANG_PARAM) {
        None => None,
        Some(code) => {
            let lang = Lang::from_code(code);
            if lang.is_none() {
                problems
                    .push(LinkProblem::MalformedValue { param: LANG_PARAM.to_owned(), given: shown(code) });
            }
            lang
        }
    };
    let own = |segment: &&str| {
        let key = segment.split_once('=').map_or(*segment, |(key, _)| key);
        ![EMBED_PARAM, INDICATORS_PARAM, LANG_PARAM].contains(&key)
    };
    let rest = query.split('&').filter(own).collect::<Vec<_>>().join("&");
    Split { embed: Some(Embed { indicators, lang }), rest, problems }
}

/// The embed link for a share link's query: the query, then `embed=1`, the
/// indicators and the language.
pub fn embed_query(query: &str, indicators: &[IndicatorId], lang: Lang) -> String {
    let ids: Vec<&str> = indicators.iter().map(|id| id.key()).collect();
    let query = query.strip_prefix('?').unwrap_or(query).trim_end_matches('&');
    format!("{query}&{EMBED_PARAM}=1&{INDICATORS_PARAM}={}&{LANG_PARAM}={}", ids.join(","), lang.code())
}

/// The `<iframe>` to paste into a report or a web page, with a few lines of
/// script that set its height from the height the embed posts
/// (`{type: "lotrinh-embed-height", height}`), so it never shows a scroll bar.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    let attr = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" style=\"width:100%;height:640px;border:0\" loading=\"lazy\"></iframe>\n\
         <script>addEventListener(\"message\",function(e){{var d=e.data;if(!d||d.type!==\"lotrinh-embed-height\")return;\
         document.querySelectorAll(\"iframe\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=d.height+\"px\"}})}});</script>",
        src = attr(url),
        title = attr(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::decode;

    #[test]
    fn embed_parameters_are_taken_out_and_the_rest_is_the_link() {
        let split = split("?v=1&grdp_growth=12&embed=1&ind=online_services,digital_economy&lang=en");
        let embed = split.embed.clone();
        assert_eq!(
            embed,
            Some(Embed {
                indicators: vec![IndicatorId::OnlineServices, IndicatorId::DigitalEconomy],
                lang: Some(Lang::En)
            })
        );
        assert_eq!(split.rest, "v=1&grdp_growth=12");
        assert_eq!(split.problems, vec![]);
        assert_eq!(decode(&split.rest).problems, vec![]);
    }

    #[test]
    fn no_embed_leaves_the_link_whole_and_bad_values_are_named() {
        assert_eq!(split("v=1&ind=x").embed, None);
        assert_eq!(split("v=1&ind=x").rest, "v=1&ind=x");
        let bad = split("v=1&embed=1&ind=colour,digital_economy&lang=fr");
        assert_eq!(bad.embed.map(|e| e.indicators), Some(vec![IndicatorId::DigitalEconomy]));
        assert_eq!(bad.problems.len(), 2);
        let all = split("v=1&embed=1");
        assert_eq!(all.embed.map(|e| e.indicators.len()), Some(4));
    }

    #[test]
    fn the_embed_query_and_snippet_round_trip() {
        let query = embed_query("v=1&preset=plan.2025-12-01", &[IndicatorId::DigitalWorkforce], Lang::Vi);
        assert_eq!(query, "v=1&preset=plan.2025-12-01&embed=1&ind=digital_workforce&lang=vi");
        let back = split(&query);
        assert_eq!(back.rest, "v=1&preset=plan.2025-12-01");
        let snippet = iframe_snippet(&format!("https://x.vn/?{query}"), "Kế hoạch \"A\"");
        assert!(
            snippet.contains("src=\"https://x.vn/?v=1&amp;preset=plan.2025-12-01&amp;embed=1"),
            "{snippet}"
        );
        assert!(snippet.contains("title=\"Kế hoạch &quot;A&quot;\""));
    }
}
