//! Links as they arrive in the wild: what Facebook, Zalo, e-mail, documents
//! and chat apps do to a share link on its way, undone before the link is
//! read, so the recipient sees the scenario that was sent and no alert for
//! a link that is fine.
//!
//! [`tidy`] runs first in [`super::link::decode`]. It only removes what the
//! encoder never writes, so a link made by [`super::link::encode`] passes
//! through unchanged (the encoder makes sure its last character is never one
//! [`trim_end`] would take, see [`needs_end_mark`]). The rules, in order:
//!
//! 1. HTML escaping of `&` from e-mail and documents (`&amp;`, repeated
//!    `&amp;amp;`, `&#38;`, `&#038;`, `&#x26;`) becomes `&`.
//! 2. Punctuation glued onto the end ([`TRAILING`], also as the browser's
//!    `%XX` escapes of it and as HTML entities) is trimmed.
//! 3. A query escaped as a whole (`v%3D1%26grdp_growth%3D12`, no `=` left)
//!    is unescaped once.
//! 4. Quoted-printable from e-mail (`v=3D1&grdp_growth=3D12`, recognised by
//!    `v=3D`) is undone.
//! 5. Tracking parameters that platforms add ([`TRACKING`], [`TRACKING_PREFIXES`])
//!    are dropped silently.

use std::borrow::Cow;

/// Tracking parameters platforms add to links, dropped without a notice
/// (compared case-insensitively). None of them is a parameter of this app.
pub const TRACKING: &[(&str, &str)] = &[
    ("fbclid", "Facebook, Messenger, Instagram"),
    ("mibextid", "Facebook app share sheet"),
    ("igshid", "Instagram"),
    ("igsh", "Instagram"),
    ("gidzl", "Zalo"),
    ("zarsrc", "Zalo"),
    ("zl_source", "Zalo"),
    ("gclid", "Google Ads"),
    ("gclsrc", "Google Ads"),
    ("dclid", "Google Display"),
    ("gbraid", "Google Ads (iOS)"),
    ("wbraid", "Google Ads (iOS)"),
    ("srsltid", "Google Search"),
    ("_ga", "Google Analytics"),
    ("_gl", "Google Analytics"),
    ("msclkid", "Microsoft Ads"),
    ("twclid", "X / Twitter"),
    ("ttclid", "TikTok"),
    ("li_fat_id", "LinkedIn"),
    ("trk", "LinkedIn"),
    ("yclid", "Yandex"),
    ("ysclid", "Yandex"),
    ("mc_cid", "Mailchimp"),
    ("mc_eid", "Mailchimp"),
    ("_hsenc", "HubSpot"),
    ("_hsmi", "HubSpot"),
    ("mkt_tok", "Marketo"),
    ("vero_id", "Vero"),
    ("oly_anon_id", "Omeda"),
    ("oly_enc_id", "Omeda"),
    ("rb_clickid", "Rakuten"),
    ("s_cid", "Adobe"),
    ("sc_cid", "Snapchat"),
    ("epik", "Pinterest"),
    ("si", "YouTube, Spotify share"),
    ("ref_src", "X / Twitter"),
];

/// Prefixes of tracking parameters (`utm_source`, `fb_action_ids`, `__tn__`).
pub const TRACKING_PREFIXES: &[(&str, &str)] =
    &[("utm_", "campaign tags (Zalo adds utm_source=zalo)"), ("fb_", "Facebook"), ("__", "Facebook")];

/// Characters that chat apps, mail and documents glue onto the end of a
/// link: sentence punctuation, closing brackets and quotes, in ASCII and in
/// their typographic and full-width forms. The encoder never ends a link
/// with one (it writes `&` after a final `.`; the others it always escapes).
pub const TRAILING: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '`', '*', '_', '…', '”', '’', '»', '›',
    '。', '，', '、', '）', '」', '』', '》', '！', '？', '；', '：', '】',
];

/// HTML entities of trailing punctuation that a document or e-mail may glue on.
const TRAILING_ENTITIES: &[&str] = &[
    "&quot;", "&#34;", "&#39;", "&apos;", "&gt;", "&#62;", "&rdquo;", "&rsquo;", "&raquo;", "&hellip;",
    "&nbsp;", "&#160;",
];

/// HTML escapes of `&`, longest first.
const AMPERSANDS: &[&str] = &["&#038;", "&#x26;", "&#38;", "&amp;"];

