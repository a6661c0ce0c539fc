#!/usr/bin/env bash
# Benchmarks HybridTrainer against the machine's own limit and writes bench/results.md and bench/results.json.
#
#   bench/run.sh                               the comparisons (about 8-10 minutes on 2 cores)
#   BENCH_BASELINE_REF=main bench/run.sh       also the same load on that git ref, for before/after ratios
#
# What it does: publishes the app (Release) and the data seeder, provisions a fresh PostgreSQL cluster with real
# durability settings (scripts/postgres.sh, HT_PG_FAST=0) in .local/bench/pg, seeds a gym of 500 athletes with
# 12-week blocks, logs and check-ins and 20 coaches, starts the app in the Benchmark environment pinned to core 1 and
# runs wrk pinned to core 0 on loopback, in alternating rounds (raw baseline, week API, sheet, plan preview, coach
# dashboard; then again), with a short warm-up. Then hey sends a steady rate (not saturation) to the week API and the
# coach dashboard, for latency a user would see: at saturation p99 is only queueing. bench/circuits.sh runs afterwards when it exists. Ctrl-C stops the
# app and the cluster. Asks nothing.
#
# Settings (environment):
#   BENCH_ROUNDS        rounds per comparison                         default 3
#   BENCH_DURATION      seconds of load per round                     default 8
#   BENCH_WARMUP        seconds of warm-up per scenario               default 15
#   BENCH_CONNECTIONS   wrk connections (API, sheet, preview)         default 32
#   BENCH_COACH_CONNECTIONS  connections for the coach dashboard      default 8
#   BENCH_PRINTS        measured 200-sheet print requests             default 5
#   BENCH_RATE_WEEK     steady rate on the week API, req/s (hey -q)   default 200
#   BENCH_RATE_COACH    steady rate on the coach dashboard, req/s     default 20
#   BENCH_RATE_SECONDS  seconds of each steady-rate run               default 20
#   BENCH_PG_PORT       the benchmark cluster's port                  default 55460
#   BENCH_APP_PORT      the app's port (the baseline app uses +1)     default 55461
#   BENCH_BASELINE_REF  a git ref to compare with (optional)
#   BENCH_NOTE          a line written at the top of the results (e.g. "machine shared with other work")
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
HT_LOG_TAG=bench
# shellcheck source=scripts/lib/common.sh
source "$repo_root/scripts/lib/common.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec </dev/null

case "${1:-}" in
  "") ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
    exit 0
    ;;
  *) ht_die "no arguments expected (settings are environment variables, see --help)" ;;
esac

number_setting() { # number_setting NAME DEFAULT MIN MAX: prints the value or stops
  local value="${!1:-$2}"
  if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < $3 || value > $4)); then
    ht_die "$1 must be a number from $3 to $4, got '$value'"
  fi
  printf '%s' "$value"
}
rounds="$(number_setting BENCH_ROUNDS 3 1 10)"
duration="$(number_setting BENCH_DURATION 8 2 60)"
# Tiered JIT on one core takes a while: with 3 s, the first rounds ran at half the speed of the third.
warmup="$(number_setting BENCH_WARMUP 15 1 60)"
connections="$(number_setting BENCH_CONNECTIONS 32 1 512)"
coach_connections="$(number_setting BENCH_COACH_CONNECTIONS 8 1 512)"
prints="$(number_setting BENCH_PRINTS 5 1 20)"
week_rate="$(number_setting BENCH_RATE_WEEK 200 10 5000)"
coach_rate="$(number_setting BENCH_RATE_COACH 20 10 1000)"
rate_seconds="$(number_setting BENCH_RATE_SECONDS 20 5 120)"
pg_port="$(number_setting BENCH_PG_PORT 55460 1024 65535)"
app_port="$(number_setting BENCH_APP_PORT 55461 1024 65534)"
baseline_port=$((app_port + 1))
baseline_ref="${BENCH_BASELINE_REF:-}"

