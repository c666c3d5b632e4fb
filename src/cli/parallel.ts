/**
 * Parallel runs (`--jobs N`): files are read by N - 1 worker threads and the main thread, and a
 * large plain file is cut into byte ranges that start and end on line boundaries. Workers count
 * what depends on single lines, and record message-level events and the updates of the tables
 * that are pruned when they overflow (whose pruning depends on order); the main thread merges
 * their states in input order and replays what they recorded through one correlator and its own
 * tables, so the report is the same as with one thread, overflowing tables included
 * (test/cli/parallel.test.ts checks it byte for byte). A range the main thread reads when all
 * before it are merged goes straight into the report.
 *
 * Not parallel: stdin, incremental runs (--state), and inputs too small to be worth a thread.
 * Not cut into ranges: compressed files, and with --year a file whose stamps have no year (see
 * planTasks).
 */
import { open, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { Accumulator, mergeStates } from '../aggregate/accumulator.js';
import { replay } from '../aggregate/correlation-log.js';
import type { InputSummary } from '../aggregate/model.js';
import { replayTables } from '../aggregate/table-log.js';
import { parseEnvelope } from '../parse/envelope.js';
import { eximLogKindOf, LAST_REPEATED } from '../parse/line.js';
import { YearGuesser } from '../parse/time.js';
import { DEFAULT_MAX_LINE_BYTES } from '../sources/lines.js';
import { type Input, totalFileBytes } from '../sources/operands.js';
import type { AnalyzeOptions, AnalyzeResult } from './analyze.js';
import { analyzeTask, runTask, type WorkerMessage, type WorkerResult, type WorkerTask } from './worker.js';

/** Below this, a file is one task; above, it is cut into ranges. */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/**
 * About how large a range is (there are at least as many ranges as jobs). Results are merged in
 * input order and at most two per worker wait for their turn, so this bounds the memory of a
 * parallel run whatever the size of the file.
 */
export const RANGE_BYTES = 32 * 1024 * 1024;

/** How to cut inputs; tests use small values to cut small fixtures. */
export interface Tuning {
  splitMinBytes: number;
  rangeBytes: number;
}

const DEFAULT_TUNING: Tuning = { splitMinBytes: SPLIT_MIN_BYTES, rangeBytes: RANGE_BYTES };
/** Below this in total, threads cost more than they give. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * The same heap sizes as bin/mailtriage.js gives the main thread: a worker's live data is
 * bounded, and a ceiling far above it only lets garbage pile up between collections. (V8's young
 * generation is three semi-spaces: 24 MB is the main thread's --max-semi-space-size=8.)
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 24 };

/** Whether a set of inputs is worth a parallel run. */
export async function worthParallel(inputs: readonly Input[], jobs: number): Promise<boolean> {
  if (jobs < 2 || inputs.some((i) => i.kind !== 'file')) return false;
  return (await totalFileBytes(inputs)) >= PARALLEL_MIN_BYTES;
}

/** How much of a line the checks below look at; a candidate is judged only once it is all read. */
const LOOKAHEAD = 256;

/**
 * The first line start after `position` that looks like the start of a log entry, or `size`. In a
 * `journalctl -o export` file only the first field of an entry qualifies: a field's value may be
 * binary, with line breaks and anything else in it.
 */
async function lineBoundary(path: string, position: number, size: number, journalExport: boolean): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    let at = position;
    while (at < size) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      if (bytesRead === 0) return size;
      const atEnd = at + bytesRead >= size;
      let i = 0;
      while (i < bytesRead) {
        const nl = buffer.indexOf(10, i);
        if (nl === -1 || nl + 1 >= bytesRead) break;
        // A line cut off by the end of the buffer is judged in the next read, which starts
        // LOOKAHEAD bytes before this one's end: a check must never see half a line.
        if (!atEnd && bytesRead - (nl + 1) < LOOKAHEAD && buffer.indexOf(10, nl + 1) === -1) break;
        if (journalExport) {
          if (buffer[nl - 1] === 10 && buffer[nl + 1] === 95 && buffer[nl + 2] === 95) return at + nl + 1;
          i = nl + 1;
          continue;
        }
        // Exim entries continue on lines that start with a space or a header tag: never cut there.
        const next = buffer[nl + 1] ?? 0;
        const startsEntry =
          (next >= 48 && next <= 57) ||
          (next >= 65 && next <= 90 && buffer[nl + 2] !== 32) ||
          next === 60 ||
          next === 123 ||
          (next >= 0xc2 && next <= 0xf4); // a UTF-8 letter: a month name of another language
        const rest = buffer.subarray(nl + 1, bytesRead);
        if (
          startsEntry &&
          !repeatsLineBefore(rest) &&
          !continuesSplitEntry(rest) &&
          !insideJournalEntry(rest, buffer[nl - 1] === 10)
        ) {
          return at + nl + 1;
        }
        i = nl + 1;
      }
      at += Math.max(1, bytesRead - LOOKAHEAD);
    }
    return size;
  } finally {
    await handle.close();
  }
}

