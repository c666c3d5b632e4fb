/**
 * Fuzzing: mutated real log lines and random text through parse → classify → accumulate → build
 * → every renderer, catching every exception. Not part of the tests (it takes a while); run it
 * before a release or after touching src/parse, src/report or the catalog:
 *
 *   npm run fuzz                                  # 1,000,000 lines, seed 42
 *   npm run fuzz -- --lines 5000000 --seed 7      # longer, another sequence
 *
 * Each distinct failure (exception signature: error type + message shape + the top frames; or a
 * broken report invariant; or a line slower than --slow-ms) is written once to
 * fixtures/regressions/<kind>-<hash>.log, reduced to the fewest lines that still fail, and
 * test/hostile/regressions.test.ts replays every file there. Exit status 1 when anything failed.
 *
 * The run is deterministic for a given --seed and --lines (mulberry32; parser options rotate per
 * batch over the time zones, years and Exim log kinds below).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Accumulator } from '../dist/aggregate/accumulator.js';
import { buildReport } from '../dist/aggregate/build.js';
import { classifyEvent } from '../dist/classify/classify.js';
import { DEFAULT_POSTFIX_NAME, type EximLogKind, LineParser } from '../dist/parse/line.js';
import { ZoneClock } from '../dist/parse/time.js';
import { CSV_TABLES, renderCsv } from '../dist/report/csv.js';
import { renderPrometheus } from '../dist/report/prometheus.js';
import { type Format, renderReport } from '../dist/report/render.js';
import { FRAGMENTS, STRUCTURAL } from './fragments.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');

/** C0 controls but tab and line feed, DEL, C1: none may reach the text report (src/report/text.ts safe). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TEXT_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The published report schema: a report that breaks it is a finding like an exception. */
const validateReport = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(join(ROOT, 'docs', 'report-schema.json'), 'utf8')),
);

const FORMATS: Record<Format, true> = { text: true, json: true, markdown: true, html: true, csv: true };
const ZONES = ['UTC', 'Europe/Prague', 'Asia/Kolkata', 'America/St_Johns'] as const;
const YEARS = [null, 2024, 9999] as const;
const EXIM_LOGS: readonly EximLogKind[] = ['main', 'reject', 'panic'];
/** Parser and accumulator state is kept for this many lines, then the report is built and rendered. */
const BATCH = 20_000;
/** Lines of parser context kept for reproducing a failure that depends on earlier lines. */
const CONTEXT = 32;

