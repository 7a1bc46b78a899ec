#!/usr/bin/env bash
# Kiosk mode under cage, the Wayland kiosk compositor, as a library's IT would run it: an
# unprivileged user (cage refuses root), a headless 1280x720 output with the software
# renderer. Checks that Loket's window is the whole output natively on Wayland, through
# XWayland, and in counter mode (cage -d, no client-side decorations); keeps a grim
# screenshot of each.
# Usage: scripts/cage-smoke.sh BINARY [SHOTS_DIR]
# Needs root (to make the test user) and cage, grim, xwayland (install-deps.sh --with-tests).
set -uo pipefail
binary="$(readlink -f "${1:?usage: cage-smoke.sh BINARY [SHOTS_DIR]}")"
shots="${2:-$(mktemp -d)}"
user=loket-kiosk-test

skip() {
    echo "cage: SKIPPED: $*" >&2
    # In CI a skip is a failure: the test must run there.
    [ "${CI:-}" = "true" ] && exit 1
    exit 0
}
[ "$(id -u)" -eq 0 ] || skip "not root: cannot create the kiosk test user"
for tool in cage grim Xwayland; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/install-deps.sh --with-tests)"
done
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin "$user"

work=$(mktemp -d)
chmod 755 "$work"
cp "$binary" "$work/loket"
chmod 755 "$work/loket"
failures=0

# run NAME CAGE_FLAGS LOKET_ARGS...: one session; Loket's window size as it reports it, and
# a screenshot for the record.
#
# Why the size comes from Loket's log and not from the screenshot's pixels: Debian 12's cage
# (0.1.4, wlroots 0.15) scans a client that covers the output straight out, and on the
# headless backend that scan-out fails its output test ("Basic output test failed"), so the
# output keeps showing the last frame it composited, from before the window was grown. On a
# real display the scan-out works. The screenshot is kept to look at, not judged.
run() {
    local name=$1 flags=$2
    shift 2
    local runtime="$work/run-$name"
    mkdir -p "$runtime" && chown "$user" "$runtime" && chmod 700 "$runtime"
    local env_prefix=""
    [ "$name" = "xwayland" ] && env_prefix="env -u WAYLAND_DISPLAY"
    su -s /bin/sh "$user" -c "cd '$work' && HOME='$runtime' XDG_RUNTIME_DIR='$runtime' \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 RUST_LOG=loket=debug \
        timeout 40 cage $flags -- $env_prefix '$work/loket' $*" >"$work/$name.log" 2>&1 &
    local session=$!
    local size=""
    # Up to 30 s for the window to appear and be given the whole output.
    for _ in $(seq 1 30); do
        sleep 1
        size=$(grep "window resized" "$work/$name.log" | grep -o "width: [0-9.]*, height: [0-9.]*" | tail -1)
        [ "$size" = "width: 1280.0, height: 720.0" ] && break
    done
    sleep 1
    su -s /bin/sh "$user" -c "XDG_RUNTIME_DIR='$runtime' WAYLAND_DISPLAY=wayland-0 grim '$shots/cage-$name.png'" 2>/dev/null
    kill "$session" 2>/dev/null
    pkill -u "$user" -f "$work/loket" 2>/dev/null
    wait "$session" 2>/dev/null
    if [ "$size" = "width: 1280.0, height: 720.0" ]; then
        echo "cage: ok      $name: Loket's window is the whole 1280x720 output"
    else
        echo "cage: FAILED  $name: Loket's window is ${size:-never reported} on a 1280x720 output; log:"
        grep -v "output test failed" "$work/$name.log" | tail -5 | sed 's/^/    /'
        failures=$((failures + 1))
    fi
}

at=--at=2025-12-09T17:32:00+02:00
run native "" --kiosk "$at"
run xwayland "" --kiosk "$at"
run counter "-d" "$at"
echo "cage: screenshots in $shots"
pkill -u "$user" 2>/dev/null
rm -rf "$work"
exit $((failures > 0))
