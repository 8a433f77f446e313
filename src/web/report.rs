//! The printed report's first part: on screen it is hidden; in print (or
//! "Save as PDF") it puts the scenario, its assumptions in words, the summary
//! against the targets and the share link with its QR code above the charts
//! and sources that the planner already shows.
//!
//! It shows the state as last written to the address bar, which follows
//! edits once they pause and is brought up to date before printing, so a
//! drag does not re-render it or re-encode its QR code on every step.

use std::rc::Rc;

use yew::prelude::*;

use super::address;
use super::effects::Settled;
use super::planner::use_lang;
use super::render_count;
use super::report_builders::{assumptions, dates_line, qr_figure, summary_table};
use crate::codec::readable::readable;
use crate::export::qr::{readable_qr_svg, READABLE_SIDE};
use crate::i18n::text;
use crate::model::projection::project;
use crate::wording::display_name;

/// Properties of [`ReportHeader`].
#[derive(Properties, PartialEq)]
pub struct ReportHeaderProps {
    /// The scenario and link as last written.
    pub settled: Rc<Settled>,
}

/// The report's header, shown only in print.
#[function_component(ReportHeader)]
pub fn report_header(props: &ReportHeaderProps) -> Html {
    render_count::count("ReportHeader", "");
    let lang = use_lang();
    let url = use_memo(props.settled.clone(), |settled| address::url_for(&settled.query));
    let qr = use_memo(url.clone(), |url| readable_qr_svg(url, READABLE_SIDE));
    let projection = use_memo(props.settled.clone(), |settled| project(&settled.scenario));
    let scenario = &props.settled.scenario;
    html! {
        <section class="print-report" data-print-report="" aria-hidden="true">
            <div class="report-head">
                <div>
                    <p class="kicker">{ lang.pick(text::APP_TITLE) }</p>
                    <h1>{ display_name(&scenario.name, lang) }</h1>
                    <p class="meta">{ dates_line(&scenario.vintage, lang) }</p>
                    if !scenario.note.is_empty() { <p class="note-text">{ scenario.note.clone() }</p> }
                    <h2>{ lang.pick(text::KEY_ASSUMPTIONS) }</h2>
                    { assumptions(scenario, lang) }
                </div>
                { qr_figure(qr.as_deref(), &url, lang) }
            </div>
            <h2>{ lang.pick(text::SUMMARY_SLIDE) }</h2>
            { summary_table(&projection, lang) }
            <p class="link-text"><strong>{ format!("{}: ", lang.pick(text::SHARE_LINK)) }</strong>{ readable(&url) }</p>
        </section>
    }
}
