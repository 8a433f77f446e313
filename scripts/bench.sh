#!/usr/bin/env bash
# Builds the release app and benchmarks it: first-load size (gzip and
# brotli), input-to-repaint time, the Monte Carlo run in the page (next to
# the native figure), time to the first chart after a cold load,
# and Lighthouse performance on desktop and mobile, each against its goal.
# Prints markdown tables (also saved to artifacts/bench.md).
# Extra arguments go to bench/run.mjs (e.g. --inputs 500, --no-timing,
# --no-lighthouse, --runs 5).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_setup
check_trunk_pins
ensure_bench_tools
build_release

step "benchmark"
node bench/run.mjs "$@"
