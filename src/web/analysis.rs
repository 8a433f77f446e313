//! The analysis section below the charts: per indicator, its tornado
//! (which assumption matters most) and its goal-seek form (what it takes),
//! then the uncertainty settings both use.
//!
//! It follows the settled scenario (the one the address bar sees, once a
//! burst of edits pauses), so dragging a lever repaints the charts at full
//! speed and the tornadoes follow when the drag pauses.

use std::rc::Rc;

use yew::prelude::*;

use super::goal_seek_panel::GoalSeekPanel;
use super::tornado::TornadoFigure;
use super::uncertainty_panel::UncertaintyPanel;
use crate::app::Message;
use crate::i18n::analysis::{ANALYSIS_HEADING, ANALYSIS_HINT};
use crate::i18n::Lang;
use crate::model::indicators::{IndicatorId, INDICATORS};
use crate::model::sensitivity::tornado;
use crate::model::uncertainty::Uncertainty;
use crate::scenario::Scenario;

/// Properties of [`Analysis`].
#[derive(Properties, PartialEq)]
pub struct AnalysisProps {
    /// The settled working scenario.
    pub scenario: Rc<Scenario>,
    /// The working scenario's uncertainty settings (live: a typed spread
    /// shows at once).
    pub uncertainty: Rc<Uncertainty>,
    /// The messages waiting, for the uncertainty fields.
    pub messages: Rc<Vec<Message>>,
    /// Interface language.
    pub lang: Lang,
}

/// Tornadoes and goal-seeking per indicator, and the uncertainty settings.
#[function_component(Analysis)]
pub fn analysis(props: &AnalysisProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="analysis" aria-labelledby="analysis-heading" data-analysis="">
            <h2 id="analysis-heading">{ lang.pick(ANALYSIS_HEADING) }</h2>
            <p class="hint">{ lang.pick(ANALYSIS_HINT) }</p>
            { for INDICATORS.iter().map(|spec| html! {
                <IndicatorAnalysis id={spec.id} scenario={props.scenario.clone()} {lang} key={spec.id.key()} />
            }) }
            <UncertaintyPanel uncertainty={props.uncertainty.clone()} messages={props.messages.clone()} {lang} />
        </section>
    }
}

/// Properties of [`IndicatorAnalysis`].
#[derive(Properties, PartialEq)]
struct IndicatorProps {
    id: IndicatorId,
    scenario: Rc<Scenario>,
    lang: Lang,
}

/// One indicator's tornado and goal-seek form.
#[function_component(IndicatorAnalysis)]
fn indicator_analysis(props: &IndicatorProps) -> Html {
    let IndicatorProps { id, ref scenario, lang } = *props;
    let bars = use_memo((scenario.clone(), id), |(scenario, id)| tornado(scenario, *id));
    html! {
        <article class="analysis-indicator" data-analysis-indicator={id.key()}
            aria-labelledby={format!("analysis-{}-heading", id.key())}>
            <h3 id={format!("analysis-{}-heading", id.key())}>{ lang.pick(id.spec().label) }</h3>
            <div class="analysis-body">
                <TornadoFigure tornado={bars} {lang} />
                <GoalSeekPanel {id} scenario={scenario.clone()} {lang} />
            </div>
        </article>
    }
}
