//! Builders of the report's parts, shared by the printed report and the
//! deck: the assumptions in words, the summary table, the QR figure and the
//! date.

use yew::prelude::*;

use crate::codec::readable::readable;
use crate::i18n::target_words;
use crate::i18n::verdict::verdict;
use crate::i18n::{text, Lang};
use crate::model::levers::LEVERS;
use crate::model::projection::Projection;
use crate::scenario::Scenario;

/// The scenario's assumptions in words: the levers that differ from the
/// baseline with their baseline values, or the main ones when none do.
pub fn assumptions(scenario: &Scenario, lang: Lang) -> Html {
    let changed: Vec<_> = LEVERS.iter().filter(|spec| scenario.levers.contains_key(&spec.id)).collect();
    let shown: Vec<_> = if changed.is_empty() { LEVERS.iter().take(4).collect() } else { changed.clone() };
    html! {
        <>
                if changed.is_empty() { <p>{ lang.pick(text::ALL_BASELINE) }</p> }
                <ul class="assumptions">
                    { for shown.iter().map(|spec| {
                        let value = lang.lever_amount(scenario.lever(spec.id), spec);
                        let baseline = lang.number(spec.default, spec.decimals());
                        html! {
                            <li>
                                <strong>{ lang.pick(spec.label) }</strong>
                                { format!(": {value}") }
                                if !changed.is_empty() {
                                    <span class="muted">{ format!(" ({} {baseline})", lang.pick(text::BASELINE_VALUE)) }</span>
                                }
                            </li>
                        }
                    }) }
                    { for target_words::custom_targets(scenario, lang).into_iter().map(|line| html! {
                        <li class="custom-target" data-assumption-target="">{ line }</li>
                    }) }
                </ul>
        </>
    }
}

/// Today's date, ISO 8601 (format it with [`Lang::date`] to show it).
pub fn today() -> String {
    let now = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    now.get(..10).unwrap_or_default().to_owned()
}

/// "Presented on 28/11/2026 · Data as of 01/12/2025", in the language's date format.
pub fn dates_line(vintage: &str, lang: Lang) -> String {
    format!(
        "{}: {} · {}: {}",
        lang.pick(text::PRESENTED_ON),
        lang.date(&today()),
        lang.pick(text::DATA_AS_OF),
        lang.date(vintage)
    )
}

/// A QR code of the planner link `url` (its SVG from
/// [`crate::export::qr::readable_qr_svg`], `None` when the link is too long
/// for a code readable at the size shown), with its caption and the link as
/// people read it (Vietnamese letters, not escapes).
pub fn qr_figure(svg: Option<&str>, url: &str, lang: Lang) -> Html {
    html! {
        <figure class="qr" data-qr={url.to_owned()}>
            if let Some(svg) = svg {
                // Our own generated SVG (one path of modules), not user text.
                { Html::from_html_unchecked(AttrValue::from(svg.to_owned())) }
                <figcaption>
                    { lang.pick(text::SCAN_TO_OPEN) }
                    <span class="qr-link" data-share-text="">{ readable(url) }</span>
                </figcaption>
            } else {
                <figcaption>{ lang.pick(text::LINK_TOO_LONG) }</figcaption>
            }
        </figure>
    }
}

/// Every indicator against its target, with worded status.
pub fn summary_table(projection: &Projection, lang: Lang) -> Html {
    html! {
            <table class="summary-table">
                <thead><tr>
                    <th scope="col">{ lang.pick(text::INDICATOR) }</th>
                    <th scope="col">{ lang.pick(text::VALUE_2030) }</th>
                    <th scope="col">{ lang.pick(text::TARGET) }</th>
                    <th scope="col">{ lang.pick(text::GAP) }</th>
                    <th scope="col">{ lang.pick(text::STATUS) }</th>
                </tr></thead>
                <tbody>
                    { for projection.indicators.iter().map(|p| {
                        let d = p.spec.decimals;
                        let verdict = verdict(p.status);
                        html! {
                            <tr class={verdict.key}>
                                <th scope="row">{ lang.pick(p.spec.label) }</th>
                                <td>{ lang.percent(p.value_2030(), d) }</td>
                                <td>{ target_words::with_kind(p, lang) }</td>
                                <td>{ lang.points(-p.gap, d) }</td>
                                <td><span aria-hidden="true">{ verdict.symbol }</span>{" "}{ verdict.words(lang) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
    }
}
