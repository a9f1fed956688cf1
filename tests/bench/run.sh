#!/usr/bin/env bash
# Builds the benchmarks (RelWithDebInfo, the "dev" preset) and runs every one of them, then prints
# one table with the machine it ran on. Under ten minutes on 2 cores once the stores exist; the
# first run also generates a 1,000,000-number and a 100,000-number store (kept for later runs).
# Exits 1, after the table, when a benchmark crashed or failed.
#
#   tests/bench/run.sh                 build in build/dev (preset dev) and run everything
# Environment:
#   NUMDESK_BENCH_BUILD_DIR  another build directory (configured like preset dev)
#   NUMDESK_BENCH_DATA       where the stores and the logs go (default: $TMPDIR/numdesk-bench)
#   NUMDESK_BENCH_JOBS       build parallelism (default: nproc)
#   NUMDESK_BENCH_SKIP_BUILD=1  run the benchmarks already built in the build directory
#   NUMDESK_BENCH_TABLE_ONLY=1  print the table of the last run's logs again, run nothing
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${NUMDESK_BENCH_BUILD_DIR:-build/dev}
data=${NUMDESK_BENCH_DATA:-${TMPDIR:-/tmp}/numdesk-bench}
jobs=${NUMDESK_BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}
mkdir -p "$data/logs"
logs=$data/logs
export QT_QPA_PLATFORM=offscreen

table_only=${NUMDESK_BENCH_TABLE_ONLY:-}
declare -A took
failed=() # benchmarks that crashed or exited non-zero: the script exits 1 after the table
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -z "$table_only" ]; then
if [ -n "${NUMDESK_BENCH_SKIP_BUILD:-}" ]; then
    :
elif [ "$build" = build/dev ]; then
    cmake --preset dev >/dev/null
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
[ -n "${NUMDESK_BENCH_SKIP_BUILD:-}" ] ||
    cmake --build "$build" --parallel "$jobs" --target numdesk-cli bench_sandbox bench_gui \
        bench_export bench_csv bench_decode bench_load bench_journal bench_plan bench_inventory
bin=$build/tests/bench

run() { # run NAME COMMAND… : output to $logs/NAME.txt, time kept
    local name=$1 t0 status=0
    shift
    echo "== $name" >&2
    t0=$(date +%s)
    "$@" >"$logs/$name.txt" 2>"$logs/$name.err" || status=$?
    took[$name]=$(($(date +%s) - t0))
    if [ "$status" -ne 0 ]; then
        echo "   $name exited $status (see $logs/$name.err)" >&2
        failed+=("$name (exit $status)")
    fi
}

run bench_sandbox "$bin/bench_sandbox" --numbers 1000000 --samples 20 --db "$data/store-1m.sqlite"
NUMDESK_BENCH_DB=$data/store-1m.sqlite run bench_gui "$bin/bench_gui"
run bench_export "$bin/bench_export" --numbers 100000 --repeat 5 --db "$data/store-100k.sqlite"
run bench_load "$bin/bench_load" --clients 8 --numbers 100000 --db "$data/store-100k.sqlite"
run bench_csv "$bin/bench_csv"
run bench_decode "$bin/bench_decode"
run bench_journal "$bin/bench_journal"
run bench_plan "$bin/bench_plan" --numbers 20000 --rows 10000 --db "$data/store-20k.sqlite"
run bench_inventory "$bin/bench_inventory" --numbers 1000000 --store "$data/inventory-1m.sqlite"
fi

# -- the table
# A "label  value" line of a benchmark whose labels take `width` columns: the value.
value() { # value NAME WIDTH LABEL
    local line
    line=$(grep -m1 -F -- "$3" "$logs/$1.txt") || true
    [ -n "$line" ] && echo "${line:$2}" | xargs || echo "n/a"
}
# bench_sandbox: p50 and p95 of one kind of page ("kind" is the first 22 columns).
page() { # page KIND -> "p50 / p95"
    awk -v k="$1" 'substr($0,1,22) ~ "^"k" *$" { split(substr($0,23),f," "); print f[4]" / "f[5] }' \
        "$logs/bench_sandbox.txt" | head -1
}
# bench_sandbox: lowest and highest p95 over the filtered kinds (deep or not).
p95_range() { # p95_range deep|shallow
    awk -v want="$1" 'NR>1 && NF>=9 && substr($0,1,22) !~ /^(kind|store|unfiltered|offers)/ {
        label=substr($0,1,22); deep=(label ~ /deep/); split(substr($0,23),f," ");
        if ((want=="deep")==deep) { v=f[5]+0; if (n==0||v<lo) lo=v; if (n==0||v>hi) hi=v; n++ } }
        END { if (n) printf "%.1f - %.1f (%d kinds)", lo, hi, n; else print "n/a" }' \
        "$logs/bench_sandbox.txt"
}
exportline() { # exportline PREFIX: the rest of bench_export's line that starts with PREFIX
    local line
    line=$(grep -m1 -F -- "$1" "$logs/bench_export.txt") || true
    echo "${line#"$1"}"
}
journal() { # journal ENTRIES COLUMN: a column of bench_journal's row for ENTRIES purchases
    awk -v e="$1" -v c="$2" '$1 == e && $2 == "purchases" { print $c }' "$logs/bench_journal.txt"
}
mib() { awk '{ printf "%.0f MiB", $1 / 1024 }' <<<"$1"; }
csvrate() { # csvrate LABEL -> "rows/s, MB/s"
    awk -v l="$1" 'index($0,l)==1 { n=split($0,f," "); printf "%s rows/s, %s MB/s", f[n-1], f[n]; exit }' \
        "$logs/bench_csv.txt"
}

