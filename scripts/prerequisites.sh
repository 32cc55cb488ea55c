#!/usr/bin/env bash
# Installs what GameScheduler needs on Debian 12 when it is missing. Idempotent; works as root or with sudo.
#   scripts/prerequisites.sh            what running the system needs
#   scripts/prerequisites.sh --tests    plus Chromium for the browser tests
set -euo pipefail

root_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_browser=false
[[ "${1:-}" == "--tests" ]] && want_browser=true

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

container_engine_answers() {
  { command -v docker >/dev/null && timeout 10 docker info >/dev/null 2>&1; } ||
    { command -v podman >/dev/null && timeout 10 podman info >/dev/null 2>&1; }
}

missing=()
if ! container_engine_answers; then
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
  command -v valkey-server >/dev/null || command -v redis-server >/dev/null || missing+=(redis-server)
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
fi
if $want_browser; then
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
fi

if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The packages start system-wide servers on the default ports; the AppHost runs its own instances on
  # allocated ports, so stop these to free memory and ports.
  for service in postgresql redis-server rabbitmq-server; do
    as_root service "$service" stop >/dev/null 2>&1 || true
  done
fi

if [[ ! -d "$root_dir/GameScheduler.Web/node_modules" ]]; then
  echo "Installing the web app's npm packages"
  (cd "$root_dir/GameScheduler.Web" && npm ci --no-audit --no-fund --loglevel=error)
fi
