#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 for the web, the newest that runs
# on Node 20) and Debian's Chromium (with a Japanese font), without any download but the npm registry
# and Debian's packages. Idempotent: an existing install is reused.
# Usage: scripts/e2e/setup-code-server.sh [DIR]   (default /tmp/mlint-e2e)
set -euo pipefail
DIR="${1:-${MLINT_E2E_DIR:-/tmp/mlint-e2e}}"
CS="$DIR/code-server"
mkdir -p "$DIR"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v nvim >/dev/null || need_apt+=(neovim)
# A Japanese font, so that Chromium draws Japanese bills and messages (and their screenshots) as text, not boxes.
[ -n "$(fc-list :lang=ja 2>/dev/null)" ] || need_apt+=(fonts-ipafont-gothic)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f "$CS/.ready" ]; then
  echo "== code-server already installed in $CS"
  exit 0
fi

echo "== code-server 4.100.3 into $CS"
rm -rf "$CS" && mkdir -p "$CS"
( cd "$DIR" && npm pack code-server@4.100.3 --silent >/dev/null && tar -xzf code-server-4.100.3.tgz -C "$CS" --strip-components=1 && rm -f code-server-4.100.3.tgz )
( cd "$CS" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null && npm rebuild argon2 --loglevel=error >/dev/null )
( cd "$CS/lib/vscode" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null \
  && (npm rebuild @vscode/spdlog @parcel/watcher kerberos native-watchdog --loglevel=error >/dev/null || true) \
  && mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg \
  && ln -sfn node_modules node_modules.asar )
( cd "$CS/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null )
touch "$CS/.ready"
echo "== code-server ready"
