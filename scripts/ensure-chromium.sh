#!/usr/bin/env bash
# Browser tests need a Chromium binary; Playwright cannot download its own here.
# Uses $CHROMIUM_PATH or /usr/bin/chromium; installs Debian's chromium when missing and possible.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
echo "Chromium not found at $bin; installing Debian's chromium package…" >&2
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Please install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