work="$repo_root/.local/bench"
out="$work/out"
data="$work/data"
logs="$work/logs"
wrk_dir="$script_dir/wrk"
samples="$work/samples.jsonl"
rows="$work/rows.jsonl"
base="http://127.0.0.1:$app_port"
baseline_base="http://127.0.0.1:$baseline_port"
export HT_PG_DIR="$work/pg" HT_PG_PORT="$pg_port" HT_PG_DB=hybridtrainer_bench HT_PG_FAST=0

app_pid=""
baseline_pid=""
wrk_pid=""
baseline_src=""
started=$SECONDS

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  local pid
  for pid in "$wrk_pid" "$app_pid" "$baseline_pid"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [[ -f "$HT_PG_DIR/data/PG_VERSION" ]]; then
    "$repo_root/scripts/postgres.sh" stop >/dev/null 2>&1 || true
  fi
  if [[ -n "$baseline_src" && -d "$baseline_src" ]]; then
    git -C "$repo_root" worktree remove --force "$baseline_src" >/dev/null 2>&1 || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'ht_log "interrupted"; exit 130' INT TERM HUP

# ---------------------------------------------------------------------------------------------------------------------
# Tools
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v hey >/dev/null 2>&1 || missing+=(hey)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
((${#missing[@]} == 0)) || ht_apt_install "${missing[@]}"
command -v dotnet >/dev/null 2>&1 || ht_die "the .NET SDK is needed (dotnet not found)"
cores="$(nproc)"
((cores >= 2)) || ht_die "needs at least 2 cores (the app on one, wrk on the other); this machine has $cores"

for port in "$pg_port" "$app_port" "$baseline_port"; do
  if ht_port_in_use "$port"; then
    owner="$(ht_port_owner "$port")"
    ht_die "port $port on 127.0.0.1 is in use${owner:+ by $owner}; set BENCH_PG_PORT / BENCH_APP_PORT"
  fi
done

mkdir -p "$work" "$logs"
rm -rf "$out" "$data" "$samples" "$rows"
mkdir -p "$out" "$data"
chmod 755 "$work" # the postgres user reaches its cluster folder inside when this runs as root

# ---------------------------------------------------------------------------------------------------------------------
# Build
publish() { # publish PROJECT FOLDER LOG
  dotnet publish "$1" -c Release -o "$2" -nologo -v q >"$3" 2>&1 || { tail -n 30 "$3" >&2; ht_die "dotnet publish $1 failed"; }
}
if [[ -n "$baseline_ref" ]]; then
  baseline_commit="$(git -C "$repo_root" rev-parse --verify --quiet "$baseline_ref^{commit}")" ||
    ht_die "BENCH_BASELINE_REF '$baseline_ref' is not a commit here"
fi
ht_log "publishing the app and the seeder (Release)"
publish "$repo_root/src/HybridTrainer.Web" "$out/app" "$logs/publish-app.log"
publish "$script_dir/HybridTrainer.BenchData" "$out/seeder" "$logs/publish-seeder.log"

if [[ -n "$baseline_ref" ]]; then
  baseline_src="$work/baseline-src"
  git -C "$repo_root" worktree remove --force "$baseline_src" >/dev/null 2>&1 || rm -rf "$baseline_src"
  git -C "$repo_root" worktree prune
  ht_log "publishing the baseline $baseline_ref (${baseline_commit:0:10})"
  git -C "$repo_root" worktree add --detach "$baseline_src" "$baseline_commit" >/dev/null 2>&1 ||
    ht_die "could not check out $baseline_ref into $baseline_src"
  publish "$baseline_src/src/HybridTrainer.Web" "$out/baseline-app" "$logs/publish-baseline.log"
  git -C "$repo_root" worktree remove --force "$baseline_src"
  baseline_src=""
fi

# ---------------------------------------------------------------------------------------------------------------------
# Database: a fresh cluster each run, so the data is always relative to today.
"$repo_root/scripts/postgres.sh" stop >/dev/null 2>&1 || true
rm -rf "$HT_PG_DIR"
connection="$("$repo_root/scripts/postgres.sh" 2>"$logs/postgres.log")" || { cat "$logs/postgres.log" >&2; ht_die "PostgreSQL did not start"; }
ht_log "seeding the benchmark gym"
dotnet "$out/seeder/HybridTrainer.BenchData.dll" "$connection" "$data" 2>"$logs/seed.log" >&2 ||
  { tail -n 30 "$logs/seed.log" >&2; ht_die "seeding failed"; }
tail -n 1 "$logs/seed.log" >&2
accounts="$data/accounts.json"
account() { jq -er --arg k "$1" '.[$k]' "$accounts"; }
password="$(account password)"
day="$(account today)"

# ---------------------------------------------------------------------------------------------------------------------
# App
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" || true; }

start_app() { # start_app FOLDER URL LOG: in the background; the caller reads $!
  (cd "$1" && exec taskset -c 1 env ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="$2" \
    ConnectionStrings__HybridTrainer="$connection" \
    RateLimiting__PlanPreviewPerMinute=100000000 RateLimiting__AccountFormPostsPerMinute=100000 \
    Serilog__MinimumLevel__Default=Warning \
    dotnet HybridTrainer.Web.dll >"$3" 2>&1) &
}

wait_ready() { # wait_ready URL PID LOG
  local _
  for _ in $(seq 1 240); do
    [[ "$(status "$1/health/ready")" == 200 ]] && return 0
    kill -0 "$2" 2>/dev/null || { tail -n 30 "$3" >&2; ht_die "the app at $1 exited"; }
    sleep 0.25
  done
  ht_die "the app at $1 was not ready within 60 s (log: $3)"
}

# One after the other: the first creates the Data Protection key in the database, the second then reads it.
start_app "$out/app" "$base" "$logs/app.log"
app_pid=$!
wait_ready "$base" "$app_pid" "$logs/app.log"
if [[ -n "$baseline_ref" ]]; then
  start_app "$out/baseline-app" "$baseline_base" "$logs/baseline-app.log"
  baseline_pid=$!
  wait_ready "$baseline_base" "$baseline_pid" "$logs/baseline-app.log"
fi
ht_log "app ready on $base (core 1), wrk on core 0"

# A signed-in cookie for the pages: the log-in form with its antiforgery token, as a browser posts it.
login_cookie() { # login_cookie URL EMAIL: prints the Cookie header value
  local jar token code
  jar="$(mktemp "$work/jar.XXXXXX")"
  token="$(curl -s -b "$jar" -c "$jar" "$1/account/login" |
    grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -n 1)"
  [[ -n "$token" ]] || ht_die "no antiforgery token on $1/account/login"
  code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "_handler=login" --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=$password" \
    "$1/account/login")"
  [[ "$code" == 302 ]] || ht_die "logging in $2 at $1 answered $code, not 302"
  # Netscape jar: HttpOnly cookies are prefixed "#HttpOnly_"; name and value are the last two fields.
  sed 's/^#HttpOnly_//' "$jar" | awk -F '\t' 'NF == 7 && $1 !~ /^#/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
  rm -f "$jar"
}

# Cookies per app and role (each app signs its own people in): staff print single sheets, the dashboard coach has
# 30 clients, the print coach 200.
declare -A cookies=()
sign_in() { # sign_in URL
  cookies["$1|staff"]="$(login_cookie "$1" "$(account staffEmail)")"
  cookies["$1|coach"]="$(login_cookie "$1" "$(account dashboardCoachEmail)")"
  cookies["$1|print"]="$(login_cookie "$1" "$(account printCoachEmail)")"
}
sign_in "$base"
[[ -z "$baseline_pid" ]] || sign_in "$baseline_base"
athlete_id="$(account athleteId)"
athlete_token="$(awk -F '\t' -v id="$athlete_id" '$1 == id { print $3 }' "$data/athletes.tsv")"

# ---------------------------------------------------------------------------------------------------------------------
# Scenarios: name, wrk script, connections, cookie. Each is checked once (200) before any load.
export BENCH_WRK_DIR="$wrk_dir" BENCH_LIST="$data/athletes.tsv" BENCH_DAY="$day"

check_200() { # check_200 WHAT URL CURL-ARGS...
  local what="$1" url="$2" code
  shift 2
  code="$(status "$@" "$url")"
  [[ "$code" == 200 ]] || ht_die "$what answered $code at $url, not 200"
}
check_200 "the raw baseline" "$base/bench/raw/athletes/$athlete_id"
check_200 "the week API" "$base/api/v1/athletes/$athlete_id/weeks/$day" -H "Authorization: Bearer $athlete_token"
check_200 "a printable sheet" "$base/sheets/print?week=$day&athlete=$athlete_id" -H "Cookie: ${cookies["$base|staff"]}"
check_200 "the coach dashboard data" "$base/bench/coach/clients" -H "Cookie: ${cookies["$base|coach"]}"
check_200 "the plan preview" "$base/api/v1/plans/preview" -H 'Content-Type: application/json' \
  --data "$(printf '{"bodyWeightKg":80,"runningBaseWeeks":8,"fiveKmTime":"24:00","lifts":{"squat":{"oneRepMaxKg":140},"benchPress":{"weightKg":80,"reps":8},"deadlift":{"oneRepMaxKg":180},"overheadPress":{"oneRepMaxKg":60}},"availableDays":["Monday","Wednesday","Friday","Saturday"],"startDate":"%s","weeks":4}' "$day")"
clients="$(curl -s -H "Cookie: ${cookies["$base|coach"]}" "$base/bench/coach/clients" | jq 'length')"
[[ "$clients" == 30 ]] || ht_die "the dashboard coach should have 30 clients, the endpoint listed $clients"

scenario_script() { printf '%s/%s.lua' "$wrk_dir" "$1"; }
scenario_connections() { if [[ "$1" == coach ]]; then echo "$coach_connections"; else echo "$connections"; fi; }
scenario_cookie() { # scenario_cookie SCENARIO URL
  case "$1" in
    sheet) printf '%s' "${cookies["$2|staff"]}" ;;
    coach) printf '%s' "${cookies["$2|coach"]}" ;;
    *) printf '' ;;
  esac
}

