#!/usr/bin/env bash
# Benchmark the incident list (and the incident page) at 100,000 incidents.
#
#   bench/list-benchmark.sh
#
# 1. Database: PROMISEKEEPER_BENCH_DB (an Npgsql connection string to an EMPTY database, or one
#    seeded by an earlier run of this script) when set; otherwise a throwaway local PostgreSQL
#    cluster on a free port (scripts/pg-local.sh), removed at the end.
# 2. Publishes src/PromiseKeeper.Web (Release) from a copy of the working tree kept in
#    bench/.build (git-ignored; later runs build incrementally) and starts it on a free
#    127.0.0.1 port with migrations, demo data and EF Core command logging on.
# 3. Bulk-inserts the incidents with SQL (bench/sql/seed.sql), then VACUUM ANALYZE.
# 4. Signs in as the demo account manager and the demo team lead and times repeated requests
#    (curl's time_total over one keep-alive connection); runs EXPLAIN (ANALYZE, BUFFERS) on the
#    SQL the app logged for each case, and, for the cursor cases, on the same SQL with the keyset
#    predicate written as a row-value comparison (a what-if, not what the app sends).
# 5. Prints a table and writes it, with the plans, to bench/results/list-latest.md. Stops the app and
#    the throwaway cluster on exit.
#
# Knobs (environment): PROMISEKEEPER_BENCH_DB, PROMISEKEEPER_BENCH_INCIDENTS (100000),
# PROMISEKEEPER_BENCH_REPEATS (30 timed requests per case, after 3 warm-up ones),
# PROMISEKEEPER_BENCH_HOPS (200 "Older" links followed), PROMISEKEEPER_BENCH_OUT
# (bench/results/list-latest.md), PROMISEKEEPER_BENCH_KEEP=1 (keep the work folder with the app log).
# Flags: a case whose median exceeds 50 ms, a plan that reads "Incidents" with a sequential scan.
# The script exits 0 even then: speed is measured here, never asserted in tests.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
BENCH="$ROOT/bench"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

INCIDENTS="${PROMISEKEEPER_BENCH_INCIDENTS:-100000}"
REPEATS="${PROMISEKEEPER_BENCH_REPEATS:-30}"
HOPS="${PROMISEKEEPER_BENCH_HOPS:-200}"
OUT="${PROMISEKEEPER_BENCH_OUT:-$BENCH/results/list-latest.md}"
WARMUP=3
CLIENTS=50
EXTRA_OWNERS=4
SLOW_MS=50
DB_NAME="promisekeeper_bench"

case "${1:-}" in
  "") ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *) pk_die "unknown argument '$1' (try --help)" ;;
esac
for n in "$INCIDENTS" "$REPEATS" "$HOPS"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || pk_die "counts must be positive integers (got '$n')"
done

command -v dotnet >/dev/null 2>&1 || pk_die "the .NET SDK (dotnet) is not on PATH"
command -v curl >/dev/null 2>&1 || pk_apt_install curl
command -v jq >/dev/null 2>&1 || pk_apt_install jq
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pg_local_ensure_installed # also the psql client used with PROMISEKEEPER_BENCH_DB

STARTED_AT=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/promisekeeper-bench.XXXXXX")"
APP_LOG="$WORK/app.log"
APP_PID=""
PG_DIR=""

# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
  local rc=$?
  stop_process "$APP_PID"
  if [[ -n "$PG_DIR" ]]; then
    pg_local_destroy "$PG_DIR" || true
  fi
  if [[ "$rc" -ne 0 && -f "$APP_LOG" ]]; then
    pk_warn "the run failed; end of the app log:"
    tail -n 40 "$APP_LOG" >&2 || true
  fi
  if [[ "${PROMISEKEEPER_BENCH_KEEP:-0}" == 1 || "$rc" -ne 0 ]]; then
    pk_log "work folder kept: $WORK"
  else
    rm -rf -- "$WORK"
  fi
  return "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Database -------------------------------------------------------------------------