/// The query as the sender's app wrote it: see the module doc for the rules.
/// Returns the input unchanged (borrowed) when there was nothing to undo.
pub fn tidy(query: &str) -> Cow<'_, str> {
    let mut text: Cow<'_, str> = Cow::Borrowed(query);
    if text.contains("&#") || contains_ignore_case(&text, "&amp;") {
        let mut owned = text.into_owned();
        loop {
            let mut next = owned.clone();
            for escaped in AMPERSANDS {
                next = replace_ignore_case(&next, escaped, "&");
            }
            if next == owned {
                break;
            }
            owned = next;
        }
        text = Cow::Owned(owned);
    }
    text = match text {
        Cow::Borrowed(borrowed) => Cow::Borrowed(trim_end(borrowed)),
        Cow::Owned(owned) => Cow::Owned(trim_end(&owned).to_owned()),
    };
    if !text.contains('=') && contains_ignore_case(&text, "%3D") {
        text = Cow::Owned(unescape_once(&text));
    }
    if text.starts_with("v=3D") || contains_ignore_case(&text, "&v=3D") {
        text = Cow::Owned(replace_ignore_case(&text, "=3D", "="));
    }
    if text.split('&').any(|segment| is_tracking(key_of(segment))) {
        let kept: Vec<&str> = text.split('&').filter(|segment| !is_tracking(key_of(segment))).collect();
        let mut joined = kept.join("&");
        // A dropped last parameter shows the one before it was complete: keep
        // that visible with a closing `&`, so it is not read as cut off.
        let last_dropped = text.rsplit('&').next().is_some_and(|segment| is_tracking(key_of(segment)));
        if last_dropped && !joined.is_empty() {
            joined.push('&');
        }
        text = Cow::Owned(joined);
    }
    text
}

/// `query` without the punctuation, whitespace and HTML entities glued onto
/// its end (literal, or as the `%XX` escapes a browser turns them into).
pub fn trim_end(query: &str) -> &str {
    let mut text = query;
    loop {
        let before = text.len();
        text = text.trim_end();
        // Entities first: their `;` is also trailing punctuation.
        for entity in TRAILING_ENTITIES {
            if ends_with_ignore_case(text, entity) {
                text = &text[..text.len() - entity.len()];
            }
        }
        text = text.trim_end_matches(TRAILING);
        if let Some(stripped) = strip_escaped_trailing(text) {
            text = stripped;
        }
        if text.len() == before {
            return text;
        }
    }
}

/// Whether an encoded link must get a closing `&` so that [`trim_end`]
/// cannot take its last character: a final `.` in a text or a final escape
/// of punctuation (`%22`, `%E2%80%A6`) that a browser would also produce.
pub fn needs_end_mark(link: &str) -> bool {
    trim_end(link).len() != link.len()
}

/// Whether `key` is a tracking parameter ([`TRACKING`], [`TRACKING_PREFIXES`]).
pub fn is_tracking(key: &str) -> bool {
    let key = key.trim();
    TRACKING.iter().any(|(name, _)| key.eq_ignore_ascii_case(name))
        || TRACKING_PREFIXES.iter().any(|(prefix, _)| {
            key.len() > prefix.len()
                && key.is_char_boundary(prefix.len())
                && key[..prefix.len()].eq_ignore_ascii_case(prefix)
        })
}

fn key_of(segment: &str) -> &str {
    segment.split_once('=').map_or(segment, |(key, _)| key)
}

/// Strips one trailing `%XX` (or multi-byte `%XX%XX%XX`) escape of a
/// [`TRAILING`] character.
fn strip_escaped_trailing(text: &str) -> Option<&str> {
    for bytes in 1..=3 {
        let len = bytes * 3;
        if text.len() < len || !text.is_char_boundary(text.len() - len) {
            continue;
        }
        let tail = &text[text.len() - len..];
        let Some(decoded) = decode_escapes(tail) else { continue };
        let Ok(decoded) = String::from_utf8(decoded) else { continue };
        let mut chars = decoded.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if TRAILING.contains(&c) || c.is_whitespace() && c != ' ' {
                return Some(&text[..text.len() - len]);
            }
        }
    }
    None
}

/// The bytes of a run of `%XX` escapes, `None` if it is anything else.
fn decode_escapes(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 3 != 0 {
        return None;
    }
    bytes
        .chunks(3)
        .map(|chunk| {
            let hex = |b: u8| (b as char).to_digit(16);
            match chunk {
                [b'%', high, low] => Some((hex(*high)? * 16 + hex(*low)?) as u8),
                _ => None,
            }
        })
        .collect()
}

