//! What the app hands to other programs and to paper: a spreadsheet of the
//! projected trajectories, and a QR code of the share link.
//!
//! Pure Rust with no web crate, like the model: the web layer turns the
//! strings these functions return into a download or an inline `<svg>`.
//! `docs/exports.md` describes both formats and their limits.
//!
//! - [`csv`]: every scenario × indicator × year as one CSV row
//!   ([`trajectories_csv`]), for software or for Vietnamese Excel;
//! - [`number`]: numbers as plain text at spreadsheet precision;
//! - [`xlsx`]: an Excel workbook with typed cells;
//! - [`request`]: what the app asks its export worker for;
//! - [`qr`]: a share link as a standalone SVG QR code ([`qr_svg`]);
//! - [`wrap`]: word wrapping for text drawn on an image (the PNG's footer).

pub mod csv;
pub mod number;
pub mod qr;
pub mod request;
pub mod wrap;
pub mod xlsx;

pub use csv::trajectories_csv;
pub use qr::qr_svg;
