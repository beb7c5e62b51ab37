#!/usr/bin/env bash
# Run PromiseKeeper locally with demo data.
#
#   scripts/run.sh            publish the app and run it on http://127.0.0.1:5080
#   scripts/run.sh --stop-db  stop the local PostgreSQL cluster started by this script
#
# Database: ConnectionStrings__PromiseKeeper when it is set; otherwise a
# persistent local cluster in .local/pgdata on 127.0.0.1:55432 (database
# "promisekeeper"), created on the first run and reused afterwards.
# Mail: smtp4dev (a local dotnet tool, dotnet-tools.json) runs beside the app and
# catches every email it sends; its web inbox is printed with the app's address.
# Its data is in .local/smtp4dev; it stops with the app. Mail__Host set in the
# environment: the app sends there instead, and smtp4dev is not started.
# Overrides: PROMISEKEEPER_URL (default http://127.0.0.1:5080),
#            PROMISEKEEPER_PG_PORT (default 55432),
#            PROMISEKEEPER_SMTP_PORT (smtp4dev's SMTP port, default 2525),
#            PROMISEKEEPER_MAIL_URL (smtp4dev's web inbox, default http://127.0.0.1:5081).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"

URL="${PROMISEKEEPER_URL:-http://127.0.0.1:5080}"
PG_PORT="${PROMISEKEEPER_PG_PORT:-55432}"
SMTP_PORT="${PROMISEKEEPER_SMTP_PORT:-2525}"
MAIL_URL="${PROMISEKEEPER_MAIL_URL:-http://127.0.0.1:5081}"
MAIL_DIR="$ROOT/.local/smtp4dev"
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

# --- The local mail server (smtp4dev) --------------------------------------------
MAIL_PID=""
# shellcheck disable=SC2317 # invoked by the EXIT trap
stop_mail() {
  if [[ -n "$MAIL_PID" ]] && kill -0 "$MAIL_PID" 2>/dev/null; then
    kill "$MAIL_PID" 2>/dev/null || true
    wait "$MAIL_PID" 2>/dev/null || true
  fi
}
trap stop_mail EXIT

if [[ -n "${Mail__Host:-}" ]]; then
  pk_log "mail: sending to $Mail__Host (Mail__Host is set); smtp4dev is not started"
else
  mail_port="${MAIL_URL##*:}"
  mail_port="${mail_port%%/*}"
  for p in "$SMTP_PORT" "$mail_port"; do
    if pg_local_port_open "$p"; then
      pk_die "port $p (smtp4dev) is already in use: stop what runs there, or set PROMISEKEEPER_SMTP_PORT / PROMISEKEEPER_MAIL_URL"
    fi
  done
  (cd "$ROOT" && dotnet tool restore >/dev/null) || pk_die "dotnet tool restore failed (smtp4dev is a local tool in dotnet-tools.json)"
  mkdir -p -- "$MAIL_DIR"
  pk_log "starting smtp4dev: SMTP on 127.0.0.1:$SMTP_PORT, inbox at $MAIL_URL (log in .local/smtp4dev/smtp4dev.log)"
  # IMAP and POP3 off: only SMTP and the web inbox are needed (and their default ports may be taken).
  (cd "$ROOT" && exec dotnet smtp4dev --smtpport="$SMTP_PORT" --urls="$MAIL_URL" --hostname=localhost \
    --bindaddress=127.0.0.1 --imapport="" --pop3port="" --baseappdatapath="$MAIL_DIR" --db="$MAIL_DIR/smtp4dev.db" \
    >"$MAIL_DIR/smtp4dev.log" 2>&1) &
  MAIL_PID=$!
  for _ in $(seq 1 120); do
    pg_local_port_open "$SMTP_PORT" && break
    kill -0 "$MAIL_PID" 2>/dev/null || pk_die "smtp4dev stopped at start; see .local/smtp4dev/smtp4dev.log"
    sleep 0.5
  done
  pg_local_port_open "$SMTP_PORT" || pk_die "smtp4dev does not listen on port $SMTP_PORT; see .local/smtp4dev/smtp4dev.log"
  export Mail__Host=127.0.0.1 Mail__Port="$SMTP_PORT" Mail__Security=None
  export Mail__FromAddress="promisekeeper@demo.promisekeeper.test"
  export PromiseKeeper__MailInboxUrl="$MAIL_URL"
fi

echo
echo "PromiseKeeper will be at $URL"
if [[ -n "${PromiseKeeper__MailInboxUrl:-}" ]]; then echo "Its emails land in the smtp4dev inbox at $PromiseKeeper__MailInboxUrl"; fi
echo "The demo logins are printed by the app below once it has started."
echo "Press Ctrl+C to stop the app (and smtp4dev)."
if [[ -n "$STOP_HINT" ]]; then echo "$STOP_HINT"; fi
echo

# The content root is the current directory: run from the publish folder.
# Not exec: the EXIT trap stops smtp4dev when the app ends.
cd "$PUBLISH_DIR"
dotnet PromiseKeeper.Web.dll --urls "$URL"