# run_wrk SCENARIO URL SECONDS: writes the run's summary JSON to $work/wrk.json
run_wrk() {
  local output="$work/wrk.out" non2xx
  BENCH_COOKIE="$(scenario_cookie "$1" "$2")" taskset -c 0 wrk -t1 -c"$(scenario_connections "$1")" -d"${3}s" \
    --timeout 10s -s "$(scenario_script "$1")" "$2" >"$output" 2>&1 &
  wrk_pid=$!
  # Waited for rather than run in the foreground: wrk exits cleanly on Ctrl-C, and bash would then carry on as if
  # nothing happened; an interrupted wait runs the trap at once.
  wait "$wrk_pid" || { cat "$output" >&2; ht_die "wrk failed on $1"; }
  wrk_pid=""
  # wrk's Lua summary counts only 4xx/5xx; its text also counts 3xx (a redirect to the log-in page is not a result).
  non2xx="$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$output")"
  sed -n 's/^BENCH_JSON //p' "$output" | tail -n 1 | jq -c --argjson n "${non2xx:-0}" '.non2xx = $n' >"$work/wrk.json"
}

# measure SCENARIO APP URL ROUND: one round, appended to the samples
measure() {
  local result
  run_wrk "$1" "$3" "$duration"
  result="$(cat "$work/wrk.json")"
  [[ -n "$result" ]] || ht_die "wrk printed no summary for $1"
  # A few failures under overload are part of the figure; more than 1 % means the scenario measured errors.
  if jq -e '(.errors + .non2xx) * 100 > .requests' <<<"$result" >/dev/null; then
    ht_die "$1 at $3: more than 1 % of the answers failed or were not 2xx ($result)"
  fi
  jq -c --arg s "$1" --arg app "$2" --argjson round "$4" '. + {scenario: $s, app: $app, round: $round}' <<<"$result" >>"$samples"
  ht_log "$(jq -r '"\(.scenario) [\(.app)] round \(.round): \(.rps | floor) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms" + (if .errors + .non2xx > 0 then ", \(.errors) errors, \(.non2xx) non-2xx" else "" end)' <<<"$(tail -n 1 "$samples")")"
}

