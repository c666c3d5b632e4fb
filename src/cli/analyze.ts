/**
 * The analysis run: inputs in order → lines → parse → classify → accumulate. Each input is
 * opened, read and closed on its own; a failing input is reported and the others still count.
 * With a state (incremental runs) each file is read from where the last run stopped; with a time
 * window, lines outside it are counted but not reported on.
 */
import { Accumulator } from '../aggregate/accumulator.js';
import type { InputSummary } from '../aggregate/model.js';
import { classifyEvent } from '../classify/classify.js';
import type { EventRecorder } from '../fleet/recorder.js';
import { eximLogKindOf, LineParser } from '../parse/line.js';
import type { ZoneClock } from '../parse/time.js';
import { type FileIdentity, identify } from '../sources/identity.js';
import { nextState, planReads, type ReadPlan, type StateEntry } from '../sources/incremental.js';
import { DEFAULT_MAX_LINE_BYTES, pumpLines } from '../sources/lines.js';
import { describeInputError, isInputFailure, type OpenedInput, openInput } from '../sources/open.js';
import type { Input } from '../sources/operands.js';
import type { LineLocation } from '../types.js';
import type { Window } from './window.js';

export interface AnalyzeOptions {
  clock: ZoneClock;
  /** "Now", for stdin's year inference and the state's bookkeeping. */
  nowMs: number;
  year: number | null;
  postfixName: RegExp;
  maxLineBytes?: number;
  window?: Window;
  /** Incremental run: what earlier runs consumed. */
  state?: readonly StateEntry[];
  /** Events wanted (`--format ndjson`, `--ship`): this accumulator writes them as it counts. */
  recorder?: EventRecorder;
  /** Progress callback: raw bytes read so far of the current input, and lines so far in total. */
  onProgress?: (rawBytes: number, lines: number) => void;
}

export interface AnalyzeResult {
  accumulator: Accumulator;
  inputs: InputSummary[];
  /** One line per input that could not be read completely. */
  errors: string[];
  /** The state to save after the report went out (incremental runs only). */
  nextState: StateEntry[] | null;
}

interface ReadOptions {
  startLine: number;
  holdTail: boolean;
  /** Decompressed bytes skipped before the stream starts (offsets of events count from 0). */
  startOffset?: number;
}

