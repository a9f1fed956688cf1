#!/usr/bin/env bash
# Runs every fuzz target of build/fuzz: first each seed of tests/fuzz/corpus/<target>/ once, then
# NUMDESK_FUZZ_SECONDS of fuzzing (10 by default) from those seeds. New inputs go to a temporary
# folder, never into the source tree; a crash leaves its input there and fails the run.
#   tests/fuzz/run.sh [target…]        (after `cmake --preset fuzz && cmake --build --preset fuzz`)
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${NUMDESK_FUZZ_BUILD_DIR:-build/fuzz}
seconds=${NUMDESK_FUZZ_SECONDS:-10}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(responsedecoder pagedecoder tokenvalue apidates csvwriter)
work=$(mktemp -d "${TMPDIR:-/tmp}/numdesk-fuzz.XXXXXX")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for t in "${targets[@]}"; do
    fuzzer=$build/tests/fuzz/fuzz_$t
    seeds=tests/fuzz/corpus/$t
    mkdir -p "$work/$t"
    log=$work/$t.log
    dict=()
    [ -f "tests/fuzz/dict/$t.dict" ] && dict=(-dict="tests/fuzz/dict/$t.dict")
    if ! "$fuzzer" -runs=0 -artifact_prefix="$work/$t/" "$seeds" >"$log" 2>&1 ||
        ! "$fuzzer" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$work/$t/" "$work/$t" "$seeds" \
            >>"$log" 2>&1; then
        failed+=("$t")
        echo "fuzz_$t: FAILED; the last lines of $log:" >&2
        tail -n 40 "$log" >&2
        continue
    fi
    runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    cov=$(grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1 | grep -o 'cov: [0-9]*' || true)
    echo "fuzz_$t: ok, ${runs:-?} inputs in ${seconds} s, ${cov:-cov: ?}, $(ls "$seeds" | wc -l) seeds"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $work)" >&2
    exit 1
fi
rm -rf "$work"
