#!/usr/bin/env bash
# Builds the release app and audits it with Lighthouse (npm, 12.x) in
# desktop and mobile modes: performance, accessibility, best practices and
# SEO, served with gzip as a static host would. Prints a markdown table of
# the scores against the goals (also saved to artifacts/audit.md; full
# reports in artifacts/lighthouse/). Takes about a minute per mode, so CI
# does not run it. Extra arguments go to bench/audit.mjs (e.g. --runs 3).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_setup
check_trunk_pins
ensure_bench_tools
build_release

step "Lighthouse audit"
node bench/audit.mjs "$@"
