//! On the digital-economy card: the growth of the rest of the economy
//! implied each year ([`EconomyFigures`]), and warnings when it shrinks or
//! the share passes the plausibility bound ([`EconomyWarnings`], announced
//! with `role="status"`). The card shows the warnings at once and keeps the
//! yearly figures in its "indicator assumptions" disclosure.

use yew::prelude::*;

use crate::i18n::{model_text, Lang};
use crate::model::projection::Economy;
use crate::scenario::EconomyMode;

/// Properties of [`EconomyFigures`] and [`EconomyWarnings`].
#[derive(Properties, PartialEq)]
pub struct EconomyNoteProps {
    /// The economy's figures.
    pub economy: Economy,
    /// Interface language.
    pub lang: Lang,
}

/// The implied non-digital growth (`data-non-digital-growth`) and the GRDP
/// growth built from its parts when that mode is on.
#[function_component(EconomyFigures)]
pub fn economy_figures(props: &EconomyNoteProps) -> Html {
    let EconomyNoteProps { economy, lang } = props;
    let lang = *lang;
    let grdp: Vec<Option<f64>> = economy.grdp_growth.iter().map(|g| Some(*g)).collect();
    html! {
        <div class="economy-note">
            <p class="implied">
                <span class="caption">{ lang.pick(model_text::NON_DIGITAL_GROWTH) }{ ": " }</span>
                <span data-non-digital-growth="">{ model_text::yearly_rates(&economy.non_digital_growth, lang) }</span>
            </p>
            if economy.mode == EconomyMode::Components {
                <p class="implied">
                    <span class="caption">{ lang.pick(model_text::GRDP_FROM_PARTS) }{ ": " }</span>
                    <span data-grdp-from-parts="">{ model_text::yearly_rates(&grdp, lang) }</span>
                </p>
            }
            <p class="note">{ lang.pick(model_text::REAL_NOMINAL) }</p>
        </div>
    }
}

/// The economy's warnings, present only while there is one.
#[function_component(EconomyWarnings)]
pub fn economy_warnings(props: &EconomyNoteProps) -> Html {
    let EconomyNoteProps { economy, lang } = props;
    let warnings = model_text::economy_warnings(&economy.warnings, *lang);
    html! {
        <>
            // Present only while there is something to say: `role="status"`
            // elsewhere in the app marks a message, and an empty one would count.
            if !warnings.is_empty() {
                <div role="status" class="economy-warnings" data-economy-warnings="">
                    { for warnings.into_iter().map(|w| html! {
                        <p class="warning"><span aria-hidden="true">{ "⚠ " }</span>{ w }</p>
                    }) }
                </div>
            }
        </>
    }
}
