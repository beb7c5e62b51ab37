#!/usr/bin/env bash
# shellcheck shell=bash
# Helpers for a private, local PostgreSQL cluster. Sourced by scripts/run.sh
# and scripts/test.sh; not meant to be executed on its own.
#
#   pg_local_ensure_installed           install the server (Debian package) if missing
#   pg_local_start DIR PORT [--ephemeral]
#                                        create (first time) and start the cluster kept
#                                        in DIR, or reuse it when it already runs
#   pg_local_stop DIR                    stop the cluster of DIR (no-op when not running)
#   pg_local_destroy DIR                 stop it and delete its files
#   pg_local_create_db PORT NAME         create database NAME when missing
#   pg_local_conn_string PORT [DB]       Npgsql connection string for the cluster
#   pg_local_free_port                   print a free TCP port on 127.0.0.1
#
# Layout of a cluster directory DIR: DIR/data (PGDATA), DIR/server.log and the
# unix socket DIR/.s.PGSQL.<port>. The server listens on 127.0.0.1 only.
# Superuser: promisekeeper, password promisekeeper (a fixed development
# password, scram-sha-256 over TCP; "trust" only on the unix socket, which sits
# in DIR, a mode-700 directory of the server's own user). Local development and
# tests only: never put real data in such a cluster.

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "scripts/pg-local.sh is a library: source it (see scripts/run.sh and scripts/test.sh)" >&2
  exit 2
fi

PG_LOCAL_USER="promisekeeper"
PG_LOCAL_PASSWORD="promisekeeper"
PG_LOCAL_OS_USER="postgres" # the server's user when the scripts run as root
PG_LOCAL_READY_TIMEOUT="${PG_LOCAL_READY_TIMEOUT:-60}"

pk_log() { printf '==> %s\n' "$*" >&2; }
pk_warn() { printf 'warning: %s\n' "$*" >&2; }
pk_die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

pg_local_is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Run a command with root privileges (directly, or through sudo).
pk_as_root() {
  if pg_local_is_root; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    pk_die "need root for '$*' and sudo is not available: run this as root, or install the package yourself"
  fi
}

PK_APT_UPDATED=0
# pk_apt_install PACKAGE... : non-interactive apt-get install (apt-get update once per script).
# Each apt call waits up to ten minutes for another apt/dpkg run to let go of its lock instead of failing.
pk_apt_install() {
  command -v apt-get >/dev/null 2>&1 ||
    pk_die "apt-get not found: install these packages yourself: $*"
  if [[ "$PK_APT_UPDATED" -eq 0 ]]; then
    pk_log "apt-get update"
    pk_as_root env DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 apt-get -o DPkg::Lock::Timeout=600 update -q </dev/null >/dev/null ||
      pk_die "apt-get update failed"
    PK_APT_UPDATED=1
  fi
  pk_log "apt-get install -y $*"
  pk_as_root env DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 apt-get -o DPkg::Lock::Timeout=600 install -y -q "$@" </dev/null >/dev/null ||
    pk_die "apt-get install $* failed"
}

# Print the newest /usr/lib/postgresql/*/bin that has the server tools.
pg_local_bindir() {
  local dir best=""
  while IFS= read -r dir; do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/pg_isready" && -x "$dir/psql" ]]; then
      best="$dir"
    fi
  done < <(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V)
  [[ -n "$best" ]] || return 1
  printf '%s\n' "$best"
}

# Make sure the server binaries exist (and, as root, the postgres system user).
pg_local_ensure_installed() {
  if ! PG_LOCAL_BIN="$(pg_local_bindir)"; then
    pk_log "PostgreSQL server not found; installing the Debian package 'postgresql'"
    pk_apt_install postgresql
    PG_LOCAL_BIN="$(pg_local_bindir)" ||
      pk_die "installed 'postgresql' but found no initdb/pg_ctl under /usr/lib/postgresql/*/bin"
  fi
  if pg_local_is_root && ! id -u "$PG_LOCAL_OS_USER" >/dev/null 2>&1; then
    # The Debian package creates this user; create it if the binaries came another way.
    pk_log "creating system user '$PG_LOCAL_OS_USER'"
    useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
      --shell /usr/sbin/nologin "$PG_LOCAL_OS_USER" || pk_die "could not create user $PG_LOCAL_OS_USER"
  fi
  export PG_LOCAL_BIN
}

