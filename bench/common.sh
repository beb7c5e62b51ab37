# shellcheck shell=bash
# Helpers shared by the benchmark scripts (bench/run.sh, bench/plans.sh, bench/list-benchmark.sh); sourced, not run.

# stop_process PID: asks the process to stop, waits up to 10 s, then kills it. Nothing when PID is empty or gone.
stop_process() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# conn_get KEY... : the value of the first of these (lower-case) keys in the Npgsql connection string $CONN.
conn_get() {
  local part key value wanted
  local -a parts
  IFS=';' read -r -a parts <<<"$CONN"
  for wanted in "$@"; do
    for part in "${parts[@]}"; do
      key="${part%%=*}" value="${part#*=}"
      key="$(tr '[:upper:]' '[:lower:]' <<<"${key//[[:space:]]/}")"
      if [[ "$key" == "$wanted" ]]; then
        printf '%s\n' "$value"
        return 0
      fi
    done
  done
}

# The functions below use the calling script's globals: ROOT, BENCH, WORK (its work folder), DB_NAME, INCIDENTS,
# CLIENTS, EXTRA_OWNERS, APP_LOG; they set CONN, DB_WHERE, PG_DIR, SERVER_LOG, BUILD, APP, APP_PID, PASSWORD.

# bench_open_database : PROMISEKEEPER_BENCH_DB, or a throwaway local cluster with pg_stat_statements (PG_DIR, removed
# by the caller's cleanup); exports the PG* variables for psql and sets the log line prefix the captures rely on.
bench_open_database() {
  local pg_port
  if [[ -n "${PROMISEKEEPER_BENCH_DB:-}" ]]; then
    pk_log "database: PROMISEKEEPER_BENCH_DB"
    CONN="$PROMISEKEEPER_BENCH_DB"
    # shellcheck disable=SC2034 # read by the scripts' reports
    DB_WHERE="the database of PROMISEKEEPER_BENCH_DB"
  else
    PG_DIR="$WORK/pg"
    pg_port="$(pg_local_free_port)"
    pg_local_start "$PG_DIR" "$pg_port" --ephemeral
    # pg_stat_statements must be preloaded: ALTER SYSTEM survives the restart (pg-local.sh rewrites its own file).
    pg_local_psql "$pg_port" -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
    pg_local_stop "$PG_DIR"
    pg_local_start "$PG_DIR" "$pg_port" --ephemeral
    pg_local_create_db "$pg_port" "$DB_NAME"
    CONN="$(pg_local_conn_string "$pg_port" "$DB_NAME")"
    SERVER_LOG="$(pg_local_cluster_dir "$PG_DIR")/server.log"
    # shellcheck disable=SC2034 # read by the scripts' reports
    DB_WHERE="a throwaway local cluster (fsync off), default settings otherwise"
  fi
  PGHOST="$(conn_get host server)"
  PGPORT="$(conn_get port)"
  PGDATABASE="$(conn_get database db)"
  PGUSER="$(conn_get username "userid" user)"
  PGPASSWORD="$(conn_get password pwd)"
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGDATABASE PGUSER PGPASSWORD PGCONNECT_TIMEOUT=5

  # sql ARGS... : psql on the benchmark database, unaligned, tuples only.
  sql -c 'select 1' >/dev/null || pk_die "cannot connect to the database ($PGUSER@$PGHOST:$PGPORT/$PGDATABASE)"
  sql -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements' >/dev/null 2>&1 || true
  sql -c 'select count(*) from pg_stat_statements' >/dev/null 2>&1 ||
    pk_die "pg_stat_statements is not available: add it to shared_preload_libraries (and CREATE EXTENSION pg_stat_statements)"
  # Every log entry starts with "@@" (entries span lines) and names the application (the bench's own are left out).
  if ! sql -c "ALTER SYSTEM SET log_line_prefix = '@@%m [%p] %a|'" >/dev/null || ! sql -c 'select pg_reload_conf()' >/dev/null; then
    pk_die "cannot change the server's logging (ALTER SYSTEM needs a superuser)"
  fi
  if [[ -z "$SERVER_LOG" ]]; then
    SERVER_LOG_REMOTE="$(sql -c 'select pg_current_logfile()')"
    [[ -n "$SERVER_LOG_REMOTE" ]] || pk_die "the server has no log file (pg_current_logfile() is empty): turn logging_collector on"
  fi

  # server_log_size / server_log_from OFFSET : size of the server log, and its text from byte OFFSET.
}

# sql ARGS... : psql on the benchmark database, unaligned, tuples only.
sql() { PGAPPNAME=bench-psql "$PG_LOCAL_BIN/psql" -X -q -v ON_ERROR_STOP=1 -tA "$@"; }

server_log_size() {
  if [[ -n "$SERVER_LOG" ]]; then
    stat -c %s "$SERVER_LOG"
  else
    sql -c "select (pg_stat_file('$SERVER_LOG_REMOTE')).size"
  fi
}
server_log_from() {
  if [[ -n "$SERVER_LOG" ]]; then
    tail -c +"$(($1 + 1))" "$SERVER_LOG"
  else
    sql -c "select pg_read_file('$SERVER_LOG_REMOTE', $1, (pg_stat_file('$SERVER_LOG_REMOTE')).size - $1)"
  fi
}
log_statements() {
  sql -c "ALTER SYSTEM SET log_statement = '$1'" >/dev/null
  sql -c 'select pg_reload_conf()' >/dev/null
  sleep 0.3 # backends pick up the reload at their next command
}

# bench_publish WITH_BASELINE : publishes the app (Release) from a copy of the tree in bench/.build, and bench/Baseline
# when WITH_BASELINE is 1; PROMISEKEEPER_BENCH_REUSE_BUILD=1 starts what an earlier run published.
bench_publish() {
  local with_baseline="$1" t0
  BUILD="$BENCH/.build"
  if [[ "${PROMISEKEEPER_BENCH_REUSE_BUILD:-0}" == 1 && -f "$BUILD/publish/PromiseKeeper.Web.dll" &&
    ("$with_baseline" != 1 || -f "$BUILD/baseline/Baseline.dll") ]]; then
    pk_log "PROMISEKEEPER_BENCH_REUSE_BUILD=1: starting what bench/.build holds, without publishing again"
  else
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
      pk_die "dotnet publish of the app failed"
    }
    [[ "$with_baseline" == 1 ]] || {
      pk_log "published in $((SECONDS - t0)) s"
      return 0
    }
    rm -rf -- "$BUILD/baseline"
    dotnet publish "$BENCH/Baseline/Baseline.csproj" -c Release -o "$BUILD/baseline" --nologo -v quiet \
      >"$WORK/publish-baseline.log" 2>&1 || {
      cat "$WORK/publish-baseline.log" >&2
      pk_die "dotnet publish of bench/Baseline failed"
    }
    pk_log "published in $((SECONDS - t0)) s"
  fi
}

