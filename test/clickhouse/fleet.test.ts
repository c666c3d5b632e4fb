/**
 * The fleet path against a real ClickHouse (Debian's clickhouse-server, started by
 * .ci/setup-clickhouse.sh on 127.0.0.1:8123): logs of two hosts shipped, then the fleet report's
 * totals are the sum of the two local reports; shipping the same lines again changes nothing; a
 * shipment killed midway (SIGKILL) and run again leaves exact totals.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExim, generatePostfix } from '../../bench/generate.js';
import type { Report } from '../../src/aggregate/model.js';
import { BIN, PINNED_EPOCH, ROOT, runCli } from '../helpers.js';
import { scratchDir } from '../scratch.js';

const SERVER = 'http://127.0.0.1:8123';
const DATABASE = `mailtriage_test_${process.pid}`;
const URL = `clickhouse://127.0.0.1:8123/${DATABASE}`;

async function sql(query: string): Promise<string> {
  const response = await fetch(`${SERVER}/`, { method: 'POST', body: query });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse: ${text}`);
  return text.trim();
}

async function requireClickHouse(): Promise<void> {
  const ok = await fetch(`${SERVER}/ping`).then(
    (r) => r.ok,
    () => false,
  );
  if (!ok) {
    throw new Error(
      `ClickHouse is not answering on ${SERVER}; the fleet tests need it. Run: bash .ci/setup-clickhouse.sh (installs Debian's clickhouse-server and starts it)`,
    );
  }
}

const count = async (table: string, host: string) =>
  Number(await sql(`SELECT count() FROM ${DATABASE}.${table} FINAL WHERE host = '${host}'`));

async function localReport(path: string): Promise<Report> {
  const result = await runCli(['--year', '2024', '--format', 'json', '-j', '1', path]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

async function fleetReport(...extra: string[]): Promise<Report> {
  const result = await runCli(['report', '--from', URL, '--format', 'json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/**
 * Delay percentiles are the one documented approximation: the fleet counts one delay per
 * delivered recipient (its last delivery), a local run every delivery line (docs/clickhouse.md).
 */
function withoutDelays(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'delay' ? undefined : v)));
}

function ship(path: string, host: string, ...extra: string[]) {
  return runCli(['--year', '2024', '--ship', URL, '--host', host, '--quiet', ...extra, path]);
}

let dir = '';
const logs = { postfix: '', exim: '', big: '' };

beforeAll(async () => {
  await requireClickHouse();
  dir = scratchDir('mailtriage-fleet-');
  const write = (name: string, lines: Iterable<string>) => {
    const path = join(dir, name);
    writeFileSync(path, `${[...lines].join('\n')}\n`);
    return path;
  };
  logs.postfix = write('postfix.log', generatePostfix({ lines: 20_000, seed: 3 }).lines);
  logs.exim = write('exim.log', generateExim({ lines: 20_000, seed: 4 }).lines);
  logs.big = write('big.log', generatePostfix({ lines: 300_000, seed: 5 }).lines);
  await sql(`DROP DATABASE IF EXISTS ${DATABASE}`);
  const init = await runCli(['clickhouse', 'init', URL]);
  expect(init.code, init.stderr).toBe(0);
});

afterAll(async () => {
  if (dir !== '') await sql(`DROP DATABASE IF EXISTS ${DATABASE}`).catch(() => undefined);
});

