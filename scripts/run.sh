#!/usr/bin/env bash
# make run: show a scan of a sample, then start the milter with the built-in defaults (audit
# records to standard error) on inet:8890@127.0.0.1, ready for Postfix. Ctrl-C (or SIGTERM) stops it.
set -euo pipefail
BIN=${1:?usage: run.sh PATH-TO-phi-milter}
cd "$(dirname "$0")/.."
echo "== phi-milter scan tests/cli/sample-phi.txt (findings are masked; exit 1 means PHI found)"
"$BIN" scan --explain tests/cli/sample-phi.txt | head -20 || true
echo
echo "== starting the milter on inet:8890@127.0.0.1 with the built-in configuration and packs (audit to stderr)"
echo "   Add this to Postfix's main.cf, then 'postfix reload':"
echo
echo "     smtpd_milters = { inet:127.0.0.1:8890, default_action=tempfail }"
echo "     non_smtpd_milters = \$smtpd_milters"
echo
# The built-in audit sink is a file under /var/log/phi-milter/ (made by the package); here the
# records go to standard error instead.
mkdir -p .build
printf 'version: 1\naudit: {sink: stderr}\n' > .build/run-config.yaml
exec "$BIN" run --foreground --config .build/run-config.yaml
