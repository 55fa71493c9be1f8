#!/usr/bin/env bash
# End-to-end tests of the metrics endpoint and the compliance audit trail (issue 13), through
# miltertest against real phi-milter processes: counters after mail has flowed, checked by name
# and value; `promtool check metrics` on the scrape; /healthz; reload and rotation; a full disk
# (/dev/full as the audit file) tempfails and is counted; fingerprints equal across a restart
# and across two instances with one key file, and different without one; CEF lines.
#
# Usage: tests/e2e/metrics-audit.sh BIN
# Needs the Debian packages miltertest, prometheus (promtool), python3 and curl. No root needed.
# Everything listens on 127.0.0.1 only and is stopped on exit.
# Ports: PHI_E2E_PORT (default 28000) + 100..169.
# Prints `ok - NAME` / `not ok - NAME` per check and `N passed, M failed`; exits 1 on any failure.
set -uo pipefail

BIN=$(realpath "${1:?usage: metrics-audit.sh BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(( ${PHI_E2E_PORT:-28000} + 100 ))
SSN=536-90-4399

D=$(mktemp -d /tmp/phi-obs.XXXXXX)
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }

declare -A PID
cleanup() {
  for p in "${PID[@]}"; do kill "$p" 2>/dev/null; done
  for _ in $(seq 80); do
    local alive=0
    for p in "${PID[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.1
  done
  for p in "${PID[@]}"; do kill -9 "$p" 2>/dev/null; done
  if [[ -n "${PHI_E2E_KEEP:-}" ]]; then echo "# kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT

head -c 32 /dev/urandom > "$D/hmac.key"
chmod 600 "$D/hmac.key"

# NAME MILTER-PORT METRICS-PORT EXTRA-YAML: writes NAME.yaml
config() {
  cat > "$D/$1.yaml" <<YAML
site: {hmac_key_file: "$D/hmac.key", internal_domains: [example.test]}
audit: {sink: file, path: "$D/audit-$1.log"}
metrics: {enabled: true, listen: "127.0.0.1:$3"}
$4
YAML
}
# NAME MILTER-PORT METRICS-PORT: starts and waits for the milter port and /healthz.
start() {
  "$BIN" run --config "$D/$1.yaml" --socket "inet:$2@127.0.0.1" >>"$D/milter-$1.log" 2>&1 &
  PID[$1]=$!
  for _ in $(seq 300); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null && [[ $(curl -s "http://127.0.0.1:$3/healthz") == ok ]]; then
      return 0
    fi
    kill -0 "${PID[$1]}" 2>/dev/null || break
    sleep 0.1
  done
  echo "# milter $1 did not start"; sed 's/^/# /' "$D/milter-$1.log"; return 1
}
stop() { # NAME
  kill -TERM "${PID[$1]}" 2>/dev/null
  for _ in $(seq 150); do kill -0 "${PID[$1]}" 2>/dev/null || { unset "PID[$1]"; return 0; }; sleep 0.1; done
  return 1
}
mt() { # PORT SCRIPT [VAR=VALUE...]
  local port=$1 script=$2; shift 2
  env MT_DIR="$HERE" MT_SOCKET="inet:$port@127.0.0.1" MT_SSN="$SSN" "$@" miltertest -s "$HERE/$script" \
    >>"$D/mt.log" 2>&1
}
scrape() { curl -sf "http://127.0.0.1:$1/metrics"; }
# PORT SERIES: the value of one series (as written, labels in order), empty when absent.
value() { scrape "$1" | awk -v s="$2" '$1 == s { print $2 }'; }
is() { [[ $(value "$1" "$2") == "$3" ]] || { echo "# $2 = '$(value "$1" "$2")', wanted $3"; return 1; }; }
await_log() { for _ in $(seq 300); do grep -q "$2" "$1" && return 0; sleep 0.1; done; return 1; }
# FILE: the fingerprint of the first SSN sample in the last record that has one.
fingerprint() {
  python3 -c "
import json, sys
fp = ''
for line in open('$1'):
    for s in json.loads(line).get('samples', []):
        if s['type'] == 'SSN': fp = s['fingerprint']; break
print(fp)"
}

# --- metrics after mail has flowed -----------------------------------------------------------
MA=$((BASE + 50)); PA=$BASE
config a $PA $MA ""
start a $PA $MA || { notok "milter a starts"; echo "$PASS passed, $FAIL failed"; exit 1; }
ok "milter a starts and /healthz answers ok"
check "a clean message passes" mt $PA t-clean.lua
check "a PHI message is encrypted" mt $PA t-phi-chunks.lua MT_CHUNK=4096
check "a second PHI message is encrypted" mt $PA t-phi-chunks.lua MT_CHUNK=7
scrape $MA > "$D/metrics-a.txt"
check "messages_total counts the clean message as accept" is $MA 'phi_milter_messages_total{verdict="clean",action="accept"}' 1
check "messages_total counts both PHI messages as encrypt" is $MA 'phi_milter_messages_total{verdict="phi",action="encrypt"}' 2
check "findings_total counts one SSN per PHI message" is $MA 'phi_milter_findings_total{type="SSN"}' 2
check "the scan histogram saw three scans" is $MA 'phi_milter_scan_duration_seconds_count' 3
check "scanned bytes are counted" bash -c "[[ \$(awk '\$1 == \"phi_milter_scanned_bytes_total\" { print \$2 }' '$D/metrics-a.txt') -gt 200 ]]"
check "no tempfail and no audit failure" bash -c "! grep -E '^phi_milter_(tempfails|audit_failures)_total.* [1-9]' '$D/metrics-a.txt'"
check "build_info carries the version" grep -qE '^phi_milter_build_info\{version="[0-9]' "$D/metrics-a.txt"
check "the in-flight gauges are back to 0" bash -c "grep -q '^phi_milter_messages_in_flight 0' '$D/metrics-a.txt' && grep -q '^phi_milter_scans_in_flight 0' '$D/metrics-a.txt'"
if command -v promtool >/dev/null; then
  check "promtool check metrics accepts the scrape" bash -c "promtool check metrics < '$D/metrics-a.txt' > '$D/promtool.log' 2>&1"
  sed 's/^/# /' "$D/promtool.log"
else
  notok "promtool check metrics accepts the scrape (promtool missing: scripts/deps.sh installs prometheus)"
fi
check "no PHI in the scrape" bash -c "! grep -qE '$SSN|Maria|536904399' '$D/metrics-a.txt'"
check "unknown paths answer 404" bash -c "[[ \$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$MA/nope) == 404 ]]"

config busy $((BASE + 9)) $MA ""
timeout 120 "$BIN" run --config "$D/busy.yaml" --socket "inet:$((BASE + 9))@127.0.0.1" >"$D/milter-busy.log" 2>&1
rc=$?
check "a metrics port in use stops the start with exit 71 naming the address" \
  bash -c "test $rc = 71 && grep -q 'metrics.bind 127.0.0.1:$MA' '$D/milter-busy.log'"

# --- audit records -----------------------------------------------------------------------------
check "records carry host, direction, skip reason, mode and pack versions" python3 -c "
import json, socket
r = [json.loads(l) for l in open('$D/audit-a.log')]
assert len(r) == 3, len(r)
for x in r:
    assert x['host'] == socket.gethostname(), x['host']
    assert x['direction'] == 'outbound', x['direction']
    assert x['mode'] == 'enforce' and x['skip_reason'] == ''
    assert x['packs'] and all('@' in p for p in x['packs']), x['packs']
    assert x['sender'] == 'sender@example.test' and x['recipients'] == ['bob@remote.test']"
FP1=$(fingerprint "$D/audit-a.log")
check "the SSN sample has a fingerprint" test -n "$FP1"

# --- reload and rotation -----------------------------------------------------------------------
mv "$D/audit-a.log" "$D/audit-a.log.1"
kill -USR1 "${PID[a]}"; await_log "$D/milter-a.log" milter.reloaded
check "SIGUSR1 counts a successful reload" is $MA 'phi_milter_config_reloads_total{result="success"}' 1
mt $PA t-clean.lua
check "after rotation and SIGUSR1 the next record goes to a new file" \
  bash -c "[[ \$(wc -l < '$D/audit-a.log') == 1 && \$(wc -l < '$D/audit-a.log.1') == 3 ]]"
echo "audit: {sink: bogus}" >> "$D/a.yaml"
kill -HUP "${PID[a]}"; await_log "$D/milter-a.log" milter.reload_failed
check "a broken config counts a failed reload" is $MA 'phi_milter_config_reloads_total{result="failure"}' 1
config a $PA $MA ""

# --- fingerprints: restart, a second instance, no key -----------------------------------------
stop a
start a $PA $MA
mt $PA t-phi-chunks.lua MT_CHUNK=4096
check "the same SSN has the same fingerprint after a restart" test "$(fingerprint "$D/audit-a.log")" = "$FP1"
check "counters start again at 0 after a restart" is $MA 'phi_milter_messages_total{verdict="phi",action="encrypt"}' 1
PB=$((BASE + 1)); MB=$((BASE + 51))
config b $PB $MB ""
start b $PB $MB
mt $PB t-phi-chunks.lua MT_CHUNK=4096
check "a second instance with the same key file gives the same fingerprint" test "$(fingerprint "$D/audit-b.log")" = "$FP1"
stop b
PN=$((BASE + 2)); MN=$((BASE + 52))
config n $PN $MN ""
sed -i 's/hmac_key_file: "[^"]*"/hmac_key_file: ""/' "$D/n.yaml"
start n $PN $MN
mt $PN t-phi-chunks.lua MT_CHUNK=4096
FPN=$(fingerprint "$D/audit-n.log")
check "without a key file the fingerprint differs" bash -c "test -n '$FPN' && test '$FPN' != '$FP1'"
check "without a key file the milter warns at start" grep -q milter.hmac_key_random "$D/milter-n.log"
stop n

# --- a full disk: /dev/full as the audit file --------------------------------------------------
PF=$((BASE + 3)); MF=$((BASE + 53))
config f $PF $MF ""
sed -i "s|path: \"$D/audit-f.log\"|path: /dev/full|" "$D/f.yaml"
start f $PF $MF
check "a PHI message whose record cannot be written gets a reply code (tempfail)" mt $PF t-reply.lua
check "the audit failure is counted" is $MF 'phi_milter_audit_failures_total' 1
check "the tempfail is counted with cause audit" is $MF 'phi_milter_tempfails_total{cause="audit"}' 1
check "messages_total shows the message as tempfailed" is $MF 'phi_milter_messages_total{verdict="phi",action="tempfail"}' 1
check "the failure is logged with its code and no PHI" \
  bash -c "grep -q 'audit.write_failed' '$D/milter-f.log' && ! grep -q '$SSN' '$D/milter-f.log'"
stop f
PG=$((BASE + 4)); MG=$((BASE + 54))
config g $PG $MG ""
sed -i "s|audit: {sink: file, path: \"$D/audit-g.log\"}|audit: {sink: file, path: /dev/full, on_failure: accept}|" "$D/g.yaml"
start g $PG $MG
check "with on_failure: accept the message passes" mt $PG t-phi-chunks.lua MT_CHUNK=4096
check "and the audit failure is still counted" is $MG 'phi_milter_audit_failures_total' 1
stop g

# --- CEF ---------------------------------------------------------------------------------------
PC=$((BASE + 5)); MC=$((BASE + 55))
config c $PC $MC ""
sed -i "s|audit: {sink: file, path: \"$D/audit-c.log\"}|audit: {sink: file, path: \"$D/audit-c.log\", format: cef}|" "$D/c.yaml"
start c $PC $MC
mt $PC t-phi-chunks.lua MT_CHUNK=4096
check "format: cef writes CEF lines naming the verdict, sender and types" \
  bash -c "grep -q '^CEF:0|phi-milter|phi-milter|[^|]*|phi|PHI scan phi|7|' '$D/audit-c.log' \
           && grep -q 'suser=sender@example.test' '$D/audit-c.log' && grep -qE 'cs3=([A-Z_0-9]+,)*SSN' '$D/audit-c.log'"
stop c

# --- draining: /healthz says 503 and refused connections are counted ---------------------------
PD=$((BASE + 6)); MD=$((BASE + 56))
config d $PD $MD ""
start d $PD $MD
env MT_DIR="$HERE" MT_SOCKET="inet:$PD@127.0.0.1" miltertest -s "$HERE/t-drain.lua" >>"$D/mt.log" 2>&1 &
drain_client=$!
sleep 1.2
kill -TERM "${PID[d]}"
sleep 0.3
check "while draining, /healthz answers 503" bash -c "[[ \$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$MD/healthz) == 503 ]]"
env MT_DIR="$HERE" MT_SOCKET="inet:$PD@127.0.0.1" timeout 5 miltertest -s "$HERE/t-clean.lua" >>"$D/mt.log" 2>&1 &
refused_client=$!
sleep 0.8
n=$(value $MD 'phi_milter_tempfails_total{cause="draining"}')
check "refusals while draining are counted as draining tempfails ($n)" test "${n:-0}" -ge 1
wait $refused_client; rc=$?
check "while draining, a new message does not pass" test $rc != 0
check "the message in flight is still finished" wait $drain_client
stop d

check "no SSN in any audit file, log or scrape" \
  bash -c "! cat '$D'/audit-* '$D'/milter-*.log '$D/metrics-a.txt' 2>/dev/null | grep -qE '$SSN|536904399'"
check "SIGTERM stops milter a" stop a

echo "$PASS passed, $FAIL failed"
[[ $FAIL == 0 ]]
