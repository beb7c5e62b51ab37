#!/usr/bin/env bash
# Build PromiseKeeper and run every test project.
#
#   scripts/test.sh [--filter EXPRESSION] [-- extra dotnet test arguments]
#
# Installs Debian's chromium when it is missing, and for the Nu Html Checker a
# JRE (default-jre-headless) when java is missing and the npm package vnu-jar
# into .local/vnu (kept for later runs) when it is not there (browser tests). When
# PROMISEKEEPER_TEST_DB is unset and no Docker engine answers, installs
# PostgreSQL when missing and runs a throwaway cluster on a free port for the
# duration of the run. Test results (.trx) go to TestResults/ of the repo.
# Ends with one line "N passed, N failed"; exits non-zero when a test failed,
# a project could not run, or no test ran at all.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=scripts/pg-local.sh
source "$ROOT/scripts/pg-local.sh"
cd "$ROOT"

TEST_PROJECTS=(
  tests/PromiseKeeper.Domain.Tests/PromiseKeeper.Domain.Tests.csproj
  tests/PromiseKeeper.Web.Tests/PromiseKeeper.Web.Tests.csproj
  tests/PromiseKeeper.BrowserTests/PromiseKeeper.BrowserTests.csproj
)
RESULTS_DIR="$ROOT/TestResults"
HANG_TIMEOUT="${PROMISEKEEPER_TEST_HANG_TIMEOUT:-15m}"

extra_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --filter)
      [[ $# -ge 2 ]] || pk_die "--filter needs an expression"
      extra_args+=(--filter "$2")
      shift 2
      ;;
    --filter=*)
      extra_args+=(--filter "${1#--filter=}")
      shift
      ;;
    --)
      shift
      extra_args+=("$@")
      break
      ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
      exit 0
      ;;
    *) pk_die "unknown argument '$1' (try --help)" ;;
  esac
done

command -v dotnet >/dev/null 2>&1 || pk_die "the .NET SDK (dotnet) is not on PATH: install the .NET 10 SDK first"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- Chromium for the browser tests -------------------------------------------
if ! command -v chromium >/dev/null 2>&1; then
  pk_log "chromium not found; installing Debian's chromium"
  pk_apt_install chromium
  command -v chromium >/dev/null 2>&1 || pk_die "installed chromium but it is not on PATH"
fi
pk_log "browser: $(chromium --version 2>/dev/null || echo chromium)"

# --- Nu Html Checker for the browser tests ----------------------------------------
VNU_VERSION="26.9.27"
VNU_DIR="$ROOT/.local/vnu"
PROMISEKEEPER_VNU_JAR="$VNU_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
if ! command -v java >/dev/null 2>&1; then
  pk_log "java not found; installing Debian's default-jre-headless"
  pk_apt_install default-jre-headless
  command -v java >/dev/null 2>&1 || pk_die "installed default-jre-headless but java is not on PATH"
fi
if [[ ! -f "$PROMISEKEEPER_VNU_JAR" || "$(cat "$VNU_DIR/version" 2>/dev/null)" != "$VNU_VERSION" ]]; then
  command -v npm >/dev/null 2>&1 || {
    pk_log "npm not found; installing Debian's npm"
    pk_apt_install npm
  }
  pk_log "installing vnu-jar $VNU_VERSION from npm into .local/vnu"
  mkdir -p -- "$VNU_DIR"
  # --ignore-scripts: the jar ships in the package; its install script would only look for Java.
  npm install --prefix "$VNU_DIR" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error "vnu-jar@$VNU_VERSION" >/dev/null ||
    pk_die "npm install vnu-jar@$VNU_VERSION failed"
  [[ -f "$PROMISEKEEPER_VNU_JAR" ]] || pk_die "vnu-jar is installed but $PROMISEKEEPER_VNU_JAR is missing"
  printf '%s\n' "$VNU_VERSION" >"$VNU_DIR/version"
fi
export PROMISEKEEPER_VNU_JAR
pk_log "html checker: $(java -version 2>&1 | head -n 1), vnu.jar $VNU_VERSION"

# --- PostgreSQL for the integration tests --------------------------------------
TEST_PG_DIR=""
# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
  local rc=$?
  if [[ -n "$TEST_PG_DIR" ]]; then
    pg_local_destroy "$TEST_PG_DIR" || true
    rm -rf -- "$TEST_PG_DIR"
  fi
  return "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

