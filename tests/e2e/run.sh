#!/usr/bin/env bash
# End-to-end tests of phi-milter: miltertest protocol scripts, then a private Postfix with
# smtp-sink relays, swaks clients, a kill -9 of the milter with mail in flight, and a search
# for PHI in every log and reply.
#
# Usage: tests/e2e/run.sh [--trigger] BIN
#   BIN        the built phi-milter
#   --trigger  (or PHI_E2E_TRIGGER=1) run the milter with the test-only PHI_MILTER_TEST_TRIGGER hook,
#              which flags a body containing the SSN literal; for use before the real detector is wired.
#              Checks that need real MIME decoding (docx, base64) are skipped in that mode.
# Needs root (Postfix runs as its own users), Debian packages postfix, swaks, miltertest, python3.
# Everything listens on 127.0.0.1 only and is stopped on exit. Ports: PHI_E2E_PORT (default 28000) + 0..99.
# Prints `ok - NAME` / `not ok - NAME` per check and `N passed, M failed`; exits 1 on any failure.
set -uo pipefail

TRIGGER=${PHI_E2E_TRIGGER:-0}
if [[ "${1:-}" == "--trigger" ]]; then TRIGGER=1; shift; fi
BIN=$(realpath "${1:?usage: run.sh [--trigger] BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${PHI_E2E_PORT:-28000}
SSN=536-90-4399
IDENTIFIERS=("$SSN" "Maria Lopez" "03/14/1962" "536904399")

D=$(mktemp -d /tmp/phi-e2e.XXXXXX)
chmod 755 "$D"
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }
skip() { echo "ok - $1 # SKIP $2"; PASS=$((PASS + 1)); }

P_MAIN=$((BASE + 90)); P_REJECT=$((BASE + 91)); P_TEMPFAIL=$((BASE + 92)); P_QUAR=$((BASE + 93))
S_MAIN=$((BASE + 25)); S_REJECT=$((BASE + 26)); S_QUAR=$((BASE + 27)); S_TEMPFAIL=$((BASE + 28))
SINK=$((BASE + 61)); GW=$((BASE + 62))

# MILTER_PID (name -> pid), the cleanup of $D and its trap.
. "$HERE/../lib/e2e-cleanup.sh"

# --- milter instances -----------------------------------------------------------------------
write_config() { # NAME EXTRA-YAML
  cat > "$D/$1.yaml" <<YAML
audit: {sink: file, path: $D/audit.jsonl, format: json}
$2
YAML
}
write_config main ""
write_config reject "policy: {external: {phi: [reject]}}"
write_config tempfail "policy: {external: {phi: [tempfail]}}"
write_config quarantine $'policy: {external: {phi: [quarantine, encrypt]}}\nactions: {subject_tag: "[secure]"}'

