#!/usr/bin/env bash
# Benchmark the app against a raw-Npgsql baseline that runs the same SQL (issue 18).
#
#   bench/run.sh            PROMISEKEEPER_BENCH_INCIDENTS=10000 bench/run.sh   (a quick run)
#
# 1. Database: PROMISEKEEPER_BENCH_DB (an Npgsql connection string, superuser, pg_stat_statements in
#    shared_preload_libraries, logging_collector on with stderr format, used by nothing else while the
#    benchmark runs; the script sets log_line_prefix and, while it captures, log_statement with
#    ALTER SYSTEM) or a throwaway local PostgreSQL cluster
#    (scripts/pg-local.sh) started with pg_stat_statements, removed at the end.
# 2. Publishes src/PromiseKeeper.Web (Release) from a copy of the working tree in bench/.build and
#    starts it (Production, migrations and demo users); publishes the baseline, bench/Baseline.
# 3. Seeds PROMISEKEEPER_BENCH_INCIDENTS incidents (bench/sql/seed.sql) and their children
#    (bench/sql/seed-children.sql), then VACUUM ANALYZE; a database already seeded with that many
#    is used as it is. Then waits (up to PROMISEKEEPER_BENCH_SETTLE_SECONDS, 900) until the app's
#    scheduler has fewer than 50 checks due (summary days, figures, clocks): the steady state.
# 4. For each case, a check request (it must answer 200, or the expected redirect for the POST)
#    with log_statement=all: the statements the app sent, with their values, are cut from the
#    server log, and the baseline replays exactly those (rendering the rows as HTML padded to the
#    app's response size). EXPLAIN (ANALYZE, BUFFERS) of each read; a sequential scan of
#    "Incidents" is flagged.
# 5. wrk (-c PROMISEKEEPER_BENCH_CONNECTIONS, 32) against the app and the baseline, interleaved:
#    PROMISEKEEPER_BENCH_ROUNDS (3) rounds of PROMISEKEEPER_BENCH_SECONDS (10) per case and side,
#    after PROMISEKEEPER_BENCH_WARMUP (5) s per case and side that are not measured.
#    Per case: app/raw throughput, CPU ms per request (utime+stime of the process), statements per
#    request (pg_stat_statements calls), PostgreSQL ms per request, p50/p99, peak working set.
# 6. Writes bench/results/<date>-<commit>.md and bench/results/latest.md.
#
# Cases: the list (mine; filtered by stage and client), the incident page (plain; contract-linked),
# marking a done check-in done (POST, 302; it changes nothing, so it repeats forever), and the text search and dashboard (skipped while
# their pages answer 404; paths in PROMISEKEEPER_BENCH_SEARCH_PATH, PROMISEKEEPER_BENCH_DASHBOARD_PATH).
# Exits non-zero, with a message, when any answer has another status than expected.
# Other knobs: PROMISEKEEPER_BENCH_THREADS (wrk -t, 2), PROMISEKEEPER_BENCH_KEEP=1 (keep the work
# folder with the logs), PROMISEKEEPER_BENCH_RESULTS (bench/results), PROMISEKEEPER_BENCH_REUSE_BUILD=1
# (start what an earlier run published, for working on this script; not for results).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
BENCH="$ROOT/bench"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"
# shellcheck source=bench/common.sh
source "$ROOT/bench/common.sh"

INCIDENTS="${PROMISEKEEPER_BENCH_INCIDENTS:-1000000}"
SECONDS_PER_RUN="${PROMISEKEEPER_BENCH_SECONDS:-10}"
ROUNDS="${PROMISEKEEPER_BENCH_ROUNDS:-3}"
WARMUP_SECONDS="${PROMISEKEEPER_BENCH_WARMUP:-5}"
CONNECTIONS="${PROMISEKEEPER_BENCH_CONNECTIONS:-32}"
THREADS="${PROMISEKEEPER_BENCH_THREADS:-2}"
RESULTS="${PROMISEKEEPER_BENCH_RESULTS:-$BENCH/results}"
SEARCH_PATH="${PROMISEKEEPER_BENCH_SEARCH_PATH:-/Incidents?Show=all&Text=delivery%20slipped}"
DASHBOARD_PATH="${PROMISEKEEPER_BENCH_DASHBOARD_PATH:-/Dashboard?Period=365}"
CLIENTS=50
EXTRA_OWNERS=4
DB_NAME="promisekeeper_bench"
# Targets of issue 18.
TARGET_RATIO=0.85
TARGET_LIST_P99_MS=25
TARGET_RSS_MB=250

