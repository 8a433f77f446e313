//! What the audience window and the presenter console tell each other over
//! a `BroadcastChannel`, so both show the same slide, reveal and live
//! what-if, and the console's speaker notes reach the audience window's
//! autosave. Pure data with a JSON form, tested natively; the web layer
//! (`web::deck_channel`) sends and receives it.

use serde::{Deserialize, Serialize};

use crate::presentation::{DeckOptions, Presenting};
use crate::workspace::Workspace;

/// The address fragment that opens the presenter console instead of the
/// planner (the deck opens it; the console window checks for it).
pub const CONSOLE_HASH: &str = "#presenter-console";

/// The channel's name; the version changes with the message format.
pub const CHANNEL: &str = "lotrinh.deck.v1";

/// One message on the channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum DeckMessage {
    /// A window that just opened asks for the state.
    Hello,
    /// A window's workspace and place in the deck, after any change.
    State {
        /// The workspace (scenario on screen with its speaker notes,
        /// comparison and library).
        workspace: Box<Workspace>,
        /// The slide, reveal and play state.
        presenting: Presenting,
        /// What the deck holds (with or without the sources slide), so both
        /// windows count the same slides. Absent from an older window's
        /// message: the default deck.
        #[serde(default)]
        deck: DeckOptions,
    },
}

impl DeckMessage {
    /// The message as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message; `None` for anything else (another app's message,
    /// another version): the channel is shared by every window of the origin.
    pub fn from_json(text: &str) -> Option<DeckMessage> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LeverId;

    #[test]
    fn messages_round_trip_and_strangers_are_ignored() {
        let mut workspace = Workspace::default();
        workspace.working.set_whole(LeverId::DigitalGrowth, 20.0);
        workspace.working.speaker_notes.insert("title".into(), "Chào mừng".into());
        let presenting = Presenting { slide: 3, reveal: Some(2027), playing: true };
        let deck = DeckOptions { sources: false };
        let state = DeckMessage::State { workspace: Box::new(workspace), presenting, deck };
        assert_eq!(DeckMessage::from_json(&state.to_json()), Some(state.clone()));
        // A message from a build before deck options: the default deck.
        let older = state.to_json().replace(",\"deck\":{\"sources\":false}", "");
        assert!(!older.contains("deck"), "{older}");
        let Some(DeckMessage::State { deck, .. }) = DeckMessage::from_json(&older) else { panic!("{older}") };
        assert_eq!(deck, DeckOptions::default());
        assert_eq!(DeckMessage::from_json(&DeckMessage::Hello.to_json()), Some(DeckMessage::Hello));
        assert_eq!(DeckMessage::from_json("{\"kind\":\"other\"}"), None);
        assert_eq!(DeckMessage::from_json("not json"), None);
    }
}
