//! Component tests in headless Chromium: mount the app into a fresh element,
//! act through the DOM as a user would, and check the wiring. The arithmetic
//! itself is tested natively; here the expected numbers come from the model.
#![cfg(target_arch = "wasm32")]

use lotrinh::app::AppState;
use lotrinh::i18n::Lang;
use lotrinh::model::indicators::IndicatorId;
use lotrinh::model::levers::LeverId;
use lotrinh::model::projection::project;
use lotrinh::scenario::Scenario;
use lotrinh::web::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in English into a fresh element and returns that element.
fn mount(lang: Lang) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial: Some(AppState::new(lang)) })
        .render();
    root
}

/// Yields to the scheduler until `condition` holds, for at most 200 ticks.
async fn until(mut condition: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if condition() {
            return true;
        }
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
    }
    condition()
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).and_then(|e| e.text_content()).unwrap_or_default()
}

fn commit(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn typing_a_lever_value_updates_summary_and_table() {
    let root = mount(Lang::En);
    let outcome = "[data-outcome=\"digital_economy\"]";
    assert!(until(|| find(&root, outcome).is_some()).await, "app did not render");
    let baseline = project(&Scenario::default()).get(IndicatorId::DigitalEconomy).value_2030();
    assert_eq!(text(&root, outcome), Lang::En.percent(baseline, 1));

    let input: HtmlInputElement = find(&root, "input[data-number-field][data-lever=\"digital_growth\"]")
        .expect("digital_growth number input")
        .dyn_into()
        .unwrap();
    commit(&input, "25");

    let mut changed = Scenario::default();
    changed.set_whole(LeverId::DigitalGrowth, 25.0);
    let expected = project(&changed).get(IndicatorId::DigitalEconomy).value_2030();
    let expected_text = Lang::En.percent(expected, 1);
    assert!(until(|| text(&root, outcome) == expected_text).await, "summary shows {}", text(&root, outcome));

    // The slider follows the one state, and the table's 2030 row shows the new value.
    let slider: HtmlInputElement =
        find(&root, "input[type=range][data-lever=\"digital_growth\"]").unwrap().dyn_into().unwrap();
    assert_eq!(slider.value(), "25");
    let last_row = text(&root, "[data-indicator=\"digital_economy\"] tbody tr:last-child");
    assert!(last_row.contains(&expected_text), "table row: {last_row}");
    assert!(last_row.starts_with("2030"), "table row: {last_row}");
}

#[wasm_bindgen_test]
async fn out_of_range_input_is_clamped_with_an_alert_naming_the_lever() {
    let root = mount(Lang::En);
    assert!(until(|| find(&root, "[data-lever=\"grdp_growth\"]").is_some()).await);
    let input: HtmlInputElement =
        find(&root, "input[data-number-field][data-lever=\"grdp_growth\"]").unwrap().dyn_into().unwrap();
    commit(&input, "500");
    assert!(until(|| find(&root, "[role=alert]").is_some()).await, "no alert");
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("GRDP growth"), "{alert}");
    assert!(alert.contains("500"), "{alert}");
    assert_eq!(input.value(), "20.0", "the field shows the clamped value in the locale format");
}

#[wasm_bindgen_test]
async fn switching_language_changes_labels_and_number_format() {
    let root = mount(Lang::En);
    let outcome = "[data-outcome=\"online_services\"]";
    assert!(until(|| find(&root, outcome).is_some()).await);
    assert!(text(&root, outcome).ends_with('%') && text(&root, outcome).contains('.'));
    let vi: HtmlElement = find(&root, "button[data-lang=\"vi\"]").unwrap().dyn_into().unwrap();
    vi.click();
    assert!(until(|| text(&root, outcome).ends_with("\u{a0}%")).await, "{}", text(&root, outcome));
    assert!(text(&root, outcome).contains(','));
    assert_eq!(
        gloo::utils::document().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("vi")
    );
    assert!(text(&root, "#levers-heading").contains("Giả định"));
}