/// Percent-decodes `%XX` escapes of ASCII characters only (what escaping a
/// whole query turns `=`, `&` and `%` into); other escapes stay as they are.
fn unescape_once(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let escape = rest.get(at..at + 3).and_then(decode_escapes);
        match escape.as_deref() {
            Some([byte]) if byte.is_ascii() => {
                out.push(*byte as char);
                rest = &rest[at + 3..];
            }
            _ => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn contains_ignore_case(text: &str, needle: &str) -> bool {
    find_ignore_case(text, needle, 0).is_some()
}

fn ends_with_ignore_case(text: &str, needle: &str) -> bool {
    text.len() >= needle.len()
        && text.is_char_boundary(text.len() - needle.len())
        && text[text.len() - needle.len()..].eq_ignore_ascii_case(needle)
}

/// Byte offset of the first ASCII-case-insensitive match of `needle` (ASCII) from `from`.
fn find_ignore_case(text: &str, needle: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let needle = needle.as_bytes();
    (from..=bytes.len().checked_sub(needle.len())?)
        .find(|&i| bytes[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

fn replace_ignore_case(text: &str, needle: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    while let Some(at) = find_ignore_case(text, needle, from) {
        out.push_str(&text[from..at]);
        out.push_str(with);
        from = at + needle.len();
    }
    out.push_str(&text[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_links_pass_unchanged() {
        for link in ["v=1", "v=1&grdp_growth=12", "v=1&name=B%E1%BB%A9t%20ph%C3%A1", "v=1&name=Dr.&", ""] {
            assert!(matches!(tidy(link), Cow::Borrowed(_)), "{link}");
            assert_eq!(tidy(link), link);
        }
    }

    #[test]
    fn trailing_punctuation_is_trimmed_in_every_form() {
        assert_eq!(trim_end("v=1&grdp_growth=12)."), "v=1&grdp_growth=12");
        assert_eq!(trim_end("v=1&grdp_growth=12%22%3E"), "v=1&grdp_growth=12");
        assert_eq!(trim_end("v=1&grdp_growth=12%E2%80%A6"), "v=1&grdp_growth=12");
        assert_eq!(trim_end("v=1&grdp_growth=12&quot;"), "v=1&grdp_growth=12");
        assert_eq!(trim_end("v=1&grdp_growth=12%E3%80%82 "), "v=1&grdp_growth=12");
        // A cut multi-byte escape is not punctuation: left for the truncation check.
        assert_eq!(trim_end("v=1&name=B%E1%BB"), "v=1&name=B%E1%BB");
        assert_eq!(trim_end("v=1&name=A%20"), "v=1&name=A%20");
    }

    #[test]
    fn mail_escaping_is_undone() {
        assert_eq!(tidy("v=1&amp;grdp_growth=12"), "v=1&grdp_growth=12");
        assert_eq!(
            tidy("v=1&AMP;amp;grdp_growth=12&#38;digital_growth=20"),
            "v=1&grdp_growth=12&digital_growth=20"
        );
        assert_eq!(tidy("v=3D1&grdp_growth=3D12"), "v=1&grdp_growth=12");
        assert_eq!(
            tidy("v%3D1%26grdp_growth%3D12%26name%3DB%25E1%25BB%25A9t"),
            "v=1&grdp_growth=12&name=B%E1%BB%A9t"
        );
    }

    #[test]
    fn tracking_parameters_are_dropped() {
        assert_eq!(tidy("v=1&grdp_growth=12&fbclid=IwAR0abc"), "v=1&grdp_growth=12&");
        assert_eq!(
            tidy("utm_source=zalo&v=1&zarsrc=30&grdp_growth=12&UTM_Medium=x&gidzl=abc"),
            "v=1&grdp_growth=12&"
        );
        assert_eq!(tidy("v=1&__tn__=R&grdp_growth=12"), "v=1&grdp_growth=12");
        assert!(!is_tracking("utm_") && !is_tracking("grdp_growth") && !is_tracking("_"));
    }

    #[test]
    fn the_end_mark_is_needed_only_for_ambiguous_ends() {
        assert!(needs_end_mark("v=1&name=Dr."));
        assert!(needs_end_mark("v=1&name=%22A%22"));
        assert!(!needs_end_mark("v=1&name=A%29x"));
        assert!(!needs_end_mark("v=1&grdp_growth=12"));
    }
}
