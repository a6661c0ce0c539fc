#!/usr/bin/env bash
# Scale-out drill on loopback: one PostgreSQL, two app instances (Release), nginx in front with sticky routing
# (hash of the client's address) and WebSocket upgrades for /_blazor. Shows:
#  1. a cookie issued by instance A is accepted by instance B (Data Protection keys live in PostgreSQL);
#  2. clients from different addresses (127.0.0.2-127.0.0.9) are spread over both instances and each stays on its own;
#     a forged X-Forwarded-For does not move a client (nginx replaces the header with the peer address);
#  3. the Blazor WebSocket is upgraded through nginx on both instances;
#  4. the instance serving a signed-in user is killed (kill -9): the reload lands on the other one, still signed in.
# nginx (Debian package, installed when missing) runs in the foreground from a temporary folder, never as a service.
#
# Usage: tests/scale-out/run.sh     (ports: HT_SCALE_PG_PORT 55448, HT_SCALE_PORT 5100 for nginx, +1 and +2 for the app)
# HT_DRILL_APP_DIR: a folder holding the published Release app to run, left untouched (scripts/test.sh publishes its
# own build there); without it the drill publishes, and so builds, the app itself.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HT_LOG_TAG=scale-out
# shellcheck source=scripts/lib/common.sh
source "$repo_root/scripts/lib/common.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec </dev/null

pg_port="${HT_SCALE_PG_PORT:-55448}"
lb_port="${HT_SCALE_PORT:-5100}"
ports=("$((lb_port + 1))" "$((lb_port + 2))")
for p in "$pg_port" "$lb_port" "${ports[@]}"; do
  if ht_port_in_use "$p"; then ht_die "port $p is in use; choose others with HT_SCALE_PG_PORT / HT_SCALE_PORT"; fi
done
# Debian puts nginx in /usr/sbin, which is not on a normal user's PATH.
find_nginx() { command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; }; }
nginx_bin="$(find_nginx)" || { ht_apt_install nginx; nginx_bin="$(find_nginx)" || ht_die "nginx was installed but is not found"; }

work="$(mktemp -d /tmp/ht-scale.XXXXXX)"
chmod 755 "$work"
export HT_PG_DIR="$work/pg" HT_PG_PORT="$pg_port" HT_PG_DB=hybridtrainer HT_PG_FAST=1
lb="http://127.0.0.1:$lb_port"
declare -A app_pids=()
nginx_pid=""
failures=0

cleanup() {
  local pid
  for pid in "${app_pids[@]}" $nginx_pid; do kill "$pid" 2>/dev/null || true; done
  for pid in "${app_pids[@]}" $nginx_pid; do wait "$pid" 2>/dev/null || true; done
  "$repo_root/scripts/postgres.sh" stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

check() { if [[ "$2" == 0 ]]; then ht_log "ok: $1"; else ht_log "FAILED: $1"; failures=$((failures + 1)); fi; }
# upstream SOURCE-ADDRESS [curl options...] PATH-URL: the instance nginx chose (X-Upstream), or "-"
upstream() {
  local source="$1"
  shift
  curl -s -o /dev/null -D - --interface "$source" --max-time 10 "$@" | tr -d '\r' | sed -n 's/^[Xx]-[Uu]pstream: //p' | head -n 1
}

connection="$("$repo_root/scripts/postgres.sh" 2>"$work/pg.log")" || { cat "$work/pg.log" >&2; ht_die "PostgreSQL did not start"; }
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

start_app() { # start_app PORT
  # Production refuses AllowedHosts=*; the drill speaks plain HTTP, where curl keeps no Secure cookie.
  (cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$1" \
    ConnectionStrings__HybridTrainer="$connection" RateLimiting__AccountFormPostsPerMinute=1000 \
    AllowedHosts="127.0.0.1;localhost" Authentication__SecureCookies=false \
    dotnet HybridTrainer.Web.dll >>"$work/app-$1.log" 2>&1) &
  app_pids[$1]=$!
}
# The first instance migrates the empty database; the second starts once it is ready, as in a rolling deployment.
start_app "${ports[0]}"
for port in "${ports[@]}"; do
  [[ -n "${app_pids[$port]:-}" ]] || start_app "$port"
  for _ in $(seq 1 120); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]] && break
    sleep 0.25
  done
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]] ||
    { tail -n 20 "$work/app-$port.log" >&2; ht_die "instance on port $port did not become ready"; }
