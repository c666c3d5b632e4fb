/**
 * Failing machines: the built CLI against unreadable, vanishing, shrinking and corrupt inputs, a
 * full disk, a closed pipe and signals. Each fault must give one clear `mailtriage: ...` line on
 * stderr (no stack trace), a defined exit code, and every other input still counted. The table
 * of what users see is docs/robustness.md.
 */

import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { BIN, FIXTURES, PINNED_EPOCH, ROOT } from '../helpers.js';
import { scratchDir } from '../scratch.js';
import { countLines } from './mutate.js';
import {
  errorLines,
  fullDevice,
  isRoot,
  NOBODY,
  type Run,
  runCliRaw,
  startCli,
  waitUntilReading,
} from './processes.js';

/** A small real log every fault test reads next to the faulty input: it must still be counted. */
const SMALL = join(FIXTURES, 'corpus/kumina__postfix_exporter/postfix_exporter_test-lines.log');
const SMALL_LINES = 51;
const JSON_ARGS = ['--format', 'json', '--year', '2013'];

/** The real FgForrest log, 14 MB and 95,365 lines decompressed. */
let sample: Buffer;
let sampleLines: number;

beforeAll(() => {
  sample = gunzipSync(readFileSync(join(FIXTURES, 'sample/mail.log.2.gz')));
  sampleLines = countLines(sample);
});

/** A temporary directory (tens of MB), removed at the end of this file. */
function tempDir(): string {
  return scratchDir('mailtriage-faults-');
}

function reportOf(run: Run): Report {
  return JSON.parse(run.stdout.toString('utf8')) as Report;
}

/** Exactly one stderr line, naming the culprit, in the program's voice, without a stack trace. */
function expectOneMessage(run: Run, pattern: RegExp): void {
  expect(run.timedOut, 'the CLI did not exit by itself within 30 s').toBe(false);
  const lines = errorLines(run);
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^mailtriage: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |node:internal|Error: /);
}

