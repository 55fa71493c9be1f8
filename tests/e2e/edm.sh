#!/usr/bin/env bash
# Exact data match from the command line and through the milter: edm build|stats|test, no roster
# value in the roster file or any output, config check of file and key, and a SIGHUP reload with
# a truncated roster that keeps the old one (miltertest before and after).
# Usage: tests/e2e/edm.sh BIN. Needs miltertest. Listens on 127.0.0.1:$PHI_E2E_PORT+300 (below the ephemeral range) only;
# stops everything it starts. Prints ok/not ok per check and `N passed, M failed`.
set -uo pipefail
BIN=$(realpath "${1:?usage: edm.sh BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=$(( ${PHI_E2E_PORT:-28000} + 300 ))  # below 32768: an ephemeral port may be held by an earlier test's client
D=$(mktemp -d /tmp/phi-edm.XXXXXX)
PASS=0; FAIL=0; PID=
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }
cleanup() {
  if [[ -n $PID ]]; then kill "$PID" 2>/dev/null; for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done; kill -9 "$PID" 2>/dev/null; fi
  rm -rf "$D"
}
trap cleanup EXIT

cat >"$D/roster.csv" <<'CSV'
mrn,member_id,ssn,first_name,last_name,dob,zip,phone
4417302,XJH-88213-04,536-90-4399,Ngozi,Okafor,1961-03-03,02139,(617) 555-0142
5522019,,,José,Núñez,07/15/1970,10027,
6610021,ABQ77120,,"Mary Ann",O'Brien,1955-12-01,,
CSV
VALUES=(4417302 XJH-88213-04 XJH8821304 536-90-4399 536904399 Ngozi Okafor ngozi okafor 1961-03-03 Núñez nunez 5522019 6610021 ABQ77120 O\'Brien obrien 1955-12-01 6175550142)
head -c 32 /dev/urandom >"$D/edm.key"; head -c 32 /dev/urandom >"$D/other.key"
SCHEMA=$ROOT/contrib/edm-schema.example.yaml

"$BIN" edm build --schema "$SCHEMA" --key "$D/edm.key" "$D/roster.csv" -o "$D/site.edm" >"$D/build.out" 2>&1
check "edm build writes the roster" test -s "$D/site.edm"
"$BIN" edm stats "$D/site.edm" >"$D/stats.out" 2>&1
check "edm stats prints records, fields, build date and key id" \
  bash -c "grep -q '^records: 3' '$D/stats.out' && grep -q '^  mrn kind=digits role=primary' '$D/stats.out' && grep -q '^built: ' '$D/stats.out' && grep -q '^key id: [0-9a-f]\{16\}' '$D/stats.out'"
printf 'Hi, please pull the chart 44-173-02 before clinic.\nNgozi Okafor (born March 3, 1961) came in.\n' >"$D/msg.txt"
"$BIN" edm test --key "$D/edm.key" "$D/site.edm" "$D/msg.txt" >"$D/test.out" 2>&1; rc=$?
check "edm test names the fields that matched (exit 1)" \
  bash -c "[ $rc -eq 1 ] && grep -q 'fields=dob,first_name,last_name,mrn' '$D/test.out' && grep -q 'MRN edm.patients high' '$D/test.out'"
"$BIN" edm test --key "$D/other.key" "$D/site.edm" "$D/msg.txt" >"$D/wrongkey.out" 2>&1; rc=$?
check "edm test with the wrong key fails naming the key ids" bash -c "[ $rc -eq 2 ] && grep -q 'wrong key file' '$D/wrongkey.out'"
printf 'mrn,first_name\n1,2\n' >"$D/bad.csv"
"$BIN" edm build --schema "$SCHEMA" --key "$D/edm.key" "$D/bad.csv" -o "$D/bad.edm" >"$D/bad.out" 2>&1; rc=$?
check "edm build with a schema/CSV mismatch names the line and column" bash -c "[ $rc -eq 1 ] && grep -q 'bad.csv:1: .*member_id' '$D/bad.out'"

printf 'version: 1\naudit: {sink: file, path: %s/audit.jsonl, format: json}\nedm:\n  - {file: %s/site.edm, key_file: %s/edm.key}\n' "$D" "$D" "$D" >"$D/good.yaml"
sed "s#$D/edm.key#$D/other.key#" "$D/good.yaml" >"$D/mismatch.yaml"
check "config check accepts a roster with its key" "$BIN" config check "$D/good.yaml"
"$BIN" config check "$D/mismatch.yaml" >"$D/mismatch.out" 2>&1; rc=$?
check "config check refuses a roster with another key (78)" bash -c "[ $rc -eq 78 ] && grep -q 'edm\[0\].*wrong key' '$D/mismatch.out'"

"$BIN" run --foreground --config "$D/good.yaml" --socket "inet:$PORT@127.0.0.1" >"$D/milter.log" 2>&1 &
PID=$!
for _ in $(seq 300); do (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break; sleep 0.1; done
mt() { MT_DIR=$HERE MT_SOCKET="inet:$PORT@127.0.0.1" EDM_BODY=$'Please pull 44-173-02 before clinic.\r\n' EDM_EXPECT=$1 \
         miltertest -s "$HERE/t-edm.lua" >>"$D/mt.log" 2>&1; }
check "the milter finds a roster MRN with no label" mt phi
head -c 300 "$D/site.edm" >"$D/site.edm.new" && mv "$D/site.edm.new" "$D/site.edm"
kill -HUP "$PID"
for _ in $(seq 100); do grep -q 'milter.reload_failed' "$D/milter.log" && break; sleep 0.1; done
check "a reload with a truncated roster fails and says why" bash -c "grep 'milter.reload_failed' '$D/milter.log' | grep -q 'site.edm: truncated'"
check "after the failed reload the old roster still matches" mt phi

leaks=0
for v in "${VALUES[@]}"; do
  for f in "$D"/*.out "$D/milter.log" "$D/audit.jsonl"; do grep -qF -- "$v" "$f" 2>/dev/null && { echo "# $v in $(basename "$f")"; leaks=1; }; done
done
check "no roster value in any output, log or audit record" [ $leaks -eq 0 ]
"$BIN" edm build --schema "$SCHEMA" --key "$D/edm.key" "$D/roster.csv" -o "$D/site2.edm" >/dev/null 2>&1
leaks=0
for v in "${VALUES[@]}"; do grep -qaF -- "$v" "$D/site2.edm" && { echo "# $v in site.edm"; leaks=1; }; done
check "no roster value in the .edm file (grep)" [ $leaks -eq 0 ]
[[ $FAIL -gt 0 ]] && sed 's/^/# /' "$D/mt.log" "$D/milter.log" | tail -20
echo "$PASS passed, $FAIL failed"
[[ $FAIL -eq 0 ]]
