//! Number fields: reading what a planner types and showing a value the way
//! the locale writes it. Vietnamese planners type decimal commas (`26,4`),
//! English ones decimal points (`26.4`); both are accepted in either
//! language, so a value typed from a Vietnamese report reads the same in the
//! English interface. Pure, tested natively.

use super::Lang;

/// Reads a typed number.
///
/// - One `,` or one `.` is the decimal separator in either language:
///   `26,4` and `26.4` are both 26.4.
/// - Two of one separator and none of the other (`26,4,1`) is refused.
/// - When both appear, the locale decides: `1.234,5` in Vietnamese and
///   `1,234.5` in English are 1234.5 (the other separator groups thousands).
/// - Spaces (also non-breaking ones), a leading `+` and a trailing `%` are
///   dropped; anything else that is not part of a number (letters,
///   exponents, a second sign) makes the text unreadable.
///
/// Returns `None` for text that is not a finite number, so the caller can
/// say so and keep the previous value.
pub fn parse_number(text: &str, lang: Lang) -> Option<f64> {
    let compact: String =
        text.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}').collect();
    let compact = compact.strip_suffix('%').unwrap_or(&compact);
    let compact = compact.strip_prefix('+').unwrap_or(compact);
    // The minus sign as typographers write it.
    let compact = compact.replace('\u{2212}', "-");
    let commas = compact.matches(',').count();
    let points = compact.matches('.').count();
    let normalised = match (commas, points) {
        (0, 0) => compact,
        (1, 0) => compact.replace(',', "."),
        (0, 1) => compact,
        // Both: the locale's grouping separator goes, its decimal one stays.
        (c, p) if c > 0 && p > 0 => {
            let (group, point) = lang.separators();
            let last_group = compact.rfind(group)?;
            let last_point = compact.rfind(point);
            // A decimal separator must come after every group separator, and at most once.
            if compact.matches(point).count() > 1 || last_point.is_some_and(|p| p < last_group) {
                return None;
            }
            compact.replace(group, "").replace(point, ".")
        }
        // Two of the same separator and none of the other: a slip, not a number.
        _ => return None,
    };
    if normalised.is_empty()
        || !normalised.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        || !normalised.chars().any(|c| c.is_ascii_digit())
        || normalised.rfind('-').is_some_and(|i| i > 0)
    {
        return None;
    }
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl Lang {
    /// A value as a number field shows it: the locale's decimal separator,
    /// no thousands grouping (so it reads back unchanged), `decimals` decimals.
    /// `26,4` in Vietnamese, `26.4` in English.
    pub fn field_number(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return String::new();
        }
        let (_, point) = self.separators();
        // "-0.0" is not a value anyone typed.
        let value = if value == 0.0 { 0.0 } else { value };
        format!("{value:.decimals$}").replace('.', &point.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_and_a_decimal_point_read_the_same_in_both_languages() {
        for lang in [Lang::Vi, Lang::En] {
            assert_eq!(parse_number("26,4", lang), Some(26.4), "{lang:?}");
            assert_eq!(parse_number("26.4", lang), Some(26.4), "{lang:?}");
            assert_eq!(parse_number(" 26,4 ", lang), Some(26.4), "{lang:?}");
            assert_eq!(parse_number("26", lang), Some(26.0), "{lang:?}");
            assert_eq!(parse_number("-1,5", lang), Some(-1.5), "{lang:?}");
            assert_eq!(parse_number("+2.1", lang), Some(2.1), "{lang:?}");
            assert_eq!(parse_number("26,4 %", lang), Some(26.4), "{lang:?}");
            assert_eq!(parse_number(",5", lang), Some(0.5), "{lang:?}");
        }
    }

    #[test]
    fn with_both_separators_the_locale_decides() {
        assert_eq!(parse_number("1.234,5", Lang::Vi), Some(1234.5));
        assert_eq!(parse_number("1,234.5", Lang::En), Some(1234.5));
        assert_eq!(parse_number("1.234,5", Lang::En), None);
        assert_eq!(parse_number("1,234.5", Lang::Vi), None);
        assert_eq!(parse_number("1.234.567,8", Lang::Vi), Some(1234567.8));
    }

    #[test]
    fn text_that_is_not_a_number_is_refused() {
        for text in ["", " ", "abc", "26,4,1", "2.6.4", "1e3", "12-3", "-", ",", "NaN", "inf", "26 4x"] {
            for lang in [Lang::Vi, Lang::En] {
                assert_eq!(parse_number(text, lang), None, "{text:?} {lang:?}");
            }
        }
    }

    #[test]
    fn fields_show_the_locale_format_and_read_back() {
        assert_eq!(Lang::Vi.field_number(26.4, 1), "26,4");
        assert_eq!(Lang::En.field_number(26.4, 1), "26.4");
        assert_eq!(Lang::Vi.field_number(2.1, 2), "2,10");
        assert_eq!(Lang::Vi.field_number(1500.0, 1), "1500,0");
        assert_eq!(Lang::En.field_number(-0.0, 1), "0.0");
        assert_eq!(Lang::Vi.field_number(f64::NAN, 1), "");
        for lang in [Lang::Vi, Lang::En] {
            for value in [0.0, 0.5, 2.1, 26.4, 99.99, -3.0, 1234.5] {
                assert_eq!(parse_number(&lang.field_number(value, 2), lang), Some(value), "{value} {lang:?}");
            }
        }
    }
}
