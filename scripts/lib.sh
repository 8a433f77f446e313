# shellcheck shell=bash
# Shared set-up for the scripts in this folder. Sourced, never run.
#
# Sets REPO_ROOT and cd's there, puts the project's tools on PATH and pins the
# versions Trunk asks for, so every script sees the same toolchain.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT" || exit 1

# shellcheck source=scripts/versions.sh
source "$REPO_ROOT/scripts/versions.sh"

# Tools installed outside the repo so that a fresh clone reuses them.
LOTRINH_TOOLS="${LOTRINH_TOOLS:-$HOME/.local/share/lotrinh-tools}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
BINARYEN_BIN="$LOTRINH_TOOLS/binaryen-$BINARYEN_VERSION/node_modules/.bin"
export PATH="$BINARYEN_BIN:$CARGO_BIN:$PATH"

WASM_BINDGEN_VERSION="$(cargo_lock_wasm_bindgen_version "$REPO_ROOT/Cargo.lock")"
if [[ -z "$WASM_BINDGEN_VERSION" ]]; then
  echo "error: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi

# Trunk 0.21 lets these variables override Trunk.toml's [tools] pins, so the
# scripts always ask for the Cargo.lock version even if Trunk.toml lags behind;
# check_trunk_pins still fails on drift so that plain `trunk` keeps working.
export TRUNK_TOOLS_WASM_BINDGEN="$WASM_BINDGEN_VERSION"
export TRUNK_TOOLS_WASM_OPT="$WASM_OPT_PIN"

# Where test.sh and bench.sh build the release app and where the e2e suite and
# the benchmark look for it (set it to keep a parallel `trunk serve` apart).
export LOTRINH_DIST="${LOTRINH_DIST:-$REPO_ROOT/dist}"

# Chromium and its driver, from Debian.
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# LibreOffice (Debian's libreoffice-calc-nogui), for the spreadsheet e2e tests.
export SOFFICE="${SOFFICE:-soffice}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Prints a step banner.
step() { printf '\n==> %s\n' "$*"; }
# Prints a detail line under a step.
info() { printf '    %s\n' "$*"; }
# Prints an error and exits.
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Reads `key = "value"` from Trunk.toml's [tools] table.
trunk_toml_tool() {
  awk -v key="$1" '
    /^\[/ { in_tools = ($0 == "[tools]"); next }
    in_tools && $1 == key { gsub(/"/, "", $3); print $3; exit }
  ' "$REPO_ROOT/Trunk.toml"
}

# Fails early when Trunk.toml's tool pins differ from Cargo.lock / versions.sh.
check_trunk_pins() {
  local bindgen opt
  bindgen="$(trunk_toml_tool wasm_bindgen)"
  opt="$(trunk_toml_tool wasm_opt)"
  [[ "$bindgen" == "$WASM_BINDGEN_VERSION" ]] ||
    die "Trunk.toml [tools] wasm_bindgen = \"$bindgen\" but Cargo.lock has wasm-bindgen $WASM_BINDGEN_VERSION; set Trunk.toml to \"$WASM_BINDGEN_VERSION\""
  [[ "$opt" == "$WASM_OPT_PIN" ]] ||
    die "Trunk.toml [tools] wasm_opt = \"$opt\" but scripts/versions.sh pins $WASM_OPT_PIN; make them agree"
}

# Runs scripts/setup.sh once per process tree: `ensure_setup` installs
# everything, `ensure_setup --serve` only what serving needs.
ensure_setup() {
  if [[ "${LOTRINH_SETUP_DONE:-}" != 1 ]]; then
    bash "$REPO_ROOT/scripts/setup.sh" "$@"
    # A serve-only setup must not stop a later full one in the same tree.
    [[ $# -gt 0 ]] || export LOTRINH_SETUP_DONE=1
  fi
}

# Installs Lighthouse for the benchmark and the audit (bench/package.json and
# its lock) when bench/node_modules is missing or older than the lock. Not
# part of setup.sh: the tests do not need it.
ensure_bench_tools() {
  local dir="$REPO_ROOT/bench"
  if [[ ! -x "$dir/node_modules/.bin/lighthouse" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    step "Lighthouse (npm ci in bench/)"
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}

# Builds the release app into $LOTRINH_DIST.
build_release() {
  step "trunk build --release --offline --dist $LOTRINH_DIST"
  trunk build --release --offline --dist "$LOTRINH_DIST"
}
