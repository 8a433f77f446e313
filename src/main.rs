//! Entry point of the browser build; the app lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    lotrinh::start();
}
