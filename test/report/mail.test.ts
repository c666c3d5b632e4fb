/**
 * --mail-to: the message parsed back (headers unfolded, RFC 2047 words and quoted-printable
 * decoded, multipart split on its boundary) equals the inputs; line limits; header injection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import {
  buildMailMessage,
  encodeHeader,
  headerText,
  type MailInput,
  mailSubject,
  parseMailAddress,
  quotedPrintable,
  rfc5322Date,
} from '../../src/report/mail.js';
import { reportFor } from '../helpers.js';
import { HOSTILE, hostileReport } from './hostile.js';

interface Parsed {
  headers: Map<string, string>;
  /** Header names in order, to catch a smuggled second header. */
  names: string[];
  body: string;
}

/** RFC 5322 §2.2.3: a line starting with white space continues the field before it. */
function parseMessage(message: string): Parsed {
  const split = message.indexOf('\n\n');
  if (split < 0) throw new Error('no blank line after the header');
  const lines = message.slice(0, split).split('\n');
  const headers = new Map<string, string>();
  const names: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line)) {
      const last = names[names.length - 1];
      if (last === undefined) throw new Error('continuation before any field');
      headers.set(last, `${headers.get(last)}${line}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`bad header line ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).toLowerCase();
    if (headers.has(name)) throw new Error(`header ${name} twice`);
    names.push(name);
    headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, names, body: message.slice(split + 2) };
}

/** RFC 2047 §6.2: adjacent encoded-words separated only by white space are joined. */
function decodeWords(value: string): string {
  const joined = value.replace(/\?=\s+=\?/g, '?==?');
  const bytes: number[] = [];
  let out = '';
  let i = 0;
  const flush = () => {
    out += Buffer.from(bytes).toString('utf8');
    bytes.length = 0;
  };
  while (i < joined.length) {
    const word = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/.exec(joined.slice(i));
    if (word !== null) {
      bytes.push(...Buffer.from(word[1] ?? '', 'base64'));
      i += word[0].length;
      continue;
    }
    flush();
    out += joined[i];
    i++;
  }
  flush();
  return out;
}

/** RFC 2045 §6.7 decoding: `=XX` bytes, `=` at the end of a line is a soft break. */
function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    let soft = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i] ?? '';
      if (c === '=') {
        if (i === line.length - 1) {
          soft = true;
          break;
        }
        const hex = line.slice(i + 1, i + 3);
        if (!/^[0-9A-F]{2}$/.test(hex)) throw new Error(`bad escape =${hex}`);
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else {
        const code = c.charCodeAt(0);
        if (code > 126 || (code < 32 && c !== '\t')) throw new Error(`raw byte ${code} in quoted-printable`);
        bytes.push(code);
      }
    }
    if (!soft && index < lines.length - 1) bytes.push(10);
  });
  return Buffer.from(bytes).toString('utf8');
}

function contentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = '', ...rest] = (value ?? '').split(';').map((p) => p.trim());
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    params[param.slice(0, eq).toLowerCase()] = param.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return { type: type.toLowerCase(), params };
}

/** The decoded text of a text/* entity. */
function decodedBody(entity: Parsed): string {
  expect(contentType(entity.headers.get('content-type'))).toEqual({
    type: expect.stringMatching(/^text\/(plain|html)$/),
    params: { charset: 'utf-8' },
  });
  expect(entity.headers.get('content-transfer-encoding')).toBe('quoted-printable');
  return decodeQuotedPrintable(entity.body);
}

