#!/usr/bin/env bash
# Back up the PromiseKeeper database into one file (pg_dump's custom format, compressed).
#
#   scripts/backup.sh [FILE]     default FILE: backups/promisekeeper-<UTC time>.dump
#
# Database: ConnectionStrings__PromiseKeeper (the app's Npgsql connection string).
# The dump is consistent: pg_dump reads every table in one snapshot, while the app keeps
# serving and writing. It holds everything, the evidence files (stored in PostgreSQL) and
# the data-protection keys included, so a restored database keeps people signed in.
# Restore with scripts/restore.sh FILE NEW_DATABASE.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"
# shellcheck source=scripts/pg-client.sh
source "$ROOT/scripts/pg-client.sh"

case "${1:-}" in
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *) ;;
esac

file="${1:-$ROOT/backups/promisekeeper-$(date -u +%Y%m%dT%H%M%SZ).dump}"
pg_client_env "${ConnectionStrings__PromiseKeeper:-}"
mkdir -p -- "$(dirname -- "$file")"
pg_dump="$(pg_client_tool pg_dump)"

# Written next to the target first, so a failed dump never leaves a file that looks like a backup.
partial="$file.partial"
trap 'rm -f -- "$partial"' EXIT
"$pg_dump" --format=custom --no-owner --no-privileges --file="$partial"
mv -- "$partial" "$file"
trap - EXIT
pk_log "backed up database $PGDATABASE to $file"
