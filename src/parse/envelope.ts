/**
 * The envelope of a log line: when, which host, which program, which pid, and where the message
 * starts. Recognised forms (each checked on its first characters, so detection costs nothing):
 *
 *   Jan  5 06:52:11 mx1 postfix/smtp[20459]: msg            classic syslog (RFC 3164), also `Jan 05`,
 *                                                           journalctl -o short / short-precise (`.123456`),
 *                                                           month names of other locales (`Απρ 15`)
 *   2013 Jun 10 06:48:17.123 gds39d postfix/smtp[1]: msg    year-prefixed (FgForrest corpus)
 *   2024-01-05T06:52:11.123456+01:00 mx1 postfix/smtp[1]: m RFC 3339 (rsyslog), journalctl -o short-iso(-precise)
 *                                                           with `Z`, `+hh:mm` or `+hhmm`
 *   <22>1 2024-01-05T06:52:11Z mx1 postfix/qmgr 812 - - msg RFC 5424
 *   <22>Jan  5 06:52:11 mx1 postfix/smtp[1]: msg           RFC 3164 with its PRI part
 *   {"__REALTIME_TIMESTAMP":"...","MESSAGE":"..."}         journalctl -o json
 *   __REALTIME_TIMESTAMP=... / MESSAGE=... / (blank line)   journalctl -o export (gathered by LineParser)
 *   2024-01-05 06:52:11.123 +0100 [1234] msg               Exim's own log files
 *   1370845939.234567 mx1 postfix/smtpd[5530]: msg          journalctl -o short-unix
 *   Mon 2013-06-10 08:32:19 CEST mx1 postfix/smtpd[5530]: m journalctl -o short-full
 *   2024-01-05T05:52:11.1Z Jan 05 06:52:11 mx1 postfix/..  `docker logs -t` prefix before syslog
 *
 * Solaris adds `[ID 197553 mail.info]` after the program; it is skipped.
 */
import type { Envelope } from '../types.js';
import { own } from './strings.js';
import {
  clockAt,
  fourDigits,
  fractionAt,
  localeMonthIndex,
  monthIndex,
  parseOffsetAt,
  twoDigits,
  type YearGuesser,
  type ZoneClock,
} from './time.js';

export type EnvelopeFormat =
  | 'syslog'
  | 'syslog-year'
  | 'syslog-iso'
  | 'rfc3339'
  | 'rfc5424'
  | 'journal-json'
  | 'journal-export'
  | 'journal-unix'
  | 'journal-full'
  | 'exim';

export interface EnvelopeResult {
  envelope: Envelope;
  /** The message after `program[pid]: ` (or after Exim's timestamp fields). */
  body: string;
  format: EnvelopeFormat;
}

export interface TimeContext {
  clock: ZoneClock;
  years: YearGuesser;
  /**
   * The last classic stamp converted, for reuse: its text from the month to the minutes, the
   * instant of second 0 of that minute, and the latest instant the conversion holds for (a
   * year-less stamp past the reference instant belongs to the year before, see YearGuesser).
   */
  stamp?: { start: number; year: number | null; text: string; at: number; until: number };
}

export type EnvelopeOutcome = EnvelopeResult | 'no-envelope' | 'bad-timestamp';

const SPACE = 32;

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Parse the envelope of a line. Pure apart from the year guesser's New-Year bookkeeping. */
export function parseEnvelope(line: string, time: TimeContext): EnvelopeOutcome {
  const c0 = line.charCodeAt(0);
  if (c0 === 123 /* { */) return parseJournalJson(line);
  if (c0 === 60 /* < */) return parseWithPri(line, time);
  if (c0 >= 48 && c0 <= 57) return parseNumericStart(line, time);
  if (c0 >= 65 && c0 <= 90 && line.charCodeAt(3) === SPACE && line.charCodeAt(8) === 45) return parseFull(line, time);
  if ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 > 127) return parseClassic(line, 0, time, null);
  return 'no-envelope';
}

/** `Mmm dd hh:mm:ss[.frac] host program[pid]: msg` starting at `i`; `year` when already known. */
function parseClassic(line: string, i: number, time: TimeContext, year: number | null): EnvelopeOutcome {
  // Consecutive lines mostly share their minute: when the stamp up to the minutes is the same
  // text as the last one converted, only the seconds are new. (Zone offsets are cached per hour,
  // so the instant is linear in the seconds within a minute.)
  const cache = time.stamp;
  if (cache !== undefined && cache.start === i && cache.year === year && line.startsWith(cache.text, i)) {
    let j = i + cache.text.length;
    const second = line.charCodeAt(j) === 58 ? twoDigits(line, j + 1) : -1;
    const at = cache.at + second * 1000;
    if (second >= 0 && second <= 60 && at <= cache.until) {
      j += 3;
      const frac = fractionAt(line, j);
      j += frac.length;
      if (line.charCodeAt(j) !== SPACE) return 'no-envelope';
      return parseHostProgram(line, j + 1, at + frac.ms, year === null ? 'syslog' : 'syslog-year');
    }
  }
  // The month: English nearly always (`Jan`), another language's name under a non-English
  // LC_TIME (`Mär`, `févr.`, `Απρ`).
  let month = line.charCodeAt(i + 3) === SPACE ? monthIndex(line.slice(i, i + 3)) : -1;
  let j = i + 4;
  if (month < 0) {
    const end = line.indexOf(' ', i);
    if (end < i + 2 || end > i + 13) return 'no-envelope';
    month = localeMonthIndex(line.slice(i, end));
    if (month < 0) return 'no-envelope';
    j = end + 1;
  }
  // Day: ` 5`, `05` or `5` (a single space after the month, as some relays write it).
  let day: number;
  if (line.charCodeAt(j) === SPACE) j++;
  if (isDigitAt(line, j) && isDigitAt(line, j + 1)) {
    day = twoDigits(line, j);
    j += 2;
  } else if (isDigitAt(line, j)) {
    day = line.charCodeAt(j) - 48;
    j += 1;
  } else {
    return 'no-envelope';
  }
  if (line.charCodeAt(j) !== SPACE) return 'no-envelope';
  const hms = clockAt(line, j + 1);
  if (hms === null || day < 1 || day > 31) return 'bad-timestamp';
  j += 9;
  const atSecond =
    year === null
      ? time.years.epoch(month, day, hms[0], hms[1], hms[2], 0)
      : time.clock.toEpoch(year, month, day, hms[0], hms[1], hms[2], 0);
  // A stamp placed a year back is rare (New Year, an archive touched later): not reused.
  if (year !== null || !time.years.wentBack) {
    time.stamp = {
      start: i,
      year,
      text: own(line.slice(i, j - 3)),
      at: atSecond - hms[2] * 1000,
      until: year === null ? time.years.latest : Number.POSITIVE_INFINITY,
    };
  }
  const frac = fractionAt(line, j);
  j += frac.length;
  if (line.charCodeAt(j) !== SPACE) return 'no-envelope';
  return parseHostProgram(line, j + 1, atSecond + frac.ms, year === null ? 'syslog' : 'syslog-year');
}

/** `journalctl -o short-unix`: `1370845939.234567 host program[pid]: msg`, seconds since 1970 (UTC). */
function parseUnix(line: string): EnvelopeOutcome {
  let j = 0;
  let seconds = 0;
  while (j < 12) {
    const d = line.charCodeAt(j) - 48;
    if (d < 0 || d > 9) break;
    seconds = seconds * 10 + d;
    j++;
  }
  if (j < 9) return 'no-envelope';
  const frac = fractionAt(line, j);
  j += frac.length;
  if (line.charCodeAt(j) !== SPACE) return 'no-envelope';
  return parseHostProgram(line, j + 1, seconds * 1000 + frac.ms, 'journal-unix');
}

const WEEKDAYS = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

/**
 * `journalctl -o short-full` (and `with-unit`): `Mon 2013-06-10 08:32:19 CEST host program[pid]: msg`.
 * The zone is an abbreviation, which names no offset for sure (CST is three zones): the time is read
 * in `--tz`, the zone of the machine that ran journalctl, unless it says UTC or a numeric offset.
 */