function build(overrides: Partial<MailInput> = {}): string {
  const result = buildMailMessage({
    to: 'ops@example.org',
    from: 'mailtriage@mx1.example.org',
    subject: 'mailtriage mx1: report',
    text: 'hello\n',
    date: Date.UTC(2013, 5, 12, 6, 0, 0),
    messageIdDomain: 'mx1.example.org',
    ...overrides,
  });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function checkLines(message: string): void {
  expect(message).not.toContain('\r');
  for (const line of message.split('\n')) {
    expect(Buffer.byteLength(line), line.slice(0, 80)).toBeLessThanOrEqual(998);
    expect(/^[\x20-\x7e\t]*$/.test(line), JSON.stringify(line.slice(0, 80))).toBe(true);
  }
}

const BODIES = [
  '',
  'hello\n',
  'no final newline',
  'Grüße, 日本語, emoji 📬 and · → …\n',
  `${'x'.repeat(3000)}\n${'é'.repeat(700)}\n`,
  'trailing space \ntrailing tab\t\n',
  '.\n.starts with a dot\nFrom the start\nFrom\nfrom lower\n',
  '= equals =3D =\n=',
  'crlf\r\nline\r\n',
  'lone\rcr\n',
  '\n\n\n',
  ...HOSTILE,
];

describe('buildMailMessage: single part', () => {
  it('has the headers, and its body decodes to the text', () => {
    const message = build({ text: 'line one\nline two\n' });
    checkLines(message);
    const parsed = parseMessage(message);
    expect(parsed.names).toEqual([
      'from',
      'to',
      'subject',
      'date',
      'message-id',
      'mime-version',
      'auto-submitted',
      'content-type',
      'content-transfer-encoding',
    ]);
    expect(Object.fromEntries(parsed.headers)).toMatchObject({
      from: 'mailtriage <mailtriage@mx1.example.org>',
      to: 'ops@example.org',
      subject: 'mailtriage mx1: report',
      date: 'Wed, 12 Jun 2013 06:00:00 +0000',
      'mime-version': '1.0',
      'auto-submitted': 'auto-generated',
    });
    expect(parsed.headers.get('message-id')).toMatch(/^<mailtriage\.1371016800\.[0-9a-f]{24}@mx1\.example\.org>$/);
    expect(decodedBody(parsed)).toBe('line one\nline two\n');
  });

  it.each(BODIES.map((body) => [body]))('round-trips %j', (body) => {
    const message = build({ text: body });
    checkLines(message);
    for (const line of parseMessage(message).body.split('\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodedBody(parseMessage(message))).toBe(body.replace(/\r\n/g, '\n'));
  });

  it('never lets a body line read as end of DATA or an mbox separator', () => {
    const body = parseMessage(build({ text: '.\nFrom me\n' })).body;
    expect(body.split('\n').filter((l) => l === '.' || l.startsWith('From '))).toEqual([]);
  });

  it('is deterministic, and the Message-ID follows content and instant', () => {
    const id = (o: Partial<MailInput>) => parseMessage(build(o)).headers.get('message-id');
    expect(build()).toBe(build());
    expect(id({ text: 'a' })).not.toBe(id({ text: 'b' }));
    expect(id({ date: 0 })).not.toBe(id({ date: 1000 }));
  });

  it('takes several recipients', () => {
    const parsed = parseMessage(build({ to: ['ops@example.org', 'root', 'noc+mail@example.net'] }));
    expect(parsed.headers.get('to')).toBe('ops@example.org, root, noc+mail@example.net');
  });
});

describe('buildMailMessage: multipart/alternative', () => {
  it('has the text part first, then the HTML, both decoding to their inputs', () => {
    const text = 'plain · text\n';
    const html = `<!doctype html><p style="a:b">Grüße</p>\n--=_mailtriage_0000 not a boundary\n${'<td>x</td>'.repeat(300)}\n`;
    const message = build({ text, html });
    checkLines(message);
    const parsed = parseMessage(message);
    const type = contentType(parsed.headers.get('content-type'));
    expect(type.type).toBe('multipart/alternative');
    const boundary = type.params['boundary'] ?? '';
    expect(boundary).toMatch(/^=_mailtriage_[0-9a-f]{16}$/);
    expect(parsed.headers.has('content-transfer-encoding')).toBe(false);
    // RFC 2046 §5.1.1: delimiters are CRLF "--" boundary; the close delimiter adds "--".
    const delimiter = `\n--${boundary}`;
    const [preamble, ...rest] = `\n${parsed.body}`.split(delimiter);
    expect(preamble).toBe('\nThis is a multipart message in MIME format.\n');
    expect(rest).toHaveLength(3);
    expect(rest[2]).toBe('--\n');
    const parts = rest.slice(0, 2).map((part) => {
      expect(part.startsWith('\n')).toBe(true);
      return parseMessage(part.slice(1));
    });
    expect(parts.map((p) => contentType(p.headers.get('content-type')).type)).toEqual(['text/plain', 'text/html']);
    expect(parts.map(decodedBody)).toEqual([text, html]);
  });

  it.each(BODIES.map((body) => [body]))('round-trips %j as both parts', (body) => {
    const message = build({ text: body, html: `<pre>${body}</pre>` });
    checkLines(message);
    const parsed = parseMessage(message);
    const boundary = contentType(parsed.headers.get('content-type')).params['boundary'] ?? '';
    const parts = `\n${parsed.body}`.split(`\n--${boundary}`).slice(1, 3);
    expect(parts.map((p) => decodedBody(parseMessage(p.slice(1))))).toEqual(
      [body, `<pre>${body}</pre>`].map((b) => b.replace(/\r\n/g, '\n')),
    );
  });
});

describe('header injection', () => {
  it('turns CR and LF in the subject into spaces; no header is added', () => {
    const message = build({ subject: 'report\r\nBcc: victim@example.net\nX-Evil: 1\r\n\r\nbody' });
    const parsed = parseMessage(message);
    expect(parsed.names.filter((n) => n === 'bcc' || n === 'x-evil')).toEqual([]);
    expect(parsed.headers.get('subject')).toBe('report Bcc: victim@example.net X-Evil: 1 body');
    expect(decodedBody(parsed)).toBe('hello\n');
  });

  it.each([
    'ops@example.org\nBcc: victim@example.net',
    'ops@example.org\r\nBcc: victim@example.net',
    'ops@example.org\rBcc: x',
    'ops@example.org, victim@example.net',
    'Ops <ops@example.org>',
    '<ops@example.org>',
    '"ops"@example.org',
    'ops@example.org ',
    'ops@',
    '@example.org',
    'ops@exämple.org',
    'öps@example.org',
    'ops@-example.org',
    'ops..x@example.org',
    '',
    `${'a'.repeat(65)}@example.org`,
  ])('refuses the address %j (as To and as From)', (address) => {
    expect(parseMailAddress(address).ok).toBe(false);
    const base = { subject: 's', text: 't', date: 0, messageIdDomain: 'example.org' };
    expect(buildMailMessage({ ...base, to: address, from: 'a@example.org' }).ok).toBe(false);
    expect(buildMailMessage({ ...base, to: ['a@example.org', address], from: 'a@example.org' }).ok).toBe(false);
    expect(buildMailMessage({ ...base, to: 'a@example.org', from: address }).ok).toBe(false);
  });

  it.each([
    'ops@example.org',
    'root',
    'noc+alerts@mail.example.org',
    'a.b-c_d@xn--exmple-cua.org',
    "o'brien@example.org",
  ])('accepts %j', (address) => {
    expect(parseMailAddress(address)).toEqual({ ok: true, value: address });
  });

  it('refuses an empty recipient list and a bad Message-ID domain', () => {
    const base = { from: 'a@example.org', subject: 's', text: 't', date: 0, messageIdDomain: 'example.org' };
    expect(buildMailMessage({ ...base, to: [] })).toEqual({ ok: false, message: 'no mail recipient' });
    expect(buildMailMessage({ ...base, to: 'a@example.org', messageIdDomain: 'x>\nBcc: y' }).ok).toBe(false);
  });
});

describe('Subject encoding', () => {
  it.each([
    'plain ascii',
    'mailtriage mx1: 9,255 problems · 1,225 bounced · 8,019 deferrals · 0 rejected (2013-06-10 → 2013-06-12)',
    'Grüße aus Köln',
    '日本語のメール'.repeat(10),
    '📬'.repeat(40),
    'looks like =?UTF-8?B?YQ==?= an encoded word',
    `long ascii ${'word '.repeat(40)}`,
    `one very long word ${'x'.repeat(200)}`,
    ...HOSTILE,
  ])('%j decodes back and keeps encoded lines within 76', (subject) => {
    const header = encodeHeader('Subject', subject);
    for (const line of header.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(line.includes('=?') ? 76 : 998);
      expect(/^[\x20-\x7e]*$/.test(line)).toBe(true);
    }
    const parsed = parseMessage(`${header}\n\n`);
    const value = parsed.headers.get('subject') ?? '';
    expect(value.includes('=?') ? decodeWords(value) : value.replace(/\n /g, ' ')).toBe(headerText(subject));
  });
});

describe('rfc5322Date', () => {
  it.each([
    [0, 'Thu, 1 Jan 1970 00:00:00 +0000'],
    [Date.UTC(2013, 5, 12, 6, 0, 0), 'Wed, 12 Jun 2013 06:00:00 +0000'],
    [Date.UTC(2024, 1, 29, 23, 59, 59, 999), 'Thu, 29 Feb 2024 23:59:59 +0000'],
  ])('%s → %s', (ms, expected) => {
    expect(rfc5322Date(ms)).toBe(expected);
  });
});

describe('quotedPrintable', () => {
  it.each([
    ['a=b', 'a=3Db'],
    ['end space ', 'end space=20'],
    ['tab\tinside', 'tab\tinside'],
    ['é', '=C3=A9'],
    ['.', '=2E'],
    ['From x', '=46rom x'],
    ['x'.repeat(76), `${'x'.repeat(75)}=\nx`],
  ])('%j → %j', (input, expected) => {
    expect(quotedPrintable(input)).toBe(expected);
  });

  it('never splits an escape across a soft break', () => {
    for (const line of quotedPrintable('é'.repeat(100)).split('\n')) {
      expect(line.replace(/=$/, '')).toMatch(/^(=[0-9A-F]{2})*$/);
      expect(line.length).toBeLessThanOrEqual(76);
    }
  });
});

describe('mailSubject', () => {
  let report: Report;
  beforeAll(async () => {
    report = await reportFor(['fixtures/sample/']);
  }, 120_000);

  it('carries the headline numbers and the period', () => {
    expect(mailSubject(report, { host: 'mx1' })).toBe(
      'mailtriage mx1: 9,255 problems · 1,225 bounced · 8,019 deferrals · 0 rejected (2013-06-10 → 2013-06-12)',
    );
    expect(mailSubject(report)).toBe(
      'mailtriage: 9,255 problems · 1,225 bounced · 8,019 deferrals · 0 rejected (2013-06-10 → 2013-06-12)',
    );
    expect(mailSubject(report, { host: 'mx1', alerts: 2 })).toMatch(/^mailtriage mx1: 2 alerts · 9,255 problems · /);
    expect(mailSubject(report, { host: 'mx1', alerts: 1 })).toMatch(/^mailtriage mx1: 1 alert · /);
  });

  it('names one day once, and no period without timestamps', () => {
    const oneDay = { ...report, period: { from: '2024-06-01T00:10:00.000Z', to: '2024-06-01T23:00:00.000Z' } };
    expect(mailSubject(oneDay)).toMatch(/ \(2024-06-01\)$/);
    expect(mailSubject({ ...report, period: { from: null, to: null } })).toMatch(/rejected$/);
  });

  it('is one line even with a hostile host name, and singular where it counts one', () => {
    const hostile = hostileReport();
    const subject = mailSubject(hostile, { host: 'mx1\r\nBcc: x' });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain('mailtriage mx1 Bcc: x: 6 problems · 1 bounced · 4 deferrals · 2 rejected');
  });
});
