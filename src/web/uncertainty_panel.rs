//! The uncertainty settings, collapsed by default: a spread per lever (below
//! and above its value, in its unit), a range per 2025 baseline, the seed
//! and the number of paths, each with its default and where it comes from,
//! generated from the tables in `model::uncertainty::inputs`.
//!
//! Typed values go through the reducer's one check (the link's): a value
//! out of bounds is clamped, a reversed range refused, text that is not a
//! number kept out; each says so beside its field and in the alert region.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_draft::use_draft;
use super::planner::use_planner;
use crate::app::{Message, Problem};
use crate::codec::uncertainty::{edit_param, UncertaintyEdit};
use crate::i18n::analysis::{
    range_ends, spread_ends, spread_unit, DEFAULT, NO_SPREAD_NOTE, PATHS, RANGES_HEADING, RANGE_HIGH,
    RANGE_LOW, RESET_UNCERTAINTY, SEED, SIMULATION_HEADING, SPREADS_HEADING, SPREAD_ABOVE, SPREAD_BELOW,
    UNCERTAINTY_HEADING, UNCERTAINTY_HINT,
};
use crate::i18n::citation::cite;
use crate::i18n::field::parse_number;
use crate::i18n::{text, Lang};
use crate::model::sources::Source;
use crate::model::uncertainty::inputs::{
    Spread, Uncertainty, BASELINE_RANGES, DEFAULT_PATHS, DEFAULT_SEED, LEVER_SPREADS,
};
use crate::problem_text::describe;

/// Properties of [`UncertaintyPanel`].
#[derive(Properties, PartialEq)]
pub struct UncertaintyPanelProps {
    /// The working scenario's uncertainty settings.
    pub uncertainty: Rc<Uncertainty>,
    /// The messages waiting: one about a field is also shown beside it.
    pub messages: Rc<Vec<Message>>,
    /// Interface language.
    pub lang: Lang,
}

/// The latest message about the field named by `param`, worded.
fn field_message(messages: &[Message], param: &str, lang: Lang) -> Option<String> {
    messages
        .iter()
        .rev()
        .find(|m| m.problem.uncertainty_param() == Some(param))
        .map(|m| describe(&m.problem, lang))
}

/// Where a default comes from: its basis ("assumption", "official…") and its documents.
fn source_line(source: &'static Source, lang: Lang) -> String {
    let cited = cite(source, lang);
    let basis = lang.pick(text::basis(source.basis));
    if cited.is_empty() {
        basis.to_owned()
    } else {
        format!("{basis} — {cited}")
    }
}