if [[ -n "${PROMISEKEEPER_BENCH_DB:-}" ]]; then
  pk_log "database: PROMISEKEEPER_BENCH_DB"
  CONN="$PROMISEKEEPER_BENCH_DB"
  DB_WHERE="the database of PROMISEKEEPER_BENCH_DB"
else
  PG_DIR="$WORK/pg"
  pg_port="$(pg_local_free_port)"
  pg_local_start "$PG_DIR" "$pg_port" --ephemeral
  pg_local_create_db "$pg_port" "$DB_NAME"
  CONN="$(pg_local_conn_string "$pg_port" "$DB_NAME")"
  DB_WHERE="a throwaway local cluster (fsync off), default settings otherwise"
fi
PGHOST="$(conn_get host server)"
PGPORT="$(conn_get port)"
PGDATABASE="$(conn_get database db)"
PGUSER="$(conn_get username "userid" user)"
PGPASSWORD="$(conn_get password pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE PGUSER PGPASSWORD PGCONNECT_TIMEOUT=5

# sql ARGS... : psql on the benchmark database (SQL on stdin or -c), unaligned, tuples only.
sql() { "$PG_LOCAL_BIN/psql" -X -q -v ON_ERROR_STOP=1 -tA "$@"; }
sql -c 'select 1' >/dev/null || pk_die "cannot connect to the database ($PGUSER@$PGHOST:$PGPORT/$PGDATABASE)"

# --- Publish and start the app ----------------------------------------------------------
# The working tree is copied (mtimes kept, so later runs build incrementally) to bench/.build:
# the build never writes into src/, and other people's builds there don't disturb this one.
BUILD="$BENCH/.build"
mkdir -p -- "$BUILD/tree"
if [[ -d "$BUILD/tree/src" ]]; then
  find "$BUILD/tree/src" \( -name bin -o -name obj \) -prune -o -type f -print0 | xargs -0r rm -f --
fi
tar -C "$ROOT" --exclude=bin --exclude=obj -cf - src Directory.Build.props Directory.Packages.props global.json .editorconfig |
  tar -C "$BUILD/tree" -xf -
pk_log "publishing src/PromiseKeeper.Web (Release) from a copy in bench/.build"
t0=$SECONDS
rm -rf -- "$BUILD/publish"
dotnet publish "$BUILD/tree/src/PromiseKeeper.Web/PromiseKeeper.Web.csproj" -c Release -o "$BUILD/publish" \
  --nologo -v quiet >"$WORK/publish.log" 2>&1 || {
  cat "$WORK/publish.log" >&2
  pk_die "dotnet publish failed"
}
pk_log "published in $((SECONDS - t0)) s"

APP_PORT="$(pg_local_free_port)"
BASE="http://127.0.0.1:$APP_PORT"
pk_log "starting the app on $BASE (log: $APP_LOG)"
# One "@@ <context>" line starts every log event, so that the SQL EF logs can be cut out.
(
  cd "$BUILD/publish"
  exec env ConnectionStrings__PromiseKeeper="$CONN" \
    PromiseKeeper__ApplyMigrationsOnStartup=true \
    PromiseKeeper__SeedDemoData=true \
    ASPNETCORE_ENVIRONMENT=Production \
    'Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information' \
    'Serilog__WriteTo__0__Args__outputTemplate=@@ {Timestamp:HH:mm:ss.fff} {Level:u3} {SourceContext} {RequestPath}{NewLine}{Message:lj}{NewLine}{Exception}' \
    dotnet PromiseKeeper.Web.dll --urls "$BASE"
) >"$APP_LOG" 2>&1 &
APP_PID=$!
for i in $(seq 1 120); do
  kill -0 "$APP_PID" 2>/dev/null || pk_die "the app exited during start-up"
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health" || true)" == 200 ]]; then break; fi
  [[ "$i" -lt 120 ]] || pk_die "the app did not answer /health within 60 s"
  sleep 0.5
done
pk_log "app healthy"