done
ht_log "instances ready: A=127.0.0.1:${ports[0]} B=127.0.0.1:${ports[1]}"

mkdir -p "$work/nginx-tmp"
chmod 777 "$work/nginx-tmp"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $work/nginx-tmp/body;
  proxy_temp_path $work/nginx-tmp/proxy;
  fastcgi_temp_path $work/nginx-tmp/fastcgi;
  uwsgi_temp_path $work/nginx-tmp/uwsgi;
  scgi_temp_path $work/nginx-tmp/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream hybridtrainer {
    # Sticky by the client's own address (the TCP peer, not a header a client could forge). ip_hash would only use
    # the first three octets of an IPv4 address, which puts every 127.0.0.x on one instance.
    hash \$remote_addr consistent;
    server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=30s;
    server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=30s;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://hybridtrainer;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
# -e: the error log before the configuration is read (the compiled-in /var/log/nginx is root's).
"$nginx_bin" -t -e "$work/nginx-error.log" -c "$work/nginx.conf" -p "$work" >"$work/nginx-test.log" 2>&1 || { cat "$work/nginx-test.log" >&2; ht_die "nginx rejected the configuration"; }
"$nginx_bin" -e "$work/nginx-error.log" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 40); do ht_port_in_use "$lb_port" && break; sleep 0.25; done
ht_log "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*\///') on $lb"

form_post() { # form_post BASE JAR PATH FORM [--interface ADDR] -- field=value...: the HTTP status
  local base="$1" jar="$2" path="$3" form="$4" token
  shift 4
  local extra=()
  while [[ "$1" != -- ]]; do extra+=("$1"); shift; done
  shift
  token="$(curl -s "${extra[@]}" -b "$jar" -c "$jar" "$base$path" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -n 1)"
  local args=(--data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=$form")
  local field
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -w '%{http_code}' "${extra[@]}" -b "$jar" -c "$jar" "${args[@]}" "$base$path"
}
password="correct horse battery staple"

# 1. A cookie from A accepted by B ------------------------------------------------------------------------------------
jar_a="$work/a.cookies"
a="http://127.0.0.1:${ports[0]}" b="http://127.0.0.1:${ports[1]}"
code="$(form_post "$a" "$jar_a" /account/register register -- "Input.DisplayName=Scale Drill" "Input.Email=cookie@example.test" \
  "Input.Password=$password" "Input.ConfirmPassword=$password" "Input.Role=Athlete")"
check "registered and signed in on instance A ($code)" "$([[ "$code" == 302 ]]; echo $?)"
on_a="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar_a" "$a/api/v1/athletes")"
on_b="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar_a" "$b/api/v1/athletes")"
check "A's cookie: $on_a on A, $on_b on B" "$([[ "$on_a" == 200 && "$on_b" == 200 ]]; echo $?)"

# 2. Spread and stickiness ----------------------------------------------------------------------------------------
declare -A per_instance=()
sticky=1
for n in 2 3 4 5 6 7 8 9; do
  source="127.0.0.$n"
  first="$(upstream "$source" "$lb/health/live")"
  for _ in 1 2 3; do [[ "$(upstream "$source" "$lb/health/live")" == "$first" ]] || sticky=0; done
  forged="$(upstream "$source" -H "X-Forwarded-For: 10.9.9.$n" "$lb/health/live")"
  [[ "$forged" == "$first" ]] || sticky=0
  per_instance[$first]=$((${per_instance[$first]:-0} + 1))
  ht_log "client $source -> $first (4 requests, one with a forged X-Forwarded-For)"