function parseFull(line: string, time: TimeContext): EnvelopeOutcome {
  if (!WEEKDAYS.has(line.slice(0, 3))) return 'no-envelope';
  const year = fourDigits(line, 4);
  const month = twoDigits(line, 9) - 1;
  const day = twoDigits(line, 12);
  if (year < 0 || line.charCodeAt(11) !== 45 || line.charCodeAt(14) !== SPACE) return 'no-envelope';
  const hms = clockAt(line, 15);
  if (hms === null || month < 0 || month > 11 || day < 1 || day > 31) return 'bad-timestamp';
  let j = 23;
  const frac = fractionAt(line, j);
  j += frac.length;
  if (line.charCodeAt(j) !== SPACE) return 'no-envelope';
  const zoneEnd = line.indexOf(' ', j + 1);
  if (zoneEnd === -1) return 'no-envelope';
  const zone = line.slice(j + 1, zoneEnd);
  const offset = zone === 'UTC' || zone === 'GMT' ? { minutes: 0, length: zone.length } : parseOffsetAt(zone, 0);
  const at =
    offset !== null && offset.length === zone.length
      ? Date.UTC(year, month, day, hms[0], hms[1], hms[2], frac.ms) - offset.minutes * 60_000
      : time.clock.toEpoch(year, month, day, hms[0], hms[1], hms[2], frac.ms);
  return parseHostProgram(line, zoneEnd + 1, at, 'journal-full');
}

/** Lines starting with a digit: RFC 3339, Exim's own format, or the year-prefixed syslog form. */
function parseNumericStart(line: string, time: TimeContext): EnvelopeOutcome {
  const year = fourDigits(line, 0);
  if (year < 0) return 'no-envelope';
  const sep = line.charCodeAt(4);
  if (sep >= 48 && sep <= 57) return parseUnix(line);
  if (sep === SPACE) return parseClassic(line, 5, time, year);
  if (sep !== 45 /* - */ || line.charCodeAt(7) !== 45) return 'no-envelope';
  const month = twoDigits(line, 5) - 1;
  const day = twoDigits(line, 8);
  const t = line.charCodeAt(10);
  if (month < 0 || month > 11 || day < 1 || day > 31) return 'bad-timestamp';
  const hms = clockAt(line, 11);
  if (hms === null) return 'bad-timestamp';
  let j = 19;
  const frac = fractionAt(line, j);
  j += frac.length;
  if (t === 84 /* T */ || t === 116 /* t */) {
    const offset = parseOffsetAt(line, j);
    let at: number;
    if (offset === null) {
      at = time.clock.toEpoch(year, month, day, hms[0], hms[1], hms[2], frac.ms);
    } else {
      at = Date.UTC(year, month, day, hms[0], hms[1], hms[2], frac.ms) - offset.minutes * 60_000;
      j += offset.length;
    }
    if (line.charCodeAt(j) !== SPACE) return 'no-envelope';
    // `docker logs -t`: a precise UTC stamp in front of a whole syslog line.
    const inner = j + 1;
    if (monthIndex(line.slice(inner, inner + 3)) >= 0 && line.charCodeAt(inner + 3) === SPACE) {
      const nested = parseClassic(line, inner, time, null);
      if (typeof nested !== 'string') {
        nested.envelope.at = at;
        return nested;
      }
    }
    return parseHostProgram(line, inner, at, 'rfc3339');
  }
  if (t !== SPACE) return 'no-envelope';
  return parseEximEnvelope(line, j, time, year, month, day, hms, frac.ms);
}

