/**
 * A worker thread's message-level events, recorded in columns so they cross to the main thread
 * as a few typed arrays and one string rather than hundreds of thousands of objects; the main
 * thread replays them in input order through one correlator, which keeps correlation across
 * chunk borders exact. The keys and texts travel as one string (columns.ts).
 */
import { REASONS, type Reason } from '../catalog/reasons.js';
import { grown, StringColumn, splitColumn } from './columns.js';
import type { CorrelationInput, Op } from './correlate.js';

const OUTCOMES = [null, 'delivered', 'forwarded', 'deferred', 'bounced', 'expired'] as const;
/** Column value for "no reason". */
const NONE = 0;
/** Flag bit: the entry has a text (after its key in `strings`). */
const HAS_TEXT = 128;

/** What crosses from a worker: typed arrays and one string, cheap to clone. */
export interface CorrelationColumns {
  length: number;
  /** op | exim << 3 | outcome << 4 | HAS_TEXT, one byte per entry. */
  flags: Uint8Array;
  /** 0: none, else 1 + the index in REASONS. */
  reasons: Uint8Array;
  /** NaN stands for null. */
  ats: Float64Array;
  nums: Float64Array;
  /** Four per entry; NaN in the first stands for "no delays". */
  delays: Float64Array;
  /** Each entry's key, then its text when it has one, joined by newlines. */
  strings: string;
}

/** Appends entries, growing its arrays by doubling. */
export class CorrelationRecorder {
  private length = 0;
  private capacity = 1024;
  private flags = new Uint8Array(this.capacity);
  private reasons = new Uint8Array(this.capacity);
  private ats = new Float64Array(this.capacity);
  private nums = new Float64Array(this.capacity);
  private delays = new Float64Array(this.capacity * 4);
  private readonly strings = new StringColumn();

  record(input: CorrelationInput): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.flags[i] =
      input.op | (input.exim ? 8 : 0) | (OUTCOMES.indexOf(input.outcome) << 4) | (input.text === null ? 0 : HAS_TEXT);
    this.strings.add(input.key);
    if (input.text !== null) this.strings.add(input.text);
    this.reasons[i] = input.reason === null ? NONE : REASONS.indexOf(input.reason) + 1;
    this.ats[i] = input.at ?? Number.NaN;
    this.nums[i] = input.num ?? Number.NaN;
    const d = input.delays;
    this.delays[i * 4] = d === null ? Number.NaN : d[0];
    if (d !== null) {
      this.delays[i * 4 + 1] = d[1];
      this.delays[i * 4 + 2] = d[2];
      this.delays[i * 4 + 3] = d[3];
    }
  }

  /** The recorded columns, trimmed to their length. */
  columns(): CorrelationColumns {
    const n = this.length;
    return {
      length: n,
      flags: this.flags.slice(0, n),
      reasons: this.reasons.slice(0, n),
      ats: this.ats.slice(0, n),
      nums: this.nums.slice(0, n),
      delays: this.delays.slice(0, n * 4),
      strings: this.strings.join(),
    };
  }

  private grow(): void {
    this.capacity *= 2;
    this.flags = grown(this.flags, this.capacity);
    this.reasons = grown(this.reasons, this.capacity);
    this.ats = grown(this.ats, this.capacity);
    this.nums = grown(this.nums, this.capacity);
    this.delays = grown(this.delays, this.capacity * 4);
  }
}

/** Feed every recorded entry, in order, to `sink`. */
export function replay(columns: CorrelationColumns, sink: (input: CorrelationInput) => void): void {
  const strings = splitColumn(columns.strings, columns.length);
  let next = 0;
  for (let i = 0; i < columns.length; i++) {
    const flags = columns.flags[i] ?? 0;
    const at = columns.ats[i] ?? Number.NaN;
    const num = columns.nums[i] ?? Number.NaN;
    const reason = columns.reasons[i] ?? NONE;
    const d0 = columns.delays[i * 4] ?? Number.NaN;
    const key = strings[next++] ?? '';
    const text = (flags & HAS_TEXT) === 0 ? null : (strings[next++] ?? '');
    sink({
      op: (flags & 7) as Op,
      key,
      at: Number.isNaN(at) ? null : at,
      exim: (flags & 8) !== 0,
      text,
      num: Number.isNaN(num) ? null : num,
      delays: Number.isNaN(d0)
        ? null
        : [d0, columns.delays[i * 4 + 1] ?? 0, columns.delays[i * 4 + 2] ?? 0, columns.delays[i * 4 + 3] ?? 0],
      outcome: OUTCOMES[(flags >> 4) & 7] ?? null,
      reason: reason === NONE ? null : ((REASONS[reason - 1] ?? null) as Reason | null),
    });
  }
}
