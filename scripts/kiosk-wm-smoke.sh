#!/usr/bin/env bash
# Kiosk mode against a window manager: the release binary under Xvfb and openbox, driven
# the way a curious resident would. With openbox's usual settings: Alt+F4 and the window
# menu's Close are refused, an iconified window comes back by itself, Enter on the idle
# warning does not open Zoom. With the README's locked-down settings for a kiosk user
# (packaging/kiosk/openbox-rc.xml): Alt+Space opens no window menu. After the PIN, the
# window is an ordinary maximised one.
# Usage: scripts/kiosk-wm-smoke.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-${CARGO_TARGET_DIR:-target}/release/loket}
. scripts/xvfb-lib.sh
command -v openbox >/dev/null || { echo "kiosk-wm: openbox is not installed (scripts/install-deps.sh --with-tests)" >&2; exit 1; }

CHECK_PREFIX=kiosk-wm
. scripts/check-lib.sh

work=$(mktemp -d)
# A kiosk that resets after one idle minute and leaves with PIN 2468.
schedule=$work/schedule.ron
sed 's/idle_minutes: 3,/idle_minutes: 1, exit_pin: "2468",/' schedule.ron >"$schedule"
grep -q 'exit_pin: "2468"' "$schedule"
# Stand-in openers: every link Loket hands to the system is written down, nothing opens.
stand_in_openers "$work"

# kiosk_session RC: openbox with RC ("" for its usual settings) and Loket in kiosk mode.
kiosk_session() {
    start_display 1024x768
    if [ -n "$1" ]; then openbox --config-file "$1" >/dev/null 2>&1 & else openbox >/dev/null 2>&1 & fi
    WM_PID=$!
    sleep 1
    config=$(mktemp -d)
    PATH="$work/bin:$PATH" run_loket "$binary" "$config" --kiosk --schedule "$schedule" --at 2025-12-09T17:32:00+02:00
    wait_window
}

end_session() {
    stop_loket
    kill "${WM_PID:-}" "$XVFB_PID" 2>/dev/null || true
    WM_PID=""
}

visible() { xdotool search --onlyvisible --name '^Loket' >/dev/null 2>&1; }
maximised() { xprop -id "$WINDOW" _NET_WM_STATE | grep -q _NET_WM_STATE_MAXIMIZED_VERT; }
changed_pixels() { /usr/bin/compare -metric AE "$1" "$2" null: 2>&1 | cut -d' ' -f1 || true; }

# 1. Openbox as a desktop has it.
kiosk_session ""
check "the kiosk window appears under openbox" visible
xdotool key --window "$WINDOW" alt+F4
sleep 3
check "Alt+F4 is refused: Loket still runs" kill -0 "$LOKET_PID"
check "Alt+F4 is refused: the window is still shown" visible
check "the refusal is logged" grep -q "request to close the window was refused" "$config/loket.log"
# Iconify as the window menu's Iconify does (openbox hides the window).
xdotool windowminimize "$WINDOW"
sleep 0.3
hidden=no
visible || hidden=yes
sleep 3
check "an iconified kiosk comes back by itself (hidden first: $hidden)" visible
check "the window is back in the log" grep -q "kiosk window was iconified: bringing it back" "$config/loket.log"
# Enter on the idle warning: the warning comes 30 s after the last key, then Enter must
# only wake the screen; a second Enter joins.
xdotool key --window "$WINDOW" 1
sleep 32
shoot "$work/warning.png"
xdotool key --window "$WINDOW" Return
sleep 2
check "Enter on the idle warning opens nothing" bash -c "! grep -q zoommtg '$work/opened'"
xdotool key --window "$WINDOW" Return
sleep 3
check "Enter after the warning joins in Zoom" grep -q "zoommtg://" "$work/opened"
# Leaving with the PIN gives an ordinary, maximised window.
xdotool key --window "$WINDOW" ctrl+shift+q
sleep 0.5
xdotool type --window "$WINDOW" 2468
xdotool key --window "$WINDOW" Return
sleep 2
check "after the PIN the window is maximised" maximised
check "no panic" bash -c "! grep -q panicked '$config/loket.log'"
end_session

# 2. The README's settings for a kiosk user: no window menu, no close keys.
# (openbox takes the file by absolute path only)
kiosk_session "$PWD/packaging/kiosk/openbox-rc.xml"
shoot "$work/before.png"
xdotool key alt+space
sleep 1
shoot "$work/after.png"
pixels=$(changed_pixels "$work/before.png" "$work/after.png")
check "locked-down openbox: Alt+Space opens no window menu ($pixels pixels changed)" [ "${pixels:-1}" -lt 500 ]
xdotool key alt+F4
sleep 2
check "locked-down openbox: Loket still runs after Alt+F4" kill -0 "$LOKET_PID"
end_session

echo "kiosk-wm: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && rm -rf "$work"
echo "kiosk-wm: pictures in $work"
[ "$failed" -eq 0 ]
