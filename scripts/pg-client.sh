#!/usr/bin/env bash
# shellcheck shell=bash
# Helpers for the PostgreSQL client tools (pg_dump, pg_restore, createdb, psql) against the app's database.
# Sourced by scripts/backup.sh and scripts/restore.sh (after scripts/pg-local.sh); not meant to be executed.
#
#   pg_client_tool NAME          print the path of a client tool: on PATH, else the newest /usr/lib/postgresql/*/bin
#   pg_client_env CONNSTRING     export PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD from an Npgsql
#                                connection string (the app's ConnectionStrings__PromiseKeeper)

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "scripts/pg-client.sh is a library: source it (see scripts/backup.sh)" >&2
  exit 2
fi

pg_client_tool() {
  local name="$1" dir
  if command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
    return 0
  fi
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$dir" && -x "$dir/$name" ]] || pk_die "$name not found: install the PostgreSQL client tools (Debian: postgresql-client)"
  printf '%s\n' "$dir/$name"
}

pg_client_env() {
  local conn="$1" part key value
  [[ -n "$conn" ]] || pk_die "no connection string: set ConnectionStrings__PromiseKeeper (Host=…;Port=…;Database=…;Username=…;Password=…)"
  IFS=';' read -r -a parts <<<"$conn"
  for part in "${parts[@]}"; do
    [[ "$part" == *=* ]] || continue
    key="${part%%=*}"
    value="${part#*=}"
    key="$(printf '%s' "$key" | tr -d ' ' | tr '[:upper:]' '[:lower:]')"
    case "$key" in
      host | server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database | db) export PGDATABASE="$value" ;;
      username | userid | user | uid) export PGUSER="$value" ;;
      password | pwd) export PGPASSWORD="$value" ;;
      *) ;;
    esac
  done
  [[ -n "${PGDATABASE:-}" ]] || pk_die "the connection string names no Database"
}
