//! The lever panel: one labelled slider and number field per lever, generated
//! from the lever table, with a per-year mode and a reset.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_draft::use_draft;
use super::model_choices::EconomyModeSwitch;
use super::planner::{use_lang, use_planner, Planner};
use super::render_count;
use crate::app::{Message, Problem};
use crate::i18n::field::parse_number;
use crate::i18n::{model_text, text, Lang};
use crate::model::levers::{LeverId, LeverSpec, LEVERS};
use crate::model::projected_years;
use crate::model::sorted_map::SortedMap;
use crate::problem_text::describe;
use crate::scenario::{EconomyMode, LeverValue};

/// Properties of [`LeverPanel`].
#[derive(Properties, PartialEq)]
pub struct LeverPanelProps {
    /// The working scenario's lever values that differ from the defaults.
    pub levers: Rc<SortedMap<LeverId, LeverValue>>,
    /// Whether any lever or target differs from the baseline.
    pub changed: bool,
    /// How GRDP growth is set: the lever the mode leaves out is marked.
    #[prop_or_default]
    pub economy: EconomyMode,
    /// The messages waiting for the user: one about a lever is also shown
    /// beside its field.
    pub messages: Rc<Vec<Message>>,
}

/// Every lever, in table order, and a "reset all" button. Each lever is its
/// own component with its own value: moving one re-renders only that one.
#[function_component(LeverPanel)]
pub fn lever_panel(props: &LeverPanelProps) -> Html {
    render_count::count("LeverPanel", "");
    let planner = use_planner();
    let lang = use_lang();
    let reset_all = Callback::from(move |_| planner.reset_all());
    let changed = props.changed;
    let value = |id: LeverId| props.levers.get(&id).copied().unwrap_or(LeverValue::Whole(id.spec().default));
    let unused = props.economy.unused_lever();
    html! {
        <section class="levers" id="levers" aria-labelledby="levers-heading">
            <h2 id="levers-heading">{ lang.pick(text::LEVERS_HEADING) }</h2>
            <p class="hint">{ lang.pick(text::LEVERS_HINT) }</p>
            <EconomyModeSwitch mode={props.economy} {lang} />
            { for LEVERS.iter().map(|spec| html! {
                <LeverControl id={spec.id} value={value(spec.id)} unused={spec.id == unused} key={spec.id.key()}
                    message={lever_message(&props.messages, spec.id, lang)} />
            }) }
            <button type="button" class="reset-all" data-reset-all="" disabled={!changed} onclick={reset_all}>
                { lang.pick(text::RESET_ALL) }
            </button>
        </section>
    }
}

/// Properties of [`LeverControl`].
#[derive(Properties, PartialEq)]
pub struct LeverControlProps {
    /// Which lever.
    pub id: LeverId,
    /// Its current value.
    pub value: LeverValue,
    /// The GRDP mode in force does not use this lever: it is shown dimmed,
    /// with a note, and keeps its value for the other mode.
    #[prop_or_default]
    pub unused: bool,
    /// The message about this lever's last entry, shown beside its field.
    #[prop_or_default]
    pub message: Option<String>,
}

/// The wording of the latest message about a lever (a clamped or unreadable
/// entry), so it can be shown by the field as well as in the alert region.
fn lever_message(messages: &[Message], id: LeverId, lang: Lang) -> Option<String> {
    messages
        .iter()
        .rev()
        .find(|m| match m.problem {
            Problem::Clamped(clamp) => clamp.lever == id,
            Problem::NotANumber(lever) => lever == id,
            _ => false,
        })
        .map(|m| describe(&m.problem, lang))
}

