#!/usr/bin/env bash
# A local ClickHouse for test/clickhouse/*.test.ts: Debian's clickhouse-server package (18.16 on
# bookworm), started without systemd as a background process with its data in a temporary
# directory, listening on 127.0.0.1:8123 only. Does nothing when the server already answers.
set -euo pipefail

PING=http://127.0.0.1:8123/ping
DIR="${MAILTRIAGE_CLICKHOUSE_DIR:-${TMPDIR:-/tmp}/mailtriage-clickhouse}"

if curl -fsS --max-time 2 "$PING" >/dev/null 2>&1; then
  exit 0
fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup-clickhouse: clickhouse-server is missing and this user cannot install packages" >&2
    return 1
  fi
}

if [ ! -x /usr/sbin/clickhouse-server ]; then
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  # The package's post-install tries to start the service; without systemd that is refused, harmlessly.
  as_root apt-get install -y -qq --no-install-recommends clickhouse-server >/dev/null
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
  if curl -fsS --max-time 2 "$PING" >/dev/null 2>&1; then
    echo "clickhouse-server $(curl -fsS 'http://127.0.0.1:8123/?query=SELECT%20version()') on 127.0.0.1:8123 (data in $DIR)"
    exit 0
  fi
  sleep 1
done
echo "setup-clickhouse: the server did not answer on $PING within 60 s; see $DIR/server.err.log" >&2
tail -n 20 "$DIR/server.err.log" >&2 || true
exit 1
