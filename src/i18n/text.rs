//! Interface text in both languages. Labels that belong to a lever or an
//! indicator live in their tables, not here.

use crate::model::sources::Bilingual;

macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = $vi:literal / $en:literal;)*) => {
        $($(#[$doc])* pub const $name: Bilingual = Bilingual { vi: $vi, en: $en };)*
    };
}

texts! {
    /// The app's name.
    APP_TITLE = "Lộ trình số 2030" / "Digital Roadmap 2030";
    /// Subtitle under the name.
    APP_SUBTITLE = "Mô phỏng chuyển đổi số tỉnh Ninh Bình 2026–2030 theo Nghị quyết 57-NQ/TW"
        / "Ninh Bình digital transformation 2026–2030 under Resolution 57-NQ/TW";
    /// Label of the language switch.
    LANGUAGE = "Ngôn ngữ" / "Language";
    /// Heading of the lever panel.
    LEVERS_HEADING = "Giả định tăng trưởng" / "Growth assumptions";
    /// Phones: the control that takes the reader from the results to the levers.
    ADJUST = "Điều chỉnh giả định" / "Adjust assumptions";
    /// Hint under the lever heading.
    LEVERS_HINT = "Kéo thanh trượt hoặc nhập số; biểu đồ cập nhật ngay."
        / "Drag a slider or type a number; the charts update at once.";
    /// Button that resets every lever and target.
    RESET_ALL = "Đặt lại tất cả về cơ sở" / "Reset all to baseline";
    /// Button that resets one lever.
    RESET = "Về cơ sở" / "Reset";
    /// Toggle to per-year values.
    PER_YEAR = "Theo từng năm" / "Per year";
    /// Toggle back to one value.
    ONE_VALUE = "Một giá trị" / "One value";
    /// Marker for a lever that differs from the baseline.
    CHANGED = "đã đổi" / "changed";
    /// Heading of the summary cards.
    SUMMARY_HEADING = "Kết quả năm 2030 so với mục tiêu" / "2030 outcomes against targets";
    /// Heading of the charts.
    CHARTS_HEADING = "Quỹ đạo 2025–2030" / "Trajectories 2025–2030";
    /// Heading of the sources panel.
    SOURCES_HEADING = "Nguồn số liệu và lưu ý" / "Sources and caveats";
    /// Label of the 2030 value.
    VALUE_2030 = "Dự báo 2030" / "2030 projection";
    /// Label of the target.
    TARGET = "Mục tiêu 2030" / "2030 target";
    /// Marker for a user-typed target.
    CUSTOM = "tuỳ chỉnh" / "custom";
    /// Marker for an official target.
    OFFICIAL = "chính thức" / "official";
    /// Marker for a default target that no source gives.
    ASSUMED = "giả định" / "assumption";
    /// Button that restores a default target that is an assumption.
    USE_DEFAULT_ASSUMPTION = "Dùng giả định mặc định" / "Use the default assumption";
    /// Button that restores the official target.
    USE_OFFICIAL = "Dùng chỉ tiêu chính thức" / "Use the official target";
    /// Label of the target field.
    EDIT_TARGET = "Sửa mục tiêu (%)" / "Edit target (%)";
    /// Label of the gap.
    GAP = "Khoảng cách" / "Gap";
    /// A shortfall.
    SHORT_BY = "còn thiếu" / "short by";
    /// An excess.
    ABOVE_BY = "vượt" / "above by";
    /// A gap that rounds to zero at the indicator's precision.
    AT_TARGET = "bằng mục tiêu" / "at the target";
    /// Before a bound: "above by less than 0.1 pp".
    LESS_THAN = "dưới" / "less than";
    /// Label of the year reached.
    REACHED = "Năm đạt" / "Reached";
    /// Already reached in 2025.
    REACHED_ALREADY = "đã đạt từ 2025" / "already met in 2025";
    /// Not reached by 2030.
    NOT_BY_2030 = "chưa đạt đến 2030" / "not by 2030";
    /// Label of the required rate.
    REQUIRED = "Cần để đạt năm 2030" / "Needed by 2030";
    /// The required rate is outside the lever's range.
    OUTSIDE_RANGE = "ngoài phạm vi thanh trượt" / "outside the slider's range";
    /// Required: any value of the lever meets the target.
    ANY_RATE = "không cần tăng thêm: đạt với mọi giá trị" / "nothing more: met at any value";
    /// Required: the last actual is for 2030.
    NO_YEARS_LEFT = "không còn năm nào: số thực hiện 2030 đã có" / "no years left: the 2030 actual is in";
    /// Table column: year.
    YEAR = "Năm" / "Year";
    /// Table column and legend: baseline projection.
    BASELINE = "Dự báo cơ sở" / "Baseline projection";
    /// Table column and legend: the current scenario.
    SCENARIO = "Kịch bản hiện tại" / "Current scenario";
    /// Legend: reported figures.
    REPORTED = "Số liệu báo cáo" / "Reported";
    /// Legend: flagged reported figure.
    REPORTED_FLAGGED = "Số báo cáo có lưu ý ⚑" / "Reported, flagged ⚑";
    /// Caption of the yearly table.
    TABLE_CAPTION = "Giá trị theo năm" / "Yearly values";
    /// Label of the baseline figure in the sources panel.
    BASELINE_2025 = "Cơ sở cuối 2025" / "Baseline, end of 2025";
    /// Column: source.
    SOURCE = "Nguồn" / "Source";
    /// Column: date.
    DATE = "Ngày" / "Date";
    /// Basis: read in the source.
    BASIS_READ = "đọc trong nguồn" / "read in source";
    /// Basis: derived.
    BASIS_DERIVED = "tính từ nguồn" / "derived from source";
    /// Basis: unverified.
    BASIS_UNVERIFIED = "chưa xác minh" / "unverified";
    /// Basis: assumption.
    BASIS_ASSUMPTION = "giả định" / "assumption";
    /// Heading of the lever-defaults table in the sources panel.
    LEVER_DEFAULTS = "Giá trị cơ sở của các giả định" / "Baseline values of the assumptions";
    /// Close button on messages.
    DISMISS = "Đóng" / "Dismiss";
    /// Year-by-year heading.
    YEARS_2026_2030 = "Giá trị từng năm 2026–2030" / "Values for each year 2026–2030";
    /// Label of the scenario name field.
    SCENARIO_NAME = "Tên kịch bản" / "Scenario name";
    /// Placeholder of an unnamed scenario.
    UNNAMED = "Kịch bản chưa đặt tên" / "Unnamed scenario";
    /// Marker of unsaved changes.
    UNSAVED = "chưa lưu" / "unsaved";
    /// Save button.
    SAVE = "Lưu" / "Save";
    /// Save-as-new button.
    SAVE_AS_NEW = "Lưu thành bản mới" / "Save as new";
    /// Undo button.
    UNDO = "Hoàn tác" / "Undo";
    /// Redo button.
    REDO = "Làm lại" / "Redo";
    /// Copy-link button.
    COPY_LINK = "Chép liên kết" / "Copy link";
    /// Label of the link field.
    SHARE_LINK = "Liên kết chia sẻ" / "Share link";
    /// Export button.
    EXPORT_JSON = "Xuất JSON" / "Export JSON";
    /// Import button.
    IMPORT_JSON = "Nhập JSON" / "Import JSON";
    /// Note field.
    NOTE = "Ghi chú (lý do của các giả định)" / "Note (the rationale)";
    /// Heading of the library.
    LIBRARY = "Kịch bản" / "Scenarios";
    /// Heading of the saved list.
    SAVED_SCENARIOS = "Đã lưu" / "Saved";
    /// No saved scenarios yet.
    NONE_SAVED = "Chưa có kịch bản nào được lưu." / "No saved scenarios yet.";
    /// Heading of the presets.
    PRESETS = "Kịch bản mẫu" / "Presets";
    /// Open button.
    OPEN = "Mở" / "Open";
    /// Rename field.
    RENAME = "Đổi tên" / "Rename";
    /// Duplicate button.
    DUPLICATE = "Nhân bản" / "Duplicate";
    /// Delete button.
    DELETE = "Xoá" / "Delete";
    /// Compare toggle.
    COMPARE = "So sánh" / "Compare";
    /// Leave the comparison.
    CLEAR_COMPARE = "Thôi so sánh" / "Stop comparing";
    /// Heading of the comparison panel.
    COMPARISON = "So sánh kịch bản" / "Scenario comparison";
    /// Marker of the scenario on screen.
    ON_SCREEN = "đang mở" / "on screen";
    /// Before the target a comparison row is judged against.
    JUDGED_AGAINST = "mục tiêu" / "target";
    /// Heading of the assumptions diff.
    ASSUMPTIONS_DIFF = "Giả định khác nhau" / "Assumptions that differ";
    /// No differences.
    NO_DIFFERENCES = "Các kịch bản có cùng giả định." / "The scenarios share every assumption.";
    /// Column of the assumptions diff: highest minus lowest value ("spread"
    /// would read as an uncertainty spread, which the diff also lists).
    SPREAD = "Chênh lệch" / "Difference";
    /// Enter presentation mode.
    PRESENT = "Trình chiếu" / "Present";
    /// Leave presentation mode.
    EXIT_PRESENTATION = "Thoát (Esc)" / "Exit (Esc)";
    /// Short form of [`EXIT_PRESENTATION`] on a narrow projector.
    EXIT_PRESENTATION_SHORT = "Thoát" / "Exit";
    /// Next slide.
    NEXT_SLIDE = "Trang sau" / "Next";
    /// Previous slide.
    PREVIOUS_SLIDE = "Trang trước" / "Previous";
    /// Full screen.
    FULL_SCREEN = "Toàn màn hình (F)" / "Full screen (F)";
    /// Short form of [`FULL_SCREEN`] on a narrow projector.
    FULL_SCREEN_SHORT = "Toàn màn hình" / "Full screen";
    /// Play the year-by-year reveal.
    PLAY_REVEAL = "Chạy từng năm (R)" / "Play year by year (R)";
    /// Short form of [`PLAY_REVEAL`] on a narrow projector.
    PLAY_REVEAL_SHORT = "Từng năm" / "Year by year";
    /// Pause the reveal.
    PAUSE_REVEAL = "Tạm dừng (R)" / "Pause (R)";
    /// Short form of [`PAUSE_REVEAL`] on a narrow projector.
    PAUSE_REVEAL_SHORT = "Tạm dừng" / "Pause";
    /// The option to end the deck with the sources slide.
    SOURCES_SLIDE_OPTION = "Trang nguồn số liệu" / "Sources slide";
    /// Short form of [`SOURCES_SLIDE_OPTION`] on a narrow projector.
    SOURCES_SLIDE_OPTION_SHORT = "Trang nguồn" / "Sources";
    /// Slide counter prefix.
    SLIDE = "Trang" / "Slide";
    /// Title-slide heading of the assumptions.
    KEY_ASSUMPTIONS = "Giả định chính" / "Key assumptions";
    /// All levers at the baseline.
    ALL_BASELINE = "Mọi giả định ở mức cơ sở (xu hướng hiện tại):" / "Every assumption at the baseline (current trend):";
    /// Baseline value, as in "(baseline 15)".
    BASELINE_VALUE = "cơ sở" / "baseline";
    /// Label of the date.
    PRESENTED_ON = "Ngày trình bày" / "Presented on";
    /// Label of the data vintage.
    DATA_AS_OF = "Số liệu đến ngày" / "Data as of";
    /// Caption of the QR code.
    SCAN_TO_OPEN = "Quét mã để mở kịch bản này trên điện thoại" / "Scan to open this scenario on your phone";
    /// The link is too long for a QR code.
    LINK_TOO_LONG = "Liên kết quá dài cho một mã QR đọc được ở cỡ này; hãy rút ngắn tên hoặc ghi chú, hoặc gửi liên kết (nút “Sao chép liên kết”)." / "The link is too long for a QR code readable at this size; shorten the name or the note, or send the link (“Copy link”).";
    /// While the reveal plays: the verdict comes with the last year.
    VERDICT_AT_2030 = "Đánh giá khi đến năm 2030" / "Verdict when 2030 is reached";
    /// Summary slide heading.
    SUMMARY_SLIDE = "Tổng hợp: các chỉ tiêu so với mục tiêu 2030" / "Summary: every indicator against its 2030 target";
    /// Column: indicator.
    INDICATOR = "Chỉ tiêu" / "Indicator";
    /// Column: status.
    STATUS = "Đánh giá" / "Status";
    /// The embed's link to the full planner.
    OPEN_IN_PLANNER = "Mở trong công cụ lập kế hoạch" / "Open in the planner";
    /// Opens the embed choices in the header.
    EMBED = "Nhúng vào trang khác" / "Embed";
    /// Which charts the embed shows.
    EMBED_WHICH = "Biểu đồ được nhúng" / "Charts to embed";
    /// Copies the `<iframe>` code of an embed.
    COPY_EMBED = "Sao chép mã nhúng" / "Copy embed code";
    /// Opens the live what-if lever drawer in the deck.
    LIVE_LEVERS = "Thử giả định" / "What if…";
    /// Heading of the live lever drawer.
    LIVE_LEVERS_HEADING = "Thử giả định trực tiếp" / "Live what-if";
    /// Hint in the live lever drawer.
    LIVE_LEVERS_HINT = "Các trang cập nhật ngay. Phím B hoặc nút dưới đây trả lại kịch bản đã chuẩn bị." / "Slides update at once. Press B or the button below to go back to the prepared scenario.";
    /// Puts the prepared scenario back after a live what-if.
    BACK_TO_PREPARED = "Trở lại kịch bản đã chuẩn bị" / "Back to the prepared scenario";
    /// Closes a panel of the deck.
    CLOSE = "Đóng" / "Close";
    /// Banner on the slides during a live what-if.
    WHAT_IF_BANNER = "Đang thử:" / "What if:";
    /// The presenter console's title and the button that opens it.
    PRESENTER_CONSOLE = "Màn hình người trình bày" / "Presenter console";
    /// Short form of [`PRESENTER_CONSOLE`] on a narrow projector.
    PRESENTER_CONSOLE_SHORT = "Người trình bày" / "Console";
    /// Label of the elapsed time.
    ELAPSED = "Đã trình bày" / "Elapsed";
    /// Resets the elapsed time.
    RESET_TIMER = "Đặt lại giờ" / "Reset timer";
    /// Label of the time of day.
    TIME_OF_DAY = "Bây giờ" / "Time";
    /// Label of the speaker notes.
    SPEAKER_NOTES = "Ghi chú người trình bày (chỉ hiện ở đây, lưu cùng kịch bản)" / "Speaker notes (shown only here, saved with the scenario)";
    /// The console before the audience window answered.
    CONSOLE_WAITING = "Đang chờ cửa sổ trình chiếu… Hãy mở chế độ trình chiếu trong cửa sổ kia." / "Waiting for the presentation window… Open the presentation in the other window.";
    /// Past the last slide.
    END_OF_DECK = "Hết bài trình chiếu." / "End of the deck.";
    /// Opens the slide overview.
    OVERVIEW = "Tổng quan các trang" / "Slide overview";
    /// Short form of [`OVERVIEW`] on a narrow projector.
    OVERVIEW_SHORT = "Tổng quan" / "Overview";
    /// The deck's keys, in the controls bar.
    PRESENT_KEYS = "← → PageUp PageDown Space · Home End · 1–9 · F · R · O tổng quan · L thử giả định · B trở lại · S màn hình người trình bày · Esc" / "← → PageUp PageDown Space · Home End · 1–9 · F · R · O overview · L what if · B back · S presenter console · Esc";
    /// Export the trajectories as CSV.
    EXPORT_CSV = "CSV cho phần mềm (dấu phẩy, thập phân dấu chấm)" / "CSV for software (comma, dot decimals)";
    /// Button that exports the Excel workbook.
    EXPORT_XLSX = "Xuất Excel (.xlsx)" / "Export Excel (.xlsx)";
    /// Button that exports the CSV for Excel under Vietnamese settings.
    EXPORT_CSV_VI = "CSV (Excel tiếng Việt)" / "CSV (Vietnamese Excel)";
    /// Download a chart as PNG.
    EXPORT_PNG = "Tải ảnh PNG" / "Download PNG";
    /// Unit line of an exported chart.
    UNIT_PERCENT = "Đơn vị: %" / "Unit: %";
    /// Print the report.
    PRINT_REPORT = "In báo cáo / PDF" / "Print report / PDF";
    /// Note on the 100 % cap.
    CAPPED = "chạm trần 100 %" / "capped at 100%";
    /// Footer: everything runs locally.
    FOOTER = "Chạy hoàn toàn trong trình duyệt; không gửi dữ liệu đi đâu." / "Runs entirely in your browser; no data leaves it.";
}

use super::Lang;
use crate::model::indicators::{AbsoluteUnit, Comparator};
use crate::model::levers::LeverUnit;
use crate::model::sources::Basis;
use crate::model::targets::TargetKind;

/// The short unit shown beside a lever value.
pub fn lever_unit(unit: LeverUnit) -> Bilingual {
    match unit {
        LeverUnit::PercentPerYear => Bilingual { vi: "%/năm", en: "%/yr" },
        LeverUnit::GapClosedPerYear => Bilingual { vi: "% khoảng cách/năm", en: "% of gap/yr" },
        LeverUnit::Percent => Bilingual::same("%"),
        LeverUnit::MillionPeople => Bilingual { vi: "triệu người", en: "million people" },
    }
}

/// The unit of an absolute figure.
pub fn absolute_unit(unit: AbsoluteUnit) -> Bilingual {
    match unit {
        AbsoluteUnit::TrillionVnd => Bilingual { vi: "nghìn tỷ đồng", en: "trillion VND" },
        AbsoluteUnit::ThousandPeople => Bilingual { vi: "nghìn người", en: "thousand people" },
        AbsoluteUnit::Services => Bilingual { vi: "dịch vụ", en: "services" },
    }
}

/// The sign of a target's comparator.
pub fn comparator(comparator: Comparator) -> &'static str {
    match comparator {
        Comparator::AtLeast => "≥",
        Comparator::Above => ">",
    }
}