/// One lever: label, slider, number field, unit, per-year toggle and reset.
#[function_component(LeverControl)]
pub fn lever_control(props: &LeverControlProps) -> Html {
    let planner = use_planner();
    let lang = use_lang();
    let LeverControlProps { id, value, unused, .. } = *props;
    let message_id = format!("lever-{}-message", id.key());
    let spec = id.spec();
    let key = id.key();
    render_count::count("LeverControl", key);
    let unit = lang.pick(text::lever_unit(spec.unit));
    let slider_id = format!("lever-{key}");
    let help_id = format!("lever-{key}-help");
    let is_default = value == LeverValue::Whole(spec.default);
    // The text being typed in a number field outlives a re-render of the row
    // (a message, the economy mode, another tab): one draft, a view per field
    // (the one value is field 0, a year's value field 1 + its index).
    let draft = use_draft();

    let on_slide = {
        let planner = planner.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let value = input.value_as_number();
            if value.is_finite() {
                planner.set_lever(id, value);
            }
        })
    };
    let on_number = {
        let (planner, draft) = (planner.clone(), draft.clone());
        let current = value.in_year(0);
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            draft.clear();
            commit_number(&input, spec, current, lang, &planner, |planner, v| planner.set_lever(id, v));
        })
    };
    let per_year = matches!(value, LeverValue::PerYear(_));
    let toggle = {
        let planner = planner.clone();
        Callback::from(move |_| planner.set_per_year(id, !per_year))
    };
    let reset = {
        let planner = planner.clone();
        Callback::from(move |_| planner.reset_lever(id))
    };

    let body = match value {
        LeverValue::Whole(v) => html! {
            <div class="lever-inputs">
                <input type="range" id={slider_id.clone()} data-lever={key}
                    min={spec.min.to_string()} max={spec.max.to_string()} step={spec.step.to_string()}
                    value={v.to_string()} aria-describedby={help_id.clone()}
                    aria-valuetext={format!("{} {unit}", lang.number(v, spec.decimals()))}
                    oninput={on_slide} />
                <input type="text" inputmode="decimal" data-lever={key} data-number-field="" class="number"
                    min={spec.min.to_string()} max={spec.max.to_string()}
                    value={draft.value(lang.field_number(v, spec.decimals()))} aria-label={format!("{} ({unit})", lang.pick(spec.label))}
                    aria-invalid={props.message.is_some().then_some("true")} aria-describedby={props.message.is_some().then(|| message_id.clone())}
                    oninput={draft.oninput()} onblur={draft.onblur()} onchange={on_number} />
                <span class="unit">{ unit }</span>
            </div>
        },
        LeverValue::PerYear(values) => html! {
            <fieldset class="per-year">
                <legend class="visually-hidden">{ lang.pick(text::YEARS_2026_2030) }</legend>
                { for projected_years().zip(values).enumerate().map(|(index, (year, v))| {
                    let planner = planner.clone();
                    let draft = draft.field(1 + index);
                    let onchange = {
                        let draft = draft.clone();
                        Callback::from(move |event: Event| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            draft.clear();
                            commit_number(&input, spec, v, lang, &planner, |planner, v| planner.set_lever_year(id, index, v));
                        })
                    };
                    html! {
                        <label class="year-input">
                            <span>{ year }</span>
                            <input type="text" inputmode="decimal" data-lever={key} data-number-field="" data-year={year.to_string()}
                                min={spec.min.to_string()} max={spec.max.to_string()}
                                value={draft.value(lang.field_number(v, spec.decimals()))}
                                oninput={draft.oninput()} onblur={draft.onblur()} {onchange}
                                aria-label={format!("{} {year} ({unit})", lang.pick(spec.label))} />
                        </label>
                    }
                }) }
                <span class="unit">{ unit }</span>
            </fieldset>
        },
    };

    html! {
        <div class={classes!("lever", (!is_default).then_some("changed"), unused.then_some("unused"))} data-lever-row={key}>
            <div class="lever-head">
                <label for={slider_id}>{ lang.pick(spec.label) }</label>
                if !is_default {
                    <span class="badge">{ lang.pick(text::CHANGED) }</span>
                }
                if unused {
                    <span class="badge" data-unused={key}>{ lang.pick(model_text::NOT_USED) }</span>
                }
            </div>
            <p class="help" id={help_id}>{ lang.pick(spec.help) }</p>
            { body }
            if let Some(message) = &props.message {
                <p class="field-message" id={message_id.clone()} data-field-message={key}>{ message.clone() }</p>
            }
            <div class="lever-actions">
                if spec.per_year {
                    // Two options, the one in force pressed: a single button
                    // whose label flips leaves its state ambiguous.
                    <span class="mode-switch" role="group" aria-label={lang.pick(spec.label)}>
                        <button type="button" data-one-value={key} onclick={toggle.clone()}
                            aria-pressed={(!per_year).to_string()} disabled={!per_year}>
                            { lang.pick(text::ONE_VALUE) }
                        </button>
                        <button type="button" data-per-year={key} onclick={toggle}
                            aria-pressed={per_year.to_string()} disabled={per_year}>
                            { lang.pick(text::PER_YEAR) }
                        </button>
                    </span>
                }
                <button type="button" data-reset={key} onclick={reset} disabled={is_default}>
                    { lang.pick(text::RESET) }
                </button>
            </div>
        </div>
    }
}

/// Reads a committed number field: a decimal comma or point in either
/// language. An empty or malformed entry is reported and the field shows the
/// kept value again; an out-of-range one is passed on (the reducer clamps and
/// reports it) and the field shows the value in force, in the locale's format.
fn commit_number(
    input: &HtmlInputElement,
    spec: &'static LeverSpec,
    current: f64,
    lang: Lang,
    planner: &Planner,
    set: impl Fn(&Planner, f64),
) {
    match parse_number(&input.value(), lang) {
        Some(typed) => {
            set(planner, typed);
            let (used, _) = spec.clamp(typed);
            // The state may not change (already at the clamped value), so the
            // framework would not rewrite the field: show the value in force.
            input.set_value(&lang.field_number(used, spec.decimals()));
        }
        None => {
            planner.report(Problem::NotANumber(spec.id));
            input.set_value(&lang.field_number(current, spec.decimals()));
        }
    }
}