#[wasm_bindgen_test]
async fn per_year_mode_expands_a_lever_into_five_years() {
    let root = mount(Lang::En);
    assert!(until(|| find(&root, "button[data-per-year=\"records_speed\"]").is_some()).await);
    let toggle: HtmlElement =
        find(&root, "button[data-per-year=\"records_speed\"]").unwrap().dyn_into().unwrap();
    toggle.click();
    let year_inputs = "input[data-lever=\"records_speed\"][data-year]";
    assert!(until(|| root.query_selector_all(year_inputs).unwrap().length() == 5).await);
    let first: HtmlInputElement =
        find(&root, "input[data-lever=\"records_speed\"][data-year=\"2026\"]").unwrap().dyn_into().unwrap();
    commit(&first, "60");
    let mut changed = Scenario::default();
    changed.set_year(LeverId::RecordsSpeed, 0, 60.0);
    let expected = Lang::En.percent(project(&changed).get(IndicatorId::RecordsDigitisation).value_2030(), 2);
    assert!(until(|| text(&root, "[data-outcome=\"records_digitisation\"]") == expected).await);
}

fn click(root: &Element, selector: &str) {
    let element: HtmlElement =
        find(root, selector).unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    element.click();
}

#[wasm_bindgen_test]
async fn saving_then_deleting_with_undo_keeps_the_library_in_step() {
    let root = mount(Lang::En);
    assert!(until(|| find(&root, "button[data-action=\"save-as-new\"]").is_some()).await);
    click(&root, "button[data-action=\"save-as-new\"]");
    assert!(until(|| find(&root, "li[data-saved]").is_some()).await, "no saved row");
    let name: HtmlInputElement =
        find(&root, "li[data-saved] input[data-rename]").unwrap().dyn_into().unwrap();
    assert_eq!(name.value(), "Scenario 1");
    click(&root, "li[data-saved] button[data-delete]");
    assert!(until(|| find(&root, "li[data-saved]").is_none()).await, "row not deleted");
    assert!(text(&root, "[role=status]").contains("Scenario 1"), "{}", text(&root, "[role=status]"));
    click(&root, "button[data-action=\"undo\"]");
    assert!(until(|| find(&root, "li[data-saved]").is_some()).await, "undo did not restore the row");
}

#[wasm_bindgen_test]
async fn comparing_a_preset_shows_the_comparison_and_its_diff() {
    let root = mount(Lang::En);
    assert!(until(|| find(&root, "input[data-compare=\"plan\"]").is_some()).await);
    click(&root, "input[data-compare=\"plan\"]");
    assert!(until(|| find(&root, "[data-comparison]").is_some()).await, "no comparison panel");
    let plan = project(&lotrinh::presets::Preset::Plan.scenario(lotrinh::i18n::Lang::Vi))
        .get(IndicatorId::DigitalEconomy)
        .value_2030();
    let cell = text(&root, "tr[data-compare-row=\"1\"] td[data-compare-cell=\"digital_economy\"]");
    assert!(cell.contains(&Lang::En.percent(plan, 1)), "{cell}");
    assert!(find(&root, "tr[data-diff-lever=\"digital_growth\"]").is_some());
    assert!(find(&root, "tr[data-diff-lever=\"grdp_growth\"]").is_none(), "GRDP growth is the same in both");
    // The uncertainty settings are part of the diff once they differ.
    let seed_row = "tr[data-diff-uncertainty=\"seed\"]";
    assert!(find(&root, seed_row).is_none(), "the presets share the default seed");
    assert!(wait_for(&root, "[data-uncertain-field=\"seed\"]").await, "no uncertainty panel");
    let seed: HtmlInputElement = find(&root, "[data-uncertain-field=\"seed\"]").unwrap().dyn_into().unwrap();
    commit(&seed, "7");
    assert!(until(|| find(&root, seed_row).is_some()).await, "the seed is not in the diff");
    let cells = root.query_selector_all(&format!("{seed_row} td")).unwrap();
    let cells: Vec<String> = (0..cells.length()).filter_map(|i| cells.item(i)?.text_content()).collect();
    assert_eq!(cells[..2], ["7".to_owned(), lotrinh::model::uncertainty::inputs::DEFAULT_SEED.to_string()]);
}