interface Options {
  lines: number;
  seed: number;
  out: string;
  slowMs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { lines: 1_000_000, seed: 42, out: join(FIXTURES, 'regressions'), slowMs: 250 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${argv[i]} needs a value`);
    if (argv[i] === '--lines') options.lines = Number(value);
    else if (argv[i] === '--seed') options.seed = Number(value);
    else if (argv[i] === '--out') options.out = value;
    else if (argv[i] === '--slow-ms') options.slowMs = Number(value);
    else throw new Error(`unknown option ${argv[i]} (--lines N --seed N --out DIR --slow-ms N)`);
  }
  if (!Number.isInteger(options.lines) || options.lines < 1) throw new Error('--lines must be a positive integer');
  return options;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Real lines of every fixture log (and the hand-written envelope formats), deduplicated. */
function seedLines(): string[] {
  const files = ['corpus', 'constructed', 'sample', 'hostile']
    .flatMap((folder) => walk(join(FIXTURES, folder)))
    .filter((path) => /(\.log|\.gz|mail\.log(\.\d+)?)$/.test(path))
    .sort();
  const lines = new Set<string>();
  for (const file of files) {
    const bytes = readFileSync(file);
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    for (const line of text.split('\n')) if (line !== '') lines.add(line);
  }
  return [...lines];
}

class Mutator {
  constructor(
    private readonly random: () => number,
    private readonly seeds: readonly string[],
  ) {}

  private int(n: number): number {
    return Math.floor(this.random() * n);
  }

  private piece(): string {
    const r = this.random();
    if (r < 0.45) return STRUCTURAL[this.int(STRUCTURAL.length)] ?? '';
    if (r < 0.8) return FRAGMENTS[this.int(FRAGMENTS.length)] ?? '';
    let s = '';
    for (let n = 1 + this.int(4); n > 0; n--) s += String.fromCharCode(this.int(0x10000));
    return s;
  }

  private seed(): string {
    return this.seeds[this.int(this.seeds.length)] ?? '';
  }

  /** A mutated seed line (90 %), or random text or bytes. */
  line(): string {
    const r = this.random();
    if (r < 0.04) {
      const bytes = Buffer.alloc(this.int(300));
      for (let i = 0; i < bytes.length; i++) bytes[i] = this.int(256);
      return bytes.toString('utf8');
    }
    if (r < 0.08) {
      let s = '';
      for (let n = this.int(200); n > 0; n--)
        s += this.random() < 0.5 ? this.piece() : (STRUCTURAL[this.int(STRUCTURAL.length)] ?? '');
      return s;
    }
    let line = this.seed();
    for (let n = 1 + this.int(5); n > 0; n--) line = this.mutate(line);
    return line;
  }

  private mutate(line: string): string {
    const at = this.int(line.length + 1);
    switch (this.int(7)) {
      case 0: {
        const text = this.piece();
        return line.slice(0, at) + text + line.slice(at + text.length);
      }
      case 1:
        return line.slice(0, at) + this.piece() + line.slice(at);
      case 2:
        return line.slice(0, at) + line.slice(at + 1 + this.int(40));
      case 3:
        return line.slice(0, at);
      case 4:
        return line.slice(0, at) + line.slice(at, at + 1 + this.int(12)).repeat(2 + this.int(200)) + line.slice(at);
      case 5: {
        const donor = this.seed();
        return line.slice(0, at) + donor.slice(this.int(donor.length + 1));
      }
      default: {
        // A digit run changed: numbers that overflow, go negative, or leave the calendar.
        const digits = /\d+/g;
        const runs = [...line.matchAll(digits)];
        const run = runs[this.int(runs.length)];
        if (run === undefined) return line;
        const choices = ['0', '99', '60', '1e999', '-1', '9'.repeat(1 + this.int(400)), '00000000000000000000'];
        const replacement = choices[this.int(choices.length)] ?? '0';
        return line.slice(0, run.index) + replacement + line.slice(run.index + run[0].length);
      }
    }
  }
}

interface Setup {
  zone: string;
  year: number | null;
  eximLog: EximLogKind;
}

function newParser(setup: Setup): LineParser {
  return new LineParser({
    clock: new ZoneClock(setup.zone),
    referenceMs: 1_717_200_000_000,
    year: setup.year,
    postfixName: DEFAULT_POSTFIX_NAME,
    eximLog: setup.eximLog,
  });
}

/** Feed one line the way src/cli/analyze.ts does. */
function feed(parser: LineParser, accumulator: Accumulator, line: string, number: number): void {
  const location = { source: 'fuzz', line: number };
  const parsed = parser.parse(line);
  if (parsed.ok === true)
    accumulator.parsed(parsed.envelope, parsed.event, classifyEvent(parsed.event), location, line);
  else if (parsed.ok === 'foreign') accumulator.foreign();
  else accumulator.unrecognised(parsed.reason, line, location, false);
}

/**
 * Build the report of an accumulator and render it every way; check the invariants on the way.
 * `lines` is the number of lines fed, or null when one of them threw (it may be half counted).
 */
function renderAll(accumulator: Accumulator, lines: number | null): void {
  accumulator.finish();
  const report = buildReport(accumulator.state, {
    generatedAt: 1_717_200_000_000,
    version: 'fuzz',
    inputs: [{ name: 'fuzz', lines: lines ?? 0, bytes: 0, compression: null, error: null }],
    top: 10,
    lang: 'en',
  });
  const d = report.diagnostics;
  if (
    (lines !== null && d.linesRead !== lines) ||
    d.linesRead !== d.linesParsed + d.linesForeign + d.linesUnrecognised
  ) {
    throw new Error(`invariant: linesRead ${d.linesRead} of ${lines} fed ≠ parsed + foreign + unrecognised`);
  }
  for (const format of Object.keys(FORMATS) as Format[]) {
    for (const color of [false, true]) {
      const out = renderReport(report, format, { top: 10, detail: true, color, table: null });
      if (format === 'json' && !color && !validateReport(JSON.parse(out))) {
        const e = validateReport.errors?.[0];
        throw new Error(`invariant: report breaks docs/report-schema.json at ${e?.instancePath} (${e?.message})`);
      }
      if (format === 'text' && !color && TEXT_CONTROL.test(out)) {
        throw new Error('invariant: a control character reached the text report');
      }
    }
  }
  for (const table of CSV_TABLES) renderCsv(report, table);
  renderPrometheus(report, { durationSeconds: 1, finishedAt: 1_717_200_000_000 });
}

/** `TypeError: Cannot read properties of undefined (reading 'x')` + top frames, without line numbers' noise. */
function signature(error: unknown, stage: string): string {
  if (!(error instanceof Error)) return `${stage}: thrown ${typeof error}`;
  const message = error.message
    .replace(/\d+/g, 'N')
    .replace(/"[^"]*"|'[^']*'/g, 'S')
    .slice(0, 120);
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('/dist/'))
    .slice(0, 3)
    .map((l) =>
      l
        .trim()
        .replace(/^at /, '')
        .replace(/\(?file:\/\/.*\/dist\//, '')
        .replace(/(:\d+)+\)?$/, ''),
    );
  return `${stage}: ${error.name}: ${message} @ ${frames.join(' < ')}`;
}

type Check = (lines: readonly string[]) => boolean;

/** ddmin-style reduction: drop chunks of lines while the failure stays. */
function reduce(lines: readonly string[], fails: Check): string[] {
  let current = [...lines];
  let parts = 2;
  while (current.length > 1) {
    const size = Math.ceil(current.length / parts);
    let reduced = false;
    for (let start = 0; start < current.length; start += size) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      if (candidate.length > 0 && fails(candidate)) {
        current = candidate;
        parts = Math.max(parts - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (size === 1) break;
      parts = Math.min(current.length, parts * 2);
    }
  }
  return current;
}

interface Finding {
  signature: string;
  count: number;
  file: string;
  lines: number;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const random = mulberry32(options.seed);
  const seeds = seedLines();
  const mutator = new Mutator(random, seeds);
  const findings = new Map<string, Finding>();
  let exceptions = 0;
  let slowest = 0;
  const started = performance.now();

  const record = (sig: string, kind: string, reproduce: () => string[]) => {
    exceptions++;
    const known = findings.get(sig);
    if (known !== undefined) {
      known.count++;
      return;
    }
    const lines = reproduce();
    const hash = createHash('sha256').update(sig).digest('hex').slice(0, 10);
    mkdirSync(options.out, { recursive: true });
    const file = join(options.out, `${kind}-${hash}.log`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    findings.set(sig, { signature: sig, count: 1, file, lines: lines.length });
    process.stderr.write(`new failure: ${sig}\n  → ${file} (${lines.length} line${lines.length === 1 ? '' : 's'})\n`);
  };

  let fed = 0;
  for (let batch = 0; fed < options.lines; batch++) {
    const setup: Setup = {
      zone: ZONES[batch % ZONES.length] ?? 'UTC',
      year: YEARS[Math.floor(batch / ZONES.length) % YEARS.length] ?? null,
      eximLog: EXIM_LOGS[Math.floor(batch / (ZONES.length * YEARS.length)) % EXIM_LOGS.length] ?? 'main',
    };
    const parser = newParser(setup);
    const accumulator = new Accumulator();
    const batchLines: string[] = [];
    let threw = false;
    const n = Math.min(BATCH, options.lines - fed);
    for (let i = 0; i < n; i++) {
      const line = mutator.line();
      batchLines.push(line);
      const t0 = performance.now();
      try {
        feed(parser, accumulator, line, i + 1);
      } catch (error) {
        threw = true;
        const context = batchLines.slice(-CONTEXT);
        // Replays a candidate with the same parser options and a fresh state.
        const fails: Check = (candidate) => {
          try {
            const p = newParser(setup);
            const a = new Accumulator();
            for (const [k, l] of candidate.entries()) feed(p, a, l, k + 1);
            return false;
          } catch (again) {
            return signature(again, 'line') === signature(error, 'line');
          }
        };
        record(signature(error, 'line'), 'line', () => (fails(context) ? reduce(context, fails) : context));
      }
      const ms = performance.now() - t0;
      if (ms > slowest) slowest = ms;
      if (ms > options.slowMs) record(`slow: ${line.slice(0, 60)}`, 'slow', () => [line]);
    }
    fed += n;
    try {
      renderAll(accumulator, threw ? null : n);
    } catch (error) {
      const sig = signature(error, 'report');
      const fails: Check = (candidate) => {
        try {
          const p = newParser(setup);
          const a = new Accumulator();
          let lineFailed = false;
          candidate.forEach((l, k) => {
            try {
              feed(p, a, l, k + 1);
            } catch {
              // a line failure is recorded on its own; here only the report stage counts
              lineFailed = true;
            }
          });
          renderAll(a, lineFailed ? null : candidate.length);
          return false;
        } catch (again) {
          return signature(again, 'report') === sig;
        }
      };
      record(sig, 'report', () => reduce(batchLines, fails));
    }
    if (batch % 10 === 9) {
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `  ${fed.toLocaleString('en-US')} lines, ${exceptions} exceptions, ${seconds.toFixed(1)} s\n`,
      );
    }
  }

  const seconds = (performance.now() - started) / 1000;
  const summary = [
    `fuzz: seed ${options.seed}, ${seeds.length.toLocaleString('en-US')} seed lines`,
    `lines:             ${fed.toLocaleString('en-US')}`,
    `exceptions:        ${exceptions}`,
    `unique signatures: ${findings.size}`,
    `slowest line:      ${slowest.toFixed(1)} ms`,
    `time:              ${seconds.toFixed(1)} s (${Math.round(fed / seconds).toLocaleString('en-US')} lines/s)`,
  ];
  for (const f of findings.values()) summary.push(`  ${f.count}× ${f.signature}\n     ${f.file}`);
  process.stdout.write(`${summary.join('\n')}\n`);
  return findings.size > 0 ? 1 : 0;
}

process.exitCode = main();
