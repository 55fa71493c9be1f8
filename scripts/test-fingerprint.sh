#!/usr/bin/env bash
# Command-line tests of `phi-milter fingerprint` and the policy allow-list it feeds: a value
# fingerprinted by hand equals the scanner's fingerprint of it, and allow-listing it makes a
# message with only that value clean. No input value may appear in any output stream.
set -uo pipefail
BIN=${1:?usage: test-fingerprint.sh PATH-TO-phi-milter}
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
pass=0; fail=0
ok()  { echo "ok - $1"; pass=$((pass+1)); }
nok() { echo "not ok - $1"; fail=$((fail+1)); }
check() { if eval "$2"; then ok "$1"; else nok "$1"; fi; }

head -c 32 /dev/urandom >"$OUT/key"
printf 'version: 1\nsite: {hmac_key_file: %s}\n' "$OUT/key" >"$OUT/keyed.yaml"

printf '536-90-4399\n' | "$BIN" fingerprint --type SSN >"$OUT/nokey.out" 2>"$OUT/nokey.err"; rc=$?
check "fingerprint without a key file exits 78 naming site.hmac_key_file" \
  "[ $rc -eq 78 ] && grep -q 'site.hmac_key_file' '$OUT/nokey.err' && [ ! -s '$OUT/nokey.out' ]"
printf '536-90-4399\n' | "$BIN" fingerprint --config "$OUT/keyed.yaml" >"$OUT/notype.out" 2>"$OUT/notype.err"; rc=$?
check "fingerprint without --type or --rule exits 64" "[ $rc -eq 64 ]"
printf '536-90-4399\n' | "$BIN" fingerprint --config "$OUT/keyed.yaml" --type SNN >/dev/null 2>"$OUT/badtype.err"; rc=$?
check "an unknown type exits 64 naming it" "[ $rc -eq 64 ] && grep -q 'type SNN' '$OUT/badtype.err'"

printf ' 536-90-4399 \r\n\n536904399\n078-05-1120\n' \
  | "$BIN" fingerprint --config "$OUT/keyed.yaml" --type SSN >"$OUT/fp.out" 2>"$OUT/fp.err"; rc=$?
check "fingerprint prints one fingerprint per non-empty line and exits 0" \
  "[ $rc -eq 0 ] && [ \$(wc -l <'$OUT/fp.out') -eq 3 ] && ! grep -qv '^hmac-sha256:[0-9a-f]\{32\}\$' '$OUT/fp.out'"
check "formatting does not change the fingerprint (normalized by the SSN rule's digits)" \
  "[ \"\$(sed -n 1p '$OUT/fp.out')\" = \"\$(sed -n 2p '$OUT/fp.out')\" ] && [ \"\$(sed -n 1p '$OUT/fp.out')\" != \"\$(sed -n 3p '$OUT/fp.out')\" ]"
check "no input value appears in the output or errors" \
  "! grep -qE '536-90-4399|536904399|078-05-1120|078051120' '$OUT/fp.out' '$OUT/fp.err' '$OUT/nokey.err' '$OUT/badtype.err'"

printf 'Patient SSN: 536-90-4399\n' >"$OUT/one.txt"
"$BIN" scan --config "$OUT/keyed.yaml" --format json "$OUT/one.txt" >"$OUT/scan.json" 2>/dev/null
FP=$(sed -n 1p "$OUT/fp.out")
check "the fingerprint equals the one the scanner gives the finding" "grep -q '\"fingerprint\":\"$FP\"' '$OUT/scan.json'"
printf '1234567893\n' | "$BIN" fingerprint --config "$OUT/keyed.yaml" --rule us.npi >"$OUT/npi.out" 2>/dev/null
printf 'NPI 1234567893 for Dr. Ortiz\n' | "$BIN" scan --config "$OUT/keyed.yaml" --format json - >"$OUT/npi.json" 2>/dev/null
check "--rule picks one rule's normalization (NPI)" "grep -q \"\$(cat '$OUT/npi.out')\" '$OUT/npi.json'"

printf 'version: 1\nsite: {hmac_key_file: %s}\npolicy: {allow_fingerprints: ["%s"]}\n' "$OUT/key" "$FP" >"$OUT/allow.yaml"
"$BIN" config check "$OUT/allow.yaml" >/dev/null 2>&1; rc=$?
check "a config with the fingerprint in policy.allow_fingerprints checks ok" "[ $rc -eq 0 ]"
"$BIN" scan --config "$OUT/allow.yaml" "$OUT/one.txt" >/dev/null 2>&1; rc=$?
check "the allow-listed value alone makes the text clean (scan exits 0)" "[ $rc -eq 0 ]"
printf 'Patient SSN: 536-90-4399 and SSN: 412-55-7301\n' >"$OUT/two.txt"
"$BIN" scan --config "$OUT/allow.yaml" "$OUT/two.txt" >/dev/null 2>&1; rc=$?
check "another value next to it still makes PHI (scan exits 1)" "[ $rc -eq 1 ]"
printf 'version: 1\npolicy: {allow_fingerprints: ["%s"]}\n' "$FP" >"$OUT/allow-nokey.yaml"
"$BIN" config check "$OUT/allow-nokey.yaml" >/dev/null 2>"$OUT/allow-nokey.err"; rc=$?
check "allow_fingerprints without a key file is a config error naming the key" \
  "[ $rc -eq 78 ] && grep -q 'policy.allow_fingerprints' '$OUT/allow-nokey.err'"

echo "fingerprint: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
