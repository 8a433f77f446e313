//! The wording of messages to the user, in both languages. Pure, so the
//! wording is tested natively. It names the reducer's `Problem`, so it lives
//! outside `i18n` (which the codec uses): no module cycle.

use crate::app::Problem;
use crate::i18n::{text, Lang};

/// The message text for a problem.
pub fn describe(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::Clamped(clamp) => {
            let spec = clamp.lever.spec();
            let label = lang.pick(spec.label);
            let decimals = spec.decimals();
            let (given, used) = (lang.number(clamp.given, decimals), lang.number(clamp.used, decimals));
            let range = format!("{}–{}", lang.number(spec.min, decimals), lang.number(spec.max, decimals));
            let range = lang.with_unit(&range, text::lever_unit(spec.unit));
            match lang {
                Lang::Vi if clamp.given.is_finite() => {
                    format!("“{label}”: {given} nằm ngoài phạm vi {range}; đã dùng {used}.")
                }
                Lang::Vi => format!("“{label}”: giá trị không hợp lệ; đã dùng giá trị cơ sở {used}."),
                Lang::En if clamp.given.is_finite() => {
                    format!("“{label}”: {given} is outside {range}; using {used}.")
                }
                Lang::En => format!("“{label}”: invalid value; using the baseline {used}."),
            }
        }
        Problem::NotANumber(lever) => {
            let label = lang.pick(lever.spec().label);
            match lang {
                Lang::Vi => format!("“{label}”: giá trị nhập không phải là số; giữ nguyên giá trị cũ."),
                Lang::En => format!("“{label}”: that is not a number; the previous value is kept."),
            }
        }
        Problem::TargetClamped { indicator, given } => {
            let label = lang.pick(indicator.spec().label);
            let given = lang.number(*given, 2);
            match lang {
                Lang::Vi => format!("Mục tiêu “{label}”: {given} nằm ngoài 0–100 %; đã giới hạn lại."),
                Lang::En => format!("Target “{label}”: {given} is outside 0–100%; it was limited."),
            }
        }
        Problem::TargetNotANumber(indicator) => {
            let label = lang.pick(indicator.spec().label);
            match lang {
                Lang::Vi => format!("Mục tiêu “{label}”: giá trị nhập không phải là số; giữ nguyên."),
                Lang::En => format!("Target “{label}”: that is not a number; it is unchanged."),
            }
        }
        Problem::UncertaintyNotANumber(param) => {
            let subject =
                crate::i18n::link_messages::parameter_subject(param, lang).unwrap_or_else(|| param.clone());
            // A sentence starts with a capital: "Độ phân tán của …", "Spread: …".
            let subject = crate::text_case::capitalise(&subject);
            match lang {
                Lang::Vi => format!("{subject}: giá trị nhập không phải là số; giữ nguyên giá trị cũ."),
                Lang::En => format!("{subject}: that is not a number; the previous value is kept."),
            }
        }
        Problem::SeedTooLarge { kept } => crate::i18n::uncertainty::seed_too_large(*kept, lang),
        Problem::Link(problem) => crate::i18n::link_messages::describe(problem, lang),
        Problem::Import(error) => crate::i18n::link_messages::describe_import_error(error, lang),
        Problem::StorageUnreadable { backup_key, reason } => match lang {
            Lang::Vi => format!(
                "Không đọc được dữ liệu đã lưu ({reason}). Bản gốc được giữ nguyên trong localStorage dưới khoá “{backup_key}”; ứng dụng bắt đầu lại từ giá trị cơ sở."
            ),
            Lang::En => format!(
                "The saved data could not be read ({reason}). The original text is kept in localStorage under “{backup_key}”; the app started from the baseline."
            ),
        },
        Problem::StorageRefused => match lang {
            Lang::Vi => "Trình duyệt không cho lưu dữ liệu (chế độ riêng tư hoặc bộ nhớ đầy): ứng dụng vẫn chạy, nhưng thay đổi sẽ mất khi đóng trang. Hãy xuất tệp JSON để giữ lại.".to_owned(),
            Lang::En => "The browser refused to store data (private mode or full storage): the app keeps working, but changes are lost when the page closes. Export a JSON file to keep them.".to_owned(),
        },
        Problem::CompareFull => match lang {
            Lang::Vi => "Chỉ so sánh được tối đa 4 kịch bản cùng lúc; hãy bỏ bớt một kịch bản.".to_owned(),
            Lang::En => "At most 4 scenarios can be compared at once; remove one first.".to_owned(),
        },
        Problem::Deleted(name) => match lang {
            Lang::Vi => format!("Đã xoá “{name}”. Bấm Hoàn tác (Ctrl+Z) để lấy lại."),
            Lang::En => format!("Deleted “{name}”. Press Undo (Ctrl+Z) to bring it back."),
        },
        Problem::Saved(name) => match lang {
            Lang::Vi => format!("Đã lưu “{name}”."),
            Lang::En => format!("Saved “{name}”."),
        },
        Problem::Replaced { old, new } if old == new => match lang {
            Lang::Vi => format!("Đã lưu “{new}” thay cho bản trước. Bấm Hoàn tác (Ctrl+Z) để lấy lại bản trước."),
            Lang::En => format!("Saved “{new}” over its earlier version. Press Undo (Ctrl+Z) to bring that back."),
        },
        Problem::Replaced { old, new } => match lang {
            Lang::Vi => format!("Đã thay “{old}” bằng “{new}”. Bấm Hoàn tác (Ctrl+Z) để lấy lại “{old}”."),
            Lang::En => format!("Replaced “{old}” with “{new}”. Press Undo (Ctrl+Z) to bring “{old}” back."),
        },
        Problem::OpenedFromLink => match lang {
            Lang::Vi => "Đã mở kịch bản từ liên kết như một kịch bản mới, chưa lưu; các kịch bản đã lưu không bị thay đổi.".to_owned(),
            Lang::En => "Opened the scenario from the link as a new, unsaved scenario; your saved scenarios are unchanged.".to_owned(),
        },
        Problem::KeptUnsaved(name) => match lang {
            Lang::Vi => format!("Kịch bản chưa lưu trên màn hình đã được giữ lại trong danh sách với tên “{name}”."),
            Lang::En => format!("The unsaved scenario on screen was kept in the library as “{name}”."),
        },
        Problem::LinkCopied => match lang {
            Lang::Vi => "Đã chép liên kết.".to_owned(),
            Lang::En => "Link copied.".to_owned(),
        },
        Problem::ClipboardRefused => match lang {
            Lang::Vi => "Trình duyệt không cho chép tự động: hãy chọn liên kết trong ô và chép (Ctrl+C).".to_owned(),
            Lang::En => "The browser refused the clipboard: select the link in the field and copy it (Ctrl+C).".to_owned(),
        },
        Problem::ActualRefused(indicator, fault) => {
            format!("{} — {}", lang.pick(indicator.spec().label), crate::i18n::model_text::actual_refused(*fault, lang))
        }
        Problem::MilestoneRefused(indicator, fault) => {
            format!("{} — {}", lang.pick(indicator.spec().label), crate::i18n::model_text::milestone_refused(*fault, lang))
        }
        Problem::PopupBlocked => match lang {
            Lang::Vi => "Trình duyệt đã chặn cửa sổ màn hình người trình bày. Hãy cho phép cửa sổ bật lên cho trang này (biểu tượng cửa sổ bị chặn ở cuối thanh địa chỉ → “Luôn cho phép”), rồi nhấn S lần nữa.".to_owned(),
            Lang::En => "The browser blocked the presenter console window. Allow pop-ups for this site (the blocked pop-up icon at the end of the address bar → “Always allow”), then press S again.".to_owned(),
        },
        Problem::EmbedCopied => match lang {
            Lang::Vi => "Đã chép mã nhúng (<iframe>): dán vào báo cáo hoặc trang web; sửa “ind=” để chọn chỉ tiêu.".to_owned(),
            Lang::En => "Embed code (<iframe>) copied: paste it into a report or web page; edit “ind=” to choose the indicators.".to_owned(),
        },
        Problem::EmbedClipboardRefused => match lang {
            Lang::Vi => "Trình duyệt không cho chép tự động: hãy chọn mã nhúng trong ô và chép (Ctrl+C).".to_owned(),
            Lang::En => "The browser refused the clipboard: select the embed code in the field and copy it (Ctrl+C).".to_owned(),
        },
        Problem::ResetDone => match lang {
            Lang::Vi => "Đã đặt lại mọi giả định và mục tiêu về cơ sở.".to_owned(),
            Lang::En => "All assumptions and targets are back to the baseline.".to_owned(),
        },
        Problem::ExportFailed(None) => match lang {
            Lang::Vi => "Không tải được mô-đun xuất tệp; hãy thử lại khi có mạng.".to_owned(),
            Lang::En => "The export module could not be loaded; try again when online.".to_owned(),
        },
        Problem::ExportFailed(Some(reason)) => match lang {
            Lang::Vi => format!("Không xuất được tệp: {reason}."),
            Lang::En => format!("The file could not be exported: {reason}."),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LeverId;
    use crate::scenario::Clamped;

    #[test]
    fn clamp_message_names_the_lever_the_value_and_the_range() {
        let clamp = Clamped { lever: LeverId::DigitalGrowth, given: 500.0, used: 40.0 };
        let vi = describe(&Problem::Clamped(clamp), Lang::Vi);
        assert_eq!(
            vi,
            "“Tăng trưởng kinh tế số”: 500,0 nằm ngoài phạm vi 0,0–40,0\u{a0}%/năm; đã dùng 40,0."
        );
        let en = describe(&Problem::Clamped(clamp), Lang::En);
        assert_eq!(en, "“Digital-economy growth”: 500.0 is outside 0.0–40.0%/yr; using 40.0.");
    }

    #[test]
    fn export_failures_say_what_failed() {
        let typed = Problem::UncertaintyNotANumber("spread.grdp_growth".to_owned());
        assert_eq!(
            describe(&typed, Lang::Vi),
            "Độ phân tán của “Tăng trưởng GRDP”: giá trị nhập không phải là số; giữ nguyên giá trị cũ."
        );
        assert_eq!(
            describe(&typed, Lang::En),
            "Spread: GRDP growth: that is not a number; the previous value is kept."
        );
        let offline = Problem::ExportFailed(None);
        assert_eq!(offline.severity(), crate::app::Severity::Alert);
        assert_eq!(describe(&offline, Lang::Vi), "Không tải được mô-đun xuất tệp; hãy thử lại khi có mạng.");
        assert_eq!(
            describe(&offline, Lang::En),
            "The export module could not be loaded; try again when online."
        );
        let failed = Problem::ExportFailed(Some("export request: bad".to_owned()));
        assert_eq!(describe(&failed, Lang::En), "The file could not be exported: export request: bad.");
        assert!(describe(&failed, Lang::Vi).contains("export request: bad"));
    }
}
