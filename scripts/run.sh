#!/usr/bin/env bash
# Starts HybridTrainer with demo data on http://localhost:${PORT:-5080} (loopback only; a name, not 127.0.0.1, because
# browsers refuse passkeys on an IP address).
#
#   scripts/run.sh [-- <extra arguments for the app>]
#
# Database: with ConnectionStrings__HybridTrainer set, the app uses that database and nothing is provisioned;
# otherwise scripts/postgres.sh provisions and starts the private cluster in .local/postgres (port 55432).
# E-mail: unless Email__Host is set (a real SMTP server) or HT_MAIL=off, the local smtp4dev tool (pinned in
# .config/dotnet-tools.json) is started on 127.0.0.1:${MAIL_SMTP_PORT:-2525} and the app sends to it; every mail the
# demo sends (password resets, confirmations) shows in its inbox at http://127.0.0.1:${MAIL_WEB_PORT:-5380}. When the
# tool cannot be restored or its ports are taken, the app runs without e-mail.
# Ctrl-C or SIGTERM stops the app, smtp4dev, then the PostgreSQL cluster if this script started it, and exits 0.
# Asks nothing on the terminal.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
cd "$repo_root"
HT_LOG_TAG="run"
# shellcheck source=scripts/lib/common.sh
source "$script_dir/lib/common.sh"

app_args=()
while (($# > 0)); do
  case "$1" in
    --)
      shift
      app_args=("$@")
      break
      ;;
    -h | --help)
      # The comment block at the top is the help text.
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
      exit 0
      ;;
    *) ht_die "unknown argument '$1'; arguments for the app go after --, e.g. scripts/run.sh -- --Logging:LogLevel:Default=Debug" ;;
  esac
done

port="${PORT:-5080}"
if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
  ht_die "PORT must be a TCP port number, got '$port'"
fi
project_dir="$repo_root/src/HybridTrainer.Web"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Fail before building when the app could not listen anyway.
if ht_port_in_use "$port"; then
  owner="$(ht_port_owner "$port")"
  ht_die "port $port on 127.0.0.1 is already in use${owner:+ by $owner}; stop that program or choose another port: PORT=5081 scripts/run.sh"
fi

started_pg=0
mail_pid=""
mail_inbox=""
child_pid=""
stopping=0

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [[ -n "$child_pid" ]] && kill -0 "$child_pid" 2>/dev/null; then
    kill -TERM "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
  fi
  if [[ -n "$mail_pid" ]]; then
    # `dotnet tool run` starts smtp4dev as its child: stop the child, then the launcher.
    pkill -TERM -P "$mail_pid" 2>/dev/null || true
    kill -TERM "$mail_pid" 2>/dev/null || true
    wait "$mail_pid" 2>/dev/null || true
  fi
  # Only a cluster this run started is stopped: one that was already running belongs to someone else's session.
  if ((started_pg)); then
    ht_log "stopping the PostgreSQL cluster this run started"
    "$script_dir/postgres.sh" stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT

# Ctrl-C, SIGTERM or a closed terminal is a stop request: pass it on to the running child (build or app) as SIGTERM
# and let run_child wait for it to finish. Background children of a script ignore SIGINT, hence SIGTERM.
# shellcheck disable=SC2317 # called by the INT/TERM/HUP trap
request_stop() {
  ((stopping)) && return 0 # a second Ctrl-C while shutting down changes nothing
  stopping=1
  ht_log "stopping"
  if [[ -n "$child_pid" ]]; then
    kill -TERM "$child_pid" 2>/dev/null || true
  else
    exit 0 # nothing running yet (database start-up): cleanup does the rest
  fi
}
trap request_stop INT TERM HUP

# Runs a command in the background and waits for it, so a stop request is handled at once instead of after the
# command ends (bash runs traps only between commands). Returns the command's exit code. A child that has not
# stopped 30 s after the request is killed.
run_child() {
  local rc=0
  "$@" </dev/null &
  child_pid=$!
  while :; do
    set +e
    wait "$child_pid"
    rc=$?
    set -e
    # wait also returns when a trapped signal arrives; the child may still be running then.
    kill -0 "$child_pid" 2>/dev/null || break
    if ((stopping)); then
      for _ in $(seq 1 300); do
        kill -0 "$child_pid" 2>/dev/null || break
        sleep 0.1
      done
      if kill -0 "$child_pid" 2>/dev/null; then
        ht_log "still running 30 s after the stop request; killing it"
        kill -KILL "$child_pid" 2>/dev/null || true
      fi
      wait "$child_pid" 2>/dev/null || true
      break
    fi
  done
  child_pid=""
  return "$rc"
}

# 1. Database -----------------------------------------------------------------------------------------------------
if [[ -n "${ConnectionStrings__HybridTrainer:-}" ]]; then
  ht_log "using the database from ConnectionStrings__HybridTrainer (nothing provisioned)"