scenarios=(raw week sheet preview coach)
ht_log "warm-up: ${warmup} s per scenario"
for s in "${scenarios[@]}"; do run_wrk "$s" "$base" "$warmup"; done
ht_log "comparisons: $rounds rounds of ${duration} s, alternating ${scenarios[*]}"
for round in $(seq 1 "$rounds"); do
  for s in "${scenarios[@]}"; do measure "$s" current "$base" "$round"; done
done

# 200 sheets in one print request: a few single requests timed by curl (one warm-up first).
print_url() { printf '%s/sheets/print?week=%s&all=true' "$1" "$day"; }
time_prints() { # time_prints URL APP [URL APP...]: one warm-up each, then the apps in turn, request by request
  local code seconds i j
  local -a targets=("$@")
  for i in $(seq 0 "$prints"); do
    for ((j = 0; j < ${#targets[@]}; j += 2)); do
      read -r code seconds < <(curl -s -o "$work/print.html" -w '%{http_code} %{time_total}\n' --max-time 60 \
        -H "Cookie: ${cookies["${targets[j]}|print"]}" "$(print_url "${targets[j]}")")
      [[ "$code" == 200 ]] || ht_die "the 200-sheet print answered $code at ${targets[j]}"
      ((i > 0)) || continue
      jq -nc --arg app "${targets[j + 1]}" --argjson round "$i" --argjson s "$seconds" \
        '{scenario: "print200", app: $app, round: $round, seconds: $s}' >>"$samples"
    done
  done
}
time_prints "$base" current
sheets_printed="$(grep -o 'data-testid="sheet-count">[0-9]*' "$work/print.html" | grep -o '[0-9]*$' || true)"
[[ "$sheets_printed" == 200 ]] || ht_die "the print request should hold 200 sheets, it held '${sheets_printed:-?}'"
ht_log "200-sheet print: $(jq -rs '[.[] | select(.scenario == "print200" and .app == "current") | .seconds] | map(tostring) | join(" s, ")' "$samples") s"

# ---------------------------------------------------------------------------------------------------------------------
# Steady rate: hey with a per-worker rate (-q). Ten requests a second per worker, so one slow answer holds back a
# tenth of a second of schedule, not the whole run.
per_worker_rate=10
steady() { # steady SCENARIO URL RATE HEADER: appends {scenario, rate, requests, rps, p50_ms, p99_ms, errors, non2xx}
  local output="$work/hey.out" workers=$(($3 / per_worker_rate))
  taskset -c 0 hey -z "${rate_seconds}s" -c "$workers" -q "$per_worker_rate" -t 10 -H "$4" "$2" >"$output" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid" || { cat "$output" >&2; ht_die "hey failed on $1"; }
  wrk_pid=""
  awk -v scenario="$1" -v rate="$3" '
    /Requests\/sec:/ { rps = $2 }
    /^ *50%+ in / { p50 = $3 * 1000 }
    /^ *99%+ in / { p99 = $3 * 1000 }
    /^ *\[[0-9]+\][ \t]+[0-9]+ responses/ { code = substr($1, 2, 3); n = $2; total += n; if (code !~ /^2/) non2xx += n }
    /^Error distribution:/ { in_errors = 1; next }
    in_errors && /^ *\[[0-9]+\]/ { errors += substr($1, 2, length($1) - 2) }
    END {
      printf "{\"scenario\":\"%s\",\"app\":\"steady\",\"round\":1,\"rate\":%d,\"requests\":%d,\"rps\":%s,\"p50_ms\":%s,\"p99_ms\":%s,\"errors\":%d,\"non2xx\":%d}\n",
        scenario, rate, total, rps + 0, (p50 == "" ? "null" : p50), (p99 == "" ? "null" : p99), errors, non2xx
    }' "$output" >"$work/hey.json"
  jq -e '.requests > 0 and .p99_ms != null' "$work/hey.json" >/dev/null || { cat "$output" >&2; ht_die "hey printed no latencies for $1"; }
  if jq -e '(.errors + .non2xx) * 100 > .requests' "$work/hey.json" >/dev/null; then
    ht_die "$1 at $3 req/s: more than 1 % of the answers failed or were not 2xx ($(cat "$work/hey.json"))"
  fi
  cat "$work/hey.json" >>"$samples"
  ht_log "$(jq -r '"\(.scenario) at \(.rate) req/s: \(.requests) requests, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms"' "$work/hey.json")"
}
ht_log "steady rate: ${week_rate} req/s on the week API, ${coach_rate} req/s on the coach dashboard, ${rate_seconds} s each"
steady week-steady "$base/api/v1/athletes/$athlete_id/weeks/$day" "$week_rate" "Authorization: Bearer $athlete_token"
steady coach-steady "$base/bench/coach/clients" "$coach_rate" "Cookie: ${cookies["$base|coach"]}"

# ---------------------------------------------------------------------------------------------------------------------
# Before/after: the same load on the baseline build (A) and this one (B, "after"), alternately, same core, same
# database.
compared=()
if [[ -n "$baseline_ref" ]]; then
  compared=(week sheet)
  check_200 "the baseline's week API" "$baseline_base/api/v1/athletes/$athlete_id/weeks/$day" -H "Authorization: Bearer $athlete_token"
  check_200 "the baseline's printable sheet" "$baseline_base/sheets/print?week=$day&athlete=$athlete_id" -H "Cookie: ${cookies["$baseline_base|staff"]}"
  if [[ "$(status -H "Cookie: ${cookies["$baseline_base|coach"]}" "$baseline_base/bench/coach/clients")" == 200 ]]; then
    compared+=(coach)
  else
    ht_log "the baseline has no benchmark dashboard endpoint: the dashboard is not compared"
  fi
  for s in "${compared[@]}"; do run_wrk "$s" "$baseline_base" "$warmup"; done
  ht_log "before/after: $rounds rounds, baseline then current, ${compared[*]}"
  for round in $(seq 1 "$rounds"); do
    for s in "${compared[@]}"; do
      measure "$s" baseline "$baseline_base" "$round"
      measure "$s" after "$base" "$round"
    done
  done
  time_prints "$baseline_base" baseline "$base" after
fi

# ---------------------------------------------------------------------------------------------------------------------
# Result rows: { metric, a, b, ratio, goal, met, unit }. Medians of the rounds; ratio = B / A.
median() { # median SCENARIO APP FIELD
  jq -s --arg s "$1" --arg app "$2" --arg f "$3" '
    [.[] | select(.scenario == $s and .app == $app) | .[$f]] | sort |
    if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end' "$samples"
}
row() { # row METRIC A B GOAL-TEXT OP LIMIT UNIT: OP is ratio>=, b<, b<= (what "met" checks)
  jq -nc --arg metric "$1" --argjson a "$2" --argjson b "$3" --arg goal "$4" --arg op "$5" --argjson limit "$6" --arg unit "$7" '
    ($a | if . == null or . == 0 then null else . end) as $a0 |
    (if $a0 != null and $b != null then ($b / $a0 * 1000 | round / 1000) else null end) as $ratio |
    {metric: $metric, a: $a, b: $b, ratio: $ratio, goal: $goal, unit: $unit,
     met: (if $op == "ratio>=" then (if $ratio == null then null else $ratio >= $limit end)
           elif $op == "b<" then (if $b == null then null else $b < $limit end)
           elif $op == "b<=" then (if $b == null then null else $b <= $limit end)
           else null end)}' >>"$rows"
}
raw_rps="$(median raw current rps)"
row "Raw baseline (prepared Npgsql, one row), req/s" null "$raw_rps" "context" none null "req/s"
row "Week JSON via the API vs raw, req/s" "$raw_rps" "$(median week current rps)" "≥ 0.6 × raw" "ratio>=" 0.6 "req/s"
row "Week JSON via the API, p99 at $connections connections" null "$(median week current p99_ms)" "< 25 ms" "b<" 25 "ms"
row "One printable sheet vs raw, req/s" "$raw_rps" "$(median sheet current rps)" "≥ 0.3 × raw" "ratio>=" 0.3 "req/s"
row "Plan preview (engine, no database) vs raw, req/s" "$raw_rps" "$(median preview current rps)" "≥ 1.0 × raw" "ratio>=" 1.0 "req/s"
row "Coach dashboard data, 30 clients, p99 at $coach_connections connections" null "$(median coach current p99_ms)" "≤ 50 ms" "b<=" 50 "ms"
row "Coach dashboard data, 30 clients, req/s" null "$(median coach current rps)" "context" none null "req/s"
row "Week JSON via the API, p50 at a steady $week_rate req/s" null "$(median week-steady steady p50_ms)" "context" none null "ms"
row "Week JSON via the API, p99 at a steady $week_rate req/s" null "$(median week-steady steady p99_ms)" "≤ 10 ms" "b<=" 10 "ms"
row "Coach dashboard data, p50 at a steady $coach_rate req/s" null "$(median coach-steady steady p50_ms)" "context" none null "ms"
row "Coach dashboard data, p99 at a steady $coach_rate req/s" null "$(median coach-steady steady p99_ms)" "≤ 15 ms" "b<=" 15 "ms"
row "200 sheets in one print request, median of $prints" null "$(median print200 current seconds)" "≤ 0.25 s" "b<=" 0.25 "s"
row "200 sheets in one print request, slowest of $prints" null \
  "$(jq -s '[.[] | select(.scenario == "print200" and .app == "current") | .seconds] | max' "$samples")" "≤ 0.5 s" "b<=" 0.5 "s"
for s in "${compared[@]}"; do
  case "$s" in
    week) label="Week JSON via the API" ;;
    sheet) label="One printable sheet" ;;
    coach) label="Coach dashboard data" ;;
  esac
  row "$label, baseline → current, req/s" "$(median "$s" baseline rps)" "$(median "$s" after rps)" "context (before/after)" none null "req/s"
  row "$label, baseline → current, p99" "$(median "$s" baseline p99_ms)" "$(median "$s" after p99_ms)" "context (before/after)" none null "ms"