/** The candidate line that `rest` starts with, or its first LOOKAHEAD bytes. */
function lineAt(rest: Buffer): Buffer {
  const end = rest.indexOf(10);
  return rest.subarray(0, Math.min(end === -1 ? rest.length : end, LOOKAHEAD));
}

/**
 * sysklogd's `Jan  5 06:52:11 mx last message repeated 3 times` stands for the line before it,
 * so a range must not start with it. (rsyslog's `message repeated N times: [ ...]` carries its
 * message and may start a range.)
 */
function repeatsLineBefore(rest: Buffer): boolean {
  return lineAt(rest).includes(` ${LAST_REPEATED}`);
}

/**
 * Exim logging to syslog splits a long entry into parts, `exim[812]: [1/2] ...` then
 * `exim[812]: [2/2] ...`, which the parser joins again (line.ts): a range must not start with a
 * part after the first.
 */
function continuesSplitEntry(rest: Buffer): boolean {
  const part = SPLIT_PART.exec(lineAt(rest).toString('latin1'));
  return part !== null && Number(part[1]) > 1;
}

const SPLIT_PART = /: \[(\d{1,4})[/\\]\d{1,4}\] /;

/**
 * `journalctl -o export`: a field line (`NAME=value`) belongs to the entry above it; a range may
 * only start at the first field of an entry (journal metadata, after the empty line ending the
 * entry before). Files that start as an export are cut by a stricter rule (lineBoundary); this
 * guards export entries inside a file that starts otherwise.
 */
function insideJournalEntry(rest: Buffer, afterEmptyLine: boolean): boolean {
  let i = 0;
  while (i < rest.length && i < 64) {
    const c = rest[i] ?? 0;
    if (!(c === 95 || (c >= 65 && c <= 90) || (i > 0 && c >= 48 && c <= 57))) break;
    i++;
  }
  if (i === 0 || rest[i] !== 61 /* = */) return false;
  return !(afterEmptyLine && rest[0] === 95 && rest[1] === 95);
}