/// Every uncertainty setting, in a `<details>` closed by default.
#[function_component(UncertaintyPanel)]
pub fn uncertainty_panel(props: &UncertaintyPanelProps) -> Html {
    let planner = use_planner();
    let UncertaintyPanelProps { ref uncertainty, ref messages, lang } = *props;
    let edit = |change: UncertaintyEdit| {
        let planner = planner.clone();
        move || planner.edit_uncertainty(change)
    };
    let reset = {
        let reset = edit(UncertaintyEdit::Reset);
        Callback::from(move |_| reset())
    };
    let message =
        |change: UncertaintyEdit| edit_param(&change).and_then(|param| field_message(messages, &param, lang));

    let spreads = LEVER_SPREADS.iter().map(|spec| {
        let id = spec.lever;
        let lever = id.spec();
        let decimals = lever.decimals();
        let unit = spread_unit(id, lang);
        let current = uncertainty.spread(id);
        let change = UncertaintyEdit::Spread(id, current);
        let message_text = message(change);
        let invalid = message_text.is_some();
        let side = |above: bool| {
            let planner = planner.clone();
            let label = format!("{} — {} ({unit})", lang.pick(lever.label), lang.pick(if above { SPREAD_ABOVE } else { SPREAD_BELOW }));
            let value = if above { current.above } else { current.below };
            let commit = Callback::from(move |value: f64| {
                planner.edit_uncertainty(UncertaintyEdit::SpreadSide { lever: id, above, value });
            });
            html! {
                <UncertainField param={edit_param(&change).unwrap_or_default()} side={if above { "above" } else { "below" }}
                    short={lang.pick(if above { SPREAD_ABOVE } else { SPREAD_BELOW })} {label} {value} {decimals} {commit} {invalid} />
            }
        };
        html! {
            <div class="uncertain-row" data-spread={id.key()} key={id.key()}>
                <div class="uncertain-head">
                    <strong>{ lang.pick(lever.label) }</strong>
                    <span class="unit">{ format!(" ({unit})") }</span>
                </div>
                <div class="uncertain-fields">{ side(false) }{ side(true) }</div>
                if let Some(text) = message_text {
                    <p class="field-message" id={format!("spread.{}-message", id.key())} data-field-message={format!("spread.{}", id.key())}>{ text }</p>
                }
                if current == Spread::ZERO {
                    <p class="hint" data-no-spread={id.key()}>{ lang.pick(NO_SPREAD_NOTE) }</p>
                }
                <p class="hint">
                    { format!("{}: {} {unit} · {}", lang.pick(DEFAULT), spread_ends(spec.default.below, spec.default.above, decimals, lang), source_line(&spec.source, lang)) }
                </p>
                <p class="reasoning">{ lang.pick(spec.reasoning) }</p>
            </div>
        }
    });

    let ranges = BASELINE_RANGES.iter().map(|spec| {
        let id = spec.indicator;
        let indicator = id.spec();
        let decimals = indicator.decimals.max(2);
        let current = uncertainty.range(id);
        let change = UncertaintyEdit::Range(id, current);
        let message_text = message(change);
        let invalid = message_text.is_some();
        let end = |high: bool| {
            let planner = planner.clone();
            let label = format!("{} — {} (%)", lang.pick(indicator.label), lang.pick(if high { RANGE_HIGH } else { RANGE_LOW }));
            let value = if high { current.high } else { current.low };
            let commit = Callback::from(move |value: f64| {
                planner.edit_uncertainty(UncertaintyEdit::RangeEnd { indicator: id, high, value });
            });
            html! {
                <UncertainField param={edit_param(&change).unwrap_or_default()} side={if high { "high" } else { "low" }}
                    short={lang.pick(if high { RANGE_HIGH } else { RANGE_LOW })} {label} {value} {decimals} {commit} {invalid} />
            }
        };
        let default = range_ends(spec.default.low, spec.default.high, decimals, lang);
        html! {
            <div class="uncertain-row" data-baseline-range={id.key()} key={id.key()}>
                <div class="uncertain-head"><strong>{ lang.pick(indicator.label) }</strong></div>
                <div class="uncertain-fields">{ end(false) }{ end(true) }</div>
                if let Some(text) = message_text {
                    <p class="field-message" id={format!("range.{}-message", id.key())} data-field-message={format!("range.{}", id.key())}>{ text }</p>
                }
                if current.low == current.high {
                    <p class="hint" data-no-spread={id.key()}>{ lang.pick(NO_SPREAD_NOTE) }</p>
                }
                <p class="hint">{ format!("{}: {default} · {}", lang.pick(DEFAULT), source_line(&spec.source, lang)) }</p>
                <p class="reasoning">{ lang.pick(spec.reasoning) }</p>
            </div>
        }
    });

    let seed = uncertainty.seed();
    let paths = uncertainty.paths();
    let seed_commit = {
        let planner = planner.clone();
        Callback::from(move |typed: f64| {
            // A whole number within the portable range; anything else is refused
            // by the same check as a link's seed.
            // (`as` saturates: a seed beyond u64 is refused like any above MAX_SEED.)
            let seed = typed.round().max(0.0) as u64;
            planner.edit_uncertainty(UncertaintyEdit::Seed(seed));
        })
    };
    let paths_commit = {
        let planner = planner.clone();
        Callback::from(move |typed: f64| {
            planner.edit_uncertainty(UncertaintyEdit::Paths(
                typed.round().clamp(0.0, f64::from(u32::MAX)) as u32
            ));
        })
    };
    let seed_message = message(UncertaintyEdit::Seed(seed));
    let paths_message = message(UncertaintyEdit::Paths(paths));

    html! {
        <details class="uncertainty" data-uncertainty="">
            <summary><h3>{ lang.pick(UNCERTAINTY_HEADING) }</h3></summary>
            <p class="hint">{ lang.pick(UNCERTAINTY_HINT) }</p>
            <h4>{ lang.pick(SPREADS_HEADING) }</h4>
            { for spreads }
            <h4>{ lang.pick(RANGES_HEADING) }</h4>
            { for ranges }
            <h4>{ lang.pick(SIMULATION_HEADING) }</h4>
            <div class="uncertain-row" data-seed="">
                <div class="uncertain-fields">
                    <UncertainField param="seed" side="" short={lang.pick(SEED)} label={lang.pick(SEED).to_owned()}
                        value={seed as f64} decimals={0} commit={seed_commit} whole=true invalid={seed_message.is_some()} />
                </div>
                if let Some(text) = seed_message {
                    <p class="field-message" id="seed-message" data-field-message="seed">{ text }</p>
                }
                <p class="hint">{ format!("{}: {}", lang.pick(DEFAULT), DEFAULT_SEED) }</p>
            </div>
            <div class="uncertain-row" data-paths="">
                <div class="uncertain-fields">
                    <UncertainField param="paths" side="" short={lang.pick(PATHS)} label={lang.pick(PATHS).to_owned()}
                        value={f64::from(paths)} decimals={0} commit={paths_commit} whole=true invalid={paths_message.is_some()} />
                </div>
                if let Some(text) = paths_message {
                    <p class="field-message" id="paths-message" data-field-message="paths">{ text }</p>
                }
                <p class="hint">{ format!("{}: {}", lang.pick(DEFAULT), lang.count(f64::from(DEFAULT_PATHS))) }</p>
            </div>
            <button type="button" data-reset-uncertainty="" onclick={reset} disabled={uncertainty.is_default()}>
                { lang.pick(RESET_UNCERTAINTY) }
            </button>
        </details>
    }
}

/// Properties of [`UncertainField`].
#[derive(Properties, PartialEq)]
struct UncertainFieldProps {
    /// The link parameter the field sets (`spread.grdp_growth`), for its
    /// messages and hooks.
    param: AttrValue,
    /// Which end (`below`, `above`, `low`, `high`), or empty.
    side: AttrValue,
    /// The visible label.
    short: AttrValue,
    /// The full accessible name.
    label: String,
    /// The value in force.
    value: f64,
    /// Decimals shown.
    decimals: usize,
    /// A whole number (the seed, the number of paths): shown without grouping.
    #[prop_or_default]
    whole: bool,
    /// Called with a typed number.
    commit: Callback<f64>,
    /// A message about the field is shown (its id is `<param>-message`).
    #[prop_or_default]
    invalid: bool,
}

/// One number field: a decimal comma or point in either language; text that
/// is not a number is reported and the value in force stays.
#[function_component(UncertainField)]
fn uncertain_field(props: &UncertainFieldProps) -> Html {
    let planner = use_planner();
    let lang = super::planner::use_lang();
    let draft = use_draft();
    let shown =
        if props.whole { format!("{}", props.value) } else { lang.field_number(props.value, props.decimals) };
    let onchange = {
        let (draft, commit, param, shown) =
            (draft.clone(), props.commit.clone(), props.param.clone(), shown.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            match parse_number(&input.value(), lang) {
                Some(typed) => {
                    commit.emit(typed);
                    // The value in force until the state says otherwise (a
                    // clamped entry may leave the state as it was).
                    input.set_value(&shown);
                }
                None => {
                    planner.report(Problem::UncertaintyNotANumber(param.to_string()));
                    input.set_value(&shown);
                }
            }
            draft.clear();
        })
    };
    let message_id = format!("{}-message", props.param);
    html! {
        <label class="uncertain-field">
            <span>{ props.short.clone() }</span>
            <input type="text" inputmode={if props.whole { "numeric" } else { "decimal" }} class="number"
                data-uncertain-field={props.param.clone()} data-side={props.side.clone()}
                value={draft.value(shown)} aria-label={props.label.clone()}
                oninput={draft.oninput()} onblur={draft.onblur()} {onchange}
                aria-invalid={props.invalid.then_some("true")}
                aria-describedby={props.invalid.then_some(message_id)} />
        </label>
    }
}
