#!/usr/bin/env bash
# End-to-end test of the encrypt route and the quarantine workflow through a private Postfix that
# has a relayhost (a sink) and an encryption gateway (another sink):
#   - PHI reaches the gateway, clean mail the relay, mixed internal/external PHI goes whole to the
#     gateway, internal-only PHI to the relay; no delivery looks up an MX (and a control with the
#     old `FILTER encrypt:` route shows that the check would see such a lookup);
#   - a held PHI message keeps its FILTER in the queue file: `phi-milter quarantine release`
#     sends it to the gateway with its encrypt header and writes a release audit record (who, why);
#     delete is audited too; a held PHI message whose queue file lost the encrypt route is refused;
#   - list/show print verdict, types and masked samples, never the raw identifier; show --raw
#     is refused to a non-root user.
# Usage: tests/e2e/routing.sh BIN. Needs root, postfix, swaks. Ports: PHI_E2E_PORT (default 28000) + 100..149.
# Prints `ok - NAME` / `not ok - NAME` and `N passed, M failed`; exits 1 on any failure.
set -uo pipefail
BIN=$(realpath "${1:?usage: routing.sh BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(( ${PHI_E2E_PORT:-28000} + 100 ))
SSN=536-90-4399
D=$(mktemp -d /tmp/phi-route.XXXXXX)
chmod 755 "$D"
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }

P_MAIN=$((BASE + 0)); P_QUAR=$((BASE + 1))
S_MAIN=$((BASE + 10)); S_QUAR=$((BASE + 11)); S_NOROUTE=$((BASE + 12)); S_BROKEN=$((BASE + 13))
RELAY=$((BASE + 20)); GW=$((BASE + 21))

PIDS=()
cleanup() {
  [[ -f $D/etc/main.cf ]] && postfix -c "$D/etc" stop >/dev/null 2>&1
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  sleep 0.5
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
  if [[ -n "${PHI_E2E_KEEP:-}" ]]; then echo "# kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT

# --- milters: one that encrypts PHI for outside recipients, one that also holds it ----------
cat > "$D/main.yaml" <<YAML
site: {internal_domains: [hospital.test]}
audit: {sink: file, path: $D/audit.jsonl, format: json}
YAML
cat > "$D/quar.yaml" <<YAML
site: {internal_domains: [hospital.test]}
policy: {external: {phi: [quarantine, encrypt]}}
quarantine: {encrypt_transport: encrypt}
notice: {sender: true, privacy: privacy@hospital.test, sendmail: [/usr/sbin/sendmail, -C, $D/etc]}
audit: {sink: file, path: $D/audit.jsonl, format: json}
YAML
start_milter() { # NAME PORT
  "$BIN" run --foreground --config "$D/$1.yaml" --socket "inet:$2@127.0.0.1" >>"$D/milter-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 300); do (exec 3<>/dev/tcp/127.0.0.1/"$2") 2>/dev/null && return 0; sleep 0.1; done
  echo "# milter $1 did not start"; sed 's/^/# /' "$D/milter-$1.log"; return 1
}
start_milter main $P_MAIN && start_milter quar $P_QUAR || { notok "milters start"; echo "$PASS passed, $FAIL failed"; exit 1; }

# --- Postfix: relayhost = relay sink; PHI to the gateway through the encrypt transport --------
# shellcheck source=../lib/private-postfix.sh
. "$HERE/../lib/private-postfix.sh"
private_postfix_init "$D" ci.example.test "$RELAY"
mkdir -p "$D/relay" "$D/gw"
chown postfix "$D/relay" "$D/gw"
cat >> "$D/etc/main.cf" <<CF
smtpd_milters = { inet:127.0.0.1:$P_MAIN, default_action=tempfail }
milter_header_checks = regexp:$D/etc/phi_milter_header_checks
minimal_backoff_time = 1s
maximal_backoff_time = 2s
queue_run_delay = 1s
CF
# The route as contrib/postfix ships it, with the gateway's address: the next hop is named.
sed -n 's/^\(\/^X-PHI-Encrypt:.*FILTER encrypt:\)\[gateway.example.org\]:25$/\1[127.0.0.1]:'"$GW"'/p' \
  "$HERE/../../contrib/postfix/phi_milter_header_checks" > "$D/etc/phi_milter_header_checks"
check "contrib's header_checks line names its next hop" grep -q "FILTER encrypt:\[127.0.0.1\]:$GW\$" "$D/etc/phi_milter_header_checks"
# The route issue 13 found broken: no next hop, so the recipient's MX, bypassing the relayhost.
echo '/^X-PHI-Encrypt:[[:space:]]*required/ FILTER encrypt:' > "$D/etc/broken_checks"
postconf -c "$D/etc" -M "127.0.0.1:$S_MAIN/inet = 127.0.0.1:$S_MAIN inet n - n - - smtpd"
postconf -c "$D/etc" -M "127.0.0.1:$S_QUAR/inet = 127.0.0.1:$S_QUAR inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$P_QUAR"
postconf -c "$D/etc" -M "127.0.0.1:$S_NOROUTE/inet = 127.0.0.1:$S_NOROUTE inet n - n - - smtpd -o smtpd_milters=inet:127.0.0.1:$P_QUAR -o cleanup_service_name=cleanup-noroute"
postconf -c "$D/etc" -M "cleanup-noroute/unix = cleanup-noroute unix n - n - 0 cleanup -o milter_header_checks="
postconf -c "$D/etc" -M "127.0.0.1:$S_BROKEN/inet = 127.0.0.1:$S_BROKEN inet n - n - - smtpd -o cleanup_service_name=cleanup-broken"
postconf -c "$D/etc" -M "cleanup-broken/unix = cleanup-broken unix n - n - 0 cleanup -o milter_header_checks=regexp:$D/etc/broken_checks"
# smtp-sink offers no STARTTLS, so the test's encrypt transport cannot require it (contrib's does).
postconf -c "$D/etc" -M 'encrypt/unix = encrypt unix - - n - - smtp'
postconf -c "$D/etc" -P 'encrypt/unix/smtp_tls_security_level=may' 'encrypt/unix/syslog_name=postfix/encrypt'
smtp-sink -u postfix -d "$D/relay/%M." 127.0.0.1:$RELAY 50 & PIDS+=($!)
smtp-sink -u postfix -d "$D/gw/%M." 127.0.0.1:$GW 50 & PIDS+=($!)
if postfix -c "$D/etc" check && postfix -c "$D/etc" start >/dev/null 2>&1; then ok "postfix starts"
else notok "postfix starts"; echo "$PASS passed, $FAIL failed"; exit 1; fi
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$S_MAIN) 2>/dev/null && break; sleep 0.1; done

