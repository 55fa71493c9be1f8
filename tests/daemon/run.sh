#!/usr/bin/env bash
# The daemon as a mail server runs it (issue 12): syslog lines in mail.log form read from a
# stand-in /dev/log, SIGHUP reloads and keeps serving, a bad config on reload keeps the old one
# and logs why, the pid file written as root into a root-owned directory before the switch to an
# unprivileged user.
#
# Usage: tests/daemon/run.sh BIN. Needs root (listen.user), miltertest, python3.
# Listens on 127.0.0.1 only, ports PHI_E2E_PORT (default 28000) + 200..209; stops what it starts.
# Prints `ok - NAME` / `not ok - NAME` and `daemon: N passed, M failed`; exits 1 on any failure.
set -uo pipefail
BIN=$(realpath "${1:?usage: run.sh BIN}")
HERE=$(cd "$(dirname "$0")" && pwd)
MT=$HERE/../e2e
BASE=$(( ${PHI_E2E_PORT:-28000} + 200 ))
SSN=536-90-4399
IDENTIFIERS=("$SSN" "Maria Lopez" "03/14/1962" "536904399")
D=$(mktemp -d /tmp/phi-daemon.XXXXXX)
chmod 755 "$D"
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for _ in $(seq 50); do
    local alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break; sleep 0.1
  done
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
  if [[ -n "${PHI_E2E_KEEP:-}" ]]; then echo "# kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT

# A unix datagram socket standing in for /dev/log: every datagram, one per line, into a file.
python3 - "$D/devlog" "$D/syslog.txt" <<'PY' &
import os, socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o666); s.settimeout(1)
end = time.time() + 600
with open(sys.argv[2], "a", buffering=1) as out:
    while time.time() < end and os.path.exists(sys.argv[1]):
        try: out.write(s.recv(65536).decode("utf-8", "replace") + "\n")
        except socket.timeout: pass
PY
PIDS+=($!)
for _ in $(seq 50); do [[ -S $D/devlog ]] && break; sleep 0.1; done

