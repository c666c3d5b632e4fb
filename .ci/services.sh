#!/usr/bin/env bash
# What some tests need and a fresh machine lacks (pflogsumm and eximstats, Chromium, a local
# clickhouse-server): each setup script installs or starts its part when missing and does nothing
# when it is there. Run by `npm test`, so the README's test command works on a fresh machine
# (with apt and root; elsewhere the tests that need a missing part say what to run).
# Never fails: a part that cannot be set up is reported, and its tests fail with their reason.
cd "$(dirname "$0")/.."
for setup in .ci/setup-*.sh; do
  [ -e "$setup" ] || continue
  echo "::: $setup" >&2
  bash "$setup" >&2 || echo "::: $setup failed; the tests that need it will say so" >&2
done
exit 0
