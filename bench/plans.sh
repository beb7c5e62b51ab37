#!/usr/bin/env bash
# The plans of the scheduler's scans and of the home page at scale (issue 16: "with 1 million incidents, the
# scheduler's scan for due items and the home page each use an index").
#
#   bench/plans.sh            PROMISEKEEPER_BENCH_INCIDENTS=10000 bench/plans.sh   (a quick run)
#
# 1. Database, app and data as bench/run.sh (bench/common.sh): PROMISEKEEPER_BENCH_DB or a throwaway local cluster;
#    the app published (Release) and started with migrations and demo users; PROMISEKEEPER_BENCH_INCIDENTS (1,000,000)
#    incidents seeded by bench/sql/seed.sql and seed-children.sql (with check-ins, measures and notifications whose
#    reminder and digest markers are set as a running system leaves them), then VACUUM ANALYZE.
# 2. EXPLAIN (ANALYZE, BUFFERS) of the scheduler's scans, with today's values, each in a transaction that is rolled
#    back (their row locks, and the clock checks' spread, leave nothing behind):
#    - the clock sweep (ClockSweep.DueChecksSql), with "ClockChecks"."CheckAt" spread over the coming 1000 hours and the
#      open incidents' running clocks written, as a running sweep leaves them (bench/sql/steady-state.sql);
#    - the figures refresh (IncidentFiguresRefresh.DueChecksSql), its "FigureChecks" spread over the coming 1000 hours too;
#    - the three reminder claims (Reminders/*Reminders.cs ClaimSql) and the daily digest's scan
#      (Notifications/DailyDigest.cs WaitingSql). The SQL below is a copy: keep it in step with the C#.
# 3. The home page (GET /) as an account manager, a team lead and legal, and the dashboard (GET /Dashboard, 365 days;
#    90 days split by account manager) as the team lead: the statements each sends are cut from the server log
#    (log_statement=all) and EXPLAINed with their values (bench/Baseline --explain, as bench/run.sh does).
# 4. Writes bench/results/plans-<date>-<commit>.md. A "Seq Scan" on a table of more than 10,000 rows is flagged.
# Exits non-zero, with a message, when a request is not answered 200 (after writing the plans, theirs included).
# Other knobs: PROMISEKEEPER_BENCH_KEEP=1 (keep the work folder with the logs), PROMISEKEEPER_BENCH_RESULTS
# (bench/results), PROMISEKEEPER_BENCH_REUSE_BUILD=1 (start what an earlier run published, for working on this script).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
BENCH="$ROOT/bench"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

INCIDENTS="${PROMISEKEEPER_BENCH_INCIDENTS:-1000000}"
RESULTS="${PROMISEKEEPER_BENCH_RESULTS:-$BENCH/results}"
CLIENTS=50
EXTRA_OWNERS=4
DB_NAME="promisekeeper_bench"
BIG_TABLE_ROWS=10000
BATCH_SIZE=100 # ClockSweep.BatchSize and SchedulerOptions.BatchSize (the figures refresh's batch)

case "${1:-}" in
  "") ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *) pk_die "unknown argument '$1' (try --help)" ;;
esac
[[ "$INCIDENTS" =~ ^[0-9]+$ && "$INCIDENTS" -gt 0 ]] || pk_die "PROMISEKEEPER_BENCH_INCIDENTS must be a positive integer"

command -v dotnet >/dev/null 2>&1 || pk_die "the .NET SDK (dotnet) is not on PATH"
command -v curl >/dev/null 2>&1 || pk_apt_install curl
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pg_local_ensure_installed

STARTED_AT=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/promisekeeper-plans.XXXXXX")"
APP_LOG="$WORK/app.log"
APP_PID=""
PG_DIR=""
SERVER_LOG=""

# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
  local rc=$?
  stop_process "$APP_PID"
  if [[ -n "$PG_DIR" ]]; then pg_local_destroy "$PG_DIR" || true; fi
  if [[ "$rc" -ne 0 && -f "$APP_LOG" ]]; then
    pk_warn "the run failed; end of the app log:"
    tail -n 20 "$APP_LOG" >&2 || true
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

# --- Database, app, data ---------------------------------------------------------------------
bench_open_database
bench_publish 1 # the baseline's --explain turns captured statements into EXPLAINs
# The scheduler stays off: its sweep would work through the seed's queued clock checks while the plans are taken.
bench_start_app Scheduler__Enabled=false
bench_seed
pk_log "VACUUM ANALYZE"
sql -c 'VACUUM (ANALYZE)' >/dev/null
PASSWORD="$(bench_demo_password)"

PLANS="$WORK/plans.md"
: >"$PLANS"

# explain TITLE SQL_FILE : appends the psql output of SQL_FILE (EXPLAINs) to the plans under a heading.
explain() {
  local out="$WORK/plan-$((++PLAN_COUNT)).txt"
  # Without JIT, as the app's sessions run (DatabaseConnectionString.SessionOptions).
  PGOPTIONS="-c jit=off" sql -f "$2" >"$out" 2>&1 || pk_die "EXPLAIN of $1 failed: $(tail -n 3 "$out")"
  { echo "## $1"; echo; cat "$out"; echo; } >>"$PLANS"
}
PLAN_COUNT=0

