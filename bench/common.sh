# shellcheck shell=bash
# Helpers shared by the benchmark scripts (bench/run.sh, bench/list-benchmark.sh); sourced, not run.

# stop_process PID: asks the process to stop, waits up to 10 s, then kills it. Nothing when PID is empty or gone.
stop_process() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# conn_get KEY... : the value of the first of these (lower-case) keys in the Npgsql connection string $CONN.
conn_get() {
  local part key value wanted
  local -a parts
  IFS=';' read -r -a parts <<<"$CONN"
  for wanted in "$@"; do
    for part in "${parts[@]}"; do
      key="${part%%=*}" value="${part#*=}"
      key="$(tr '[:upper:]' '[:lower:]' <<<"${key//[[:space:]]/}")"
      if [[ "$key" == "$wanted" ]]; then
        printf '%s\n' "$value"
        return 0
      fi
    done
  done
}
