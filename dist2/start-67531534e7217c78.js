import init, * as bindings from './lotrinh-95cf3c0556732301.js';
const wasm = await init({ module_or_path: './lotrinh-95cf3c0556732301_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
