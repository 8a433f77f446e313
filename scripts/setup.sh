#!/usr/bin/env bash
# Installs what the project needs, skipping each step that is already
# satisfied. Safe to run again and again.
#
#   scripts/setup.sh          everything: build, tests and benchmark
#   scripts/setup.sh --serve  only what building and serving the app needs
#                             (Rust target, wasm-bindgen-cli, trunk, wasm-opt,
#                             the build's node_modules with terser), not
#                             Chromium nor the e2e suite's node_modules
#
# Needs rustup, cargo, node and npm; everything else comes from crates.io, npm
# and Debian's packages. Tool versions live in scripts/versions.sh.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

only_serve=0
case "${1:-}" in
  "") ;;
  --serve) only_serve=1 ;;
  *) die "unknown option ${1}; use --serve or nothing" ;;
esac

for tool in rustup cargo node npm; do
  command -v "$tool" >/dev/null || die "$tool is not on PATH; install it first"
done

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  info "already installed"
else
  rustup target add wasm32-unknown-unknown
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (from Cargo.lock)"
have="$(wasm-bindgen --version 2>/dev/null || true)"
if [[ "$have" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  info "already installed: $(command -v wasm-bindgen)"
else
  info "found: ${have:-none}; installing (takes a few minutes)"
  # Without --locked: that is the way it was verified to build here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

step "trunk $TRUNK_VERSION"
have="$(trunk --version 2>/dev/null || true)"
if [[ "$have" == "trunk ${TRUNK_VERSION%.*}."* ]]; then
  info "already installed: $have at $(command -v trunk)"
else
  info "found: ${have:-none}; installing (takes several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

step "wasm-opt $BINARYEN_VERSION (npm binaryen) in $LOTRINH_TOOLS"
have="$("$BINARYEN_BIN/wasm-opt" --version 2>/dev/null || true)"
if [[ "$have" == *"($WASM_OPT_PIN)"* ]]; then
  info "already installed: $have"
else
  mkdir -p "$LOTRINH_TOOLS/binaryen-$BINARYEN_VERSION"
  npm install --prefix "$LOTRINH_TOOLS/binaryen-$BINARYEN_VERSION" \
    --no-audit --no-fund --no-save "binaryen@$BINARYEN_VERSION"
  "$BINARYEN_BIN/wasm-opt" --version
fi

# The post-build hook's minifier (scripts/post_build.mjs), which every
# release build needs, `trunk serve --release` included.
npm_ci_step() {
  local dir="$1" what="$2"
  step "$what node_modules ($dir)"
  local lock_sum stamp
  lock_sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  stamp="$dir/node_modules/.lotrinh-lock-sha256"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" ]]; then
    info "up to date with package-lock.json"
  else
    (cd "$dir" && npm ci --no-audit --no-fund)
    echo "$lock_sum" >"$stamp"
  fi
}
npm_ci_step scripts build

if ((only_serve)); then
  step "setup done (serving only; scripts/setup.sh without --serve adds the test tools)"
  exit 0
fi

step "Chromium, chromedriver and LibreOffice Calc (Debian)"
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
[[ -x "$CHROMEDRIVER" ]] || missing+=(chromium-driver)
# Text in screenshots needs a font with Vietnamese diacritics.
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
# A real spreadsheet for the e2e tests of the exports (spreadsheets.test.mjs),
# run headless; the app never needs it.
command -v "$SOFFICE" >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if ((${#missing[@]} == 0)); then
  info "already installed: $("$CHROMIUM" --version 2>/dev/null)"
else
  info "installing: ${missing[*]}"
  sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

npm_ci_step tests/e2e e2e

step "setup done"