# --- Data -----------------------------------------------------------------------------
bench_clients="$(sql -c "select count(*) from \"Clients\" where \"Name\" like 'Bench client %'")"
existing="$(sql -c 'select count(*) from "Incidents"')"
if [[ "$bench_clients" -eq 0 ]]; then
  [[ "$existing" -le 10 ]] ||
    pk_die "the database already holds $existing incidents that this script did not make: use an empty database"
  pk_log "inserting $INCIDENTS incidents and their timeline events"
  t0=$SECONDS
  sql -v incidents="$INCIDENTS" -v clients="$CLIENTS" -v extra_owners="$EXTRA_OWNERS" -f "$BENCH/sql/seed.sql" >/dev/null
  pk_log "data in place after $((SECONDS - t0)) s"
else
  pk_log "benchmark data already present ($existing incidents); not inserting again"
fi

# --- Signing in -------------------------------------------------------------------------
PASSWORD="$(sed -n 's/.*const string Password = "\([^"]*\)".*/\1/p' "$ROOT/src/PromiseKeeper.Web/Data/DemoData.cs")"
[[ -n "$PASSWORD" ]] || pk_die "could not read the demo password from src/PromiseKeeper.Web/Data/DemoData.cs"
AM_EMAIL="am@demo.promisekeeper.test"
TL_EMAIL="lead@demo.promisekeeper.test"

# login EMAIL JAR
login() {
  local email="$1" jar="$2" token status
  token="$(curl -sS -c "$jar" -b "$jar" "$BASE/Account/Login" |
    sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)"
  [[ -n "$token" ]] || pk_die "no antiforgery token on /Account/Login"
  status="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login")"
  [[ "$status" == 302* && "$status" != *Login* ]] || pk_die "sign-in as $email failed (HTTP $status)"
  [[ "$(curl -sS -b "$jar" -o /dev/null -w '%{http_code}' "$BASE/Incidents")" == 200 ]] ||
    pk_die "signed in as $email, but /Incidents does not answer 200"
}
AM_JAR="$WORK/am.cookies"
TL_JAR="$WORK/tl.cookies"
login "$AM_EMAIL" "$AM_JAR"
login "$TL_EMAIL" "$TL_JAR"
pk_log "signed in as $AM_EMAIL and $TL_EMAIL"

AM_ID="$(sql -c "select \"Id\" from \"AspNetUsers\" where \"NormalizedEmail\" = upper('$AM_EMAIL')")"
TL_ID="$(sql -c "select \"Id\" from \"AspNetUsers\" where \"NormalizedEmail\" = upper('$TL_EMAIL')")"
TL_TEAM="$(sql -c "select \"TeamId\" from \"AspNetUsers\" where \"Id\" = '$TL_ID'")"

# --- Measuring ------------------------------------------------------------------------
TABLE="$WORK/table.md"     # one row per case
WHATIF="$WORK/whatif.md"   # one row per cursor case: the same SQL with a row-value comparison
PLANS="$WORK/plans.md"     # the plan of each case
FLAGS="$WORK/flags.txt"    # one line per slow case or sequential scan
for f in "$TABLE" "$WHATIF" "$PLANS" "$FLAGS"; do : >"$f"; done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"

ms() { awk '{ printf "%.1f\n", $1 * 1000 }'; }

# stats FILE : "min median p95 max" (ms) of the numbers (ms) in FILE, p95 by nearest rank.
stats() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    n = NR; med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    p = int(0.95 * n); if (p < 0.95 * n) p++
    printf "%.1f %.1f %.1f %.1f\n", v[1], med, v[p], v[n] }'
}
median() { stats "$1" | cut -d' ' -f2; }
over_slow() { awk -v m="$1" -v s="$SLOW_MS" 'BEGIN { exit !(m > s) }'; }

