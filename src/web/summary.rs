//! Summary cards: for each indicator, the 2030 value against its target, the
//! gap, the year the target is reached, the rate it needs, and a status that
//! is worded and marked with a symbol as well as coloured.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::chances::Chances;
use super::economy_note::{EconomyFigures, EconomyWarnings};
use super::field_draft::use_draft;
use super::hooks::use_render_stage;
use super::model_choices::{BaselineSelect, ShapeSelect};
use super::monitoring_panel::MonitoringPanel;
use super::planner::{use_lang, use_planner};
use super::render_count;
use crate::app::{Message, Problem};
use crate::i18n::citation::cite;
use crate::i18n::field::parse_number;
use crate::i18n::target_words;
use crate::i18n::verdict::verdict;
use crate::i18n::{card_words, model_text, text, uncertainty, Lang};
use crate::model::indicators::{Absolute, IndicatorId};
use crate::model::projection::{Economy, IndicatorProjection, Projection};
use crate::model::sorted_map::SortedMap;
use crate::model::targets::TargetKind;
use crate::model::{BASE_YEAR, YEARS};
use crate::monitoring::Actual;
use crate::problem_text::describe;
use crate::wording::gap_words;

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The current scenario's projection.
    pub projection: Rc<Projection>,
    /// The chances of meeting each target and all of them (Monte Carlo),
    /// once the first run has finished.
    pub chances: Option<Rc<Chances>>,
    /// The working scenario's reported actuals.
    #[prop_or_default]
    pub actuals: Rc<SortedMap<IndicatorId, SortedMap<u16, Actual>>>,
    /// The working scenario's milestones.
    #[prop_or_default]
    pub milestones: Rc<SortedMap<IndicatorId, SortedMap<u16, f64>>>,
    /// The messages waiting for the user: one about a target is also shown
    /// beside its field.
    pub messages: Rc<Vec<Message>>,
}

/// The wording of the latest message about an indicator's target field.
fn target_message(messages: &[Message], id: IndicatorId, lang: Lang) -> Option<String> {
    messages.iter().rev().find_map(|m| match m.problem {
        Problem::TargetClamped { indicator, .. } | Problem::TargetNotANumber(indicator)
            if indicator == id =>
        {
            Some(describe(&m.problem, lang))
        }
        _ => None,
    })
}

/// One card per indicator. Each card compares its own indicator's figures,
/// so a lever re-renders only the cards of the indicators it moves.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    render_count::count("Summary", "");
    let lang = use_lang();
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ lang.pick(text::SUMMARY_HEADING) }</h2>
            <div class="cards">
                { for props.projection.indicators.iter().map(|p| {
                    let economy = (p.id == IndicatorId::DigitalEconomy).then(|| props.projection.economy.clone());
                    let actuals = props.actuals.get(&p.id).cloned().unwrap_or_default();
                    let milestones = props.milestones.get(&p.id).cloned().unwrap_or_default();
                    html! {
                        <Card projection={p.clone()} chance={props.chances.as_ref().map(|c| c.get(p.id))} {economy} {actuals} {milestones}
                            key={p.id.key()} message={target_message(&props.messages, p.id, lang)} />
                    }
                }) }
            </div>
            <p class="chance-all">
                { lang.pick(uncertainty::CHANCE_ALL_LABEL) }{ ": " }
                if let Some(chances) = &props.chances {
                    <strong data-probability-all="">{ uncertainty::chance(chances.all, lang) }</strong>
                } else {
                    <strong class="pending">{ lang.pick(uncertainty::CHANCE_PENDING) }</strong>
                }
            </p>
        </section>
    }
}

/// Properties of [`Card`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The indicator's projection.
    pub projection: IndicatorProjection,
    /// The chance of meeting its target in 2030, 0–1, once the first
    /// Monte Carlo run has finished.
    pub chance: Option<f64>,
    /// The economy's figures, on the digital-economy card only.
    #[prop_or_default]
    pub economy: Option<Economy>,
    /// The indicator's reported actuals.
    #[prop_or_default]
    pub actuals: SortedMap<u16, Actual>,
    /// The planner's milestones for the indicator.
    #[prop_or_default]
    pub milestones: SortedMap<u16, f64>,
    /// The message about this indicator's target field, shown beside it.
    #[prop_or_default]
    pub message: Option<String>,
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

