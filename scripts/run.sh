#!/usr/bin/env bash
# Run PromiseKeeper locally with demo data.
#
#   scripts/run.sh            publish the app and run it on http://127.0.0.1:5080
#   scripts/run.sh --stop-db  stop the local PostgreSQL cluster started by this script
#
# Database: ConnectionStrings__PromiseKeeper when it is set; otherwise a
# persistent local cluster in .local/pgdata on 127.0.0.1:55432 (database
# "promisekeeper"), created on the first run and reused afterwards.
# Overrides: PROMISEKEEPER_URL (default http://127.0.0.1:5080),
#            PROMISEKEEPER_PG_PORT (default 55432).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"

URL="${PROMISEKEEPER_URL:-http://127.0.0.1:5080}"
PG_PORT="${PROMISEKEEPER_PG_PORT:-55432}"
PG_DIR="$ROOT/.local/pgdata"
PUBLISH_DIR="$ROOT/.local/publish"
DB_NAME="promisekeeper"

case "${1:-}" in
  "") ;;
  --stop-db)
    pg_local_stop "$PG_DIR"
    pk_log "the data stays in .local/pgdata; the next scripts/run.sh starts it again"
    exit 0
    ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *) pk_die "unknown argument '$1' (try --help)" ;;
esac

command -v dotnet >/dev/null 2>&1 || pk_die "the .NET SDK (dotnet) is not on PATH: install the .NET 10 SDK first"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ -n "${ConnectionStrings__PromiseKeeper:-}" ]]; then
  pk_log "using the database of ConnectionStrings__PromiseKeeper"
  STOP_HINT=""
else
  pg_local_ensure_installed
  pg_local_start "$PG_DIR" "$PG_PORT"
  pg_local_create_db "$PG_PORT" "$DB_NAME"
  ConnectionStrings__PromiseKeeper="$(pg_local_conn_string "$PG_PORT" "$DB_NAME")"
  export ConnectionStrings__PromiseKeeper
  STOP_HINT="The local PostgreSQL (127.0.0.1:$PG_PORT, data in .local/pgdata) keeps running after the app stops; stop it with: scripts/run.sh --stop-db"
fi

port="${URL##*:}"
port="${port%%/*}"
if [[ "$port" =~ ^[0-9]+$ ]] && pg_local_port_open "$port"; then
  pk_die "port $port is already in use: stop what runs there, or set PROMISEKEEPER_URL (e.g. http://127.0.0.1:5081)"
fi

# Published output (like the Docker image): static web assets are served the
# same way as in production, whatever the environment.
pk_log "publishing src/PromiseKeeper.Web (Release) to .local/publish; the first time this takes a few minutes"
rm -rf -- "$PUBLISH_DIR"
dotnet publish "$ROOT/src/PromiseKeeper.Web/PromiseKeeper.Web.csproj" -c Release -o "$PUBLISH_DIR" --nologo -v quiet ||
  pk_die "dotnet publish failed"

export PromiseKeeper__ApplyMigrationsOnStartup=true
export PromiseKeeper__SeedDemoData=true

echo
echo "PromiseKeeper will be at $URL"
echo "The demo logins are printed by the app below once it has started."
echo "Press Ctrl+C to stop the app."
if [[ -n "$STOP_HINT" ]]; then echo "$STOP_HINT"; fi
echo

# The content root is the current directory: run from the publish folder.
cd "$PUBLISH_DIR"
exec dotnet PromiseKeeper.Web.dll --urls "$URL"