# time_requests JAR PATH COUNT OUTFILE : COUNT GETs over one keep-alive connection; writes the
# time_total of each (ms) to OUTFILE; fails unless every answer is 200.
time_requests() {
  local jar="$1" path="$2" count="$3" out="$4" cfg="$WORK/curl.cfg" i
  : >"$cfg"
  for ((i = 0; i < count; i++)); do
    printf 'url = "%s%s"\noutput = "/dev/null"\n' "$BASE" "$path" >>"$cfg"
  done
  curl -sS -b "$jar" -K "$cfg" -w '%{http_code} %{time_total}\n' >"$WORK/codes.txt"
  if grep -qv '^200 ' "$WORK/codes.txt"; then
    pk_die "GET $path answered $(grep -v '^200 ' "$WORK/codes.txt" | head -n 1 | cut -d' ' -f1), not 200"
  fi
  cut -d' ' -f2 "$WORK/codes.txt" | ms >"$out"
}

# explain_sql SQL [LABEL] : EXPLAIN (ANALYZE, BUFFERS) it; prints "access|buffers|sql_time|removed"
# and, given a LABEL, appends the SQL and its text plan to $PLANS.
explain_sql() {
  local query="$1" label="${2:-}" json access buffers sql_time removed
  json="$(sql -c "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) $query")"
  access="$(jq -r '[.. | objects | select(.["Relation Name"]? == "Incidents")
      | .["Node Type"] + (if .["Index Name"] then " " + .["Index Name"] else "" end)] | unique | join(", ")' <<<"$json")"
  buffers="$(jq -r '.[0].Plan | (.["Shared Hit Blocks"] + .["Shared Read Blocks"] | tostring)
      + " (hit " + (.["Shared Hit Blocks"] | tostring) + ", read " + (.["Shared Read Blocks"] | tostring) + ")"' <<<"$json")"
  sql_time="$(jq -r '.[0] | (.["Execution Time"] * 10 | round / 10 | tostring) + " ms"
      + (if .JIT then " (JIT on)" else "" end)' <<<"$json")"
  removed="$(jq -r '[.. | objects | select(.["Relation Name"]? == "Incidents")
      | (.["Rows Removed by Filter"] // 0) * (.["Actual Loops"] // 1)] | add // 0 | round' <<<"$json")"
  if [[ -n "$label" ]]; then
    {
      # shellcheck disable=SC2016 # Markdown code fences, not expansions
      printf '### %s\n\n```sql\n%s\n```\n\n```\n' "$label" "$query"
      sql -c "EXPLAIN (ANALYZE, BUFFERS) $query"
      printf '```\n\n'
    } >>"$PLANS"
  fi
  printf '%s|%s|%s|%s\n' "$access" "$buffers" "$sql_time" "$removed"
}

# captured_sql FROM_LINE : the first command EF logged after line FROM_LINE of the app log that
# reads "Incidents", as its "Executed DbCommand ... [Parameters=[...]]" line, then the SQL.
captured_sql() {
  tail -n +"$1" "$APP_LOG" | awk '
    /^@@ / { if (keep && !done) { printf "%s", rec; done = 1 }
             rec = ""; keep = 0; ef = ($0 ~ /Microsoft\.EntityFrameworkCore\.Database\.Command/); next }
    ef { rec = rec $0 "\n"; if ($0 ~ /"Incidents"/) keep = 1 }
    END { if (keep && !done) printf "%s", rec }' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

# Values for the parameters of the logged SQL, by parameter name (EF names them after the C#
# variables), set before each case. EF logs the values as '?', so they are bound here as
# literals: PostgreSQL plans Npgsql's unnamed statements with the actual values too.
P_USER="" P_STAGE="" P_KIND="" P_CLIENT="" P_CURSOR="" P_ID="" P_LIMIT=""
LIST_LIMIT=$(($(sed -n 's/.*const int PageSize = \([0-9]*\);.*/\1/p' "$ROOT/src/PromiseKeeper.Web/Pages/Incidents/Index.cshtml.cs") + 1))
CLIENTS_LIMIT=$(($(sed -n 's/.*const int PageSize = \([0-9]*\);.*/\1/p' "$ROOT/src/PromiseKeeper.Web/Pages/Clients/Index.cshtml.cs") + 1))

# cursor_ts CURSOR : the UTC timestamp of an IncidentCursor ("<UtcTicks>.<Id>").
cursor_ts() {
  sql -c "set timezone = 'UTC'; select to_char(timestamptz 'epoch' + ((${1%%.*} - 621355968000000000) / 10) * interval '1 microsecond', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
}

# bind_params HEADER SQL : the SQL with its parameters replaced, or "UNBOUND:<name>".
bind_params() {
  local header="$1" query="$2" name value
  for name in $(grep -o '@[A-Za-z_][A-Za-z0-9_]*=' <<<"$header" | tr -d '@=' | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2); do
    value=""
    case "$(tr '[:upper:]' '[:lower:]' <<<"$name")" in
      *userid*) [[ -z "$P_USER" ]] || value="'$P_USER'" ;;
      *teamid*) value="$TL_TEAM" ;; # only the team lead's queries have one
      *stage*) [[ -z "$P_STAGE" ]] || value="'$P_STAGE'" ;;
      *kind*) [[ -z "$P_KIND" ]] || value="'$P_KIND'" ;;
      *clientid*) value="$P_CLIENT" ;;
      *discoveredat*) [[ -z "$P_CURSOR" ]] || value="'$(cursor_ts "$P_CURSOR")'::timestamptz" ;;
      id | query_id | *queryid) value="$P_ID" ;;
      *_id) [[ -z "$P_CURSOR" ]] || value="${P_CURSOR##*.}" ;;
      p) value="$P_LIMIT" ;; # Take(PageSize + 1)
    esac
    [[ -n "$value" ]] || { echo "UNBOUND:$name"; return 0; }
    # shellcheck disable=SC2001 # a word boundary (\b) needs sed
    query="$(sed "s/@$name\b/$value/g" <<<"$query")" # \b: @p must not touch @p1
  done
  printf '%s\n' "$query"
}

