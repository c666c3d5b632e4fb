/**
 * ClickHouse's HTTP interface (port 8123): a statement in the `query` parameter, data in the
 * body. Node's own http client with keep-alive; no driver, since the HTTP protocol is the
 * interface ClickHouse keeps stable from 18.x to today and an insert is one POST.
 *
 * Failures are values. Connection trouble (refused, reset, timed out) and 502/503/504 from a
 * proxy in front are retried with exponential backoff; an error ClickHouse itself reports (bad
 * SQL, unknown table, wrong password) is final at once.
 */
import { Agent, request } from 'node:http';
import { errorCode } from '../errors.js';
import type { ClickHouseTarget } from './url.js';

export type HttpResult = { ok: true; value: string } | { ok: false; message: string };

export interface RetryPolicy {
  /** Waits before each retry, in ms; its length is the number of retries. */
  backoffMs: readonly number[];
  /** A request with no answer for this long counts as a connection error. */
  timeoutMs: number;
}

/** 0.5 s, 1 s, 2 s, 4 s, 8 s, 16 s: about half a minute before giving up. */
export const DEFAULT_RETRY: RetryPolicy = { backoffMs: [500, 1000, 2000, 4000, 8000, 16000], timeoutMs: 120_000 };

const AGENT = new Agent({ keepAlive: true, maxSockets: 4 });

interface Attempt {
  ok: boolean;
  text: string;
  retry: boolean;
}

const RETRY_STATUS = new Set([502, 503, 504]);

function attempt(
  target: ClickHouseTarget,
  params: URLSearchParams,
  body: Buffer | string,
  gzip: boolean,
  timeoutMs: number,
) {
  return new Promise<Attempt>((resolve) => {
    const auth = Buffer.from(`${target.user}:${target.password}`).toString('base64');
    const req = request(`${target.origin}/?${params.toString()}`, {
      method: 'POST',
      agent: AGENT,
      headers: {
        Authorization: `Basic ${auth}`,
        'Content-Type': 'text/plain; charset=utf-8',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      },
      timeout: timeoutMs,
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', (error) => resolve({ ok: false, text: describeNetworkError(error), retry: true }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => resolve({ ok: false, text: describeNetworkError(error), retry: true }));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        if (status === 200) resolve({ ok: true, text, retry: false });
        else resolve({ ok: false, text: `HTTP ${status}: ${firstLine(text)}`, retry: RETRY_STATUS.has(status) });
      });
    });
    req.end(body);
  });
}

function describeNetworkError(error: Error): string {
  const code = errorCode(error);
  return code === '' ? error.message : `${code} (${error.message})`;
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PostOptions {
  /** The statement; for inserts, `INSERT INTO t FORMAT JSONEachRow` with the rows as body. */
  query: string;
  body?: Buffer | string;
  /** The body is gzip-compressed. */
  gzip?: boolean;
  settings?: Record<string, string>;
  retry?: RetryPolicy;
  /** Told about each retry (for a line on stderr). */
  onRetry?: (message: string, waitMs: number) => void;
}

/** Run one statement; retries only what may pass on a second try. */
export async function post(target: ClickHouseTarget, options: PostOptions): Promise<HttpResult> {
  const policy = options.retry ?? DEFAULT_RETRY;
  const params = new URLSearchParams({ database: target.database, ...options.settings });
  let body = options.body ?? '';
  if (options.body === undefined) body = options.query;
  else params.set('query', options.query);
  for (let i = 0; ; i++) {
    const result = await attempt(target, params, body, options.gzip === true, policy.timeoutMs);
    if (result.ok) return { ok: true, value: result.text };
    const wait = policy.backoffMs[i];
    if (!result.retry || wait === undefined) {
      const tries = i + 1;
      const after = result.retry && tries > 1 ? ` (gave up after ${tries} tries)` : '';
      return { ok: false, message: `${target.display}: ${result.text}${after}` };
    }
    options.onRetry?.(result.text, wait);
    await sleep(wait);
  }
}

/** A SELECT's rows, as objects (`FORMAT JSONEachRow`, 64-bit numbers unquoted). */
export async function select<T>(
  target: ClickHouseTarget,
  sql: string,
  retry?: RetryPolicy,
): Promise<{ ok: true; value: T[] } | { ok: false; message: string }> {
  const result = await post(target, {
    query: `${sql}\nFORMAT JSONEachRow`,
    settings: { output_format_json_quote_64bit_integers: '0' },
    ...(retry === undefined ? {} : { retry }),
  });
  if (!result.ok) return result;
  const rows = result.value.split('\n').filter((line) => line !== '');
  return { ok: true, value: rows.map((line) => JSON.parse(line) as T) };
}
