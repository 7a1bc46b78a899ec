#!/usr/bin/env bash
# Builds loket_*.deb and loket-*.rpm from a release build. Installs cargo-deb and
# cargo-generate-rpm when missing. Prints the two package paths.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}

command -v cargo-deb >/dev/null || cargo install cargo-deb --locked --quiet
command -v cargo-generate-rpm >/dev/null || cargo install cargo-generate-rpm --locked --quiet

cargo build --release --locked >&2
# The man page, compressed the way Debian wants it (no timestamp, best compression).
gzip -9n <packaging/linux/loket.1 >"$target/release/loket.1.gz"

deb=$(cargo deb --no-build --no-strip --quiet --output "$target/packages/" 2>/dev/null | tail -n 1)
[ -f "$deb" ] || deb=$(ls -t "$target"/packages/*.deb | head -n 1)
mkdir -p "$target/packages"
cargo generate-rpm --output "$target/packages/" >&2
rpm=$(ls -t "$target"/packages/*.rpm | head -n 1)
echo "$deb"
echo "$rpm"
