# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# The one place for tool versions. Sourced by scripts/lib.sh; do not run it.
#
# wasm-bindgen is not pinned here: the CLI must equal the `wasm-bindgen` crate
# in Cargo.lock, so it is read from there. The e2e browser driver
# (playwright-core) is pinned in tests/e2e/package.json + package-lock.json,
# because npm ci installs it from there.

# trunk 0.22 changed its config and tool handling; stay on 0.21.x.
TRUNK_VERSION="0.21.14"

# wasm-opt from the npm `binaryen` package (Debian's wasm-opt is too old).
# Trunk names it "version_<N>" in Trunk.toml's [tools] wasm_opt.
BINARYEN_VERSION="132"
WASM_OPT_PIN="version_${BINARYEN_VERSION}"

# Prints the wasm-bindgen version that Cargo.lock resolved.
cargo_lock_wasm_bindgen_version() {
  awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "${1:-Cargo.lock}"
}
