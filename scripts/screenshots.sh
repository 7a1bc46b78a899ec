#!/usr/bin/env bash
# Makes the screenshots in docs/ (the README shows docs/home.png): the release binary under
# Xvfb at fixed instants, on small screens and at large text sizes, with and without a
# window manager. Usage: scripts/screenshots.sh [OUT_DIR] [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
binary=${2:-${CARGO_TARGET_DIR:-target}/release/loket}
[ -x "$binary" ] || cargo build --release --locked
mkdir -p "$out"
. scripts/xvfb-lib.sh

# scene NAME SCREEN WM SETTINGS KEYS ARGS...: SCREEN is WIDTHxHEIGHT; WM is "wm" to run
# openbox; SETTINGS is the settings.ron content ("" for defaults); KEYS are xdotool key
# names pressed after the window appears.
scene() {
    local name=$1 screen=$2 wm=$3 settings=$4 keys=$5
    shift 5
    start_display "$screen"
    [ "$wm" = wm ] && start_wm
    local config
    config=$(mktemp -d)
    if [ -n "$settings" ]; then
        mkdir -p "$config/loket"
        echo "$settings" >"$config/loket/settings.ron"
    fi
    # From the schedule file, as an installed Loket runs (no built-in-schedule notice).
    run_loket "$binary" "$config" --schedule "${SCHEDULE:-$PWD/schedule.ron}" "$@"
    wait_window || { echo "no window for $name" >&2; cat "$config/loket.log" >&2; exit 1; }
    # Without a window manager nothing maximises the window: make it the screen's size.
    if [ "$wm" != wm ]; then
        xdotool windowsize "$WINDOW" "${screen%x*}" "${screen#*x}"
        sleep 0.8
    fi
    # The pointer out of the way: a tile under it shows its hover border.
    xdotool mousemove 0 0
    for key in $keys; do
        xdotool key --window "$WINDOW" "$key"
        sleep 0.4
    done
    sleep "${SETTLE:-0.8}"
    shoot "$out/$name.png"
    stop_loket
    kill "${WM_PID:-}" "$XVFB_PID" 2>/dev/null || true
    WM_PID=""
    echo "$out/$name.png"
}

open=2025-12-09T17:32:00+02:00
sunday=2025-12-07T11:00:00+02:00
big='(scale: 2.0)'
big_af='(scale: 2.0, language: Some("af"))'
scene home 1366x768 wm "" "" --at "$open"
scene details 1366x768 wm "" "1" --at "$open"
scene home-1024-2x 1024x768 wm "$big" "" --at "$open"
scene home-1024-2x-af 1024x768 wm "$big_af" "" --at "$open"
scene home-1024-2x-bare 1024x768 - "$big" "" --at "$open"
scene home-800-1.5x 800x600 wm '(scale: 1.5)' "" --at "$open"
scene home-800-1.5x-af 800x600 wm '(scale: 1.5, language: Some("af"))' "" --at "$open"
scene details-800-1.5x 800x600 wm '(scale: 1.5)' "7" --at "$open"
scene details-1024-2x 1024x768 wm "$big" "7" --at "$open"
scene details-1024-2x-af 1024x768 wm "$big_af" "7" --at "$open"
scene details-1366-2x-closed 1366x768 wm "$big" "4" --at "$sunday"
scene closed-sunday 1024x768 - "" "" --at "$sunday"
scene closed-sunday-details 1024x768 wm "(scale: 1.5)" "6" --at "$sunday"
scene afrikaans 1366x768 wm '(language: Some("af"))' "7" --at "$open"
scene high-contrast 1366x768 wm '(theme: high_contrast)' "6" --at 2025-12-06T13:30:00+02:00
scene dark 1366x768 wm '(theme: dark)' "" --at 2025-12-13T12:55:00+02:00
scene kiosk 1024x768 - "" "" --kiosk --at "$open"
# The idle warning: a kiosk schedule that resets after one idle minute, caught in the last
# half minute.
kiosk_schedule=$(mktemp --suffix=.ron)
sed 's/idle_minutes: 3/idle_minutes: 1/' schedule.ron >"$kiosk_schedule"
SCHEDULE=$kiosk_schedule SETTLE=36 scene kiosk-idle-warning 1024x768 - "" "3" --kiosk --at "$open"
rm -f "$kiosk_schedule"
# Sepedi, a draft translation: a schedule offering every built-in language, the window
# started with --lang nso; at 1024×768 and at 1.5× text, home, details and the chooser.
drafts_schedule=$(mktemp --suffix=.ron)
sed 's/languages: \["en", "af"\],/languages: ["en", "af", "nso", "tn", "zu"],/' schedule.ron >"$drafts_schedule"
SCHEDULE=$drafts_schedule scene home-1024-nso 1024x768 wm "" "" --lang nso --at "$open"
SCHEDULE=$drafts_schedule scene home-1024-1.5x-nso 1024x768 wm '(scale: 1.5)' "" --lang nso --at "$open"
SCHEDULE=$drafts_schedule scene details-1024-1.5x-nso 1024x768 wm '(scale: 1.5)' "7" --lang nso --at "$open"
SCHEDULE=$drafts_schedule scene details-1024-nso-closed 1024x768 wm "" "4" --lang nso --at "$sunday"
# The chooser: Tab past the seven categories to the language button, then Space.
SCHEDULE=$drafts_schedule scene chooser-1024-1.5x 1024x768 wm '(scale: 1.5)' "Tab Tab Tab Tab Tab Tab Tab Tab space" --at "$open"
rm -f "$drafts_schedule"
# Taking it home: joining by phone on the details screen (a schedule with a dial-in number;
# the announcement gives none), the "Send to phone" box with a number typed, and the
# printed slip as PNGs of its PDF (A4 in English, an 80 mm receipt in Afrikaans).
phone_schedule=$(mktemp --suffix=.ron)
sed 's|^    passcode: "Outreach1",|    passcode: "Outreach1",\n    phone: (numbers: [(number: "+27 87 551 7702", label: {"en": "Johannesburg", "af": "Johannesburg"})], passcode: "123456"),|' \
    schedule.ron >"$phone_schedule"
SCHEDULE=$phone_schedule SETTLE=1 scene details-phone 1366x768 wm '(scale: 1.0)' "7 End" --at "$open"
SCHEDULE=$phone_schedule scene send-to-phone 1024x768 wm "" \
    "7 Tab Tab Tab Tab Tab Tab Tab space 0 8 2 space 1 2 3 space 4 5 6 7" --at "$open"
"$binary" --schedule "$phone_schedule" --at "$open" print electricity --pdf "$out/slip-a4.pdf" >/dev/null
"$binary" --schedule "$phone_schedule" --at "$open" --lang af print electricity --paper receipt-80mm \
    --pdf "$out/slip-receipt-af.pdf" >/dev/null
pdftoppm -r 70 -png -singlefile "$out/slip-a4.pdf" "$out/slip-a4"
pdftoppm -r 110 -png -singlefile "$out/slip-receipt-af.pdf" "$out/slip-receipt-af"
rm -f "$out/slip-a4.pdf" "$out/slip-receipt-af.pdf" "$phone_schedule"
echo "$out/slip-a4.png"
echo "$out/slip-receipt-af.png"
