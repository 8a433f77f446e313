//! Unicode lower case and capitals for names and wording (Vietnamese letters
//! such as `Đ`/`đ` and `Ự`/`ự` included).
//!
//! In the browser these ask JavaScript's `String` methods, so the Wasm does
//! not carry Rust's Unicode case tables (24 kB); with `chart::FONT_FAMILY`,
//! which keeps plotters from lower-casing the font name, that is 14.5 kB of
//! the gzip Wasm (measured 2026-11-28). Nothing in the Wasm may call
//! `str::to_lowercase`, `to_uppercase` or their `char` forms again. Natively
//! (the tests, the tools) these use std. Both follow Unicode's default case
//! mapping; `tests/web.rs` checks in the browser that they agree.

/// `text` in lower case, like [`str::to_lowercase`].
// Natively std is the reference (clippy.toml forbids it in the Wasm's code).
#[cfg_attr(not(target_arch = "wasm32"), allow(clippy::disallowed_methods))]
pub fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// `text` with its first letter in capitals, like [`char::to_uppercase`] on
/// the first character; the rest as it is.
#[cfg_attr(not(target_arch = "wasm32"), allow(clippy::disallowed_methods))]
pub fn capitalise(text: &str) -> String {
    let Some(first) = text.chars().next() else { return String::new() };
    let (head, rest) = text.split_at(first.len_utf8());
    #[cfg(target_arch = "wasm32")]
    let head = String::from(js_sys::JsString::from(head).to_upper_case());
    #[cfg(not(target_arch = "wasm32"))]
    let head: String = head.chars().flat_map(char::to_uppercase).collect();
    head + rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_letters_change_case() {
        assert_eq!(lowercase("KỊCH BẢN Đổi Mới"), "kịch bản đổi mới");
        assert_eq!(lowercase("Đạt"), "đạt");
        assert_eq!(capitalise("độ phân tán"), "Độ phân tán");
        assert_eq!(capitalise("ứng dụng"), "Ứng dụng");
        assert_eq!(capitalise("spread"), "Spread");
        assert_eq!(capitalise("ß"), "SS");
        assert_eq!(capitalise(""), "");
    }
}
