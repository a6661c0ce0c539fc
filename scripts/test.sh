#!/usr/bin/env bash
# Runs every test of HybridTrainer and ends with exactly one line: `N passed, N failed` (`, N skipped` when N > 0),
# summed over all test projects. Exits non-zero on any failure, build error or setup error.
#
# What it does, in order:
#   1. makes sure a Chromium exists for the browser tests (installs Debian's `chromium` if needed) and exports
#      CHROMIUM_PATH (default /usr/bin/chromium; a preset CHROMIUM_PATH is used as is and nothing is installed);
#   2. starts a separate, fast (fsync off) PostgreSQL test cluster in .local/postgres-test on port 55433 (or
#      HT_TEST_PG_PORT, for two checkouts testing side by side) and exports
#      its connection string as HYBRIDTRAINER_TEST_CONNECTION (fixtures create their own database from it);
#   3. dotnet tool restore, dotnet build of the solution (Release);
#   4. checks that the EF Core model has no changes missing a migration (once migrations exist);
#   5. dotnet test of every test project side by side, then sums the counters of their .trx result files;
#   6. the fault drills, tests/*/run.sh (database outage; two instances behind nginx), one after the other on the
#      Release build of step 3 (published once with --no-build, never built again), each bounded by
#      HT_DRILL_TIMEOUT seconds: every check a drill passes ("ok:") or fails ("FAILED:") counts as one test, and a
#      drill that ends non-zero without a failed check (setup error, time-out) as one failure. About 70 s.
# The test cluster is stopped on exit, whatever happened (unless another test run still uses it).
#
# Optional environment: CHROMIUM_PATH, HT_TEST_PG_PORT, HT_TEST_RESULTS_DIR (keep the .trx files there instead of a
# temporary folder), HT_TEST_DRILLS (1 = run the drills, 0 = skip them; default: run them only when no arguments are
# given), HT_DRILL_TIMEOUT (default 180). The drills keep their own ports (see each run.sh).
# Arguments are passed to every dotnet test, e.g. scripts/test.sh --filter "FullyQualifiedName~Planning"; a run with
# arguments skips the drills unless HT_TEST_DRILLS=1.
# Works without a terminal, as root or not, with CI=true.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
cd "$repo_root"
HT_LOG_TAG="test"
# shellcheck source=scripts/lib/common.sh
source "$script_dir/lib/common.sh"

# No prompts, no banners, English messages (the failure messages below are matched on English text), and never
# a Playwright browser download (there is no internet; tests use the system Chromium).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The test process keeps one culture whatever the machine's locale: pages set theirs per request (en or es).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
exec </dev/null

started_at=$SECONDS
work_dir="$(mktemp -d "${TMPDIR:-/tmp}/hybridtrainer-test.XXXXXX")"
summary_printed=0
pg_registered=0

