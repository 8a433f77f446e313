//! A share link as people read it on paper or on a slide: Vietnamese letters
//! as letters (`name=Bứt%20phá`), not as `%E1%BB%A9` escapes. The QR code and
//! the clipboard keep the exact link; this form is only for printing.
//!
//! Browsers accept the readable form as typed or pasted (they escape the
//! letters back to the same UTF-8 bytes), so it opens the same scenario.

/// `link` with every escaped run of UTF-8 bytes that spells visible
/// non-ASCII characters (letters, marks, punctuation such as “–”) shown as
/// those characters. ASCII escapes (`%20`, `%26`, `%2B`), invisible and
/// control characters, and anything that is not valid UTF-8 stay escaped,
/// so the text still reads back to the same link.
pub fn readable(link: &str) -> String {
    let bytes = link.as_bytes();
    let mut out = String::with_capacity(link.len());
    let mut i = 0;
    while i < bytes.len() {
        if let Some((c, len)) = escaped_char(&bytes[i..]) {
            if shown(c) {
                out.push(c);
                i += len;
                continue;
            }
        }
        // Copy one whole character of the input.
        let width = link[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&link[i..i + width]);
        i += width;
    }
    out
}

/// Whether a decoded character is shown as itself: visible and not ASCII.
fn shown(c: char) -> bool {
    !c.is_ascii()
        && !c.is_whitespace()
        && !c.is_control()
        && !crate::codec::sanitize::is_stripped(c)
        && !is_invisible(c)
}

/// Format characters that display as nothing (zero-width spaces and joiners,
/// the soft hyphen, the byte-order mark).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}')
}

/// The character spelled by the `%XX` escapes at the start of `bytes`, and
/// how many input bytes they take (3 per UTF-8 byte).
fn escaped_char(bytes: &[u8]) -> Option<(char, usize)> {
    let byte_at = |k: usize| -> Option<u8> {
        let chunk = bytes.get(k * 3..k * 3 + 3)?;
        let hex = |b: u8| (b as char).to_digit(16);
        match chunk {
            [b'%', high, low] => Some((hex(*high)? * 16 + hex(*low)?) as u8),
            _ => None,
        }
    };
    let first = byte_at(0)?;
    let len = match first {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut utf8 = [0u8; 4];
    for (k, slot) in utf8.iter_mut().enumerate().take(len) {
        *slot = byte_at(k)?;
    }
    let text = std::str::from_utf8(&utf8[..len]).ok()?;
    text.chars().next().map(|c| (c, len * 3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{decode, encode, LinkState};
    use crate::scenario::Scenario;

    #[test]
    fn vietnamese_letters_are_shown_and_ascii_escapes_kept() {
        assert_eq!(readable("v=1&name=B%E1%BB%A9t%20ph%C3%A1"), "v=1&name=Bứt%20phá");
        assert_eq!(readable("name=50%25%20%2B%205%26"), "name=50%25%20%2B%205%26");
        // A zero-width space, a bidi control and broken UTF-8 stay escaped.
        assert_eq!(readable("a%E2%80%8Bb%E2%80%AEc%E1%BBd"), "a%E2%80%8Bb%E2%80%AEc%E1%BBd");
        assert_eq!(readable("https://x.vn/?v=1&note=%E2%80%93"), "https://x.vn/?v=1&note=–");
    }

    #[test]
    fn the_readable_form_opens_the_same_scenario() {
        let mut s =
            Scenario { name: "Kịch bản “Bứt phá” – Ninh Bình".into(), ..Scenario::default() };
        s.note = "Giả định: tăng 20 %\nđến 2030.".into();
        s.set_whole(crate::model::levers::LeverId::GrdpGrowth, 11.5);
        let link = encode(&LinkState::single(s));
        let shown = readable(&link);
        assert!(shown.contains("Kịch%20bản%20“Bứt%20phá”%20–%20Ninh%20Bình"), "{shown}");
        assert_eq!(decode(&shown), decode(&link));
    }
}