# --- The scheduler's scans ----------------------------------------------------------------------
# Cutoffs as TeamReminderTimes.CutoffsBy makes them: the teams with their own clock settings, each with the default
# calendar's date here (close enough for a plan: the greatest cutoff bounds the index range), and the default.
TEAMS="$(sql -c "select coalesce(array_agg(\"TeamId\" order by \"TeamId\"), '{}')::text from \"TeamClockSettings\"")"
# cutoffs DATE_SQL : "teams|dates|otherwise|max" for the claims, as SQL literals.
cutoffs() {
  sql -c "select format('%L::integer[]|%L::date[]|%L::date|%L::date', t, array_fill(d, array[cardinality(t)]), d, d)
          from (select '$TEAMS'::integer[] as t, ($1)::date as d) v"
}
# The next working day (check-ins due, measures due soon) and yesterday (measures overdue), roughly as the default calendar.
NEXT_DAY="current_date + case extract(isodow from current_date) when 5 then 3 when 6 then 2 else 1 end"
CHECKIN_CUTOFFS="$(cutoffs "$NEXT_DAY")"
DUE_SOON_CUTOFFS="$(cutoffs "$NEXT_DAY")"
OVERDUE_CUTOFFS="$(cutoffs "current_date - 1")"
IFS='|' read -r _ _ _ CHECKIN_MAX <<<"$CHECKIN_CUTOFFS"
pk_log "scheduler scans (check-ins due by $CHECKIN_MAX)"

cat >"$WORK/clock.sql" <<SQL
BEGIN;
\\echo 'Queued clock checks:'
SELECT count(*) FROM "ClockChecks";
\\echo 'Due now:'
SELECT count(*) FROM "ClockChecks" WHERE "CheckAt" <= now();
\\echo '\`\`\`'
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM "ClockChecks"
WHERE "CheckAt" <= now()
ORDER BY "CheckAt"
LIMIT $BATCH_SIZE
FOR UPDATE SKIP LOCKED;
\\echo '\`\`\`'
ROLLBACK;
SQL
explain "Clock sweep: due checks (ClockSweep.DueChecksSql), CheckAt spread over the coming 1000 hours" "$WORK/clock.sql"

# The figures refresh, with only the open incidents whose mistake A is still ahead queued, as a running system keeps them
# (bench/sql/steady-state.sql).
cat >"$WORK/figures.sql" <<SQL
BEGIN;
\\echo 'Queued figure checks:'
SELECT count(*) FROM "FigureChecks";
\\echo 'Due now:'
SELECT count(*) FROM "FigureChecks" WHERE "CheckAt" <= now();
\\echo '\`\`\`'
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM "FigureChecks"
WHERE "CheckAt" <= now()
ORDER BY "CheckAt"
LIMIT $BATCH_SIZE
FOR UPDATE SKIP LOCKED;
\\echo '\`\`\`'
ROLLBACK;
SQL
explain "Figures refresh: due checks (IncidentFiguresRefresh.DueChecksSql), CheckAt spread over the coming 1000 hours" "$WORK/figures.sql"

# claim_sql SELECT_LIST TABLE_ALIAS WHERE ORDER_COLUMN CUTOFFS : a reminder claim as the *Reminders.cs ClaimSql build it.
claim_sql() {
  local teams dates otherwise max
  IFS='|' read -r teams dates otherwise max <<<"$5"
  cat <<SQL
BEGIN;
\\echo '\`\`\`'
EXPLAIN (ANALYZE, BUFFERS)
SELECT $1
FROM $2
JOIN "Incidents" AS i ON i."Id" = $3."IncidentId"
LEFT JOIN unnest($teams, $dates) AS c("TeamId", "Cutoff") ON c."TeamId" = i."TeamId"
WHERE $4
  AND $3."$6" <= $max AND $3."$6" <= coalesce(c."Cutoff", $otherwise)
ORDER BY $3."$6", $3."Id"
LIMIT $BATCH_SIZE
FOR UPDATE OF $3 SKIP LOCKED;
\\echo '\`\`\`'
ROLLBACK;
SQL
}
MEASURE_COLUMNS='m."Id", m."IncidentId", i."TeamId", i."Stage", m."OwnerId", i."OwnerId" AS "IncidentOwnerId", m."Description" AS "Text", m."DueOn" AS "Date"'
claim_sql 'ci."Id", ci."IncidentId", i."TeamId", i."Stage", ci."OwnerId", i."OwnerId" AS "IncidentOwnerId", ci."Topic" AS "Text", ci."PlannedOn" AS "Date"' \
  '"CheckIns" AS ci' ci 'ci."DueRemindedAt" IS NULL AND NOT ci."IsDone" AND ci."CancelledAt" IS NULL' \
  "$CHECKIN_CUTOFFS" PlannedOn >"$WORK/checkin-due.sql"
explain "Reminder claim: check-ins due (CheckInDueReminders.ClaimSql)" "$WORK/checkin-due.sql"
claim_sql "$MEASURE_COLUMNS" '"PreventionMeasures" AS m' m 'm."DueSoonRemindedAt" IS NULL AND m."Status" <> '"'Done'" \
  "$DUE_SOON_CUTOFFS" DueOn >"$WORK/measure-due-soon.sql"
explain "Reminder claim: measures due soon (MeasureDueSoonReminders.ClaimSql)" "$WORK/measure-due-soon.sql"
claim_sql "$MEASURE_COLUMNS" '"PreventionMeasures" AS m' m 'm."OverdueRemindedAt" IS NULL AND m."Status" <> '"'Done'" \
  "$OVERDUE_CUTOFFS" DueOn >"$WORK/measure-overdue.sql"
explain "Reminder claim: measures overdue (MeasureOverdueReminders.ClaimSql)" "$WORK/measure-overdue.sql"

cat >"$WORK/digest.sql" <<'SQL'
\echo '```'
EXPLAIN (ANALYZE, BUFFERS)
SELECT u."Id" AS "UserId", u."TimeZoneId", u."IsActive", u."Email", u."Language", u."DisplayName", w."Oldest"
FROM (SELECT "RecipientId", min("CreatedAt") AS "Oldest"
      FROM "Notifications"
      WHERE "Email" = 'Digest' AND "EmailQueuedAt" IS NULL
      GROUP BY "RecipientId") AS w
JOIN "AspNetUsers" AS u ON u."Id" = w."RecipientId";
\echo '```'
SQL
explain "Daily digest: who has something waiting (DailyDigest.WaitingSql)" "$WORK/digest.sql"

# --- The home page ---------------------------------------------------------------------------------
CAPTURE="$WORK/cases"
mkdir -p -- "$CAPTURE"
FAILED="$WORK/failed.txt"
: >"$FAILED"
n=0
# explain_page EMAIL PATH NAME : signs in as EMAIL, GETs PATH once to warm up, then once with every statement logged,
# and appends the EXPLAINs of the statements it sent under NAME.
explain_page() {
  local email="$1" path="$2" name="$3"
  n=$((n + 1))
  local jar="$WORK/$n.cookies"
  login "$email" "$jar"
  curl -sS -b "$jar" -o /dev/null "$APP$path" # warm: the first request compiles and caches
  log_statements all
  from="$(server_log_size)"
  read -r status size < <(curl -sS -b "$jar" -o "$WORK/page-$n.html" -w '%{http_code} %{size_download}\n' "$APP$path")
  sleep 0.3
  server_log_from "$from" >"$CAPTURE/$n.server.log"
  log_statements none
  # Not 200: the statements were still logged (as they started), so their plans show why; the run fails at the end.
  [[ "$status" == 200 ]] || echo "GET $path as $email answered $status, not 200 (body in $WORK/page-$n.html)" >>"$FAILED"
  awk '/^@@/ { keep = ($0 !~ /\] (bench-psql|bench-baseline)\|/) } keep' "$CAPTURE/$n.server.log" >"$CAPTURE/$n.log"
  grep -q 'LOG:  \(execute\|statement\)' "$CAPTURE/$n.log" || pk_die "GET $path as $email: no statements found in the server log"
  printf 'name=%s\nstatus=%s\nlocation=\nsize=%s\n' "$name" "$status" "$size" >"$CAPTURE/$n.meta"
  dotnet "$BUILD/baseline/Baseline.dll" --cases "$CAPTURE" --explain "$n" >"$WORK/page-$n.sql"
  explain "$name" "$WORK/page-$n.sql"
}
for who in am:account\ manager lead:team\ lead legal:legal hcs:head\ of\ customer\ success; do
  email="${who%%:*}@demo.promisekeeper.test"
  explain_page "$email" "/" "Home page (GET /) as $email (${who#*:})"
done

# --- The dashboard (Pages/Dashboard/DashboardSql: one statement) -------------------------------------
# As the team lead: the last 365 days, and 90 days split by account manager; as the head of customer success, every team.
lead="lead@demo.promisekeeper.test" hcs="hcs@demo.promisekeeper.test"
explain_page "$lead" "/Dashboard?Period=365" "Dashboard (GET /Dashboard?Period=365) as $lead (team lead)"
explain_page "$lead" "/Dashboard?Period=90&Split=AccountManager" "Dashboard (GET /Dashboard?Period=90&Split=AccountManager) as $lead (team lead)"
explain_page "$hcs" "/Dashboard?Period=365&Split=Team" "Dashboard (GET /Dashboard?Period=365&Split=Team) as $hcs (head of customer success)"

# --- The incident list's filters and search (Pages/Incidents/List: one statement) ----------------------------------
explain_page "$hcs" "/Incidents?Show=all&Text=MSA-2100" "Incident list searched for a contract reference (GET /Incidents?Show=all&Text=MSA-2100) as $hcs"
explain_page "$hcs" "/Incidents?Show=all&Text=delivery%20slipped" "Incident list searched for two words (GET /Incidents?Show=all&Text=delivery slipped) as $hcs"
explain_page "$lead" "/Incidents?Show=all&Mistake=A" "Incident list, mistake A (GET /Incidents?Show=all&Mistake=A) as $lead"
explain_page "$hcs" "/Incidents?Show=all&Severity=High&Open=true" "Incident list, open and high (GET /Incidents?Show=all&Severity=High&Open=true) as $hcs"
explain_page "$lead" "/Incidents?Show=all&Clock=Breached" "Incident list, clock breached (GET /Incidents?Show=all&Clock=Breached) as $lead"

# --- Flags and report --------------------------------------------------------------------------------
BIG="$(sql -c "select string_agg(relname, '|') from pg_class c join pg_namespace s on s.oid = c.relnamespace
  where s.nspname = 'public' and c.relkind = 'r' and c.reltuples > $BIG_TABLE_ROWS")"
FLAGS="$WORK/flags.txt"
awk -v big="|$BIG|" '
  /^## / { section = substr($0, 4) }
  /Seq Scan on / { t = $0; sub(/.*Seq Scan on /, "", t); sub(/ .*/, "", t); gsub(/"/, "", t)
                   if (index(big, "|" t "|")) printf "SEQ SCAN on \"%s\" (more than '"$BIG_TABLE_ROWS"' rows) in: %s\n", t, section }' \
  "$PLANS" | sort -u >"$FLAGS"

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
commit_note=""
if [[ -n "$(git -C "$ROOT" status --porcelain -- src bench/sql 2>/dev/null)" ]]; then commit_note=" + uncommitted changes"; fi
counts="$(sql -c "select string_agg(format('%s %s', to_char(n, 'FM999,999,999'), t), ', ') from (values
  ('incidents', (select count(*) from \"Incidents\")), ('clock checks', (select count(*) from \"ClockChecks\")),
  ('figure checks', (select count(*) from \"FigureChecks\")),
  ('check-ins', (select count(*) from \"CheckIns\")),
  ('of them still to remind', (select count(*) from \"CheckIns\" where \"DueRemindedAt\" is null and not \"IsDone\" and \"CancelledAt\" is null)),
  ('measures', (select count(*) from \"PreventionMeasures\")),
  ('of them open and not reminded due soon', (select count(*) from \"PreventionMeasures\" where \"DueSoonRemindedAt\" is null and \"Status\" <> 'Done')),
  ('open and not reminded overdue', (select count(*) from \"PreventionMeasures\" where \"OverdueRemindedAt\" is null and \"Status\" <> 'Done')),
  ('notifications', (select count(*) from \"Notifications\")),
  ('of them waiting for a digest', (select count(*) from \"Notifications\" where \"Email\" = 'Digest' and \"EmailQueuedAt\" is null))) v(t, n)")"
mkdir -p -- "$RESULTS"
OUT="$RESULTS/plans-$(date -u +%Y-%m-%d)-$commit.md"
{
  echo "# Plans of the scheduler's scans and the home page"
  echo
  echo "Written by \`bench/plans.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') ($((SECONDS - STARTED_AT)) s in all)."
  echo
  echo "- Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: timings include other work)."
  echo "- Code: $commit$commit_note. Database: PostgreSQL $(sql -c 'show server_version'), $DB_WHERE;" \
    "$(sql -c 'select pg_size_pretty(pg_database_size(current_database()))')."
  echo "- Data: $counts."
  echo
  if [[ -s "$FAILED" ]]; then
    echo "Requests that did not answer 200 (their plans are below all the same):"
    echo
    sed 's/^/- /' "$FAILED"
    echo
  fi
  if [[ -s "$FLAGS" ]]; then
    echo "Flags (a sequential scan of a table of more than $BIG_TABLE_ROWS rows):"
    echo
    sed 's/^/- /' "$FLAGS"
  else
    echo "No plan scans a table of more than $BIG_TABLE_ROWS rows sequentially."
  fi
  echo
  cat "$PLANS"
} >"$OUT"

if [[ -s "$FLAGS" ]]; then
  pk_warn "sequential scans:"
  sed 's/^/  /' "$FLAGS" >&2
fi
pk_log "plans written to $OUT"
pk_log "done in $((SECONDS - STARTED_AT)) s"
[[ ! -s "$FAILED" ]] || pk_die "$(cat "$FAILED")"
