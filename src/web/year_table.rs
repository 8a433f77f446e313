//! The table of yearly values under each chart: the same numbers as the
//! chart, as real text for screen readers and for copying into a report,
//! with the fan's percentiles (5th, 25th, median, 75th, 95th) while the
//! chart draws its bands.

use yew::prelude::*;

use crate::i18n::fan_words::{PERCENTILES, PERCENTILES_GROUP, PERCENTILE_SHORT};
use crate::i18n::{model_text, text, Lang};
use crate::model::indicators::{Absolute, AbsoluteUnit};
use crate::model::projection::IndicatorProjection;
use crate::model::uncertainty::IndicatorFan;
use crate::model::{BASE_YEAR, TARGET_YEAR};

/// Properties of [`YearTable`].
#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    /// The current scenario.
    pub current: IndicatorProjection,
    /// The baseline scenario.
    pub baseline: IndicatorProjection,
    /// The current scenario's fan, when the bands are shown: five
    /// percentile columns.
    #[prop_or_default]
    pub fan: Option<IndicatorFan>,
    /// Interface language.
    pub lang: Lang,
}

/// The percentile each band column holds, as its `data-percentile`.
const PERCENTILE_KEYS: [&str; 5] = ["5", "25", "50", "75", "95"];

/// Year, baseline projection, current scenario and the absolute figure.
#[function_component(YearTable)]
pub fn year_table(props: &YearTableProps) -> Html {
    let YearTableProps { current, baseline, fan, lang } = props;
    let lang = *lang;
    let decimals = current.spec.decimals;
    let absolute_unit = current.spec.absolute.map(Absolute::unit);
    let key = current.id.key();
    let has_milestones = !current.milestones.is_empty();
    let has_actuals = !current.actuals.is_empty();
    let comparator = text::comparator(current.spec.comparator);
    let rows = (BASE_YEAR..=TARGET_YEAR).enumerate().map(|(index, year)| {
        let cell =
            |p: &IndicatorProjection| p.value_in(year).map(|v| lang.percent(v, decimals)).unwrap_or_default();
        let absolute = current.absolute.map(|series| {
            let digits = if absolute_unit == Some(AbsoluteUnit::Services) { 0 } else { 1 };
            lang.number(series[index], digits)
        });
        // Milestones of the year with whether the path meets them.
        let milestones: Vec<String> = current
            .milestones
            .iter()
            .filter(|m| m.year == year)
            .map(|m| {
                let (symbol, words) = if m.met { ("✓", model_text::MET) } else { ("✕", model_text::NOT_MET) };
                let official = if m.official { format!(" ({})", lang.pick(model_text::OFFICIAL_MILESTONE)) } else { String::new() };
                format!("{comparator} {}{official}: {symbol} {}", lang.percent(m.value, decimals), lang.pick(words))
            })
            .collect();
        let actual = current.actuals.iter().find(|(y, _)| *y == year).map(|(_, v)| lang.percent(*v, decimals));
        let band = fan.as_ref().and_then(|f| f.bands.get(index));
        html! {
            <tr>
                <th scope="row">{ year }</th>
                <td>{ cell(baseline) }</td>
                <td>{ cell(current) }</td>
                if let Some(band) = band {
                    { for band.as_array().iter().zip(PERCENTILE_KEYS).map(|(value, key)| html! {
                        <td class="band-cell" data-band-cell={key}>{ lang.percent(*value, decimals) }</td>
                    }) }
                }
                if let Some(absolute) = absolute { <td>{ absolute }</td> }
                if has_actuals {
                    <td data-actual-cell={key} data-year={year.to_string()}>{ actual.unwrap_or_default() }</td>
                }
                if has_milestones {
                    <td data-milestone-status={key} data-year={year.to_string()}>{ milestones.join("; ") }</td>
                }
            </tr>
        }
    });
    // The heads of the other columns span both header rows while the
    // percentiles have their own.
    let rows_span = if fan.is_some() { "2" } else { "1" };
    let caption = format!("{} — {}", lang.pick(text::TABLE_CAPTION), lang.pick(current.spec.label));
    html! {
        // Scrolls on its own on a narrow screen rather than widening the page;
        // focusable, so a keyboard can scroll it too.
        <div class="table-scroll" role="region" tabindex="0" aria-label={caption.clone()}>
        <table class="year-table">
            <caption class="visually-hidden">{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col" rowspan={rows_span}>{ lang.pick(text::YEAR) }</th>
                    <th scope="col" rowspan={rows_span}>{ lang.pick(text::BASELINE) }</th>
                    <th scope="col" rowspan={rows_span}>{ lang.pick(text::SCENARIO) }</th>
                    if fan.is_some() {
                        <th scope="colgroup" colspan="5" class="band-group" data-percentiles="">
                            { lang.pick(PERCENTILES_GROUP) }
                        </th>
                    }
                    if absolute_unit.is_some() {
                        <th scope="col" rowspan={rows_span}>{ lang.pick(current.spec.absolute_label) }</th>
                    }
                    if has_actuals {
                        <th scope="col" rowspan={rows_span}>{ lang.pick(model_text::ACTUAL) }</th>
                    }
                    if has_milestones {
                        <th scope="col" rowspan={rows_span}>{ lang.pick(model_text::MILESTONE) }</th>
                    }
                </tr>
                // The percentiles under their group heading, short (P5 … P95)
                // so the table stays narrow; the full name is their label.
                if fan.is_some() {
                    <tr>
                        { for PERCENTILES.iter().zip(PERCENTILE_SHORT).zip(PERCENTILE_KEYS).map(|((words, short), key)| html! {
                            <th scope="col" class="band-cell" data-percentile={key} aria-label={lang.pick(*words)}
                                title={lang.pick(*words)}>{ lang.pick(short) }</th>
                        }) }
                    </tr>
                }
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
        </div>
    }
}
