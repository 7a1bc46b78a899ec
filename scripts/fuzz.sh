#!/usr/bin/env bash
# Fuzzes the checker and the engine with cargo-fuzz (libFuzzer), each target in turn:
#   check_and_status     any bytes through parse + validate, good schedules through status;
#   structured_schedule  generated schedules written every way RON allows (raw and escaped
#                        strings, nested comments, CRLF and CR endings, non-ASCII text),
#                        with one value maybe broken: the report must point at it exactly.
# Needs a nightly toolchain (`rustup toolchain install nightly`) and cargo-fuzz (installed
# here when missing). New crashes land in fuzz/artifacts/TARGET: add each as a test.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600, both targets)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(check_and_status structured_schedule)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
for target in "${targets[@]}"; do
    # New inputs go to the (ignored) working corpus; the committed seeds are only read.
    mkdir -p "fuzz/corpus-work/$target" "fuzz/corpus/$target"
    echo "== fuzzing $target for $seconds s"
    cargo +nightly fuzz run "$target" "fuzz/corpus-work/$target" "fuzz/corpus/$target" -- \
        -dict=fuzz/ron.dict -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -print_final_stats=1
done
