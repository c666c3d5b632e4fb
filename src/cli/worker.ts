/**
 * A task of a parallel run: one whole file, or a byte range of a large plain file that starts and
 * ends on line boundaries. It is parsed, classified and counted for everything that depends on
 * single lines; its message-level events (correlation-log.ts) and the updates of its bounded
 * tables (table-log.ts) are recorded for the main thread to apply in order. Worker threads run
 * tasks, and so does the main thread itself (see parallel.ts).
 */
import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Accumulator } from '../aggregate/accumulator.js';
import { NO_FLAGS } from '../aggregate/correlate.js';
import { type CorrelationColumns, CorrelationRecorder } from '../aggregate/correlation-log.js';
import type { InputSummary } from '../aggregate/model.js';
import { type TableColumns, TableRecorder } from '../aggregate/table-log.js';
import { ZoneClock } from '../parse/time.js';
import { failIfShrunk, type InputFailure, isInputFailure, type OpenedInput, openInput } from '../sources/open.js';
import { analyzeOpened } from './analyze.js';
import type { Window } from './window.js';

export interface WorkerTask {
  index: number;
  name: string;
  path: string;
  /** Byte range [start, end) of a plain file; null for the whole file (any compression). */
  range: { start: number; end: number } | null;
  mtimeMs: number;
  zone: string;
  nowMs: number;
  year: number | null;
  postfixName: string;
  window: Window;
  maxLineBytes: number;
}

export type WorkerResult =
  | {
      index: number;
      ok: true;
      state: Accumulator['state'];
      columns: CorrelationColumns;
      tables: TableColumns;
      summary: InputSummary;
    }
  | { index: number; ok: false; summary: InputSummary };

export type WorkerMessage = { kind: 'progress'; bytes: number } | { kind: 'result'; result: WorkerResult };

/** Run a task; `onProgress` hears of the bytes read since it was last called. Never rejects. */
export async function runTask(task: WorkerTask, onProgress: (bytes: number) => void): Promise<WorkerResult> {
  try {
    return await run(task, onProgress);
  } catch (error) {
    return {
      index: task.index,
      ok: false,
      summary: { name: task.name, lines: 0, bytes: 0, compression: null, error: `${task.name}: ${String(error)}` },
    };
  }
}

async function run(task: WorkerTask, onProgress: (bytes: number) => void): Promise<WorkerResult> {
  const accumulator = new Accumulator();
  const recorder = new CorrelationRecorder();
  accumulator.correlate = (input) => {
    recorder.record(input);
    return NO_FLAGS;
  };
  const tables = new TableRecorder();
  accumulator.tables = tables;
  const { opened, summary } = await analyzeTask(task, accumulator, 0, onProgress);
  if (!opened) return { index: task.index, ok: false, summary };
  return {
    index: task.index,
    ok: true,
    state: accumulator.state,
    columns: recorder.columns(),
    tables: tables.columns(),
    summary,
  };
}

/**
 * Read a task into `accumulator`, numbering its lines from `startLine`. `opened` is false when
 * the input could not be opened at all (the summary says why).
 */
export async function analyzeTask(
  task: WorkerTask,
  accumulator: Accumulator,
  startLine: number,
  onProgress: (bytes: number) => void,
): Promise<{ opened: boolean; summary: InputSummary }> {
  const opened = await openTask(task);
  if (isInputFailure(opened)) {
    return {
      opened: false,
      summary: { name: task.name, lines: 0, bytes: 0, compression: null, error: opened.message },
    };
  }
  let reported = 0;
  const { summary } = await analyzeOpened(
    opened,
    accumulator,
    {
      clock: new ZoneClock(task.zone),
      nowMs: task.nowMs,
      year: task.year,
      postfixName: new RegExp(task.postfixName),
      window: task.window,
      maxLineBytes: task.maxLineBytes,
      onProgress: (bytes) => {
        onProgress(bytes - reported);
        reported = bytes;
      },
    },
    { lines: 0 },
    { startLine, holdTail: false },
  );
  return { opened: true, summary };
}

/** A task's input: the whole file (any compression), or its byte range of a plain file. */
async function openTask(task: WorkerTask): Promise<OpenedInput | InputFailure> {
  if (task.range === null) return openInput({ kind: 'file', name: task.name, path: task.path });
  const stream = createReadStream(task.path, {
    start: task.range.start,
    end: task.range.end - 1,
    highWaterMark: 1 << 20,
  });
  let raw = 0;
  stream.on('data', (chunk: Buffer | string) => {
    raw += chunk.length;
  });
  // A range that ends early means the file was truncated under us: say so, as for a whole file.
  failIfShrunk(stream, task.name, task.range.end - task.range.start, () => raw);
  return {
    name: task.name,
    mtimeMs: task.mtimeMs,
    size: task.range.end - task.range.start,
    compression: null,
    stream,
    rawBytes: () => raw,
  };
}

parentPort?.on('message', (task: WorkerTask) => {
  const progress = (bytes: number) => parentPort?.postMessage({ kind: 'progress', bytes } satisfies WorkerMessage);
  void runTask(task, progress).then((result) => {
    // The typed columns move to the main thread instead of being copied.
    let transfer: ArrayBuffer[] = [];
    if (result.ok) {
      const { columns: c, tables: t } = result;
      const arrays = [c.flags, c.reasons, c.ats, c.nums, c.delays, t.flags, t.reasons, t.lines];
      transfer = arrays.map((a) => a.buffer as ArrayBuffer);
    }
    parentPort?.postMessage({ kind: 'result', result } satisfies WorkerMessage, transfer);
  });
});
