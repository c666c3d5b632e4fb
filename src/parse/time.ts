/**
 * Wall-clock times in logs → absolute instants (epoch ms, UTC).
 *
 * Classic syslog and Exim's own timestamps carry no zone: they are the server's local time, so
 * the zone is an input (`--tz`, default the zone of the machine running mailtriage). Classic
 * syslog also carries no year: the year comes from `--year` or is inferred from a reference
 * instant, normally the file's modification time (the last line was written no later than
 * that), which gives the right answer across New Year and for archives older than a year.
 */
import { LOCALE_MONTH_NAMES } from './month-names.js';

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** `Jan`..`Dec` → 0..11, or -1. Also accepts all-caps and lower-case spellings. */
export function monthIndex(name: string): number {
  const exact = MONTHS[name];
  if (exact !== undefined) return exact;
  if (name.length !== 3) return -1;
  const normal = name[0]?.toUpperCase() + name.slice(1).toLowerCase();
  return MONTHS[normal] ?? -1;
}

const LOCALE_MONTHS = new Map<string, number>(
  LOCALE_MONTH_NAMES.flatMap((names, month) => names.split(' ').map((name) => [name, month] as const)),
);

/** A month name of another language (`Mär`, `févr.`, `Απρ`) → 0..11, or -1; see month-names.ts. */
export function localeMonthIndex(name: string): number {
  return LOCALE_MONTHS.get(name.toLowerCase()) ?? -1;
}

/**
 * Converts local wall-clock fields in one IANA time zone to epoch milliseconds. Offsets are
 * cached per local hour, which is exact for every zone whose transitions fall on the hour.
 */
export class ZoneClock {
  readonly zone: string;
  private readonly utc: boolean;
  private readonly formatter: Intl.DateTimeFormat | null;
  private readonly offsets = new Map<number, number>();

  constructor(zone: string) {
    this.zone = zone;
    this.utc = zone === 'UTC' || zone === 'Etc/UTC' || zone === 'GMT' || zone === 'Z';
    this.formatter = this.utc
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
  }

  /** Throws a RangeError for an unknown zone name; call once at start-up to validate. */
  static validate(zone: string): boolean {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }

  /** Offset of the zone at an instant, in ms (local = utc + offset). */
  private offsetAt(utcMs: number): number {
    if (this.formatter === null) return 0;
    const parts = this.formatter.formatToParts(new Date(utcMs));
    const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(
      field('year'),
      field('month') - 1,
      field('day'),
      field('hour'),
      field('minute'),
      field('second'),
    );
    return asUtc - Math.floor(utcMs / 1000) * 1000;
  }

  /**
   * Local wall-clock time → epoch ms. A time that happens twice (the hour repeated when clocks go
   * back) is the first of the two; a time that never happens (the hour skipped when clocks go
   * forward) is read with the offset before the change, so 02:30 becomes 03:30 of the new offset.
   */
  toEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, ms = 0): number {
    const wall = Date.UTC(year, month, day, hour, minute, second, ms);
    if (this.utc) return wall;
    const key = Math.floor(wall / 3_600_000);
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = this.offsetOfWall(wall);
      if (this.offsets.size > 50_000) this.offsets.clear();
      this.offsets.set(key, offset);
    }
    return wall - offset;
  }

  /** The offset that makes `wall` (local time written as if UTC) a real instant; see toEpoch. */
  private offsetOfWall(wall: number): number {
    // Zones change offset at most once within a day either side, so the offsets a day before
    // and a day after are the only candidates; one holds if its instant shows that offset.
    const before = this.offsetAt(wall - 86_400_000);
    const after = this.offsetAt(wall + 86_400_000);
    if (before === after) return before;
    const beforeHolds = this.offsetAt(wall - before) === before;
    const afterHolds = this.offsetAt(wall - after) === after;
    if (beforeHolds && afterHolds) return Math.max(before, after);
    if (afterHolds) return after;
    return before;
  }

  /** The local calendar year at an instant. */
  yearAt(utcMs: number): number {
    return new Date(utcMs + this.offsetAt(utcMs)).getUTCFullYear();
  }
}

/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants ISO 8601's four-digit years can print. */
const FIRST_PRINTABLE_MS = -62_167_219_200_000;
const LAST_PRINTABLE_MS = 253_402_300_799_999;

/**
 * A line's instant must be printable as `YYYY-MM-DDThh:mm:ss.sssZ` in every report: a journal
 * stamp of 10^20 microseconds is no date at all (`toISOString` throws), and `9999-12-31 23:59:60`
 * or a `-99:99` offset roll past year 9999 into a six-digit year the report schema rejects.
 */
