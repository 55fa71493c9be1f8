#!/usr/bin/env bash
# Command-line tests: exit codes, output formats, and no raw identifier in any output stream.
set -uo pipefail
BIN=${1:?usage: test-cli.sh PATH-TO-phi-milter}
cd "$(dirname "$0")/.."
T=tests/cli
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
pass=0; fail=0
ok()  { echo "ok - $1"; pass=$((pass+1)); }
nok() { echo "not ok - $1"; fail=$((fail+1)); }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

"$BIN" scan "$T/sample-clean.txt" >"$OUT/clean.out" 2>"$OUT/clean.err"; rc=$?
check "scan exits 0 on clean text" "[ $rc -eq 0 ]"
"$BIN" scan "$T/sample-phi.txt" >"$OUT/text.out" 2>"$OUT/text.err"; rc=$?
check "scan exits 1 on PHI" "[ $rc -eq 1 ]"
"$BIN" scan --format json "$T/sample-phi.txt" "$T/sample-clean.txt" >"$OUT/json.out" 2>"$OUT/json.err"
check "scan --format json prints one JSON object per input" \
  "[ \$(wc -l <'$OUT/json.out') -eq 2 ] && python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' '$OUT/json.out'"
check "JSON has the documented keys in order" \
  "head -1 '$OUT/json.out' | grep -q '^{\"path\":.*\"verdict\":\"phi\",\"action\":\"encrypt\",\"score\":[0-9]*,\"findings\":\[{\"type\":'"
"$BIN" scan --explain "$T/sample-phi.txt" >"$OUT/explain.out" 2>"$OUT/explain.err"
check "scan --explain shows evidence and validators" "grep -q 'evidence: label=ssn@' '$OUT/explain.out' && grep -q 'validators: ssn.structure=pass' '$OUT/explain.out'"
printf 'Maria Lopez, RN leads the infusion training. Yesterday Gary Lindholm had his knee MRI.\n' \
    | "$BIN" scan --as text --explain - >"$OUT/person.out" 2>&1 || true
check "scan --explain says why a name is a patient's and why a clinician's is not" \
    "grep -q 'person: a patient: care' '$OUT/person.out' && grep -q 'person: not a patient: credentials after the name' '$OUT/person.out'"
"$BIN" scan --count "$T/sample-phi.txt" - <"$T/sample-clean.txt" >"$OUT/count.out" 2>"$OUT/count.err"
check "scan --count prints one line per input, stdin included" "[ \$(wc -l <'$OUT/count.out') -eq 2 ] && grep -q '^-: clean findings=' '$OUT/count.out'"
"$BIN" scan /nonexistent/file >"$OUT/missing.out" 2>"$OUT/missing.err"; rc=$?
check "scan exits 2 on an unreadable input" "[ $rc -eq 2 ]"
"$BIN" scan "$T" >"$OUT/dir.out" 2>"$OUT/dir.err"; rc=$?
check "scan exits 2 on a directory, without a crash" "[ $rc -eq 2 ] && grep -q 'read error' '$OUT/dir.err'"
"$BIN" config check "$T/bad-config.yaml" >"$OUT/cfg.out" 2>"$OUT/cfg.err"; rc=$?
check "config check exits 78 naming the unknown key" "[ $rc -eq 78 ] && grep -q 'packs.enabeld' '$OUT/cfg.err'"
printf 'version: 1\nlimits:\n  ocr_max_pages: 0\n' >"$OUT/ocr-config.yaml"
"$BIN" config check "$OUT/ocr-config.yaml" >"$OUT/ocrcfg.out" 2>"$OUT/ocrcfg.err"; rc=$?
check "config check exits 78 naming an out-of-range OCR limit" "[ $rc -eq 78 ] && grep -q 'limits.ocr_max_pages' '$OUT/ocrcfg.err'"
"$BIN" scan --config "$T/bad-config.yaml" "$T/sample-phi.txt" >"$OUT/cfgscan.out" 2>"$OUT/cfgscan.err"; rc=$?
check "scan with a bad config exits 78" "[ $rc -eq 78 ]"
"$BIN" config check contrib/phi-milter.yaml >"$OUT/contrib.out" 2>&1; rc=$?
check "the documented config in contrib/ checks clean" "[ $rc -eq 0 ]"
"$BIN" config dump >"$OUT/dump.out" 2>&1
check "config dump prints the defaults and they check clean" "grep -q '^version: 1' '$OUT/dump.out' && '$BIN' config check '$OUT/dump.out' >/dev/null"
"$BIN" packs test "$T/bad-pack" >"$OUT/badpack.out" 2>&1; rc=$?
check "packs test fails on a wrong example naming file and line" "[ $rc -eq 1 ] && grep -q 'bad-pack/bad.yaml:17: bad.ssn: no_match example' '$OUT/badpack.out'"
"$BIN" packs lint "$T/bad-pack" >"$OUT/badlint.out" 2>&1; rc=$?
check "packs lint refuses a rule with too few examples" "[ $rc -eq 1 ] && grep -q 'noExamples' '$OUT/badlint.out'"

