# Sourced by the end-to-end scripts that run milters beside a private Postfix in $D: stops that
# Postfix, the milters named in MILTER_PID and the sinks whose pids are in $D/*.sinkpid (waiting
# up to 8 s for the milters to drain, then kill -9), and removes $D unless PHI_E2E_KEEP is set.
declare -A MILTER_PID
cleanup() {
  [[ -f $D/etc/main.cf ]] && postfix -c "$D/etc" stop >/dev/null 2>&1
  for p in "${MILTER_PID[@]}"; do kill "$p" 2>/dev/null; done
  for f in "$D"/*.sinkpid; do [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null; done
  for _ in $(seq 80); do
    local alive=0
    for p in "${MILTER_PID[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [[ $alive == 0 ]] && break
    sleep 0.1
  done
  for p in "${MILTER_PID[@]}"; do kill -9 "$p" 2>/dev/null; done
  if [[ -n "${PHI_E2E_KEEP:-}" ]]; then echo "# kept $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT
