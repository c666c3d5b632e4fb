/**
 * Incremental runs with --state: a log grows, is renamed, truncated in place (copytruncate),
 * compressed; across all runs every line is counted exactly once, as in one run over the
 * concatenation. Killed runs (SIGKILL at random points) never lose or double-count a line.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Report, Totals } from '../../src/aggregate/model.js';
import { BIN, PINNED_EPOCH, ROOT, runCli } from '../helpers.js';
import { scratchDir } from '../scratch.js';

/** Real lines: the FgForrest sample, 20,000 of them, in order. */
const LINES = gunzipSync(readFileSync(`${ROOT}fixtures/sample/mail.log.2.gz`))
  .toString('utf8')
  .split('\n')
  .slice(0, 20_000)
  .map((l) => `${l}\n`);

function chunk(from: number, to: number): string {
  return LINES.slice(from, to).join('');
}

type LineTotals = Pick<Totals, 'received' | 'delivered' | 'deferrals' | 'bounced' | 'expired' | 'rejected'>;
const KEYS = ['received', 'delivered', 'deferrals', 'bounced', 'expired', 'rejected'] as const;

function lineTotals(report: Report): LineTotals & { lines: number } {
  const t = report.totals;
  return {
    received: t.received,
    delivered: t.delivered,
    deferrals: t.deferrals,
    bounced: t.bounced,
    expired: t.expired,
    rejected: t.rejected,
    lines: report.diagnostics.linesRead,
  };
}

function add(a: LineTotals & { lines: number }, b: LineTotals & { lines: number }) {
  const out = { ...a };
  for (const k of [...KEYS, 'lines'] as const) out[k] += b[k];
  return out;
}

