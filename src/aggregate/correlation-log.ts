/**
 * A worker thread's message-level events, recorded in columns so they cross to the main thread
 * as a few arrays rather than hundreds of thousands of objects; the main thread replays them in
 * input order through one correlator, which keeps correlation across chunk borders exact.
 */
import type { Reason } from '../catalog/reasons.js';
import type { CorrelationInput, Op } from './correlate.js';

const OUTCOMES = [null, 'delivered', 'forwarded', 'deferred', 'bounced', 'expired'] as const;

export interface CorrelationColumns {
  ops: number[];
  keys: string[];
  /** NaN stands for "no time". */
  ats: number[];
  exim: number[];
  texts: (string | null)[];
  /** NaN stands for null. */
  nums: number[];
  /** Four per entry; NaN in the first stands for "no delays". */
  delays: number[];
  outcomes: number[];
  reasons: (string | null)[];
}

export function emptyColumns(): CorrelationColumns {
  return { ops: [], keys: [], ats: [], exim: [], texts: [], nums: [], delays: [], outcomes: [], reasons: [] };
}

export function record(columns: CorrelationColumns, input: CorrelationInput): void {
  columns.ops.push(input.op);
  columns.keys.push(input.key);
  columns.ats.push(input.at ?? Number.NaN);
  columns.exim.push(input.exim ? 1 : 0);
  columns.texts.push(input.text);
  columns.nums.push(input.num ?? Number.NaN);
  const d = input.delays;
  if (d === null) columns.delays.push(Number.NaN, 0, 0, 0);
  else columns.delays.push(d[0], d[1], d[2], d[3]);
  columns.outcomes.push(OUTCOMES.indexOf(input.outcome));
  columns.reasons.push(input.reason);
}

/** Feed every recorded entry, in order, to `sink` (one reused object; copy what you keep). */
export function replay(columns: CorrelationColumns, sink: (input: CorrelationInput) => void): void {
  const n = columns.ops.length;
  for (let i = 0; i < n; i++) {
    const at = columns.ats[i] ?? Number.NaN;
    const num = columns.nums[i] ?? Number.NaN;
    const d0 = columns.delays[i * 4] ?? Number.NaN;
    sink({
      op: (columns.ops[i] ?? 0) as Op,
      key: columns.keys[i] ?? '',
      at: Number.isNaN(at) ? null : at,
      exim: columns.exim[i] === 1,
      text: columns.texts[i] ?? null,
      num: Number.isNaN(num) ? null : num,
      delays: Number.isNaN(d0)
        ? null
        : [d0, columns.delays[i * 4 + 1] ?? 0, columns.delays[i * 4 + 2] ?? 0, columns.delays[i * 4 + 3] ?? 0],
      outcome: OUTCOMES[columns.outcomes[i] ?? 0] ?? null,
      reason: (columns.reasons[i] ?? null) as Reason | null,
    });
  }
}