describe('fleet report from ClickHouse', () => {
  it('has totals equal to the sum of the two hosts’ local reports, and the same sections per host', async () => {
    for (const [path, host] of [
      [logs.postfix, 'mx-a'],
      [logs.exim, 'mx-b'],
    ] as const) {
      const shipped = await ship(path, host);
      expect(shipped.stderr).toBe('');
      expect(shipped.code).toBe(0);
    }
    const [a, b] = [await localReport(logs.postfix), await localReport(logs.exim)];
    const fleet = await fleetReport();
    for (const key of Object.keys(fleet.totals) as (keyof Report['totals'])[]) {
      if (key === 'rejectedPercent') continue;
      expect(fleet.totals[key], key).toBe(a.totals[key] + b.totals[key]);
    }
    expect(fleet.diagnostics.linesRead).toBe(a.diagnostics.linesRead + b.diagnostics.linesRead);
    expect(fleet.hosts?.rows.map((r) => r.host).sort()).toEqual(['mx-a', 'mx-b']);
    const schema = JSON.parse(readFileSync(`${ROOT}docs/report-schema.json`, 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(fleet), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const formats = await Promise.all(
      ['text', 'markdown', 'html'].map((format) => runCli(['report', '--from', URL, '--format', format])),
    );
    for (const rendered of formats) expect(rendered.stdout).toMatch(/Hosts/);
    // One host alone is that host's local report, section by section.
    const onlyA = await fleetReport('--host', 'mx-a');
    for (const section of ['totals', 'problems', 'messages', 'domains', 'relays', 'codes', 'hourly'] as const) {
      expect(withoutDelays(onlyA[section]), section).toEqual(withoutDelays(a[section]));
    }
    const onlyB = await fleetReport('--host', 'mx-b');
    expect(onlyB.exim).toEqual(b.exim);
    expect(onlyB.senders).toEqual(b.senders);
  });

  it('does not change when the same lines are shipped again', async () => {
    const before = { events: await count('events', 'mx-a'), lines: await count('lines', 'mx-a') };
    const totals = (await fleetReport()).totals;
    const again = await ship(logs.postfix, 'mx-a');
    expect(again.code).toBe(0);
    expect({ events: await count('events', 'mx-a'), lines: await count('lines', 'mx-a') }).toEqual(before);
    expect((await fleetReport()).totals).toEqual(totals);
  });

  it('has exact totals after a shipment killed midway is run again', async () => {
    const child = spawn(
      process.execPath,
      [BIN, '--year', '2024', '--ship', URL, '--host', 'mx-c', '--quiet', logs.big],
      {
        cwd: ROOT,
        env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: String(PINNED_EPOCH) },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it once some batches arrived, and before it is done.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await count('events', 'mx-c')) === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = await count('events', 'mx-c');
    expect(partial).toBeGreaterThan(0);

    const rerun = await ship(logs.big, 'mx-c');
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await count('events', 'mx-c')).toBeGreaterThan(partial);
    const local = await localReport(logs.big);
    const fleet = await fleetReport('--host', 'mx-c');
    expect(fleet.totals).toEqual(local.totals);
    expect(withoutDelays(fleet.messages)).toEqual(withoutDelays(local.messages));
    expect(fleet.diagnostics.linesRead).toBe(local.diagnostics.linesRead);
  });

  it('ships only new lines with --state, and leaves the state alone when shipping fails (exit 4)', async () => {
    const state = join(dir, 'state.json');
    const path = join(dir, 'growing.log');
    const lines = [...generatePostfix({ lines: 4_000, seed: 9 }).lines];
    writeFileSync(path, `${lines.slice(0, 2_000).join('\n')}\n`);
    expect((await ship(path, 'mx-d', '--state', state)).code).toBe(0);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const failed = await runCli(
      ['--year', '2024', '--ship', 'clickhouse://127.0.0.1:1/nowhere', '--state', state, '--quiet', path],
      {
        env: { MAILTRIAGE_SHIP_RETRIES: '1' },
      },
    );
    expect(failed.code).toBe(4);
    expect(failed.stderr).toMatch(/shipping to ClickHouse failed: .*ECONNREFUSED/);
    expect((await ship(path, 'mx-d', '--state', state)).code).toBe(0);
    const local = await localReport(path);
    const fleet = await fleetReport('--host', 'mx-d');
    expect(fleet.totals.received).toBe(local.totals.received);
    expect(fleet.totals.delivered).toBe(local.totals.delivered);
    expect(fleet.diagnostics.linesRead).toBe(local.diagnostics.linesRead);
  });
});
