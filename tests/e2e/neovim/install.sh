#!/usr/bin/env bash
# Installs Debian's Neovim (0.7.2 on Debian 12) for the headless Neovim test. Idempotent and fast.
set -euo pipefail
if ! dpkg-query -W -f='${Status}' neovim 2>/dev/null | grep -q "ok installed"; then
  echo "install.sh: apt-get install neovim" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends neovim >/dev/null
fi
command -v nvim
