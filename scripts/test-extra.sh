#!/usr/bin/env bash
# Test stages beyond `swift test`: the command line, the corpus regression (and, as it lands, end-to-end).
set -euo pipefail
BIN=${1:?usage: test-extra.sh PATH-TO-phi-milter}
cd "$(dirname "$0")/.."
scripts/test-cli.sh "$BIN"
echo "== corpus regression"
"$BIN" corpus Corpus