/** Exim: `YYYY-MM-DD hh:mm:ss[.ddd][ +zone][ [pid]] msg` (log_selector +millisec, log_timezone, +pid). */
function parseEximEnvelope(
  line: string,
  from: number,
  time: TimeContext,
  year: number,
  month: number,
  day: number,
  hms: [number, number, number],
  ms: number,
): EnvelopeOutcome {
  let j = from;
  if (line.charCodeAt(j) !== SPACE) return j >= line.length ? 'no-envelope' : 'no-envelope';
  j++;
  let at: number;
  const offset = parseOffsetAt(line, j);
  if (offset !== null && offset.length >= 5 && line.charCodeAt(j + offset.length) === SPACE) {
    at = Date.UTC(year, month, day, hms[0], hms[1], hms[2], ms) - offset.minutes * 60_000;
    j += offset.length + 1;
  } else {
    at = time.clock.toEpoch(year, month, day, hms[0], hms[1], hms[2], ms);
  }
  // Some syslog templates write `2016-04-01 11:08:00 HOST prog[pid]: msg` (or a level word in
  // place of the host): the second token is a syslog tag, which Exim's own lines never have.
  const firstSpace = line.indexOf(' ', j);
  if (firstSpace > j) {
    const tagEnd = line.indexOf(': ', firstSpace + 1);
    const nextSpace = line.indexOf(' ', firstSpace + 1);
    if (tagEnd !== -1 && (nextSpace === -1 || tagEnd < nextSpace) && line.charCodeAt(tagEnd - 1) === 93) {
      return parseHostProgram(line, j, at, 'syslog-iso');
    }
  }
  let pid: number | null = null;
  if (line.charCodeAt(j) === 91 /* [ */) {
    const close = line.indexOf(']', j);
    if (close > j + 1 && close - j < 12) {
      const n = Number(line.slice(j + 1, close));
      if (Number.isInteger(n)) {
        pid = n;
        j = close + 1;
        if (line.charCodeAt(j) === SPACE) j++;
      }
    }
  }
  return {
    envelope: { at, host: null, program: 'exim', service: 'exim', pid },
    body: line.slice(j),
    format: 'exim',
  };
}

/** `host program[pid]: msg` from `i`. */
function parseHostProgram(line: string, i: number, at: number, format: EnvelopeFormat): EnvelopeOutcome {
  const hostEnd = line.indexOf(' ', i);
  if (hostEnd <= i) return 'no-envelope';
  const host = line.slice(i, hostEnd);
  const p = hostEnd + 1;
  // The tag runs to `[` (a pid follows) or to `:`; a space first means there is no tag at all,
  // as in rsyslog's "last message repeated 3 times".
  const n = line.length;
  let k = p;
  let c = 0;
  while (k < n) {
    c = line.charCodeAt(k);
    if (c === 91 || c === 58 || c === SPACE) break;
    k++;
  }
  if (k === n || c === SPACE || k === p) {
    return { envelope: { at, host, program: '', service: '', pid: null }, body: line.slice(p), format };
  }
  let pid: number | null = null;
  let bodyStart: number;
  if (c === 91) {
    let j = k + 1;
    let value = 0;
    let digits = 0;
    while (j < n) {
      const d = line.charCodeAt(j) - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
      digits++;
      j++;
    }
    if (line.charCodeAt(j) !== 93 || line.charCodeAt(j + 1) !== 58) return 'no-envelope';
    pid = digits > 0 && digits < 16 ? value : null;
    bodyStart = j + 2;
  } else {
    bodyStart = k + 1;
  }
  if (line.charCodeAt(bodyStart) === SPACE) bodyStart++;
  // Solaris: "[ID 197553 mail.info] " after the tag.
  if (line.charCodeAt(bodyStart) === 91 && line.startsWith('[ID ', bodyStart)) {
    const close = line.indexOf('] ', bodyStart);
    if (close !== -1) bodyStart = close + 2;
  }
  const program = line.slice(p, k);
  return { envelope: { at, host, program, service: serviceOf(program), pid }, body: line.slice(bodyStart), format };
}

const SERVICES = new Map<string, string>();

/** `postfix/submission/smtpd` → `smtpd`; memoised, since a log has a handful of programs. */
function serviceOf(program: string): string {
  let service = SERVICES.get(program);
  if (service === undefined) {
    const slash = program.lastIndexOf('/');
    service = slash === -1 ? program : program.slice(slash + 1);
    if (SERVICES.size > 1000) SERVICES.clear();
    SERVICES.set(own(program), own(service));
  }
  return service;
}