# PostgreSQL refuses to run as root: as root, run the server tools as the
# postgres user (from /, so that an unreadable current directory is no problem).
pg_local_run() {
  if pg_local_is_root; then
    (cd / && runuser -u "$PG_LOCAL_OS_USER" -- "$@")
  else
    "$@"
  fi
}

# pg_local_cluster_dir DIR : print the directory that really holds the cluster.
#
# Normally DIR itself. As root, the cluster belongs to the postgres user, who
# must be able to reach DIR. A repository under /root or inside a `mktemp -d`
# folder (mode 700, owned by root) is out of that user's reach. Rather than
# loosen the permissions of someone's home or temp folder, the cluster then
# lives under /var/lib/postgresql/promisekeeper/, in a folder named after a
# hash of DIR (the same DIR always maps to the same cluster), and DIR becomes a
# symlink to it (made by pg_local_start) so that it can still be found.
pg_local_cluster_dir() {
  local dir="$1"
  if ! pg_local_is_root; then
    printf '%s\n' "$dir"
    return 0
  fi
  if [[ -L "$dir" ]]; then # redirected by an earlier run
    readlink -f -- "$dir"
    return 0
  fi
  # Folders that don't exist yet will be made by root with mode 755, so what
  # counts is whether postgres can reach the nearest existing ancestor.
  local probe
  probe="$(dirname -- "$dir")"
  while [[ ! -e "$probe" ]]; do probe="$(dirname -- "$probe")"; done
  if (cd / && runuser -u "$PG_LOCAL_OS_USER" -- test -x "$probe") 2>/dev/null; then
    printf '%s\n' "$dir"
    return 0
  fi
  local hash
  hash="$(printf '%s' "$dir" | sha256sum | cut -c1-12)"
  printf '%s\n' "/var/lib/postgresql/promisekeeper/$(basename -- "$dir")-$hash"
}

pg_local_is_running() {
  local data="$1/data"
  [[ -f "$data/PG_VERSION" ]] || return 1
  pg_local_run "$PG_LOCAL_BIN/pg_ctl" status -D "$data" >/dev/null 2>&1
}

pg_local_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_local_free_port() {
  local port _
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if ! pg_local_port_open "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  pk_die "found no free TCP port"
}

# pg_local_psql PORT ARGS... : psql as the cluster superuser over TCP.
pg_local_psql() {
  local port="$1"
  shift
  PGPASSWORD="$PG_LOCAL_PASSWORD" PGCONNECT_TIMEOUT=5 "$PG_LOCAL_BIN/psql" \
    -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$PG_LOCAL_USER" "$@"
}