async function planTasks(
  inputs: readonly Input[],
  options: AnalyzeOptions,
  jobs: number,
  tuning: Tuning,
): Promise<{ tasks: WorkerTask[]; skipped: InputSummary[] }> {
  const tasks: WorkerTask[] = [];
  const skipped: InputSummary[] = [];
  const since = options.window?.since ?? null;
  const common = {
    zone: options.clock.zone,
    nowMs: options.nowMs,
    year: options.year,
    postfixName: options.postfixName.source,
    window: options.window ?? { since: null, until: null },
    maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
  };
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    const info = await stat(input.path).catch(() => null);
    const head = info === null ? null : await readHead(input.path, 4096);
    if (info !== null && since !== null && info.mtimeMs < since) {
      skipped.push({ name: input.name, lines: 0, bytes: 0, compression: null, error: null });
      continue;
    }
    const plain = head !== null && !(head[0] === 0x1f && head[1] === 0x8b);
    // With --year, the year of a year-less stamp is the first line's, counted on at each New Year
    // in the file: a range that starts after one would not know. Such files are read whole; files
    // whose stamps carry their year are cut as usual.
    const splittable =
      info !== null &&
      plain &&
      info.size >= tuning.splitMinBytes &&
      eximLogKindOf(input.name) === 'main' &&
      (options.year === null || !startsYearless(head, options));
    if (!splittable) {
      tasks.push({
        ...common,
        index: tasks.length,
        name: input.name,
        path: input.path,
        range: null,
        mtimeMs: info?.mtimeMs ?? options.nowMs,
      });
      continue;
    }
    // A multiple of the job count, so that every worker gets as many ranges as the others.
    const ranges = jobs * Math.max(1, Math.ceil(info.size / tuning.rangeBytes / jobs));
    const journalExport = head !== null && head.subarray(0, 2).toString('latin1') === '__';
    // Each range starts where the one before ended: a boundary is looked for after that point
    // only, so ranges never overlap, and once one runs to the end of the file there are no more.
    let start = 0;
    for (let k = 1; k <= ranges && start < info.size; k++) {
      const target = Math.max(start, Math.floor((info.size * k) / ranges));
      const end = k === ranges ? info.size : await lineBoundary(input.path, target, info.size, journalExport);
      if (end > start) {
        tasks.push({
          ...common,
          index: tasks.length,
          name: input.name,
          path: input.path,
          range: { start, end },
          mtimeMs: info.mtimeMs,
        });
        start = end;
      }
    }
  }
  return { tasks, skipped };
}

/**
 * Whether a file's first line has a classic syslog stamp, without a year (or cannot be read at
 * all). Logs carry one kind of stamp throughout, so this stands for the whole file.
 */
function startsYearless(head: Buffer | null, options: AnalyzeOptions): boolean {
  if (head === null) return true;
  const end = head.indexOf(10);
  const line = head.subarray(0, end === -1 ? head.length : end).toString('utf8');
  const years = new YearGuesser(options.clock, options.nowMs, options.year);
  const outcome = parseEnvelope(line, { clock: options.clock, years });
  return typeof outcome === 'string' || outcome.format === 'syslog';
}

async function readHead(path: string, bytes: number): Promise<Buffer | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/**
 * What a task gave: a worker's counts and recorded events, or nothing more than its summary when
 * the main thread read it straight into the report (see analyzeParallel).
 */
type TaskResult = WorkerResult | { index: number; ok: 'inline'; summary: InputSummary };

/**
 * Run tasks on `jobs - 1` worker threads and the main thread, and hand each result to `merge` in
 * task order, as soon as the ones before it are merged. `onMain` runs a task on the main thread;
 * it is told whether every task before it is merged. Between the pieces of its own task the main
 * thread merges the workers' results, so `jobs` runners keep `jobs` cores busy (with `jobs`
 * workers and the main thread replaying, two cores ran three busy threads and one more V8 heap).
 * A task is only started while fewer than two per runner wait to be merged, so a slow range holds
 * back at most that many results.
 */
function runInOrder(
  tasks: readonly WorkerTask[],
  jobs: number,
  onBytes: (bytes: number) => void,
  onMain: (task: WorkerTask, inOrder: boolean) => Promise<TaskResult>,
  merge: (result: TaskResult) => void,
): Promise<void> {
  const waiting = new Map<number, TaskResult>();
  const window = 2 * jobs;
  let next = 0;
  let merged = 0;
  return new Promise((resolve, reject) => {
    if (tasks.length === 0) {
      resolve();
      return;
    }
    type Runner = (task: WorkerTask) => void;
    const idle: Runner[] = [];
    const workers: Worker[] = [];
    let done = false;
    const stop = () => {
      done = true;
      for (const worker of workers) void worker.terminate();
    };
    const feed = () => {
      while (!done && next < tasks.length && next < merged + window) {
        const runner = idle.pop();
        if (runner === undefined) return;
        runner(tasks[next++] as WorkerTask);
      }
    };
    const finished = (runner: Runner, result: TaskResult) => {
      if (done) return;
      waiting.set(result.index, result);
      for (let ready = waiting.get(merged); ready !== undefined; ready = waiting.get(merged)) {
        waiting.delete(merged++);
        merge(ready);
      }
      if (merged === tasks.length) {
        stop();
        resolve();
        return;
      }
      idle.push(runner);
      feed();
    };
    const runners = Math.min(jobs, tasks.length);
    for (let w = 1; w < runners; w++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
      workers.push(worker);
      const runner: Runner = (task) => worker.postMessage(task);
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'progress') onBytes(message.bytes);
        else finished(runner, message.result);
      });
      worker.on('error', (error) => {
        stop();
        reject(error);
      });
      idle.push(runner);
    }
    const inline: Runner = (task) => {
      onMain(task, task.index === merged).then(
        (result) => finished(inline, result),
        (error: unknown) => {
          stop();
          reject(error);
        },
      );
    };
    // Taken first (idle is a stack): the first task is in order, so it goes straight into the report.
    idle.push(inline);
    feed();
  });
}

