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
///
/// Written as an internally tagged object (`{"kind":"state",...}`) and read
/// through [`Wire`], not a derived `Deserialize`: serde reads an internally
/// tagged enum by buffering the whole message first, which would compile a
/// second reader of the workspace, its scenarios and settings into the Wasm
/// (21.6 kB of the gzip Wasm, measured 2026-11-28).
#[derive(Debug, Clone, PartialEq, Serialize)]
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
        let wire: Wire = serde_json::from_str(text).ok()?;
        match (wire.kind.as_str(), wire.workspace, wire.presenting) {
            ("hello", _, _) => Some(DeckMessage::Hello),
            ("state", Some(workspace), Some(presenting)) => {
                Some(DeckMessage::State { workspace, presenting, deck: wire.deck })
            }
            _ => None,
        }
    }
}

/// Every field a [`DeckMessage`] may carry, read straight from the JSON text
/// (which `kind` needs which is checked in [`DeckMessage::from_json`]).
#[derive(Deserialize)]
struct Wire {
    kind: String,
    workspace: Option<Box<Workspace>>,
    presenting: Option<Presenting>,
    #[serde(default)]
    deck: DeckOptions,
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