case "${1:-}" in
  "") ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *) pk_die "unknown argument '$1' (try --help)" ;;
esac
for n in "$INCIDENTS" "$SECONDS_PER_RUN" "$ROUNDS" "$WARMUP_SECONDS" "$CONNECTIONS" "$THREADS"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || pk_die "counts must be positive integers (got '$n')"
done

command -v dotnet >/dev/null 2>&1 || pk_die "the .NET SDK (dotnet) is not on PATH"
command -v curl >/dev/null 2>&1 || pk_apt_install curl
command -v wrk >/dev/null 2>&1 || pk_apt_install wrk
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pg_local_ensure_installed

STARTED_AT=$SECONDS
WORK="$(mktemp -d "${TMPDIR:-/tmp}/promisekeeper-bench.XXXXXX")"
APP_LOG="$WORK/app.log"
RAW_LOG="$WORK/baseline.log"
APP_PID=""
RAW_PID=""
PG_DIR=""
SERVER_LOG=""

# stop_process PID : TERM, then KILL after 10 s.
# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
  local rc=$?
  stop_process "$APP_PID"
  stop_process "$RAW_PID"
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

# --- Database -------------------------------------------------------------------------
bench_open_database

# --- Publish and start the app and the baseline ------------------------------------------
bench_publish 1
bench_start_app

# --- Data -----------------------------------------------------------------------------
bench_seed

# --- Settling ---------------------------------------------------------------------------
# The app's scheduler catches up on what time and earlier runs queued (clocks that moved while the database sat idle,
# summary days to rebuild, figures to work out again). Until it has, the dashboard reads the queued days live and the
# scheduler competes for the cores: a measurement of the steady state waits until fewer than 50 checks are due (the app does the
# work; nothing here touches them).
settle_limit="${PROMISEKEEPER_BENCH_SETTLE_SECONDS:-900}"
settle_started="$(date +%s)"
while true; do
  queued="$(sql -c "select (select count(*) from \"DashboardDayChecks\") + (select count(*) from \"ClientBankDayChecks\")
                  + (select count(*) from \"FigureChecks\" where \"CheckAt\" <= now()) + (select count(*) from \"ClockChecks\" where \"CheckAt\" <= now())")"
  [[ "$queued" -lt 50 ]] && break
  if (($(date +%s) - settle_started > settle_limit)); then
    pk_die "the app's scheduler still has $queued queued checks after ${settle_limit} s (PROMISEKEEPER_BENCH_SETTLE_SECONDS): the case timings would measure its catching up"
  fi
  pk_log "waiting for the app's scheduler to work through $queued queued checks"
  sleep 15
done

# --- Signing in -------------------------------------------------------------------------
PASSWORD="$(bench_demo_password)"
AM_EMAIL="am@demo.promisekeeper.test"
TL_EMAIL="lead@demo.promisekeeper.test"
AM_JAR="$WORK/am.cookies"
TL_JAR="$WORK/tl.cookies"
login "$AM_EMAIL" "$AM_JAR"
login "$TL_EMAIL" "$TL_JAR"
AM_ID="$(sql -c "select \"Id\" from \"AspNetUsers\" where \"NormalizedEmail\" = upper('$AM_EMAIL')")"
TL_ID="$(sql -c "select \"Id\" from \"AspNetUsers\" where \"NormalizedEmail\" = upper('$TL_EMAIL')")"
TL_TEAM="$(sql -c "select \"TeamId\" from \"AspNetUsers\" where \"Id\" = '$TL_ID'")"
pk_log "signed in as $AM_EMAIL and $TL_EMAIL"

