//! Messages to the user: errors as `role="alert"`, notices as `role="status"`,
//! each naming what was wrong, in the current language.

use yew::prelude::*;

use super::planner::use_planner;
use crate::app::Severity;
use crate::i18n::messages::describe;
use crate::i18n::text;

/// The list of pending messages, above the planner.
#[function_component(Messages)]
pub fn messages() -> Html {
    let planner = use_planner();
    let lang = planner.lang();
    let items = planner.state().messages.iter().map(|message| {
        let role = match message.problem.severity() {
            Severity::Alert => "alert",
            Severity::Status => "status",
        };
        let id = message.id;
        let onclick = {
            let planner = planner.clone();
            Callback::from(move |_| planner.dismiss(id))
        };
        html! {
            <div class={classes!("message", role)} {role} key={id}>
                <span>{ describe(&message.problem, lang) }</span>
                <button type="button" class="dismiss" aria-label={lang.pick(text::DISMISS)} {onclick}>{"×"}</button>
            </div>
        }
    });
    html! { <div class="messages">{ for items }</div> }
}
