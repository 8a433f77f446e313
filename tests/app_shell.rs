//! index.html paints a static copy of the header before the Wasm loads (the
//! app replaces it with its own): its words must be the app's.

// Reads a file: native only.
#![cfg(not(target_arch = "wasm32"))]

use lotrinh::i18n::text::{APP_SUBTITLE, APP_TITLE};

#[test]
fn the_static_header_says_what_the_app_says() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    let html = std::fs::read_to_string(path).expect("index.html");
    let shell = html.split(r#"id="boot-shell""#).nth(1).expect("index.html has the boot-shell header");
    let shell = shell.split("</header>").next().unwrap_or_default();
    // The page's language is Vietnamese (`<html lang="vi">`), the app's default.
    assert!(html.contains(r#"<html lang="vi">"#));
    assert!(shell.contains(&format!("<h1>{}</h1>", APP_TITLE.vi)), "{shell}");
    assert!(shell.contains(&format!(r#"<p class="subtitle">{}</p>"#, APP_SUBTITLE.vi)), "{shell}");
}
