#!/usr/bin/env bash
# Checks the Linux packages the way a distribution would, then installs the .deb for real
# and runs the installed binary in a window under Xvfb.
# Usage: packaging/linux/check.sh DEB RPM [SCREENSHOT]
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$1
rpm=$2
shot=${3:-$(mktemp -d)/installed.png}

passed=0
failed=0
check() { # check NAME COMMAND...
    local name=$1
    shift
    local output
    if output=$("$@" 2>&1); then
        echo "package: ok      $name"
        passed=$((passed + 1))
    else
        echo "package: FAILED  $name"
        echo "$output" | sed 's/^/    /'
        failed=$((failed + 1))
    fi
}

expected_files() {
    cat <<'LIST'
/etc/loket/schedule.ron
/usr/bin/loket
/usr/share/applications/io.loket.Loket.desktop
/usr/share/icons/hicolor/128x128/apps/io.loket.Loket.png
/usr/share/icons/hicolor/16x16/apps/io.loket.Loket.png
/usr/share/icons/hicolor/24x24/apps/io.loket.Loket.png
/usr/share/icons/hicolor/256x256/apps/io.loket.Loket.png
/usr/share/icons/hicolor/32x32/apps/io.loket.Loket.png
/usr/share/icons/hicolor/48x48/apps/io.loket.Loket.png
/usr/share/icons/hicolor/512x512/apps/io.loket.Loket.png
/usr/share/icons/hicolor/64x64/apps/io.loket.Loket.png
/usr/share/icons/hicolor/scalable/apps/io.loket.Loket.svg
/usr/share/man/man1/loket.1.gz
/usr/share/metainfo/io.loket.Loket.metainfo.xml
LIST
}

deb_files() {
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\.||' | grep -v '/$' | sort
}
rpm_files() {
    rpm -qlp "$rpm" 2>/dev/null | sort
}

same_files() { # same_files LISTER EXTRA...: the package holds exactly the expected files
    local lister=$1
    shift
    diff <({ expected_files; printf '%s\n' "$@"; } | sort) <($lister)
}

check "desktop-file-validate" desktop-file-validate packaging/linux/io.loket.Loket.desktop
check "appstreamcli validate" appstreamcli validate --no-net --explain packaging/linux/io.loket.Loket.metainfo.xml
check "lintian: no errors" bash -c "! lintian --tag-display-limit 0 '$deb' | tee /dev/stderr | grep -q '^E:'"
check ".deb holds exactly the expected files" same_files deb_files \
    /usr/share/doc/loket/OFL-AtkinsonHyperlegible.txt /usr/share/doc/loket/README.md \
    /usr/share/doc/loket/LICENSE-Lucide-icons.txt /usr/share/doc/loket/changelog.Debian.gz \
    /usr/share/doc/loket/copyright
check ".rpm holds exactly the expected files" same_files rpm_files \
    /usr/share/doc/loket/README.md /usr/share/licenses/loket/LICENSE \
    /usr/share/licenses/loket/OFL-AtkinsonHyperlegible.txt \
    /usr/share/licenses/loket/LICENSE-Lucide-icons.txt
check "/etc/loket/schedule.ron is a conffile" bash -c "dpkg-deb -I '$deb' conffiles | grep -qx /etc/loket/schedule.ron"
check "/etc/loket/schedule.ron is %config(noreplace)" bash -c "rpm -qcp '$rpm' 2>/dev/null | grep -qx /etc/loket/schedule.ron"

root=$(mktemp -d)
dpkg -x "$deb" "$root"
check "unpacked: loket check on its own /etc/loket/schedule.ron" \
    "$root/usr/bin/loket" check "$root/etc/loket/schedule.ron"

# Install for real, run the installed binary in a window, remove it again.
if [ "$(id -u)" -eq 0 ]; then
    check "dpkg -i" dpkg -i "$deb"
    check "installed loket check finds /etc/loket/schedule.ron" bash -c \
        "HOME=\$(mktemp -d) loket check | grep -q '/etc/loket/schedule.ron (the system-wide file)'"
    . scripts/xvfb-lib.sh
    start_display
    config=$(mktemp -d)
    run_loket /usr/bin/loket "$config" --at 2025-12-09T17:32:00+02:00
    wait_window || true # sets WINDOW here, not in a subshell
    check "installed binary opens its window" test -n "$WINDOW"
    shoot "$shot"
    wm_class=$(sed -n 's/^StartupWMClass=//p' /usr/share/applications/io.loket.Loket.desktop)
    check "the window's WM_CLASS is the .desktop file's StartupWMClass ($wm_class)" \
        bash -c "xprop -id '$WINDOW' WM_CLASS | grep -q '\"$wm_class\"'"
    stop_loket
    deviation=$(/usr/bin/convert "$shot" -format '%[fx:standard_deviation]' info:)
    check "its screenshot is not blank ($deviation)" awk "BEGIN { exit !($deviation > 0.1) }"
    echo "package: screenshot of the installed binary at $shot"
    check "dpkg -r" dpkg -r loket
    check "removal keeps the administrator's schedule (conffile)" test -f /etc/loket/schedule.ron
    dpkg --purge loket >/dev/null 2>&1 || true
else
    echo "package: skipped the real install (needs root)"
fi

echo "package: .deb $(du -h "$deb" | cut -f1), .rpm $(du -h "$rpm" | cut -f1), binary $(du -h "$root/usr/bin/loket" | cut -f1)"
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
