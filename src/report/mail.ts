/**
 * `--mail-to ADDR`: the report as an RFC 5322 / MIME message for `sendmail -t -oi`. Pure: the
 * instant, the Message-ID domain and the bodies are inputs; the Message-ID and the MIME boundary
 * are derived from a hash of the content, so the same input gives the same bytes.
 *
 * - Lines end in LF; sendmail turns them into CRLF on the wire.
 * - Bodies are UTF-8 in quoted-printable (RFC 2045 §6.7): readable in the raw message, lines of at
 *   most 76 characters whatever the report's line length (the SMTP limit is 998, RFC 5322 §2.1.1).
 *   A line starting with `.` or `From ` has that character encoded, so no transport can take it
 *   for the end of DATA or an mbox separator (RFC 2049 §3).
 * - With `html`, a multipart/alternative (RFC 2046 §5.1.4) with the text part first. The boundary
 *   starts with `=_`, which quoted-printable never produces, so no body line can equal it.
 * - Subject: non-ASCII text as RFC 2047 `B` encoded-words of at most 75 characters, never
 *   splitting a UTF-8 sequence, folded onto continuation lines.
 * - Header injection: the subject may carry log text, so control characters (CR, LF ...) are
 *   replaced by spaces; `to` and `from` must be plain addresses (checked by parseMailAddress, the
 *   message is refused otherwise), so no header can be smuggled in by an operand either.
 * - Auto-Submitted: auto-generated (RFC 3834 §5) keeps vacation responders from answering.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../aggregate/model.js';
import { count } from './humanize.js';

export interface MailInput {
  /** One address or several, each an addr-spec (`ops@example.org`) or a local user (`root`). */
  to: string | readonly string[];
  from: string;
  subject: string;
  /** The text report (text/plain). */
  text: string;
  /** The HTML report; with it the message is multipart/alternative. */
  html?: string;
  /** Epoch milliseconds; the Date header (in UTC) and the Message-ID are derived from it. */
  date: number;
  /** Right-hand side of the Message-ID, normally the host name. */
  messageIdDomain: string;
}

export type MailResult = { ok: true; value: string } | { ok: false; message: string };

/**
 * RFC 5322 §3.4.1 dot-atom local part and a host name (or a bare local user, which the local
 * sendmail qualifies). ASCII only: an SMTPUTF8 address needs a transport this message cannot
 * promise; write IDN domains in their `xn--` form.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Check one address for a To or From header. */
export function parseMailAddress(text: string): MailResult {
  const shown = JSON.stringify(text);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\x00-\x1f\x7f]/.test(text)) return { ok: false, message: `control characters in the mail address ${shown}` };
  const at = text.lastIndexOf('@');
  const local = at < 0 ? text : text.slice(0, at);
  const domain = at < 0 ? null : text.slice(at + 1);
  if (local.length === 0 || local.length > 64 || !LOCAL_PART.test(local)) {
    return { ok: false, message: `bad mail address ${shown}: expected user@example.org or a local user name` };
  }
  if (domain !== null && (domain.length > 253 || !HOST_NAME.test(domain))) {
    return { ok: false, message: `bad domain in the mail address ${shown} (write an IDN in its xn-- form)` };
  }
  return { ok: true, value: text };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** RFC 5322 §3.3 date-time in UTC: `Mon, 10 Jun 2013 06:00:00 +0000`. */
export function rfc5322Date(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const HEADER_BREAKERS = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;

/** C0 and C1 controls (CR and LF among them) become spaces; runs of whitespace collapse. */
export function headerText(text: string): string {
  return text.replace(HEADER_BREAKERS, ' ').replace(/\s+/g, ' ').trim();
}

/** RFC 2047 §2: an encoded-word is at most 75 characters, a line holding one at most 76. */
const ENCODED_LINE = 76;
/** Longest word folded as ASCII; a longer one is encoded (and so split), keeping lines far below 998. */
const LONGEST_ASCII_WORD = 70;

/**
 * A header field: printable ASCII as is (folded at spaces past 78 columns), anything else as
 * RFC 2047 B encoded-words, one per line. `name` is the field name.
 */
export function encodeHeader(name: string, value: string): string {
  const text = headerText(value);
  const ascii = /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');
  if (ascii && text.split(' ').every((word) => word.length <= LONGEST_ASCII_WORD)) return fold(name, text);
  // `Name: ` + `=?UTF-8?B?` + base64 + `?=` within 76: whole base64 quanta of 3 bytes.
  const wordBytes = Math.floor((ENCODED_LINE - name.length - 2 - 12) / 4) * 3;
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length > 0) words.push(`=?UTF-8?B?${Buffer.from(chunk).toString('base64')}?=`);
    chunk = [];
  };
  for (const char of text) {
    const bytes = [...Buffer.from(char, 'utf8')];
    if (chunk.length + bytes.length > wordBytes) flush();
    chunk.push(...bytes);
  }
  flush();
  return `${name}: ${words.join('\n ')}`;
}

