# Shared helpers for scripts/run.sh and scripts/test.sh. Sourced, not executed.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTIFACTS="$ROOT/artifacts"
mkdir -p "$ARTIFACTS"

step() { printf '\n==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs Debian packages that are missing; `apt-get update` runs once, only when something is needed.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The machine's time-zone database and ICU: the domain resolves IANA and Windows time-zone ids through them.
ensure_dotnet_prereqs() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }
  ensure_apt tzdata
}

# Node packages of the tools folder (Azurite and friends), installed from the lock file.
ensure_node_tools() {
  command -v npm >/dev/null || { echo "Node.js 20+ and npm are required." >&2; exit 1; }
  if [ -f "$ROOT/tools/package.json" ] && [ ! -d "$ROOT/tools/node_modules" ]; then
    step "Installing Node tools (tools/package.json)"
    (cd "$ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
