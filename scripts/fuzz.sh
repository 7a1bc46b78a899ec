#!/usr/bin/env bash
# Fuzzes parse + validate + status with cargo-fuzz (libFuzzer). Needs a nightly toolchain
# (`rustup toolchain install nightly`) and cargo-fuzz (`cargo install cargo-fuzz`); the
# corpus seeds live in fuzz/corpus. New crashes land in fuzz/artifacts: add each as a case
# under tests/bad or tests/ and fix it.
# Usage: scripts/fuzz.sh [SECONDS]   (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus-work
# New inputs go to the (ignored) working corpus; the committed seeds are only read.
cargo +nightly fuzz run check_and_status fuzz/corpus-work fuzz/corpus/check_and_status -- \
    -dict=fuzz/ron.dict -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -print_final_stats=1