function fold(name: string, text: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${word}`;
    } else line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const QP_LINE = 76;

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text with LF line ends; CRLF is read as LF. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] ?? 0;
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      const first = i === 0 && (b === 46 || (b === 70 && line.startsWith('From ')));
      tokens.push(literal && !first ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    // Soft breaks (`=` at the end) keep encoded lines within 76 characters; a token is never split.
    let current = '';
    for (const token of tokens) {
      if (current.length + token.length > QP_LINE - 1) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join('\n');
}

function digest(parts: readonly string[], length: number): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, length);
}

function textPart(type: 'plain' | 'html', body: string): string {
  return [
    `Content-Type: text/${type}; charset=utf-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(body),
  ].join('\n');
}

/** The message, ready for `sendmail -t -oi` on stdin; or why it cannot be built. */
export function buildMailMessage(input: MailInput): MailResult {
  const recipients = typeof input.to === 'string' ? [input.to] : [...input.to];
  if (recipients.length === 0) return { ok: false, message: 'no mail recipient' };
  for (const address of [...recipients, input.from]) {
    const checked = parseMailAddress(address);
    if (!checked.ok) return checked;
  }
  const idDomain = headerText(input.messageIdDomain);
  if (!HOST_NAME.test(idDomain)) {
    return { ok: false, message: `bad Message-ID domain ${JSON.stringify(input.messageIdDomain)}` };
  }
  if (!Number.isFinite(input.date)) return { ok: false, message: 'bad mail date' };
  const id = digest([String(input.date), ...recipients, input.subject, input.text, input.html ?? ''], 24);
  const headers = [
    `From: mailtriage <${input.from}>`,
    fold('To', recipients.join(', ')),
    encodeHeader('Subject', input.subject),
    `Date: ${rfc5322Date(input.date)}`,
    `Message-ID: <mailtriage.${Math.floor(input.date / 1000)}.${id}@${idDomain}>`,
    'MIME-Version: 1.0',
    'Auto-Submitted: auto-generated',
  ];
  if (input.html === undefined) {
    return { ok: true, value: `${headers.join('\n')}\n${textPart('plain', input.text)}` };
  }
  const boundary = `=_mailtriage_${id.slice(0, 16)}`;
  const body = [
    'This is a multipart message in MIME format.',
    '',
    `--${boundary}`,
    textPart('plain', input.text),
    `--${boundary}`,
    textPart('html', input.html),
    `--${boundary}--`,
    '',
  ].join('\n');
  return {
    ok: true,
    value: `${headers.join('\n')}\nContent-Type: multipart/alternative; boundary="${boundary}"\n\n${body}`,
  };
}

/** `2013-06-10 → 2013-06-12` (UTC dates), one date when both are the same day, null without timestamps. */
function periodDates(report: Report): string | null {
  const from = report.period.from?.slice(0, 10);
  const to = report.period.to?.slice(0, 10);
  if (from === undefined || to === undefined) return null;
  return from === to ? from : `${from} → ${to}`;
}

/**
 * The headline numbers for a Subject:
 * `mailtriage mx1: 9,255 problems · 1,225 bounced · 8,019 deferrals · 0 rejected (2013-06-10 → 2013-06-12)`.
 * The report model has no host name; pass it (normally the system's host name) as `host`.
 * With `alerts` > 0 the count leads, so a filter or a glance can tell alert mail from the daily one.
 */
export function mailSubject(report: Report, options: { host?: string | null; alerts?: number } = {}): string {
  const problems = report.problems.reduce((sum, p) => sum + p.count, 0);
  const t = report.totals;
  const host = options.host === undefined || options.host === null || options.host === '' ? '' : ` ${options.host}`;
  const parts = [
    `${count(problems)} problem${problems === 1 ? '' : 's'}`,
    `${count(t.bounced)} bounced`,
    `${count(t.deferrals)} deferral${t.deferrals === 1 ? '' : 's'}`,
    `${count(t.rejected)} rejected`,
  ];
  const alerts = options.alerts ?? 0;
  if (alerts > 0) parts.unshift(`${count(alerts)} alert${alerts === 1 ? '' : 's'}`);
  const dates = periodDates(report);
  return headerText(`mailtriage${host}: ${parts.join(' · ')}${dates === null ? '' : ` (${dates})`}`);
}