else
  # The default cluster (.local/postgres, port 55432), whatever HT_PG_* the caller's shell holds: the run command
  # always uses the same database so demo data and accounts survive between runs.
  unset HT_PG_DIR HT_PG_PORT HT_PG_DB HT_PG_FAST
  if ! "$script_dir/postgres.sh" status 2>/dev/null; then
    started_pg=1
  fi
  ConnectionStrings__HybridTrainer="$("$script_dir/postgres.sh")" || ht_die "could not start PostgreSQL (see above)"
  export ConnectionStrings__HybridTrainer
fi

# 2. E-mail ---------------------------------------------------------------------------------------------------------
start_mail() {
  local smtp_port="${MAIL_SMTP_PORT:-2525}" web_port="${MAIL_WEB_PORT:-5380}" data_dir="$repo_root/.local/smtp4dev"
  if ht_port_in_use "$smtp_port" || ht_port_in_use "$web_port"; then
    ht_log "port $smtp_port or $web_port is in use; running without e-mail (set MAIL_SMTP_PORT / MAIL_WEB_PORT to move smtp4dev)"
    return 0
  fi
  if ! dotnet tool restore >/dev/null 2>&1 </dev/null; then
    ht_log "could not restore the smtp4dev tool (dotnet tool restore); running without e-mail"
    return 0
  fi
  mkdir -p "$data_dir"
  dotnet tool run smtp4dev -- --smtpport="$smtp_port" --urls="http://127.0.0.1:$web_port" --db= --imapport= --pop3port= \
    --hostname=localhost --bindaddress=127.0.0.1 --nousersettings --baseappdatapath="$data_dir" \
    >"$data_dir/smtp4dev.log" 2>&1 </dev/null &
  mail_pid=$!
  for _ in $(seq 1 150); do
    if ht_port_in_use "$web_port" && ht_port_in_use "$smtp_port"; then
      export Email__Host=127.0.0.1 Email__Port="$smtp_port" Email__Tls=None Email__FromAddress=hybridtrainer@localhost \
        Email__LinkBaseUrl="http://localhost:$port"
      mail_inbox="http://127.0.0.1:$web_port"
      ht_log "e-mail goes to smtp4dev; inbox: $mail_inbox"
      return 0
    fi
    kill -0 "$mail_pid" 2>/dev/null || break
    sleep 0.2
  done
  ht_log "smtp4dev did not start (see $data_dir/smtp4dev.log); running without e-mail"
  pkill -TERM -P "$mail_pid" 2>/dev/null || true
  kill -TERM "$mail_pid" 2>/dev/null || true
  mail_pid=""
}
if [[ -n "${Email__Host:-}" ]]; then
  ht_log "sending e-mail through $Email__Host (Email__Host is set)"
elif [[ "${HT_MAIL:-on}" == "off" ]]; then
  ht_log "running without e-mail (HT_MAIL=off)"
else
  start_mail
fi
if ((stopping)); then exit 0; fi

# 3. Build --------------------------------------------------------------------------------------------------------
ht_log "building src/HybridTrainer.Web (Release)"
build_rc=0
run_child dotnet build "$project_dir" -c Release -nologo -v q -clp:NoSummary >&2 || build_rc=$?
if ((stopping)); then exit 0; fi
((build_rc == 0)) || ht_die "the build failed (errors above)"
# The output path as MSBuild computes it (honours any output layout settings); falls back to the default layout.
app_dll="$(dotnet msbuild "$project_dir" -getProperty:TargetPath -p:Configuration=Release 2>/dev/null </dev/null || true)"
[[ -f "$app_dll" ]] || app_dll="$project_dir/bin/Release/net10.0/HybridTrainer.Web.dll"
[[ -f "$app_dll" ]] || ht_die "built app not found at $app_dll"
if ((stopping)); then exit 0; fi

# 4. Run ----------------------------------------------------------------------------------------------------------
# `dotnet app.dll` (not `dotnet run`, which starts the app as a grandchild) so the stop signal reaches the app itself.
# The project folder is the content root, so appsettings*.json and, in Development, the static web assets manifest
# from the build output resolve.
ht_log "starting HybridTrainer on http://localhost:$port (Ctrl-C to stop)"
if [[ -n "$mail_inbox" ]]; then ht_log "mails the app sends: $mail_inbox"; fi
export ASPNETCORE_ENVIRONMENT=Development
app_rc=0
cd "$project_dir"
run_child dotnet "$app_dll" --contentRoot "$project_dir" --urls "http://localhost:$port" --seed-demo "${app_args[@]}" ||
  app_rc=$?

if ((stopping)); then
  ht_log "stopped"
  exit 0
fi
ht_log "the app exited with code $app_rc"
exit "$app_rc"
