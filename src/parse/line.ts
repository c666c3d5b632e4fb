/**
 * One input's lines → ParseResults. Pure except for the small per-input state a real log needs:
 * the year guesser (New Year rollover), Exim's syslog-split parts (`[2/3] ...`), and whether the
 * previous line opened an Exim entry that unprefixed lines continue (rejectlog header dumps,
 * paniclog details). The format is detected per line, so mixed inputs work.
 */
import type { DiagnosticEvent, Envelope, MailEvent, ParseResult } from '../types.js';
import { type EnvelopeOutcome, journalEntry, parseEnvelope, type TimeContext } from './envelope.js';
import { parseEximMessage } from './exim.js';
import { parsePostfixMessage } from './postfix.js';
import {
  clockAt,
  fourDigits,
  fractionAt,
  isPrintableInstant,
  parseOffsetAt,
  twoDigits,
  YearGuesser,
  type ZoneClock,
} from './time.js';

/** Default Postfix syslog names: `postfix`, `postfix-out`, `postfix/submission/smtpd`. */
export const DEFAULT_POSTFIX_NAME = /^postfix(?:-[^/\s]+)?(?:\/|$)/;

export type EximLogKind = 'main' | 'reject' | 'panic';

export interface LineParserOptions {
  clock: ZoneClock;
  /** Anchor for year-less timestamps: the file's modification time, or now for stdin. */
  referenceMs: number;
  /** `--year`: the year of the first line. */
  year: number | null;
  /** Programs (syslog tags) that are Postfix; `--syslog-name`. */
  postfixName: RegExp;
  /** Kind of Exim log when the file name says so (`rejectlog`, `paniclog`). */
  eximLog: EximLogKind;
}

/** Which Exim log a file is, from its name (`paniclog.1`, `rejectlog-20240105`). */
export function eximLogKindOf(name: string): EximLogKind {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  if (base.includes('paniclog')) return 'panic';
  if (base.includes('rejectlog')) return 'reject';
  return 'main';
}

const EXIM_PROGRAM = /^exim\d?$/;

/** sysklogd's whole message for repeats of the line before: `last message repeated 3 times`. */
export const LAST_REPEATED = 'last message repeated ';

/** The journal fields a log line is made of (see journalEntry); the others are skipped. */
const JOURNAL_FIELDS = new Set([
  '__REALTIME_TIMESTAMP',
  '_SOURCE_REALTIME_TIMESTAMP',
  'MESSAGE',
  'SYSLOG_IDENTIFIER',
  'SYSLOG_PID',
  '_PID',
  '_HOSTNAME',
]);

export class LineParser {
  private readonly time: TimeContext;
  /** Syslog-split Exim parts waiting for their siblings, by host+pid. */
  private readonly splitParts = new Map<string, string[]>();
  /** The previous line was an Exim-native entry that may continue on unprefixed lines. */
  private inEximEntry = false;
  private lastEnvelope: Envelope | null = null;

  constructor(private readonly options: LineParserOptions) {
    this.time = { clock: options.clock, years: new YearGuesser(options.clock, options.referenceMs, options.year) };
  }

  /**
   * The last line's result, for sysklogd's `last message repeated N times`, which names neither
   * the program nor the message it repeats.
   */
  private previous: ParseResult | null = null;

  /**
   * `journalctl -o export`: the fields of the entry being read. An entry is one `NAME=value` line
   * per field and ends with an empty line; a field that is not plain text is written as its name
   * on a line of its own, a 64-bit length and the raw bytes (the Journal Export Format,
   * systemd.io/JOURNAL_EXPORT_FORMATS). The field lines count as foreign lines, the empty line
   * as the entry's log line.
   */
  private entry: { fields: Record<string, string>; binary: boolean; inValue: boolean } | null = null;

