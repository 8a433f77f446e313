//! Offers generated files (JSON, CSV, XLSX, PNG) as downloads, without a server.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`, of the given MIME type.
pub fn text(name: &str, contents: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    self::blob(name, &blob);
}

/// Offers `blob` (such as a file from the export worker) as a download named `name`.
pub fn blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    url_as(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Offers the resource at `url` (a blob or data URL) as a download named `name`.
pub fn url_as(name: &str, url: &str) {
    let document = gloo::utils::document();
    if let Some(anchor) =
        document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(url);
        anchor.set_download(name);
        anchor.click();
    }
}