# --- Cases ----------------------------------------------------------------------------------
# The check-ins the POST case marks done and not done: open incidents of the account manager.
POST_ITEMS="$WORK/post-items.txt"
post_items() {
  sql -F ' ' -c "select i.\"Id\", c.\"Id\", i.xmin from \"CheckIns\" c join \"Incidents\" i on i.\"Id\" = c.\"IncidentId\"
    where i.\"OwnerId\" = '$AM_ID' and i.\"Stage\" in ('FollowUpRecap', 'InternalRetro') and i.\"Summary\" like 'Bench incident %'
    order by c.\"Id\" limit 64" >"$POST_ITEMS"
  [[ "$(wc -l <"$POST_ITEMS")" -ge 8 ]] || pk_die "found fewer than 8 open check-ins of $AM_EMAIL for the POST case"
}
post_items
read -r POST_INCIDENT POST_CHECKIN POST_VERSION <"$POST_ITEMS"
# Mark them done beforehand: the POST marks a done check-in done again, which changes nothing and so can
# repeat forever (a real change gives the incident a new version, and the next POST would be a conflict).
sql -c "update \"CheckIns\" set \"IsDone\" = true, \"DoneAt\" = now() where \"Id\" in ($(cut -d' ' -f2 "$POST_ITEMS" | sed "s/.*/'&'/" | paste -sd,))" >/dev/null
post_items
CLIENT_ID="$(sql -c "select \"ClientId\" from \"Incidents\" where \"Summary\" like 'Bench incident %' and \"TeamId\" = $TL_TEAM
  group by 1 order by count(*) desc limit 1")"
PLAIN_ID="$(sql -c "select \"Id\" from \"Incidents\" where \"OwnerId\" = '$AM_ID' and \"ContractReference\" is null
  and \"Stage\" = 'Closed' and \"Summary\" like 'Bench incident %' order by \"Id\" limit 1 offset 10")"
CONTRACT_ID="$(sql -c "select \"Id\" from \"Incidents\" where \"OwnerId\" = '$AM_ID' and \"ContractReference\" is not null
  and \"Stage\" = 'Closed' and \"Summary\" like 'Bench incident %' order by \"Id\" limit 1 offset 10")"
[[ -n "$CLIENT_ID" && -n "$PLAIN_ID" && -n "$CONTRACT_ID" ]] || pk_die "the data has no incidents for the cases"

# One case a line: name|user (am, tl)|method|path|expected status|target p99 ms (or -)
CASES="$WORK/cases.txt"
cat >"$CASES" <<EOF
list, mine (AM)|am|GET|/Incidents?Show=mine|200|-
list, stage + client (TL)|tl|GET|/Incidents?Show=all&Stage=Closed&ClientId=$CLIENT_ID|200|$TARGET_LIST_P99_MS
incident page (AM)|am|GET|/Incidents/$PLAIN_ID|200|-
incident page, contract-linked (AM)|am|GET|/Incidents/$CONTRACT_ID|200|-
POST check-in done, already done (AM)|am|POST|/Incidents/{id}/CheckIns?handler=SetDone|302|-
text search (TL)|tl|GET|$SEARCH_PATH|200|-
dashboard (TL)|tl|GET|$DASHBOARD_PATH|200|-
EOF
# ^ Later pages (the text search, the dashboard): a case whose page answers 404 is skipped; add new cases above.

CAPTURE="$WORK/cases"
mkdir -p -- "$CAPTURE"
TOKEN=""
# request USER METHOD PATH OUT_BODY : one request as the app's user; prints "status size location".
request() {
  local jar="$AM_JAR" path="${3//\{id\}/$POST_INCIDENT}"
  [[ "$1" == tl ]] && jar="$TL_JAR"
  if [[ "$2" == POST ]]; then
    curl -sS -b "$jar" -o "$4" -w '%{http_code} %{size_download} %{redirect_url}\n' \
      --data-urlencode "checkInId=$POST_CHECKIN" --data-urlencode "done=true" \
      --data-urlencode "Data.Version=$POST_VERSION" --data-urlencode "__RequestVerificationToken=$TOKEN" "$APP$path"
  else
    curl -sS -b "$jar" -o "$4" -w '%{http_code} %{size_download} %{redirect_url}\n' "$APP$path"
  fi
}

