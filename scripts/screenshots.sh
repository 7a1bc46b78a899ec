#!/usr/bin/env bash
# Makes the screenshots in docs/ (the README shows docs/home.png): the release binary under
# Xvfb at fixed instants. Usage: scripts/screenshots.sh [OUT_DIR] [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
binary=${2:-${CARGO_TARGET_DIR:-target}/release/loket}
[ -x "$binary" ] || cargo build --release --locked
mkdir -p "$out"
. scripts/xvfb-lib.sh
start_display

# scene NAME SETTINGS KEYS ARGS...: SETTINGS is the settings.ron content ("" for defaults),
# KEYS are xdotool key names pressed after the window appears.
scene() {
    local name=$1 settings=$2 keys=$3
    shift 3
    local config
    config=$(mktemp -d)
    if [ -n "$settings" ]; then
        mkdir -p "$config/loket"
        echo "$settings" >"$config/loket/settings.ron"
    fi
    # From the schedule file, as an installed Loket runs (no built-in-schedule notice).
    run_loket "$binary" "$config" --schedule "$PWD/schedule.ron" "$@"
    wait_window || { echo "no window for $name" >&2; cat "$config/loket.log" >&2; exit 1; }
    for key in $keys; do
        xdotool key --window "$WINDOW" "$key"
        sleep 0.4
    done
    sleep 0.6
    shoot "$out/$name.png"
    stop_loket
    echo "$out/$name.png"
}

open=2025-12-09T17:32:00+02:00
scene home "" "" --at "$open"
scene home-closed "" "" --at 2025-09-24T12:00:00+02:00
scene details "" "1" --at "$open"
scene afrikaans '(language: Some(af))' "7" --at "$open"
scene high-contrast '(theme: high_contrast)' "6" --at 2025-12-06T13:30:00+02:00
scene dark '(theme: dark)' "" --at 2025-12-13T12:55:00+02:00
scene kiosk "" "" --kiosk --at "$open"