done
if [[ -n "$baseline_ref" ]]; then
  row "200 sheets in one print request, baseline → current, median" "$(median print200 baseline seconds)" \
    "$(median print200 after seconds)" "context (before/after)" none null "s"
fi

# ---------------------------------------------------------------------------------------------------------------------
# Circuits (bench/circuits.sh, optional): it writes an array of rows of the same shape to BENCH_OUT.
circuits="$script_dir/circuits.sh"
circuit_note="bench/circuits.sh not present: circuit memory not measured"
if [[ -x "$circuits" ]]; then
  ht_log "running bench/circuits.sh"
  circuit_rows="$work/circuits.json"
  rm -f "$circuit_rows"
  if BENCH_URL="$base" BENCH_ATHLETE_EMAIL="$(account athleteEmail)" BENCH_PASSWORD="$password" BENCH_OUT="$circuit_rows" \
    "$circuits" >"$logs/circuits.log" 2>&1 &&
    jq -e 'type == "array" and all(.[]; type == "object" and (.metric | type == "string"))' "$circuit_rows" >/dev/null 2>&1; then
    jq -c '.[] | {metric, a, b, ratio, goal, met, unit}' "$circuit_rows" >>"$rows"
    circuit_note="bench/circuits.sh: $(jq 'length' "$circuit_rows") rows"
  else
    circuit_note="bench/circuits.sh failed or wrote no valid rows (see .local/bench/logs/circuits.log)"
    ht_log "$circuit_note"
    tail -n 20 "$logs/circuits.log" >&2 || true
  fi