async function run(dir: string, args: string[] = []): Promise<Report> {
  const r = await runCli(['--format', 'json', '--state', join(dir, 'state.json'), ...args, join(dir, 'mail.log*')]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('--state follows rotation', () => {
  it('grow, rename-and-create, late writes to the old file, compression, copytruncate: each line once', async () => {
    const dir = scratchDir('mailtriage-state-');
    const log = join(dir, 'mail.log');
    let sum = { received: 0, delivered: 0, deferrals: 0, bounced: 0, expired: 0, rejected: 0, lines: 0 };
    writeFileSync(log, chunk(0, 3000));
    sum = add(sum, lineTotals(await run(dir)));
    appendFileSync(log, chunk(3000, 5000));
    sum = add(sum, lineTotals(await run(dir)));
    // Nothing new: nothing counted.
    expect(lineTotals(await run(dir)).lines).toBe(0);
    // logrotate rename-and-create; the daemon writes a little more to the old file.
    renameSync(log, `${log}.1`);
    writeFileSync(log, chunk(6000, 8000));
    appendFileSync(`${log}.1`, chunk(5000, 6000));
    sum = add(sum, lineTotals(await run(dir)));
    // The rotated file is compressed (delaycompress).
    writeFileSync(`${log}.1.gz`, gzipSync(readFileSync(`${log}.1`)));
    unlinkSync(`${log}.1`);
    appendFileSync(log, chunk(8000, 10000));
    sum = add(sum, lineTotals(await run(dir)));
    // copytruncate: copy to .1, truncate in place, go on writing.
    renameSync(`${log}.1.gz`, `${log}.2.gz`);
    appendFileSync(log, chunk(10000, 11000));
    copyFileSync(log, `${log}.1`);
    truncateSync(log, 0);
    appendFileSync(log, chunk(11000, 14000));
    sum = add(sum, lineTotals(await run(dir)));
    // A partial last line (still being written) waits for its newline.
    const partial = LINES[14000] ?? '';
    appendFileSync(log, partial.slice(0, 20));
    sum = add(sum, lineTotals(await run(dir)));
    appendFileSync(log, partial.slice(20) + chunk(14001, 15000));
    sum = add(sum, lineTotals(await run(dir)));

    const whole = join(dir, 'whole.log');
    writeFileSync(whole, chunk(0, 15000));
    const once = await runCli(['--format', 'json', whole]);
    const expected = lineTotals(JSON.parse(once.stdout) as Report);
    expect(expected.lines).toBe(15000);
    expect(sum).toEqual(expected);
  });

  it('refuses a second run on the same state while the first holds the lock', async () => {
    const dir = scratchDir('mailtriage-lock-');
    writeFileSync(join(dir, 'mail.log'), chunk(0, 100));
    writeFileSync(join(dir, 'state.json.lock'), `${process.pid}\n`);
    const r = await runCli(['--state', join(dir, 'state.json'), join(dir, 'mail.log')]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('in use by another mailtriage run');
    // A lock left by a dead process is taken over.
    writeFileSync(join(dir, 'state.json.lock'), '999999\n');
    const again = await runCli(['--state', join(dir, 'state.json'), join(dir, 'mail.log')]);
    expect(again.code).toBe(0);
    expect(existsSync(join(dir, 'state.json.lock'))).toBe(false);
  });
});

describe('--state survives SIGKILL', () => {
  it('killed at random points in 24 runs, then finished: every line reported exactly once', async () => {
    const dir = scratchDir('mailtriage-kill-');
    const log = join(dir, 'mail.log');
    writeFileSync(log, '');
    let written = 0;
    const outputs: string[] = [];
    // Deterministic "random" delays, so a failure can be replayed.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const runOnce = (index: number, killAfterMs: number | null) =>
      new Promise<void>((resolve) => {
        const out = join(dir, `out-${index}.json`);
        outputs.push(out);
        const child = spawn(
          process.execPath,
          [BIN, '--format', 'json', '--state', join(dir, 'state.json'), '--output', out, log],
          {
            env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: String(PINNED_EPOCH) },
            stdio: 'ignore',
          },
        );
        const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        child.on('close', () => {
          if (timer !== null) clearTimeout(timer);
          resolve();
        });
      });
    // Kill points spread over twice the length of a whole run on this machine, so that about half
    // the runs die before they publish, however fast or loaded the machine is.
    const more = () => {
      const n = 500 + Math.floor(next() * 500);
      appendFileSync(log, chunk(written, written + n));
      written += n;
    };
    more();
    const started = performance.now();
    await runOnce(0, null);
    const span = 2 * (performance.now() - started);
    for (let i = 1; i < 24; i++) {
      more();
      await runOnce(i, Math.floor(next() * span));
    }
    await runOnce(24, null);
    let reported = 0;
    let published = 0;
    for (const out of outputs) {
      if (!existsSync(out)) continue;
      published++;
      reported += (JSON.parse(readFileSync(out, 'utf8')) as Report).diagnostics.linesRead;
    }
    // The kills must really land on both sides of the publication, or this proves nothing.
    expect(published).toBeGreaterThan(2);
    expect(published).toBeLessThan(outputs.length);
    expect(written).toBeGreaterThan(12_000);
    expect(reported).toBe(written);
  });
});

describe('history and trends', () => {
  it('a two-day fixture: the second day shows a trend section with new problems marked', async () => {
    const dir = scratchDir('mailtriage-trend-');
    const history = join(dir, 'history.sqlite');
    const day = (since: string, until: string) =>
      runCli(['--history', history, '--tz', 'UTC', '--since', since, '--until', until, 'fixtures/sample/']);
    const first = await day('2013-06-10', '2013-06-11');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Trends against 0 earlier runs');
    const second = await day('2013-06-11', '2013-06-12');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Trends against 1 earlier run');
    expect(second.stdout).toMatch(/domain h0f3er3d1h\.u3h +2 +0 +0 +NEW/);
    const json = await runCli([
      '--format',
      'json',
      '--history',
      history,
      '--tz',
      'UTC',
      '--since',
      '2013-06-11',
      '--until',
      '2013-06-12',
      'fixtures/sample/',
    ]);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.trends?.runs).toBe(2);
    expect(report.diagnostics.linesOutsideWindow).toBeGreaterThan(50_000);
  });
});

describe('time windows', () => {
  it('--since/--until keep only lines in the window, and count the rest', async () => {
    const all = JSON.parse((await runCli(['--format', 'json', 'fixtures/sample/'])).stdout) as Report;
    const a = JSON.parse(
      (await runCli(['--format', 'json', '--tz', 'UTC', '--until', '2013-06-10T12:00', 'fixtures/sample/'])).stdout,
    ) as Report;
    const b = JSON.parse(
      (await runCli(['--format', 'json', '--tz', 'UTC', '--since', '2013-06-10T12:00', 'fixtures/sample/'])).stdout,
    ) as Report;
    expect(a.totals.delivered + b.totals.delivered).toBe(all.totals.delivered);
    expect(a.totals.deferrals + b.totals.deferrals).toBe(all.totals.deferrals);
    expect(a.period.to ?? '').toMatch(/^2013-06-10T(0\d|1[01]):/);
    expect(b.period.from ?? '').toMatch(/^2013-06-10T1[2-9]:/);
  });

  it('rejects a window that is not one', async () => {
    const r = await runCli(['--since', 'soon', 'fixtures/sample/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since');
  });

  it('infers the year of year-less lines from the file time, across New Year and for old archives', async () => {
    const dir = scratchDir('mailtriage-year-');
    const path = join(dir, 'mail.log');
    writeFileSync(
      path,
      'Dec 31 23:59:58 mx postfix/qmgr[1]: ABCDEF1234: removed\nJan  1 00:00:02 mx postfix/qmgr[1]: ABCDEF1235: removed\n',
    );
    const { utimesSync } = await import('node:fs');
    utimesSync(path, new Date('2021-01-02T00:00:00Z'), new Date('2021-01-02T00:00:00Z'));
    const r = JSON.parse((await runCli(['--format', 'json', path])).stdout) as Report;
    expect(r.period).toEqual({ from: '2020-12-31T23:59:58.000Z', to: '2021-01-01T00:00:02.000Z' });
  });
});