/** Shift line numbers of a chunk's samples and examples by the lines of the chunks before it. */
function shiftLines(state: Accumulator['state'], offset: number): void {
  if (offset === 0) return;
  for (const s of state.samples) s.line += offset;
  for (const s of state.noteSamples) s.line += offset;
  for (const p of state.problems.values()) if (p.example !== null) p.example.line += offset;
  for (const m of state.logMessages.values()) m.example.line += offset;
}

export async function analyzeParallel(
  inputs: readonly Input[],
  options: AnalyzeOptions,
  jobs: number,
  tuning: Tuning = DEFAULT_TUNING,
): Promise<AnalyzeResult> {
  const { tasks, skipped } = await planTasks(inputs, options, jobs, tuning);
  const accumulator = new Accumulator();
  const summaries = new Map<string, InputSummary>();
  for (const s of skipped) summaries.set(s.name, s);
  const linesBefore = new Map<string, number>();
  let bytes = 0;
  const onBytes = (n: number) => {
    bytes += n;
    options.onProgress?.(bytes, 0);
  };
  const addSummary = (task: WorkerTask, result: InputSummary) => {
    const previous = summaries.get(task.name);
    summaries.set(
      task.name,
      previous === undefined
        ? { ...result }
        : {
            ...previous,
            lines: previous.lines + result.lines,
            bytes: previous.bytes + result.bytes,
            error: previous.error ?? result.error,
          },
    );
  };
  const merge = (result: TaskResult) => {
    const task = tasks[result.index];
    if (task === undefined) return;
    addSummary(task, result.summary);
    if (result.ok === false) return;
    const offset = linesBefore.get(task.name) ?? 0;
    linesBefore.set(task.name, offset + result.summary.lines);
    if (result.ok === 'inline') return;
    shiftLines(result.state, offset);
    mergeStates(accumulator.state, result.state);
    replay(result.columns, (input) => accumulator.replay(input));
    replayTables(result.tables, accumulator.applyTables, accumulator.state.problems, task.name, offset);
  };
  // A task that the main thread starts when all before it are merged goes straight into the
  // report, as in a run without threads: no events to record and replay, no state to merge.
  const onMain = async (task: WorkerTask, inOrder: boolean): Promise<TaskResult> => {
    if (!inOrder) return runTask(task, onBytes);
    const { opened, summary } = await analyzeTask(task, accumulator, linesBefore.get(task.name) ?? 0, onBytes);
    return opened ? { index: task.index, ok: 'inline', summary } : { index: task.index, ok: false, summary };
  };
  await runInOrder(tasks, jobs, onBytes, onMain, merge);
  accumulator.finish();
  // One message per file, even when several of its ranges failed (a file truncated mid-run).
  const ordered = inputs
    .map((i) => summaries.get(i.name))
    .filter((s): s is InputSummary => s !== undefined)
    .map((s) => (s.error === null ? s : { ...s, error: wholeFileCount(s.error, s.lines) }));
  const errors = ordered.flatMap((s) => (s.error === null ? [] : [s.error]));
  return { accumulator, inputs: ordered, errors, nextState: null };
}

/** A range's "(after N lines)" counts from the start of the range; a reader needs the file's count. */
function wholeFileCount(error: string, lines: number): string {
  return error.replace(/\(after \d+ lines\)$/, `(after ${lines} lines)`);
}
