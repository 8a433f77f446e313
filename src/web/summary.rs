//! Summary cards: for each indicator, the 2030 value against its target, the
//! gap, the year the target is reached, the rate it needs, and a status that
//! is worded and marked with a symbol as well as coloured.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::planner::use_planner;
use crate::app::Problem;
use crate::i18n::{card_words, text, Lang};
use crate::model::indicators::Absolute;
use crate::model::projection::{IndicatorProjection, Projection};
use crate::model::YEARS;

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The current scenario's projection.
    pub projection: Rc<Projection>,
}

/// One card per indicator.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let lang = use_planner().lang();
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ lang.pick(text::SUMMARY_HEADING) }</h2>
            <div class="cards">
                { for props.projection.indicators.iter().map(|p| html! {
                    <Card projection={p.clone()} {lang} key={p.id.key()} />
                }) }
            </div>
        </section>
    }
}

/// Properties of [`Card`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The indicator's projection.
    pub projection: IndicatorProjection,
    /// Interface language.
    pub lang: Lang,
}

pub use crate::i18n::card_words::status_words;

/// The gap to the target in words: "short by 11.3 pp" or "above by 0.2 pp".
/// The words carry the direction, so the figure is shown without a sign.
pub fn gap_words(p: &IndicatorProjection, lang: Lang) -> String {
    let words = if p.gap > 0.0 { text::SHORT_BY } else { text::ABOVE_BY };
    format!("{} {}", lang.pick(words), lang.points(p.gap.abs(), p.spec.decimals).trim_start_matches('+'))
}

/// The absolute figure for 2030, worded with its unit.
pub fn absolute_2030(p: &IndicatorProjection, lang: Lang) -> Option<String> {
    let series = p.absolute?;
    let value = series[YEARS];
    Some(match p.spec.absolute? {
        Absolute::ShareOfGrowingBase { unit, .. } => {
            format!("≈ {} {}", lang.number(value, 1), lang.pick(text::absolute_unit(unit)))
        }
        Absolute::ShareOfFixedCount { total, unit } => {
            format!("{}/{} {}", lang.count(value), lang.count(total), lang.pick(text::absolute_unit(unit)))
        }
    })
}

#[function_component(Card)]
fn card(props: &CardProps) -> Html {
    let planner = use_planner();
    let CardProps { projection: p, lang } = props;
    let lang = *lang;
    let spec = p.spec;
    let key = spec.id.key();
    let (symbol, status, status_class) = status_words(p.status, lang);
    let gap = gap_words(p, lang);
    let reached = card_words::reached_words(p, lang);
    let required = card_words::required_words(p, lang);
    let comparator = text::comparator(spec.comparator);
    let target_kind = if p.custom_target { text::CUSTOM } else { text::OFFICIAL };

    let id = spec.id;
    let on_target = {
        let planner = planner.clone();
        let current = p.target;
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = input.value_as_number();
            if typed.is_finite() {
                planner.set_target(id, Some(typed));
                input.set_value(&typed.clamp(0.0, 100.0).to_string());
            } else {
                planner.report(Problem::TargetNotANumber(id));
                input.set_value(&current.to_string());
            }
        })
    };
    let use_official = {
        let planner = planner.clone();
        Callback::from(move |_| planner.set_target(id, None))
    };

    html! {
        <article class={classes!("card", status_class)} data-card={key}>
            <h3>{ lang.pick(spec.label) }</h3>
            <p class="status"><span aria-hidden="true">{ symbol }</span>{" "}<strong data-status={key}>{ status }</strong></p>
            <p class="value-2030">
                <span class="caption">{ lang.pick(text::VALUE_2030) }</span>
                <span class="big" data-outcome={key}>{ lang.percent(p.value_2030(), spec.decimals) }</span>
                if p.capped { <span class="note">{ lang.pick(text::CAPPED) }</span> }
            </p>
            if let Some(absolute) = absolute_2030(p, lang) {
                <p class="absolute">{ absolute }</p>
            }
            <dl>
                <dt>{ lang.pick(text::TARGET) }</dt>
                <dd data-target-value={key}>
                    <span class="nowrap">{ format!("{comparator} {}", lang.percent(p.target, spec.decimals)) }</span>
                    <span class={classes!("badge", p.custom_target.then_some("custom"))}>{ lang.pick(target_kind) }</span>
                </dd>
                <dt>{ lang.pick(text::GAP) }</dt><dd data-gap={key}>{ gap }</dd>
                <dt>{ lang.pick(text::REACHED) }</dt><dd data-reached={key}>{ reached }</dd>
                <dt>{ lang.pick(text::REQUIRED) }</dt><dd data-required={key}>{ required }</dd>
            </dl>
            <details class="target-editor">
                <summary>{ lang.pick(text::EDIT_TARGET) }</summary>
                <input type="number" min="0" max="100" step="0.1" data-target={key}
                    value={p.target.to_string()} onchange={on_target}
                    aria-label={format!("{} — {}", lang.pick(text::EDIT_TARGET), lang.pick(spec.label))} />
                <button type="button" data-official-target={key} disabled={!p.custom_target} onclick={use_official}>
                    { lang.pick(text::USE_OFFICIAL) }
                </button>
                <p class="source">{ format!("{}: {}", lang.pick(text::SOURCE), lang.pick(spec.target_source.citation)) }</p>
            </details>
        </article>
    }
}
