//! On each card: the planner's milestones for 2026–2029 and the actuals
//! reported so far, with a form to enter one (year, value, date, source).
//! A bad actual is refused by the reducer with a message; nothing else changes.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::hooks::use_render_stage;
use super::planner::use_planner;
use crate::i18n::{model_text, Lang};
use crate::model::indicators::IndicatorId;
use crate::model::sorted_map::SortedMap;
use crate::monitoring::{actual_years, milestone_years, Actual};

/// Properties of [`MonitoringPanel`].
#[derive(Properties, PartialEq)]
pub struct MonitoringPanelProps {
    /// The indicator.
    pub id: IndicatorId,
    /// Its reported actuals, by year.
    pub actuals: SortedMap<u16, Actual>,
    /// The planner's milestones, by year.
    pub milestones: SortedMap<u16, f64>,
    /// Interface language.
    pub lang: Lang,
}

/// Milestone fields (`data-milestone="<id>" data-year`), the actuals
/// (`data-actual="<id>" data-year`) and the form to add one.
#[function_component(MonitoringPanel)]
pub fn monitoring_panel(props: &MonitoringPanelProps) -> Html {
    let planner = use_planner();
    let MonitoringPanelProps { id, actuals, milestones, lang } = props;
    let (id, lang) = (*id, *lang);
    let key = id.key();
    let decimals = id.spec().decimals;
    // The year after the last actual is the next one to report.
    let next_year =
        actuals.keys().last().map_or(*actual_years().start(), |y| (y + 1).min(*actual_years().end()));
    let year = use_node_ref();
    let value = use_node_ref();
    let date = use_node_ref();
    let source = use_node_ref();

    let onsubmit = {
        let planner = planner.clone();
        let (year, value, date, source) = (year.clone(), value.clone(), date.clone(), source.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(year), Some(value), Some(date), Some(source)) = (
                year.cast::<HtmlSelectElement>(),
                value.cast::<HtmlInputElement>(),
                date.cast::<HtmlInputElement>(),
                source.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            let Ok(year_number) = year.value().parse::<u16>() else { return };
            let actual = Actual {
                value: model_text::parse_typed(&value.value()),
                date: date.value(),
                source: source.value(),
            };
            // The fields keep what was typed: a refused entry can be corrected.
            planner.add_actual(id, year_number, actual);
        })
    };

    let milestone_field = |year: u16| {
        let planner = planner.clone();
        let current = milestones.get(&year).copied();
        let onchange = Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = input.value();
            if typed.trim().is_empty() {
                planner.set_milestone(id, year, None);
            } else {
                planner.set_milestone(id, year, Some(model_text::parse_typed(&typed)));
            }
        });
        let shown = current.map(|v| lang.number(v, decimals)).unwrap_or_default();
        html! {
            <label class="milestone-field">
                <span>{ year }</span>
                <input type="text" inputmode="decimal" size="5" data-milestone={key} data-year={year.to_string()}
                    value={shown} {onchange}
                    aria-label={format!("{} {year} — {}", lang.pick(model_text::MILESTONE), lang.pick(id.spec().label))} />
            </label>
        }
    };

    // The closed panel's body is built from the page's second task on: the
    // four panels are about a quarter of the first render's elements, and
    // without them the first task was about a quarter shorter (A/B over
    // alternating cold loads).
    let details_built = use_render_stage(1) >= 1;
    html! {
        <details class="monitoring" data-monitoring={key}>
            <summary>{ lang.pick(model_text::MONITORING) }</summary>
            if details_built {
                <fieldset class="milestones">
                    <legend>{ lang.pick(model_text::MILESTONE) }{ " (%)" }</legend>
                    <p class="hint">{ lang.pick(model_text::MILESTONE_HINT) }</p>
                    { for milestone_years().map(milestone_field) }
                </fieldset>
                if !actuals.is_empty() {
                    <ul class="actuals">
                        { for actuals.iter().map(|(year, actual)| {
                            let planner = planner.clone();
                            let year = *year;
                            let remove = Callback::from(move |_| planner.remove_actual(id, year));
                            let source = if actual.source.is_empty() { String::new() } else { format!(", {}", actual.source) };
                            html! {
                                <li data-actual={key} data-year={year.to_string()}>
                                    <span>{ format!("{year}: {} ({}{source})", lang.percent(actual.value, decimals), actual.date) }</span>
                                    { " " }
                                    <button type="button" class="small" data-remove-actual={key} data-year={year.to_string()} onclick={remove}>
                                        { lang.pick(model_text::REMOVE) }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <form class="actual-form" data-actual-form={key} novalidate=true {onsubmit}>
                    <label>
                        <span>{ lang.pick(model_text::ACTUAL_YEAR) }</span>
                        <select ref={year} data-actual-year={key}>
                            { for actual_years().map(|y| html! { <option value={y.to_string()} selected={y == next_year}>{ y }</option> }) }
                        </select>
                    </label>
                    <label>
                        <span>{ lang.pick(model_text::ACTUAL_VALUE) }</span>
                        <input ref={value} type="text" inputmode="decimal" size="6" data-actual-value={key} />
                    </label>
                    <label>
                        <span>{ lang.pick(model_text::ACTUAL_DATE) }</span>
                        <input ref={date} type="date" data-actual-date={key} />
                    </label>
                    <label>
                        <span>{ lang.pick(model_text::ACTUAL_SOURCE) }</span>
                        <input ref={source} type="text" maxlength="200" data-actual-source={key} />
                    </label>
                    <button type="submit" data-add-actual={key}>{ lang.pick(model_text::ADD_ACTUAL) }</button>
                </form>
            }
        </details>
    }
}
