/**
 * A worker thread's message-level events, recorded in columns so they cross to the main thread
 * as a few typed arrays rather than hundreds of thousands of objects; the main thread replays
 * them in input order through one correlator, which keeps correlation across chunk borders exact.
 *
 * Keys and addresses repeat (a message has several events, a recipient many messages), so each
 * distinct string is stored once, copied off its line (a slice would pin the decoded piece of
 * the log it came from), and the columns hold its number.
 */
import { REASONS, type Reason } from '../catalog/reasons.js';
import { own } from '../parse/strings.js';
import type { CorrelationInput, Op } from './correlate.js';

const OUTCOMES = [null, 'delivered', 'forwarded', 'deferred', 'bounced', 'expired'] as const;
/** Column value for "no string" and "no reason". */
const NONE = 0;

/** What crosses from a worker: plain arrays and typed arrays, cheap to clone. */
export interface CorrelationColumns {
  length: number;
  /** op | exim << 3 | outcome << 4, one byte per entry. */
  flags: Uint8Array;
  /** Indices into `strings` (0: none). */
  keys: Uint32Array;
  texts: Uint32Array;
  /** 0: none, else 1 + the index in REASONS. */
  reasons: Uint8Array;
  /** NaN stands for null. */
  ats: Float64Array;
  nums: Float64Array;
  /** Four per entry; NaN in the first stands for "no delays". */
  delays: Float64Array;
  /** Distinct strings; index 0 is unused. */
  strings: string[];
}

/** Appends entries, growing its arrays by doubling. */
export class CorrelationRecorder {
  private length = 0;
  private capacity = 1024;
  private flags = new Uint8Array(this.capacity);
  private keys = new Uint32Array(this.capacity);
  private texts = new Uint32Array(this.capacity);
  private reasons = new Uint8Array(this.capacity);
  private ats = new Float64Array(this.capacity);
  private nums = new Float64Array(this.capacity);
  private delays = new Float64Array(this.capacity * 4);
  private readonly strings: string[] = [''];
  private readonly stringIndex = new Map<string, number>();

  record(input: CorrelationInput): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.flags[i] = input.op | (input.exim ? 8 : 0) | (OUTCOMES.indexOf(input.outcome) << 4);
    this.keys[i] = this.intern(input.key);
    this.texts[i] = input.text === null ? NONE : this.intern(input.text);
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
      keys: this.keys.slice(0, n),
      texts: this.texts.slice(0, n),
      reasons: this.reasons.slice(0, n),
      ats: this.ats.slice(0, n),
      nums: this.nums.slice(0, n),
      delays: this.delays.slice(0, n * 4),
      strings: this.strings,
    };
  }

  private intern(text: string): number {
    const known = this.stringIndex.get(text);
    if (known !== undefined) return known;
    const copy = own(text);
    this.strings.push(copy);
    this.stringIndex.set(copy, this.strings.length - 1);
    return this.strings.length - 1;
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Uint8Array | Uint32Array | Float64Array>(old: T, size: number): T => {
      const next = new (old.constructor as new (n: number) => T)(size);
      next.set(old);
      return next;
    };
    this.flags = grown(this.flags, this.capacity);
    this.keys = grown(this.keys, this.capacity);
    this.texts = grown(this.texts, this.capacity);
    this.reasons = grown(this.reasons, this.capacity);
    this.ats = grown(this.ats, this.capacity);
    this.nums = grown(this.nums, this.capacity);
    this.delays = grown(this.delays, this.capacity * 4);
  }
}

/** Feed every recorded entry, in order, to `sink`. */
export function replay(columns: CorrelationColumns, sink: (input: CorrelationInput) => void): void {
  const { strings } = columns;
  for (let i = 0; i < columns.length; i++) {
    const flags = columns.flags[i] ?? 0;
    const at = columns.ats[i] ?? Number.NaN;
    const num = columns.nums[i] ?? Number.NaN;
    const text = columns.texts[i] ?? NONE;
    const reason = columns.reasons[i] ?? NONE;
    const d0 = columns.delays[i * 4] ?? Number.NaN;
    sink({
      op: (flags & 7) as Op,
      key: strings[columns.keys[i] ?? NONE] ?? '',
      at: Number.isNaN(at) ? null : at,
      exim: (flags & 8) !== 0,
      text: text === NONE ? null : (strings[text] ?? null),
      num: Number.isNaN(num) ? null : num,
      delays: Number.isNaN(d0)
        ? null
        : [d0, columns.delays[i * 4 + 1] ?? 0, columns.delays[i * 4 + 2] ?? 0, columns.delays[i * 4 + 3] ?? 0],
      outcome: OUTCOMES[flags >> 4] ?? null,
      reason: reason === NONE ? null : ((REASONS[reason - 1] ?? null) as Reason | null),
    });
  }
}
