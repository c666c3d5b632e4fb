/**
 * Shared test helpers: run the real pipeline on fixtures, spawn the built CLI.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Accumulator } from '../src/aggregate/accumulator.js';
import { buildReport } from '../src/aggregate/build.js';
import type { Report } from '../src/aggregate/model.js';
import { type AnalyzeOptions, analyze, analyzeOpened } from '../src/cli/analyze.js';
import { DEFAULT_POSTFIX_NAME } from '../src/parse/line.js';
import { ZoneClock } from '../src/parse/time.js';
import { resolveOperands } from '../src/sources/operands.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = `${ROOT}fixtures/`;
export const BIN = `${ROOT}bin/mailtriage.js`;
/** Reports in tests are stamped with this instant (2024-06-01T00:00:00Z). */
export const PINNED_EPOCH = 1717200000;

export function options(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    clock: new ZoneClock('UTC'),
    nowMs: PINNED_EPOCH * 1000,
    year: 2024,
    postfixName: DEFAULT_POSTFIX_NAME,
    ...overrides,
  };
}

export function report(accumulator: Accumulator, inputs: Report['inputs'] = []): Report {
  return buildReport(accumulator.state, {
    generatedAt: PINNED_EPOCH * 1000,
    version: 'test',
    inputs,
    top: 10,
    lang: 'en',
  });
}

/** The report for operands (files, directories, globs), as the CLI would build it. */
export async function reportFor(operands: string[], overrides: Partial<AnalyzeOptions> = {}): Promise<Report> {
  const { inputs } = await resolveOperands(operands);
  const result = await analyze(inputs, options(overrides));
  return report(result.accumulator, result.inputs);
}

/** The report for one stream, named `name`. */
export async function reportForStream(
  name: string,
  stream: Readable,
  overrides: Partial<AnalyzeOptions> = {},
): Promise<Report> {
  const accumulator = new Accumulator();
  const { summary } = await analyzeOpened(
    { name, mtimeMs: null, size: null, compression: null, stream, rawBytes: () => 0 },
    accumulator,
    options(overrides),
  );
  accumulator.finish();
  return report(accumulator, [summary]);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn the built bin with TZ=UTC and a pinned report time. */
export function runCli(
  args: string[],
  opts: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: String(PINNED_EPOCH), NO_COLOR: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => undefined);
    if (opts.stdin !== undefined) child.stdin.end(opts.stdin);
    else child.stdin.end();
  });
}