# Waits (at most 60 s: loading packs takes seconds on a busy machine) for TEXT in FILE.
await() { for _ in $(seq 600); do grep -qF -- "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }
listening() { for _ in $(seq 600); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }
mtest() { # PORT SCRIPT LOG [VAR=VALUE...]
  local port=$1 script=$2 log=$3; shift 3
  env MT_DIR="$MT" MT_SOCKET="inet:$port@127.0.0.1" MT_SSN="$SSN" "$@" miltertest -s "$MT/$script" >"$log" 2>&1
}

# --- syslog lines and reload -------------------------------------------------------------
P=$((BASE + 0))
cat > "$D/milter.yaml" <<YAML
audit: {sink: file, path: $D/audit.jsonl}
log: {socket: $D/devlog}
YAML
"$BIN" run --config "$D/milter.yaml" --socket "inet:$P@127.0.0.1" >"$D/stdout.log" 2>"$D/stderr.log" &
MPID=$!; PIDS+=($MPID)
check "the daemon starts and listens" listening $P
check "a PHI message is scanned" mtest $P t-phi-chunks.lua "$D/mt1.log" MT_CHUNK=4096
await "$D/syslog.txt" "MTPHI1:"
line=$(grep -F "MTPHI1:" "$D/syslog.txt" | head -1)
echo "# $line"
check "mail.log form: <mail.info>TIME phi-milter[PID]: QUEUEID: milter.decision verdict=phi ..." \
  bash -c "[[ \"\$1\" =~ ^\<22\>[A-Z][a-z]{2}\ [\ 0-9][0-9]\ [0-9:]{8}\ phi-milter\[$MPID\]:\ MTPHI1:\ milter.decision\ verdict=phi\ actions=[a-z,]*encrypt ]]" _ "$line"
check "the daemon's own lines carry the pid and no queue id" grep -qE "^<22>.* phi-milter\[$MPID\]: milter.started( |$)" "$D/syslog.txt"
check "nothing of the log goes to standard error without --foreground" test ! -s "$D/stderr.log"

kill -HUP $MPID
check "SIGHUP reloads (logged)" await "$D/syslog.txt" "phi-milter[$MPID]: milter.reloaded"
check "after SIGHUP the same process answers a milter connection" \
  bash -c "kill -0 $MPID && mtest() { env MT_DIR='$MT' MT_SOCKET='inet:$P@127.0.0.1' MT_SSN='$SSN' MT_CHUNK=7 miltertest -s '$MT/t-phi-chunks.lua' >'$D/mt2.log' 2>&1; }; mtest"

# A config that would load no rules is refused on reload; the old rules keep working.
cp "$D/milter.yaml" "$D/good.yaml"
printf 'packs:\n  enabled: [no-such-pack]\n' >> "$D/milter.yaml"
kill -HUP $MPID
check "a reload that would load no rules is refused and logged with file, line and key" \
  await "$D/syslog.txt" "milter.reload_failed reason=$D/milter.yaml:4: packs.enabled[0]: no pack no-such-pack"
check "the refused reload is an error line (mail.err)" grep -qE "^<19>.*milter.reload_failed" "$D/syslog.txt"
check "after a refused reload the old configuration still finds PHI" mtest $P t-phi-chunks.lua "$D/mt3.log" MT_CHUNK=4096
printf 'listen: {user: no-such-user-phi}\n' >> "$D/good.yaml"; cp "$D/good.yaml" "$D/milter.yaml"
kill -USR1 $MPID
check "SIGUSR1 reloads too, with the start-up checks (a missing user is refused)" \
  await "$D/syslog.txt" "milter.reload_failed reason=$D/milter.yaml:3: listen.user: no such user no-such-user-phi"
check "and the daemon still answers" mtest $P t-clean.lua "$D/mt4.log"

kill -TERM $MPID
stopped=0
for _ in $(seq 150); do kill -0 $MPID 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
wait $MPID; rc=$?
check "SIGTERM stops it with status 0" test "$stopped/$rc" = "1/0"
check "milter.stopped is logged" grep -qF "phi-milter[$MPID]: milter.stopped" "$D/syslog.txt"

leaks=0
for id in "${IDENTIFIERS[@]}"; do grep -qF -- "$id" "$D/syslog.txt" "$D/stderr.log" && leaks=$((leaks + 1)); done
check "no PHI in any syslog line" test $leaks = 0

# --- the pid file before privileges drop ----------------------------------------------------
if [[ $(id -u) != 0 ]]; then
  notok "pid file in a root-owned directory (needs root)"
else
  P=$((BASE + 1))
  mkdir -m 0755 "$D/run"
  cat > "$D/nobody.yaml" <<YAML
listen: {user: nobody, pidfile: $D/run/phi-milter.pid}
audit: {sink: file, path: $D/audit-nobody.jsonl}
log: {socket: $D/devlog}
YAML
  "$BIN" run --config "$D/nobody.yaml" --socket "inet:$P@127.0.0.1" >"$D/nobody.out" 2>"$D/nobody.err" &
  NPID=$!; PIDS+=($NPID)
  listening $P
  check "the pid file is written in a directory only root can write" \
    bash -c "test \"\$(stat -c %U:%a '$D/run')\" = root:755 && test \"\$(cat '$D/run/phi-milter.pid' 2>/dev/null)\" = $NPID"
  check "and the daemon then runs as listen.user (nobody)" \
    bash -c "awk '/^Uid:/ {print \$2, \$3, \$4, \$5}' /proc/$NPID/status | grep -qx \"\$(id -u nobody) \$(id -u nobody) \$(id -u nobody) \$(id -u nobody)\""
  check "it answers as nobody" mtest $P t-clean.lua "$D/mt5.log"
  kill -TERM $NPID; wait $NPID; rc=$?
  check "as nobody SIGTERM still ends it with status 0" test "$rc" = 0
  sed 's/^/# /' "$D/nobody.err"
fi

echo "daemon: $PASS passed, $FAIL failed"
[[ $FAIL == 0 ]]