"$BIN" corpus "$T/mini-corpus" --baseline "$OUT/mini-baseline.json" --update-baseline >"$OUT/corpus1.out" 2>&1
"$BIN" corpus "$T/mini-corpus" --baseline "$OUT/mini-baseline.json" >"$OUT/corpus2.out" 2>&1; rc=$?
check "corpus passes against its own baseline" "[ $rc -eq 0 ] && grep -q 'precision 1.000  recall 1.000' '$OUT/corpus2.out'"
sed 's/"precision" : 1/"precision" : 1.5/' "$OUT/mini-baseline.json" >"$OUT/high-baseline.json"
"$BIN" corpus "$T/mini-corpus" --baseline "$OUT/high-baseline.json" >"$OUT/corpus3.out" 2>&1; rc=$?
check "corpus exits 1 when a metric drops below the baseline" "[ $rc -eq 1 ] && grep -q 'REGRESSION in precision' '$OUT/corpus3.out'"

# Config values that used to trap or pass unchecked are refused with exit 78, naming the key.
cfgcase() { # NAME YAML KEY
  printf '%s\n' "$2" >"$OUT/range.yaml"
  "$BIN" config check "$OUT/range.yaml" >"$OUT/range.out" 2>"$OUT/range.err"; local rc=$?
  check "config check refuses $1 (exit 78 naming $3)" "[ $rc -eq 78 ] && grep -qF -- '$3' '$OUT/range.err'"
}
cfgcase "a huge time budget" "limits: {time_budget_seconds: 1e300}" "limits.time_budget_seconds"
cfgcase "a negative pdf timeout" "limits: {pdf_timeout_seconds: -1}" "limits.pdf_timeout_seconds"
cfgcase "socket_mode 7777" 'listen: {socket_mode: "7777"}' "listen.socket_mode"
cfgcase "socket_mode 999" 'listen: {socket_mode: "999"}' "listen.socket_mode"
cfgcase "an empty file" "" "is empty"
cfgcase "a YAML syntax error" $'version: 1\nlimits: {time_budget_seconds: [1, 2}\n' "range.yaml:2: not valid YAML"
"$BIN" packs lint tests/cli/bad-window >"$OUT/badwindow.out" 2>&1; rc=$?
check "packs lint refuses a negative window naming file and line" "[ $rc -eq 1 ] && grep -q 'window.yaml:12' '$OUT/badwindow.out'"
"$BIN" scan --packs tests/cli/bad-window "$T/sample-phi.txt" >"$OUT/scanwindow.out" 2>"$OUT/scanwindow.err"; rc=$?
check "scan with a negative-window pack refuses it (78, file and line) instead of trapping" \
  "[ $rc -eq 78 ] && grep -q 'window.yaml:12: badValue: .*must be 0 to 4096' '$OUT/scanwindow.err'"

