/**
 * Line counts of one input segment by hour, for the `lines` records: what the report's
 * diagnostics, period, MTAs and inputs are built from in ClickHouse. A line with a time counts in
 * its hour; a line without one (foreign programs, unreadable lines, lines outside the window)
 * counts in the hour of the mail line before it, or of the first one after it when it opens the
 * segment. A segment without any dated line is counted at the Unix epoch.
 */
import type { LineCounts } from '../aggregate/accumulator.js';
import type { Mta } from '../types.js';

const HOUR_MS = 3_600_000;

export interface HourCounts extends LineCounts {
  bytes: number;
  postfix: boolean;
  exim: boolean;
  firstMs: number | null;
  lastMs: number | null;
}

type Counted = 'parsed' | 'foreign' | 'unrecognised' | 'outsideWindow';

function emptyCounts(): HourCounts {
  return {
    read: 0,
    parsed: 0,
    foreign: 0,
    unrecognised: 0,
    overlong: 0,
    notes: 0,
    outsideWindow: 0,
    bytes: 0,
    postfix: false,
    exim: false,
    firstMs: null,
    lastMs: null,
  };
}

function addCounts(into: HourCounts, from: HourCounts): void {
  for (const key of [
    'read',
    'parsed',
    'foreign',
    'unrecognised',
    'overlong',
    'notes',
    'outsideWindow',
    'bytes',
  ] as const) {
    into[key] += from[key];
  }
  into.postfix ||= from.postfix;
  into.exim ||= from.exim;
  if (from.firstMs !== null && (into.firstMs === null || from.firstMs < into.firstMs)) into.firstMs = from.firstMs;
  if (from.lastMs !== null && (into.lastMs === null || from.lastMs > into.lastMs)) into.lastMs = from.lastMs;
}

export class LineTally {
  private readonly hours = new Map<number, HourCounts>();
  /** Lines before the first dated one. */
  private prelude = emptyCounts();
  private current: HourCounts;
  private currentHour: number | null = null;
  private lastOffset: number;

  constructor(
    private readonly startOffset: number,
    readonly compressed: boolean,
  ) {
    this.current = this.prelude;
    this.lastOffset = startOffset;
  }

  /** The next line starts at `offset`; the bytes since the last one count in the current hour. */
  line(offset: number): void {
    if (offset < 0) return;
    this.current.bytes += offset - this.lastOffset;
    this.lastOffset = offset;
  }

  /** Start of the current hour (epoch ms), 0 before the first dated line. */
  currentMs(): number {
    return this.currentHour === null ? 0 : this.currentHour * HOUR_MS;
  }

  count(what: Counted, parsed: boolean, overlong = false): void {
    const c = this.current;
    c.read++;
    c[what]++;
    if (parsed && what !== 'parsed') c.parsed++;
    if (overlong) c.overlong++;
  }

  /** A mail line (not a continuation) inside the window. */
  mail(at: number | null, mta: Mta, note: boolean): void {
    if (at !== null) this.enter(Math.floor(at / HOUR_MS));
    const c = this.current;
    this.count('parsed', false);
    if (note) c.notes++;
    c[mta] = true;
    if (at !== null) {
      if (c.firstMs === null || at < c.firstMs) c.firstMs = at;
      if (c.lastMs === null || at > c.lastMs) c.lastMs = at;
    }
  }

  private enter(hour: number): void {
    if (hour === this.currentHour) return;
    let counts = this.hours.get(hour);
    if (counts === undefined) {
      counts = emptyCounts();
      this.hours.set(hour, counts);
    }
    if (this.currentHour === null) {
      addCounts(counts, this.prelude);
      this.prelude = emptyCounts();
    }
    this.current = counts;
    this.currentHour = hour;
  }

  /** One record body per hour with lines, after the input ended at `endOffset`. */
  records(endOffset: number): (HourCounts & { ms: number; offset: number; line: number; compressed: boolean })[] {
    if (endOffset > this.lastOffset) this.current.bytes += endOffset - this.lastOffset;
    this.lastOffset = endOffset;
    if (this.prelude.read > 0 || this.prelude.bytes > 0) this.enter(0);
    return [...this.hours]
      .filter(([, c]) => c.read > 0 || c.bytes > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([hour, c]) => ({
        ...c,
        ms: hour * HOUR_MS,
        offset: this.startOffset,
        line: 0,
        compressed: this.compressed,
      }));
  }
}
