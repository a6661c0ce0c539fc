#!/usr/bin/env bash
# Database outage drill against the real app (Release) and a throwaway PostgreSQL cluster (fsync on):
#  1. traffic on GET /api/v1/athletes (signed in) while PostgreSQL is stopped: answers become 503 problem details
#     within 2 s, pages show the friendly error page, the process stays up;
#  2. PostgreSQL started again: the first 200 comes within 5 s;
#  3. an account registered (a committed write), then PostgreSQL and the app killed with kill -9 and restarted:
#     the account is still there and can log in.
# Prints the figures and exits non-zero when a limit is missed.
#
# Usage: tests/outage/run.sh        (HT_OUTAGE_PG_PORT default 55447, HT_OUTAGE_APP_PORT default 5097)
# HT_DRILL_APP_DIR: a folder holding the published Release app to run, left untouched (scripts/test.sh publishes its
# own build there); without it the drill publishes, and so builds, the app itself.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HT_LOG_TAG=outage
# shellcheck source=scripts/lib/common.sh
source "$repo_root/scripts/lib/common.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec </dev/null

pg_port="${HT_OUTAGE_PG_PORT:-55447}"
app_port="${HT_OUTAGE_APP_PORT:-5097}"
work="$(mktemp -d /tmp/ht-outage.XXXXXX)"
chmod 755 "$work" # the postgres user reaches its cluster folder inside
export HT_PG_DIR="$work/pg" HT_PG_PORT="$pg_port" HT_PG_DB=hybridtrainer HT_PG_FAST=0
base="http://127.0.0.1:$app_port"
jar="$work/cookies"
app_pid=""
traffic_pid=""
failures=0

cleanup() {
  if [[ -n "$traffic_pid" ]]; then kill "$traffic_pid" 2>/dev/null || true; fi
  if [[ -n "$app_pid" ]]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  "$repo_root/scripts/postgres.sh" stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
over() { awk -v a="$1" -v b="$(now)" -v limit="$2" 'BEGIN { exit !(b - a > limit) }'; } # over START SECONDS
check() { # check "what" condition-result(0/1)
  if [[ "$2" == 0 ]]; then ht_log "ok: $1"; else ht_log "FAILED: $1"; failures=$((failures + 1)); fi
}
status() { curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --max-time 10 "$base$1" || true; }

ht_for_port() { for p in "$@"; do ht_port_in_use "$p" && ht_die "port $p is in use; set HT_OUTAGE_PG_PORT / HT_OUTAGE_APP_PORT"; done; return 0; }
ht_for_port "$pg_port" "$app_port"

connection="$("$repo_root/scripts/postgres.sh" 2>"$work/pg-start.log")" || { cat "$work/pg-start.log" >&2; ht_die "PostgreSQL did not start"; }
postmaster_pid() { head -n 1 "$HT_PG_DIR/data/postmaster.pid"; }

if [[ -n "${HT_DRILL_APP_DIR:-}" ]]; then
  app_dir="$HT_DRILL_APP_DIR"
  [[ -f "$app_dir/HybridTrainer.Web.dll" ]] || ht_die "HT_DRILL_APP_DIR=$app_dir holds no HybridTrainer.Web.dll"
  ht_log "running the app published in $app_dir"
else
  app_dir="$work/app"
  ht_log "publishing the app (Release)"
  dotnet publish "$repo_root/src/HybridTrainer.Web" -c Release -o "$app_dir" -nologo -v q >"$work/publish.log" 2>&1 ||
    { tail -n 30 "$work/publish.log" >&2; ht_die "dotnet publish failed"; }
fi

start_app() {
  # Production refuses AllowedHosts=*; the drill speaks plain HTTP, where curl keeps no Secure cookie.
  (cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    ConnectionStrings__HybridTrainer="$connection" RateLimiting__AccountFormPostsPerMinute=1000 \
    AllowedHosts="127.0.0.1;localhost" Authentication__SecureCookies=false \
    dotnet HybridTrainer.Web.dll >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    [[ "$(status /health/ready)" == 200 ]] && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; ht_die "the app exited"; }
    sleep 0.25
  done
  ht_die "the app did not become ready"
}

post_form() { # post_form PATH FORM field=value...
  local path="$1" form="$2" token
  shift 2
  # A page may hold several forms (the log-in page: password and passkey), each with a token: any one will do.
  token="$(curl -s -b "$jar" -c "$jar" "$base$path" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -n 1)"
  [[ -n "$token" ]] || ht_die "no antiforgery token on $path"
  local args=(--data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=$form")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "${args[@]}" "$base$path"
}

register() { # register EMAIL: answers the HTTP status of the form post (302 when the account was created)
  post_form /account/register register "Input.DisplayName=Outage Drill" "Input.Email=$1" \
    "Input.Password=correct horse battery staple" "Input.ConfirmPassword=correct horse battery staple" "Input.Role=Athlete"
}

start_app
ht_log "app ready on $base, PostgreSQL on 127.0.0.1:$pg_port"
check "registered and signed in" "$([[ "$(register "first@example.test")" == 302 ]]; echo $?)"
check "API answers 200 before the outage" "$([[ "$(status /api/v1/athletes)" == 200 ]]; echo $?)"

# Background traffic for the whole drill: time, status and duration of every answer.
(
  while true; do
    printf '%s %s\n' "$(now)" "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" --max-time 10 "$base/api/v1/athletes" || echo "000 0")"
    sleep 0.05
  done
) >"$work/traffic.log" &
traffic_pid=$!
sleep 1

# 1. Outage ---------------------------------------------------------------------------------------------------------
# The clock starts when PostgreSQL is told to stop: SIGINT to the postmaster is what `pg_ctl stop -m fast` sends
# (sessions end at once, new connections are refused), so the figure holds no start-up time of pg_ctl or a script,
# which a busy machine stretches to seconds.
stopped_pid="$(postmaster_pid)"
stopped_at="$(now)"
kill -INT "$stopped_pid"
while true; do
  code="$(curl -s -o "$work/api.json" -D "$work/api.headers" -w '%{http_code}' -b "$jar" --max-time 10 "$base/api/v1/athletes" || true)"
  [[ "$code" == 503 ]] && break
  over "$stopped_at" 10 && break
done
time_to_503="$(elapsed "$stopped_at" "$(now)")"
while kill -0 "$stopped_pid" 2>/dev/null && ! over "$stopped_at" 60; do sleep 0.1; done
time_to_down="$(elapsed "$stopped_at" "$(now)")"
ht_log "PostgreSQL was down (shutdown checkpoint written) $time_to_down s after the stop signal"
check "API answers 503 $time_to_503 s after PostgreSQL was told to stop (limit 2 s)" "$(awk -v t="$time_to_503" 'BEGIN { exit !(t <= 2) }'; echo $?)"
check "the 503 is problem details with Retry-After" \
  "$(grep -qi '^content-type: application/problem+json' "$work/api.headers" && grep -qi '^retry-after:' "$work/api.headers" && grep -q '"status":503' "$work/api.json"; echo $?)"
page_code="$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" --max-time 10 "$base/")"
check "a page answers $page_code with the friendly error page, no stack trace" \
  "$([[ "$page_code" == 503 ]] && grep -q 'Something went wrong' "$work/page.html" && ! grep -q 'Npgsql\|   at ' "$work/page.html"; echo $?)"