# The fault drills (step 6) run on a whole run only, unless HT_TEST_DRILLS says otherwise.
run_drills="${HT_TEST_DRILLS:-}"
if [[ -z "$run_drills" ]]; then
  if (($# == 0)); then run_drills=1; else run_drills=0; fi
fi
drill_timeout="${HT_DRILL_TIMEOUT:-180}"

# The test cluster, shared by concurrent runs of this script in the same checkout: each run registers itself and
# only the last one to leave stops the cluster, so one developer's run never pulls the database from under another's.
test_pg_env=(
  HT_PG_DIR="$repo_root/.local/postgres-test"
  HT_PG_PORT="${HT_TEST_PG_PORT:-55433}"
  HT_PG_DB=hybridtrainer
  HT_PG_FAST=1
)
pg_users_dir="$repo_root/.local/postgres-test.users"

stop_test_cluster() {
  ((pg_registered)) || return 0
  pg_registered=0
  (
    flock -w 60 8 || true
    rm -f "$pg_users_dir/$$"
    local entry others=0
    for entry in "$pg_users_dir"/*; do
      [[ -e "$entry" ]] || continue
      # An entry whose run died without cleaning up (kill -9) does not keep the cluster alive.
      if kill -0 "$(basename "$entry")" 2>/dev/null; then others=1; else rm -f "$entry"; fi
    done
    if ((others)); then
      ht_log "leaving the test cluster running: another test run is using it"
    else
      env "${test_pg_env[@]}" "$script_dir/postgres.sh" stop 2>&1 | sed 's/^/  /' >&2 || true
    fi
  ) 8>>"$pg_users_dir/.lock"
}

# The drill running now (its `timeout`, which passes the signal on to the drill, whose own clean-up then stops its
# app, nginx and PostgreSQL): `timeout` runs in its own process group, so a Ctrl-C at the terminal never reaches it.
drill_pid=""
stop_drill() {
  [[ -n "$drill_pid" ]] || return 0
  kill -TERM "$drill_pid" 2>/dev/null || true
  wait "$drill_pid" 2>/dev/null || true
  drill_pid=""
}

print_summary() {
  local passed="$1" failed="$2" skipped="$3"
  local line="$passed passed, $failed failed"
  if ((skipped > 0)); then line+=", $skipped skipped"; fi
  stop_test_cluster
  rm -rf "$work_dir"
  ht_log "finished in $((SECONDS - started_at)) s"
  summary_printed=1
  echo "$line"
}

# Any exit that did not print a summary (setup error, build error, Ctrl-C) still ends with the summary line, counted
# as one failure, after the cluster is stopped.
on_exit() {
  local rc=$?
  stop_drill
  if ((summary_printed == 0)); then
    print_summary 0 1 0
    ((rc != 0)) || rc=1
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[[ "$run_drills" == 0 || "$run_drills" == 1 ]] || ht_die "HT_TEST_DRILLS must be 0 or 1, got '$run_drills'"
[[ "$drill_timeout" =~ ^[1-9][0-9]*$ ]] || ht_die "HT_DRILL_TIMEOUT must be a number of seconds, got '$drill_timeout'"

# 1. Browser ------------------------------------------------------------------------------------------------------
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || ht_log "warning: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; browser tests will fail"
else
  if [[ ! -x /usr/bin/chromium ]]; then
    ht_log "/usr/bin/chromium not found; installing the chromium package for the browser tests"
    ht_apt_install chromium
  fi
  export CHROMIUM_PATH=/usr/bin/chromium
fi

# 2. Database -----------------------------------------------------------------------------------------------------
mkdir -p "$pg_users_dir"
(
  flock -w 120 8 || ht_die "could not lock $pg_users_dir/.lock"
  touch "$pg_users_dir/$$"
) 8>>"$pg_users_dir/.lock"
pg_registered=1
HYBRIDTRAINER_TEST_CONNECTION="$(env "${test_pg_env[@]}" "$script_dir/postgres.sh")" ||
  ht_die "could not start the PostgreSQL test cluster (see above)"
export HYBRIDTRAINER_TEST_CONNECTION
ht_log "test database server ready: ${HYBRIDTRAINER_TEST_CONNECTION%%;Username=*}"

# 3. Tools and build ----------------------------------------------------------------------------------------------
dotnet tool restore >"$work_dir/tool-restore.log" 2>&1 ||
  { cat "$work_dir/tool-restore.log" >&2; ht_die "dotnet tool restore failed"; }

ht_log "building HybridTrainer.sln (Release)"
build_started=$SECONDS
set +e
dotnet build HybridTrainer.sln -c Release -nologo -v q -clp:NoSummary 2>&1 | tee "$work_dir/build.log" >&2
build_rc=${PIPESTATUS[0]}
set -e
if ((build_rc != 0)); then
  ht_log "BUILD FAILED; errors:"
  # Each error appears once per project that reports it; show each one once.
  grep -E ': error [A-Za-z]+[0-9]+:' "$work_dir/build.log" | sort -u >&2 || tail -n 40 "$work_dir/build.log" >&2
  print_summary 0 1 0
  exit 1
fi
ht_log "build succeeded in $((SECONDS - build_started)) s"

extra_failed=0

# 4. Migrations match the model ------------------------------------------------------------------------------------
if [[ -d src/HybridTrainer.Data/Migrations ]]; then
  ht_log "checking that the EF Core model has no changes without a migration"
  ef_started=$SECONDS
  # The design-time host reads the app's configuration; give it the test server so it never needs another one.
  # (--configuration, not -c: for dotnet ef, -c means --context.)
  if ! ConnectionStrings__HybridTrainer="$HYBRIDTRAINER_TEST_CONNECTION" dotnet tool run dotnet-ef -- \
    migrations has-pending-model-changes --project src/HybridTrainer.Data --startup-project src/HybridTrainer.Web \
    --no-build --configuration Release >"$work_dir/ef.log" 2>&1; then
    cat "$work_dir/ef.log" >&2
    if grep -q 'Changes have been made to the model' "$work_dir/ef.log"; then
      ht_log "FAILED check: the EF Core model has changes that no migration captures; add one with: dotnet ef migrations add <Name> --project src/HybridTrainer.Data --startup-project src/HybridTrainer.Web"
    else
      ht_log "FAILED check: dotnet ef migrations has-pending-model-changes could not run (see above)"
    fi
    extra_failed=$((extra_failed + 1))
  fi
  ht_log "migration check took $((SECONDS - ef_started)) s"
fi

# 5. Tests -------------------------------------------------------------------------------------------------------
# The test projects, found by evaluating IsTestProject for every project of the solution (in parallel, about a
# second each), so new test projects join without touching this script.
mapfile -t projects < <(dotnet sln HybridTrainer.sln list | grep -E '\.(cs|fs|vb)proj$' || true)
for i in "${!projects[@]}"; do
  dotnet msbuild "${projects[$i]}" -getProperty:IsTestProject -p:Configuration=Release \
    >"$work_dir/is-test.$i" 2>&1 &
done
wait
test_projects=()
for i in "${!projects[@]}"; do
  if [[ "$(tr -d '[:space:]' <"$work_dir/is-test.$i")" == true ]]; then test_projects+=("${projects[$i]}"); fi
done
((${#test_projects[@]} > 0)) || ht_die "no test project found in HybridTrainer.sln"

results_dir="${HT_TEST_RESULTS_DIR:-$work_dir/results}"
mkdir -p "$results_dir"

# Reads one counter attribute from the <Counters .../> element of a trx file (0 when absent).
counter() {
  local value
  value="$(tr '\n' ' ' <"$2" | grep -o '<Counters [^>]*>' | head -n 1 |
    grep -o " $1=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)"
  echo "${value:-0}"
}

passed=0 failed=0 skipped=0
# One dotnet test per test project, each with its own results folder and .trx name: the trx logger cannot name
# files per assembly when several projects run in one command (same-second names overwrite each other), and this
# way a project that crashed before writing its results is known by name. The projects run side by side (the small
# ones finish while the web host tests are still running), each into its own log, printed whole when it ends.
# Extra arguments (e.g. --filter) go to every dotnet test.
run_project() {
  local project="$1" name="$2"
  local started=$SECONDS rc=0
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results_dir" "${@:3}" >"$work_dir/test.$name.log" 2>&1 || rc=$?
  echo "$rc $((SECONDS - started))" >"$work_dir/test.$name.rc"
}

pids=()
for project in "${test_projects[@]}"; do
  name="$(basename "${project%.*}")"
  rm -f "$results_dir/$name.trx" "$work_dir/test.$name.rc"
  ht_log "testing $name"
  run_project "$project" "$name" "$@" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

for project in "${test_projects[@]}"; do
  name="$(basename "${project%.*}")"
  trx="$results_dir/$name.trx"
  cat "$work_dir/test.$name.log" >&2
  read -r test_rc project_seconds <"$work_dir/test.$name.rc" || { test_rc=1; project_seconds='?'; }
  ht_log "$name ran in $project_seconds s"

  if [[ ! -f "$trx" ]]; then
    ht_log "FAILED: no test results from $name (exit code $test_rc): the test run crashed or did not start"
    failed=$((failed + 1))
    continue
  fi
  p="$(counter passed "$trx")"
  f=$(($(counter failed "$trx") + $(counter error "$trx") + $(counter timeout "$trx") + $(counter aborted "$trx")))
  # Skipped tests: the trx logger leaves notExecuted at 0 for them, but counts them in total and not in executed.
  s="$(counter notExecuted "$trx")"
  not_run=$(($(counter total "$trx") - $(counter executed "$trx")))
  if ((not_run > s)); then s=$not_run; fi
  # A run that aborted (test host crash) or exited non-zero can have no failed test; it still failed.
  if ((f == 0 && test_rc != 0)); then
    outcome="$(tr '\n' ' ' <"$trx" | grep -o '<ResultSummary [^>]*' | sed -n 's/.*outcome="\([A-Za-z]*\)".*/\1/p' || true)"
    ht_log "FAILED: $name: dotnet test exited with code $test_rc (run outcome: ${outcome:-unknown}) and no test failed"
    # A fixture that failed to start or clean up leaves its exception only in the trx's run messages: show them.
    sed -n '/<RunInfos>/,/<\/RunInfos>/p' "$trx" | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g' | head -n 80 >&2 || true
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
done

# 6. Fault drills -------------------------------------------------------------------------------------------------
if [[ "$run_drills" == 1 ]]; then
  drills_started=$SECONDS
  # The drills run the app as deployed: publish what step 3 built, without building again (about 2 s).
  if ! dotnet publish src/HybridTrainer.Web -c Release --no-build -nologo -v q -o "$work_dir/app" \
    >"$work_dir/publish.log" 2>&1; then
    cat "$work_dir/publish.log" >&2
    ht_log "FAILED: dotnet publish --no-build of the Release build for the drills; no drill ran"
    extra_failed=$((extra_failed + 1))
  else
    for drill in tests/*/run.sh; do
      drill_name="$(basename "$(dirname "$drill")")"
      drill_log="$work_dir/drill.$drill_name.log"
      ht_log "drill $drill_name (at most $drill_timeout s)"
      drill_started=$SECONDS
      HT_DRILL_APP_DIR="$work_dir/app" timeout -k 20 "$drill_timeout" bash "$drill" >"$drill_log" 2>&1 &
      drill_pid=$!
      # Its lines as they come; tail ends by itself once the drill has ended.
      tail -n +1 -f --pid="$drill_pid" "$drill_log" >&2 &
      tail_pid=$!
      drill_rc=0
      wait "$drill_pid" || drill_rc=$?
      drill_pid=""
      wait "$tail_pid" || true
      drill_ok="$(grep -cE '^\[[^]]+\] ok: ' "$drill_log" || true)"
      drill_failed="$(grep -cE '^\[[^]]+\] FAILED: ' "$drill_log" || true)"
      drill_seconds=$((SECONDS - drill_started))
      if ((drill_rc != 0 && drill_failed == 0)); then
        if ((drill_rc == 124 || drill_rc == 137)); then
          ht_log "FAILED: drill $drill_name did not finish within $drill_timeout s (HT_DRILL_TIMEOUT)"
        else
          ht_log "FAILED: drill $drill_name ended with exit code $drill_rc before a check failed: $(grep -E '\] error: ' "$drill_log" | tail -n 1 || true)"
        fi
        drill_failed=1
      elif ((drill_rc == 0 && drill_ok == 0)); then
        ht_log "FAILED: drill $drill_name ended without running a check"
        drill_failed=1
      fi
      ht_log "drill $drill_name: $drill_ok checks passed, $drill_failed failed, in $drill_seconds s"
      passed=$((passed + drill_ok))
      failed=$((failed + drill_failed))
    done
  fi
  ht_log "the drills took $((SECONDS - drills_started)) s"
else
  if [[ -n "${HT_TEST_DRILLS:-}" ]]; then
    ht_log "fault drills skipped (HT_TEST_DRILLS=0)"
  else
    ht_log "fault drills skipped: arguments narrow the run (HT_TEST_DRILLS=1 runs them anyway)"
  fi
fi

failed=$((failed + extra_failed))
print_summary "$passed" "$failed" "$skipped"
((failed == 0))
