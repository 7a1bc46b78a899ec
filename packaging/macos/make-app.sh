#!/usr/bin/env bash
# Assembles Loket.app from a release build (run on macOS; not built in CI yet). The bundled
# schedule goes into the app's Resources for reference; the machine-wide schedule Loket
# reads is /Library/Application Support/Loket/schedule.ron (copy it there once).
# Usage: packaging/macos/make-app.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/macos}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
cargo build --release --locked
app="$out/Loket.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "${CARGO_TARGET_DIR:-target}/release/loket" "$app/Contents/MacOS/loket"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist >"$app/Contents/Info.plist"
cp packaging/macos/Loket.icns "$app/Contents/Resources/Loket.icns"
cp schedule.ron "$app/Contents/Resources/schedule.ron"
echo "$app"
