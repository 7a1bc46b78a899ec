#!/usr/bin/env bash
# Start-up beside xmessage, alternating runs, on a private Xvfb display.
# Usage: benches/startup.sh [RUNS]   (release binary; python-xlib is installed if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
python3 -c "import Xlib" 2>/dev/null || pip install --quiet python-xlib
command -v xmessage >/dev/null || ./scripts/install-deps.sh --with-tests
cargo build --release --locked
binary=$(realpath "${CARGO_TARGET_DIR:-target}/release/loket")
. scripts/xvfb-lib.sh
start_display
echo "fonts on this machine: $(fc-list 2>/dev/null | wc -l)"
cd benches && python3 startup.py --runs "$runs" "$binary"