describe('inputs that fail', () => {
  it('an unreadable file (EACCES): one line, exit 1, the other input counted', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const locked = join(dir, 'mail.log');
    writeFileSync(locked, sample.subarray(0, 10_000));
    chmodSync(locked, 0o000);
    // Root reads through mode 000 (CAP_DAC_OVERRIDE); run the CLI as nobody then, as a real
    // unprivileged operator would be.
    const run = await runCliRaw([...JSON_ARGS, locked, SMALL], isRoot ? { user: NOBODY } : {});
    expect(run.code).toBe(1);
    expectOneMessage(run, new RegExp(`^mailtriage: ${locked}: permission denied$`));
    const report = reportOf(run);
    expect(report.diagnostics.linesRead).toBe(SMALL_LINES);
    expect(report.inputs.find((i) => i.name === locked)?.error).toMatch(/permission denied/);
  });

  it('a file in an unreadable directory: one line, exit 1, the other input counted', async () => {
    const dir = tempDir();
    const inner = join(dir, 'private');
    chmodSync(dir, 0o755);
    mkdirSync(inner, { mode: 0o700 });
    writeFileSync(join(inner, 'mail.log'), sample.subarray(0, 10_000));
    if (!isRoot) chmodSync(inner, 0o000);
    const run = await runCliRaw([...JSON_ARGS, join(inner, 'mail.log'), SMALL], isRoot ? { user: NOBODY } : {});
    if (!isRoot) chmodSync(inner, 0o700);
    expect(run.code).toBe(1);
    expectOneMessage(run, /private\/mail\.log: permission denied$/);
    expect(reportOf(run).diagnostics.linesRead).toBe(SMALL_LINES);
  });

  /**
   * With two threads, large plain inputs are cut into byte ranges (--jobs, src/cli/parallel.ts);
   * both paths must hold, whatever the default on this machine. (A gzip file is never cut: one
   * thread reads it whole through openInput, the same code as --jobs 1.)
   */
  const MODES = [
    ['--jobs 2', ['--jobs', '2']],
    ['--jobs 1', ['--jobs', '1']],
  ] as const;

  it.each(MODES)(
    'files deleted while the run reads (%s): the open one is read to its end, the unopened one is reported',
    async (_mode, jobs) => {
      const dir = tempDir();
      const first = join(dir, 'mail.log.1');
      const second = join(dir, 'mail.log');
      writeFileSync(first, Buffer.concat([sample, sample]));
      writeFileSync(second, sample);
      const { child, done } = startCli([...JSON_ARGS, ...jobs, first, second, SMALL]);
      // With two threads the first file is cut in two ranges: both must be open before it goes.
      // (The main thread opens its range at once; the worker's opens once its thread is up.)
      const ranges = jobs[1] === '2' ? 2 : 1;
      expect(await waitUntilReading(child.pid ?? 0, first, 4 << 20, ranges)).toBe(true);
      child.kill('SIGSTOP');
      unlinkSync(first);
      unlinkSync(second);
      child.kill('SIGCONT');
      const run = await done;
      // POSIX keeps an unlinked file readable through an open descriptor: nothing is lost.
      expect(run.code).toBe(1);
      expectOneMessage(run, new RegExp(`^mailtriage: ${second}: no such file or directory$`));
      const report = reportOf(run);
      expect(report.inputs.map((i) => i.lines)).toEqual([2 * sampleLines, 0, SMALL_LINES]);
      expect(report.diagnostics.linesRead).toBe(2 * sampleLines + SMALL_LINES);
    },
  );

  it.each(MODES)(
    'a file truncated while it is read (%s): one line naming it, exit 1, the lines before the cut counted',
    async (mode, jobs) => {
      const dir = tempDir();
      const big = join(dir, 'mail.log');
      const cut = 2_000_000;
      writeFileSync(big, Buffer.concat([sample, sample]));
      const { child, done } = startCli([...JSON_ARGS, ...jobs, big, SMALL]);
      expect(await waitUntilReading(child.pid ?? 0, big, 4 << 20)).toBe(true);
      child.kill('SIGSTOP');
      truncateSync(big, cut);
      child.kill('SIGCONT');
      const run = await done;
      expect(run.code).toBe(1);
      expectOneMessage(run, new RegExp(`^mailtriage: ${big}: file shrank while being read .*\\(after \\d+ lines\\)$`));
      const report = reportOf(run);
      const read = report.inputs[0]?.lines ?? 0;
      expect(errorLines(run)[0]).toContain(`(after ${read} lines)`);
      // One reader holds the 4 MiB it read before the cut and counts them all. Two threads share
      // those 4 MiB between their ranges in an order the scheduler picks, and lines after the
      // failing point of the first range are not counted; what is certain is the first range
      // reading on to the new end of the file. Never the whole file.
      const floor = mode === '--jobs 1' ? sample.subarray(0, 4 << 20) : sample.subarray(0, cut);
      expect(read).toBeGreaterThanOrEqual(countLines(floor) - 1);
      expect(read).toBeLessThan(2 * sampleLines);
      expect(report.inputs[1]?.lines).toBe(SMALL_LINES);
      expect(report.diagnostics.linesRead).toBe(read + SMALL_LINES);
    },
  );

  /** What zlib can decode of `gz` before it fails, in 1 KiB output steps. */
  function decodable(gz: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      const gunzip = createGunzip({ chunkSize: 1024 });
      const out: Buffer[] = [];
      gunzip.on('data', (b: Buffer) => out.push(b));
      gunzip.on('error', () => resolve(Buffer.concat(out)));
      gunzip.on('end', () => resolve(Buffer.concat(out)));
      gunzip.end(gz);
    });
  }

  it('a truncated gzip: one line naming it, exit 1, every line before the cut counted', async () => {
    const dir = tempDir();
    const gz = gzipSync(sample);
    const cut = join(dir, 'mail.log.2.gz');
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const run = await runCliRaw([...JSON_ARGS, cut, SMALL]);
    expect(run.code).toBe(1);
    expectOneMessage(run, new RegExp(`^mailtriage: ${cut}: corrupt or truncated gzip data \\(after \\d+ lines\\)$`));
    const report = reportOf(run);
    const expected = countLines(await decodable(gz.subarray(0, Math.floor(gz.length * 0.6))));
    expect(report.inputs[0]?.lines).toBe(expected);
    expect(expected).toBeGreaterThan(50_000);
    expect(report.inputs[1]?.lines).toBe(SMALL_LINES);
  });

  it('a corrupt gzip: one line naming it, exit 1, the lines before the damage counted', async () => {
    const dir = tempDir();
    const gz = gzipSync(sample);
    const damaged = Buffer.from(gz);
    const at = Math.floor(gz.length / 2);
    damaged.fill(0xff, at, at + 16);
    const path = join(dir, 'mail.log.3.gz');
    writeFileSync(path, damaged);
    const run = await runCliRaw([...JSON_ARGS, path, SMALL]);
    expect(run.code).toBe(1);
    expectOneMessage(run, new RegExp(`^mailtriage: ${path}: corrupt or truncated gzip data \\(after \\d+ lines\\)$`));
    const report = reportOf(run);
    const before = await decodable(damaged);
    // zlib reports the error for the whole output block it was filling (256 KiB, GUNZIP_CHUNK in
    // src/sources/open.ts), so up to that much decoded text just before the damage is not seen.
    const atLeast = countLines(before.subarray(0, Math.max(0, before.length - (256 << 10))));
    expect(report.inputs[0]?.lines).toBeGreaterThanOrEqual(atLeast);
    expect(report.inputs[0]?.lines).toBeLessThanOrEqual(countLines(before));
    expect(atLeast).toBeGreaterThan(30_000);
    expect(report.inputs[1]?.lines).toBe(SMALL_LINES);
  });

  it('a gzip with a broken header: one line, exit 1, the other input counted', async () => {
    const dir = tempDir();
    const gz = gzipSync(sample.subarray(0, 100_000));
    gz[3] = 0xff; // reserved FLG bits (RFC 1952 §2.3.1) must be zero
    const path = join(dir, 'bad-header.log.gz');
    writeFileSync(path, gz);
    const run = await runCliRaw([...JSON_ARGS, path, SMALL]);
    expect(run.code).toBe(1);
    expectOneMessage(run, /bad-header\.log\.gz: corrupt or truncated gzip data/);
    expect(reportOf(run).diagnostics.linesRead).toBe(SMALL_LINES);
  });
});