# row_value SQL : the keyset predicate "d < X OR (d = X AND id < Y)" rewritten as the row-value
# comparison "(d, id) < (X, Y)" (same for >); empty when the SQL has no such predicate.
ROW_VALUE_SED='s/([A-Za-z0-9_]+)\."DiscoveredAt" ([<>]) ('"'[^']*'"'::timestamptz) OR \(\1\."DiscoveredAt" = \3 AND \1\."Id" \2 ([0-9]+)\)/(\1."DiscoveredAt", \1."Id") \2 (\3, \4)/'
row_value() {
  local out
  out="$(sed -E "$ROW_VALUE_SED" <<<"$1")"
  if [[ "$out" != "$1" ]]; then printf '%s\n' "$out"; fi
}

CASE_NO=0
# case_row LABEL ROWS TIMES_FILE PLAN_COLUMNS : add a row to the table (and flag a slow median).
case_row() {
  local label="$1" rows="$2" min med p95 max
  read -r min med p95 max < <(stats "$3")
  printf '%2s. %-56s rows %3s  min %6s  median %6s  p95 %6s ms\n' "$CASE_NO" "$label" "$rows" "$min" "$med" "$p95" >&2
  if over_slow "$med"; then
    echo "SLOW: case $CASE_NO ($label): median $med ms > $SLOW_MS ms" >>"$FLAGS"
    med="**$med**"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$CASE_NO" "$label" "$rows" "$min" "$med" "$p95" "$max" "$4" >>"$TABLE"
}