done
spread="$(for k in "${!per_instance[@]}"; do printf '%s: %s clients, ' "$k" "${per_instance[$k]}"; done)"
spread="${spread%, }"
ht_log "spread: $spread"
check "clients spread over both instances" "$([[ "${#per_instance[@]}" == 2 ]]; echo $?)"
check "every client stays on its instance, forged X-Forwarded-For included" "$([[ "$sticky" == 1 ]]; echo $?)"

# 3. Blazor WebSocket through nginx on each instance --------------------------------------------------------------
declare -A source_for=()
upgraded=0
for n in 2 3 4 5 6 7 8 9; do
  u="$(upstream "127.0.0.$n" "$lb/health/live")"
  [[ -n "${source_for[$u]:-}" ]] || source_for[$u]="127.0.0.$n"
done
for u in "${!source_for[@]}"; do
  source="${source_for[$u]}"
  token="$(curl -s --interface "$source" -X POST "$lb/_blazor/negotiate?negotiateVersion=1" | sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p')"
  status_line="$(curl -s -o /dev/null -D - --interface "$source" --http1.1 --max-time 2 \
    -H "Connection: Upgrade" -H "Upgrade: websocket" -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: SGVsbG9IeWJyaWRUcmFpbg==" \
    "$lb/_blazor?id=$token" 2>/dev/null | head -n 1 | tr -d '\r' || true)"
  ht_log "circuit transport via $u for client $source: ${status_line:-no answer}"
  if [[ "$status_line" == *" 101"* ]]; then upgraded=$((upgraded + 1)); fi
  check "WebSocket upgrade for /_blazor on $u" "$([[ "$status_line" == *" 101"* ]]; echo $?)"
done

# 4. Kill the user's instance; the reload lands on the other, still signed in ------------------------------------
source=127.0.0.2
jar="$work/lb.cookies"
code="$(form_post "$lb" "$jar" /account/register register --interface "$source" -- "Input.DisplayName=Scale Drill" \
  "Input.Email=failover@example.test" "Input.Password=$password" "Input.ConfirmPassword=$password" "Input.Role=Athlete")"
served_by="$(upstream "$source" -b "$jar" "$lb/")"
check "signed in through nginx ($code), served by $served_by" "$([[ "$code" == 302 && -n "$served_by" ]]; echo $?)"
victim_port="${served_by##*:}"
ht_log "kill -9 of the instance on port $victim_port (pid ${app_pids[$victim_port]})"
kill -9 "${app_pids[$victim_port]}"
wait "${app_pids[$victim_port]}" 2>/dev/null || true
unset "app_pids[$victim_port]"
# The first reload after the kill: nginx finds the dead instance refusing and passes the request on.
reload_seconds="$(curl -s -o "$work/reload.html" -D "$work/reload.headers" -w '%{time_total}' --interface "$source" \
  -b "$jar" --max-time 10 "$lb/" || true)"
after="$(cat "$work/reload.headers" 2>/dev/null | tr -d '\r' | sed -n 's/^[Xx]-[Uu]pstream: //p' | head -n 1 || true)"
api="$(curl -s -o /dev/null -w '%{http_code}' --interface "$source" -b "$jar" "$lb/api/v1/athletes" || true)"
check "after the kill the reload is served by $after in $reload_seconds s, still signed in (API $api)" \
  "$([[ -n "$after" && "${after##*, }" != "$served_by" && "$api" == 200 ]] && grep -q 'Welcome, Scale Drill' "$work/reload.html"; echo $?)"
ht_log "figures: cookie from A answered $on_b on B; spread $spread; WebSocket upgraded on $upgraded of ${#source_for[@]} instance(s); failover reload $reload_seconds s via ${after:-nothing}"

if ((failures > 0)); then
  ht_log "$failures check(s) failed"
  tail -n 5 "$work/nginx-error.log" >&2 || true
  exit 1
fi
ht_log "all checks passed"
