#!/usr/bin/env bash
# Headless Chromium for test/browser/*.test.ts, which drive it with playwright-core (that package
# downloads no browser). Debian's package is used, so the browser comes from the distribution's
# signed archive and gets its security updates. Does nothing when /usr/bin/chromium exists.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# No recommends: the browser alone (its fontconfig dependency already brings a font).
apt_install chromium
/usr/bin/chromium --version
