#!/usr/bin/env bash
# The R-script export is tested by running the scripts in R (tests/unit/export/r-script.test.ts,
# which fails without it). Installs Debian's R and its survival package when they are missing and
# possible, as scripts/ensure-chromium.sh does for the browser.
set -euo pipefail
if Rscript -e 'library(survival)' >/dev/null 2>&1; then exit 0; fi
echo "R with the survival package not found; installing r-base-core r-cran-survival…" >&2
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Please install R and survival (Debian: apt-get install -y r-base-core r-cran-survival)." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends r-base-core r-cran-survival >/dev/null
