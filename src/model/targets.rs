//! What kind of target an indicator is judged against: an official one read
//! in a source, one the user typed, or a default assumption where no source
//! gives one. Every place that shows a target says which it is.

use super::indicators::IndicatorSpec;
use super::sources::Basis;

/// Where the target in force comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetKind {
    /// Read in an official document (resolution, decision).
    Official,
    /// Typed by the user.
    Custom,
    /// A default with no source (the records-digitisation 100 %).
    Assumption,
}

impl TargetKind {
    /// The kind of the target in force for `spec`, given whether the user typed it.
    pub fn of(spec: &IndicatorSpec, custom: bool) -> TargetKind {
        if custom {
            TargetKind::Custom
        } else {
            TargetKind::default_for(spec)
        }
    }

    /// The kind of the indicator's default target: official only when its
    /// source is a document that states it.
    pub fn default_for(spec: &IndicatorSpec) -> TargetKind {
        match spec.target_source.basis {
            Basis::Read | Basis::Derived => TargetKind::Official,
            Basis::Unverified | Basis::Assumption => TargetKind::Assumption,
        }
    }

    /// A stable key, for `data-target-kind` values and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            TargetKind::Official => "official",
            TargetKind::Custom => "custom",
            TargetKind::Assumption => "assumption",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicators::IndicatorId;

    #[test]
    fn only_the_records_target_is_an_assumption() {
        for id in IndicatorId::all() {
            let expected = if id == IndicatorId::RecordsDigitisation {
                TargetKind::Assumption
            } else {
                TargetKind::Official
            };
            assert_eq!(TargetKind::of(id.spec(), false), expected, "{id:?}");
            assert_eq!(TargetKind::of(id.spec(), true), TargetKind::Custom, "{id:?}");
        }
    }
}