# run_case LABEL JAR PATH : time GET PATH and explain the "Incidents" SQL it logged.
run_case() {
  local label="$1" jar="$2" path="$3" from body rows captured header query plan_cols alt
  local access buffers sql_time removed
  CASE_NO=$((CASE_NO + 1))
  from=$(($(wc -l <"$APP_LOG") + 1))
  body="$(curl -sS -b "$jar" "$BASE$path")"
  case "$path" in
    /Incidents/[0-9]*) rows="-" ;;
    /Clients*) rows="$(grep -c '<tr>' <<<"$body" || true)" rows=$((rows > 0 ? rows - 1 : 0)) ;; # minus the header
    *) rows="$(grep -c 'href="/Incidents/[0-9]' <<<"$body" || true)" ;;
  esac
  time_requests "$jar" "$path" $((WARMUP + REPEATS)) "$WORK/times.txt"
  tail -n +$((WARMUP + 1)) "$WORK/times.txt" >"$WORK/timed.txt"

  captured="$(captured_sql "$from")"
  header="$(head -n 1 <<<"$captured")"
  query="$(tail -n +2 <<<"$captured")"
  if [[ -z "$query" ]]; then
    plan_cols="no SQL captured | | "
  else
    query="$(bind_params "$header" "$query")"
    if [[ "$query" == UNBOUND:* ]]; then
      plan_cols="cannot bind parameter ${query#UNBOUND:} | | "
    else
      IFS='|' read -r access buffers sql_time removed < <(explain_sql "$query" "$CASE_NO. $label")
      if grep -q 'Seq Scan' <<<"$access"; then
        echo "SEQ SCAN on \"Incidents\" in case $CASE_NO ($label): see its plan" >>"$FLAGS"
        access="**$access**"
      fi
      plan_cols="$access | $buffers | $sql_time; $removed rows filtered out"
      alt="$(row_value "$query")"
      if [[ -n "$alt" ]]; then
        IFS='|' read -r access buffers sql_time removed < <(explain_sql "$alt")
        printf '| %s | %s | %s | %s | %s |\n' "$CASE_NO" "$label" "$access" "$buffers" "$sql_time; $removed rows filtered out" >>"$WHATIF"
      fi
    fi
  fi
  case_row "$label" "$rows" "$WORK/timed.txt" "$plan_cols"
}

# Values for the cases, from the data.
# deep_cursor WHERE OFFSET : the cursor ("<UtcTicks>.<Id>") of the row OFFSET rows down the list.
deep_cursor() {
  sql -c "select ((extract(epoch from \"DiscoveredAt\") * 1000000)::bigint * 10 + 621355968000000000)::text || '.' || \"Id\"
          from \"Incidents\" where $1 order by \"DiscoveredAt\" desc, \"Id\" desc offset $2 limit 1"
}
# href_of FILE REL : the link rel="REL" of a saved page (HTML entities of the query decoded).
href_of() {
  grep -o "<a [^>]*rel=\"$2\"[^>]*>" "$1" | grep -o 'href="[^"]*"' | head -n 1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g' || true
}
ALL_COUNT="$(sql -c 'select count(*) from "Incidents"')"
# The team lead's "all" is what they may see: their team's incidents and their own.
TL_SEES="(\"TeamId\" = $TL_TEAM OR \"OwnerId\" = '$TL_ID')"
TL_COUNT="$(sql -c "select count(*) from \"Incidents\" where $TL_SEES")"
AM_COUNT="$(sql -c "select count(*) from \"Incidents\" where \"OwnerId\" = '$AM_ID'")"
CLIENT_ID="$(sql -c "select \"Id\" from \"Clients\" where \"Name\" like 'Bench client %' order by \"Name\" limit 1")"
DETAIL_ID="$(sql -c "select \"Id\" from \"Incidents\" where \"ContractReference\" is not null and $TL_SEES order by \"DiscoveredAt\" limit 1 offset 100")"
DEEP_ALL_ROWS=$((TL_COUNT * 9 / 10))
DEEP_AM_ROWS=$((AM_COUNT * 9 / 10))
DEEP_ALL="$(deep_cursor "$TL_SEES" "$DEEP_ALL_ROWS")"
DEEP_AM="$(deep_cursor "\"OwnerId\" = '$AM_ID'" "$DEEP_AM_ROWS")"

pk_log "timing: $WARMUP warm-up + $REPEATS timed requests per case"
P_LIMIT="$LIST_LIMIT"

P_USER="$AM_ID"
run_case "mine, first page (AM)" "$AM_JAR" "/Incidents"
P_USER="$TL_ID"
run_case "all, first page (TL)" "$TL_JAR" "/Incidents?Show=all"