# Every check `run` makes, `config check` makes (issue 12): each refusal exits 78 with one line
# "FILE:LINE: KEY: REASON". The line is where the key stands in the file.
fullcase() { # NAME YAML EXPECTED-LINE-SUFFIX (after "FILE:")
  printf '%s\n' "$2" >"$OUT/full.yaml"
  "$BIN" config check "$OUT/full.yaml" >"$OUT/full.out" 2>"$OUT/full.err"; local rc=$?
  check "config check refuses $1 (exit 78: $3)" "[ $rc -eq 78 ] && grep -qF -- 'phi-milter: $OUT/full.yaml:$3' '$OUT/full.err'"
}
fullcase "an enabled pack that is not there" $'version: 1\npacks:\n  enabled: [no-such-pack]' "3: packs.enabled[0]: no pack no-such-pack in "
fullcase "an unknown type in a classifier list" $'policy:\n  thresholds:\n    strong_types: [SSN, SSNN]' "3: policy.thresholds.strong_types[1]: unknown type SSNN (expected one of SSN, MRN,"
fullcase "an unknown type in an identity pair" $'policy:\n  thresholds:\n    identity_pairs: [NAME+DOBB]' "3: policy.thresholds.identity_pairs[0]: unknown type DOBB"
fullcase "a client network that is not CIDR" $'policy:\n  skip:\n    client_networks:\n      - 10.0.0.0/8\n      - banana' "5: policy.skip.client_networks[1]: not an address or network in CIDR notation"
fullcase "socket_mode 999 at its line" $'version: 1\nlisten:\n  socket_mode: "999"' "3: listen.socket_mode: must be octal 0000 to 0777"
fullcase "a socket spec that is not one" $'listen: {socket: "tcp:25"}' "1: listen.socket: not inet:PORT@HOST"
fullcase "a listen.user this host lacks" $'listen:\n  user: no-such-user-phi' "2: listen.user: no such user no-such-user-phi on this host"
fullcase "a listen.group this host lacks" $'listen:\n  group: no-such-group-phi' "2: listen.group: no such group no-such-group-phi on this host"
fullcase "a missing HMAC key file" $'site:\n  hmac_key_file: /nonexistent/phi.key' "2: site.hmac_key_file: cannot read /nonexistent/phi.key: No such file or directory"
printf 'short' >"$OUT/short.key"
fullcase "an HMAC key shorter than 16 bytes" $'site:\n  hmac_key_file: '"$OUT/short.key" "2: site.hmac_key_file: $OUT/short.key holds 5 bytes; a key needs at least 16"
printf 'x' >"$OUT/plain"
fullcase "an audit file whose directory cannot be made" $'audit:\n  sink: file\n  path: '"$OUT/plain/dir/audit.jsonl" "3: audit.path: cannot make the directory of $OUT/plain/dir/audit.jsonl: $OUT/plain is not a directory"
fullcase "a site MRN regex that does not compile" $'site:\n  mrn_patterns: ["MRN(\\\\d+"]' "2: site.mrn_patterns[0]: does not compile"
fullcase "a site MRN regex that backtracks catastrophically" $'site:\n  mrn_patterns:\n    - "(\\\\d+)+"' "3: site.mrn_patterns[0]: a group with an unbounded quantifier is itself repeated without bound"
fullcase "an unknown log facility" $'log:\n  facility: mial' "2: log.facility: unknown facility mial (expected one of mail, daemon"
fullcase "an unknown audit syslog facility" $'audit: {sink: syslog, syslog_facility: local9}' "1: audit.syslog_facility: unknown facility local9"
fullcase "a pack directory that is not there" $'packs:\n  dirs: [/nonexistent/packs]' "2: packs.dirs[0]: /nonexistent/packs: no such directory"
fullcase "a notice command that is not there" $'notice:\n  sender: true\n  sendmail: [/nonexistent/sendmail]' "3: notice.sendmail[0]: /nonexistent/sendmail is not an executable file"
mkdir -p "$OUT/empty-packs"
fullcase "a configuration that loads no rules" $'packs:\n  dirs: ['"$OUT/empty-packs"']' "2: packs.dirs: no rules loaded from $OUT/empty-packs"
fullcase "a YAML syntax error, with its reason" $'version: 1\npolicy: {skip: [1, 2}' "2: not valid YAML: did not find expected"

# run refuses the same files before it listens, with sysexits statuses (issue 12).
PORT=${PHI_E2E_PORT:-28000}
printf 'packs:\n  dirs: [%s]\n' "$OUT/empty-packs" >"$OUT/norules.yaml"
"$BIN" run --foreground --config "$OUT/norules.yaml" --socket "inet:$((PORT + 901))@127.0.0.1" >"$OUT/norules.out" 2>"$OUT/norules.err"; rc=$?
check "run with zero rules loaded exits 78 naming file, line and key" \
  "[ $rc -eq 78 ] && grep -qF '$OUT/norules.yaml:2: packs.dirs: no rules loaded' '$OUT/norules.err'"
