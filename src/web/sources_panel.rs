//! The sources panel: every baseline, target and lever default with its
//! source, date and basis, and every flag, generated from the tables.

use std::rc::Rc;

use yew::prelude::*;

use super::render_count;
use crate::i18n::{text, Lang};
use crate::model::indicators::{IndicatorId, INDICATORS};
use crate::model::levers::LEVERS;
use crate::model::sorted_map::SortedMap;
use crate::model::sources::Source;
use crate::scenario::Scenario;

fn cite(source: &'static Source, lang: Lang) -> Html {
    html! {
        <>
            { for source.documents().enumerate().map(|(i, document)| {
                // An article's quoted title, after its publisher, is marked so
                // that the sources slide can leave it out for room.
                let citation = lang.pick(document.citation);
                let (publisher, title) = citation.split_at(citation.find(", “").unwrap_or(citation.len()));
                html! {
                <>
                    if i > 0 { { "; " } }
                    { publisher }
                    if !title.is_empty() { <span class="title">{ title }</span> }
                    if !document.date.is_empty() { <span class="date">{ format!(" ({})", lang.date(document.date)) }</span> }
                </>
                }
            }) }
            <span class={classes!("basis", format!("basis-{:?}", source.basis).to_ascii_lowercase())}>
                { format!(" — {}", lang.pick(text::basis(source.basis))) }
            </span>
        </>
    }
}

/// Properties of [`SourcesPanel`].
#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    /// Interface language.
    pub lang: Lang,
    /// The custom targets of the scenario on screen.
    pub targets: Rc<SortedMap<IndicatorId, f64>>,
}

/// Sources and caveats for everything the app shows. It takes what it shows
/// as properties rather than from context, so a lever drag (which changes
/// neither) does not re-render this long panel.
#[function_component(SourcesPanel)]
pub fn sources_panel(props: &SourcesPanelProps) -> Html {
    render_count::count("SourcesPanel", "");
    let lang = props.lang;
    // The scenario's own rule decides which typed targets count as custom.
    let scenario = &Scenario { targets: (*props.targets).clone(), ..Scenario::default() };
    html! {
        <section class="sources" aria-labelledby="sources-heading" data-sources="">
            <h2 id="sources-heading">{ lang.pick(text::SOURCES_HEADING) }</h2>
            { for INDICATORS.iter().map(|spec| {
                let (target, custom) = scenario.target(spec.id);
                html! {
                    <div class="source-entry" data-source-indicator={spec.id.key()}>
                        <h3>{ lang.pick(spec.label) }</h3>
                        <p>
                            <strong>{ format!("{}: ", lang.pick(text::BASELINE_2025)) }</strong>
                            { lang.pick(spec.baseline_wording) }{ " — " }{ cite(&spec.baseline_source, lang) }
                        </p>
                        <p>
                            <strong>{ format!("{}: ", lang.pick(text::TARGET)) }</strong>
                            { format!("{} {}", text::comparator(spec.comparator), lang.percent(spec.target, spec.decimals)) }
                            { " — " }{ cite(&spec.target_source, lang) }
                            if custom {
                                <span class="badge custom">
                                    { format!(" {}: {}", lang.pick(text::CUSTOM), lang.percent(target, spec.decimals)) }
                                </span>
                            }
                        </p>
                        { for spec.context.iter().map(|figure| html! {
                            <p class="context-figure">
                                <strong>{ format!("{}: ", lang.pick(figure.label)) }</strong>
                                { lang.pick(figure.value) }{ " — " }{ cite(&figure.source, lang) }
                            </p>
                        }) }
                        <ul class="flags">
                            { for spec.flags.iter().map(|flag| html! { <li><span aria-hidden="true">{"⚑ "}</span>{ lang.pick(*flag) }</li> }) }
                        </ul>
                    </div>
                }
            }) }
            <h3>{ lang.pick(text::LEVER_DEFAULTS) }</h3>
            <ul class="lever-sources">
                { for LEVERS.iter().map(|spec| html! {
                    <li data-source-lever={spec.id.key()}>
                        <strong>{ lang.pick(spec.label) }</strong>
                        { format!(": {} — ", lang.with_unit(&lang.number(spec.default, spec.decimals()), text::lever_unit(spec.unit))) }
                        { cite(&spec.source, lang) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