pg_local_wait_ready() {
  local port="$1" cdir="$2" waited=0
  until "$PG_LOCAL_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; do
    if [[ "$waited" -ge "$PG_LOCAL_READY_TIMEOUT" ]]; then
      pk_warn "PostgreSQL on port $port not ready after ${PG_LOCAL_READY_TIMEOUT}s; end of $cdir/server.log:"
      tail -n 30 "$cdir/server.log" >&2 2>/dev/null || true
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

pg_local_initdb() {
  local cdir="$1"
  local pwfile="$cdir/initdb.pw" locale_opts=(--no-locale)
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
    locale_opts=(--locale=C.UTF-8)
  fi
  pk_log "creating PostgreSQL cluster in $cdir"
  (umask 077 && printf '%s\n' "$PG_LOCAL_PASSWORD" >"$pwfile")
  if pg_local_is_root; then chown "$PG_LOCAL_OS_USER:" "$pwfile"; fi
  if ! pg_local_run "$PG_LOCAL_BIN/initdb" -D "$cdir/data" -U "$PG_LOCAL_USER" --pwfile="$pwfile" \
    -E UTF8 "${locale_opts[@]}" --auth-local=trust --auth-host=scram-sha-256 >"$cdir/initdb.log" 2>&1; then
    rm -f -- "$pwfile"
    cat "$cdir/initdb.log" >&2
    pk_die "initdb failed (see above)"
  fi
  rm -f -- "$pwfile"
  # Our settings live in a file of their own, rewritten at every start.
  printf "\ninclude_if_exists = 'promisekeeper.conf'\n" >>"$cdir/data/postgresql.conf"
}

# pg_local_start DIR PORT [--ephemeral]
# --ephemeral: a throwaway cluster for tests (fsync off: fast, not crash-safe).
pg_local_start() {
  local dir="$1" port="$2" mode="${3:-}"
  [[ -n "${PG_LOCAL_BIN:-}" ]] || pg_local_ensure_installed
  local cdir
  cdir="$(pg_local_cluster_dir "$dir")"

  if pg_local_is_running "$cdir"; then
    if "$PG_LOCAL_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then
      pk_log "reusing the running PostgreSQL cluster in $cdir (127.0.0.1:$port)"
      return 0
    fi
    pk_die "the cluster in $cdir runs, but not on port $port: stop it first ($PG_LOCAL_BIN/pg_ctl stop -D '$cdir/data')"
  fi
  if pg_local_port_open "$port"; then
    if pg_local_psql "$port" -d postgres -c 'select 1' >/dev/null 2>&1; then
      pk_log "reusing the PostgreSQL server already listening on 127.0.0.1:$port"
      return 0
    fi
    pk_die "port $port on 127.0.0.1 is used by something else: free it or choose another port"
  fi

  mkdir -p -- "$cdir"
  if pg_local_is_root; then
    chown "$PG_LOCAL_OS_USER:" "$cdir"
    if [[ "$cdir" != "$dir" && ! -e "$dir" ]]; then
      mkdir -p -- "$(dirname -- "$dir")"
      ln -s -- "$cdir" "$dir"
      pk_log "user $PG_LOCAL_OS_USER cannot reach $(dirname -- "$dir"): cluster kept in $cdir ($dir links to it)"
    fi
  fi
  chmod 700 "$cdir"
  if [[ ! -f "$cdir/data/PG_VERSION" ]]; then
    pg_local_initdb "$cdir"
  fi

  # A unix socket path must fit in 107 bytes: with a very long DIR, go TCP-only.
  local sock="$cdir"
  if [[ $((${#cdir} + 16)) -gt 100 ]]; then sock=""; fi
  local conf="$cdir/data/promisekeeper.conf"
  {
    echo "# written by scripts/pg-local.sh at every start"
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '${sock//\'/\'\'}'"
    echo "max_connections = 200"
    if [[ "$mode" == "--ephemeral" ]]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } >"$conf"
  if pg_local_is_root; then chown "$PG_LOCAL_OS_USER:" "$conf"; fi

  pk_log "starting PostgreSQL on 127.0.0.1:$port"
  # -W: pg_ctl doesn't wait; readiness is polled below with pg_isready.
  if ! pg_local_run "$PG_LOCAL_BIN/pg_ctl" start -W -D "$cdir/data" -l "$cdir/server.log" >/dev/null; then
    tail -n 30 "$cdir/server.log" >&2 2>/dev/null || true
    pk_die "pg_ctl start failed for $cdir"
  fi
  pg_local_wait_ready "$port" "$cdir" || pk_die "PostgreSQL did not become ready"
  pk_log "PostgreSQL is ready on 127.0.0.1:$port"
}

pg_local_stop() {
  local dir="$1" cdir
  if [[ -z "${PG_LOCAL_BIN:-}" ]]; then PG_LOCAL_BIN="$(pg_local_bindir)" || return 0; fi
  cdir="$(pg_local_cluster_dir "$dir")"
  if pg_local_is_running "$cdir"; then
    pk_log "stopping the PostgreSQL cluster in $cdir"
    pg_local_run "$PG_LOCAL_BIN/pg_ctl" stop -D "$cdir/data" -m fast -w -t 60 >/dev/null
  else
    pk_log "no PostgreSQL cluster is running in $cdir"
  fi
}

pg_local_destroy() {
  local dir="$1" cdir
  cdir="$(pg_local_cluster_dir "$dir")"
  pg_local_stop "$dir" || pk_warn "could not stop the cluster in $cdir"
  rm -rf -- "$cdir"
  if [[ -L "$dir" ]]; then rm -f -- "$dir"; fi
}

# pg_local_create_db PORT NAME
pg_local_create_db() {
  local port="$1" name="$2" exists
  # psql variables are not expanded in -c, hence the SQL on stdin.
  exists="$(pg_local_psql "$port" -d postgres -tA -v name="$name" \
    <<<"select 1 from pg_database where datname = :'name';")"
  if [[ "$exists" != "1" ]]; then
    pk_log "creating database $name"
    pg_local_psql "$port" -d postgres -v name="$name" <<<'create database :"name";' >/dev/null
  fi
}

# pg_local_conn_string PORT [DB]
pg_local_conn_string() {
  local port="$1" db="${2:-postgres}"
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' \
    "$port" "$db" "$PG_LOCAL_USER" "$PG_LOCAL_PASSWORD"
}
