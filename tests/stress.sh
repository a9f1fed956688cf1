#!/usr/bin/env bash
# Proof that the suite is stable: every test run 5 times in a row (ctest --repeat until-fail:5)
# while every core is kept busy by a background load (stress-ng, else a bounded busy loop), in
# each build directory given. Zero failures is the bar; the counts are printed at the end.
#
#   tests/stress.sh                      build/dev and build/asan (those that exist), all tests
#   tests/stress.sh --timing build/ci build/ci-asan
#                                        only the timing-heavy tests (window, dialogs, faults,
#                                        action runner, export reader, snapshot job and its
#                                        writer thread), as .ci/run does
# Environment:
#   NUMDESK_STRESS_REPEAT   runs per test (default 5)
#   NUMDESK_STRESS_REGEX    a ctest -R regex of your own
#   NUMDESK_STRESS_EXCLUDE  a ctest -E regex: tests left out
#   NUMDESK_STRESS_JOBS     ctest --parallel (default: nproc)
# The builds must exist (packaging/dev.sh test, or cmake --preset dev / asan and a build).
set -euo pipefail
cd "$(dirname "$0")/.."

timing_regex='^tst_(mainwindow|filterbar|[a-z]*dialog|fault[a-z]*|sandboxfaults|actionrunner'
timing_regex+='|exportjob|snapshotjob)$'
regex=${NUMDESK_STRESS_REGEX:-}
exclude=${NUMDESK_STRESS_EXCLUDE:-}
if [ "${1:-}" = --timing ]; then
    regex=${regex:-$timing_regex}
    shift
fi
repeat=${NUMDESK_STRESS_REPEAT:-5}
jobs=${NUMDESK_STRESS_JOBS:-$(nproc 2>/dev/null || echo 2)}
builds=("$@")
if [ ${#builds[@]} -eq 0 ]; then
    for b in build/dev build/asan; do
        [ -f "$b/CTestTestfile.cmake" ] && builds+=("$b")
    done
fi
if [ ${#builds[@]} -eq 0 ]; then
    echo "stress: no build directory (build/dev, build/asan)" >&2
    exit 2
fi
for b in "${builds[@]}"; do
    [ -f "$b/CTestTestfile.cmake" ] || { echo "stress: $b is not a build directory" >&2; exit 2; }
done

export QT_QPA_PLATFORM=offscreen
cores=$(nproc 2>/dev/null || echo 2)
load_pids=()
stop_load() {
    for pid in "${load_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${load_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    load_pids=()
}
trap stop_load EXIT
# The load, bounded in time even if this script is killed hard: two hours at most.
start_load() {
    if command -v stress-ng >/dev/null; then
        stress-ng --cpu "$cores" --timeout 7200s --quiet &
        load_pids+=($!)
        echo "stress: load = stress-ng --cpu $cores"
    else
        for _ in $(seq "$cores"); do
            (
                end=$((SECONDS + 7200))
                while [ "$SECONDS" -lt "$end" ]; do :; done
            ) &
            load_pids+=($!)
        done
        echo "stress: load = $cores busy loops (stress-ng is not installed)"
    fi
}

status=0
summary=()
for build in "${builds[@]}"; do
    log=$build/stress.log
    echo "stress: $build, ${regex:-every test}, until-fail:$repeat, --parallel $jobs"
    start_load
    started=$(date +%s)
    set +e
    ctest --test-dir "$build" --repeat "until-fail:$repeat" --parallel "$jobs" \
        --output-on-failure ${regex:+-R "$regex"} ${exclude:+-E "$exclude"} >"$log" 2>&1
    code=$?
    set -e
    stop_load
    took=$(($(date +%s) - started))
    # "100% tests passed, 0 tests failed out of 34"
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1 || true)
    total=$(sed -nE 's/.* out of ([0-9]+).*/\1/p' <<<"$line")
    failed=$(sed -nE 's/.*passed, ([0-9]+) tests? failed.*/\1/p' <<<"$line")
    # One line per run of a test: "    Test #42: tst_x ....   Passed" (the last with "2/2 ").
    runs=$(grep -cE '^ *([0-9]+/[0-9]+ )?Test +#[0-9]+: ' "$log" || true)
    total=${total:-0}
    failed=${failed:-?}
    if [ "$code" -ne 0 ] || [ "$failed" != 0 ] || [ "$total" = 0 ]; then
        status=1
        grep -E '\*\*\*(Failed|Timeout|Exception|Not Run)' "$log" | head -20 || true
        # What failed and where (QTest's FAIL! with its location and values, a sanitizer's
        # report), so that a CI log says it without the stress.log at hand.
        grep -E -A4 '^(FAIL!|QFATAL|==[0-9]+==ERROR)' "$log" | head -60 || true
        echo "stress: see $log"
    fi
    entry="$build: $total tests, $runs runs under load (up to $repeat each), "
    summary+=("$entry$failed failed, ${took}s")
done

echo
for line in "${summary[@]}"; do
    echo "stress: $line"
done
exit "$status"
