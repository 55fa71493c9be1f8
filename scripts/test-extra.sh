#!/usr/bin/env bash
# Test stages beyond `swift test`: the command line, the corpus regression, the end-to-end
# tests through miltertest and a private Postfix (tests/e2e/run.sh; needs root), and a smoke run
# of every fuzz target (FUZZ_SECONDS each, default 30; scripts/fuzz.sh).
set -euo pipefail
BIN=${1:?usage: test-extra.sh PATH-TO-phi-milter}
cd "$(dirname "$0")/.."
echo "== command line"
scripts/test-cli.sh "$BIN"
echo "== corpus regression"
"$BIN" corpus Corpus
echo "== end to end: miltertest and a private Postfix"
tests/e2e/run.sh "$BIN"
echo "== exact data match: edm build|stats|test, config check, reload"
tests/e2e/edm.sh "$BIN"
echo "== fuzz smoke"
FUZZ_SECONDS=${FUZZ_SECONDS:-30} scripts/fuzz.sh
