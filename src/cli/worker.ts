/**
 * A worker thread of a parallel run: reads one task (a whole file, or a byte range of a large
 * plain file that starts and ends on line boundaries), parses, classifies and counts everything
 * that depends on single lines, and records the message-level events for the main thread to
 * correlate in order (correlation-log.ts).
 */
import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Accumulator } from '../aggregate/accumulator.js';
import { NO_FLAGS } from '../aggregate/correlate.js';
import { type CorrelationColumns, CorrelationRecorder } from '../aggregate/correlation-log.js';
import type { InputSummary } from '../aggregate/model.js';
import { ZoneClock } from '../parse/time.js';
import { failIfShrunk, isInputFailure, type OpenedInput, openInput } from '../sources/open.js';
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
      summary: InputSummary;
    }
  | { index: number; ok: false; summary: InputSummary };

export type WorkerMessage = { kind: 'progress'; bytes: number } | { kind: 'result'; result: WorkerResult };

async function run(task: WorkerTask): Promise<WorkerResult> {
  let opened: OpenedInput;
  if (task.range === null) {
    const result = await openInput({ kind: 'file', name: task.name, path: task.path });
    if (isInputFailure(result)) {
      return {
        index: task.index,
        ok: false,
        summary: { name: task.name, lines: 0, bytes: 0, compression: null, error: result.message },
      };
    }
    opened = result;
  } else {
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
    opened = {
      name: task.name,
      mtimeMs: task.mtimeMs,
      size: task.range.end - task.range.start,
      compression: null,
      stream,
      rawBytes: () => raw,
    };
  }
  const accumulator = new Accumulator();
  const recorder = new CorrelationRecorder();
  accumulator.correlate = (input) => {
    recorder.record(input);
    return NO_FLAGS;
  };
  let reported = 0;
  const { summary } = await analyzeOpened(opened, accumulator, {
    clock: new ZoneClock(task.zone),
    nowMs: task.nowMs,
    year: task.year,
    postfixName: new RegExp(task.postfixName),
    window: task.window,
    maxLineBytes: task.maxLineBytes,
    onProgress: (bytes) => {
      parentPort?.postMessage({ kind: 'progress', bytes: bytes - reported } satisfies WorkerMessage);
      reported = bytes;
    },
  });
  return { index: task.index, ok: true, state: accumulator.state, columns: recorder.columns(), summary };
}

parentPort?.on('message', (task: WorkerTask) => {
  run(task).then(
    (result) => {
      // The typed columns move to the main thread instead of being copied.
      const c = result.ok ? result.columns : null;
      const transfer =
        c === null ? [] : [c.flags, c.reasons, c.ats, c.nums, c.delays].map((a) => a.buffer as ArrayBuffer);
      parentPort?.postMessage({ kind: 'result', result } satisfies WorkerMessage, transfer);
    },
    (error: unknown) =>
      parentPort?.postMessage({
        kind: 'result',
        result: {
          index: task.index,
          ok: false,
          summary: { name: task.name, lines: 0, bytes: 0, compression: null, error: `${task.name}: ${String(error)}` },
        },
      } satisfies WorkerMessage),
  );
});
