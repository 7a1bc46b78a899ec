#!/usr/bin/env bash
# The benchmark, in one command: benches/run.sh [--quick]
# Release build, Xvfb, tiny-skia (the only renderer Loket is built with), this machine.
# Measures Loket beside the peer (a static kiosk page in Chromium) and the floor (xmessage),
# then the engine's criterion benches; prints a table and writes benches/RESULTS.md.
# --quick: fewer runs and shorter idle windows, to check the harness (about 2 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
out=benches/out
mkdir -p "$out"
quick=()
[ "${1:-}" = "--quick" ] && quick=(--startup-runs 2 --idle-runs 1 --idle-seconds 10 --settle-seconds 3 --saves 10)

./scripts/install-deps.sh --with-tests
if ! command -v chromium >/dev/null; then
    echo "Installing chromium (the peer)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -c "import Xlib" 2>/dev/null || pip install --quiet python-xlib

cargo build --release --locked
binary="${CARGO_TARGET_DIR:-target}/release/loket"

. scripts/xvfb-lib.sh
start_display
echo "Measuring start-up, memory, idle CPU and reload on $DISPLAY (takes ~15 minutes)..."
python3 benches/measure.py --loket "$binary" "${quick[@]}" >"$out/measure.json"

echo "Running the engine benches..."
cargo bench --locked --bench engine -- --output-format bencher 2>/dev/null | grep '^test ' >"$out/engine.txt"

python3 benches/report.py "$out/measure.json" "$out/engine.txt" "$binary" | tee benches/RESULTS.md
