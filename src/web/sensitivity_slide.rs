//! The sensitivity slide: the four tornadoes on one slide, each drawn to
//! fill the box the projector's stylesheet gives it.

use std::rc::Rc;

use yew::prelude::*;

use super::tornado::TornadoFigure;
use crate::i18n::analysis::SENSITIVITY_SLIDE;
use crate::i18n::Lang;
use crate::model::indicators::{IndicatorId, INDICATORS};
use crate::model::sensitivity::{tornado, Tornado};
use crate::scenario::Scenario;

/// Properties of [`SensitivitySlide`].
#[derive(Properties, PartialEq)]
pub struct SensitivitySlideProps {
    /// The scenario presented (with a live what-if, as changed).
    pub scenario: Rc<Scenario>,
    /// Interface language.
    pub lang: Lang,
}

/// A tornado per indicator, two by two.
#[function_component(SensitivitySlide)]
pub fn sensitivity_slide(props: &SensitivitySlideProps) -> Html {
    let lang = props.lang;
    let tornadoes: Rc<Vec<(IndicatorId, Rc<Tornado>)>> = use_memo(props.scenario.clone(), |scenario| {
        INDICATORS.iter().map(|spec| (spec.id, Rc::new(tornado(scenario, spec.id)))).collect()
    });
    html! {
        <div class="sensitivity-layout">
            <h1>{ lang.pick(SENSITIVITY_SLIDE) }</h1>
            <div class="sensitivity-grid">
                { for tornadoes.iter().map(|(id, t)| html! {
                    <div class="sensitivity-cell" key={id.key()}>
                        <h2>{ lang.pick(id.spec().label) }</h2>
                        <TornadoFigure tornado={t.clone()} {lang} fit=true />
                    </div>
                }) }
            </div>
        </div>
    }
}
