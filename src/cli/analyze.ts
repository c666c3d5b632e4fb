/**
 * The analysis run: inputs in order → lines → parse → classify → accumulate. Each input is
 * opened, read and closed on its own; a failing input is reported and the others still count.
 */
import { Accumulator } from '../aggregate/accumulator.js';
import type { InputSummary } from '../aggregate/model.js';
import { classifyEvent } from '../classify/classify.js';
import { eximLogKindOf, LineParser } from '../parse/line.js';
import type { ZoneClock } from '../parse/time.js';
import { DEFAULT_MAX_LINE_BYTES, pumpLines } from '../sources/lines.js';
import { describeInputError, isInputFailure, type OpenedInput, openInput } from '../sources/open.js';
import type { Input } from '../sources/operands.js';
import type { LineLocation } from '../types.js';

export interface AnalyzeOptions {
  clock: ZoneClock;
  /** "Now", for stdin's year inference. */
  nowMs: number;
  year: number | null;
  postfixName: RegExp;
  maxLineBytes?: number;
  /** Progress callback: raw bytes read so far of the current input, and lines so far in total. */
  onProgress?: (rawBytes: number, lines: number) => void;
}

export interface AnalyzeResult {
  accumulator: Accumulator;
  inputs: InputSummary[];
  /** One line per input that could not be read completely. */
  errors: string[];
}

export async function analyze(inputs: readonly Input[], options: AnalyzeOptions): Promise<AnalyzeResult> {
  const accumulator = new Accumulator();
  const summaries: InputSummary[] = [];
  const errors: string[] = [];
  const progress = { lines: 0 };
  for (const input of inputs) {
    const opened = await openInput(input);
    if (isInputFailure(opened)) {
      summaries.push({ name: input.name, lines: 0, bytes: 0, compression: null, error: opened.message });
      errors.push(opened.message);
      continue;
    }
    const summary = await analyzeOpened(opened, accumulator, options, progress);
    if (summary.error !== null) errors.push(summary.error);
    summaries.push(summary);
  }
  accumulator.finish();
  return { accumulator, inputs: summaries, errors };
}

/** Read one opened input to its end into `accumulator`; never throws for IO trouble. */
export async function analyzeOpened(
  opened: OpenedInput,
  accumulator: Accumulator,
  options: AnalyzeOptions,
  progress: { lines: number } = { lines: 0 },
): Promise<InputSummary> {
  const parser = new LineParser({
    clock: options.clock,
    referenceMs: opened.mtimeMs ?? options.nowMs,
    year: options.year,
    postfixName: options.postfixName,
    eximLog: eximLogKindOf(opened.name),
  });
  const location: LineLocation = { source: opened.name, line: 0 };
  const result = await pumpLines(
    opened.stream,
    (text, line, overlong) => {
      location.line = line;
      progress.lines++;
      if (overlong) {
        accumulator.unrecognised('overlong', text, { ...location }, true);
      } else {
        const parsed = parser.parse(text);
        if (parsed.ok === true) {
          accumulator.parsed(parsed.envelope, parsed.event, classifyEvent(parsed.event), location, text);
        } else if (parsed.ok === 'foreign') {
          accumulator.foreign();
        } else {
          accumulator.unrecognised(parsed.reason, text, { ...location }, false);
        }
      }
      if (options.onProgress !== undefined && (progress.lines & 0x3fff) === 0) {
        options.onProgress(opened.rawBytes(), progress.lines);
      }
    },
    options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
  );
  let error: string | null = null;
  if (result.binary) error = `${opened.name}: binary data, not a text log; skipped`;
  else if (result.error !== null) {
    error = `${describeInputError(opened.name, result.error).message} (after ${result.lines} lines)`;
  }
  options.onProgress?.(opened.rawBytes(), progress.lines);
  return { name: opened.name, lines: result.lines, bytes: result.bytes, compression: opened.compression, error };
}
