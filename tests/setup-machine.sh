#!/usr/bin/env bash
# One-time setup of a fresh Debian machine for the test suite: Chromium for the browser tests (Playwright drives the
# system browser; `playwright install` cannot download one here) and python3 for the add-in packaging test.
# Idempotent; needs root (or sudo).
set -euo pipefail
sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || packages+=(fonts-dejavu-core)
command -v python3 >/dev/null || packages+=(python3)  # addin-manifest/build.sh zips with python3
if ((${#packages[@]})); then
  echo "Installing ${packages[*]} …"
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
