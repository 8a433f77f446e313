//! The planner's model choices: an adoption shape per adoption indicator,
//! a sourced baseline where the sources disagree, and how GRDP grows.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::planner::use_planner;
use crate::i18n::{model_text, text, Lang};
use crate::model::indicators::IndicatorId;
use crate::model::shapes::Shape;
use crate::scenario::EconomyMode;

/// Properties of [`ShapeSelect`].
#[derive(Properties, PartialEq)]
pub struct ShapeSelectProps {
    /// The adoption indicator.
    pub id: IndicatorId,
    /// Its shape.
    pub shape: Shape,
    /// Interface language.
    pub lang: Lang,
}

/// A select of the adoption shapes (`data-shape="<indicator id>"`).
#[function_component(ShapeSelect)]
pub fn shape_select(props: &ShapeSelectProps) -> Html {
    let planner = use_planner();
    let ShapeSelectProps { id, shape, lang } = *props;
    let onchange = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        if let Some(shape) = Shape::from_key(&select.value()) {
            planner.set_shape(id, shape);
        }
    });
    html! {
        <label class="choice">
            <span>{ lang.pick(model_text::SHAPE) }</span>
            <select data-shape={id.key()} {onchange}>
                { for Shape::ALL.iter().map(|s| html! {
                    <option value={s.key()} selected={*s == shape}>{ lang.pick(s.label()) }</option>
                }) }
            </select>
        </label>
    }
}

/// Properties of [`BaselineSelect`].
#[derive(Properties, PartialEq)]
pub struct BaselineSelectProps {
    /// The indicator (one with baseline options).
    pub id: IndicatorId,
    /// The key of the option in force.
    pub choice: &'static str,
    /// Interface language.
    pub lang: Lang,
}

/// A select of the sourced baselines (`data-baseline-choice="<indicator id>"`),
/// with the chosen one's source.
#[function_component(BaselineSelect)]
pub fn baseline_select(props: &BaselineSelectProps) -> Html {
    let planner = use_planner();
    let BaselineSelectProps { id, choice, lang } = *props;
    let spec = id.spec();
    let onchange = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        planner.set_baseline_choice(id, select.value());
    });
    let source = spec.baseline_option(choice).map(|option| option.source);
    html! {
        <label class="choice">
            <span>{ lang.pick(model_text::BASELINE_CHOICE) }</span>
            <select data-baseline-choice={id.key()} {onchange}>
                { for spec.baselines.iter().map(|option| html! {
                    <option value={option.key} selected={option.key == choice}>{ lang.pick(option.label) }</option>
                }) }
            </select>
            if let Some(source) = source {
                <small class="source">{ format!("{}: {} ({})", lang.pick(text::SOURCE), lang.pick(source.citation), source.date) }</small>
            }
        </label>
    }
}

/// Properties of [`EconomyModeSwitch`].
#[derive(Properties, PartialEq)]
pub struct EconomyModeSwitchProps {
    /// The mode in force.
    pub mode: EconomyMode,
    /// Interface language.
    pub lang: Lang,
}

/// Two radio buttons: GRDP growth as a lever, or built from its parts
/// (`data-economy-mode="grdp|components"`).
#[function_component(EconomyModeSwitch)]
pub fn economy_mode_switch(props: &EconomyModeSwitchProps) -> Html {
    let planner = use_planner();
    let EconomyModeSwitchProps { mode, lang } = *props;
    let option = |value: EconomyMode, label| {
        let planner = planner.clone();
        let onchange = Callback::from(move |_: Event| planner.set_economy(value));
        html! {
            <label>
                <input type="radio" name="economy-mode" data-economy-mode={value.key()}
                    checked={mode == value} {onchange} />
                { " " }{ lang.pick(label) }
            </label>
        }
    };
    html! {
        <fieldset class="economy-mode">
            <legend>{ lang.pick(model_text::ECONOMY_MODE) }</legend>
            { option(EconomyMode::Grdp, model_text::MODE_GRDP) }
            { option(EconomyMode::Components, model_text::MODE_COMPONENTS) }
        </fieldset>
    }
}