curl -sS -b "$AM_JAR" -c "$AM_JAR" -o "$WORK/checkins.html" "$APP/Incidents/$POST_INCIDENT/CheckIns"
TOKEN="$(form_token "$WORK/checkins.html")"
[[ -n "$TOKEN" ]] || pk_die "no antiforgery token on /Incidents/$POST_INCIDENT/CheckIns"

pk_log "check requests, capturing each case's statements from the server log"
ACTIVE="$WORK/active.txt" # the cases that run: number|name|user|method|path|status|target|statements sent
: >"$ACTIVE"
log_statements all
n=0
while IFS='|' read -r name user method path expect target; do
  n=$((n + 1))
  read -r status _ _ < <(request "$user" "$method" "$path" "$WORK/warm.html")
  if [[ "$status" == 404 && "$method" == GET && ("$path" == "$SEARCH_PATH" || "$path" == "$DASHBOARD_PATH") ]]; then
    pk_log "case $n ($name): $path answers 404, not there yet: skipped"
    continue
  fi
  from="$(server_log_size)"
  read -r status size location < <(request "$user" "$method" "$path" "$WORK/case-$n.html")
  [[ "$status" == "$expect" ]] ||
    pk_die "case $n ($name): $method $path answered $status, not $expect (body in $WORK/case-$n.html)"
  if [[ "$method" == POST && "$location" != *"/Incidents/$POST_INCIDENT/CheckIns"* ]]; then
    pk_die "case $n ($name): the POST was redirected to $location, not back to its page"
  fi
  sleep 0.3
  server_log_from "$from" >"$CAPTURE/$n.server.log"
  awk '/^@@/ { keep = ($0 !~ /\] (bench-psql|bench-baseline)\|/) } keep' "$CAPTURE/$n.server.log" >"$CAPTURE/$n.log"
  grep -q 'LOG:  \(execute\|statement\)' "$CAPTURE/$n.log" || pk_die "case $n ($name): no statements found in the server log"
  {
    echo "name=$name"
    echo "status=$status"
    echo "location=${location#"$APP"}"
    echo "size=$size"
    if [[ "$method" == POST ]]; then
      echo "subst=$POST_INCIDENT=id"
      echo "subst=$POST_CHECKIN=checkInId"
    fi
  } >"$CAPTURE/$n.meta"
  # Commands the app sent for the request, without the pool's resets and transaction control.
  sent="$(grep 'LOG:  \(execute [^:]*\|statement\): ' "$CAPTURE/$n.log" | grep -cvE ': (DISCARD ALL|BEGIN|COMMIT|START TRANSACTION)' || true)"
  echo "$n|$name|$user|$method|$path|$expect|$target|$sent" >>"$ACTIVE"
done <"$CASES"
log_statements none
post_items # the versions after the check requests

# The baseline runs with the app's garbage collector (server or workstation), as its runtimeconfig.json says.
APP_GC_SERVER=0
if grep -q '"System.GC.Server": true' "$BUILD/publish/PromiseKeeper.Web.runtimeconfig.json"; then APP_GC_SERVER=1; fi
for attempt in 1 2 3; do
  RAW="http://127.0.0.1:$(pg_local_free_port)"
  pk_log "starting the baseline on $RAW"
  (
    cd "$BUILD/baseline"
    exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer="$APP_GC_SERVER" dotnet Baseline.dll --cases "$CAPTURE" \
      --db "$CONN;Application Name=bench-baseline" --urls "$RAW"
  ) >"$RAW_LOG" 2>&1 &
  RAW_PID=$!
  wait_healthy "$RAW_PID" "$RAW" "the baseline" "$RAW_LOG" && break
  [[ "$attempt" -lt 3 ]] || pk_die "the baseline found no free port"
