/**
 * `clickhouse://[user:password@]HOST:PORT/DB` → where and how to talk to ClickHouse over HTTP.
 * User and password may also come from MAILTRIAGE_CLICKHOUSE_USER and _PASSWORD (so they stay out
 * of `ps` and shell history); the URL wins when it has them. Pure: the environment is passed in.
 */

export interface ClickHouseTarget {
  /** `http://HOST:PORT` */
  origin: string;
  database: string;
  user: string;
  password: string;
  /** For messages: the URL without the password. */
  display: string;
}

export type TargetResult = { ok: true; value: ClickHouseTarget } | { ok: false; message: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseClickHouseUrl(text: string, env: Readonly<Record<string, string | undefined>>): TargetResult {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `not a URL: ${text} (expected clickhouse://[user:password@]HOST:PORT/DB)` };
  }
  if (url.protocol !== 'clickhouse:') {
    return { ok: false, message: `${url.protocol}// is not supported; write clickhouse://HOST:PORT/DB` };
  }
  if (url.hostname === '') return { ok: false, message: `no host in ${text}` };
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'mailtriage';
  if (!NAME.test(database)) {
    return {
      ok: false,
      message: `database name '${database}' must be letters, digits and _ (not starting with a digit)`,
    };
  }
  const port = url.port === '' ? '8123' : url.port;
  const user =
    url.username !== '' ? decodeURIComponent(url.username) : (env['MAILTRIAGE_CLICKHOUSE_USER'] ?? 'default');
  const password =
    url.password !== '' ? decodeURIComponent(url.password) : (env['MAILTRIAGE_CLICKHOUSE_PASSWORD'] ?? '');
  const origin = `http://${url.hostname}:${port}`;
  return {
    ok: true,
    value: { origin, database, user, password, display: `clickhouse://${url.hostname}:${port}/${database}` },
  };
}