docker_answers() {
  command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1
}

if [[ -n "${PROMISEKEEPER_TEST_DB:-}" ]]; then
  pk_log "database: PROMISEKEEPER_TEST_DB is set; using it"
elif docker_answers; then
  pk_log "database: a Docker engine answers; the tests start PostgreSQL with Testcontainers"
else
  pk_log "database: no PROMISEKEEPER_TEST_DB and no Docker engine; starting a throwaway local PostgreSQL"
  pg_local_ensure_installed
  TEST_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/promisekeeper-testdb.XXXXXX")"
  port="$(pg_local_free_port)"
  pg_local_start "$TEST_PG_DIR" "$port" --ephemeral
  PROMISEKEEPER_TEST_DB="$(pg_local_conn_string "$port" postgres)"
  export PROMISEKEEPER_TEST_DB
fi

# --- Build ----------------------------------------------------------------------
pk_log "dotnet restore"
dotnet restore PromiseKeeper.sln --nologo || pk_die "dotnet restore failed"
pk_log "dotnet build -c Release"
dotnet build PromiseKeeper.sln -c Release --no-restore --nologo || pk_die "build failed"

# --- Tests ----------------------------------------------------------------------
rm -rf -- "$RESULTS_DIR"
mkdir -p -- "$RESULTS_DIR"

# trx_counter FILE NAME : value of attribute NAME of the <Counters> element (0 if absent).
trx_counter() {
  local value
  value="$(grep -o '<Counters [^>]*' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)"
  printf '%s\n' "${value:-0}"
}

# run_project PROJECT : runs one test project, its output prefixed with its name, and leaves its exit code in
# $RESULTS_DIR/NAME.rc (the trx file is read afterwards).
run_project() {
  local project="$1" name
  name="$(basename -- "$project" .csproj)"
  pk_log "dotnet test $name"
  {
    rc=0
    dotnet test "$project" --no-build -c Release --nologo \
      --logger "trx;LogFileName=$name.trx" \
      --results-directory "$RESULTS_DIR" \
      --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none \
      "${extra_args[@]}" 2>&1 || rc=$?
    printf '%s\n' "$rc" >"$RESULTS_DIR/$name.rc"
  } | sed -u "s/^/[$name] /"
}

# The domain tests take seconds. The web and browser tests each keep one core busy for most of their run (a
# single xUnit collection each: one app and one database), so on two cores they run side by side; each has its
# own database, app, mail server and ports.
run_project "${TEST_PROJECTS[0]}"
pids=()
for project in "${TEST_PROJECTS[@]:1}"; do
  run_project "$project" &
  pids+=("$!")
done
for pid in "${pids[@]}"; do
  wait "$pid" || true
done

total_passed=0
total_failed=0
problems=0
summary_lines=()
for project in "${TEST_PROJECTS[@]}"; do
  name="$(basename -- "$project" .csproj)"
  rc="$(cat "$RESULTS_DIR/$name.rc" 2>/dev/null || echo "?")"
  trx="$RESULTS_DIR/$name.trx"
  if [[ ! -f "$trx" ]]; then
    summary_lines+=("$name: no results, the run failed (dotnet test exited $rc)")
    problems=$((problems + 1))
    continue
  fi
  passed="$(trx_counter "$trx" passed)"
  failed=0
  for counter in failed error timeout aborted; do
    failed=$((failed + $(trx_counter "$trx" "$counter")))
  done
  not_run=$(($(trx_counter "$trx" total) - $(trx_counter "$trx" executed)))
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  line="$name: $passed passed, $failed failed, $not_run not run"
  if [[ "$rc" != "0" && "$failed" -eq 0 ]]; then
    line="$line, but the run failed (dotnet test exited $rc)"
    problems=$((problems + 1))
  fi
  summary_lines+=("$line")
done

status=0
if [[ "$total_failed" -gt 0 || "$problems" -gt 0 ]]; then
  status=1
elif [[ "$total_passed" -eq 0 ]]; then
  pk_warn "no test ran"
  status=1
fi
echo
echo "Test results (trx files in TestResults/):"
for line in "${summary_lines[@]}"; do echo "  $line"; done
pk_log "restore, build and tests took $((SECONDS / 60)) min $((SECONDS % 60)) s"
echo "$total_passed passed, $total_failed failed"
exit "$status"