done

# --- Plans ----------------------------------------------------------------------------------
PLANS="$WORK/plans.md"
FLAGS="$WORK/flags.txt"
: >"$PLANS"
: >"$FLAGS"
while IFS='|' read -r n name _; do
  dotnet "$BUILD/baseline/Baseline.dll" --cases "$CAPTURE" --explain "$n" >"$WORK/explain-$n.sql"
  sql -f "$WORK/explain-$n.sql" >"$WORK/plan-$n.txt" 2>&1 || pk_die "EXPLAIN of case $n ($name) failed: $(tail -n 3 "$WORK/plan-$n.txt")"
  if grep -q 'Seq Scan on "Incidents"' "$WORK/plan-$n.txt"; then
    echo "SEQ SCAN on \"Incidents\" in case $n ($name): see its plans" >>"$FLAGS"
  fi
  {
    echo "## $n. $name"
    echo
    cat "$WORK/plan-$n.txt"
    echo
  } >>"$PLANS"
done <"$ACTIVE"

# --- Measuring ------------------------------------------------------------------------------
CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# pg_calls : "statements resets_and_transaction_control exec_ms" so far, the bench's own queries excluded.
pg_calls() {
  sql -F ' ' -c "select coalesce(sum(calls) filter (where not utility), 0), coalesce(sum(calls) filter (where utility), 0),
      round(coalesce(sum(total_exec_time), 0)::numeric, 3)
    from (select calls, total_exec_time, query ~* '^\\s*(DISCARD|BEGIN|COMMIT|ROLLBACK|START TRANSACTION)' as utility
          from pg_stat_statements where query not like '%pg_stat_statements%' and query not like '%pg_prepared_statements%') s"
}
# wrk_ms VALUE : wrk's latency ("812.00us", "3.21ms", "1.02s") in ms.
wrk_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'; }

