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
use crate::model::sources::{Bilingual, Source};
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
    let reset = {
        let planner = planner.clone();
        Callback::from(move |_| planner.edit_uncertainty(UncertaintyEdit::Reset))
    };
    let message =
        |change: UncertaintyEdit| edit_param(&change).and_then(|param| field_message(messages, &param, lang));

    let spreads = LEVER_SPREADS.iter().map(|spec| {
        let id = spec.lever;
        let lever = id.spec();
        let decimals = lever.decimals();
        let unit = spread_unit(id, lang);
        let current = uncertainty.spread(id);
        // Each field sends only its own side (the reducer keeps the other).
        let edit = |above: bool| {
            let planner = planner.clone();
            Callback::from(move |value: f64| {
                planner.edit_uncertainty(UncertaintyEdit::SpreadSide { lever: id, above, value })
            })
        };
        two_sided_row(
            TwoSided {
                spread: true,
                key: id.key(),
                label: lang.pick(lever.label),
                unit: Some(unit),
                param: edit_param(&UncertaintyEdit::Spread(id, current)).unwrap_or_default(),
                ends: [
                    End { side: "below", short: SPREAD_BELOW, value: current.below, commit: edit(false) },
                    End { side: "above", short: SPREAD_ABOVE, value: current.above, commit: edit(true) },
                ],
                decimals,
                no_spread: current == Spread::ZERO,
                default: format!(
                    "{}: {} {unit} · {}",
                    lang.pick(DEFAULT),
                    spread_ends(spec.default.below, spec.default.above, decimals, lang),
                    source_line(&spec.source, lang)
                ),
                reasoning: lang.pick(spec.reasoning),
            },
            messages,
            lang,
        )
    });

    let ranges = BASELINE_RANGES.iter().map(|spec| {
        let id = spec.indicator;
        let decimals = id.spec().decimals.max(2);
        let current = uncertainty.range(id);
        let edit = |high: bool| {
            let planner = planner.clone();
            Callback::from(move |value: f64| {
                planner.edit_uncertainty(UncertaintyEdit::RangeEnd { indicator: id, high, value })
            })
        };
        let default = range_ends(spec.default.low, spec.default.high, decimals, lang);
        two_sided_row(
            TwoSided {
                spread: false,
                key: id.key(),
                label: lang.pick(id.spec().label),
                unit: None,
                param: edit_param(&UncertaintyEdit::Range(id, current)).unwrap_or_default(),
                ends: [
                    End { side: "low", short: RANGE_LOW, value: current.low, commit: edit(false) },
                    End { side: "high", short: RANGE_HIGH, value: current.high, commit: edit(true) },
                ],
                decimals,
                no_spread: current.low == current.high,
                default: format!("{}: {default} · {}", lang.pick(DEFAULT), source_line(&spec.source, lang)),
                reasoning: lang.pick(spec.reasoning),
            },
            messages,
            lang,
        )
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

/// One end of a [`TwoSided`] setting.
struct End {
    /// Which end, as the field's `data-side`.
    side: &'static str,
    /// Its visible label.
    short: Bilingual,
    /// The value in force.
    value: f64,
    /// Called with a typed number.
    commit: Callback<f64>,
}

/// A setting with two fields: a lever's spread (below and above its value)
/// or a baseline's range (low and high end).
struct TwoSided {
    /// A spread (`data-spread`), else a range (`data-baseline-range`).
    spread: bool,
    /// The lever's or indicator's key.
    key: &'static str,
    /// The lever's or indicator's name.
    label: &'static str,
    /// The unit, for a spread: after the name and in each field's name.
    unit: Option<&'static str>,
    /// The link parameter (`spread.grdp_growth`, `range.digital_economy`).
    param: String,
    /// The two fields, in reading order.
    ends: [End; 2],
    /// Decimals shown.
    decimals: usize,
    /// The two ends are one value: every path uses it, which is said.
    no_spread: bool,
    /// The default and where it comes from.
    default: String,
    /// Why the default is what it is.
    reasoning: &'static str,
}

/// The row of a [`TwoSided`] setting, with the latest message about it.
fn two_sided_row(row: TwoSided, messages: &[Message], lang: Lang) -> Html {
    let TwoSided { spread, key, label, unit, param, ends, decimals, no_spread, default, reasoning } = row;
    let message_text = field_message(messages, &param, lang);
    let invalid = message_text.is_some();
    let unit_words = format!(" ({})", unit.unwrap_or("%"));
    let fields = ends.into_iter().map(|End { side, short, value, commit }| {
        let label = format!("{label} — {}{unit_words}", lang.pick(short));
        html! {
            <UncertainField param={param.clone()} {side} short={lang.pick(short)} {label} {value} {decimals}
                {commit} {invalid} />
        }
    });
    html! {
        <div class="uncertain-row" data-spread={spread.then_some(key)} data-baseline-range={(!spread).then_some(key)} {key}>
            <div class="uncertain-head">
                <strong>{ label }</strong>
                if unit.is_some() { <span class="unit">{ unit_words.clone() }</span> }
            </div>
            <div class="uncertain-fields">{ for fields }</div>
            if let Some(text) = message_text {
                <p class="field-message" id={format!("{param}-message")} data-field-message={param.clone()}>{ text }</p>
            }
            if no_spread {
                <p class="hint" data-no-spread={key}>{ lang.pick(NO_SPREAD_NOTE) }</p>
            }
            <p class="hint">{ default }</p>
            <p class="reasoning">{ reasoning }</p>
        </div>
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