row() { printf '| %-14s | %-46s | %-30s |\n' "$1" "$2" "$3"; }
echo
echo "Numbers Desk benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)," \
    "load average before: $load_before"
echo
row benchmark measure value
row -------------- ---------------------------------------------- ------------------------------
row bench_sandbox "list page p50 / p95, unfiltered (ms)" "$(page unfiltered)"
row bench_sandbox "list page p50 / p95, unfiltered deep (ms)" "$(page 'unfiltered deep')"
row bench_sandbox "filtered page p95, 1M numbers (ms)" "$(p95_range shallow)"
row bench_sandbox "filtered deep page p95 (ms)" "$(p95_range deep)"
row bench_sandbox "CSV page p50 / p95 (ms; target <= 1.5 x JSON)" "$(page 'unfiltered csv')"
row bench_gui "launch to first rows (target <= 150 ms)" "$(value bench_gui 36 'launch to first rows')"
row bench_gui "Ctrl+End to last rows" "$(value bench_gui 36 'Ctrl+End to last rows')"
row bench_gui "page requests for Ctrl+End" "$(value bench_gui 36 'page requests for Ctrl+End')"
row bench_gui "RSS before / with the in-process sandbox" "$(mib "$(value bench_gui 36 'RSS before the sandbox')") / $(mib "$(value bench_gui 36 'RSS once the sandbox is up')")"
row bench_gui "peak RSS, 200,000 rows (target <= 250 MiB)" "$(mib "$(value bench_gui 36 'peak RSS after scrolling')")"
row bench_gui "peak RSS with the window's export too" "$(mib "$(value bench_gui 36 'peak RSS with the export too')")"
row bench_gui "longest GUI stall, scrolling (target < 50 ms)" "$(value bench_gui 36 'longest GUI-thread stall (scroll)')"
row bench_gui "longest GUI stall, own export + scrolling" "$(value bench_gui 36 'longest GUI-thread stall (export)')"
row bench_gui "rows exported / scrolled in that time" "$(value bench_gui 36 'export + scroll: rows exported') / $(value bench_gui 36 'export + scroll: rows scrolled') in $(value bench_gui 36 'export + scroll: time')"
row bench_export "numdesk-cli export, 100,000 numbers, 20 ms" "$(exportline 'numdesk-cli export: ' | cut -d, -f1)"
row bench_export "latency floor (pages x 20 ms / in flight)" "$(exportline 'latency floor, ' | sed 's/.*: //')"
row bench_export "ratio export / floor (target <= 1.3)" "$(exportline 'ratio export / latency floor: ' | cut -d' ' -f1)"
row bench_export "CLI CPU per row, us, median (target <= 8)" "$(exportline 'numdesk-cli CPU, median of the runs: ' | sed -E 's/^[0-9.]+ s, ([0-9.]+) us per row.*/\1/')"
for n in 2 4 6 8; do
    row bench_export "export at $n pages in flight" "$(exportline "parallel  $n: " | cut -d, -f1)"