else
  ht_log "$circuit_note; going on"
fi

# ---------------------------------------------------------------------------------------------------------------------
# Results
elapsed=$((SECONDS - started))
commit="$(git -C "$repo_root" rev-parse --short HEAD)$(git -C "$repo_root" diff --quiet HEAD -- src bench 2>/dev/null || echo '+changes')"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
memory="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
aspnet="$(dotnet --list-runtimes | sed -n 's/^Microsoft.AspNetCore.App \([^ ]*\).*/\1/p' | tail -n 1)"
machine="$(uname -sr), $cores cores (${cpu:-unknown CPU}), $memory, ASP.NET Core $aspnet, PostgreSQL $(cat "$HT_PG_DIR/data/PG_VERSION")"
settings="app on core 1 (taskset), wrk on core 0, loopback; $rounds rounds × ${duration} s per comparison after ${warmup} s warm-up; wrk -t1 -c$connections (coach dashboard -c$coach_connections); PostgreSQL with fsync on; ASPNETCORE_ENVIRONMENT=Benchmark (log level Warning, preview rate limit lifted)${baseline_ref:+; baseline $baseline_ref (${baseline_commit:0:10}) on port $baseline_port, same core}"
load="$(cut -d ' ' -f 1-3 /proc/loadavg)"

jq -n --slurpfile rows "$rows" --slurpfile samples "$samples" --arg machine "$machine" --arg date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
  --arg commit "$commit" --arg settings "$settings" --arg note "${BENCH_NOTE:-}" --arg load "$load" \
  --arg circuits "$circuit_note" --argjson seconds "$elapsed" \
  '{machine: $machine, date: $date, commit: $commit, settings: $settings, note: $note, loadAverage: $load,
    circuits: $circuits, durationSeconds: $seconds, rows: $rows, samples: $samples}' >"$script_dir/results.json"