describe('outputs that fail', () => {
  it('--output on a full disk: exit 4, one line, the device untouched, no temporary file', async () => {
    const dir = tempDir();
    const full = fullDevice(dir);
    const before = readdirSync(dir);
    const run = await runCliRaw(['--year', '2013', '--output', full, SMALL]);
    expect(statSync(full).isCharacterDevice(), `${full} was replaced by a regular file`).toBe(true);
    expect(readdirSync(dir)).toEqual(before);
    expect(run.code).toBe(4);
    expectOneMessage(run, new RegExp(`^mailtriage: cannot write ${full}: no space left on device$`));
  });

  it('stdout on a full disk: exit 4, one line, no stack trace', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const run = await runCliRaw(['--year', '2013', SMALL], { stdoutFd: fd });
      expect(run.code).toBe(4);
      expectOneMessage(run, /^mailtriage: cannot write stdout: no space left on device$/);
    } finally {
      closeSync(fd);
    }
  });

  /** bash: run the arguments into `head`, then print the first command's exit status. */
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, not a template
  const PIPE_INTO_HEAD = 'set -o pipefail; "$@" | head -c 100 >/dev/null; echo "status=${PIPESTATUS[0]}"';

  /** `mailtriage ... | head -c 100`, with the CLI's exit status and stderr. */
  function intoHead(args: string[]): Promise<{ status: number; stderr: string }> {
    return new Promise((resolve, reject) => {
      const shell = spawn('bash', ['-c', PIPE_INTO_HEAD, 'mailtriage', process.execPath, BIN, ...args], {
        cwd: ROOT,
        env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: String(PINNED_EPOCH) },
      });
      let out = '';
      let err = '';
      shell.stdout.on('data', (b: Buffer) => {
        out += b.toString();
      });
      shell.stderr.on('data', (b: Buffer) => {
        err += b.toString();
      });
      shell.on('error', reject);
      shell.on('close', () => resolve({ status: Number(/status=(\d+)/.exec(out)?.[1] ?? -1), stderr: err }));
    });
  }

  it('a closed pipe (| head): exit 0, nothing on stderr, for reports larger than the pipe buffer', async () => {
    for (const format of ['html', 'json']) {
      const result = await intoHead(['--format', format, '--year', '2013', join(FIXTURES, 'sample/')]);
      expect(result.stderr, format).toBe('');
      expect(result.status, format).toBe(0);
    }
  });
});

describe('signals', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} mid-run: exit ${code}, one line, no report and no temporary file`, async () => {
      const dir = tempDir();
      const output = join(dir, 'report.html');
      const { child, done } = startCli(['--format', 'html', '--year', '2013', '--output', output, '-'], {
        stdin: 'keep-open',
      });
      // 1 MiB through a 64 KiB pipe: when the write is flushed, the CLI is reading stdin, so
      // main() has installed its handlers; it now waits for more input.
      await new Promise<void>((resolve) => child.stdin?.write(sample.subarray(0, 1 << 20), () => resolve()));
      child.kill(signal);
      const run = await done;
      expect(run.signal, 'killed by the signal instead of handling it').toBeNull();
      expect(run.code).toBe(code);
      expectOneMessage(run, new RegExp(`^mailtriage: interrupted by ${signal}`));
      expect(existsSync(output)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    });
  }
});