done
row bench_export "sequential curl, same pages" "$(exportline 'curl, ' | sed 's/^[0-9]* pages in sequence: //' | cut -d, -f1)"
row bench_export "ratio export / curl (target <= 0.25)" "$(exportline 'ratio numdesk-cli / curl: ' | cut -d' ' -f1)"
row bench_load "8 clients x 100,000: exact exports" "$(value bench_load 44 'exports complete and exact')"
row bench_load "8 clients: fastest / all done (s)" "$(value bench_load 44 'fastest client') / $(value bench_load 44 'all exports done')"
row bench_load "8 clients: rows per second in all" "$(value bench_load 44 'rows per second')"
row bench_load "probe page p50 / p95 under load (ms)" "$(value bench_load 44 'probe page p50') / $(value bench_load 44 'probe page p95')"
row bench_load "probe failures / sandbox longest stall (ms)" "$(value bench_load 44 'probe failures') / $(value bench_load 44 'longest event-loop stall')"
row bench_csv "CSV write, all columns, to a file" "$(csvrate 'all columns, to a file')"
row bench_csv "CSV write, 3 columns, in memory" "$(csvrate '3 columns, in memory')"
row bench_csv "all columns, by cells then encoded (before)" "$(csvrate 'all columns, in memory, by cells')"
row bench_decode "250-row page: decode, simdjson (ms)" "$(value bench_decode 44 'decode::numberPage')"
row bench_decode "250-row page: QJsonDocument parse (ms)" "$(value bench_decode 44 'QJsonDocument::fromJson')"
row bench_decode "250-row page: QJsonDocument decoder, before" "$(value bench_decode 44 'QJsonDocument decoder, before')"
row bench_decode "ratio decode / plain parse (target <= 0.5)" "$(value bench_decode 44 'ratio decode')"
row bench_decode "ratio before / plain parse" "$(value bench_decode 44 'ratio before')"
row bench_journal "10,000 actions: first start / next (ms)" "$(journal 10000 4) / $(journal 10000 6)"
row bench_journal "100,000 actions: first start / next (ms)" "$(journal 100000 4) / $(journal 100000 6)"
row bench_plan "10,000-row plan preview, 20 ms (target < 10 s)" "$(value bench_plan 37 'plan preview, 10,000 rows:' | cut -d'(' -f1)"
inv() { grep -m1 -F -- "$1" "$logs/bench_inventory.txt" | sed -E "s/$2/\1/" || echo n/a; }
row bench_export "first snapshot / export, medians (target <= 1.2)" "$(exportline 'ratio first snapshot / export: ' | cut -d' ' -f1)"
row bench_export "unchanged snapshot / export (target <= 1.2)" "$(exportline 'ratio unchanged snapshot / export: ' | cut -d' ' -f1)"
row bench_inventory "bytes per number, unchanged snapshot (<= 40)" "$(inv 'bytes added per number' '.*; ([0-9.]+) bytes.*')"
row bench_inventory "insights, 1M, no prices (target <= 500 ms)" "$(inv 'by offer, no prices:' '.*: ([0-9]+ ms).*')"
row bench_inventory "insights, 1M, row by row, no prices (before)" "$(inv 'row by row, no prices:' '.*: ([0-9]+ ms).*')"
row bench_inventory "insights, 1M, priced, kinds known (target <= 500 ms)" "$(inv 'kinds known:' '.*: ([0-9]+ ms).*')"
row bench_inventory "insights, 1M, priced, kinds worked out first (ms)" "$(inv 'kinds worked out first:' '.*: ([0-9]+ ms).*')"
row bench_inventory "diff of two 1M snapshots, 1 % (target <= 3 s)" "$(inv 'diff of two' '.*changed: ([0-9.]+ s).*')"
row bench_inventory "snapshot view, 1M: first rows (target <= 300 ms)" "$(inv 'snapshot view, ' '.*first rows ([0-9]+ ms).*')"
row bench_inventory "snapshot view, 1M: sort by offer name (target <= 1.5 s)" "$(inv 'sort by offer_id' '.*offer_id: ([0-9]+ ms).*')"
row bench_inventory "snapshot view, 1M: sort by number (target <= 1.5 s)" "$(inv 'sort by number' '.*number: ([0-9]+ ms).*')"
row bench_inventory "snapshot view, 1M: sort by last call (target <= 1.5 s)" "$(inv 'sort by last_call_at' '.*last_call_at: ([0-9]+ ms).*')"
row bench_inventory "snapshot view, 1M: worst screen of 40 rows (target < 50 ms)" "$(inv 'worst of 200 screens' '.*places: ([0-9.]+ ms).*')"
row bench_inventory "bench_inventory peak RSS, all of it (view target <= 300 MiB)" "$(inv 'peak RSS' '.*: ([0-9]+ MiB).*')"
echo
printf 'run time %ss:' "$(($(date +%s) - started))"
for name in bench_sandbox bench_gui bench_export bench_load bench_csv bench_decode bench_journal \
    bench_plan bench_inventory; do
    printf ' %s %ss' "${name#bench_}" "${took[$name]:-?}"
done
echo "; logs in $logs"
if [ ${#failed[@]} -ne 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
