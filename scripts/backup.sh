#!/usr/bin/env bash
# Writes a consistent backup of the HybridTrainer database to FILE (pg_dump custom format, compressed).
#
# Usage: scripts/backup.sh FILE
#
# The database: HT_PG_PORT (default 55432, the cluster of scripts/run.sh) and HT_PG_DB (default hybridtrainer) on
# 127.0.0.1, as the app's role (HT_PG_USER / HT_PG_PASSWORD, default hybridtrainer). The app may keep running: the
# dump is one snapshot. Restore with scripts/restore.sh FILE.
set -euo pipefail
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HT_LOG_TAG=backup
# shellcheck source=scripts/lib/common.sh
source "$script_dir/lib/common.sh"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; }
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") usage; ht_die "missing FILE: where to write the backup" ;;
esac
(($# == 1)) || { usage; ht_die "expected one argument, got $#"; }
file="$1"

# shellcheck source=scripts/lib/pg-client.sh
source "$script_dir/lib/pg-client.sh"

# Written beside the target and renamed at the end, so an interrupted run never leaves a truncated backup behind.
tmp="$file.partial"
trap 'rm -f "$tmp"' EXIT
ht_log "backing up database $pg_db on 127.0.0.1:$pg_port to $file"
"$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --dbname="$pg_db" --file="$tmp" ||
  ht_die "pg_dump failed (is the database running? scripts/postgres.sh status)"
mv "$tmp" "$file"
ht_log "done: $(stat -c %s "$file") bytes"
