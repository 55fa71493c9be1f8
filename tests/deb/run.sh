#!/usr/bin/env bash
# The Debian package as an administrator meets it: `make deb`, `dpkg -i`, the self-contained
# binary (ldd), lintian, `systemd-analyze verify` of the installed unit, the installed binary
# started exactly as the unit's ExecStart starts it, as the created user, on the documented unix
# socket, with mail through a private Postfix whose smtpd uses the documented main.cf line;
# ExecReload and logrotate's postrotate against the running daemon; then `dpkg -r` (the conffile
# stays) and `dpkg -P`.
#
# Usage: tests/deb/run.sh [DEB]   (default: `make deb` builds it)
# Needs root (dpkg, Postfix), Debian packages dpkg-dev, lintian, logrotate, postfix, swaks, and
# no phi-milter installed other than by a previous run of this test (it purges that first).
# Ports: PHI_E2E_PORT (default 28000) + 100..199, 127.0.0.1 only. Everything it starts stops on exit.
# Prints `ok - NAME` / `not ok - NAME` per check and `N passed, M failed`; exits 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BASE=$(( ${PHI_E2E_PORT:-28000} + 100 ))
SMTPD=$((BASE + 25)); SINK=$((BASE + 61))
SSN=536-90-4399
PASS=0; FAIL=0
ok() { echo "ok - $1"; PASS=$((PASS + 1)); }
notok() { echo "not ok - $1"; FAIL=$((FAIL + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else notok "$name"; fi; }
finish() { echo "$PASS passed, $FAIL failed"; [[ $FAIL == 0 ]]; exit $?; }
[[ $(id -u) == 0 ]] || { notok "runs as root (dpkg -i, Postfix)"; finish; }

UNIT=/lib/systemd/system/phi-milter.service
CONF=/etc/phi-milter/phi-milter.yaml
SOCKDIR=/var/spool/postfix/phi-milter
SOCK=$SOCKDIR/phi-milter.sock
D=$(mktemp -d /tmp/phi-deb.XXXXXX)
chmod 755 "$D"
MILTER=""
cleanup() {
  [[ -f $D/etc/main.cf ]] && postfix -c "$D/etc" stop >/dev/null 2>&1
  [[ -f $D/sink.pid ]] && kill "$(cat "$D/sink.pid")" 2>/dev/null
  if [[ -n $MILTER ]]; then
    kill "$MILTER" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$MILTER" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$MILTER" 2>/dev/null
  fi
  dpkg-query -W phi-milter >/dev/null 2>&1 && dpkg -P phi-milter >/dev/null 2>&1
  if [[ -n "${PHI_E2E_KEEP:-}" ]]; then echo "# kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT

# --- build and install ----------------------------------------------------------------------
if [[ -n "${1:-}" ]]; then DEB=$(realpath "$1")
else
  start=$(date +%s)
  if make --no-print-directory deb >"$D/make-deb.log" 2>&1; then ok "make deb ($(( $(date +%s) - start )) s)"
  else notok "make deb"; tail -20 "$D/make-deb.log" | sed 's/^/# /'; finish; fi
  DEB=$ROOT/$(ls -t phi-milter_*_amd64.deb | head -1)
fi
dpkg-query -W phi-milter >/dev/null 2>&1 && dpkg -P phi-milter >/dev/null
if [[ -e /etc/phi-milter ]]; then
  notok "no /etc/phi-milter left by a make install (remove it first)"; finish
fi
check "dpkg -i installs the package" bash -c "dpkg -i '$DEB' >'$D/dpkg-i.log' 2>&1 || { cat '$D/dpkg-i.log'; false; }"
check "dpkg reports it installed" bash -c "dpkg-query -W -f='\${Status}' phi-milter | grep -q 'install ok installed'"

# --- what postinst made ---------------------------------------------------------------------
stat_is() { [[ $(stat -c "$2" "$1" 2>/dev/null) == "$3" ]]; }
check "system user phi-milter, in group postfix" bash -c \
  "uid=\$(id -u phi-milter) && (( uid < 1000 )) && id -nG phi-milter | tr ' ' '\n' | grep -qx postfix"
check "HMAC key: 32 bytes, 0600, owned by phi-milter" bash -c \
  "[[ \$(stat -c '%s %a %U' /etc/phi-milter/hmac.key) == '32 600 phi-milter' ]]"
check "log directory owned by phi-milter" stat_is /var/log/phi-milter '%U %a' 'phi-milter 750'
check "socket directory phi-milter:postfix 0750" stat_is "$SOCKDIR" '%U:%G %a' 'phi-milter:postfix 750'
check "the conffiles are registered" bash -c \
  "dpkg-query -W -f='\${Conffiles}' phi-milter | grep -q ' $CONF ' && dpkg-query -W -f='\${Conffiles}' phi-milter | grep -q ' /etc/logrotate.d/phi-milter '"
check "man phi-milter(8) and phi-milter.yaml(5) are installed" bash -c \
  "man -w 8 phi-milter >/dev/null && man -w 5 phi-milter.yaml >/dev/null"

# --- a self-contained binary ----------------------------------------------------------------
ldd /usr/sbin/phi-milter >"$D/ldd.txt" 2>&1
check "ldd: every library found, none from the Swift toolchain" bash -c \
  "! grep -Eiq 'not found|swift|/opt/' '$D/ldd.txt' && grep -q libc.so '$D/ldd.txt'"
check "RUNPATH names no toolchain directory" bash -c \
  "! readelf -d /usr/sbin/phi-milter | grep -Ei 'r(un)?path' | grep -Eq '/opt|swift'"
sed 's/^/# /' "$D/ldd.txt"

# --- lintian: errors fail, the rest is printed ----------------------------------------------
lintian --tag-display-limit 0 --display-info --show-overrides "$DEB" >"$D/lintian.txt" 2>&1
grep -E '^[EWO]:' "$D/lintian.txt" | sed 's/^/# lintian: /'
grep '^I:' "$D/lintian.txt" | awk '{print $3}' | sort | uniq -c | sed 's/^ */# lintian info: /'
check "lintian reports no errors" bash -c "! grep -q '^E:' '$D/lintian.txt'"

# --- the installed unit ---------------------------------------------------------------------
# systemd is not PID 1 here: systemd-analyze verify works on the file (it checks the keys, that
# ExecStart's binary exists, and that the man pages of Documentation= exist).
check "systemd-analyze verify on the installed unit passes" bash -c \
  "systemd-analyze verify '$UNIT' >'$D/verify.txt' 2>&1; rc=\$?; cat '$D/verify.txt'; [[ \$rc == 0 && ! -s '$D/verify.txt' ]]"
unit_key() { sed -n "s/^$1=//p" "$UNIT" | tail -1; }
EXEC=$(unit_key ExecStart); USER_=$(unit_key User); GROUP_=$(unit_key Group)
RUNDIR=$(unit_key RuntimeDirectory); UMASK=$(unit_key UMask)
# ProtectSystem=strict: every directory the installed config writes to must be in ReadWritePaths.
sock_cfg=$(sed -n 's/^ *socket: *"unix:\(.*\)".*/\1/p' "$CONF"); audit_cfg=$(sed -n 's/^ *path: *\([^ #]*\).*/\1/p' "$CONF")
rw=" $(unit_key ReadWritePaths | sed 's/^-//; s/ -/ /g') "
check "the config's socket ($sock_cfg) is the documented one" test "$sock_cfg" = "$SOCK"
check "ReadWritePaths holds the socket and audit log directories" bash -c \
  "[[ '$rw' == *' $(dirname "$sock_cfg") '* && '$rw' == *' $(dirname "$audit_cfg") '* ]]"
check "config check accepts the installed config" \
  setpriv --reuid "$USER_" --regid "$GROUP_" --init-groups /usr/sbin/phi-milter config check "$CONF"

# --- the daemon, as systemd starts it -------------------------------------------------------
# What systemd does for this unit: the runtime directory, the user with its supplementary groups
# (User=/Group=), the umask, an empty environment, working directory /.
install -d -o "$USER_" -g "$GROUP_" -m "$(unit_key RuntimeDirectoryMode)" "/run/$RUNDIR"
read -r -a argv <<<"$EXEC"
( cd / && umask "$UMASK" && exec setpriv --reuid "$USER_" --regid "$GROUP_" --init-groups \
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "${argv[@]}" ) >"$D/milter.log" 2>&1 &
MILTER=$!
for _ in $(seq 300); do [[ -S $SOCK ]] && break; kill -0 $MILTER 2>/dev/null || break; sleep 0.1; done
check "ExecStart runs the daemon as $USER_ on $SOCK" bash -c \
  "[[ -S '$SOCK' ]] && [[ \$(ps -o user= -p $MILTER) == '$USER_' ]]"
check "the socket is group postfix, mode 0660" stat_is "$SOCK" '%G %a' 'postfix 660'
check "the pid file names the daemon" bash -c "[[ \$(cat /run/$RUNDIR/phi-milter.pid 2>/dev/null) == $MILTER ]]"

# --- a private Postfix with the documented main.cf line -------------------------------------
# Its smtpd is not chrooted, but Postfix daemons run in their queue directory, so the documented
# relative path unix:phi-milter/phi-milter.sock resolves through a link to the socket directory.
# shellcheck source=../lib/private-postfix.sh
. tests/lib/private-postfix.sh
private_postfix_init "$D" deb.example.test "$SINK"
ln -s "$SOCKDIR" "$D/spool/phi-milter"
milters=$(sed -n 's/^smtpd_milters = \(.*\)$/\1/p' contrib/postfix/main.cf.snippet)
check "main.cf.snippet and README name the socket unix:phi-milter/phi-milter.sock" \
  bash -c "[[ '$milters' == *'unix:phi-milter/phi-milter.sock'* ]] && grep -q 'smtpd_milters = { unix:phi-milter/phi-milter.sock' README.md"
cat >> "$D/etc/main.cf" <<CF
smtpd_milters = { unix:phi-milter/phi-milter.sock, default_action=tempfail }
CF
postconf -c "$D/etc" -M "127.0.0.1:$SMTPD/inet = 127.0.0.1:$SMTPD inet n - n - - smtpd"
mkdir -p "$D/sink"; chown postfix "$D/sink"
smtp-sink -u postfix -d "$D/sink/%M." 127.0.0.1:$SINK 20 & echo $! > "$D/sink.pid"
if postfix -c "$D/etc" check && postfix -c "$D/etc" start >/dev/null 2>&1; then ok "postfix starts"
else notok "postfix starts"; fi
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$SMTPD) 2>/dev/null && break; sleep 0.1; done

message() { # NAME BODY
  printf 'From: sender@deb.example.test\nTo: bob@remote.test\nSubject: package test\nMessage-ID: <%s@deb.test>\n\n%s\n' "$1" "$2" > "$D/$1.eml"
}
message phi "Patient: Maria Lopez, DOB 03/14/1962, diagnosis: type 2 diabetes (E11.9)
SSN: $SSN"
message clean "Hi team, the weekly meeting moves to Thursday at 10:00 in room 4."
message clean2 "Lunch order for Friday: two vegetarian, one vegan."
send() { swaks --server 127.0.0.1:$SMTPD --from sender@deb.example.test --to bob@remote.test \
           --data @"$D/$1.eml" --hide-all --timeout 60 >/dev/null 2>&1; }
arrived() { # NAME: the dump file of Message-ID <NAME@deb.test>
  for _ in $(seq 300); do
    local f; f=$(grep -l -F "<$1@deb.test>" "$D"/sink/* 2>/dev/null | head -1)
    [[ -n $f ]] && { echo "$f"; return 0; }
    sleep 0.1
  done
  return 1
}
send phi; f=$(arrived phi)
check "PHI through Postfix: X-PHI-Scan: phi and X-PHI-Encrypt: required" \
  bash -c "[[ -n '$f' ]] && grep -q '^X-PHI-Scan: phi;' '$f' && grep -q '^X-PHI-Encrypt: required' '$f'"
send clean; f=$(arrived clean)
check "a clean message: X-PHI-Scan: clean, no X-PHI-Encrypt" \
  bash -c "[[ -n '$f' ]] && grep -q '^X-PHI-Scan: clean;' '$f' && ! grep -q '^X-PHI-Encrypt' '$f'"
AUDIT=/var/log/phi-milter/audit.jsonl
check "the audit log has both verdicts and no PHI" bash -c \
  "grep -q '\"verdict\":\"phi\"' $AUDIT && grep -q '\"verdict\":\"clean\"' $AUDIT && ! grep -qE '$SSN|Maria|Lopez|03/14/1962' $AUDIT"
check "the audit log is owned by $USER_" stat_is "$AUDIT" '%U' "$USER_"

# --- ExecReload and logrotate against the running daemon -------------------------------------
# Checked by what the daemon does, not by its log lines (which go to syslog or stderr).
# Sends copies NAME-1, NAME-2... of message BODY (one a second, at most 20) until TEST holds
# (given the delivered file, or nothing); a copy that is not delivered ends it.
until_delivered() { # NAME BODY TEST...
  local name=$1 body=$2 f; shift 2
  for i in $(seq 20); do
    sed "s/<$body@deb.test>/<$name-$i@deb.test>/" "$D/$body.eml" > "$D/$name-$i.eml"
    send "$name-$i"; f=$(arrived "$name-$i") || return 1
    "$@" "$f" && return 0
    sleep 1
  done
  return 1
}
printf 'actions:\n  subject_tag: "[secure]"\n' >> "$CONF"
reload=$(unit_key ExecReload); reload=${reload//\$MAINPID/$MILTER}
$reload
tagged() { grep -q '^Subject: \[secure\] package test' "$1"; }
check "ExecReload applies the edited config; the daemon keeps serving" until_delivered reloaded phi tagged
logrotate -f -s "$D/logrotate.state" /etc/logrotate.d/phi-milter >"$D/logrotate.log" 2>&1
check "logrotate rotates the audit log" bash -c "[[ -s $AUDIT.1 ]] || { cat '$D/logrotate.log'; false; }"
# postrotate's signal makes the daemon reload (packs load again: seconds on a busy machine).
in_new_audit() { [[ -s $AUDIT ]] && ! grep -q '"verdict":"phi"' "$AUDIT"; }
check "after postrotate's signal the daemon writes a new audit log" until_delivered rotated clean in_new_audit

# --- stop, remove, purge --------------------------------------------------------------------
kill -TERM $MILTER
for _ in $(seq 300); do kill -0 $MILTER 2>/dev/null || break; sleep 0.1; done
check "SIGTERM stops the daemon; socket and pid file are removed" bash -c \
  "! kill -0 $MILTER 2>/dev/null && [[ ! -e '$SOCK' && ! -e /run/$RUNDIR/phi-milter.pid ]]"
MILTER=""
grep -Eq "$SSN|Maria|Lopez" "$D/milter.log" && notok "no PHI in the daemon's log" || ok "no PHI in the daemon's log"
check "dpkg -r removes the package without a warning" bash -c \
  "dpkg -r phi-milter >'$D/dpkg-r.log' 2>&1 && ! grep -qi warning '$D/dpkg-r.log' || { cat '$D/dpkg-r.log'; false; }"
check "after dpkg -r: binary, packs and unit gone; conffile, key and log stay" bash -c \
  "[[ ! -e /usr/sbin/phi-milter && ! -e /usr/share/phi-milter && ! -e $UNIT ]] \
   && grep -q 'subject_tag: \"\\[secure\\]\"' $CONF && [[ -e /etc/phi-milter/hmac.key && -d /var/log/phi-milter ]] \
   && dpkg-query -W -f='\${Status}' phi-milter | grep -q 'deinstall ok config-files'"
check "dpkg -P purges configuration, key, log and socket directories" bash -c \
  "dpkg -P phi-milter >'$D/dpkg-p.log' 2>&1 && ! grep -qi warning '$D/dpkg-p.log' && [[ ! -e /etc/phi-milter && ! -e /etc/logrotate.d/phi-milter \
   && ! -e /var/log/phi-milter && ! -e $SOCKDIR ]] && ! dpkg-query -W phi-milter >/dev/null 2>&1"
finish
