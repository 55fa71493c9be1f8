#!/usr/bin/env bash
# End-to-end tests of the policy rollout and scoping through a private Postfix: simulate mode
# delivers everything with only the scan header and records what it would have done; a Subject
# trigger encrypts a clean message and leaves the Subject without it; a 600-row patient list is
# rejected while a one-patient referral is encrypted; a partner domain is only tagged.
#
# Usage: tests/e2e/policy.sh BIN
# Needs root (Postfix runs as its own users), Debian packages postfix, swaks, python3.
# Everything listens on 127.0.0.1 only and is stopped on exit.
# Ports: PHI_E2E_PORT (default 28000) + 100..199, beside run.sh's + 0..99.
set -uo pipefail

BIN=$(realpath "${1:?usage: policy.sh BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(( ${PHI_E2E_PORT:-28000} + 100 ))
IDENTIFIERS=("Maria Lopez" "03/14/1962" "00482913")

D=$(mktemp -d /tmp/phi-e2e-policy.XXXXXX)
chmod 755 "$D"
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }

P_ENF=$((BASE + 90)); P_SIM=$((BASE + 91))
S_ENF=$((BASE + 25)); S_SIM=$((BASE + 26))
SINK=$((BASE + 61)); GW=$((BASE + 62))

# MILTER_PID (name -> pid), the cleanup of $D and its trap.
. "$HERE/../lib/e2e-cleanup.sh"

