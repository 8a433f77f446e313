#!/usr/bin/env bash
# Serves the release build on http://127.0.0.1:8080/ (PORT=... to change),
# rebuilding when sources change. Runs `scripts/setup.sh --serve` first, which
# installs only what building and serving need (no Chromium, no node_modules).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_setup --serve
check_trunk_pins

port="${PORT:-8080}"
step "serving the release build at http://127.0.0.1:$port/ (Ctrl-C to stop)"
# No autoreload: Trunk would inject an inline script, which the page's Content
# Security Policy refuses; reload the page after a rebuild.
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "$port"
