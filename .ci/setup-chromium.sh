#!/usr/bin/env bash
# Headless Chromium for test/browser/*.test.ts, which drive it with playwright-core (that package
# downloads no browser). Debian's package is used, so the browser comes from the distribution's
# signed archive and gets its security updates. Does nothing when /usr/bin/chromium exists.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup-chromium: /usr/bin/chromium is missing and this user cannot install packages" >&2
    return 1
  fi
}

export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
# No recommends: the browser alone (its fontconfig dependency already brings a font).
as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
