/**
 * `--since` / `--until` → instants. Pure: "now" and the zone are inputs.
 *
 *   2024-03-10, 2024-03-10T06:00, 2024-03-10 06:00:00, 2024-03-10T06:00:00+01:00   absolute
 *   24h, 30m, 7d, 2w                                                                 that long before now
 *   now, today, yesterday                                                            midnight of the day, in --tz
 *   last-week                                                                        Monday 00:00 of the previous week
 *
 * A day or a week given to --until means its start: `--since yesterday --until today` is
 * exactly yesterday. Times without an offset are wall-clock times in --tz.
 */
import type { ZoneClock } from '../parse/time.js';

export type WindowResult = { ok: true; value: number } | { ok: false; message: string };

const SPAN = /^(\d+)([mhdw])$/;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const ABSOLUTE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Local calendar fields of an instant in the zone. */
function localDate(clock: ZoneClock, at: number): { year: number; month: number; day: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: clock.zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    year: Number(get('year')),
    month: Number(get('month')) - 1,
    day: Number(get('day')),
    weekday: weekdays.indexOf(get('weekday')),
  };
}

function midnight(clock: ZoneClock, year: number, month: number, day: number): number {
  return clock.toEpoch(year, month, day, 0, 0, 0);
}

export function parseWhen(text: string, now: number, clock: ZoneClock): WindowResult {
  const t = text.trim().toLowerCase();
  if (t === 'now') return { ok: true, value: now };
  const today = localDate(clock, now);
  if (t === 'today') return { ok: true, value: midnight(clock, today.year, today.month, today.day) };
  if (t === 'yesterday') return { ok: true, value: midnight(clock, today.year, today.month, today.day - 1) };
  if (t === 'last-week') {
    return { ok: true, value: midnight(clock, today.year, today.month, today.day - today.weekday - 7) };
  }
  if (t === 'this-week')
    return { ok: true, value: midnight(clock, today.year, today.month, today.day - today.weekday) };
  const span = SPAN.exec(t);
  if (span?.[1] !== undefined && span[2] !== undefined) {
    return { ok: true, value: now - Number(span[1]) * (UNIT_MS[span[2]] ?? 0) };
  }
  const abs = ABSOLUTE.exec(text.trim());
  if (abs !== null) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = abs;
    const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
    if (fields[1] > 11 || fields[2] < 1 || fields[2] > 31 || fields[3] > 23 || fields[4] > 59 || fields[5] > 60) {
      return { ok: false, message: `"${text}" is not a valid date and time` };
    }
    if (zone === undefined) return { ok: true, value: clock.toEpoch(...fields) };
    const utc = Date.UTC(...fields);
    if (zone === 'Z') return { ok: true, value: utc };
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return { ok: true, value: utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000 };
  }
  return {
    ok: false,
    message: `"${text}" is not a time: use an ISO date (2024-03-10, 2024-03-10T06:00), a span (24h, 7d) or today, yesterday, last-week`,
  };
}

export interface Window {
  since: number | null;
  until: number | null;
}

export function parseWindow(
  since: string | null,
  until: string | null,
  now: number,
  clock: ZoneClock,
): { ok: true; value: Window } | { ok: false; message: string } {
  const from = since === null ? null : parseWhen(since, now, clock);
  if (from !== null && !from.ok) return { ok: false, message: `--since: ${from.message}` };
  let to = until === null ? null : parseWhen(until, now, clock);
  if (to !== null && !to.ok) return { ok: false, message: `--until: ${to.message}` };
  // `--since last-week` alone means that week, up to Monday 00:00 of this one.
  if (to === null && since?.trim().toLowerCase() === 'last-week') to = parseWhen('this-week', now, clock);
  const window = { since: from?.ok === true ? from.value : null, until: to?.ok === true ? to.value : null };
  if (window.since !== null && window.until !== null && window.since >= window.until) {
    return { ok: false, message: '--since must be before --until' };
  }
  return { ok: true, value: window };
}