{
  echo "# Benchmark results"
  echo
  echo "- Machine: $machine"
  echo "- Date: $(jq -r .date "$script_dir/results.json"); commit $commit; the whole run took $((elapsed / 60)) min $((elapsed % 60)) s"
  echo "- Settings: $settings"
  echo "- Load average at the end: $load"
  [[ -z "${BENCH_NOTE:-}" ]] || echo "- Note: $BENCH_NOTE"
  echo "- Circuits: $circuit_note"
  echo
  echo "Medians of the rounds; ratio = B / A. Produced by \`./bench/run.sh\`; every round is in \`results.json\`."
  echo
  echo "| Metric | A | B | Ratio | Goal | Met? |"
  echo "|---|---:|---:|---:|---|---|"
  jq -r '
    def num: if . == null then "–" elif . >= 100 then (. | round | tostring) else ((. * 100 | round) / 100 | tostring) end;
    def unit($u): if . == "–" then . else . + " " + $u end;
    (.unit // "") as $u |
    "| \(.metric) | \(.a | num | unit($u)) | \(.b | num | unit($u)) | \(if .ratio == null then "–" else "\(.ratio)×" end) | \(.goal) | \(if .met == true then "yes" elif .met == false then "**no**" else "–" end) |"' "$rows"
  echo
  echo "## Rounds"
  echo
  echo "| Scenario | App | Round | req/s | p50 ms | p99 ms | errors / non-2xx |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  jq -r 'select(.rps != null) | "| \(.scenario) | \(.app) | \(.round) | \(.rps | floor) | \(.p50_ms) | \(.p99_ms) | \(.errors) / \(.non2xx) |"' "$samples"
  jq -r 'select(.seconds != null) | "| \(.scenario) | \(.app) | \(.round) | | \(.seconds * 1000 | round) | | |"' "$samples"
} >"$script_dir/results.md"

ht_log "wrote bench/results.md and bench/results.json in $((elapsed / 60)) min $((elapsed % 60)) s"
cat "$script_dir/results.md" >&2
