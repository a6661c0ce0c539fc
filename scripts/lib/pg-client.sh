# shellcheck shell=bash
# Shared by backup.sh and restore.sh: the connection to the app's database (the cluster scripts/postgres.sh runs,
# over TCP as the app's role) and the client tools of the newest installed PostgreSQL.
pg_port="${HT_PG_PORT:-55432}"
pg_db="${HT_PG_DB:-hybridtrainer}"
[[ "$pg_port" =~ ^[0-9]+$ ]] || ht_die "HT_PG_PORT must be a port number, got '$pg_port'"
[[ "$pg_db" =~ ^[A-Za-z_][A-Za-z0-9_-]{0,62}$ ]] || ht_die "HT_PG_DB must be letters, digits, '_' or '-', got '$pg_db'"

# A developer's own PG* variables would silently point the tools elsewhere; set exactly ours.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep '^PG' || true)
export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER="${HT_PG_USER:-hybridtrainer}" PGPASSWORD="${HT_PG_PASSWORD:-hybridtrainer}"
export PGCONNECT_TIMEOUT=5

pg_tool() {
  local dir
  dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/$1" ]]; then echo "$dir/$1"; return 0; fi
  command -v "$1" || ht_die "$1 not found; install the postgresql-client package"
}
