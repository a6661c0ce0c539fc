#!/usr/bin/env bash
# Provisions and starts a private PostgreSQL cluster for HybridTrainer, then prints exactly one line on stdout:
# the Npgsql connection string for the app's role. Everything else goes to stderr.
#
#   scripts/postgres.sh [start]   provision if needed, start if needed, ensure role and database, print the string
#   scripts/postgres.sh stop      stop the cluster (nothing to do if it is not running)
#   scripts/postgres.sh status    exit 0 when the cluster is running, 3 when it is not
#
# Settings (environment):
#   HT_PG_DIR   cluster folder (data, log, socket)       default <repo>/.local/postgres
#   HT_PG_PORT  TCP port on 127.0.0.1                     default 55432
#   HT_PG_DB    database owned by the app role            default hybridtrainer
#   HT_PG_FAST  1 = fsync/synchronous_commit/full_page_writes off (tests only: data may be lost on a crash)
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
HT_LOG_TAG=postgres
# shellcheck source=scripts/lib/common.sh
source "$script_dir/lib/common.sh"

action="${1:-start}"
case "$action" in
  start | stop | status) ;;
  -h | --help)
    # The comment block at the top is the help text.
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
    exit 0
    ;;
  *) ht_die "unknown action '$action' (use start, stop or status)" ;;
esac

pg_dir="${HT_PG_DIR:-$repo_root/.local/postgres}"
pg_port="${HT_PG_PORT:-55432}"
pg_db="${HT_PG_DB:-hybridtrainer}"
pg_fast="${HT_PG_FAST:-0}"
app_role=hybridtrainer
app_password=hybridtrainer
superuser=postgres

if ! [[ "$pg_port" =~ ^[0-9]+$ ]] || ((pg_port < 1024 || pg_port > 65535)); then
  ht_die "HT_PG_PORT must be a number between 1024 and 65535, got '$pg_port'"
fi
# The name goes into a connection string unquoted, so keep it to characters that need no escaping there.
[[ "$pg_db" =~ ^[A-Za-z_][A-Za-z0-9_-]{0,62}$ ]] ||
  ht_die "HT_PG_DB must be letters, digits, '_' or '-' (starting with a letter or '_'), got '$pg_db'"
[[ "$pg_fast" == 0 || "$pg_fast" == 1 ]] || ht_die "HT_PG_FAST must be 0 or 1, got '$pg_fast'"

# A developer's own PG* variables (PGHOST, PGDATABASE, PGPASSWORD...) would silently redirect psql/pg_ctl.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep '^PG' || true)

# The cluster folder must be absolute: postgres changes directory to its data folder, and the path also ends up in
# the configuration file.
case "$pg_dir" in
  /*) ;;
  *) pg_dir="$PWD/$pg_dir" ;;
esac
pg_dir="${pg_dir%/}"
data_dir="$pg_dir/data"
log_file="$pg_dir/postgres.log"
socket_path="$pg_dir/.s.PGSQL.$pg_port"

# ---------------------------------------------------------------------------------------------------------------------
# Binaries: PATH first, then the newest /usr/lib/postgresql/<version>/bin, installing the Debian package if needed.
find_bindir() {
  local initdb_path
  if initdb_path="$(command -v initdb 2>/dev/null)"; then
    # Resolve symlinks (e.g. /usr/local/bin/initdb) so pg_ctl, postgres and psql come from the same version.
    dirname "$(readlink -f "$initdb_path")"
    return 0
  fi
  initdb_path="$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | grep -v '\*' | sort -V | tail -n 1 || true)"
  [[ -n "$initdb_path" ]] || return 1
  dirname "$initdb_path"
}

if ! bindir="$(find_bindir)"; then
  if [[ "$action" != start ]]; then
    ht_log "PostgreSQL is not installed, so no cluster is running"
    [[ "$action" == status ]] && exit 3
    exit 0
  fi
  ht_log "initdb not found; installing the postgresql package"
  ht_apt_install postgresql
  bindir="$(find_bindir)" || ht_die "initdb still not found after installing postgresql; install it by hand: apt-get install -y postgresql"
fi
for tool in initdb pg_ctl postgres pg_isready; do
  [[ -x "$bindir/$tool" ]] || ht_die "$bindir/$tool is missing; is the postgresql package installed completely?"
done
psql_bin="$bindir/psql"
[[ -x "$psql_bin" ]] || psql_bin="$(command -v psql)" || ht_die "psql not found; install the postgresql-client package"

# initdb and postgres refuse to run as root, so as root they run as the 'postgres' system user; as anyone else they
# run as that user. The cluster folder is owned by whoever runs the server.
if ht_is_root; then
  run_user=postgres
  if ! id -u "$run_user" >/dev/null 2>&1; then
    ht_log "creating the system user '$run_user' to run the server"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash "$run_user" ||
      ht_die "could not create the '$run_user' user"
  fi
  # cd / first: the caller's folder may be private (e.g. /root) and postgres complains when it cannot stat it.
  as_pg() { (cd / && runuser -u "$run_user" -- "$@"); }
else
  run_user="$(id -un)"
  as_pg() { "$@"; }
fi

pid_file="$data_dir/postmaster.pid"
socket_lock="$socket_path.lock"

# True when $1 is a live (not zombie) process whose working folder is our data folder: a postmaster always runs
# there, so this tells our server apart from an unrelated process that happens to have reused the PID.
is_our_postmaster() {
  local pid="$1" state
  [[ "$pid" =~ ^[0-9]+$ ]] && [[ -r "/proc/$pid/stat" ]] || return 1
  state="$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$pid/stat" 2>/dev/null || true)"
  [[ "$state" != Z ]] || return 1
  [[ "$(readlink "/proc/$pid/cwd" 2>/dev/null || true)" == "$data_dir" ]]
}

# Running means: postmaster.pid names a live server of this data folder (pg_ctl status would also accept a zombie
# or a reused PID).
cluster_running() {
  [[ -f "$data_dir/PG_VERSION" ]] && is_our_postmaster "$(head -n 1 "$pid_file" 2>/dev/null || true)"
}

# ---------------------------------------------------------------------------------------------------------------------
if [[ "$action" == status ]]; then
  if cluster_running; then
    ht_log "running: $data_dir"
    exit 0
  fi
  ht_log "not running: $data_dir"
  exit 3
fi

if [[ "$action" == stop ]]; then
  if ! [[ -f "$data_dir/PG_VERSION" ]]; then
    ht_log "no cluster in $pg_dir; nothing to stop"
    exit 0
  fi
  if ! cluster_running; then
    ht_log "cluster in $pg_dir is not running"
    exit 0
  fi
  # fast: disconnect clients and shut down cleanly (smart would wait for the app's pooled connections forever).
  as_pg "$bindir/pg_ctl" stop -D "$data_dir" -m fast -w -t 60 >&2 ||
    ht_die "pg_ctl stop failed; see $log_file"
  exit 0
fi

# ---------------------------------------------------------------------------------------------------------------------
# start

# Unix socket paths are limited to 107 bytes; postgres would fail with an obscure message.
((${#socket_path} <= 107)) ||
  ht_die "the socket path $socket_path is longer than 107 characters; choose a shorter HT_PG_DIR"

mkdir -p "$pg_dir"
if ht_is_root; then
  # A folder left by a run as another user would make postgres refuse the data folder.
  if [[ "$(stat -c %U "$pg_dir")" != "$run_user" ]] ||
    { [[ -e "$data_dir" ]] && [[ "$(stat -c %U "$data_dir")" != "$run_user" ]]; }; then
    chown -R "$run_user:$run_user" "$pg_dir"
  fi
  if ! runuser -u "$run_user" -- test -w "$pg_dir" -a -x "$pg_dir" 2>/dev/null; then
    ht_die "the '$run_user' user cannot reach $pg_dir (a parent folder is private, e.g. under /root); set HT_PG_DIR to a folder whose parents others may traverse, e.g. /var/tmp/hybridtrainer-postgres"
  fi
fi
chmod 700 "$pg_dir"

# One provisioning at a time per cluster folder (run.sh and a manual call may race). The server started below must
# not inherit this descriptor (9>&- there), or it would hold the lock for its whole life.
exec 9>>"$pg_dir/.lock"
flock -w 120 9 || ht_die "another postgres.sh is still working on $pg_dir (waited 120 s)"

# First run: initdb into a temporary folder and rename it, so an interrupted initdb never leaves a half cluster behind.
if [[ ! -f "$data_dir/PG_VERSION" ]]; then
  if [[ -e "$data_dir" ]]; then
    # A data folder without PG_VERSION is not a cluster: an earlier interrupted run. It is ours to replace.
    ht_log "removing incomplete data folder $data_dir"
    rm -rf "$data_dir"
  fi
  ht_log "creating a new cluster in $data_dir ($("$bindir/postgres" --version))"
  rm -rf "$data_dir.init"
  # trust on the socket (only the owner can reach the 0700 folder); passwords on TCP.
  initdb_log="$pg_dir/initdb.log"
  # Its chatter goes to a file, shown only when it fails.
  if ! as_pg "$bindir/initdb" -D "$data_dir.init" --username="$superuser" --encoding=UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 --no-instructions >"$initdb_log" 2>&1 </dev/null; then
    cat "$initdb_log" >&2
    ht_die "initdb failed (see above)"
  fi
  # Our settings live in their own file, rewritten on every start, so HT_PG_FAST and the folder can change later.
  printf "\n# HybridTrainer settings, rewritten by scripts/postgres.sh\ninclude_if_exists = 'hybridtrainer.conf'\n" |
    as_pg tee -a "$data_dir.init/postgresql.conf" >/dev/null
  mv "$data_dir.init" "$data_dir"
fi

settings_text() {
  {
    echo "# Written by scripts/postgres.sh on every start; edit HT_PG_* variables instead."
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $pg_port"
    echo "unix_socket_directories = '$pg_dir'"
    echo "max_connections = 200"
    if [[ "$pg_fast" == 1 ]]; then
      # Test clusters only: a crash may lose data, which is fine for a database rebuilt on every test run.
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  }
}

write_settings() {
  settings_text | as_pg tee "$data_dir/hybridtrainer.conf" >/dev/null
}


# postmaster.pid and the socket's lock file name the server that owns them. After a kill -9 or a reboot they stay
# behind; postgres clears them itself only when the PID is free, not when it is a zombie or was reused, so clear
# them here when their process is not our server.
remove_stale_lock_files() {
  local file pid
  for file in "$pid_file" "$socket_lock"; do
    [[ -f "$file" ]] || continue
    pid="$(head -n 1 "$file" 2>/dev/null || true)"
    pid="${pid#-}" # lock files store a negative PID when the owner was a standalone backend
    is_our_postmaster "$pid" && continue
    ht_log "removing stale $file (process ${pid:-?} is not this cluster's server)"
    rm -f "$file"
    [[ "$file" == "$socket_lock" ]] && rm -f "$socket_path"
  done
  return 0
}

start_server() {
  local attempt log_size
  for attempt in 1 2 3 4 5 6; do
    remove_stale_lock_files
    log_size="$(stat -c %s "$log_file" 2>/dev/null || echo 0)"
    if as_pg "$bindir/pg_ctl" start -D "$data_dir" -w -t 60 -o "-p $pg_port" -l "$log_file" >&2 </dev/null 9>&-; then
      return 0
    fi
    # Right after a kill -9 the old server's children can still hold its shared memory or lock files for a moment
    # (they exit once they notice their parent is gone): wait and try again. Any other failure is final.
    if ((attempt < 6)) && tail -c "+$((log_size + 1))" "$log_file" |
      grep -Eq 'pre-existing shared memory block|lock file .* already exists'; then
      ht_log "the previous server's processes are still exiting; retrying in 1 s"
      sleep 1
      continue
    fi
    tail -c "+$((log_size + 1))" "$log_file" | tail -n 20 >&2
    ht_die "PostgreSQL did not start; see $log_file"
  done
}

remove_stale_lock_files

if cluster_running; then
  running_port="$(sed -n '4p' "$pid_file" 2>/dev/null || true)"
  if [[ -n "$running_port" && "$running_port" != "$pg_port" ]]; then
    ht_die "the cluster in $pg_dir is already running on port $running_port, not $pg_port; stop it first: HT_PG_DIR=$pg_dir HT_PG_PORT=$running_port $0 stop"
  fi
  ht_log "cluster already running on 127.0.0.1:$pg_port ($pg_dir)"
  # Settings are read at start only; say so rather than silently running with the old ones.
  if [[ "$(settings_text)" != "$(cat "$data_dir/hybridtrainer.conf" 2>/dev/null || true)" ]]; then
    ht_log "note: changed settings (e.g. HT_PG_FAST) apply after a restart: $0 stop, then start again"
  fi
else
  if ht_port_in_use "$pg_port"; then
    owner="$(ht_port_owner "$pg_port")"
    ht_die "port $pg_port on 127.0.0.1 is already in use${owner:+ by $owner}; stop that program or choose another port with HT_PG_PORT"
  fi
  write_settings
  ht_log "starting PostgreSQL on 127.0.0.1:$pg_port (log: $log_file)"
  as_pg touch "$log_file"
  start_server
fi

# pg_ctl -w already waited; pg_isready confirms the server accepts connections (also when it was already running).
for _ in $(seq 1 60); do
  if "$bindir/pg_isready" -q -h "$pg_dir" -p "$pg_port" -d postgres -U "$superuser"; then
    ready=1
    break
  fi
  sleep 0.5
done
[[ "${ready:-0}" == 1 ]] || ht_die "PostgreSQL on port $pg_port did not accept connections within 30 s; see $log_file"

# Role and database, idempotent. \gexec runs the generated statement only when the object is missing; CREATE
# DATABASE cannot run inside a transaction, which \gexec respects. The ALTER keeps an existing role's password and
# rights in line with what the connection string says.
as_pg "$psql_bin" -X -q -v ON_ERROR_STOP=1 -h "$pg_dir" -p "$pg_port" -U "$superuser" -d postgres \
  -v role="$app_role" -v password="$app_password" -v db="$pg_db" >/dev/null <<'SQL' || ht_die "could not create the role or database"
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN CREATEDB PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL

printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' "$pg_port" "$pg_db" "$app_role" "$app_password"