export async function analyze(inputs: readonly Input[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  const accumulator = options.recorder ?? new Accumulator();
  const summaries: InputSummary[] = [];
  const errors: string[] = [];
  const progress = { lines: 0 };
  const plans: ReadPlan[] = [];
  const consumed = new Map<ReadPlan, { offset: number; lines: number }>();
  const since = options.window?.since ?? null;

  // Incremental runs: identify every file first, so that each state entry goes to one file.
  const planByInput = new Map<Input, ReadPlan>();
  const failedByInput = new Map<Input, string>();
  if (options.state !== undefined) {
    const identified: { input: Input; identity: FileIdentity }[] = [];
    for (const input of inputs) {
      if (input.kind !== 'file') continue;
      const identity = await identify(input.path);
      if (isInputFailure(identity)) failedByInput.set(input, identity.message);
      else identified.push({ input, identity });
    }
    const planned = planReads(
      identified.map((x) => x.identity),
      options.state,
    );
    identified.forEach((x, i) => {
      const plan = planned[i];
      if (plan !== undefined) planByInput.set(x.input, plan);
    });
    plans.push(...planned);
  }

  for (const input of inputs) {
    const failure = failedByInput.get(input);
    if (failure !== undefined) {
      summaries.push({ name: input.name, lines: 0, bytes: 0, compression: null, error: failure });
      errors.push(failure);
      continue;
    }
    const plan = planByInput.get(input) ?? null;
    if (plan !== null) {
      const identity = plan.identity;
      if (plan.done) {
        summaries.push({
          name: input.name,
          lines: 0,
          bytes: 0,
          compression: identity.compressed ? 'gzip' : null,
          error: null,
        });
        continue;
      }
    }
    // Before opening: an opened file already flows, so nothing may be awaited between open and read.
    const head = options.recorder === undefined ? null : await eventHead(input, plan);
    const opened = await openInput(input, { skipBytes: plan?.skipBytes ?? 0 });
    if (isInputFailure(opened)) {
      summaries.push({ name: input.name, lines: 0, bytes: 0, compression: null, error: opened.message });
      errors.push(opened.message);
      continue;
    }
    // A file last written before the window opened holds no line inside it.
    if (since !== null && opened.mtimeMs !== null && opened.mtimeMs < since) {
      opened.stream.destroy();
      summaries.push({ name: input.name, lines: 0, bytes: 0, compression: opened.compression, error: null });
      continue;
    }
    const read = {
      startLine: plan?.startLine ?? 0,
      holdTail: plan !== null && opened.compression === null,
      startOffset: plan?.skipBytes ?? 0,
    };
    options.recorder?.beginInput(opened.name, head, read.startOffset, opened.compression !== null);
    const { summary, consumedBytes } = await analyzeOpened(opened, accumulator, options, progress, read);
    options.recorder?.endInput((plan?.skipBytes ?? 0) + consumedBytes);
    if (summary.error !== null) errors.push(summary.error);
    summaries.push(summary);
    if (plan !== null && summary.error === null) {
      consumed.set(plan, { offset: plan.skipBytes + consumedBytes, lines: read.startLine + summary.lines });
    }
  }
  accumulator.finish();
  const next = options.state === undefined ? null : nextState(plans, consumed, options.state, options.nowMs);
  return { accumulator, inputs: summaries, errors, nextState: next };
}

/** Read one opened input to its end into `accumulator`; never throws for IO trouble. */
export async function analyzeOpened(
  opened: OpenedInput,
  accumulator: Accumulator,
  options: AnalyzeOptions,
  progress: { lines: number } = { lines: 0 },
  read: ReadOptions = { startLine: 0, holdTail: false },
): Promise<{ summary: InputSummary; consumedBytes: number }> {
  const parser = new LineParser({
    clock: options.clock,
    referenceMs: opened.mtimeMs ?? options.nowMs,
    year: options.year,
    postfixName: options.postfixName,
    eximLog: eximLogKindOf(opened.name),
  });
  const since = options.window?.since ?? null;
  const until = options.window?.until ?? null;
  const windowed = since !== null || until !== null;
  const location: LineLocation = { source: opened.name, line: 0 };
  const recorder = options.recorder;
  const skipped = read.startOffset ?? 0;
  const result = await pumpLines(
    opened.stream,
    (text, line, overlong, offset) => {
      location.line = read.startLine + line;
      recorder?.at(location.line, skipped + offset, text);
      progress.lines++;
      if (overlong) {
        accumulator.unrecognised('overlong', text, { ...location }, true);
      } else {
        const parsed = parser.parse(text);
        if (parsed.ok === true) {
          const at = parsed.envelope.at;
          if (windowed && at !== null && ((since !== null && at < since) || (until !== null && at >= until))) {
            accumulator.outsideWindow();
          } else {
            const c = classifyEvent(parsed.event);
            accumulator.parsed(parsed.envelope, parsed.event, c, location, text);
            for (let k = 1; k < (parsed.times ?? 1); k++) {
              accumulator.repeated(parsed.envelope, parsed.event, c, location, text, k);
            }
          }
        } else if (parsed.ok === 'foreign') {
          accumulator.foreign();
        } else {
          accumulator.unrecognised(parsed.reason, parsed.text ?? text, { ...location }, false);
        }
      }
      if (options.onProgress !== undefined && (progress.lines & 0x3fff) === 0) {
        options.onProgress(opened.rawBytes(), progress.lines);
      }
    },
    options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    read.holdTail,
    recorder === undefined ? {} : { offsets: true, gate: () => recorder.ready() },
  );
  let error: string | null = null;
  if (result.binary) error = `${opened.name}: binary data, not a text log; skipped`;
  else if (result.error !== null) {
    error = `${describeInputError(opened.name, result.error).message} (after ${result.lines} lines)`;
  }
  options.onProgress?.(opened.rawBytes(), progress.lines);
  return {
    summary: { name: opened.name, lines: result.lines, bytes: result.bytes, compression: opened.compression, error },
    consumedBytes: result.consumedBytes,
  };
}

/** What names an input in the event keys: its first bytes (files); stdin is named by its first line. */
async function eventHead(input: Input, plan: ReadPlan | null): Promise<Buffer | null> {
  if (plan !== null) return plan.identity.head;
  if (input.kind !== 'file') return null;
  const identity = await identify(input.path);
  return isInputFailure(identity) ? null : identity.head;
}
