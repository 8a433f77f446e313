#!/usr/bin/env bash
# Runs every test: native cargo tests, wasm-bindgen tests in headless
# Chromium, the release build, and the e2e suite against that build.
# Exits non-zero if anything fails. Runs scripts/setup.sh first.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

started=$SECONDS
ensure_setup
check_trunk_pins

step "cargo test (native)"
cargo test

step "cargo test --target wasm32-unknown-unknown --test web (headless Chromium)"
if [[ -f tests/web.rs ]]; then
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test web
else
  die "tests/web.rs is missing; the browser tests cannot run"
fi

step "trunk build --release --offline --dist $LOTRINH_DIST"
trunk build --release --offline --dist "$LOTRINH_DIST"
ls -l "$LOTRINH_DIST"

step "e2e tests against $LOTRINH_DIST (tests/e2e)"
(cd tests/e2e && npm test)

step "all tests passed in $((SECONDS - started)) s"