/** `<PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG` (RFC 5424), or `<PRI>` + classic syslog. */
function parseWithPri(line: string, time: TimeContext): EnvelopeOutcome {
  const close = line.indexOf('>');
  if (close < 2 || close > 4) return 'no-envelope';
  const rest = close + 1;
  if (!isDigitAt(line, rest)) return parseClassic(line, rest, time, null);
  // RFC 5424: VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG]
  const fields: string[] = [];
  let j = rest;
  for (let k = 0; k < 6; k++) {
    const sp = line.indexOf(' ', j);
    if (sp === -1) return 'no-envelope';
    fields.push(line.slice(j, sp));
    j = sp + 1;
  }
  const [, stamp, host, app, procid] = fields;
  if (stamp === undefined || host === undefined || app === undefined || procid === undefined) return 'no-envelope';
  const at = rfc3339Instant(stamp, time);
  if (at === null) return 'bad-timestamp';
  // Structured data: `-` or one or more `[...]` elements (`]` inside values is escaped as `\]`).
  if (line.charCodeAt(j) === 45) {
    j += 1;
  } else {
    while (line.charCodeAt(j) === 91) {
      let k = j + 1;
      while (k < line.length && !(line.charCodeAt(k) === 93 && line.charCodeAt(k - 1) !== 92)) k++;
      j = k + 1;
    }
  }
  if (line.charCodeAt(j) === SPACE) j++;
  let body = line.slice(j);
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1); // the BOM RFC 5424 allows before MSG
  const pid = procid === '-' ? null : Number(procid);
  const program = app === '-' ? '' : app;
  const slash = program.lastIndexOf('/');
  return {
    envelope: {
      at,
      host: host === '-' ? null : host,
      program,
      service: slash === -1 ? program : program.slice(slash + 1),
      pid: pid !== null && Number.isInteger(pid) ? pid : null,
    },
    body,
    format: 'rfc5424',
  };
}

/** An RFC 3339 timestamp as a whole string → epoch ms, or null. */
export function rfc3339Instant(stamp: string, time: TimeContext): number | null {
  const year = fourDigits(stamp, 0);
  if (year < 0 || stamp.charCodeAt(4) !== 45 || stamp.charCodeAt(7) !== 45) return null;
  const month = twoDigits(stamp, 5) - 1;
  const day = twoDigits(stamp, 8);
  const hms = clockAt(stamp, 11);
  if (month < 0 || month > 11 || day < 1 || day > 31 || hms === null) return null;
  const frac = fractionAt(stamp, 19);
  const offset = parseOffsetAt(stamp, 19 + frac.length);
  if (offset === null) return time.clock.toEpoch(year, month, day, hms[0], hms[1], hms[2], frac.ms);
  return Date.UTC(year, month, day, hms[0], hms[1], hms[2], frac.ms) - offset.minutes * 60_000;
}

/** journalctl -o json. MESSAGE is an array of byte values when it is not valid UTF-8. */
function parseJournalJson(line: string): EnvelopeOutcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return 'no-envelope';
  }
  if (typeof record !== 'object' || record === null) return 'no-envelope';
  return journalEntry(record as Record<string, unknown>, 'journal-json');
}

/**
 * One journal entry's fields (from `-o json`, or gathered from `-o export` by the line parser)
 * → the envelope and message of a log line.
 */
export function journalEntry(r: Record<string, unknown>, format: EnvelopeFormat): EnvelopeOutcome {
  const message = r['MESSAGE'];
  let body: string;
  if (typeof message === 'string') body = message;
  else if (Array.isArray(message) && message.every((b) => typeof b === 'number')) {
    body = Buffer.from(message as number[]).toString('utf8');
  } else return 'no-envelope';
  // The journal keeps multi-line messages whole; a log line is one line. An embedded line break
  // would otherwise reach the reports and forge lines there (syslog daemons write it as #012).
  if (body.includes('\n') || body.includes('\r')) body = body.replace(/[\r\n]+/g, ' ');
  const micros = r['__REALTIME_TIMESTAMP'] ?? r['_SOURCE_REALTIME_TIMESTAMP'];
  const at = typeof micros === 'string' && /^\d{1,20}$/.test(micros) ? Math.floor(Number(micros) / 1000) : null;
  if (at === null) return 'bad-timestamp';
  const identifier = r['SYSLOG_IDENTIFIER'];
  const program = typeof identifier === 'string' ? identifier : '';
  const pidField = r['SYSLOG_PID'] ?? r['_PID'];
  const pid = typeof pidField === 'string' && /^\d+$/.test(pidField) ? Number(pidField) : null;
  const hostField = r['_HOSTNAME'];
  const slash = program.lastIndexOf('/');
  return {
    envelope: {
      at,
      host: typeof hostField === 'string' ? hostField : null,
      program,
      service: slash === -1 ? program : program.slice(slash + 1),
      pid,
    },
    body,
    format,
  };
}
