//! "What does it take?" for one indicator: pick a lever and an aim (the
//! 2030 target, or a chance of reaching it), find the lever value, and
//! apply it as one undo step.
//!
//! The search runs when the planner asks (a button), not as they type: for
//! a chance it runs the Monte Carlo engine once per bisection step. It runs
//! in a task after the "Computing…" state has painted, on the scenario of
//! that moment; the answer says so when the scenario changes afterwards.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::field_draft::use_draft;
use super::planner::use_planner;
use crate::i18n::analysis::{
    AIM_CHANCE, AIM_TARGET, GOAL_AIM, GOAL_APPLIED, GOAL_APPLY, GOAL_CHANCE, GOAL_CHANCE_BAD, GOAL_LEVER,
    GOAL_SEEK_HEADING, GOAL_SOLVE, GOAL_SOLVING, GOAL_STALE,
};
use crate::i18n::field::parse_number;
use crate::i18n::uncertainty::goal_seek_answer;
use crate::i18n::Lang;
use crate::model::goal_seek::{levers_for, seek, Aim, GoalSeek};
use crate::model::indicators::IndicatorId;
use crate::model::levers::LeverId;
use crate::scenario::Scenario;

/// The chance a planner asks for first, %: a common "safe margin".
const DEFAULT_CHANCE: f64 = 80.0;

/// Properties of [`GoalSeekPanel`].
#[derive(Properties, PartialEq)]
pub struct GoalSeekProps {
    /// Which indicator.
    pub id: IndicatorId,
    /// The settled scenario on screen (its levers, economy mode and
    /// uncertainty); the search itself reads the scenario of the moment.
    pub scenario: Rc<Scenario>,
    /// Interface language.
    pub lang: Lang,
}

/// A scenario without what does not move an answer (name, note, speaker notes).
fn assumptions(scenario: &Scenario) -> Scenario {
    Scenario {
        name: String::new(),
        note: String::new(),
        speaker_notes: Default::default(),
        ..scenario.clone()
    }
}

/// An answer and the scenario it was found for.
#[derive(Clone, PartialEq)]
struct Found {
    scenario: Rc<Scenario>,
    answer: GoalSeek,
}