/// One indicator's summary card (also shown alone in embeds).
#[function_component(Card)]
pub fn card(props: &CardProps) -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let CardProps { projection: p, economy, actuals, milestones, .. } = props;
    let spec = p.spec;
    let key = spec.id.key();
    render_count::count("Card", key);
    let verdict = verdict(p.status);
    let gap = gap_words(p, lang);
    let reached = card_words::reached_words(p, lang);
    let required = card_words::required_words(p, lang);
    // A message about this target's last entry is repeated beside its field.
    let target_message = &props.message;
    let kind = target_words::kind(p);
    let default_kind = TargetKind::default_for(spec);
    let restore_label = match default_kind {
        TargetKind::Official => text::USE_OFFICIAL,
        _ => text::USE_DEFAULT_ASSUMPTION,
    };

    let id = spec.id;
    // What is typed survives a re-render of the card (its chance settling)
    // until Enter or leaving the field commits it.
    let draft = use_draft();
    // The collapsed assumptions' body is built from the page's second task
    // on, as the monitoring panel's is: the first paint needs neither.
    let details_built = use_render_stage(1) >= 1;
    let on_target = {
        let planner = planner.clone();
        let current = p.target;
        let decimals = spec.decimals;
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            draft.clear();
            match parse_number(&input.value(), lang) {
                Some(typed) => {
                    planner.set_target(id, Some(typed));
                    input.set_value(&lang.field_number(crate::scenario::clamp_target(id, typed), decimals));
                }
                None => {
                    planner.report(Problem::TargetNotANumber(id));
                    input.set_value(&lang.field_number(current, decimals));
                }
            }
        })
    };
    let use_official = {
        let planner = planner.clone();
        Callback::from(move |_| planner.set_target(id, None))
    };

    html! {
        <article class={classes!("card", verdict.key)} data-card={key}>
            <h3>{ lang.pick(spec.label) }</h3>
            <p class="status"><span aria-hidden="true">{ verdict.symbol }</span>{" "}<strong data-status={key}>{ verdict.words(lang) }</strong></p>
            <p class="value-2030">
                <span class="caption">{ lang.pick(text::VALUE_2030) }</span>
                <span class="big" data-outcome={key}>{ lang.percent(p.value_2030(), spec.decimals) }</span>
                if p.capped { <span class="note">{ lang.pick(text::CAPPED) }</span> }
            </p>
            if let Some(absolute) = absolute_2030(p, lang) {
                <p class="absolute">{ absolute }</p>
            }
            <p class="chance">
                <span class="caption">{ lang.pick(uncertainty::CHANCE_LABEL) }</span>{ " " }
                if let Some(chance) = props.chance {
                    <strong data-probability={key}>{ uncertainty::chance(chance, lang) }</strong>
                } else {
                    <strong class="pending">{ lang.pick(uncertainty::CHANCE_PENDING) }</strong>
                }
            </p>
            <dl>
                <dt>{ lang.pick(text::TARGET) }</dt>
                <dd data-target-value={key}>
                    <span class="nowrap">{ target_words::value(p, lang) }</span>
                    <span class={classes!("badge", kind.key())} data-target-kind={key}>{ lang.pick(text::target_kind(kind)) }</span>
                </dd>
                <dt>{ lang.pick(text::GAP) }</dt><dd data-gap={key}>{ gap }</dd>
                <dt>{ lang.pick(text::REACHED) }</dt><dd data-reached={key}>{ reached }</dd>
                <dt>{ lang.pick(text::REQUIRED) }</dt><dd data-required={key}>{ required }</dd>
                if let Some(deviation) = p.latest_deviation() {
                    <dt>{ lang.pick(model_text::DEVIATION) }</dt>
                    <dd data-deviation={key}>{ model_text::deviation(deviation, lang, spec.decimals) }</dd>
                }
            </dl>
            if p.start_year > BASE_YEAR {
                <p class="note" data-restart={key}>{ format!("{} {}", lang.pick(model_text::RESTARTS_FROM), p.start_year) }</p>
            }
            if let Some(economy) = economy {
                <EconomyWarnings economy={economy.clone()} {lang} />
            }
            // Collapsed, so that on a phone the four 2030 outcomes share the
            // first screen; a warning above stays in sight.
            if p.shape.is_some() || p.baseline_choice.is_some() || economy.is_some() {
                <details class="card-more" data-card-more={key}>
                    <summary>{ lang.pick(model_text::CARD_MORE) }</summary>
                    if details_built {
                        <div class="choices">
                            if let Some(shape) = p.shape {
                                <ShapeSelect id={spec.id} {shape} {lang} />
                            }
                            if let Some(choice) = p.baseline_choice {
                                <BaselineSelect id={spec.id} {choice} {lang} />
                            }
                        </div>
                        if let Some(economy) = economy {
                            <EconomyFigures economy={economy.clone()} {lang} />
                        }
                    }
                </details>
            }
            <details class="target-editor">
                <summary>{ lang.pick(text::EDIT_TARGET) }</summary>
                <input type="text" inputmode="decimal" data-target={key}
                    value={draft.value(lang.field_number(p.target, spec.decimals))}
                    oninput={draft.oninput()} onchange={on_target} onblur={draft.onblur()}
                    aria-label={format!("{} — {}", lang.pick(text::EDIT_TARGET), lang.pick(spec.label))} />
                <button type="button" data-official-target={key} data-restores={default_kind.key()}
                    disabled={!p.custom_target} onclick={use_official}>
                    { lang.pick(restore_label) }
                </button>
                if let Some(message) = &target_message {
                    <p class="field-message" data-field-message={key}>{ message.clone() }</p>
                }
                <p class="source">{ format!("{}: {}", lang.pick(text::SOURCE), cite(&spec.target_source, lang)) }</p>
            </details>
            <MonitoringPanel id={spec.id} actuals={actuals.clone()} milestones={milestones.clone()} {lang} />
        </article>
    }
}