# wait_healthy PID URL WHAT LOG : fails (status 2) when the process exits because another one took its port
# (a free port is chosen before binding it: on a busy machine, someone else may take it in between).
wait_healthy() {
  for i in $(seq 1 120); do
    if ! kill -0 "$1" 2>/dev/null; then
      wait "$1" 2>/dev/null || true
      if grep -q 'address already in use' "$4"; then return 2; fi
      pk_die "$3 exited during start-up (log: $4)"
    fi
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$2/health" || true)" == 200 ]]; then return 0; fi
    [[ "$i" -lt 120 ]] || pk_die "$3 did not answer $2/health within 60 s"
    sleep 0.5
  done
}

# bench_start_app [NAME=VALUE...] : starts the published app (Production, migrations and demo users, and these settings)
# and waits until it is healthy.
# shellcheck disable=SC2120 # the settings are optional
bench_start_app() {
  local attempt
  for attempt in 1 2 3; do
    APP="http://127.0.0.1:$(pg_local_free_port)"
    pk_log "starting the app on $APP"
    (
      cd "$BUILD/publish" || exit
      exec env ConnectionStrings__PromiseKeeper="$CONN" \
        PromiseKeeper__ApplyMigrationsOnStartup=true \
        PromiseKeeper__SeedDemoData=true \
        ASPNETCORE_ENVIRONMENT=Production "$@" \
        dotnet PromiseKeeper.Web.dll --urls "$APP"
    ) >"$APP_LOG" 2>&1 &
    APP_PID=$!
    wait_healthy "$APP_PID" "$APP" "the app" "$APP_LOG" && break
    [[ "$attempt" -lt 3 ]] || pk_die "the app found no free port"
  done
  pk_log "app healthy (pid $APP_PID)"
}

