//! Presentation mode as data: which slides a workspace makes, and where the
//! presenter is. The web layer renders the current slide and maps keys (and
//! clicker buttons) to the reducer's presentation actions.

use crate::model::indicators::IndicatorId;
use crate::model::{BASE_YEAR, TARGET_YEAR};
use crate::workspace::Workspace;

/// One slide of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The scenario's name, key assumptions, date, data vintage and a QR code of the link.
    Title,
    /// One indicator: a large chart, the 2030 value, target, gap and status.
    Indicator(IndicatorId),
    /// The comparison table, when scenarios are compared.
    Comparison,
    /// The assumptions that differ between the compared scenarios (its own
    /// slide, so both fit a 4:3 projector with four scenarios).
    ComparedAssumptions,
    /// Every indicator against its target.
    Summary,
    /// Sources and caveats.
    Sources,
}

impl Slide {
    /// The slide's stable id, for speaker notes: `title`, the indicator id,
    /// `comparison`, `compared_assumptions`, `summary` or `sources`.
    pub fn key(self) -> &'static str {
        match self {
            Slide::Title => "title",
            Slide::Indicator(id) => id.key(),
            Slide::Comparison => "comparison",
            Slide::ComparedAssumptions => "compared_assumptions",
            Slide::Summary => "summary",
            Slide::Sources => "sources",
        }
    }
}

/// The speaker notes of a slide: its own, else the scenario's note.
pub fn speaker_notes(scenario: &crate::scenario::Scenario, slide: Slide) -> &str {
    scenario.speaker_notes.get(slide.key()).map_or(scenario.note.as_str(), String::as_str)
}

/// What the presenter chose to put in the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeckOptions {
    /// Whether the deck ends with the sources slide (on by default; a
    /// presenter may leave it out in front of a room that knows the data).
    pub sources: bool,
}

impl Default for DeckOptions {
    fn default() -> Self {
        Self { sources: true }
    }
}

/// The slides a workspace makes, in order. Numbered from 1 in links.
pub fn slides(workspace: &Workspace, options: DeckOptions) -> Vec<Slide> {
    let mut slides = vec![Slide::Title];
    slides.extend(IndicatorId::all().map(Slide::Indicator));
    if !workspace.compare.is_empty() {
        slides.push(Slide::Comparison);
        slides.push(Slide::ComparedAssumptions);
    }
    slides.push(Slide::Summary);
    if options.sources {
        slides.push(Slide::Sources);
    }
    slides
}

/// Where the presenter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Presenting {
    /// The slide shown, from 1.
    pub slide: u32,
    /// While the trajectory is revealed year by year: the last year shown.
    pub reveal: Option<u16>,
    /// Whether the reveal advances by itself.
    pub playing: bool,
}

impl Presenting {
    /// At a slide, clamped to the deck.
    pub fn at(slide: u32, count: usize) -> Self {
        Self { slide: slide.clamp(1, count.max(1) as u32), reveal: None, playing: false }
    }

    /// The last year drawn on an indicator slide.
    pub fn shown_until(&self) -> u16 {
        self.reveal.unwrap_or(TARGET_YEAR)
    }

    /// Starts the year-by-year reveal from 2025, or pauses and resumes it.
    pub fn toggle_reveal(mut self) -> Self {
        match self.reveal {
            Some(year) if year < TARGET_YEAR => self.playing = !self.playing,
            _ => {
                self.reveal = Some(BASE_YEAR);
                self.playing = true;
            }
        }
        self
    }

    /// Shows one more year; stops at 2030.
    pub fn reveal_step(mut self) -> Self {
        if let Some(year) = self.reveal {
            let next = (year + 1).min(TARGET_YEAR);
            self.reveal = Some(next);
            if next == TARGET_YEAR {
                self.playing = false;
            }
        }
        self
    }

    /// Moves to another slide (clamped), ending any reveal.
    pub fn go(self, slide: i64, count: usize) -> Self {
        Self::at(slide.clamp(1, count.max(1) as i64) as u32, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;
    use crate::workspace::Compared;

    #[test]
    fn the_comparison_slide_appears_only_when_comparing() {
        let mut workspace = Workspace::default();
        let options = DeckOptions::default();
        assert_eq!(slides(&workspace, options).len(), 7);
        assert!(!slides(&workspace, options).contains(&Slide::Comparison));
        workspace.toggle_compare(Compared::Preset(Preset::Plan));
        let deck = slides(&workspace, options);
        assert_eq!(deck.len(), 9);
        assert_eq!(deck[5], Slide::Comparison);
        assert_eq!(deck[6], Slide::ComparedAssumptions);
        assert_eq!(deck[0], Slide::Title);
        assert_eq!(deck[8], Slide::Sources);
    }

    #[test]
    fn the_presenter_can_leave_the_sources_slide_out() {
        let deck = slides(&Workspace::default(), DeckOptions { sources: false });
        assert_eq!(deck.len(), 6);
        assert!(!deck.contains(&Slide::Sources));
        assert_eq!(deck.last(), Some(&Slide::Summary));
    }

    #[test]
    fn slides_are_clamped_and_the_reveal_plays_then_stops() {
        assert_eq!(Presenting::at(0, 7).slide, 1);
        assert_eq!(Presenting::at(99, 7).slide, 7);
        let p = Presenting::at(2, 7).toggle_reveal();
        assert_eq!((p.reveal, p.playing), (Some(BASE_YEAR), true));
        let paused = p.toggle_reveal();
        assert!(!paused.playing);
        let mut p = paused.toggle_reveal();
        for _ in 0..10 {
            p = p.reveal_step();
        }
        assert_eq!((p.reveal, p.playing), (Some(TARGET_YEAR), false));
        assert_eq!(p.go(3, 7).reveal, None);
    }
}
