//! Whether the charts draw the uncertainty bands (the fan around each line):
//! a view preference, like the language, kept in the app state, changed
//! through the reducer and remembered in storage by an effect. A leaf type,
//! so the reducer, the chart picture and storage name it without importing
//! each other.

/// Whether the fan bands (median, 50 % and 90 % bands) are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Bands {
    /// Drawn: the default, the uncertainty is part of the answer.
    #[default]
    On,
    /// Hidden: the lines alone.
    Off,
}

impl Bands {
    /// `"on"` or `"off"`: the stored value and the figures' `data-bands`.
    pub fn code(self) -> &'static str {
        match self {
            Bands::On => "on",
            Bands::Off => "off",
        }
    }

    /// Reads [`Bands::code`]; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Bands> {
        match code.trim() {
            "on" => Some(Bands::On),
            "off" => Some(Bands::Off),
            _ => None,
        }
    }

    /// Whether the bands are drawn.
    pub fn shown(self) -> bool {
        self == Bands::On
    }

    /// The other setting.
    pub fn toggled(self) -> Bands {
        match self {
            Bands::On => Bands::Off,
            Bands::Off => Bands::On,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_the_default_shows_the_bands() {
        for bands in [Bands::On, Bands::Off] {
            assert_eq!(Bands::from_code(bands.code()), Some(bands));
            assert_ne!(bands.toggled(), bands);
        }
        assert!(Bands::default().shown());
        assert_eq!(Bands::from_code("yes"), None);
    }
}
