/**
 * Resource bounds, measured on the built CLI reading stdin from a generator process (lines are
 * made on the fly, never held in memory): a flood of unique Postfix queue ids that never
 * complete, and one 2 GiB line. Peak RSS is the child's own VmHWM, read by a probe preloaded
 * with `node --import` when the process exits.
 *
 * MAILTRIAGE_FLOOD_LINES sets the flood (default 150,000 for CI: three times the correlator's cap
 * of MAX_OPEN_MESSAGES = 50,000 open messages, which already proves eviction); the full
 * run is MAILTRIAGE_FLOOD_LINES=5000000. MAILTRIAGE_LONG_LINE_MIB sets the long line (2048).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPEN_MESSAGES } from '../../src/aggregate/correlate.js';
import type { Report } from '../../src/aggregate/model.js';
import { BIN } from '../helpers.js';
import { scratchDir } from '../scratch.js';
import { errorLines, type Run, startCli } from './processes.js';

const FLOOD_LINES = Number(process.env['MAILTRIAGE_FLOOD_LINES'] ?? 150_000);
const LONG_LINE_MIB = Number(process.env['MAILTRIAGE_LONG_LINE_MIB'] ?? 2048);
/** Peak RSS allowed: the 200 MB the report issue sets for a 1M-line run with correlation on. */
const RSS_CAP_MIB = 200;

/** The node flags of bin/mailtriage.js's shebang (its heap ceiling), so the run is the one users get. */
const SHEBANG_FLAGS = (readFileSync(BIN, 'utf8').split('\n')[0] ?? '').split(' ').filter((a) => a.startsWith('--'));

let probe: string;
let dir: string;

beforeAll(() => {
  dir = scratchDir('mailtriage-bounds-');
  probe = join(dir, 'peak-rss.mjs');
  writeFileSync(
    probe,
    `import { readFileSync, writeSync } from 'node:fs';
process.on('exit', () => {
  const kb = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  writeSync(2, '\\nPEAK_RSS_KB=' + kb + '\\n');
});
`,
  );
});

/** A node process writing `script`'s output to its stdout, which becomes the CLI's stdin. */
function generator(script: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, ['-e', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

async function runOnGenerator(gen: ChildProcess, timeoutMs: number): Promise<{ run: Run; peakMiB: number }> {
  const { done } = startCli(['--format', 'json', '--year', '2024', '-'], {
    stdinFrom: gen.stdout ?? undefined,
    nodeArgs: [...SHEBANG_FLAGS, '--import', probe],
    timeoutMs,
  });
  const run = await done;
  const kb = /PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1];
  expect(kb, run.stderr).toBeDefined();
  return { run, peakMiB: Number(kb) / 1024 };
}

/** Unique queue ids (hex of a counter), each received and queued, none ever removed. */
const FLOOD = `
const total = Number(process.argv[1]);
let i = 0;
function more() {
  let ok = true;
  while (ok && i < total) {
    let chunk = '';
    for (let k = 0; k < 2000 && i < total; k++, i++) {
      const qid = i.toString(16).toUpperCase().padStart(11, '0');
      const s = Math.floor(i / 1000);
      const stamp = 'Jun  1 ' + String(Math.floor(s / 3600) % 24).padStart(2, '0') + ':' + String(Math.floor(s / 60) % 60).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
      chunk += stamp + ' mx1 postfix/qmgr[812]: ' + qid + ': from=<sender' + (i % 977) + '@example.com>, size=' + (1000 + (i % 5000)) + ', nrcpt=1 (queue active)\\n';
    }
    ok = process.stdout.write(chunk);
  }
  if (i < total) process.stdout.once('drain', more);
}
more();
`;

/** MiB of 'a' without a newline, then a newline and one ordinary line; one reused buffer. */
const LONG_LINE = `
const mib = Number(process.argv[1]);
const block = Buffer.alloc(1 << 20, 'a');
let n = 0;
function more() {
  while (n < mib) {
    n++;
    if (!process.stdout.write(block)) return process.stdout.once('drain', more);
  }
  process.stdout.write('\\nJun  1 00:00:00 mx1 postfix/qmgr[812]: 4F9D12345: removed\\n');
}
more();
`;

describe('resource bounds', () => {
  it(`${FLOOD_LINES.toLocaleString('en-US')} never-completed queue ids: memory stays under ${RSS_CAP_MIB} MB and evictions are counted`, async () => {
    expect(FLOOD_LINES).toBeGreaterThan(MAX_OPEN_MESSAGES * 2);
    const { run, peakMiB } = await runOnGenerator(generator(FLOOD, String(FLOOD_LINES)), 120_000);
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expect(errorLines(run).filter((l) => !l.startsWith('PEAK_RSS_KB='))).toEqual([]);
    const report = JSON.parse(run.stdout.toString('utf8')) as Report;
    expect(report.diagnostics.linesRead).toBe(FLOOD_LINES);
    expect(report.diagnostics.linesParsed).toBe(FLOOD_LINES);
    expect(report.messages.messages).toBe(FLOOD_LINES);
    // Every message is folded once: evicted over the cap (the oldest, a batch at a time) or at the end.
    expect(report.messages.evictedCap + report.messages.openAtEnd).toBe(FLOOD_LINES);
    expect(report.messages.openAtEnd).toBeLessThanOrEqual(MAX_OPEN_MESSAGES);
    expect(report.messages.openAtEnd).toBeGreaterThan(MAX_OPEN_MESSAGES * 0.95);
    expect(peakMiB).toBeLessThan(RSS_CAP_MIB);
  });

  it(`a ${LONG_LINE_MIB.toLocaleString('en-US')} MiB line: streamed, counted as overlong, memory under ${RSS_CAP_MIB} MB`, async () => {
    const { run, peakMiB } = await runOnGenerator(generator(LONG_LINE, String(LONG_LINE_MIB)), 120_000);
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8')) as Report;
    const d = report.diagnostics;
    expect(d.linesRead).toBe(2);
    expect(d.linesOverlong).toBe(1);
    expect(d.unrecognisedByReason['overlong']).toBe(1);
    expect(d.linesParsed).toBe(1);
    expect(report.inputs[0]?.bytes).toBe(LONG_LINE_MIB * 1024 * 1024 + 59);
    expect(peakMiB).toBeLessThan(RSS_CAP_MIB);
  });
});
