#!/usr/bin/env bash
# Installs what Loket needs on Debian/Ubuntu, and nothing when it is already there.
#   runtime: the X11/Wayland client libraries winit loads at start-up, and xdg-utils for
#            opening Zoom and the browser, espeak-ng for reading aloud (English, Afrikaans,
#            Setswana), cups-client (lp) for printing slips;
#   tests:   Xvfb (a virtual display), xdotool, xclip, ImageMagick (screenshots), zbar (reads
#            the QR code back); nginx, minisign and openssl (a real web server on loopback,
#            signatures and a test certificate authority for the fleet tests); lintian, desktop-file-validate, appstreamcli and rpm for the
#            package checks; cage, grim and Xwayland (kiosk mode under a Wayland kiosk
#            compositor, natively and through XWayland); openbox (screenshots and checks
#            under a window manager); mingw, wixl, msitools and Wine (the Windows build,
#            its MSI, and running both here); CUPS with the cups-pdf virtual printer and
#            poppler-utils (slips printed through a private CUPS server and read back).
set -euo pipefail

runtime=(libx11-6 libx11-xcb1 libxcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 xdg-utils espeak-ng cups-client)
tests=(xvfb xauth xdotool xclip imagemagick zbar-tools x11-utils nginx minisign openssl
       cups cups-pdf cups-client poppler-utils
       lintian desktop-file-utils appstream rpm dpkg-dev cage grim xwayland openbox
       gcc-mingw-w64-x86-64 wixl msitools wine wine64)

wanted=("${runtime[@]}")
[ "${1:-}" = "--with-tests" ] && wanted+=("${tests[@]}")

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "Please install: ${missing[*]} (no apt-get on this machine)" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
