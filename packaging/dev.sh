#!/usr/bin/env bash
# Numbers Desk developer entry point: installs what is missing, builds, then runs.
#   packaging/dev.sh run    build and open the app (on the built-in sandbox when no account is set)
#   packaging/dev.sh test   build and run the whole test suite: the normal build, then the
#                           AddressSanitizer + UndefinedBehaviorSanitizer build, then a short
#                           libFuzzer run of every fuzz target (clang; NUMDESK_FUZZ_SECONDS each)
# With CI=true, warnings are errors (the "ci" presets).
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-}
case "$what" in
    run|test) ;;
    *) echo "usage: packaging/dev.sh run|test" >&2; exit 2 ;;
esac

bash packaging/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
normal=dev
sanitized=asan
if [ "${CI:-}" = "true" ]; then
    normal=ci
    sanitized=ci-asan
fi

build() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" --parallel "$jobs"
}

if [ "$what" = run ]; then
    build "$normal"
    exec "build/$normal/ui/numdesk"
fi

export QT_QPA_PLATFORM=offscreen
build "$normal"
ctest --preset "$normal" --parallel "$jobs"
build "$sanitized"
ctest --preset "$sanitized" --parallel "$jobs"
# Short fuzz runs: each target's seeds, then a few seconds of fuzzing (tests/fuzz/README.md).
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$jobs"
bash tests/fuzz/run.sh
