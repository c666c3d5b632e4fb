/**
 * One measurement in a fresh process (so peak RSS is this run's alone), run by bench/run.ts:
 *
 *   node dist-bench/measure.js full FILE        the whole pipeline to a JSON report string
 *   node dist-bench/measure.js parallel FILE N  the same on N worker threads (--jobs N)
 *   node dist-bench/measure.js stage STAGE FILE  read | parse | classify: stop after that stage
 *   node dist-bench/measure.js floor FILE       Node's floor: read + split + one regex per line
 *
 * Prints one JSON line: { seconds, lines, maxRssMb }.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { buildReport } from '../dist/aggregate/build.js';
import { classifyEvent } from '../dist/classify/classify.js';
import { analyze } from '../dist/cli/analyze.js';
import { analyzeParallel } from '../dist/cli/parallel.js';
import { DEFAULT_POSTFIX_NAME, LineParser } from '../dist/parse/line.js';
import { ZoneClock } from '../dist/parse/time.js';
import { renderJson } from '../dist/report/json.js';
import { pumpLines } from '../dist/sources/lines.js';
import { isInputFailure, openInput } from '../dist/sources/open.js';

const [mode, a, b] = process.argv.slice(2);
const clock = new ZoneClock('UTC');
/**
 * As the CLI runs without `--year`: each year-less stamp takes its year from the file's time. With
 * a given year, the planner reads a year-less file whole (see parallel.ts), so `parallel` would
 * measure one thread on the Postfix log.
 */
const options = { clock, nowMs: Date.now(), year: null, postfixName: DEFAULT_POSTFIX_NAME };

/**
 * Peak RSS of this process. getrusage's maxRSS keeps the parent's peak across fork+exec on Linux,
 * so read the kernel's high-water mark of this address space instead.
 */
function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb === undefined ? process.resourceUsage().maxRSS / 1024 : Number(kb) / 1024;
}

function finish(started: bigint, lines: number): void {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const maxRssMb = peakRssMb();
  process.stdout.write(`${JSON.stringify({ seconds, lines, maxRssMb })}\n`);
}

async function full(path: string, jobs = 1): Promise<void> {
  const started = process.hrtime.bigint();
  const inputs = [{ kind: 'file' as const, name: path, path }];
  // As the CLI does (--jobs N) on a file this large.
  const result = jobs > 1 ? await analyzeParallel(inputs, options, jobs) : await analyze(inputs, options);
  const report = buildReport(result.accumulator.state, {
    generatedAt: Date.now(),
    version: 'bench',
    inputs: result.inputs,
    top: 10,
    lang: 'en',
  });
  const json = renderJson(report);
  if (json.length === 0) throw new Error('empty report');
  finish(started, report.diagnostics.linesRead);
}

async function stage(name: string, path: string): Promise<void> {
  const started = process.hrtime.bigint();
  const opened = await openInput({ kind: 'file', name: path, path });
  if (isInputFailure(opened)) throw new Error(opened.message);
  const parser = new LineParser({ ...options, referenceMs: Date.now(), eximLog: 'main' });
  let lines = 0;
  let sink = 0;
  await pumpLines(opened.stream, (text) => {
    lines++;
    if (name === 'read') return;
    const parsed = parser.parse(text);
    if (name === 'classify' && parsed.ok === true) sink += classifyEvent(parsed.event).reason.length;
  });
  if (sink < 0) throw new Error('unreachable');
  finish(started, lines);
}

/** The floor: what reading, splitting and one regex per line cost in Node on this machine. */
async function floor(path: string): Promise<void> {
  const started = process.hrtime.bigint();
  const source = createReadStream(path, { highWaterMark: 1 << 16 });
  const stream = path.endsWith('.gz') ? source.pipe(createGunzip({ chunkSize: 1 << 18 })) : source;
  const pattern = /status=(\w+)/;
  let rest = '';
  let lines = 0;
  let hits = 0;
  for await (const chunk of stream) {
    const parts = (rest + (chunk as Buffer).toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines++;
      if (pattern.test(line)) hits++;
    }
  }
  if (rest !== '') lines++;
  if (hits < 0) throw new Error('unreachable');
  finish(started, lines);
}

if (mode === 'full' && a !== undefined) await full(a);
else if (mode === 'parallel' && a !== undefined && b !== undefined) await full(a, Number(b));
else if (mode === 'stage' && a !== undefined && b !== undefined) await stage(a, b);
else if (mode === 'floor' && a !== undefined) await floor(a);
else {
  process.stderr.write('usage: measure.js full FILE | parallel FILE N | stage read|parse|classify FILE | floor FILE\n');
  process.exitCode = 2;
}
