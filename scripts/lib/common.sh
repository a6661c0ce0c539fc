# Shared helpers for the scripts in scripts/. Sourced, never executed.
# shellcheck shell=bash

# All human-readable output goes to stderr, so a script's stdout can carry a single machine-readable value
# (postgres.sh prints only the connection string there).
ht_log() { printf '[%s] %s\n' "${HT_LOG_TAG:-hybridtrainer}" "$*" >&2; }
ht_die() { printf '[%s] error: %s\n' "${HT_LOG_TAG:-hybridtrainer}" "$*" >&2; exit 1; }

ht_is_root() { [[ $(id -u) -eq 0 ]]; }

# Installs Debian packages without ever asking anything on the terminal: directly when root, through sudo when it
# works without a password, otherwise stops with a message naming the packages, so a developer knows what to install.
ht_apt_install() {
  local -a pkgs=("$@")
  local -a apt_opts=(-y -q -o DPkg::Lock::Timeout=180 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  local -a runner=()
  if ! command -v apt-get >/dev/null 2>&1; then
    ht_die "needs the package(s) ${pkgs[*]}, and there is no apt-get here: install them with your system's package manager"
  fi
  if ht_is_root; then
    runner=(env DEBIAN_FRONTEND=noninteractive)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    runner=(sudo -n env DEBIAN_FRONTEND=noninteractive)
  else
    ht_die "needs the Debian package(s) ${pkgs[*]}; install them first: sudo apt-get install -y ${pkgs[*]}"
  fi
  # needrestart (Ubuntu, some Debian images) would otherwise print pages or ask about services.
  runner+=(NEEDRESTART_SUSPEND=1 NEEDRESTART_MODE=l)
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/hybridtrainer-apt.XXXXXX")"
  ht_log "installing ${pkgs[*]} with apt-get (non-interactive; this can take a minute)"
  # stdin from /dev/null: a maintainer script must never wait for an answer (CI has no terminal). The long apt
  # output goes to a file and is shown only when something fails.
  if ! "${runner[@]}" apt-get update -q </dev/null >"$log" 2>&1 ||
    ! "${runner[@]}" apt-get install "${apt_opts[@]}" "${pkgs[@]}" </dev/null >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    rm -f "$log"
    ht_die "apt-get could not install ${pkgs[*]} (output above)"
  fi
  rm -f "$log"
  ht_log "installed ${pkgs[*]}"
}

# True when something accepts TCP connections on 127.0.0.1:$1. Uses bash's /dev/tcp so no extra tool is needed;
# a refused connection on loopback returns at once, the timeout only guards against a filtered port.
ht_port_in_use() {
  # shellcheck disable=SC2016 # $1 is expanded by the inner bash, on purpose
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" >/dev/null 2>&1
}

# Names the process listening on a TCP port when `ss` can tell (best effort, for error messages only).
ht_port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\([^)]*\))).*/\1/p' | head -n 1
  fi
}
