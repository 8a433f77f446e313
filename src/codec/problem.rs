//! What a loader (link or file) reports about its input. Kept as data so the
//! web layer words it in the current language (`i18n::link_messages`).

/// Something in a link or file that was ignored, clamped or cleaned.
///
/// `param` is the parameter as written in the source: a link key such as
/// `grdp_growth`, `2.t.digital_economy` or `v`, or a file field such as
/// `levers.grdp_growth`. Text taken from the input (`param`, `given`) is cut
/// to a few dozen characters and stripped of control characters, so it can
/// be shown as is.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkProblem {
    /// No version (`v` in a link, `version` in a file): read as version 1.
    MissingVersion {
        /// `v` or `version`.
        param: String,
    },
    /// A version newer than this build reads: what is known was read.
    NewerVersion {
        /// `v` or `version`.
        param: String,
        /// The version given.
        given: u32,
    },
    /// A version that is not a whole number from 1: read as version 1.
    BadVersion {
        /// `v` or `version`.
        param: String,
        /// The text given.
        given: String,
    },
    /// A parameter this version does not know: ignored.
    UnknownParameter {
        /// The parameter.
        param: String,
    },
    /// A parameter given more than once: the first is used, the others ignored.
    Duplicate {
        /// The parameter.
        param: String,
    },
    /// A number outside its range: clamped.
    OutOfRange {
        /// The parameter.
        param: String,
        /// The year of a per-year value, `None` for one value.
        year: Option<u16>,
        /// The value given (NaN or ±∞ when it was not a number at all).
        given: f64,
        /// The value used.
        used: f64,
    },
    /// Not a number: the parameter is ignored.
    MalformedNumber {
        /// The parameter.
        param: String,
        /// The text given.
        given: String,
    },
    /// A per-year lever with neither 1 nor 5 values: ignored.
    WrongYearCount {
        /// The parameter.
        param: String,
        /// How many values were given.
        given: usize,
    },
    /// Per-year values for a whole-period lever: the first one is used.
    NotPerYear {
        /// The parameter.
        param: String,
    },
    /// The link seems cut off inside this parameter: its incomplete part is
    /// ignored (a number is dropped, a text keeps what came before the cut).
    Truncated {
        /// The parameter.
        param: String,
    },
    /// More than four scenarios: the fifth and later are ignored.
    TooManyScenarios {
        /// The first parameter ignored for this reason.
        param: String,
    },
    /// A name or note over its cap: cut to the cap.
    TextTooLong {
        /// The parameter.
        param: String,
        /// Its length in characters.
        given: usize,
        /// The cap in characters.
        cap: usize,
    },
    /// Control characters removed from a name or note (a notice).
    ControlCharacters {
        /// The parameter.
        param: String,
    },
    /// A `%` not followed by two hex digits: kept as a literal `%`.
    BadEscape {
        /// The parameter.
        param: String,
    },
    /// Escapes that are not UTF-8: replaced with U+FFFD.
    InvalidUtf8 {
        /// The parameter.
        param: String,
    },
    /// A value of the wrong form (a vintage that is not a date, `present=2`,
    /// a field without `=`, a file field of the wrong JSON type): ignored.
    MalformedValue {
        /// The parameter.
        param: String,
        /// The text given (empty when there was no value).
        given: String,
    },
    /// A parameter that has no effect here (`slide` without `present=1`).
    Unused {
        /// The parameter.
        param: String,
    },
    /// A baseline range whose low end is above its high end: ignored.
    RangeReversed {
        /// The parameter.
        param: String,
        /// The low end given.
        low: f64,
        /// The high end given.
        high: f64,
    },
    /// An actual or a milestone that fails its check: kept out, everything
    /// else kept.
    EntryRefused {
        /// The parameter.
        param: String,
        /// Why.
        fault: crate::monitoring::EntryFault,
    },
    /// A preset reference (`preset=plan.2019-01-01`) to a data vintage this
    /// build does not know: today's edition of the preset was used.
    PresetVintage {
        /// The parameter.
        param: String,
        /// The vintage given.
        given: String,
        /// The vintage used.
        used: String,
    },
}

impl LinkProblem {
    /// Whether the problem is only a notice: nothing the sender meant was lost.
    pub fn is_notice(&self) -> bool {
        matches!(
            self,
            LinkProblem::MissingVersion { .. }
                | LinkProblem::ControlCharacters { .. }
                | LinkProblem::Unused { .. }
        )
    }
}
