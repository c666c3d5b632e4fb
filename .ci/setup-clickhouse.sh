#!/usr/bin/env bash
# A local ClickHouse for test/clickhouse/*.test.ts: Debian's clickhouse-server package (18.16 on
# bookworm), started without systemd as a background process with its data in a temporary
# directory, listening on 127.0.0.1:8123 only. Does nothing when the server already answers.
set -euo pipefail

PING=http://127.0.0.1:8123/ping
DIR="${MAILTRIAGE_CLICKHOUSE_DIR:-${TMPDIR:-/tmp}/mailtriage-clickhouse}"

# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

if http_get "$PING" >/dev/null; then
  exit 0
fi

if [ ! -x /usr/sbin/clickhouse-server ]; then
  # The package's post-install tries to start the service; without systemd that is refused, harmlessly.
  apt_install clickhouse-server
fi

mkdir -p "$DIR/data/tmp" "$DIR/data/user_files"
cat >"$DIR/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>$DIR/server.log</log>
        <errorlog>$DIR/server.err.log</errorlog>
        <size>10M</size>
        <count>2</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>8123</http_port>
    <tcp_port>9000</tcp_port>
    <path>$DIR/data/</path>
    <tmp_path>$DIR/data/tmp/</tmp_path>
    <user_files_path>$DIR/data/user_files/</user_files_path>
    <users_config>/etc/clickhouse-server/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mark_cache_size>268435456</mark_cache_size>
</yandex>
XML

# setsid: the server must outlive this script and the CI step that ran it.
setsid /usr/sbin/clickhouse-server --config-file="$DIR/config.xml" >"$DIR/stdout.log" 2>&1 </dev/null &

for _ in $(seq 1 60); do
  if http_get "$PING" >/dev/null; then
    echo "clickhouse-server $(http_get 'http://127.0.0.1:8123/?query=SELECT%20version()') on 127.0.0.1:8123 (data in $DIR)"
    exit 0
  fi
  sleep 1
done
echo "setup-clickhouse: the server did not answer on $PING within 60 s; see $DIR/server.err.log" >&2
tail -n 20 "$DIR/server.err.log" >&2 || true
exit 1
