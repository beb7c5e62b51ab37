#!/usr/bin/env bash
# Apply the database migrations (and create the roles), then exit: the step to run once
# before the app's instances start in production, so several instances never race to migrate.
#
#   scripts/migrate.sh
#
# Database: ConnectionStrings__PromiseKeeper. Runs the published app when PROMISEKEEPER_APP_DLL
# points at PromiseKeeper.Web.dll (in the container: dotnet PromiseKeeper.Web.dll --migrate),
# else builds and runs it from the sources. Waits, with growing pauses, while PostgreSQL
# does not answer yet. (scripts/run.sh and docker compose's demo still migrate at start.)
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"

case "${1:-}" in
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *) ;;
esac

[[ -n "${ConnectionStrings__PromiseKeeper:-}" ]] || pk_die "set ConnectionStrings__PromiseKeeper to the database to migrate"
command -v dotnet >/dev/null 2>&1 || pk_die "the .NET runtime (dotnet) is not on PATH"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
if [[ -n "${PROMISEKEEPER_APP_DLL:-}" ]]; then
  exec dotnet "$PROMISEKEEPER_APP_DLL" --migrate
fi
exec dotnet run --project "$ROOT/src/PromiseKeeper.Web" -c Release --no-launch-profile -- --migrate