  /** Take `line` as a field of an export entry if it is one; true when it was. */
  private exportField(line: string): boolean {
    const c0 = line.charCodeAt(0);
    if (c0 !== 95 /* _ */ && !(c0 >= 65 && c0 <= 90)) return this.entry?.inValue === true;
    let i = 1;
    while (i < line.length) {
      const c = line.charCodeAt(i);
      if (!(c === 95 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
      i++;
    }
    if (i === line.length) {
      // A binary field's name: its length and bytes follow on the next line(s).
      if (this.entry === null) return false;
      if (line === 'MESSAGE') this.entry.binary = true;
      this.entry.inValue = true;
      return true;
    }
    // Inside a binary value (it may hold line breaks), anything up to the next field is part of it.
    if (line.charCodeAt(i) !== 61 /* = */) return this.entry?.inValue === true;
    if (this.entry === null) {
      // An entry read from a journal starts with its metadata (`__CURSOR=`, `__REALTIME_TIMESTAMP=`).
      // Nothing else starts one, so a stray `NAME=value` line in a syslog file changes nothing.
      if (c0 !== 95 || line.charCodeAt(1) !== 95) return false;
      this.entry = { fields: {}, binary: false, inValue: false };
    }
    this.entry.inValue = false;
    const name = line.slice(0, i);
    if (JOURNAL_FIELDS.has(name)) this.entry.fields[name] = line.slice(i + 1);
    return true;
  }

  parse(line: string): ParseResult {
    const result = this.parseLine(line);
    if (result.ok !== true || result.times === undefined) this.previous = result;
    return result;
  }

  private parseLine(line: string): ParseResult {
    let outcome: EnvelopeOutcome;
    if (line.length === 0 || isBlank(line)) {
      const entry = this.entry;
      if (entry === null) return { ok: 'foreign', envelope: null };
      this.entry = null;
      if (entry.binary) {
        const text = `journal entry of ${String(entry.fields['SYSLOG_IDENTIFIER'] ?? 'an unnamed program')} with a binary MESSAGE field, not read`;
        return { ok: false, reason: 'binary', envelope: null, text };
      }
      if (entry.fields['MESSAGE'] === undefined) return { ok: 'foreign', envelope: null };
      outcome = journalEntry(entry.fields, 'journal-export');
    } else if (this.exportField(line)) {
      return { ok: 'foreign', envelope: null };
    } else {
      outcome = parseEnvelope(line, this.time);
    }
    if (typeof outcome !== 'string' && outcome.envelope.at !== null && !isPrintableInstant(outcome.envelope.at)) {
      outcome = 'bad-timestamp';
    }
    if (outcome === 'no-envelope' || outcome === 'bad-timestamp') {
      if (this.inEximEntry && this.lastEnvelope !== null) {
        return { ok: true, envelope: this.lastEnvelope, event: { kind: 'continuation', mta: 'exim', qid: null } };
      }
      return { ok: false, reason: outcome, envelope: null };
    }
    const { envelope, body, format } = outcome;
    if (format === 'exim') {
      this.inEximEntry = true;
      this.lastEnvelope = envelope;
      return this.eximResult(envelope, body);
    }
    this.inEximEntry = false;
    const program = envelope.program;
    if (program === '') return this.lastRepeated(envelope, body);
    const repeat = rsyslogRepeat(body);
    const text = repeat === null ? body : repeat.message;
    let result: ParseResult;
    if (this.options.postfixName.test(program)) {
      const event = parsePostfixMessage(envelope.service, text);
      result =
        event === null ? { ok: false, reason: 'unknown-postfix-message', envelope } : { ok: true, envelope, event };
    } else if (EXIM_PROGRAM.test(program)) {
      result = this.eximViaSyslog(envelope, text);
    } else {
      return { ok: 'foreign', envelope };
    }
    return repeat === null || result.ok !== true ? result : { ...result, times: repeat.times };
  }

  /**
   * sysklogd's `last message repeated N times` (no program): the line before it, N more times,
   * at this line's time. Any other line without a program is not a mail line.
   */
  private lastRepeated(envelope: Envelope, body: string): ParseResult {
    const count = repeatCount(body, LAST_REPEATED);
    const previous = this.previous;
    if (count === null || count.end !== body.length || previous === null || previous.ok !== true) {
      return { ok: 'foreign', envelope };
    }
    if (previous.event.kind === 'continuation') return { ok: 'foreign', envelope };
    return { ...previous, envelope: { ...previous.envelope, at: envelope.at }, times: count.times };
  }

  private eximResult(envelope: Envelope, body: string): ParseResult {
    if (this.options.eximLog === 'panic') {
      const event: DiagnosticEvent = { kind: 'diagnostic', mta: 'exim', qid: null, severity: 'panic', text: body };
      return { ok: true, envelope, event };
    }
    const event = parseEximMessage(body);
    if (event === null) return { ok: false, reason: 'unknown-exim-message', envelope };
    return { ok: true, envelope, event };
  }

  /**
   * Exim logging through syslog: the body may repeat Exim's own timestamp (syslog_timestamp),
   * and lines over ~870 characters are split into `[n/m]` parts (`[n\m]` at a newline).
   */
  private eximViaSyslog(envelope: Envelope, body: string): ParseResult {
    let text = body;
    const part = splitMarker(text);
    if (part !== null) {
      const key = `${envelope.host ?? ''}/${envelope.pid ?? ''}`;
      const parts = this.splitParts.get(key) ?? [];
      parts.push(text.slice(part.length));
      if (part.n < part.m) {
        this.splitParts.set(key, parts);
        if (this.splitParts.size > 10_000) this.splitParts.clear();
        return { ok: true, envelope, event: { kind: 'continuation', mta: 'exim', qid: null } };
      }
      this.splitParts.delete(key);
      text = parts.join('');
    }
    const inner = stripEximStamp(text, this.time.clock);
    const at = inner.at ?? envelope.at;
    if (at !== null && !isPrintableInstant(at)) return { ok: false, reason: 'bad-timestamp', envelope };
    const withTime: Envelope = at === envelope.at ? envelope : { ...envelope, at };
    return this.eximResult(withTime, inner.body);
  }
}

/**
 * rsyslog's RepeatedMsgReduction (on by default in Ubuntu's rsyslog.conf) writes a run of identical
 * messages once, then `message repeated 2 times: [ the message]` for the repeats.
 */
function rsyslogRepeat(body: string): { times: number; message: string } | null {
  if (body.charCodeAt(0) !== 109 /* m */) return null;
  const count = repeatCount(body, 'message repeated ');
  if (count === null || !body.startsWith(': [', count.end) || body.charCodeAt(body.length - 1) !== 93 /* ] */) {
    return null;
  }
  let from = count.end + 3;
  if (body.charCodeAt(from) === 32) from++;
  return { times: count.times, message: body.slice(from, -1) };
}

/** `PREFIX N time` or `PREFIX N times` at the start of `body`: N and the index just past it. */
function repeatCount(body: string, prefix: string): { times: number; end: number } | null {
  if (!body.startsWith(prefix)) return null;
  let j = prefix.length;
  let times = 0;
  while (j < body.length && j - prefix.length < 9) {
    const d = body.charCodeAt(j) - 48;
    if (d < 0 || d > 9) break;
    times = times * 10 + d;
    j++;
  }
  if (j === prefix.length || times === 0 || !body.startsWith(' time', j)) return null;
  j += 5;
  if (body.charCodeAt(j) === 115 /* s */) j++;
  return { times, end: j };
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** `[2/5] ` or `[2\5] ` at the start of a syslog Exim message. */
function splitMarker(s: string): { n: number; m: number; length: number } | null {
  if (s.charCodeAt(0) !== 91) return null;
  const close = s.indexOf('] ');
  if (close < 4 || close > 12) return null;
  const inner = s.slice(1, close);
  const sep = inner.search(/[/\\]/);
  if (sep < 1) return null;
  const n = Number(inner.slice(0, sep));
  const m = Number(inner.slice(sep + 1));
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 1 || m < n) return null;
  return { n, m, length: close + 2 };
}

/** Exim's own `YYYY-MM-DD hh:mm:ss[.ddd][ +zone][ [pid]] ` at the start of a syslog body. */
function stripEximStamp(s: string, clock: ZoneClock): { at: number | null; body: string } {
  const year = fourDigits(s, 0);
  if (year < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 32) {
    return { at: null, body: s };
  }
  const month = twoDigits(s, 5) - 1;
  const day = twoDigits(s, 8);
  const hms = clockAt(s, 11);
  if (hms === null || month < 0 || month > 11 || day < 1) return { at: null, body: s };
  let j = 19;
  const frac = fractionAt(s, j);
  j += frac.length;
  if (s.charCodeAt(j) !== 32) return { at: null, body: s };
  j++;
  let at: number;
  const offset = parseOffsetAt(s, j);
  if (offset !== null && offset.length >= 5 && s.charCodeAt(j + offset.length) === 32) {
    at = Date.UTC(year, month, day, hms[0], hms[1], hms[2], frac.ms) - offset.minutes * 60_000;
    j += offset.length + 1;
  } else {
    at = clock.toEpoch(year, month, day, hms[0], hms[1], hms[2], frac.ms);
  }
  if (s.charCodeAt(j) === 91) {
    const close = s.indexOf('] ', j);
    if (close !== -1 && close - j < 12) j = close + 2;
  }
  return { at, body: s.slice(j) };
}

export type { MailEvent };
