#!/usr/bin/env bash
# Restore a backup of scripts/backup.sh into a NEW database on the same server.
#
#   scripts/restore.sh FILE NEW_DATABASE
#
# Server and user: ConnectionStrings__PromiseKeeper (its Database is only used to connect;
# it is never changed). Refuses when NEW_DATABASE exists already, so a restore can never
# overwrite live data. Point the app at the new database (Database=NEW_DATABASE) once
# the restore has finished; it needs no migration step unless the app is newer than the backup.
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

[[ $# -eq 2 ]] || pk_die "usage: scripts/restore.sh FILE NEW_DATABASE"
file="$1"
target="$2"
[[ -f "$file" ]] || pk_die "no backup file $file"
[[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || pk_die "NEW_DATABASE must be a plain name (letters, digits, _)"
pg_client_env "${ConnectionStrings__PromiseKeeper:-}"

psql="$(pg_client_tool psql)"
exists="$("$psql" --no-psqlrc --tuples-only --no-align --set=ON_ERROR_STOP=1 \
  --command="SELECT 1 FROM pg_database WHERE datname = '$target'")"
[[ -z "$exists" ]] || pk_die "database $target exists already: restore into a new one"

"$(pg_client_tool createdb)" -- "$target"
if ! "$(pg_client_tool pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" -- "$file"; then
  pk_die "the restore failed; database $target is incomplete: drop it (dropdb $target) before trying again"
fi
pk_log "restored $file into database $target"