printf 'listen:\n  user: no-such-user-phi\n' >"$OUT/nouser.yaml"
"$BIN" run --foreground --config "$OUT/nouser.yaml" --socket "inet:$((PORT + 902))@127.0.0.1" >"$OUT/nouser.out" 2>"$OUT/nouser.err"; rc=$?
check "run with a listen.user this host lacks exits 67 (EX_NOUSER) naming it" \
  "[ $rc -eq 67 ] && grep -qF 'listen.user: no such user no-such-user-phi' '$OUT/nouser.err'"
python3 -c 'import socket,sys,time; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1]))); s.listen(1); time.sleep(60)' $((PORT + 903)) &
holder=$!
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$((PORT + 903))) 2>/dev/null && break; sleep 0.1; done
printf 'version: 1\naudit: {sink: stderr}\n' >"$OUT/plain.yaml"
"$BIN" run --foreground --config "$OUT/plain.yaml" --socket "inet:$((PORT + 903))@127.0.0.1" >"$OUT/inuse.out" 2>"$OUT/inuse.err"; rc=$?
kill $holder 2>/dev/null; wait $holder 2>/dev/null
check "run on a socket in use exits 71 (EX_OSERR) naming the address and the errno text" \
  "[ $rc -eq 71 ] && grep -qx 'phi-milter: cannot listen on inet:$((PORT + 903))@127.0.0.1: Address already in use' '$OUT/inuse.err'"
"$BIN" run --foreground --config "$OUT/plain.yaml" --socket "unix:/nonexistent-dir-phi/m.sock" >"$OUT/nodir.out" 2>"$OUT/nodir.err"; rc=$?
check "run on a unix socket in a missing directory exits 71 naming the path and the errno text" \
  "[ $rc -eq 71 ] && grep -qx 'phi-milter: cannot listen on unix:/nonexistent-dir-phi/m.sock: No such file or directory' '$OUT/nodir.err'"
printf 'version: 1\naudit: {sink: file, path: %s}\n' "$OUT/made/by/run/audit.log" >"$OUT/mkaudit.yaml"
"$BIN" config check "$OUT/mkaudit.yaml" >/dev/null 2>&1; rc=$?
check "config check accepts an audit file whose directory run will make" "[ $rc -eq 0 ]"
"$BIN" run --foreground --config "$OUT/mkaudit.yaml" --socket "inet:$((PORT + 904))@127.0.0.1" >"$OUT/mkaudit.out" 2>&1 &
mk=$!
for _ in $(seq 100); do [ -d "$OUT/made/by/run" ] && break; sleep 0.1; done
kill $mk 2>/dev/null; wait $mk 2>/dev/null
check "run makes the missing directories of the audit file (mode 0750)" \
  "[ \"\$(stat -c %a '$OUT/made/by/run')\" = 750 ]"
"$BIN" run --help >"$OUT/runhelp.out" 2>&1
check "run --help documents the exit statuses it uses" \
  "grep -q '78 EX_CONFIG' '$OUT/runhelp.out' && grep -q '67 EX_NOUSER' '$OUT/runhelp.out' && grep -q '71 EX_OSERR' '$OUT/runhelp.out'"

# Without --config, run and config check|dump read the default file (PHI_MILTER_CONFIG stands in
# for /etc/phi-milter/phi-milter.yaml here).
printf 'listen:\n  socket_mode: "0640"\n' >"$OUT/default.yaml"
PHI_MILTER_CONFIG="$OUT/default.yaml" "$BIN" config dump >"$OUT/defdump.out" 2>&1
check "config dump without --config reads the default file" "grep -q 'socket_mode: .0640' '$OUT/defdump.out'"
PHI_MILTER_CONFIG="$OUT/default.yaml" "$BIN" config check >"$OUT/defcheck.out" 2>&1; rc=$?
check "config check without FILE checks the default file" "[ $rc -eq 0 ] && grep -qF '$OUT/default.yaml: ok' '$OUT/defcheck.out'"
PHI_MILTER_CONFIG="$OUT/nouser.yaml" "$BIN" run --foreground --socket "inet:$((PORT + 904))@127.0.0.1" >"$OUT/defrun.out" 2>"$OUT/defrun.err"; rc=$?
check "run without --config reads the default file" "[ $rc -eq 67 ] && grep -qF '$OUT/nouser.yaml:2: listen.user' '$OUT/defrun.err'"
PHI_MILTER_CONFIG="$OUT/absent.yaml" "$BIN" config check >"$OUT/absent.out" 2>&1; rc=$?
check "with no default file the built-in defaults are used" "[ $rc -eq 0 ] && grep -qF '(built-in defaults): ok' '$OUT/absent.out'"

