#!/usr/bin/env bash
# The tools mailtriage's totals are checked against: pflogsumm (Debian package) and eximstats
# (from Debian's exim4-base, unpacked with dpkg -x so no MTA is installed or started).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
. .ci/lib.sh
if ! command -v pflogsumm >/dev/null; then
  apt_install pflogsumm
fi
if [[ ! -f .peers/exim4/usr/sbin/eximstats ]]; then
  mkdir -p .peers
  (cd .peers && apt-get download exim4-base >/dev/null 2>&1 && dpkg -x exim4-base_*.deb exim4 && rm -f exim4-base_*.deb)
fi
echo "pflogsumm: $(command -v pflogsumm); eximstats: .peers/exim4/usr/sbin/eximstats"