# --- milters: one enforcing the scoped policy, one simulating it ------------------------------
write_config() { # NAME MODE
  cat > "$D/$1.yaml" <<YAML
audit: {sink: file, path: $D/audit-$1.jsonl, format: json}
site: {internal_domains: [ci.example.test]}
policy:
  mode: $2
  encrypt_trigger: ["[secure]", "#encrypt"]
  partners: {domains: [lab.test], treatment: tag}
  bulk: {over: 500, actions: [reject]}
actions:
  reject_text: "message contains PHI ({types}); send it encrypted"
YAML
}
start_milter() { # NAME PORT
  "$BIN" run --foreground --config "$D/$1.yaml" --socket "inet:$2@127.0.0.1" >>"$D/milter-$1.log" 2>&1 &
  MILTER_PID[$1]=$!
  disown "$!"
  for _ in $(seq 300); do
    (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "# milter $1 did not start"; cat "$D/milter-$1.log"; return 1
}
write_config enforce enforce
write_config simulate simulate
start_milter enforce $P_ENF && start_milter simulate $P_SIM \
  || { notok "milters start"; echo "$PASS passed, $FAIL failed"; exit 1; }
ok "milters start"

# --- a private Postfix: relayhost sink, encryption gateway sink --------------------------------
python3 "$HERE/policy-fixtures.py" "$D" || notok "fixtures are written"
# shellcheck source=../lib/private-postfix.sh
. "$HERE/../lib/private-postfix.sh"
private_postfix_init "$D" ci.example.test "$SINK"
mkdir -p "$D/sink" "$D/gw"
chown postfix "$D/sink" "$D/gw"
cat >> "$D/etc/main.cf" <<CF
smtpd_milters = { inet:127.0.0.1:$P_ENF, default_action=tempfail }
milter_header_checks = regexp:$D/etc/milter_header_checks
CF
echo "/^X-PHI-Encrypt:[[:space:]]*required/ FILTER encrypt:[127.0.0.1]:$GW" > "$D/etc/milter_header_checks"
postconf -c "$D/etc" -M "127.0.0.1:$S_ENF/inet = 127.0.0.1:$S_ENF inet n - n - - smtpd"
postconf -c "$D/etc" -M "127.0.0.1:$S_SIM/inet = 127.0.0.1:$S_SIM inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$P_SIM"
. "$HERE/../lib/e2e-postfix.sh"
start_with_sinks $S_ENF

send() { # PORT NAME LOG [TO]: one SMTP transaction; server replies in LOG
  swaks --server 127.0.0.1:"$1" --from sender@ci.example.test --to "${4:-bob@remote.test}" --data @"$D/$2.eml" \
    --hide-send --hide-informational --timeout 60 >>"$3" 2>&1
}
arrived() { # DIR NAME: waits for the dump with Message-ID <NAME@e2e.test>; prints its path
  for _ in $(seq 200); do
    local f; f=$(grep -l -F "<$2@e2e.test>" "$1"/* 2>/dev/null | head -1)
    [[ -n $f ]] && { echo "$f"; return 0; }
    sleep 0.1
  done
  return 1
}
record() { # AUDIT NAME FIELD: the field of the record of <NAME@e2e.test>, as JSON
  python3 -c "
import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r['message_id'] == '<' + sys.argv[2] + '@e2e.test>':
        print(json.dumps(r.get(sys.argv[3]), separators=(',', ':')))
" "$D/audit-$1.jsonl" "$2" "$3"
}
headers() { sed '/^\r\?$/q' "$1"; }
export -f headers record; export D

# --- simulate: everything is delivered by the normal relay, the would-be actions recorded -------
for m in sim-referral sim-list sim-trigger; do send $S_SIM $m "$D/replies.log"; done
f=$(arrived "$D/sink" sim-referral)
check "simulate: a PHI referral goes through the relay with only the scan header" \
  bash -c "test -n '$f' && headers '$f' | grep -q '^X-PHI-Scan: phi;' && ! headers '$f' | grep -q '^X-PHI-Encrypt'"
check "simulate: its audit record says accept, would encrypt and tag" \
  bash -c "[[ \$(record simulate sim-referral actions) == '[\"accept\"]' && \$(record simulate sim-referral would) == '[\"encrypt\",\"tag\"]' ]]"
f=$(arrived "$D/sink" sim-list)
check "simulate: a 600-row list is delivered, and the record says it would have been rejected" \
  bash -c "test -n '$f' && record simulate sim-list would | grep -q reject && record simulate sim-list applied | grep -q 'bulk:6[0-9][0-9]'"
f=$(arrived "$D/sink" sim-trigger)
check "simulate: a triggered Subject is left as it was" \
  bash -c "test -n '$f' && headers '$f' | grep -q '^Subject: \[secure\] lunch' && record simulate sim-trigger would | grep -q encrypt"
check "simulate: nothing reached the encryption gateway" bash -c "! grep -lq 'sim-' '$D'/gw/* 2>/dev/null"

# --- enforce: the trigger, bulk and partner scoping --------------------------------------------
send $S_ENF trigger "$D/replies.log"
f=$(arrived "$D/gw" trigger)
check "the Subject trigger sends a clean message to the encryption gateway" \
  bash -c "test -n '$f' && headers '$f' | grep -q '^X-PHI-Scan: clean;' && headers '$f' | grep -q '^X-PHI-Encrypt: required'"
check "the trigger is stripped from the Subject" \
  bash -c "headers '$f' | grep -q '^Subject: Re: lunch plans' && ! grep -qi 'secure\]' '$f'"
send $S_ENF trigger-utf8 "$D/replies.log"
f=$(arrived "$D/gw" trigger-utf8)
check "a trigger inside an encoded Subject encrypts too, and the Subject is written back encoded without it" \
  bash -c "test -n '$f' && python3 -c '
import email, email.header, sys
m = email.message_from_binary_file(open(sys.argv[1], \"rb\"))
s = str(email.header.make_header(email.header.decode_header(m[\"Subject\"])))
assert s == \"R\u00e9sultats de labo\", s
assert m[\"X-PHI-Encrypt\"] == \"required\"
' '$f'"
send $S_ENF list "$D/list.log"; cat "$D/list.log" >> "$D/replies.log"
check "a 600-row patient list is rejected with 550 5.7.1 naming the types" \
  bash -c "grep -q '550 5.7.1 message contains PHI (.*MRN.*); send it encrypted' '$D/list.log'"
send $S_ENF referral "$D/replies.log"
f=$(arrived "$D/gw" referral)
check "a one-patient referral is encrypted (reaches the gateway)" \
  bash -c "test -n '$f' && headers '$f' | grep -q '^X-PHI-Scan: phi;'"
send $S_ENF partner "$D/replies.log" results@lab.test
f=$(arrived "$D/sink" partner)
check "a referral to a partner domain (treatment tag) is tagged and goes through the relay" \
  bash -c "test -n '$f' && headers '$f' | grep -q '^X-PHI-Scan: phi;' && ! headers '$f' | grep -q '^X-PHI-Encrypt' && record enforce partner applied | grep -q scope:partner"

# --- no PHI in any log or reply --------------------------------------------------------------
sleep 0.5
for id in "${IDENTIFIERS[@]}"; do
  hits=$(cat "$D/maillog" "$D"/audit-*.jsonl "$D"/milter-*.log "$D/replies.log" 2>/dev/null | grep -cF -- "$id")
  check "no '${id:0:3}...' in mail log, audit logs, milter logs or SMTP replies" test "$hits" = 0
done

echo "policy: $PASS passed, $FAIL failed"
[[ $FAIL == 0 ]]
