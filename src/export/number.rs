//! Numbers as plain text for files other programs read: no thousands
//! separator, never an exponent, at the precision spreadsheets keep.
//!
//! The model's arithmetic leaves binary noise in its last bits
//! (`1414.9999999999998` services, `91.63044000000002` %). A spreadsheet
//! keeps 15 significant digits, so writing more only shows that noise;
//! writing [`SIGNIFICANT_DIGITS`] gives the same number a spreadsheet would
//! hold had it read the model's exact value, and reads back within half a
//! unit of the 15th digit of it.

use std::fmt::Write;

/// Significant digits written: what Excel and LibreOffice keep of a number.
pub const SIGNIFICANT_DIGITS: i32 = 15;

/// `value` rounded to [`SIGNIFICANT_DIGITS`] significant digits, written with
/// `decimal_mark` and without trailing zeros (`91.63044`, `15.6818181818182`,
/// `1415`), or `None` when it is not finite.
pub fn plain(value: f64, decimal_mark: char) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    if value == 0.0 {
        return Some("0".to_owned());
    }
    // Digits before the point minus one; the decimals that keep 15 in all.
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = (SIGNIFICANT_DIGITS - 1 - magnitude).max(0) as usize;
    let mut text = String::with_capacity(24);
    let _ = write!(text, "{value:.decimals$}");
    if text.contains('.') {
        let trimmed = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(trimmed);
    }
    if text == "-0" {
        text = "0".to_owned();
    }
    Some(if decimal_mark == '.' { text } else { text.replace('.', &decimal_mark.to_string()) })
}

/// `value` rounded to a whole number (counts such as online services), as
/// plain text, or `None` when it is not finite.
pub fn whole(value: f64) -> Option<String> {
    plain(value.round(), '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noise_is_rounded_away() {
        assert_eq!(plain(91.63044000000002, '.').as_deref(), Some("91.63044"));
        assert_eq!(plain(1414.9999999999998, '.').as_deref(), Some("1415"));
        assert_eq!(plain(15.681818181818178, '.').as_deref(), Some("15.6818181818182"));
        assert_eq!(plain(49.472, ',').as_deref(), Some("49,472"));
        assert_eq!(whole(1869.644).as_deref(), Some("1870"));
    }

    #[test]
    fn edge_values() {
        assert_eq!(plain(0.0, '.').as_deref(), Some("0"));
        assert_eq!(plain(-0.0, '.').as_deref(), Some("0"));
        assert_eq!(plain(-1e-20, '.').as_deref(), Some("-0.00000000000000000001"));
        assert_eq!(plain(2030.0, '.').as_deref(), Some("2030"));
        assert_eq!(plain(1e20, '.').as_deref(), Some("100000000000000000000"));
        assert_eq!(plain(-3.25, ',').as_deref(), Some("-3,25"));
        assert_eq!(plain(f64::NAN, '.'), None);
        assert_eq!(plain(f64::INFINITY, '.'), None);
    }
}
