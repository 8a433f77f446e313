//! The printed report's first part: on screen it is hidden; in print (or
//! "Save as PDF") it puts the scenario, its assumptions in words, the summary
//! against the targets and the share link with its QR code above the charts
//! and sources that the planner already shows.

use std::rc::Rc;

use yew::prelude::*;

use super::planner::use_planner;
use super::presentation::{assumptions, qr_figure, summary_table, today};
use super::scenario_bar::display_name;
use crate::codec::readable::readable;
use crate::i18n::text;
use crate::model::projection::Projection;

/// Properties of [`ReportHeader`].
#[derive(Properties, PartialEq)]
pub struct ReportHeaderProps {
    /// The working scenario's projection.
    pub projection: Rc<Projection>,
    /// The share link.
    pub url: String,
}

/// The report's header, shown only in print.
#[function_component(ReportHeader)]
pub fn report_header(props: &ReportHeaderProps) -> Html {
    let planner = use_planner();
    let lang = planner.lang();
    let scenario = planner.state().scenario();
    html! {
        <section class="print-report" data-print-report="" aria-hidden="true">
            <div class="report-head">
                <div>
                    <p class="kicker">{ lang.pick(text::APP_TITLE) }</p>
                    <h1>{ display_name(&scenario.name, lang) }</h1>
                    <p class="meta">
                        { format!("{}: {} · {}: {}", lang.pick(text::PRESENTED_ON), today(), lang.pick(text::DATA_AS_OF), scenario.vintage) }
                    </p>
                    if !scenario.note.is_empty() { <p class="note-text">{ scenario.note.clone() }</p> }
                    <h2>{ lang.pick(text::KEY_ASSUMPTIONS) }</h2>
                    { assumptions(scenario, lang) }
                </div>
                { qr_figure(&props.url, lang) }
            </div>
            <h2>{ lang.pick(text::SUMMARY_SLIDE) }</h2>
            { summary_table(&props.projection, lang) }
            <p class="link-text"><strong>{ format!("{}: ", lang.pick(text::SHARE_LINK)) }</strong>{ readable(&props.url) }</p>
        </section>
    }
}
