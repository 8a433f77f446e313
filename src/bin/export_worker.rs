//! The export worker: a second, separately built Wasm module that writes the
//! CSV and Excel files. Trunk builds it as a web worker (`index.html`,
//! `data-type="worker"`); the app starts it on the first export only, so
//! the first load does not carry the workbook writer.
//!
//! Protocol (see `docs/exports.md`): once started, the worker posts the
//! string `"ready"`. Each message it receives is an
//! [`lotrinh::export::request::ExportRequest`] as text (format, language,
//! share link, one a line); it answers each, in order, with an object
//! `{ name, blob }` (the file as a typed `Blob`) or `{ error }`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, BlobPropertyBag, DedicatedWorkerGlobalScope, MessageEvent};

    use lotrinh::export::request::{make_from_message, ExportFile};

    /// Answers every request posted to the worker, then says it is ready.
    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let answer = Object::new();
            let set = |key: &str, value: &JsValue| {
                let _ = Reflect::set(&answer, &JsValue::from_str(key), value);
            };
            let made = event
                .data()
                .as_string()
                .ok_or_else(|| "export request: not a text message".to_owned())
                .and_then(|message| make_from_message(&message))
                .and_then(|file| Ok((blob(&file)?, file.name)));
            match made {
                Ok((blob, name)) => {
                    set("name", &JsValue::from_str(&name));
                    set("blob", &blob);
                }
                Err(error) => set("error", &JsValue::from_str(&error)),
            }
            let _ = reply.post_message(&answer);
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str("ready"));
    }

    /// The file's bytes as a `Blob` of its MIME type.
    fn blob(file: &ExportFile) -> Result<Blob, String> {
        let parts = Array::of1(&Uint8Array::from(file.bytes.as_slice()));
        let options = BlobPropertyBag::new();
        options.set_type(file.mime);
        Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(|_| "the browser could not hold the file".to_owned())
    }
}