PHI="Patient: Maria Lopez, DOB 03/14/1962, diagnosis: type 2 diabetes (E11.9)
SSN: $SSN"
CLEAN="Hi team, the weekly meeting moves to Thursday at 10:00 in room 4."
mkmsg() { # NAME BODY
  printf 'From: sender@ci.example.test\nTo: bob@remote.test\nSubject: routing %s\nMessage-ID: <%s@e2e.test>\n\n%s\n' \
    "$1" "$1" "$2" > "$D/$1.eml"
}
send() { # PORT NAME RCPT[,RCPT]
  swaks --server 127.0.0.1:"$1" --from sender@ci.example.test --to "$3" --data @"$D/$2.eml" \
    --hide-send --hide-informational --timeout 60 >>"$D/replies.log" 2>&1
}
arrived() { # DIR NAME [TRIES]: prints the dump holding Message-ID <NAME@e2e.test>
  for _ in $(seq "${3:-200}"); do
    local f; f=$(grep -l "^Message-ID: <$2@e2e.test>" "$1"/* 2>/dev/null | head -1)
    [[ -n $f ]] && { echo "$f"; return 0; }
    sleep 0.1
  done
  return 1
}
qcmd() { "$BIN" quarantine "$@" --config "$D/quar.yaml" --postfix-config "$D/etc"; }
held_ids() { postqueue -c "$D/etc" -j | python3 -c '
import json, sys
for l in sys.stdin:
    r = json.loads(l)
    if r["queue_name"] == "hold": print(r["queue_id"])'; }
still_held() { grep -qx "$1" <<<"$(held_ids)"; }
audit_op() { # QUEUE-ID KIND PYTHON-ASSERTION-ON-o: the one KIND record of QUEUE-ID satisfies it
  python3 -c "
import json
r = [json.loads(l) for l in open('$D/audit.jsonl')]
op = [x for x in r if x.get('operation') and x['queue_id'] == '$1' and x['operation']['kind'] == '$2']
assert len(op) == 1, op
o = op[0]
assert $3, o"
}
await_held() { # COUNT
  for _ in $(seq 100); do [[ $(held_ids | wc -l) -ge $1 ]] && return 0; sleep 0.1; done; return 1
}

# --- 1. routing ------------------------------------------------------------------------------
mkmsg phi "$PHI"; mkmsg clean "$CLEAN"; mkmsg mixed "$PHI"; mkmsg inside "$PHI"
send $S_MAIN phi bob@remote.test
send $S_MAIN clean bob@remote.test
send $S_MAIN mixed bob@remote.test,alice@hospital.test
send $S_MAIN inside alice@hospital.test
f=$(arrived "$D/gw" phi)
check "PHI for an outside recipient reaches the gateway with its encrypt header" \
  bash -c "test -n '$f' && grep -q '^X-PHI-Encrypt: required' '$f'"
f=$(arrived "$D/relay" clean)
check "clean mail reaches the relay with no encrypt header" bash -c "test -n '$f' && ! grep -q '^X-PHI-Encrypt' '$f'"
f=$(arrived "$D/gw" mixed)
check "PHI for internal and external recipients goes whole (one copy, both recipients) to the gateway" \
  bash -c "test -n '$f' && [[ \$(grep -c '^X-Rcpt-Args:' '$f') == 2 ]] && grep -q 'alice@hospital.test' '$f'"
f=$(arrived "$D/relay" inside)
check "PHI for internal recipients only is tagged and goes to the relay" \
  bash -c "test -n '$f' && grep -q '^X-PHI-Scan: phi;' '$f' && ! grep -q '^X-PHI-Encrypt' '$f'"
check "nothing PHI reached the relay and nothing clean the gateway" \
  bash -c "! grep -lq '^Message-ID: <\(phi\|mixed\)@e2e.test>' '$D'/relay/* && ! grep -lq '^Message-ID: <\(clean\|inside\)@e2e.test>' '$D'/gw/*"
sleep 0.5
check "every delivery went to the relay or the gateway: 4 messages (5 recipients) sent, none deferred or bounced" bash -c "
  [[ \$(grep -c 'status=sent' '$D/maillog') == 5 ]] \
  && ! grep 'status=sent' '$D/maillog' | grep -vqE 'relay=127.0.0.1\[127.0.0.1\]:($RELAY|$GW),' \
  && ! grep -qE 'status=(deferred|bounced)' '$D/maillog'"
check "no delivery looked up an MX or any name" \
  bash -c "! grep -qE 'type=MX|Name service error|Host or domain name not found|remote\.test\[' '$D/maillog'"

# The control: the old route without a next hop tries the recipient's domain, and the check above sees it.
mkmsg broken "$PHI"
send $S_BROKEN broken bob@remote.test
seen=0
for _ in $(seq 600); do
  grep -qE 'to=<bob@remote.test>.*status=(deferred|bounced).*(remote\.test|type=MX|Host or domain)' "$D/maillog" && { seen=1; break; }
  sleep 0.1
done
check "control: 'FILTER encrypt:' with no next hop bypasses the relay and looks up the recipient's domain" \
  bash -c "test $seen = 1 && ! grep -lq '^Message-ID: <broken@e2e.test>' '$D'/gw/*"
postsuper -c "$D/etc" -d ALL deferred >/dev/null 2>&1

# --- 2. quarantine ---------------------------------------------------------------------------
mkmsg held1 "$PHI"; mkmsg held2 "$PHI"; mkmsg held3 "$PHI"
send $S_QUAR held1 bob@remote.test
send $S_QUAR held2 bob@remote.test
send $S_NOROUTE held3 bob@remote.test
check "three PHI messages are in the hold queue" await_held 3
notices() { grep -l '^Auto-Submitted: auto-generated' "$D"/relay/* 2>/dev/null; }
for _ in $(seq 100); do [[ $(notices | wc -l) -ge 6 ]] && break; sleep 0.1; done
N=$(notices | tr '\n' ' ')
check "each hold sent a notice to the sender and one to the privacy address, null envelope sender" bash -c "
  [[ -n '$N' ]] && [[ \$(grep -l '^X-Rcpt-Args: <sender@ci.example.test>' $N | wc -l) == 3 ]] &&
  [[ \$(grep -l '^X-Rcpt-Args: <privacy@hospital.test>' $N | wc -l) == 3 ]] && [[ \$(grep -l '^X-Mail-Args: <>' $N | wc -l) == 6 ]]"
check "the notices name the types found and carry no content" \
  bash -c "[[ -n '$N' ]] && grep -q 'Types found: .*SSN' $N && ! grep -qF -e '$SSN' -e 'Maria' -e 'diabetes' -e '-4399' $N"
qcmd list > "$D/list.txt" 2>&1
check "quarantine list shows each held message with verdict, types and route" \
  bash -c "[[ \$(grep -c '	phi	' '$D/list.txt') == 3 ]] && grep -q 'SSN' '$D/list.txt' \
           && [[ \$(grep -c '	encrypt	' '$D/list.txt') == 2 ]] && [[ \$(grep -c '	refused	' '$D/list.txt') == 1 ]]"
held_id() { # NAME: the queue id of the held message with Message-ID <NAME@e2e.test>
  local q
  for q in $(held_ids); do
    [[ $(postcat -c "$D/etc" -h -q "$q") == *"Message-ID: <$1@e2e.test>"* ]] && echo "$q"
  done
}
id1=$(held_id held1); id2=$(held_id held2); id3=$(held_id held3)
qcmd show "$id1" > "$D/show.txt" 2>&1
check "quarantine show gives reasons, masked samples and the encrypt route" \
  bash -c "grep -q '^verdict: *phi' '$D/show.txt' && grep -q '^reasons: .*SSN' '$D/show.txt' \
           && grep -q '\*\*\*-\*\*-4399' '$D/show.txt' && grep -q 'encrypted route (encrypt:\[127.0.0.1\]:$GW)' '$D/show.txt'"
qcmd list --format json > "$D/list.json" 2>&1
check "quarantine list --format json is one object per held message" \
  python3 -c "import json; r=[json.loads(l) for l in open('$D/list.json')]; assert len(r)==3 and all(x['message']['scan']['verdict']=='phi' for x in r), r"
check "list and show print no raw identifier and no body text" \
  bash -c "! grep -qF -e '$SSN' -e 'Maria' -e 'diabetes' '$D/list.txt' '$D/show.txt' '$D/list.json'"
setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" quarantine show "$id1" --raw --reason test \
  --postfix-config "$D/etc" >/dev/null 2>&1
check "show --raw is refused to a non-root user (exit 77)" test $? = 77
SUDO_USER=carol qcmd show "$id2" --raw --reason "checking the attachment" > "$D/raw.txt" 2>&1
rc=$?
if [[ $rc == 0 ]] && grep -qF "$SSN" "$D/raw.txt" && audit_op "$id2" view_raw "o['operation']['by'] == 'carol (sudo)'"; then
  ok "show --raw by root prints the message and is audited as view_raw"
else notok "show --raw by root prints the message and is audited as view_raw"; fi
qcmd release "$id1" >/dev/null 2>&1
rc=$?
if [[ $rc != 0 ]] && still_held "$id1"; then ok "release without --reason is refused and the message stays held"
else notok "release without --reason is refused and the message stays held"; fi
SUDO_USER=alice qcmd release "$id1" --reason "reviewed: referral to a partner clinic" > "$D/release.txt" 2>&1
rc=$?
f=$(arrived "$D/gw" held1)
check "a released PHI message arrives at the gateway with its encrypt header" \
  bash -c "test $rc = 0 && test -n '$f' && grep -q '^X-PHI-Encrypt: required' '$f' && ! grep -lq '^Message-ID: <held1@e2e.test>' '$D'/relay/*"
check "the release is an audit record: who, why, route, with the scan's types and samples" audit_op "$id1" release \
  "o['operation'] == {'kind': 'release', 'by': 'alice (sudo)', 'uid': 0, 'reason': 'reviewed: referral to a partner clinic', 'route': 'encrypted'}
assert o['verdict'] == 'phi' and 'SSN' in o['types'] and o['samples'] and o['message_id'] == '<held1@e2e.test>'"
qcmd release "$id3" --reason "try" > "$D/refused.txt" 2>&1
rc=$?
if [[ $rc == 1 ]] && grep -q 'refused' "$D/refused.txt" && still_held "$id3"; then
  ok "a held PHI message whose queue file lost the encrypt route is not released"
else notok "a held PHI message whose queue file lost the encrypt route is not released"; fi
qcmd delete "$id2" --reason "sent by mistake, sender informed" > "$D/delete.txt" 2>&1
rc=$?
if [[ $rc == 0 ]] && ! still_held "$id2" && ! grep -q "$id2" <<<"$(postqueue -c "$D/etc" -j)" \
   && audit_op "$id2" delete "o['operation']['kind'] == 'delete' and o['operation']['reason'].startswith('sent by mistake')"; then
  ok "delete removes a held message and writes an audit record"
else notok "delete removes a held message and writes an audit record"; fi
qcmd release "$id3" --reason "partner confirmed by phone" --allow-unencrypted > /dev/null 2>&1
rc=$?
f=$(arrived "$D/relay" held3)
if [[ $rc == 0 && -n $f ]] && audit_op "$id3" release "o['operation']['route'] == 'plain'"; then
  ok "--allow-unencrypted releases it through the normal route, audited as plain"
else notok "--allow-unencrypted releases it through the normal route, audited as plain"; fi
check "no raw identifier in the mail log, audit log or milter logs" \
  bash -c "! grep -qF -e '$SSN' -e 'Maria Lopez' '$D/maillog' '$D/audit.jsonl' '$D'/milter-*.log"

echo "$PASS passed, $FAIL failed"
[[ $FAIL == 0 ]]