/// Moves a slider as a drag does: sets its value and sends `input`.
fn slide(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

async fn pause(ms: u64) {
    yew::platform::time::sleep(std::time::Duration::from_millis(ms)).await;
}

/// The design guard: a lever move re-renders the lever, and the card and
/// chart of each indicator it moves, and no other component that shows
/// something (the lists holding them re-render to compare their children).
#[wasm_bindgen_test]
async fn moving_one_lever_re_renders_only_what_shows_it() {
    use std::collections::BTreeSet;

    let root = mount(Lang::En);
    let outcome = "[data-outcome=\"digital_economy\"]";
    assert!(until(|| find(&root, outcome).is_some()).await, "app did not render");
    let slider: HtmlInputElement =
        find(&root, "input[type=range][data-lever=\"digital_growth\"]").unwrap().dyn_into().unwrap();
    // The first step of a drag also changes the undo button and the unsaved
    // badge; the steps after it change only the lever and what it moves.
    slide(&slider, "20");
    let at = |value: f64| {
        let mut scenario = Scenario::default();
        scenario.set_whole(LeverId::DigitalGrowth, value);
        project(&scenario)
    };
    let shown = Lang::En.percent(at(20.0).get(IndicatorId::DigitalEconomy).value_2030(), 1);
    assert!(until(|| text(&root, outcome) == shown).await, "first step not shown");
    // Let every pending write (this app's and earlier tests') settle: wait
    // until a whole pause passes without a render. A settle runs the Monte
    // Carlo chances, which take a while in a debug build.
    for _ in 0..20 {
        pause(400).await;
        if lotrinh::web::take_render_counts().is_empty() {
            break;
        }
    }

    slide(&slider, "22");
    let shown = Lang::En.percent(at(22.0).get(IndicatorId::DigitalEconomy).value_2030(), 1);
    assert!(until(|| text(&root, outcome) == shown).await, "second step not shown");
    // Effects run in the same pass as the render; a few ticks more, well
    // inside the autosave pause, would show any late render.
    for _ in 0..3 {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
    }
    let counts = lotrinh::web::take_render_counts();

    let (before, after) = (at(20.0), at(22.0));
    let moved: BTreeSet<String> = before
        .indicators
        .iter()
        .zip(&after.indicators)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.id.key().to_owned())
        .collect();
    assert!(moved.contains("digital_economy"), "the lever moves its indicator");
    let rendered = |component: &str| -> BTreeSet<String> {
        counts
            .keys()
            .filter_map(|key| key.strip_prefix(component)?.strip_prefix(':').map(str::to_owned))
            .collect()
    };
    assert_eq!(rendered("LeverControl"), BTreeSet::from(["digital_growth".to_owned()]), "{counts:?}");
    assert_eq!(rendered("Card"), moved, "{counts:?}");
    assert_eq!(rendered("Chart"), moved, "{counts:?}");
    for (key, renders) in &counts {
        assert_eq!(*renders, 1, "{key} rendered {renders} times: {counts:?}");
    }
    let allowed = ["App:", "LeverPanel:", "Summary:", "Charts:", "LeverControl:", "Card:", "Chart:"];
    for key in counts.keys() {
        assert!(allowed.iter().any(|prefix| key.starts_with(prefix)), "{key} re-rendered: {counts:?}");
    }

    // Once the drag pauses, the print-only report follows, once.
    pause(500).await;
    let counts = lotrinh::web::take_render_counts();
    assert_eq!(counts.get("ReportHeader:"), Some(&1), "{counts:?}");
}

/// Text being typed in a target field survives a re-render of its card (a
/// lever move here; the settled Monte Carlo chance in the app), so the Enter
/// that follows commits it and a bad entry gets its message beside the field.
#[wasm_bindgen_test]
async fn a_typed_target_survives_a_re_render_of_its_card() {
    let root = mount(Lang::En);
    let outcome = "[data-outcome=\"digital_economy\"]";
    assert!(until(|| find(&root, outcome).is_some()).await, "app did not render");
    let target: HtmlInputElement =
        find(&root, "input[data-target=\"digital_economy\"]").unwrap().dyn_into().unwrap();
    slide(&target, "abc");
    let before = text(&root, outcome);
    let slider: HtmlInputElement =
        find(&root, "input[type=range][data-lever=\"digital_growth\"]").unwrap().dyn_into().unwrap();
    slide(&slider, "21");
    assert!(until(|| text(&root, outcome) != before).await, "the card did not re-render");
    assert_eq!(target.value(), "abc", "the typed text was put back");
    // Enter: the field commits what it holds.
    commit(&target, &target.value());
    let message = "[data-field-message=\"digital_economy\"]";
    assert!(until(|| find(&root, message).is_some()).await, "no message beside the field");
    let official = project(&Scenario::default()).get(IndicatorId::DigitalEconomy).clone();
    let shown = Lang::En.field_number(official.target, official.spec.decimals);
    assert_eq!(target.value(), shown, "the field shows the target in force");
}

