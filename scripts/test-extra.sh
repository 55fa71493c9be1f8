#!/usr/bin/env bash
# Test stages beyond `swift test`: the command line, the corpus regression, the end-to-end
# tests through miltertest and a private Postfix (tests/e2e/run.sh; needs root), and a smoke run
# of every fuzz target (FUZZ_SECONDS each, default 30; scripts/fuzz.sh). The package test
# (tests/deb/run.sh) builds the release binary and the .deb and installs it (needs root).
set -euo pipefail
BIN=${1:?usage: test-extra.sh PATH-TO-phi-milter}
cd "$(dirname "$0")/.."
echo "== command line"
scripts/test-cli.sh "$BIN"
scripts/test-fingerprint.sh "$BIN"
echo "== corpus regression"
"$BIN" corpus Corpus
echo "== end to end: miltertest and a private Postfix"
tests/e2e/run.sh "$BIN"
echo "== the daemon: syslog lines, reloads, pid file before privileges drop"
tests/daemon/run.sh "$BIN"
echo "== policy end to end: simulate, Subject trigger, bulk, partners"
tests/e2e/policy.sh "$BIN"
echo "== Debian package: make deb, dpkg -i, lintian, the unit's ExecStart with Postfix, dpkg -r/-P"
tests/deb/run.sh
echo "== end to end: metrics and audit"
tests/e2e/metrics-audit.sh "$BIN"
echo "== end to end: encrypt route and quarantine workflow"
tests/e2e/routing.sh "$BIN"
echo "== end to end: a milter pool behind HAProxy, one instance killed"
tests/e2e/scaleout.sh "$BIN"
echo "== exact data match: edm build|stats|test, config check, reload"
tests/e2e/edm.sh "$BIN"
echo "== fuzz smoke"
FUZZ_SECONDS=${FUZZ_SECONDS:-30} scripts/fuzz.sh