/// The goal-seek form of one indicator.
#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(props: &GoalSeekProps) -> Html {
    let planner = use_planner();
    let GoalSeekProps { id, ref scenario, lang } = *props;
    let key = id.key();
    let levers = levers_for(scenario.economy, id);
    let chosen = use_state_eq(|| levers[0]);
    // The economy mode may have changed the levers on offer.
    let lever = if levers.contains(&*chosen) { *chosen } else { levers[0] };
    let by_chance = use_state_eq(|| false);
    let chance = use_state_eq(|| DEFAULT_CHANCE);
    let chance_draft = use_draft();
    let chance_bad = use_state_eq(|| false);
    let busy = use_state_eq(|| false);
    let found = use_state_eq(|| None::<Found>);

    let on_lever = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(lever) = LeverId::from_key(&select.value()) {
                chosen.set(lever);
            }
        })
    };
    let on_aim = |chance_aim: bool| {
        let by_chance = by_chance.clone();
        Callback::from(move |_| by_chance.set(chance_aim))
    };
    let on_chance = {
        let (chance, chance_bad, draft) = (chance.clone(), chance_bad.clone(), chance_draft.clone());
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            match parse_number(&input.value(), lang).filter(|p| (1.0..=99.0).contains(p)) {
                Some(p) => {
                    chance.set(p);
                    chance_bad.set(false);
                    draft.clear();
                }
                // What was typed stays, with the message beside it.
                None => chance_bad.set(true),
            }
        })
    };
    let solve = {
        let (planner, by_chance, chance, chance_bad, busy, found) = (
            planner.clone(),
            by_chance.clone(),
            chance.clone(),
            chance_bad.clone(),
            busy.clone(),
            found.clone(),
        );
        Callback::from(move |_| {
            if *busy || (*by_chance && *chance_bad) {
                return;
            }
            let aim = if *by_chance { Aim::Chance(*chance / 100.0) } else { Aim::Target };
            busy.set(true);
            let (planner, busy, found) = (planner.clone(), busy.clone(), found.clone());
            // After the "Computing…" state has painted.
            Timeout::new(16, move || {
                let scenario = Rc::new(planner.working());
                let answer = seek(&scenario, id, lever, aim);
                found.set(Some(Found { scenario, answer }));
                busy.set(false);
            })
            .forget();
        })
    };

    // The answer still holds for the scenario on screen, or was applied to
    // it. Its name, note and speaker notes do not change the answer.
    let (stale, applied) = match &*found {
        Some(Found { scenario: asked, answer }) => {
            let now = assumptions(scenario);
            let applied = answer.value().is_some_and(|value| {
                let mut with = assumptions(asked);
                with.set_whole(answer.lever, value);
                with == now
            });
            (!applied && assumptions(asked) != now, applied)
        }
        None => (false, false),
    };
    let apply = {
        let found = found.clone();
        Callback::from(move |_| {
            if let Some(Found { answer, .. }) = &*found {
                if let Some(value) = answer.value() {
                    planner.apply_goal(answer.lever, value);
                }
            }
        })
    };

    let lever_id = format!("goal-{key}-lever");
    let chance_id = format!("goal-{key}-chance");
    let message_id = format!("goal-{key}-chance-message");
    let aim_name = format!("goal-{key}-aim");
    let chance_bad_now = *by_chance && *chance_bad;
    html! {
        // A group under its heading, not a landmark: every indicator has one.
        <div class="goal-seek" role="group" data-goal-seek={key}
            aria-labelledby={format!("analysis-{key}-heading goal-{key}-heading")}>
            <h4 id={format!("goal-{key}-heading")}>{ lang.pick(GOAL_SEEK_HEADING) }</h4>
            <div class="goal-row">
                <label for={lever_id.clone()}>{ lang.pick(GOAL_LEVER) }</label>
                <select id={lever_id} data-goal-lever={key} onchange={on_lever}>
                    { for levers.iter().map(|l| html! {
                        <option value={l.key()} selected={*l == lever}>{ lang.pick(l.spec().label) }</option>
                    }) }
                </select>
            </div>
            <fieldset class="goal-aim">
                <legend>{ lang.pick(GOAL_AIM) }</legend>
                <label>
                    <input type="radio" name={aim_name.clone()} data-goal-aim="target" checked={!*by_chance}
                        onchange={on_aim(false)} />
                    { lang.pick(AIM_TARGET) }
                </label>
                <label>
                    <input type="radio" name={aim_name} data-goal-aim="chance" checked={*by_chance}
                        onchange={on_aim(true)} />
                    { lang.pick(AIM_CHANCE) }
                </label>
                <span class="goal-chance">
                    <label for={chance_id.clone()}>{ lang.pick(GOAL_CHANCE) }</label>
                    <input type="text" inputmode="decimal" id={chance_id} class="number" data-goal-chance={key}
                        value={chance_draft.value(lang.field_number(*chance, 0))} disabled={!*by_chance}
                        oninput={chance_draft.oninput()} onchange={on_chance}
                        aria-invalid={chance_bad_now.then_some("true")}
                        aria-describedby={chance_bad_now.then(|| message_id.clone())} />
                </span>
                if chance_bad_now {
                    <p class="field-message" id={message_id} data-field-message={format!("goal-{key}")}>
                        { lang.pick(GOAL_CHANCE_BAD) }
                    </p>
                }
            </fieldset>
            <div class="goal-actions">
                // Not disabled while busy (a click is ignored): a disabled
                // button would drop the keyboard focus.
                <button type="button" data-goal-solve={key} onclick={solve}
                    aria-disabled={busy.then_some("true")} aria-busy={busy.then_some("true")}>
                    { lang.pick(if *busy { GOAL_SOLVING } else { GOAL_SOLVE }) }
                </button>
            </div>
            <div class="goal-answer" aria-live="polite" data-goal-answer={key}>
                if let Some(Found { answer, .. }) = &*found {
                    <p>{ goal_seek_answer(answer, lang) }</p>
                    if stale { <p class="hint">{ lang.pick(GOAL_STALE) }</p> }
                    if applied { <p class="hint" data-goal-applied={key}>{ lang.pick(GOAL_APPLIED) }</p> }
                }
            </div>
            if found.as_ref().is_some_and(|f| f.answer.value().is_some()) && !stale {
                <button type="button" class="apply" data-apply-goal={key} onclick={apply}>
                    { lang.pick(GOAL_APPLY) }
                </button>
            }
        </div>
    }
}
