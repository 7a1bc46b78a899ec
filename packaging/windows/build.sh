#!/usr/bin/env bash
# Builds loket.exe for Windows (cross-compiled with mingw) and its MSI (wixl, msitools) on
# Linux. Prints the MSI's path as its last line, like packaging/linux/build.sh.
# Needs: rustup's x86_64-pc-windows-gnu target, gcc-mingw-w64-x86-64, wixl, msitools
# (scripts/install-deps.sh --with-tests installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=x86_64-pc-windows-gnu
rustup target add "$target" >/dev/null
cargo build --release --locked --target "$target" >&2
target_dir=${CARGO_TARGET_DIR:-target}
exe="$target_dir/$target/release/loket.exe"
# LOKET_MSI_VERSION builds the same program as another version (the upgrade test).
version=${LOKET_MSI_VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)}
out="$target_dir/packages"
mkdir -p "$out"
# wixl finds files by relative, forward-slash paths: stage them in one folder.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$exe" "$stage/loket.exe"
x86_64-w64-mingw32-strip "$stage/loket.exe"
cp schedule.ron packaging/windows/loket.ico packaging/windows/loket-wixl.wxs "$stage/"
cp LICENSE "$stage/LICENSE.txt"
cp assets/fonts/OFL.txt "$stage/OFL-AtkinsonHyperlegible.txt"
cp assets/fonts/LUCIDE-LICENSE.txt "$stage/LICENSE-Lucide-icons.txt"
msi=$(realpath "$out")/loket-$version-x64.msi
(cd "$stage" && wixl --arch x64 -D Version="$version" -o "$msi" loket-wixl.wxs >&2)
# What wixl cannot write: the schedule is never overwritten by an upgrade (NeverOverwrite,
# 128) and stays at uninstall (Permanent, 16); 256 marks a 64-bit component.
msibuild "$msi" -q "UPDATE \`Component\` SET \`Attributes\` = 400 WHERE \`Component\` = 'Schedule'"
echo "$msi"