/// Text being typed in a lever's number field survives a re-render of its
/// row (the economy mode here, which marks the lever unused; a message or
/// another tab in the app), in the one-value field and in a year's field,
/// and the Enter that follows commits it.
#[wasm_bindgen_test]
async fn a_typed_lever_value_survives_a_re_render_of_its_row() {
    let root = mount(Lang::En);
    let field = "input[data-number-field][data-lever=\"grdp_growth\"]:not([data-year])";
    assert!(until(|| find(&root, field).is_some()).await, "app did not render");
    let number: HtmlInputElement = find(&root, field).unwrap().dyn_into().unwrap();
    slide(&number, "abc");
    let mode = |key: &str| -> HtmlInputElement {
        find(&root, &format!("input[data-economy-mode=\"{key}\"]")).unwrap().dyn_into().unwrap()
    };
    let unused = "[data-unused=\"grdp_growth\"]";
    commit(&mode("components"), "components");
    assert!(until(|| find(&root, unused).is_some()).await, "the row did not re-render");
    assert_eq!(number.value(), "abc", "the typed text was put back");
    // Enter: the field commits what it holds.
    commit(&number, &number.value());
    let message = "[data-field-message=\"grdp_growth\"]";
    assert!(until(|| find(&root, message).is_some()).await, "no message beside the field");
    let default = LeverId::GrdpGrowth.spec().default;
    assert_eq!(number.value(), Lang::En.field_number(default, LeverId::GrdpGrowth.spec().decimals()));

    // A year's field keeps its own typed text; the others show their values.
    click(&root, "button[data-per-year=\"grdp_growth\"]");
    let year = |y: u16| -> HtmlInputElement {
        find(&root, &format!("input[data-lever=\"grdp_growth\"][data-year=\"{y}\"]"))
            .unwrap()
            .dyn_into()
            .unwrap()
    };
    assert!(until(|| find(&root, "input[data-lever=\"grdp_growth\"][data-year]").is_some()).await);
    let shown = year(2026).value();
    slide(&year(2027), "1,2,3");
    commit(&mode("grdp"), "grdp");
    assert!(until(|| find(&root, unused).is_none()).await, "the row did not re-render");
    assert_eq!(year(2027).value(), "1,2,3", "the typed text was put back");
    assert_eq!(year(2026).value(), shown, "another year shows the typed text");
}

#[path = "reference/fan.rs"]
mod fan_reference;

/// The same scenario and seed give, in wasm32, the bit-identical percentiles
/// and chances computed natively and checked in (`tests/reference/fan.txt`).
#[wasm_bindgen_test]
fn monte_carlo_matches_the_native_reference_bit_for_bit() {
    let fan = lotrinh::model::uncertainty::simulate(&fan_reference::scenario());
    assert_eq!(fan_reference::digest(&fan), fan_reference::EXPECTED);
}

#[wasm_bindgen_test]
async fn a_shape_choice_moves_the_outcome_and_a_milestone_shows_in_the_table() {
    let root = mount(Lang::En);
    let outcome = "[data-outcome=\"records_digitisation\"]";
    assert!(until(|| find(&root, outcome).is_some()).await, "app did not render");
    // The collapsed assumptions and monitoring are built a task after the cards.
    let shape = "select[data-shape=\"records_digitisation\"]";
    assert!(until(|| find(&root, shape).is_some()).await, "no shape select");
    let select: web_sys::HtmlSelectElement = find(&root, shape).unwrap().dyn_into().unwrap();
    select.set_value("linear");
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    let mut linear = Scenario::default();
    linear.set_shape(IndicatorId::RecordsDigitisation, lotrinh::model::shapes::Shape::Linear);
    let expected = Lang::En.percent(project(&linear).get(IndicatorId::RecordsDigitisation).value_2030(), 2);
    assert!(until(|| text(&root, outcome) == expected).await, "records shows {}", text(&root, outcome));

    let milestone = "input[data-milestone=\"digital_workforce\"][data-year=\"2027\"]";
    assert!(until(|| find(&root, milestone).is_some()).await, "no milestone field");
    let milestone: HtmlInputElement = find(&root, milestone).unwrap().dyn_into().unwrap();
    commit(&milestone, "2.2");
    let status = "[data-milestone-status=\"digital_workforce\"][data-year=\"2027\"]";
    assert!(until(|| text(&root, status).contains("✓ met")).await, "milestone cell: {}", text(&root, status));
    // The national 2025 milestone (> 2 %) is not met by "nearly 2 %".
    let national = "[data-milestone-status=\"digital_workforce\"][data-year=\"2025\"]";
    assert!(text(&root, national).contains("✕ not met"), "2025 cell: {}", text(&root, national));
}

