#!/usr/bin/env bash
# Builds the release app and benchmarks it: gzip sizes of dist/ and
# input-to-repaint time over 240 slider inputs in headless Chromium.
# Prints a markdown table (also saved to artifacts/bench.md).
# Extra arguments go to bench/run.mjs (e.g. --inputs 500, --no-timing).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_setup
check_trunk_pins

step "trunk build --release --offline --dist $LOTRINH_DIST"
trunk build --release --offline --dist "$LOTRINH_DIST"

step "benchmark"
node bench/run.mjs "$@"

step "native Monte Carlo: 10,000 paths × 5 years × 4 indicators (release)"
cargo run --release --quiet --example monte_carlo_bench