export function isPrintableInstant(ms: number): boolean {
  return ms >= FIRST_PRINTABLE_MS && ms <= LAST_PRINTABLE_MS;
}

/** One day of slack: clocks drift and files are touched after their last line. */
const FUTURE_SLACK_MS = 86_400_000;

/**
 * Year inference for year-less timestamps. With an explicit year, that is the year of the first
 * line and a month that goes backwards (December → January) moves to the next year. Without
 * one, a line is placed in the latest year that does not put it after the reference instant.
 */
export class YearGuesser {
  private year: number | null;
  private lastMonth = -1;
  /** The reference instant's local year (a zone conversion, so worked out once). */
  private referenceYear: number | null = null;

  constructor(
    private readonly clock: ZoneClock,
    private readonly referenceMs: number,
    explicitYear: number | null,
  ) {
    this.year = explicitYear;
  }

  /** Whether the last year-less `epoch` placed its stamp a year before the reference's year. */
  wentBack = false;

  epoch(month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
    this.wentBack = false;
    if (this.year !== null) {
      if (this.lastMonth !== -1 && month < this.lastMonth && this.lastMonth - month > 6) this.year++;
      this.lastMonth = month;
      return this.clock.toEpoch(this.year, month, day, hour, minute, second, ms);
    }
    this.referenceYear ??= this.clock.yearAt(this.referenceMs);
    const refYear = this.referenceYear;
    const at = this.clock.toEpoch(refYear, month, day, hour, minute, second, ms);
    if (at <= this.latest) return at;
    this.wentBack = true;
    return this.clock.toEpoch(refYear - 1, month, day, hour, minute, second, ms);
  }

  /** Year-less stamps: the latest instant placed in the reference's year (later ones go a year back). */
  get latest(): number {
    return this.year === null ? this.referenceMs + FUTURE_SLACK_MS : Number.POSITIVE_INFINITY;
  }
}

/**
 * Zone offset designator at `i` in an RFC 3339 / journalctl / Exim timestamp: `Z`, `+hh:mm`,
 * `+hhmm` or `+hh`. Returns the offset in minutes and the designator's length, or null.
 */
export function parseOffsetAt(s: string, i: number): { minutes: number; length: number } | null {
  const c = s.charCodeAt(i);
  if (c === 90 /* Z */) return { minutes: 0, length: 1 };
  if (c !== 43 && c !== 45) return null;
  const sign = c === 45 ? -1 : 1;
  const h = twoDigits(s, i + 1);
  if (h < 0) return null;
  if (s.charCodeAt(i + 3) === 58 /* : */) {
    const m = twoDigits(s, i + 4);
    if (m < 0) return null;
    return { minutes: sign * (h * 60 + m), length: 6 };
  }
  const m = twoDigits(s, i + 3);
  if (m >= 0) return { minutes: sign * (h * 60 + m), length: 5 };
  return { minutes: sign * h * 60, length: 3 };
}

/** Two ASCII digits at `i` as a number, or -1 (also past the end, where charCodeAt gives NaN). */
export function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9)) return -1;
  return a * 10 + b;
}

/** Four ASCII digits at `i` as a number, or -1. */
export function fourDigits(s: string, i: number): number {
  const hi = twoDigits(s, i);
  const lo = twoDigits(s, i + 2);
  if (hi < 0 || lo < 0) return -1;
  return hi * 100 + lo;
}

/** `hh:mm:ss` at `i` → [h, m, s], or null. */
export function clockAt(s: string, i: number): [number, number, number] | null {
  if (s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58) return null;
  const h = twoDigits(s, i);
  const m = twoDigits(s, i + 3);
  const sec = twoDigits(s, i + 6);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return null;
  return [h, m, sec];
}

/** Fractional seconds `.d{1,9}` at `i` → {ms, length}; length 0 when absent. */
export function fractionAt(s: string, i: number): { ms: number; length: number } {
  if (s.charCodeAt(i) !== 46) return { ms: 0, length: 0 };
  let j = i + 1;
  let ms = 0;
  let digits = 0;
  while (j < s.length) {
    const d = s.charCodeAt(j) - 48;
    if (d < 0 || d > 9) break;
    if (digits < 3) ms = ms * 10 + d;
    digits++;
    j++;
  }
  if (digits === 0) return { ms: 0, length: 0 };
  for (let k = digits; k < 3; k++) ms *= 10;
  return { ms, length: j - i };
}