sleep 2
check "the process stays up (/health/live)" "$([[ "$(status /health/live)" == 200 ]] && kill -0 "$app_pid"; echo $?)"

# 2. Recovery ------------------------------------------------------------------------------------------------------
"$repo_root/scripts/postgres.sh" >/dev/null 2>&1
back_at="$(now)"
while [[ "$(status /api/v1/athletes)" != 200 ]]; do
  over "$back_at" 30 && break
  sleep 0.05
done
time_to_200="$(elapsed "$back_at" "$(now)")"
check "first 200 $time_to_200 s after PostgreSQL accepted connections again (limit 5 s)" \
  "$(awk -v t="$time_to_200" 'BEGIN { exit !(t <= 5) }'; echo $?)"
sleep 1
kill "$traffic_pid" 2>/dev/null; wait "$traffic_pid" 2>/dev/null || true
traffic_pid=""
# Outage window statistics from the background traffic.
read -r total ok unavailable other slowest < <(awk -v s="$stopped_at" -v b="$back_at" '
  $1 >= s && $1 <= b { n++; if ($2 == 200) ok++; else if ($2 == 503) u++; else o++; if ($3 > m) m = $3 }
  END { printf "%d %d %d %d %.3f\n", n, ok, u, o, m }' "$work/traffic.log")
ht_log "during the outage: $total requests, $ok x 200 (before the stop took effect), $unavailable x 503, $other other; slowest answer $slowest s"
check "no answer other than 200/503 during the outage, none slower than 2 s" \
  "$(awk -v o="$other" -v m="$slowest" 'BEGIN { exit !(o == 0 && m <= 2) }'; echo $?)"

# 3. Durability ----------------------------------------------------------------------------------------------------
rm -f "$jar"
check "a second account registered (committed write)" "$([[ "$(register "durable@example.test")" == 302 ]]; echo $?)"
ht_log "kill -9 of the postmaster ($(postmaster_pid)) and of the app ($app_pid)"
kill -9 "$(postmaster_pid)" "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
"$repo_root/scripts/postgres.sh" >/dev/null 2>"$work/pg-restart.log" || { cat "$work/pg-restart.log" >&2; ht_die "PostgreSQL did not restart"; }
start_app
rm -f "$jar"
login="$(post_form /account/login login "Input.Email=durable@example.test" "Input.Password=correct horse battery staple")"
check "after kill -9 and restart the account is still there and logs in ($login)" \
  "$([[ "$login" == 302 && "$(status /api/v1/athletes)" == 200 ]]; echo $?)"

ht_log "figures: time to 503 ${time_to_503} s (PostgreSQL down after ${time_to_down} s); time to first 200 after restart ${time_to_200} s; outage traffic $total requests ($unavailable x 503, $other other, slowest $slowest s)"
if ((failures > 0)); then
  ht_log "$failures check(s) failed; app log: last lines"
  tail -n 20 "$work/app.log" >&2
  exit 1
fi
ht_log "all checks passed"
