//! What the app hands to other programs and to paper: a spreadsheet of the
//! projected trajectories, and a QR code of the share link.
//!
//! Pure Rust with no web crate, like the model: the web layer turns the
//! strings these functions return into a download or an inline `<svg>`.
//! `docs/exports.md` describes both formats and their limits.
//!
//! - [`csv`]: every scenario × indicator × year as one CSV row
//!   ([`trajectories_csv`]);
//! - [`qr`]: a share link as a standalone SVG QR code ([`qr_svg`]);
//! - [`wrap`]: word wrapping for text drawn on an image (the PNG's footer).

pub mod csv;
pub mod qr;
pub mod wrap;

pub use csv::trajectories_csv;
pub use qr::qr_svg;
