//! Messages to the user: errors as `role="alert"`, notices as `role="status"`,
//! each naming what was wrong, in the current language.

use std::rc::Rc;

use yew::prelude::*;

use super::planner::{use_lang, use_planner};
use super::render_count;
use crate::app::{Message, Severity};
use crate::i18n::text;
use crate::problem_text::describe;

/// Properties of [`Messages`].
#[derive(Properties, PartialEq)]
pub struct MessagesProps {
    /// The pending messages, oldest first.
    pub messages: Rc<Vec<Message>>,
}

/// The list of pending messages, above the planner.
#[function_component(Messages)]
pub fn messages(props: &MessagesProps) -> Html {
    render_count::count("Messages", "");
    let planner = use_planner();
    let lang = use_lang();
    let items = props.messages.iter().map(|message| {
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