MEASURES="$WORK/measures.txt" # n side round requests seconds cpu_ms statements utility pg_ms p50 p99 rss_kb
: >"$MEASURES"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# run_side N SIDE ROUND USER METHOD PATH EXPECT
run_side() {
  local n="$1" side="$2" round="$3" user="$4" method="$5" path="$6" expect="$7" pid cookie="" out="$WORK/wrk-$1-$2-$3.txt"
  local ticks0 ticks1 calls0 calls1 sampler url="$APP"
  if [[ "$side" == app ]]; then
    pid="$APP_PID"
    local jar="$AM_JAR"
    [[ "$user" == tl ]] && jar="$TL_JAR"
    # The app checks the cookie's security stamp once it is a minute old and then sends a renewed cookie, which
    # wrk would not keep: renew it now, as a browser would have, so the check does not run on every request.
    curl -sS -b "$jar" -c "$jar" -o /dev/null "$APP/Incidents"
    cookie="$(cookie_header "$jar")"
  else
    pid="$RAW_PID" url="$RAW"
    if [[ "$method" == POST ]]; then path="/case/$n?id={id}"; else path="/case/$n"; fi
  fi
  ticks0="$(cpu_ticks "$pid")"
  calls0="$(pg_calls)"
  # The peak resident set of the process during the run, sampled every 0.2 s.
  (
    peak=0
    while kill -0 "$pid" 2>/dev/null; do
      rss="$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
      if [[ "${rss:-0}" -gt "$peak" ]]; then peak="$rss"; echo "$peak" >"$WORK/rss-$n-$side-$round"; fi
      sleep 0.2
    done
  ) &
  sampler=$!
  local post_file=""
  [[ "$method" == POST ]] && post_file="$POST_ITEMS"
  # --timeout 10s: a slow case (the dashboard queues ~2 s deep at 32 connections) is measured, not dropped as a
  # socket timeout (wrk's default is 2 s).
  BENCH_COOKIE="$cookie" BENCH_PATH="$path" BENCH_EXPECT="$expect" BENCH_POST="$post_file" BENCH_TOKEN="$TOKEN" \
    BENCH_THREADS="$THREADS" wrk -t "$THREADS" -c "$CONNECTIONS" -d "${SECONDS_PER_RUN}s" --latency --timeout 10s \
    -s "$BENCH/wrk-case.lua" "$url" >"$out" 2>&1 ||
    pk_die "wrk failed for case $n ($side): $(tail -n 3 "$out")"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  ticks1="$(cpu_ticks "$pid")"
  calls1="$(pg_calls)"
  local requests p50 p99 unexpected non2xx errors
  requests="$(awk '/ requests in / { print $1 }' "$out")"
  p50="$(wrk_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  p99="$(wrk_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  unexpected="$(awk '$1 == "unexpected" { print $2 " (first: " $3 ")" }' "$out")"
  non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")"
  errors="$(awk '/Socket errors/ { print }' "$out")"
  [[ -n "$requests" && "$requests" -gt 0 ]] || pk_die "case $n ($side): wrk made no requests: $(cat "$out")"
  if [[ -n "$non2xx" || "$unexpected" != 0* ]]; then
    pk_die "case $n ($side, $method $path): answers with another status than $expect: ${unexpected:-?} unexpected, ${non2xx:-0} non-2xx/3xx (wrk output: $out)"
  fi
  [[ -z "$errors" ]] || pk_warn "case $n ($side): $errors"
  printf '%s %s %s %s %s %s %s %s %s %s\n' "$n" "$side" "$round" "$requests" "$SECONDS_PER_RUN" \
    "$(awk -v a="$ticks0" -v b="$ticks1" -v t="$CLK_TCK" 'BEGIN { print (b - a) * 1000 / t }')" \
    "$(awk -v a="$calls0" -v b="$calls1" 'BEGIN { split(a, x, " "); split(b, y, " "); print y[1] - x[1], y[2] - x[2], y[3] - x[3] }')" \
    "$p50" "$p99" "$(cat "$WORK/rss-$n-$side-$round" 2>/dev/null || echo 0)" >>"$MEASURES"
  pk_log "case $n $side round $round: $requests requests, p50 $p50 ms, p99 $p99 ms"
}

pk_log "warming up: $WARMUP_SECONDS s per case and side (JIT, pools, caches), not measured"
while IFS='|' read -r n name user method path expect _; do
  for side in app raw; do
    SECONDS_PER_RUN="$WARMUP_SECONDS" MEASURES="/dev/null" run_side "$n" "$side" 0 "$user" "$method" "$path" "$expect"
  done
done <"$ACTIVE"
pk_log "measuring: $ROUNDS rounds x ${SECONDS_PER_RUN} s per case and side, wrk -t $THREADS -c $CONNECTIONS"
for ((round = 1; round <= ROUNDS; round++)); do
  while IFS='|' read -r n _ user method path expect _; do
    run_side "$n" app "$round" "$user" "$method" "$path" "$expect"
    run_side "$n" raw "$round" "$user" "$method" "$path" "$expect"
  done <"$ACTIVE"
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
APP_HWM="$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")"
RAW_HWM="$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$RAW_PID/status")"