# packs lint refuses a type that is not canonical; packs test|lint without DIR use the installed packs.
"$BIN" packs lint tests/cli/bad-type >"$OUT/badtype.out" 2>&1; rc=$?
check "packs lint refuses an unknown type naming file, line and the expected types" \
  "[ $rc -eq 1 ] && grep -q 'bad-type/type.yaml:7: badValue: .*unknown type SSNN (expected one of SSN' '$OUT/badtype.out'"
"$BIN" packs lint Patterns 2>&1 | tail -1 >"$OUT/lintnamed.out"
ABSBIN=$(realpath "$BIN")
(cd "$OUT" && PHI_MILTER_PACKS= "$ABSBIN" packs lint) 2>&1 | tail -1 >"$OUT/lintdefault.out"
check "packs lint without DIR (from another directory) lints the packs scan uses" \
  "grep -q '^packs lint: [1-9][0-9]* packs, [1-9][0-9]* rules, 0 problems' '$OUT/lintdefault.out' && cmp -s '$OUT/lintnamed.out' '$OUT/lintdefault.out'"
(cd "$OUT" && PHI_MILTER_PACKS="$OLDPWD/tests/cli/bad-type" "$ABSBIN" packs lint) >"$OUT/lintenv.out" 2>&1; rc=$?
check "packs lint without DIR follows PHI_MILTER_PACKS, as scan does" "[ $rc -eq 1 ] && grep -q 'unknown type SSNN' '$OUT/lintenv.out'"
(cd "$OUT" && PHI_MILTER_PACKS="$OLDPWD/tests/cli/bad-pack" "$ABSBIN" packs test) >"$OUT/testenv.out" 2>&1; rc=$?
check "packs test without DIR follows PHI_MILTER_PACKS, as scan does" "[ $rc -eq 1 ] && grep -q 'bad.ssn: no_match example' '$OUT/testenv.out'"

# A standalone zip or docx given to scan is read by its content, not as text.
python3 - "$OUT" <<'PY'
import sys, zipfile
out = sys.argv[1]
phi = "Patient: Maria Lopez DOB 03/14/1962 SSN: 536-90-4399 diagnosis: type 2 diabetes"
with zipfile.ZipFile(out + "/phi.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("notes/referral.txt", phi + "\n")
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
       'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + phi + '</w:t></w:r></w:p></w:body></w:document>')
with zipfile.ZipFile(out + "/phi.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
               'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("word/document.xml", doc)
# A message whose attachment name is itself PHI.
open(out + "/named.eml", "w").write(
    "From: a@b.example\r\nTo: c@d.example\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
    "--b\r\nContent-Type: text/plain; name=\"Maria Lopez 536-90-4399.txt\"\r\n\r\n" + phi + "\r\n--b--\r\n")
PY
for f in phi.zip phi.docx; do
  "$BIN" scan --format json "$OUT/$f" >"$OUT/$f.out" 2>"$OUT/$f.err"; rc=$?
  check "scan $f finds the PHI inside" "[ $rc -eq 1 ] && grep -q '\"verdict\":\"phi\"' '$OUT/$f.out'"
done
rm -f "$OUT/phi.zip" "$OUT/phi.docx"
"$BIN" scan --format json "$OUT/named.eml" >"$OUT/named.out" 2>&1
"$BIN" scan --explain "$OUT/named.eml" >"$OUT/named-explain.out" 2>&1
rm -f "$OUT/named.eml"
check "an attachment's name appears in part paths only masked" "grep -qF 'M**** L**** ***-**-****.txt' '$OUT/named.out'"

leaks=0
while IFS= read -r id; do
  [ -n "$id" ] || continue
  if grep -rlF -- "$id" "$OUT" >/dev/null; then echo "# leaked: an identifier from line of identifiers.txt appears in $(grep -rlF -- "$id" "$OUT" | xargs -n1 basename | tr '\n' ' ')"; leaks=$((leaks+1)); fi
done < "$T/identifiers.txt"
check "no raw identifier in any output or error stream" "[ $leaks -eq 0 ]"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