/// Polls `selector` every 20 ms for at most 4 s (the analysis section renders
/// after the first paint, and a goal-seek runs in a task of its own).
async fn wait_for(root: &Element, selector: &str) -> bool {
    for _ in 0..200 {
        if find(root, selector).is_some() {
            return true;
        }
        pause(20).await;
    }
    false
}

/// The goal-seek form is wired to the reducer: its answer names a value,
/// Apply sets the lever to it, and Undo puts the lever back.
#[wasm_bindgen_test]
async fn applying_a_goal_seek_answer_sets_the_lever_and_undo_restores_it() {
    let root = mount(Lang::En);
    let solve = "[data-goal-seek=\"digital_economy\"] [data-goal-solve]";
    assert!(wait_for(&root, solve).await, "no goal-seek form");
    click(&root, solve);
    let apply = "[data-goal-seek=\"digital_economy\"] [data-apply-goal]";
    assert!(wait_for(&root, apply).await, "no answer to apply");
    let field: HtmlInputElement =
        find(&root, "input[data-number-field][data-lever=\"digital_growth\"]:not([data-year])")
            .unwrap()
            .dyn_into()
            .unwrap();
    let before = field.value();
    click(&root, apply);
    assert!(until(|| field.value() != before).await, "Apply did not move the lever");
    let answer = text(&root, "[data-goal-answer=\"digital_economy\"]");
    assert!(answer.contains(&format!("of {}%/yr", field.value())), "{answer} / {}", field.value());
    click(&root, "button[data-action=\"undo\"]");
    assert!(until(|| field.value() == before).await, "Undo did not restore the lever");
}

/// A spread field takes a decimal comma in Vietnamese, and text that is not a
/// number gets a message beside the field while the value in force stays.
#[wasm_bindgen_test]
async fn a_spread_field_reads_a_decimal_comma_and_names_a_bad_entry() {
    let root = mount(Lang::Vi);
    let below = "[data-uncertain-field=\"spread.grdp_growth\"][data-side=\"below\"]";
    assert!(wait_for(&root, below).await, "no uncertainty panel");
    let field: HtmlInputElement = find(&root, below).unwrap().dyn_into().unwrap();
    commit(&field, "0,8");
    assert!(until(|| field.value() == "0,8").await, "shown: {}", field.value());
    commit(&field, "ít");
    let message = "[data-field-message=\"spread.grdp_growth\"]";
    assert!(until(|| find(&root, message).is_some()).await, "no message beside the field");
    assert_eq!(field.value(), "0,8", "the value in force stays");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
}