# Walk HOPS pages down via the Older link, as a person would, timing each page once.
pk_log "following the Older link $HOPS times as the team lead"
path="/Incidents?Show=all"
NEWER_OF_PAGE2=""
NEWER_OF_LAST=""
: >"$WORK/hops.txt"
for ((i = 1; i <= HOPS; i++)); do
  curl -sS -b "$TL_JAR" -o "$WORK/page.html" -w '%{time_total}\n' "$BASE$path" | ms >>"$WORK/hops.txt"
  if [[ "$i" -eq 2 ]]; then NEWER_OF_PAGE2="$(href_of "$WORK/page.html" prev)"; fi
  if [[ "$i" -eq "$HOPS" ]]; then NEWER_OF_LAST="$(href_of "$WORK/page.html" prev)"; fi
  path="$(href_of "$WORK/page.html" next)"
  [[ -n "$path" ]] || pk_die "page $i of all incidents has no Older link"
done
CASE_NO=$((CASE_NO + 1))
head -n 10 "$WORK/hops.txt" >"$WORK/first.txt"
tail -n 10 "$WORK/hops.txt" >"$WORK/last.txt"
case_row "all, pages 1-$HOPS walked via Older (TL), 1 request each" 25 "$WORK/hops.txt" \
  "median of pages 1-10: $(median "$WORK/first.txt") ms, of pages $((HOPS - 9))-$HOPS: $(median "$WORK/last.txt") ms | | "

P_CURSOR="${path##*After=}" P_CURSOR="${P_CURSOR%%&*}"
run_case "all, page $((HOPS + 1)) (Older link of page $HOPS, TL)" "$TL_JAR" "$path"
if [[ -n "$NEWER_OF_PAGE2" ]]; then
  P_CURSOR="${NEWER_OF_PAGE2##*Before=}" P_CURSOR="${P_CURSOR%%&*}"
  run_case "all, Newer link of page 2 (back to page 1, TL)" "$TL_JAR" "$NEWER_OF_PAGE2"
fi
if [[ -n "$NEWER_OF_LAST" && "$HOPS" -gt 2 ]]; then
  P_CURSOR="${NEWER_OF_LAST##*Before=}" P_CURSOR="${P_CURSOR%%&*}"
  run_case "all, Newer link of page $HOPS (TL)" "$TL_JAR" "$NEWER_OF_LAST"
fi
P_CURSOR="$DEEP_ALL"
run_case "all, After cursor $DEEP_ALL_ROWS rows down (TL)" "$TL_JAR" "/Incidents?Show=all&After=$DEEP_ALL"
P_USER="$AM_ID" P_CURSOR="$DEEP_AM"
run_case "mine, After cursor $DEEP_AM_ROWS rows down (AM)" "$AM_JAR" "/Incidents?Show=mine&After=$DEEP_AM"
P_USER="$TL_ID" P_CURSOR=""

P_STAGE="ScheduleCall"
run_case "stage = ScheduleCall (TL)" "$TL_JAR" "/Incidents?Show=all&Stage=ScheduleCall"
P_STAGE="" P_CLIENT="$CLIENT_ID"
run_case "client = one of $CLIENTS (TL)" "$TL_JAR" "/Incidents?Show=all&ClientId=$CLIENT_ID"
P_CLIENT="" P_KIND="InsensitiveRemark"
run_case "kind = InsensitiveRemark (TL)" "$TL_JAR" "/Incidents?Show=all&Kind=InsensitiveRemark"
P_USER="$AM_ID" P_STAGE="Conversation" P_KIND="FeatureNotReady"
run_case "mine + stage + kind (AM)" "$AM_JAR" "/Incidents?Show=mine&Stage=Conversation&Kind=FeatureNotReady"
P_USER="$TL_ID" P_CLIENT="$CLIENT_ID" P_STAGE="ResearchAlternatives" P_KIND="ClientMistake"
run_case "client + stage + kind, few matches (TL)" "$TL_JAR" "/Incidents?Show=all&ClientId=$CLIENT_ID&Stage=ResearchAlternatives&Kind=ClientMistake"
P_CLIENT="" P_STAGE="" P_KIND="" P_ID="$DETAIL_ID"
run_case "incident page /Incidents/{id} (TL)" "$TL_JAR" "/Incidents/$DETAIL_ID"
P_ID="" P_LIMIT="$CLIENTS_LIMIT"
run_case "extra: /Clients, first page with open counts (TL)" "$TL_JAR" "/Clients"

