//! A share link as a QR code, drawn as a standalone SVG for the
//! presentation's title slide and the printed report.
//!
//! The code is made by the `qrcode` crate without its image or renderer
//! features; the SVG is written here as one `<path>` of dark modules. Error
//! correction is level M (15 % of the code can be damaged) when the text
//! fits, and level L (7 %) for text too long for M. Text too long for the
//! largest code (version 40, 177 modules) gives `None`: at most 2,331 bytes
//! at level M and 2,953 at level L in byte mode; the encoder packs runs of
//! digits and upper-case characters (such as `%E1%BB%A9`) more tightly, so
//! some longer links fit. `docs/exports.md` says how large to print it.

use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code on each side, as the QR standard requires.
pub const QUIET_ZONE: usize = 4;

/// Bytes of text that always fit at level M (version 40, byte mode).
pub const MAX_BYTES_M: usize = 2331;

/// Bytes of text that always fit at level L (version 40, byte mode); longer
/// text fits only when parts of it pack tighter than bytes.
pub const MAX_BYTES_L: usize = 2953;

/// The QR code of `text` (a share link) as a standalone SVG document, or
/// `None` when the text is too long for any QR code.
///
/// The SVG's `viewBox` is in modules: the code's width plus a
/// [`QUIET_ZONE`] on each side, so one unit is one module. It has a white
/// background `<rect>` (the quiet zone must be light, even on a dark slide)
/// and one `<path>` holding every dark module, drawn with
/// `shape-rendering="crispEdges"` so modules stay sharp at any scale. It has
/// no `width` or `height`: the page sizes it. The same text always gives
/// the same SVG.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text, EcLevel::L))
        .ok()?;
    Some(svg(&code))
}

/// Most modules on a side (quiet zone included) of a code shown on a slide
/// or printed in the report, so that a phone reads it at the size shown.
///
/// The title slide shows the code `min(30vh, 28vw)` wide: 216 CSS px at
/// 1280×720, the smallest projector size supported. Phone cameras and
/// decoders need about 3 px per module, so at most 72 modules: version 11
/// (61 modules) plus the quiet zone is 69. In the printed report the code
/// is 40 mm wide, so a module is at least 0.58 mm, above the 0.5 mm that
/// print scanning guides ask for.
pub const READABLE_SIDE: usize = 69;

/// The QR code of `text` as an SVG (as [`qr_svg`]) only if it is no more
/// than `max_side` modules wide with its quiet zone: level M when that fits,
/// else level L. `None` when the text is too long for such a code.
pub fn readable_qr_svg(text: &str, max_side: usize) -> Option<String> {
    [EcLevel::M, EcLevel::L]
        .into_iter()
        .filter_map(|level| QrCode::with_error_correction_level(text, level).ok())
        .find(|code| code.width() + 2 * QUIET_ZONE <= max_side)
        .map(|code| svg(&code))
}

fn svg(code: &QrCode) -> String {
    let width = code.width();
    let side = width + 2 * QUIET_ZONE;
    let colors = code.to_colors();
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\""
    );
    // Each horizontal run of dark modules is one closed rectangle:
    // move to its top-left corner, right by its length, down one, back.
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                let _ = write!(out, "M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
                x += run;
            } else {
                x += 1;
            }
        }
    }
    out.push_str("\"/></svg>");
    out
}