start_milter() { # NAME PORT
  local env=()
  [[ $TRIGGER == 1 ]] && env=(PHI_MILTER_TEST_TRIGGER="$SSN")
  env "${env[@]}" "$BIN" run --foreground --config "$D/$1.yaml" --socket "inet:$2@127.0.0.1" \
    >>"$D/milter-$1.log" 2>&1 &
  MILTER_PID[$1]=$!
  disown "$!"
  for _ in $(seq 300); do
    (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "# milter $1 did not start"; cat "$D/milter-$1.log"; return 1
}
start_milter main $P_MAIN && start_milter reject $P_REJECT && start_milter tempfail $P_TEMPFAIL \
  && start_milter quarantine $P_QUAR || { notok "milters start"; echo "$PASS passed, $FAIL failed"; exit 1; }
ok "milters start"

# --- a. protocol tests through miltertest ---------------------------------------------------
mtest() { # NAME PORT SCRIPT [VAR=VALUE...]
  local name=$1 port=$2 script=$3; shift 3
  if env MT_DIR="$HERE" MT_SOCKET="inet:$port@127.0.0.1" MT_SSN="$SSN" "$@" \
      miltertest -s "$HERE/$script" >"$D/mt-$name.log" 2>&1; then ok "miltertest $name"
  else notok "miltertest $name"; sed 's/^/# /' "$D/mt-$name.log"; fi
}
mtest negotiation $P_MAIN t-negotiate.lua
mtest "clean message with macros" $P_MAIN t-clean.lua
for c in 1 7 4096 65535; do
  mtest "PHI in $c-byte body chunks, duplicate forged headers removed" $P_MAIN t-phi-chunks.lua MT_CHUNK=$c
done
mtest "reject policy sends a reply code" $P_REJECT t-reply.lua
mtest "tempfail policy sends a reply code" $P_TEMPFAIL t-reply.lua
mtest "quarantine and subject tag" $P_QUAR t-quarantine.lua
mtest "close without data" $P_MAIN t-close.lua
# SIGTERM with a message in flight: the message is finished, then the milter exits.
P_DRAIN=$((BASE + 94))
write_config drain ""
start_milter drain $P_DRAIN
MT_DIR="$HERE" MT_SOCKET="inet:$P_DRAIN@127.0.0.1" miltertest -s "$HERE/t-drain.lua" >"$D/mt-drain.log" 2>&1 &
drain_client=$!
sleep 1.2
kill -TERM "${MILTER_PID[drain]}"
check "SIGTERM finishes the message in flight" wait $drain_client
stopped=0
for _ in $(seq 150); do kill -0 "${MILTER_PID[drain]}" 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
check "SIGTERM then stops the milter" bash -c "test $stopped = 1 && grep -q milter.stopped '$D/milter-drain.log'"
check "macro i reaches the audit record" grep -q '"queue_id":"MTCLEAN1"' "$D/audit.jsonl"

# SIGUSR1 reloads the policy; a broken config keeps the old one.
P_RELOAD=$((BASE + 95))
write_config reload "policy: {external: {phi: [reject]}}"
start_milter reload $P_RELOAD
mtest "reload: reject policy before" $P_RELOAD t-reply.lua
write_config reload "policy: {external: {phi: [encrypt, tag]}}"
# Waits (at most 30 s: loading the packs takes a few seconds on a busy machine) for LINE in LOG.
await_log() { for _ in $(seq 300); do grep -q "$2" "$1" && return 0; sleep 0.1; done; return 1; }
kill -HUP "${MILTER_PID[reload]}"; await_log "$D/milter-reload.log" milter.reloaded
check "SIGHUP reloads instead of stopping" bash -c "kill -0 ${MILTER_PID[reload]} && grep -q milter.reloaded '$D/milter-reload.log'"
mtest "reload: encrypt policy after SIGHUP" $P_RELOAD t-phi-chunks.lua MT_CHUNK=4096
echo "policy: {external: {phi: [explode]}}" > "$D/reload.yaml"
kill -USR1 "${MILTER_PID[reload]}"; await_log "$D/milter-reload.log" milter.reload_failed
check "reload: a broken config is refused and logged" grep -q milter.reload_failed "$D/milter-reload.log"
mtest "reload: the old policy stays after a broken config" $P_RELOAD t-phi-chunks.lua MT_CHUNK=4096

# --- b. a private Postfix --------------------------------------------------------------------
python3 "$HERE/fixtures.py" "$D" 30
# shellcheck source=../lib/private-postfix.sh
. "$HERE/../lib/private-postfix.sh"
private_postfix_init "$D" ci.example.test "$SINK"
mkdir -p "$D/sink" "$D/gw"
chown postfix "$D/sink" "$D/gw"
cat >> "$D/etc/main.cf" <<CF
smtpd_milters = { inet:127.0.0.1:$P_MAIN, default_action=tempfail }
milter_header_checks = regexp:$D/etc/milter_header_checks
minimal_backoff_time = 1s
maximal_backoff_time = 2s
queue_run_delay = 1s
CF
echo "/^X-PHI-Encrypt:[[:space:]]*required/ FILTER encrypt:[127.0.0.1]:$GW" > "$D/etc/milter_header_checks"
postconf -c "$D/etc" -M "127.0.0.1:$S_MAIN/inet = 127.0.0.1:$S_MAIN inet n - n - - smtpd"
postconf -c "$D/etc" -M "127.0.0.1:$S_REJECT/inet = 127.0.0.1:$S_REJECT inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$P_REJECT"
postconf -c "$D/etc" -M "127.0.0.1:$S_QUAR/inet = 127.0.0.1:$S_QUAR inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$P_QUAR"
postconf -c "$D/etc" -M "127.0.0.1:$S_TEMPFAIL/inet = 127.0.0.1:$S_TEMPFAIL inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$P_TEMPFAIL"
. "$HERE/../lib/e2e-postfix.sh"
start_with_sinks $S_MAIN

send() { # PORT FILE LOG: one SMTP transaction; server replies only in LOG
  swaks --server 127.0.0.1:"$1" --from sender@ci.example.test --to bob@remote.test --data @"$2" \
    --hide-send --hide-informational --timeout 60 >>"$3" 2>&1
}
# Waits until a dump containing Message-ID <NAME@e2e.test> is in DIR; prints its path.
arrived() { # DIR NAME
  for _ in $(seq 200); do
    local f; f=$(grep -l -F "<$2@e2e.test>" "$1"/* 2>/dev/null | head -1)
    [[ -n $f ]] && { echo "$f"; return 0; }
    sleep 0.1
  done
  return 1
}

send $S_MAIN "$D/phi.eml" "$D/replies.log"
f=$(arrived "$D/gw" phi)
check "PHI to an external recipient reaches the encryption gateway" test -n "$f"
check "it carries X-PHI-Scan: phi and X-PHI-Encrypt: required" \
  bash -c "grep -q '^X-PHI-Scan: phi;' '$f' && grep -q '^X-PHI-Encrypt: required' '$f'"

send $S_MAIN "$D/clean.eml" "$D/replies.log"
f=$(arrived "$D/sink" clean)
check "a clean message reaches the normal relay with X-PHI-Scan: clean" \
  bash -c "test -n '$f' && grep -q '^X-PHI-Scan: clean;' '$f' && ! grep -q '^X-PHI-Encrypt' '$f'"

send $S_MAIN "$D/forged.eml" "$D/replies.log"
f=$(arrived "$D/gw" forged)
check "forged X-PHI-Scan and X-PHI-Encrypt are replaced" \
  bash -c "test -n '$f' && [[ \$(grep -c '^X-PHI-Scan:' '$f') == 1 ]] && grep -q '^X-PHI-Scan: phi;' '$f' \
           && ! grep -q 'clean; forged' '$f' && ! grep -q 'X-PHI-Encrypt: no' '$f' && [[ \$(grep -c '^X-PHI-Encrypt:' '$f') == 1 ]]"

send $S_MAIN "$D/tlsno.eml" "$D/tlsno.log"; cat "$D/tlsno.log" >> "$D/replies.log"
check "PHI with TLS-Required: No is refused with 550 5.7.1" grep -q '550 5.7.1' "$D/tlsno.log"

send $S_REJECT "$D/reject.eml" "$D/reject.log"; cat "$D/reject.log" >> "$D/replies.log"
check "a reject policy answers 550 5.7.1" grep -q '550 5.7.1' "$D/reject.log"
send $S_TEMPFAIL "$D/tempfail.eml" "$D/tempfail.log"; cat "$D/tempfail.log" >> "$D/replies.log"
check "a tempfail policy answers 451 4.7.1" grep -q '451 4.7.1' "$D/tempfail.log"

send $S_QUAR "$D/quarantine.eml" "$D/replies.log"
held=0
for _ in $(seq 50); do
  postqueue -c "$D/etc" -j 2>/dev/null | grep -q '"queue_name": *"hold"' && { held=1; break; }
  sleep 0.2
done
check "a quarantine policy puts the message in the hold queue" test $held = 1

send $S_MAIN "$D/big.eml" "$D/replies.log"
f=$(arrived "$D/gw" big)
check "PHI at the end of a 5 MB message is caught" bash -c "test -n '$f' && grep -q '^X-PHI-Scan: phi;' '$f'"

for kind in docx b64; do
  if [[ $TRIGGER == 1 ]]; then skip "PHI in $kind is caught" "needs the real detector (run without --trigger)"; continue; fi
  send $S_MAIN "$D/$kind.eml" "$D/replies.log"
  f=$(arrived "$D/gw" "$kind")
  check "PHI in $kind is caught" bash -c "test -n '$f' && grep -q '^X-PHI-Scan: phi;' '$f'"
done

send $S_MAIN "$D/rtf-hostile.eml" "$D/replies.log"
f=$(arrived "$D/gw" rtf-hostile)
check "a hostile RTF attachment is scanned (PHI found), not a crash" bash -c "test -n '$f' && grep -q '^X-PHI-Scan: phi;' '$f'"
send $S_MAIN "$D/after-rtf.eml" "$D/replies.log"
f=$(arrived "$D/sink" after-rtf)
check "the same milter process serves the next message" \
  bash -c "test -n '$f' && grep -q '^X-PHI-Scan: clean;' '$f' && kill -0 ${MILTER_PID[main]}"
send $S_MAIN "$D/xheader.eml" "$D/replies.log"
f=$(arrived "$D/gw" xheader)
check "PHI in an X- header is found" bash -c "test -n '$f' && grep -q '^X-PHI-Scan: phi;' '$f'"

# --- c. nothing lost when the milter is killed with mail in flight ---------------------------
retry_send() { # NAME: retries until the server accepts, at most 60 tries
  for _ in $(seq 60); do
    if swaks --server 127.0.0.1:$S_MAIN --from sender@ci.example.test --to bob@remote.test \
        --data @"$D/$1.eml" --hide-send --hide-informational --timeout 30 >>"$D/kill-replies.log" 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}
pids=()
for i in $(seq 0 29); do
  retry_send "kill-$i" & pids+=($!)
  sleep 0.1
  [[ $i == 8 ]] && kill -9 "${MILTER_PID[main]}"
  if [[ $i == 22 ]]; then
    # What the killed milter left in its private temp directory is removed when it starts again.
    work=$(sed -n 's/.*milter.workdir workdir=\([^ ]*\).*/\1/p' "$D/milter-main.log" | tail -1)
    [[ -n $work && -d $work ]] && touch "$work/phi-extract-left-by-kill"
    start_milter main $P_MAIN || notok "milter restarts"
  fi
done
sent=0
for p in "${pids[@]}"; do wait "$p" && sent=$((sent + 1)); done
check "all 30 clients got their message accepted in the end" test $sent = 30
check "after kill -9 and restart no phi-extract-* file remains in the private temp directory" \
  bash -c "test -n '$work' && test -d '$work' && ! ls '$work' | grep -q phi-extract"
check "clients saw 4xx while the milter was down" grep -qE '^ *<[-~*]* *4[0-9][0-9]' "$D/kill-replies.log"
for _ in $(seq 100); do
  n=$(cat "$D"/sink/* "$D"/gw/* 2>/dev/null | grep -ohE '^Message-ID: <kill-[0-9]+@e2e.test>' | sort -u | wc -l)
  [[ $n -ge 30 ]] && break; sleep 0.2
done
total=$(cat "$D"/sink/* "$D"/gw/* 2>/dev/null | grep -ohE '^Message-ID: <kill-[0-9]+@e2e.test>' | wc -l)
distinct=$(cat "$D"/sink/* "$D"/gw/* 2>/dev/null | grep -ohE '^Message-ID: <kill-[0-9]+@e2e.test>' | sort -u | wc -l)
check "every message arrived exactly once ($distinct distinct, $total copies)" test "$distinct" = 30 -a "$total" = 30
cat "$D/kill-replies.log" >> "$D/replies.log"

# --- d. no PHI in any log or reply -----------------------------------------------------------
sleep 0.5
for id in "${IDENTIFIERS[@]}"; do
  hits=$(cat "$D/maillog" "$D/audit.jsonl" "$D"/milter-*.log "$D/replies.log" "$D"/mt-*.log 2>/dev/null | grep -cF -- "$id")
  check "no '${id:0:3}...' in mail log, audit log, milter logs or SMTP replies" test "$hits" = 0
done
check "Postfix's queue id and client reach the audit record" python3 -c "
import json
r = [json.loads(l) for l in open('$D/audit.jsonl')]
p = [x for x in r if x['message_id'] == '<phi@e2e.test>']
assert p and p[0]['queue_id'] and p[0]['client'].endswith('[127.0.0.1]') and p[0]['verdict'] == 'phi', p"
check "the audit log has one JSON object per line" \
  python3 -c "import json,sys; [json.loads(l) for l in open('$D/audit.jsonl')]"

kill -TERM "${MILTER_PID[reject]}"
stopped=0
for _ in $(seq 100); do kill -0 "${MILTER_PID[reject]}" 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
check "SIGTERM stops the milter within 10 s" bash -c "test $stopped = 1 && grep -q milter.stopped '$D/milter-reject.log'"

echo "$PASS passed, $FAIL failed"
[[ $FAIL == 0 ]]