# --- Report ---------------------------------------------------------------------------
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
mem="$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
# shellcheck disable=SC1091
os="$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)"
pg_version="$(sql -c 'show server_version')"
commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$ROOT" status --porcelain -- src 2>/dev/null)" ]]; then commit="$commit + uncommitted changes in src/"; fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
events="$(sql -c 'select count(*) from "IncidentEvents"')"
table_size="$(sql -c "select pg_size_pretty(pg_total_relation_size('\"Incidents\"'))")"

mkdir -p -- "$(dirname -- "$OUT")"
{
  echo "# Incident list benchmark"
  echo
  echo "Written by \`bench/list-benchmark.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') ($((SECONDS - STARTED_AT)) s in all)."
  echo
  echo "- Machine: $(nproc) cores ($cpu), $mem RAM, $os. Load average (1/5/15 min) before timing:" \
    "$LOAD_BEFORE, after: $load_after (other work on the machine shows up in p95 and max)."
  echo "- Code: $commit; published Release, ASPNETCORE_ENVIRONMENT=Production, EF Core command logging on."
  echo "- Database: PostgreSQL $pg_version, $DB_WHERE."
  echo "- Data: $ALL_COUNT incidents ($table_size with indexes), $events timeline events, $CLIENTS clients," \
    "$((EXTRA_OWNERS + 2)) owners (the account manager owns $AM_COUNT), discovery dates spread over 3 years" \
    "and uncorrelated with Id, ~20% contract-linked, ~57% Closed; VACUUM ANALYZE after loading."
  echo "- Latency (ms): curl time_total over one keep-alive connection, $WARMUP warm-up then $REPEATS timed" \
    "requests per case, one request at a time. AM = $AM_EMAIL, TL = $TL_EMAIL. Rows = incidents (clients) on the page."
  echo "- Plan: EXPLAIN (ANALYZE, BUFFERS) of the SQL the app logged for the case, parameters bound as literals:" \
    "how it reads \"Incidents\", shared buffers touched (8 kB pages; all hits once warm), execution time, and" \
    "rows of \"Incidents\" read then thrown away by a filter."
  echo
  echo "| # | case | rows | min | median | p95 | max | plan on \"Incidents\" | buffers | SQL time |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  cat "$TABLE"
  echo
  if [[ -s "$FLAGS" ]]; then
    echo "Flags (median over $SLOW_MS ms, or a sequential scan of \"Incidents\"):"
    echo
    sed 's/^/- /' "$FLAGS"
  else
    echo "No case had a median over $SLOW_MS ms and no plan scanned \"Incidents\" sequentially."
  fi
  if [[ -s "$WHATIF" ]]; then
    echo
    echo "What if: the cursor cases' SQL with the keyset predicate written as a row-value comparison,"
    echo "\`(\"DiscoveredAt\", \"Id\") < (X, Y)\` instead of \`\"DiscoveredAt\" < X OR (\"DiscoveredAt\" = X AND \"Id\" < Y)\`"
    echo "(EXPLAIN only; this is not what the app sends):"
    echo
    echo "| # | case | plan on \"Incidents\" | buffers | SQL time |"
    echo "|---|---|---|---|---|"
    cat "$WHATIF"
  fi
  echo
  echo "## Plans"
  echo
  cat "$PLANS"
} >"$OUT"

echo
sed -n '/^| # | case | rows/,/^$/p' "$OUT"
if [[ -s "$FLAGS" ]]; then
  echo "Flags:"
  sed 's/^/  /' "$FLAGS"
fi
if [[ -s "$WHATIF" ]]; then
  echo
  echo "What if the keyset predicate were a row-value comparison (EXPLAIN only):"
  cat "$WHATIF"
fi
echo
pk_log "results (with the plans) written to ${OUT#"$ROOT"/}"
pk_log "done in $((SECONDS - STARTED_AT)) s"