/// An input with no spread (the records ceiling and baseline by default, or
/// a spread typed down to zero) says so under its fields, and the tornado's
/// table names it.
#[wasm_bindgen_test]
async fn an_input_with_no_spread_says_so() {
    let root = mount(Lang::En);
    assert!(wait_for(&root, "[data-spread=\"records_ceiling\"]").await, "no uncertainty panel");
    assert!(find(&root, "[data-spread=\"records_ceiling\"] [data-no-spread]").is_some());
    assert!(find(&root, "[data-baseline-range=\"records_digitisation\"] [data-no-spread]").is_some());
    assert!(find(&root, "[data-baseline-range=\"digital_economy\"] [data-no-spread]").is_none());
    let note = "[data-no-spread=\"labour_force_growth\"]";
    assert!(find(&root, note).is_none());
    for side in ["below", "above"] {
        let selector = format!("[data-uncertain-field=\"spread.labour_force_growth\"][data-side=\"{side}\"]");
        let field: HtmlInputElement = find(&root, &selector).unwrap().dyn_into().unwrap();
        commit(&field, "0");
        // Each field sends only its own side; wait for the state to show it.
        assert!(until(|| field.value() == "0.0").await, "shown: {}", field.value());
    }
    assert!(until(|| find(&root, note).is_some()).await, "no note under a spread typed to zero");
    assert!(text(&root, note).starts_with("No spread"));
    let rows = root.query_selector_all("[data-tornado-table=\"records_digitisation\"] tbody th").unwrap();
    let names: Vec<String> = (0..rows.length()).filter_map(|i| rows.item(i)?.text_content()).collect();
    assert!(names.iter().any(|n| n.ends_with("(no spread)")), "{names:?}");
}

/// A typed seed above 2⁵³ − 1 keeps the seed in force, and the message
/// beside the field says so (not the link's "the default was used").
#[wasm_bindgen_test]
async fn a_typed_seed_too_large_keeps_the_current_seed() {
    let root = mount(Lang::En);
    let seed = "[data-uncertain-field=\"seed\"]";
    assert!(wait_for(&root, seed).await, "no uncertainty panel");
    let field: HtmlInputElement = find(&root, seed).unwrap().dyn_into().unwrap();
    commit(&field, "7");
    assert!(until(|| field.value() == "7").await, "shown: {}", field.value());
    commit(&field, "9007199254740993");
    let message = "[data-field-message=\"seed\"]";
    assert!(until(|| find(&root, message).is_some()).await, "no message beside the field");
    assert_eq!(field.value(), "7", "the seed in force stays");
    assert!(text(&root, message).contains("the current seed, 7, is kept"), "{}", text(&root, message));
}

/// The band switch goes through the reducer: every chart's figure says
/// whether it draws its bands, and the percentile columns of its table come
/// and go with them.
#[wasm_bindgen_test]
async fn the_band_switch_hides_and_shows_every_charts_bands_and_columns() {
    let root = mount(Lang::Vi);
    let toggle = "button[data-band-toggle]";
    assert!(until(|| find(&root, toggle).is_some()).await, "no band switch");
    let figures = |bands: &str| {
        root.query_selector_all(&format!("figure[data-indicator][data-bands=\"{bands}\"]")).unwrap().length()
    };
    let columns = || root.query_selector_all("th[data-percentile]").unwrap().length();
    assert_eq!(figures("on"), 4, "bands on by default");
    assert_eq!(columns(), 4 * 5);
    assert_eq!(find(&root, toggle).unwrap().get_attribute("aria-pressed").as_deref(), Some("true"));
    find(&root, toggle).unwrap().dyn_into::<HtmlElement>().unwrap().click();
    assert!(until(|| figures("off") == 4).await, "the bands did not switch off");
    assert_eq!(columns(), 0);
    assert_eq!(find(&root, toggle).unwrap().get_attribute("aria-pressed").as_deref(), Some("false"));
    find(&root, toggle).unwrap().dyn_into::<HtmlElement>().unwrap().click();
    assert!(until(|| figures("on") == 4).await, "the bands did not come back");
    assert_eq!(columns(), 4 * 5);
}

/// In the browser `text_case` asks JavaScript instead of linking Rust's case
/// tables: both must give the same text (Vietnamese, German, Greek, Turkish).
#[wasm_bindgen_test]
#[allow(clippy::disallowed_methods)] // std is the reference here
fn javascript_case_mapping_agrees_with_rusts() {
    use lotrinh::text_case::{capitalise, lowercase};
    let rust_capitalise = |text: &str| {
        let mut chars = text.chars();
        chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect::<String>()
    };
    for text in ["KỊCH BẢN Đổi Mới", "Đạt MỤC TIÊU", "ƯỚC TÍNH", "STRASSE ẞ", "ΟΔΟΣ Σ", "İSTANBUL", "", "abc"]
    {
        assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        for text in [text.to_owned(), text.to_lowercase()] {
            assert_eq!(capitalise(&text), rust_capitalise(&text), "{text}");
        }
    }
}
