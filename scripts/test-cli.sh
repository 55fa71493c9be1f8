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
cfgcase "a YAML syntax error" $'version: 1\nlimits: {time_budget_seconds: [1, 2}\n' "at line"
"$BIN" packs lint tests/cli/bad-window >"$OUT/badwindow.out" 2>&1; rc=$?
check "packs lint refuses a negative window naming file and line" "[ $rc -eq 1 ] && grep -q 'window.yaml:12' '$OUT/badwindow.out'"

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