/// The library's heading with what it holds, so an empty saved list does
/// not read as if there were no scenarios at all: "Kịch bản (0 đã lưu, 4 mẫu)".
pub fn library_heading(saved: usize, presets: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Kịch bản ({saved} đã lưu, {presets} mẫu)"),
        Lang::En => {
            let preset_word = if presets == 1 { "preset" } else { "presets" };
            format!("Scenarios ({saved} saved, {presets} {preset_word})")
        }
    }
}

/// The save button when it updates the saved entry the scenario came from:
/// it names what it writes over.
pub fn save_over(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Lưu đè “{name}”"),
        Lang::En => format!("Save over “{name}”"),
    }
}

/// The explicit choice to replace a saved entry with the scenario on screen.
pub fn replace_saved(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Thay “{name}” bằng kịch bản này"),
        Lang::En => format!("Replace “{name}” with this scenario"),
    }
}

/// The words for a target's kind: official, custom or assumption.
pub fn target_kind(kind: TargetKind) -> Bilingual {
    match kind {
        TargetKind::Official => OFFICIAL,
        TargetKind::Custom => CUSTOM,
        TargetKind::Assumption => ASSUMED,
    }
}

/// How a figure relates to its source.
pub fn basis(basis: Basis) -> Bilingual {
    match basis {
        Basis::Read => BASIS_READ,
        Basis::Derived => BASIS_DERIVED,
        Basis::Unverified => BASIS_UNVERIFIED,
        Basis::Assumption => BASIS_ASSUMPTION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_heading_counts_saved_scenarios_and_presets() {
        assert_eq!(library_heading(0, 4, Lang::Vi), "Kịch bản (0 đã lưu, 4 mẫu)");
        assert_eq!(library_heading(0, 4, Lang::En), "Scenarios (0 saved, 4 presets)");
        assert_eq!(library_heading(2, 1, Lang::En), "Scenarios (2 saved, 1 preset)");
    }

    #[test]
    fn save_buttons_name_what_they_write_over() {
        assert_eq!(save_over("Dồn sớm", Lang::Vi), "Lưu đè “Dồn sớm”");
        assert_eq!(save_over("Dồn sớm", Lang::En), "Save over “Dồn sớm”");
        assert_eq!(replace_saved("Dồn sớm", Lang::Vi), "Thay “Dồn sớm” bằng kịch bản này");
        assert_eq!(replace_saved("Dồn sớm", Lang::En), "Replace “Dồn sớm” with this scenario");
    }

    #[test]
    fn target_kinds_are_named_in_both_languages() {
        assert_eq!(target_kind(TargetKind::Official), Bilingual { vi: "chính thức", en: "official" });
        assert_eq!(target_kind(TargetKind::Custom), Bilingual { vi: "tuỳ chỉnh", en: "custom" });
        assert_eq!(target_kind(TargetKind::Assumption), Bilingual { vi: "giả định", en: "assumption" });
    }
}
