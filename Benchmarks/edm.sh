#!/usr/bin/env bash
# make bench: exact data match with a roster of 1,000,000 synthetic patients (issue 14).
# Build time and peak RSS of `edm build` (/usr/bin/time -v), the .edm file's size, and the p99 of
# inspecting 200 messages of about 100 KB with the roster loaded (and without, for comparison):
# mail text (Benchmarks/gen_text.py) with three roster patients in each, and a dense set with
# dates, ZIP-, phone- and MRN-shaped numbers in every line (the matcher's worst case).
# Targets: build < 60 s, peak RSS < 1 GB, file < 64 MB, p99 < 20 ms. Bounded; stops by itself.
set -euo pipefail
BIN=${1:?usage: edm.sh PATH-TO-RELEASE-phi-milter}
cd "$(dirname "$0")/.."
OUT=bench-out/edm
RECORDS=${EDM_RECORDS:-1000000}
mkdir -p "$OUT"

[ -f "$OUT/mail.txt" ] || python3 Benchmarks/gen_text.py --mb 21 --out "$OUT/mail.txt"
if [ ! -f "$OUT/roster-$RECORDS.csv" ] || [ ! -d "$OUT/msgs" ] || [ ! -d "$OUT/dense" ]; then
    python3 Benchmarks/gen_roster.py --records "$RECORDS" --out "$OUT/roster-$RECORDS.csv" --count 200 \
        --text "$OUT/mail.txt" --messages "$OUT/msgs" --dense-messages "$OUT/dense"
fi
[ -f "$OUT/edm.key" ] || head -c 32 /dev/urandom >"$OUT/edm.key"

/usr/bin/time -v "$BIN" edm build --schema Benchmarks/edm-schema.yaml --key "$OUT/edm.key" \
    "$OUT/roster-$RECORDS.csv" -o "$OUT/site.edm" >"$OUT/build.out" 2>"$OUT/build.time"
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/build.time")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/build.time")
size=$(stat -c %s "$OUT/site.edm")
printf 'edm build   %s records   wall %s   peak RSS %.0f MB   (targets: < 1 min, < 1024 MB)\n' \
    "$RECORDS" "$wall" "$(echo "$rss_kb / 1024" | bc -l)"
printf 'edm file    %.1f MB                                   (target: < 64 MB)\n' "$(echo "$size / 1048576" | bc -l)"
"$BIN" edm stats "$OUT/site.edm" | sed 's/^/  /'

printf 'version: 1\nedm:\n  - {file: %s, key_file: %s}\n' "$PWD/$OUT/site.edm" "$PWD/$OUT/edm.key" >"$OUT/with.yaml"
printf 'version: 1\n' >"$OUT/without.yaml"
"$BIN" config check "$OUT/with.yaml" >/dev/null

p99() {  # p50, p99 and max of the per-message inspection time (ms) of 200 messages: CONFIG DIR
    { "$BIN" scan --config "$1" --as message --count "$OUT/$2"/*.eml || true; } \
        | sed -n 's/.* ms=\([0-9.]*\).*/\1/p' | sort -n >"$OUT/lat.txt"
    local n; n=$(wc -l <"$OUT/lat.txt")
    printf '%s %s %s' "$(sed -n "$(( (n + 1) / 2 ))p" "$OUT/lat.txt")" \
        "$(sed -n "$(( (n * 99 + 99) / 100 ))p" "$OUT/lat.txt")" "$(tail -1 "$OUT/lat.txt")"
}
for set in msgs dense; do
    read -r a50 a99 amax <<<"$(p99 "$OUT/without.yaml" $set)"
    read -r b50 b99 bmax <<<"$(p99 "$OUT/with.yaml" $set)"
    printf 'inspect 100 KB %-5s no roster   p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n' "$set" "$a50" "$a99" "$amax"
    printf 'inspect 100 KB %-5s 1M roster   p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (target p99 < 20 ms on msgs)\n' \
        "$set" "$b50" "$b99" "$bmax"
done
found=$({ "$BIN" edm test --key "$OUT/edm.key" "$OUT/site.edm" "$OUT"/msgs/000.eml || true; } | head -1)
echo "edm test of one message: $found"
