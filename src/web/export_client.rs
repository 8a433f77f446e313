//! The app's side of the export worker (`src/bin/export_worker.rs`), the
//! separately built Wasm module that writes the CSV and Excel files.
//!
//! The worker is started on the first export only, so the first load never
//! fetches it, and is then kept. Requests made before it says `"ready"`
//! wait in a queue. Its answers arrive in order: a file is offered as a
//! download, an error is reported to the user. If its script cannot be
//! loaded (offline before the service worker stored it), the user is told
//! and the next export tries again.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Worker;

use super::download;
use crate::app::Problem;
use crate::export::request::ExportRequest;

/// The worker's loader script: Trunk names worker files after the binary,
/// without a content hash (`index.html`, `data-loader-shim`).
pub const LOADER: &str = "./export_worker_loader.js";

/// Where a failed export is reported.
type Report = Rc<dyn Fn(Problem)>;

struct Client {
    worker: Worker,
    ready: bool,
    queue: Vec<String>,
    report: Report,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Asks the export worker for a file, starting the worker the first time.
/// The download starts when the worker answers; a failure goes to `report`.
pub fn request(request: &ExportRequest, report: impl Fn(Problem) + 'static) {
    let report: Report = Rc::new(report);
    let message = request.to_message();
    let started = CLIENT.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let worker = start().ok()?;
            *slot = Some(Client { worker, ready: false, queue: Vec::new(), report: report.clone() });
        }
        let client = slot.as_mut()?;
        client.report = report.clone();
        if client.ready {
            let _ = client.worker.post_message(&JsValue::from_str(&message));
        } else {
            client.queue.push(message);
        }
        Some(())
    });
    if started.is_none() {
        report(Problem::ExportFailed(None));
    }
}

fn start() -> Result<Worker, JsValue> {
    let worker = Worker::new(LOADER)?;
    // gloo's listeners and `Reflect` rather than `onmessage` and
    // `MessageEvent`: the app already has their JavaScript glue, so the
    // worker costs the first load next to nothing. The listeners live as
    // long as the page: the worker is kept.
    EventListener::new(&worker, "message", |event| {
        answer(Reflect::get(event, &JsValue::from_str("data")).unwrap_or_default())
    })
    .forget();
    EventListener::new(&worker, "error", |_| failed_to_load()).forget();
    Ok(worker)
}

/// Handles one message from the worker: `"ready"`, a file or an error.
fn answer(data: JsValue) {
    if data.as_string().as_deref() == Some("ready") {
        CLIENT.with(|cell| {
            if let Some(client) = cell.borrow_mut().as_mut() {
                client.ready = true;
                for message in client.queue.drain(..) {
                    let _ = client.worker.post_message(&JsValue::from_str(&message));
                }
            }
        });
        return;
    }
    let field = |key: &str| Reflect::get(&data, &JsValue::from_str(key)).ok();
    let text = |key: &str| field(key).and_then(|value| value.as_string());
    match (text("error"), field("blob").filter(|blob| !blob.is_undefined())) {
        // The worker posts a `Blob` with every name (src/bin/export_worker.rs).
        (None, Some(blob)) => download::blob(&text("name").unwrap_or_default(), blob.unchecked_ref()),
        (error, _) => report(Problem::ExportFailed(Some(
            error.unwrap_or_else(|| "the export module gave no file".to_owned()),
        ))),
    }
}

/// The worker's script did not load: forget the worker, so that the next
/// export starts a new one, and tell the user.
fn failed_to_load() {
    let client = CLIENT.with(|cell| cell.borrow_mut().take());
    if let Some(client) = client {
        (client.report)(Problem::ExportFailed(None));
    }
}

fn report(problem: Problem) {
    // Cloned out of the cell first: reporting re-renders, which may export.
    let report = CLIENT.with(|cell| cell.borrow().as_ref().map(|client| client.report.clone()));
    if let Some(report) = report {
        report(problem);
    }
}
