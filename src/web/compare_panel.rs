//! The comparison panel: for each compared scenario and indicator, the 2030
//! value, the gap and whether the target is met; then the levers that
//! differ and by how much, and the uncertainty settings that differ.

use std::rc::Rc;

use yew::prelude::*;

use super::planner::use_lang;
use super::render_count;
use crate::compare::{lever_diffs, uncertainty_diffs};
use crate::i18n::analysis::{setting_label, setting_value, UNCERTAINTY_HEADING};
use crate::i18n::target_words;
use crate::i18n::text;
use crate::i18n::verdict::verdict;
use crate::model::indicators::INDICATORS;
use crate::model::projection::Projection;
use crate::scenario::Scenario;
use crate::wording::display_name;

/// Properties of [`ComparePanel`].
#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// The working scenario's projection.
    pub projection: Rc<Projection>,
    /// The compared scenarios' names and projections.
    pub compared: Rc<Vec<(String, Projection)>>,
    /// The working scenario, then the compared ones, for their levers.
    pub scenarios: Rc<Vec<Scenario>>,
}

/// Shown only while scenarios are compared.
#[function_component(ComparePanel)]
pub fn compare_panel(props: &ComparePanelProps) -> Html {
    render_count::count("ComparePanel", "");
    let lang = use_lang();
    let Some(working) = props.scenarios.first() else { return html! {} };
    if props.compared.is_empty() {
        return html! {};
    }
    let mut names = vec![format!("{} ({})", display_name(&working.name, lang), lang.pick(text::ON_SCREEN))];
    names.extend(props.compared.iter().map(|(name, _)| display_name(name, lang)));
    let projections: Vec<&Projection> =
        std::iter::once(props.projection.as_ref()).chain(props.compared.iter().map(|(_, p)| p)).collect();
    let diffs = lever_diffs(&props.scenarios);
    let uncertain = uncertainty_diffs(&props.scenarios);

    html! {
        // Focusable: on a slide the section scrolls, and a scrolling region
        // must be reachable from the keyboard (so must the table boxes).
        <section class="comparison" data-comparison="" aria-labelledby="comparison-heading" tabindex="0">
            <h2 id="comparison-heading">{ lang.pick(text::COMPARISON) }</h2>
            <div class="table-scroll" role="region" tabindex="0" aria-label={lang.pick(text::VALUE_2030)}>
                <table class="compare-table">
                    <thead>
                        <tr>
                            <th scope="col">{ lang.pick(text::SCENARIO_NAME) }</th>
                            { for INDICATORS.iter().map(|spec| html! { <th scope="col">{ lang.pick(spec.label) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for names.iter().zip(&projections).enumerate().map(|(row, (name, projection))| html! {
                            <tr data-compare-row={row.to_string()}>
                                <th scope="row">{ name }</th>
                                { for projection.indicators.iter().map(|p| {
                                    let verdict = verdict(p.status);
                                    let gap = lang.points(-p.gap, p.spec.decimals);
                                    let kind = target_words::kind(p);
                                    html! {
                                        <td data-compare-cell={p.id.key()}>
                                            <strong>{ lang.percent(p.value_2030(), p.spec.decimals) }</strong>
                                            <span class="gap">{ format!(" ({gap})") }</span>
                                            <span class={classes!("verdict", verdict.key)}>{ verdict.label(lang) }</span>
                                            <span class={classes!("compare-target", kind.key())} data-compare-target={p.id.key()}>
                                                { format!("{} {}", lang.pick(text::JUDGED_AGAINST), target_words::with_kind(p, lang)) }
                                            </span>
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ lang.pick(text::ASSUMPTIONS_DIFF) }</h3>
            if diffs.is_empty() && uncertain.is_empty() {
                <p class="hint">{ lang.pick(text::NO_DIFFERENCES) }</p>
            } else {
                <div class="table-scroll" role="region" tabindex="0" aria-label={lang.pick(text::ASSUMPTIONS_DIFF)}>
                    <table class="diff-table" data-assumptions-diff="">
                        <thead>
                            <tr>
                                <th scope="col">{ lang.pick(text::LEVERS_HEADING) }</th>
                                { for names.iter().map(|name| html! { <th scope="col">{ name }</th> }) }
                                <th scope="col">{ lang.pick(text::SPREAD) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for diffs.iter().map(|diff| {
                                let spec = diff.lever.spec();
                                let unit = lang.pick(text::lever_unit(spec.unit));
                                html! {
                                    <tr data-diff-lever={diff.lever.key()}>
                                        <th scope="row">{ format!("{} ({unit})", lang.pick(spec.label)) }</th>
                                        { for diff.values.iter().map(|v| html! { <td>{ lang.lever_value(*v, spec.decimals()) }</td> }) }
                                        <td>{ lang.number(diff.spread, spec.decimals()) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                        if !uncertain.is_empty() {
                            <tbody data-diff-uncertainty-group="">
                                <tr class="diff-group">
                                    <th scope="colgroup" colspan={(names.len() + 2).to_string()}>{ lang.pick(UNCERTAINTY_HEADING) }</th>
                                </tr>
                                { for uncertain.iter().map(|diff| html! {
                                    <tr data-diff-uncertainty={diff.setting.key()}>
                                        <th scope="row">{ setting_label(diff.setting, lang) }</th>
                                        { for diff.values.iter().map(|v| html! { <td>{ setting_value(*v, lang) }</td> }) }
                                        // A difference of two spreads or seeds is no one number.
                                        <td>{ "–" }</td>
                                    </tr>
                                }) }
                            </tbody>
                        }
                    </table>
                </div>
            }
        </section>
    }
}