# --- Report -----------------------------------------------------------------------------------
TABLE="$WORK/table.md"
: >"$TABLE"
MISSED="$WORK/missed.txt"
: >"$MISSED"
while IFS='|' read -r n name _ _ _ _ target sent; do
  awk -v n="$n" -v name="$name" -v target="$target" -v sent="$sent" -v ratio_target="$TARGET_RATIO" -v rss_target="$TARGET_RSS_MB" \
    -v missed="$MISSED" -v conns="$CONNECTIONS" '
    function mark(ok) { return ok ? " ✓" : " ✗" }
    $1 == n { s = $2; req[s] += $4; sec[s] += $5; cpu[s] += $6; st[s] += $7; ut[s] += $8; pg[s] += $9
              k[s]++; p50[s, k[s]] = $10; if ($11 > p99[s]) p99[s] = $11; if ($12 > rss[s]) rss[s] = $12 }
    function median(s,   i, j, t, m) {
      m = k[s]; for (i = 1; i <= m; i++) v[i] = p50[s, i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2 }
    END {
      ratio = (req["app"] / sec["app"]) / (req["raw"] / sec["raw"])
      app_rss = rss["app"] / 1024; raw_rss = rss["raw"] / 1024
      ok_ratio = ratio >= ratio_target; ok_rss = app_rss <= rss_target; ok_p99 = (target == "-" || p99["app"] <= target)
      app_cpu = cpu["app"] / req["app"]; raw_cpu = cpu["raw"] / req["raw"]; app_pg = pg["app"] / req["app"]
      # What limits the case, from the measures: the process CPU the app spends beyond the baseline, against the
      # time PostgreSQL spends; latency under a fixed number of connections follows throughput (Little: c / X).
      if (!ok_ratio) printf "case %s (%s): %.2fx raw, target >= %.2fx. Limit: the app process, %.2f ms CPU per request against the baseline'"'"'s %.2f for the same %s statements (PostgreSQL: %.2f ms per request for the app); what would lift it is less work per request in the app (see issue 18, point 4)\n", n, name, ratio, ratio_target, app_cpu, raw_cpu, sent, app_pg >> missed
      if (!ok_p99) printf "case %s (%s): p99 %.1f ms, target <= %s ms. With %s connections, latency follows throughput: %s / %.0f req/s = %.0f ms per request on average; the same CPU limit as the throughput\n", n, name, p99["app"], target, conns, conns, req["app"] / sec["app"], conns * 1000 / (req["app"] / sec["app"]) >> missed
      if (!ok_rss) printf "case %s (%s): working set %.0f MB, target <= %s MB (the baseline: %.0f MB with the same runtime, so the app'"'"'s own allocations, EF Core'"'"'s model and caches and the Razor pages, make the difference)\n", n, name, app_rss, rss_target, raw_rss >> missed
      printf "| %s | %s | %.0f / %.0f | **%.2fx**%s | %.2f / %.2f | %s | %.1f (+%.1f) / %.1f | %.2f / %.2f | %.1f / %.1f | %.1f%s / %.1f | %.0f%s / %.0f |\n",
        n, name, req["app"] / sec["app"], req["raw"] / sec["raw"], ratio, mark(ok_ratio),
        cpu["app"] / req["app"], cpu["raw"] / req["raw"], sent,
        st["app"] / req["app"], ut["app"] / req["app"], st["raw"] / req["raw"],
        pg["app"] / req["app"], pg["raw"] / req["raw"],
        median("app"), median("raw"), p99["app"], (target == "-" ? "" : mark(ok_p99) " (≤ " target ")"), p99["raw"],
        app_rss, mark(ok_rss), raw_rss }' "$MEASURES" >>"$TABLE"
done <"$ACTIVE"

cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
mem="$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
# shellcheck disable=SC1091
os="$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)"
pg_version="$(sql -c 'show server_version')"
commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
commit_note=""
if [[ -n "$(git -C "$ROOT" status --porcelain -- src 2>/dev/null)" ]]; then commit_note=" + uncommitted changes in src/"; fi
counts="$(sql -c "select string_agg(format('%s %s', to_char(n, 'FM999,999,999'), t), ', ') from (values
  ('incidents', (select count(*) from \"Incidents\")), ('evidence items', (select count(*) from \"EvidenceItems\")),
  ('options', (select count(*) from \"CompensationOptions\")), ('timeline events', (select count(*) from \"IncidentEvents\")),
  ('check-ins', (select count(*) from \"CheckIns\")), ('measures', (select count(*) from \"PreventionMeasures\")),
  ('blame findings', (select count(*) from \"BlameFindings\")), ('legal reviews', (select count(*) from \"LegalReviews\")),
  ('calls', (select count(*) from \"IncidentCalls\")), ('conversations', (select count(*) from \"IncidentConversations\")),
  ('recaps', (select count(*) from \"IncidentRecaps\")), ('retros', (select count(*) from \"IncidentRetros\"))) v(t, n)")"
db_size="$(sql -c 'select pg_size_pretty(pg_database_size(current_database()))')"

mkdir -p -- "$RESULTS"
OUT="$RESULTS/$(date -u +%Y-%m-%d)-$commit.md"
{
  echo "# Benchmark: the app against a raw-Npgsql baseline"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') ($((SECONDS - STARTED_AT)) s in all)."
  echo
  echo "- Machine: $(nproc) cores ($cpu), $mem RAM, $os. Load average (1/5/15 min) before measuring: $LOAD_BEFORE;" \
    "after: $LOAD_AFTER (the machine may be shared: other work shows up in the figures)."
  echo "- Code: $commit$commit_note; the app published Release, ASPNETCORE_ENVIRONMENT=Production;" \
    "the baseline (bench/Baseline: minimal API, raw Npgsql) replays the statements the app sent for the case's" \
    "check request, as the server logged them (log_statement=all), and pads its HTML to the app's response size;" \
    "it runs with the app's GC (server GC: $APP_GC_SERVER) and Npgsql's Max Auto Prepare=64, No Reset On Close=true."
  echo "- Database: PostgreSQL $pg_version, $DB_WHERE; $db_size."
  echo "- Data: $counts; $CLIENTS clients, $((EXTRA_OWNERS + 2)) account managers in two teams, dates over 3 years."
  echo "- Load: wrk -t $THREADS -c $CONNECTIONS, $ROUNDS rounds of $SECONDS_PER_RUN s per case, app and baseline" \
    "interleaved (app, raw, app, raw …)."
  echo
  echo "Each cell is app / raw. req/s: requests per second over all rounds. CPU: utime + stime of the process" \
    "per request. Statements sent: the commands the app sent for the check request (server log; without the" \
    "pool's DISCARD ALL and transaction control). Under load: pg_stat_statements calls per completed request" \
    "(in brackets: DISCARD ALL and transaction control; the requests still in flight when wrk stops add up to" \
    "$CONNECTIONS × statements to a run, which shows at low request counts). PG ms: PostgreSQL execution time per request (pg_stat_statements, wall time: it grows when the" \
    "CPUs are busy, so the faster side, which keeps more queries running at once, tends to show more). p50: median of the rounds; p99: worst round." \
    "Working set: peak VmRSS sampled during the case's runs. Targets (issue 18): ≥ $TARGET_RATIO× raw, filtered" \
    "list p99 ≤ $TARGET_LIST_P99_MS ms, working set ≤ $TARGET_RSS_MB MB."
  echo
  echo "| # | case | req/s | app/raw | CPU ms/req | statements sent | statements/req under load | PG ms/req | p50 ms | p99 ms | working set MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  cat "$TABLE"
  echo
  echo "Peak working set over the whole run (VmHWM): app $APP_HWM MB, baseline $RAW_HWM MB."
  echo
  if [[ -s "$MISSED" || -s "$FLAGS" ]]; then
    echo "Targets missed and flags:"
    echo
    sed 's/^/- /' "$MISSED" "$FLAGS"
  else
    echo "Every target met; no plan scans \"Incidents\" sequentially."
  fi
  echo
  echo "## Rounds"
  echo
  echo "| # | side | round | requests | s | CPU ms | statements | resets/tx | PG ms | p50 ms | p99 ms | peak RSS kB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  awk '{ printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; print "" }' "$MEASURES"
  echo
  echo "## Plans (EXPLAIN (ANALYZE, BUFFERS) of each case's reads, with the values of the check request)"
  echo
  cat "$PLANS"
} >"$OUT"
cp -- "$OUT" "$RESULTS/latest.md"

echo
sed -n '/^| # | case /,/^$/p' "$OUT"
if [[ -s "$MISSED" || -s "$FLAGS" ]]; then
  echo "Targets missed and flags:"
  sed 's/^/  /' "$MISSED" "$FLAGS"
fi
pk_log "results written to $OUT (and $RESULTS/latest.md)"
pk_log "done in $((SECONDS - STARTED_AT)) s"
