#!/usr/bin/env bash
# Memory per idle interactive circuit on the week page (issue 7, item 2) and, optionally, headless circuit load
# (item 5). Writes a JSON array of rows {metric, a, b, ratio, goal, met, unit} to $BENCH_OUT.
#
#   bench/circuits.sh
#
# Environment:
#   BENCH_URL            a running app in the Benchmark environment (POST /bench/heap must answer). When unset, this
#                        script publishes the app, provisions PostgreSQL (scripts/postgres.sh with HT_PG_DIR, default
#                        .local/bench-circuits/pg, and HT_PG_PORT, default 55452), starts the app with demo data in
#                        the Benchmark environment on PORT (default 5092) and stops both at the end.
#   BENCH_ATHLETE_EMAIL  default alex@demo.hybridtrainer.app (a demo athlete with a plan)
#   BENCH_PASSWORD       default Demo-Password-2026 (the demo password)
#   BENCH_OUT            default bench/results/circuits.json
#   BENCH_CIRCUITS_STEPS pages held open at each step, default 50,100,200
#   BENCH_CIRCUITS_HEADLESS  N > 0: also hold N circuits without a browser, 1 % of them clicking "Next" for
#                        BENCH_CIRCUITS_HOLD_SECONDS (default 60); opening stops after BENCH_CIRCUITS_OPEN_SECONDS (420)
# Every step is bounded: each probe run stops after 12 minutes (BENCH_CIRCUITS_MINUTES) and is killed after 13.
# What it measures and the figures: bench/circuits.md.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
HT_LOG_TAG="circuits"
# shellcheck source=scripts/lib/common.sh
source "$repo_root/scripts/lib/common.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit 0
fi

export BENCH_ATHLETE_EMAIL="${BENCH_ATHLETE_EMAIL:-alex@demo.hybridtrainer.app}"
export BENCH_PASSWORD="${BENCH_PASSWORD:-Demo-Password-2026}"
out="${BENCH_OUT:-$repo_root/bench/results/circuits.json}"
mkdir -p "$(dirname "$out")"
steps="${BENCH_CIRCUITS_STEPS:-50,100,200}"
headless="${BENCH_CIRCUITS_HEADLESS:-0}"
work="$repo_root/.local/bench-circuits"
mkdir -p "$work"

app_pid=""
started_pg=0
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if ((started_pg)); then
    "$repo_root/scripts/postgres.sh" stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# 1. The app: the caller's, or our own in the Benchmark environment ------------------------------------------------
if [[ -z "${BENCH_URL:-}" ]]; then
  port="${PORT:-5092}"
  ht_port_in_use "$port" && ht_die "port $port is in use; set PORT or BENCH_URL"
  export HT_PG_DIR="${HT_PG_DIR:-$work/pg}" HT_PG_PORT="${HT_PG_PORT:-55452}" HT_PG_DB="${HT_PG_DB:-hybridtrainer_circuits}"
  "$repo_root/scripts/postgres.sh" status 2>/dev/null || started_pg=1
  ConnectionStrings__HybridTrainer="$("$repo_root/scripts/postgres.sh")" || ht_die "could not start PostgreSQL"
  export ConnectionStrings__HybridTrainer
  ht_log "publishing src/HybridTrainer.Web (Release)"
  # Published, not built: outside Development only a published app serves blazor.web.js and MudBlazor's assets.
  dotnet publish "$repo_root/src/HybridTrainer.Web" -c Release -o "$work/app" -nologo -v q -clp:NoSummary >&2
  ht_log "starting the app in the Benchmark environment on http://127.0.0.1:$port"
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Benchmark exec dotnet HybridTrainer.Web.dll --urls "http://127.0.0.1:$port" --seed-demo \
    >"$work/app.log" 2>&1) &
  app_pid=$!
  BENCH_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    curl -fsS "$BENCH_URL/health/ready" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || ht_die "the app stopped (see $work/app.log)"
    sleep 1
  done
  curl -fsS "$BENCH_URL/health/ready" >/dev/null || ht_die "the app is not ready after 120 s (see $work/app.log)"
fi
export BENCH_URL

# 2. The probe ------------------------------------------------------------------------------------------------------
ht_log "building bench/HybridTrainer.CircuitProbe"
dotnet build "$script_dir/HybridTrainer.CircuitProbe" -c Release -o "$work/probe" -nologo -v q -clp:NoSummary >&2
rows="$work/rows.json"
rm -f "$rows"
export BENCH_OUT="$rows"

# A failed measurement is a row that says so, not a missing row.
failed_row() { # metric goal unit
  jq -n --arg m "$1" --arg g "$2" --arg u "$3" '[{metric: $m, a: null, b: null, ratio: null, goal: $g, met: false, unit: $u}]' >"$work/failed.json"
  if [[ -f "$rows" ]]; then jq -s 'add' "$rows" "$work/failed.json" >"$rows.tmp" && mv "$rows.tmp" "$rows"; else mv "$work/failed.json" "$rows"; fi
}

ht_log "holding $steps week pages open in Chromium"
if ! timeout 13m dotnet "$work/probe/HybridTrainer.CircuitProbe.dll" browser "$steps" >&2; then
  ht_log "the browser probe failed (output above)"
  failed_row "memory per idle circuit (week page)" "≤ 250 KB" "KB"
fi

if ((headless > 0)); then
  ht_log "holding $headless headless circuits, 1 % clicking"
  if ! timeout 13m dotnet "$work/probe/HybridTrainer.CircuitProbe.dll" headless "$headless" >&2; then
    ht_log "the headless probe failed (output above)"
    failed_row "headless idle circuits held" "≥ $headless" "circuits"
  fi
fi

[[ -f "$rows" ]] || echo '[]' >"$rows"
cp "$rows" "$out"
ht_log "rows written to $out"