# bench_seed : seeds INCIDENTS bench incidents, their children, and the clocks and figures a running scheduler keeps
# (bench/sql/steady-state.sql); a database already seeded with that many is used as it is.
bench_seed() {
  local bench_count existing t0
  bench_count="$(sql -c "select count(*) from \"Incidents\" where \"Summary\" like 'Bench incident %'")"
  if [[ "$bench_count" -eq 0 ]]; then
    existing="$(sql -c 'select count(*) from "Incidents"')"
    [[ "$existing" -le 10 ]] ||
      pk_die "the database already holds $existing incidents that this script did not make: use an empty database"
    pk_log "inserting $INCIDENTS incidents"
    t0=$SECONDS
    sql -v incidents="$INCIDENTS" -v clients="$CLIENTS" -v extra_owners="$EXTRA_OWNERS" -f "$BENCH/sql/seed.sql" >/dev/null
    pk_log "incidents in $((SECONDS - t0)) s; inserting their children"
    t0=$SECONDS
    sql -f "$BENCH/sql/seed-children.sql" >/dev/null
    pk_log "children in $((SECONDS - t0)) s; clocks and figures as a running scheduler leaves them"
    sql -f "$BENCH/sql/steady-state.sql" >/dev/null
  elif [[ "$bench_count" -ne "$INCIDENTS" ]]; then
    pk_die "the database holds $bench_count bench incidents, not $INCIDENTS: use another database (or PROMISEKEEPER_BENCH_INCIDENTS=$bench_count)"
  else
    pk_log "benchmark data already present ($bench_count incidents)"
  fi
}

# bench_demo_password : the demo users' password, read from DemoData.cs.
bench_demo_password() {
  local password
  password="$(sed -n 's/.*const string Password = "\([^"]*\)".*/\1/p' "$ROOT/src/PromiseKeeper.Web/Data/DemoData.cs")"
  [[ -n "$password" ]] || pk_die "could not read the demo password from src/PromiseKeeper.Web/Data/DemoData.cs"
  printf '%s\n' "$password"
}

# form_token HTML_FILE : the first antiforgery token of a page.
form_token() { sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' "$1" | head -n 1; }
# login EMAIL JAR : signs in as EMAIL with the demo password ($PASSWORD), keeping the cookies in JAR.
# shellcheck disable=SC2153 # PASSWORD is the caller's
login() {
  local email="$1" jar="$2" token status
  curl -sS -c "$jar" -b "$jar" -o "$WORK/login.html" "$APP/Account/Login"
  token="$(form_token "$WORK/login.html")"
  [[ -n "$token" ]] || pk_die "no antiforgery token on /Account/Login"
  status="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$APP/Account/Login")"
  [[ "$status" == 302* && "$status" != *Login* ]] || pk_die "sign-in as $email failed (HTTP $status)"
}
# cookie_header JAR : the jar's cookies as one Cookie header value.
cookie_header() { awk -F'\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } /^#/ || NF < 7 { next } { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }
