#!/usr/bin/env bash
# Restores a backup written by scripts/backup.sh into the HybridTrainer database.
#
# Usage: scripts/restore.sh [--force] FILE
#
# The database: HT_PG_PORT (default 55432) and HT_PG_DB (default hybridtrainer) on 127.0.0.1, as the app's role. It is
# created when missing. A database that already holds tables is left alone unless --force, which replaces its
# contents with the backup's. Stop the app first when forcing. The restore is one transaction: all or nothing.
set -euo pipefail
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HT_LOG_TAG=restore
# shellcheck source=scripts/lib/common.sh
source "$script_dir/lib/common.sh"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; }
force=0
file=""
while (($# > 0)); do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --force) force=1 ;;
    -*) usage; ht_die "unknown option '$1'" ;;
    *) [[ -z "$file" ]] || { usage; ht_die "expected one FILE, got '$file' and '$1'"; }; file="$1" ;;
  esac
  shift
done
[[ -n "$file" ]] || { usage; ht_die "missing FILE: the backup to restore"; }
[[ -f "$file" && -r "$file" ]] || ht_die "no readable backup at $file"

# shellcheck source=scripts/lib/pg-client.sh
source "$script_dir/lib/pg-client.sh"
psql_bin="$(pg_tool psql)"
pg_restore_bin="$(pg_tool pg_restore)"

"$pg_restore_bin" --list "$file" >/dev/null 2>&1 || ht_die "$file is not a pg_dump custom-format backup"

# The name passed the check in pg-client.sh (letters, digits, '_', '-'), so it can be quoted literally.
exists="$("$psql_bin" -X -q -A -t -d postgres -v ON_ERROR_STOP=1 \
  -c "SELECT count(*) FROM pg_database WHERE datname = '$pg_db'" 2>&1)" ||
  ht_die "cannot reach PostgreSQL on 127.0.0.1:$pg_port: $exists"

clean=()
if [[ "$exists" == 0 ]]; then
  ht_log "creating database $pg_db"
  printf 'CREATE DATABASE %s;\n' "\"$pg_db\"" | "$psql_bin" -X -q -d postgres -v ON_ERROR_STOP=1 >/dev/null
else
  tables="$("$psql_bin" -X -q -A -t -d "$pg_db" -v ON_ERROR_STOP=1 \
    -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")"
  if ((tables > 0)); then
    ((force)) || ht_die "database $pg_db already holds $tables tables; restore into an empty database (HT_PG_DB=...) or pass --force to replace its contents"
    ht_log "--force: replacing the contents of $pg_db ($tables tables)"
    clean=(--clean --if-exists)
  fi
fi

ht_log "restoring $file into database $pg_db on 127.0.0.1:$pg_port"
"$pg_restore_bin" --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" \
  --dbname="$pg_db" "$file" || ht_die "pg_restore failed; the database is unchanged"
ht_log "done"
