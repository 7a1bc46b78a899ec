# Shared by smoke.sh and screenshots.sh: a private Xvfb display and a Loket window on it.
# Source it; it defines start_display, run_loket, wait_window, shoot, stop_loket.

# start_display [WIDTHxHEIGHT]: a virtual screen of that size (default 1280x860).
start_display() {
    local fd_file size=${1:-1280x860}
    fd_file=$(mktemp)
    # -displayfd picks a free display number and tells us which.
    Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$fd_file" >/dev/null 2>&1 &
    XVFB_PID=$!
    # Usually 0.1 s; a first start on a cold machine took over 5 s once (a CI run failed
    # on an empty DISPLAY), so wait up to 30 s and say so if it never comes.
    for _ in $(seq 1 300); do
        [ -s "$fd_file" ] && break
        sleep 0.1
    done
    if [ ! -s "$fd_file" ]; then
        echo "Xvfb did not start within 30 s" >&2
        rm -f "$fd_file"
        return 1
    fi
    DISPLAY=":$(cat "$fd_file")"
    export DISPLAY
    rm -f "$fd_file"
    trap 'stop_loket; kill "${WM_PID:-}" "$XVFB_PID" 2>/dev/null || true' EXIT
}

# start_wm: openbox on the display, as a desktop session has (maximised windows fill the
# work area, decorations take their room).
start_wm() {
    # Without it the "under a window manager" pictures would silently be without one.
    command -v openbox >/dev/null || { echo "openbox is not installed (scripts/install-deps.sh --with-tests)" >&2; return 1; }
    openbox >/dev/null 2>&1 &
    WM_PID=$!
    sleep 1
}

# run_loket BINARY CONFIG_DIR ARGS...: starts Loket with its own config dir and no schedule
# file, so it shows the bundled schedule.
run_loket() {
    local binary=$1 config=$2
    shift 2
    XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" LOKET_SCHEDULE= \
        "$binary" "$@" >"$config/loket.log" 2>&1 &
    LOKET_PID=$!
}

# wait_window: waits up to 30 s for Loket's window and focuses it (Xvfb has no window
# manager, so keys only arrive after an explicit focus).
wait_window() {
    WINDOW=""
    for _ in $(seq 1 300); do
        WINDOW=$(xdotool search --name '^Loket' 2>/dev/null | head -n 1 || true)
        [ -n "$WINDOW" ] && break
        kill -0 "$LOKET_PID" 2>/dev/null || return 1
        sleep 0.1
    done
    [ -n "$WINDOW" ] || return 1
    xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
    sleep 1.5 # the first frames: fonts, layout
}

# stand_in_openers DIR: xdg-open and its kin in DIR/bin, writing every link Loket hands to
# the system into DIR/opened instead of opening it (put DIR/bin first in PATH).
stand_in_openers() {
    mkdir -p "$1/bin"
    for opener in xdg-open gio gnome-open kde-open wslview; do
        printf '#!/bin/sh\necho "$@" >>%s/opened\n' "$1" >"$1/bin/$opener"
        chmod +x "$1/bin/$opener"
    done
    : >"$1/opened"
}

shoot() {
    /usr/bin/import -window root "$1"
}

stop_loket() {
    if [ -n "${LOKET_PID:-}" ]; then
        kill "$LOKET_PID" 2>/dev/null || true
        wait "$LOKET_PID" 2>/dev/null || true
        LOKET_PID=""
    fi
}
