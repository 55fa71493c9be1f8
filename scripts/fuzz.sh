#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ with AddressSanitizer and runs each for FUZZ_SECONDS.
#
#   FUZZ_SECONDS=300      seconds per target
#   FUZZ_TARGETS="a b"    targets to run (names as in Fuzz/Package.swift; default: all)
#   FUZZ_JOBS=N           targets run at once (default: the number of CPUs)
#   FUZZ_ARGS="..."       extra libFuzzer flags for every target (e.g. -only_ascii=1, or
#                         -runs=10000000 to stop a long run at ten million executions)
#   FUZZ_SANITIZE=none    build without AddressSanitizer (default: address), for long runs:
#                         1.8x the executions per second on the scanner, 3.3x on base64
#
# Seeds are generated from Corpus/ and the unit tests into Fuzz/out/seeds; what the fuzzer adds
# goes to Fuzz/out/corpus/<target> (kept between runs, so later runs start further along);
# crashes, timeouts, leaks and out-of-memory inputs to Fuzz/out/crashes/<target>; logs to
# Fuzz/out/logs. Prints executions per target and exits 1 when any target found something.
# Replay an input: .build-fuzz/release/fuzz-<target> FILE
set -euo pipefail
# One spelling of the paths: SwiftPM rebuilds everything when a path in its commands changes.
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
SECONDS_PER_TARGET=${FUZZ_SECONDS:-300}
JOBS=${FUZZ_JOBS:-$(nproc)}
OUT=Fuzz/out
SANITIZE=${FUZZ_SANITIZE:-address}
case $SANITIZE in
    address) SCRATCH=.build-fuzz; SAN=(--sanitize address); SWIFT_SAN=fuzzer,address ;;
    none) SCRATCH=.build-fuzz-plain; SAN=(); SWIFT_SAN=fuzzer ;;
    *) echo "fuzz: FUZZ_SANITIZE is 'address' or 'none', not '$SANITIZE'" >&2; exit 2 ;;
esac
BIN=$SCRATCH/release
ALL=$(sed -n '/^let targets = \[/,/\]/p' Fuzz/Package.swift | grep -o '"[a-z0-9-]*"' | tr -d '"')
TARGETS=${FUZZ_TARGETS:-$ALL}
TARGETS=${TARGETS//,/ }
for t in $TARGETS; do
    grep -qx "$t" <<<"$ALL" || { echo "fuzz: no target '$t' (targets: $(echo $ALL))" >&2; exit 2; }
done

# Largest input per target: enough for a message with an attachment, small enough to stay fast.
max_len() {
    case $1 in
        mime|inspector|session|office|archive) echo 65536 ;;
        *) echo 16384 ;;
    esac
}

mkdir -p "$OUT/logs"
started=$(date +%s)
echo "fuzz: building (release, -sanitize=$SWIFT_SAN)"
# --sanitize makes SwiftPM instrument the C targets and link libFuzzer, but it hands swiftc
# -sanitize=fuzzer and -sanitize=address as two flags, and swiftc keeps only the last: the Swift
# code would get no coverage counters. -Xswiftc -sanitize=fuzzer,address comes later and wins.
if ! swift build --package-path "$ROOT/Fuzz" --scratch-path "$ROOT/$SCRATCH" -c release \
        --sanitize fuzzer "${SAN[@]}" -Xswiftc -sanitize="$SWIFT_SAN" -Xswiftc -enable-testing \
        >"$OUT/logs/build.log" 2>&1; then
    grep -E "error:" "$OUT/logs/build.log" | head -20 || tail -20 "$OUT/logs/build.log"
    echo "fuzz: build failed (log: $OUT/logs/build.log)" >&2
    exit 2
fi
echo "fuzz: built in $(( $(date +%s) - started ))s; seeds: $(python3 Fuzz/make-seeds.py "$OUT/seeds" | wc -w) targets"

run_one() {
    local t=$1 dict=() rc=0
    mkdir -p "$OUT/corpus/$t" "$OUT/crashes/$t" "$OUT/seeds/$t"
    if [ -f "Fuzz/dicts/$t.dict" ]; then dict=(-dict="Fuzz/dicts/$t.dict");
    elif [ -f "$OUT/seeds/$t.dict" ]; then dict=(-dict="$OUT/seeds/$t.dict"); fi
    # The Swift runtime's own crash reporter would run under ASan after libFuzzer's; turn it off.
    SWIFT_BACKTRACE=enable=no "$BIN/fuzz-$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=30 \
        -rss_limit_mb=2048 -max_len="$(max_len "$t")" -print_final_stats=1 "${dict[@]}" \
        -artifact_prefix="$OUT/crashes/$t/" ${FUZZ_ARGS:-} "$OUT/corpus/$t" "$OUT/seeds/$t" \
        >"$OUT/logs/$t.log" 2>&1 || rc=$?
    echo "$rc" >"$OUT/logs/$t.status"
}

echo "fuzz: $(wc -w <<<"$TARGETS") targets, ${SECONDS_PER_TARGET}s each, $JOBS at a time"
running=0
for t in $TARGETS; do
    rm -f "$OUT/logs/$t.status"
    ls "$OUT/crashes/$t" 2>/dev/null | sort >"$OUT/logs/$t.before" || true
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=0
npass=0; nfail=0
printf '%-18s %12s %9s %7s  %s\n' target executions exec/s corpus result
for t in $TARGETS; do
    log="$OUT/logs/$t.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(ls "$OUT/corpus/$t" | wc -l)
    status=$(cat "$OUT/logs/$t.status" 2>/dev/null || echo "?")
    new=$(comm -13 "$OUT/logs/$t.before" <(ls "$OUT/crashes/$t" | sort))
    result=ok
    if [ "$status" != 0 ] || [ -n "$new" ]; then
        failed=1
        result="FAILED (exit $status): $(grep -m1 -E 'ERROR:|invariant broken|Fatal error' "$log" || echo "see $log")"
        for f in $new; do result+=$'\n'"    input: $OUT/crashes/$t/$f"; done
        nfail=$((nfail + 1))
    else
        npass=$((npass + 1))
    fi
    printf '%-18s %12s %9s %7s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$units" "$result"
done
echo "fuzz: $(( $(date +%s) - started ))s in all"
echo "fuzz: $npass passed, $nfail failed"
exit $failed
