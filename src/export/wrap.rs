//! Word wrapping for text drawn on a canvas (the PNG's source footer), with
//! the width measured by the caller, so it is tested natively with any
//! measure and used in the browser with the canvas's own.

/// Splits `text` into lines no wider than `max_width` by `measure`, breaking
/// between words. A single word wider than the line is cut by characters so
/// nothing runs past the edge.
pub fn wrap(text: &str, max_width: f64, measure: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if measure(&candidate) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone may still not fit: cut it.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if measure(&piece) > max_width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        line = piece;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> f64 {
        text.chars().count() as f64
    }

    #[test]
    fn lines_fit_and_keep_every_word_in_order() {
        let text = "Đơn vị: % · Cơ sở cuối 2025: Báo Thanh Tra (01/12/2025); Mục tiêu 2030: Nghị quyết 57-NQ/TW, mục II (22/12/2024); Quyết định 411/QĐ-TTg (31/03/2022)";
        let lines = wrap(text, 40.0, chars);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|line| chars(line) <= 40.0), "{lines:?}");
        assert_eq!(lines.join(" "), text.split_whitespace().collect::<Vec<_>>().join(" "));
        assert!(lines.last().unwrap().ends_with("(31/03/2022)"));
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut_and_empty_text_has_no_lines() {
        assert_eq!(wrap("abcdefgh ij", 3.0, chars), ["abc", "def", "gh", "ij"]);
        assert!(wrap("  ", 10.0, chars).is_empty());
        assert_eq!(wrap("short", 10.0, chars), ["short"]);
    }
}
