#!/usr/bin/env bash
# Scale-out recipe test: two private Postfix instances use a pool of two phi-milter instances behind HAProxy
# (contrib/haproxy/phi-milter.cfg, TCP mode, milter health check) with one shared HMAC key file.
# 500 messages are sent by 8 retrying SMTP clients; one instance is killed (-9) mid-run. Every
# message must be accepted exactly once (after tempfails and retries) and arrive exactly once at
# the sinks (counted by Message-ID), PHI at the gateway, clean mail at the relay; the fingerprints
# of one SSN are equal in both instances' audit records; a hung instance fails the health check;
# with the whole pool down mail tempfails.
# Usage: tests/e2e/scaleout.sh BIN. Needs root, postfix, haproxy, python3.
# Ports: PHI_E2E_PORT (default 28000) + 200..249. Bounded: the load run gives up after 150 s.
set -uo pipefail
BIN=$(realpath "${1:?usage: scaleout.sh BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(( ${PHI_E2E_PORT:-28000} + 200 ))
COUNT=${PHI_SCALEOUT_COUNT:-500}
D=$(mktemp -d /tmp/phi-scale.XXXXXX)
chmod 755 "$D"
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }

M1=$((BASE + 0)); M2=$((BASE + 1)); FRONT=$((BASE + 10)); SMTPD=$((BASE + 20)); SMTPD2=$((BASE + 21)); RELAY=$((BASE + 30)); GW=$((BASE + 31))
declare -A MPID
OTHER=(); MTAS=()
cleanup() {
  for m in "${MTAS[@]}"; do postfix -c "$m/etc" stop >/dev/null 2>&1; done
  for p in "${MPID[@]}" "${OTHER[@]}"; do kill "$p" 2>/dev/null; done
  sleep 0.5
  for p in "${MPID[@]}" "${OTHER[@]}"; do kill -9 "$p" 2>/dev/null; done
  if [[ -n "${PHI_E2E_KEEP:-}" ]]; then echo "# kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT

# --- the pool: two instances, one config, one key ----------------------------------------------
head -c 32 /dev/urandom > "$D/hmac.key"
chmod 600 "$D/hmac.key"
for n in 1 2; do
  cat > "$D/m$n.yaml" <<YAML
site: {hmac_key_file: $D/hmac.key}
audit: {sink: file, path: $D/audit-m$n.jsonl, format: json}
YAML
done
start_milter() { # N PORT
  "$BIN" run --foreground --config "$D/m$1.yaml" --socket "inet:$2@127.0.0.1" >>"$D/milter-m$1.log" 2>&1 &
  MPID[$1]=$!
  for _ in $(seq 300); do (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null && return 0; sleep 0.1; done
  echo "# milter m$1 did not start"; sed 's/^/# /' "$D/milter-m$1.log"; return 1
}
start_milter 1 $M1 && start_milter 2 $M2 || { notok "milters start"; echo "$PASS passed, $FAIL failed"; exit 1; }

# contrib's HAProxy config with this test's addresses.
sed -e "s/bind 127.0.0.1:8890/bind 127.0.0.1:$FRONT/" -e "s/milter1.example.org:8890/127.0.0.1:$M1/" \
    -e "s/milter2.example.org:8890/127.0.0.1:$M2/" "$HERE/../../contrib/haproxy/phi-milter.cfg" > "$D/haproxy.cfg"
check "HAProxy accepts contrib's config" haproxy -c -q -f "$D/haproxy.cfg"
haproxy -db -f "$D/haproxy.cfg" >>"$D/haproxy.log" 2>&1 &
OTHER+=($!)
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$FRONT) 2>/dev/null && break; sleep 0.1; done

# --- two MTAs using the pool -------------------------------------------------------------------
# shellcheck source=../lib/private-postfix.sh
. "$HERE/../lib/private-postfix.sh"
mkdir -p "$D/relay" "$D/gw"
chown postfix "$D/relay" "$D/gw"
smtp-sink -u postfix -d "$D/relay/%M." 127.0.0.1:$RELAY 100 & OTHER+=($!)
smtp-sink -u postfix -d "$D/gw/%M." 127.0.0.1:$GW 100 & OTHER+=($!)
start_mta() { # DIR PORT
  private_postfix_init "$1" "mta$2.example.test" "$RELAY"
  cat >> "$1/etc/main.cf" <<CF
smtpd_milters = { inet:127.0.0.1:$FRONT, default_action=tempfail, connect_timeout=5s, command_timeout=10s, content_timeout=30s }
milter_header_checks = regexp:$1/etc/phi_milter_header_checks
minimal_backoff_time = 1s
maximal_backoff_time = 2s
queue_run_delay = 1s
CF
  echo "/^X-PHI-Encrypt:[[:space:]]*required/ FILTER encrypt:[127.0.0.1]:$GW" > "$1/etc/phi_milter_header_checks"
  postconf -c "$1/etc" -M "127.0.0.1:$2/inet = 127.0.0.1:$2 inet n - n - - smtpd"
  postconf -c "$1/etc" -M 'encrypt/unix = encrypt unix - - n - - smtp'
  MTAS+=("$1")
  postfix -c "$1/etc" check && postfix -c "$1/etc" start >/dev/null 2>&1 || return 1
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null && return 0; sleep 0.1; done
  return 1
}
if start_mta "$D/mta1" $SMTPD && start_mta "$D/mta2" $SMTPD2; then ok "two postfix instances start"
else notok "two postfix instances start"; echo "$PASS passed, $FAIL failed"; exit 1; fi

ids_at() { cat "$D"/relay/* "$D"/gw/* 2>/dev/null | grep -ohE '^Message-ID: <load-[0-9]+@e2e.test>'; }

# --- 500 messages over both MTAs, one instance killed once a fifth of them has arrived --------------------------
python3 "$HERE/smtp_load.py" 127.0.0.1 $SMTPD,$SMTPD2 "$COUNT" 8 150 "$D/load.json" &
load=$!
for _ in $(seq 600); do [[ $(ids_at | wc -l) -ge $((COUNT / 5)) ]] && break; sleep 0.1; done
killed_at=$(ids_at | wc -l)
kill -9 "${MPID[1]}"
wait $load
for _ in $(seq 300); do [[ $(ids_at | sort -u | wc -l) -ge $COUNT ]] && break; sleep 0.2; done
sleep 1
total=$(ids_at | wc -l); distinct=$(ids_at | sort -u | wc -l)
echo "# m1 killed after $killed_at arrivals; client: $(cat "$D/load.json" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("accepted %d, tempfails %d, failures %d, left %d, %.1f s" % (len(r["accepted"]), r["tempfails"], r["failures"], r["left"], r["seconds"]))')"
check "every message was accepted exactly once, none given up" python3 -c "
import json
r = json.load(open('$D/load.json'))
assert r['left'] == 0 and r['failures'] == 0 and len(r['accepted']) == $COUNT and set(r['accepted'].values()) == {1}, r"
check "the kill made sessions tempfail and their clients retry" python3 -c "
import json; assert json.load(open('$D/load.json'))['tempfails'] > 0"
check "every message arrived exactly once ($distinct distinct, $total copies)" test "$distinct" = "$COUNT" -a "$total" = "$COUNT"
check "PHI went to the gateway and clean mail to the relay" bash -c "
  [[ \$(grep -l '^X-PHI-Encrypt: required' '$D'/gw/* | wc -l) == $((COUNT / 5)) ]] && ! grep -lq '^X-PHI-Scan: phi' '$D'/relay/*"
check "both instances scanned mail before the kill" bash -c "test -s '$D/audit-m1.jsonl' -a -s '$D/audit-m2.jsonl'"
check "one SSN has the same fingerprint on both instances (shared key file)" python3 -c "
fps = []
import json
for n in (1, 2):
    s = {x['fingerprint'] for l in open('$D/audit-m%d.jsonl' % n) for x in json.loads(l)['samples'] if x['type'] == 'SSN'}
    fps.append(s)
assert len(fps[0]) == 1 and fps[0] == fps[1], fps"
check "no message left in either MTA's queue" bash -c "[[ -z \$(postqueue -c '$D/mta1/etc' -j; postqueue -c '$D/mta2/etc' -j) ]]"
check "both MTAs passed mail through the pool" bash -c "grep -q 'milter-header-filter' '$D/mta1/maillog' && grep -q 'milter-header-filter' '$D/mta2/maillog'"

# --- a hung instance is taken out by the milter health check (a TCP connect alone would pass) ---
kill -STOP "${MPID[2]}"
down=0
for _ in $(seq 100); do grep -q 'milter2 is DOWN' "$D/haproxy.log" && { down=1; break; }; sleep 0.1; done
check "a hung instance (SIGSTOP: it still accepts connections) is marked down by the health check" test $down = 1

# --- the whole pool down: tempfail, then delivery once a host is back -----------------------------
kill -9 "${MPID[2]}"
sleep 0.5
printf 'From: sender@ci.example.test\nTo: bob@remote.test\nSubject: pool down\nMessage-ID: <pooldown@e2e.test>\n\nhello\n' > "$D/pooldown.eml"
swaks --server 127.0.0.1:$SMTPD --from sender@ci.example.test --to bob@remote.test --data @"$D/pooldown.eml" \
  --hide-send --hide-informational --timeout 30 > "$D/pooldown.log" 2>&1
check "with the whole pool down the MTA answers 4xx" grep -qE '^ *<[-~*]* *4[0-9][0-9]' "$D/pooldown.log"
start_milter 1 $M1
accepted=0
for _ in $(seq 30); do
  swaks --server 127.0.0.1:$SMTPD --from sender@ci.example.test --to bob@remote.test --data @"$D/pooldown.eml" \
    --hide-all --timeout 30 && { accepted=1; break; }
  sleep 1
done
check "once a host is back (health check) the retried message is accepted" test $accepted = 1

echo "$PASS passed, $FAIL failed"
[[ $FAIL == 0 ]]
