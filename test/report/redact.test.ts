/**
 * --redact and --redact-ip: the policy, addresses and IPs one by one, free text with hostile and
 * look-alike inputs, megabyte inputs that a backtracking scanner could not finish, properties
 * (idempotent, text without candidates unchanged), and whole real reports checked by an
 * independent oracle (node:net isIP and plain regular expressions).
 */
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import {
  formatIpv6,
  MASK,
  NO_REDACTION,
  parseIpv4,
  parseIpv6,
  type RedactPolicy,
  redactAddress,
  redactIp,
  redactPolicy,
  redactReport,
  redactText,
} from '../../src/report/redact.js';
import { fixtureLogs } from '../fixture-cases.js';
import { reportFor } from '../helpers.js';
import { hostileReport, stringsOf } from './hostile.js';

const SALT = 'test-salt-0123456789abcdef';
const LOCAL: RedactPolicy = { addresses: 'local', ips: false, salt: null };
const FULL: RedactPolicy = { addresses: 'full', ips: false, salt: null };
const HASH: RedactPolicy = { addresses: 'hash', ips: false, salt: SALT };
const IP_MASK: RedactPolicy = { addresses: 'none', ips: true, salt: null };
const IP_HASH: RedactPolicy = { addresses: 'none', ips: true, salt: SALT };
const LOCAL_IP: RedactPolicy = { addresses: 'local', ips: true, salt: null };
const POLICIES = { LOCAL, FULL, HASH, IP_MASK, IP_HASH, LOCAL_IP, HASH_IP: { ...HASH, ips: true } } as const;

/** The documented token: HMAC-SHA256(salt, value), first 10 hex digits. */
function token(prefix: 'h' | 'ip', value: string): string {
  return `${prefix}-${createHmac('sha256', SALT).update(value).digest('hex').slice(0, 10)}`;
}

describe('redactPolicy', () => {
  it.each([
    [
      { redact: 'none', redactIp: false, salt: null },
      { ok: true, value: NO_REDACTION },
    ],
    [
      { redact: 'local', redactIp: true, salt: null },
      { ok: true, value: { addresses: 'local', ips: true, salt: null } },
    ],
    [
      { redact: 'hash', redactIp: false, salt: `${SALT}\n` },
      { ok: true, value: HASH },
    ],
    [
      { redact: 'hash', redactIp: false, salt: `${SALT} \r\n` },
      { ok: true, value: HASH },
    ],
  ] as const)('%j', (options, expected) => {
    expect(redactPolicy(options)).toEqual(expected);
  });

  it.each([
    [
      { redact: 'hash', redactIp: false, salt: null },
      /--redact hash needs a salt: set MAILTRIAGE_SALT or pass --salt-file/,
    ],
    [{ redact: 'hash', redactIp: false, salt: 'short\n' }, /shorter than 16 characters; make one with: openssl rand/],
    [{ redact: 'local', redactIp: true, salt: '' }, /shorter than 16/],
    [
      { redact: 'partial', redactIp: false, salt: null },
      /bad --redact 'partial'; expected one of none, local, full, hash/,
    ],
  ] as const)('%j is refused', (options, message) => {
    const result = redactPolicy(options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('redactAddress', () => {
  it.each([
    ['john@example.org', LOCAL, '•••@example.org'],
    ['john@example.org', FULL, '•••@•••'],
    ['john@example.org', HASH, `${token('h', 'john@example.org')}@example.org`],
    ['John.Doe@Example.ORG', HASH, `${token('h', 'john.doe@example.org')}@Example.ORG`],
    ['<john@example.org>', LOCAL, '<•••@example.org>'],
    ['<john@example.org>', HASH, `<${token('h', 'john@example.org')}@example.org>`],
    ['user+tag@example.org', LOCAL, '•••@example.org'],
    ['"john doe"@example.org', LOCAL, '•••@example.org'],
    ['"a@b"@example.org', LOCAL, '•••@example.org'],
    ['josé@exämple.org', LOCAL, '•••@exämple.org'],
    ['用户@例え.jp', HASH, `${token('h', '用户@例え.jp')}@例え.jp`],
    ['root', LOCAL, '•••'],
    ['MAILER-DAEMON', HASH, token('h', 'mailer-daemon')],
    ['<>', LOCAL, '<>'],
    ['', LOCAL, ''],
    ['john@example.org', NO_REDACTION, 'john@example.org'],
    ['john@[192.0.2.1]', LOCAL, '•••@[192.0.2.1]'],
    ['john@[192.0.2.1]', LOCAL_IP, '•••@[192.0.2.x]'],
    ['john@[IPv6:2001:db8::1]', LOCAL_IP, '•••@[IPv6:2001:db8:0:x]'],
    ['john@192.0.2.1', LOCAL_IP, '•••@192.0.2.x'],
    ['john@[192.0.2.1]', IP_MASK, 'john@[192.0.2.x]'],
    ['•••@example.org', LOCAL, '•••@example.org'],
    ['•••@•••', FULL, '•••@•••'],
  ] as const)('%j (%o) → %j', (address, policy, expected) => {
    expect(redactAddress(address, policy)).toBe(expected);
  });

  it('hash is stable, case-insensitive, salted, and idempotent', () => {
    const a = redactAddress('Someone@Example.org', HASH);
    expect(redactAddress('someone@example.org', HASH)).toBe(a.replace('Example.org', 'example.org'));
    expect(redactAddress('someone@example.org', { ...HASH, salt: `${SALT}x` })).not.toBe(
      redactAddress('someone@example.org', HASH),
    );
    expect(a).toMatch(/^h-[0-9a-f]{10}@Example\.org$/);
    expect(redactAddress(a, HASH)).toBe(a);
  });

  it('a hash policy without a salt masks rather than leaks', () => {
    expect(redactAddress('john@example.org', { addresses: 'hash', ips: false, salt: null })).toBe(
      `${MASK}@example.org`,
    );
  });
});

describe('IP literals', () => {
  it.each([
    ['192.0.2.1', [192, 0, 2, 1]],
    ['0.0.0.0', [0, 0, 0, 0]],
    ['255.255.255.255', [255, 255, 255, 255]],
    ['010.001.002.003', [10, 1, 2, 3]],
    ['256.1.1.1', null],
    ['1.2.3', null],
    ['1.2.3.4.5', null],
    ['1..2.3', null],
    ['1.2.3.4 ', null],
    ['1234.1.1.1', null],
    ['a.b.c.d', null],
  ] as const)('parseIpv4(%j)', (text, expected) => {
    expect(parseIpv4(text)).toEqual(expected);
  });

  it.each([
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['::192.0.2.1', '::c000:201'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8:85a3::8a2e:370:7334'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['1:0:3:4:5:6:7:8', '1:0:3:4:5:6:7:8'],
    ['::', null],
    [':', null],
    ['1:2:3:4:5:6:7', null],
    ['1:2:3:4:5:6:7:8:9', null],
    ['1::2::3', null],
    [':1::2', null],
    ['1::2:', null],
    ['12345::1', null],
    ['06:27:30', null],
    ['00:11:22:33:44:55', null],
    ['g::1', null],
    ['::ffff:256.1.1.1', null],
    ['1:2:3:4:5:6:7:1.2.3.4', null],
  ] as const)('parseIpv6(%j) → %j', (text, expected) => {
    const groups = parseIpv6(text);
    expect(groups === null ? null : formatIpv6(groups)).toBe(expected);
    if (expected !== null) expect(isIP(text)).toBe(6);
  });

  it.each([
    ['192.0.2.1', IP_MASK, '192.0.2.x'],
    ['192.0.2.1', IP_HASH, token('ip', '192.0.2.1')],
    ['192.000.002.001', IP_HASH, token('ip', '192.0.2.1')],
    ['2001:db8:85a3::8a2e:370:7334', IP_MASK, '2001:db8:85a3:x'],
    ['::1', IP_MASK, '0:0:0:x'],
    ['fe80::1%eth0', IP_MASK, 'fe80:0:0:x'],
    ['2001:DB8::1', IP_HASH, token('ip', '2001:db8::1')],
    ['2001:db8:0:0:0:0:0:1', IP_HASH, token('ip', '2001:db8::1')],
    ['192.0.2.1', LOCAL, '192.0.2.1'],
    ['unknown', IP_MASK, 'unknown'],
    ['(unknown)', IP_MASK, '(unknown)'],
    ['V4NET.0.0.1', IP_MASK, 'V4NET.0.0.1'],
    ['192.0.2.x', IP_MASK, '192.0.2.x'],
  ] as const)('redactIp(%j, %o) → %j', (ip, policy, expected) => {
    expect(redactIp(ip, policy)).toBe(expected);
  });
});

describe('redactText', () => {
  it.each([
    // Addresses in their usual log clothing.
    ['to=<john@example.org>, relay=mx[192.0.2.1]:25', LOCAL_IP, 'to=<•••@example.org>, relay=mx[192.0.2.x]:25'],
    [
      '550 5.1.1 <john@example.org>: Recipient address rejected',
      LOCAL,
      '550 5.1.1 <•••@example.org>: Recipient address rejected',
    ],
    ['from=<"john doe"@example.org>', LOCAL, 'from=<•••@example.org>'],
    ['"quoted"@example.org and "john@home"@example.org', LOCAL, '•••@example.org and "•••@home"@example.org'],
    [
      "'single@example.org' (paren@example.org) [br@example.org]",
      LOCAL,
      "'•••@example.org' (•••@example.org) [•••@example.org]",
    ],
    ['sasl_username=john@example.org sasl_method=PLAIN', LOCAL, 'sasl_username=•••@example.org sasl_method=PLAIN'],
    ['orig_to=john@example.org', LOCAL, 'orig_to=•••@example.org'],
    ['list-bounces+john=example.org@lists.example.net', LOCAL, '•••@lists.example.net'],
    ['SRS0=HhHh=TT=example.org=john@fwd.example', LOCAL, '•••@fwd.example'],
    ['user+tag@example.org.', LOCAL, '•••@example.org.'],
    ['josé@exämple.org, 用户@例え.jp', LOCAL, '•••@exämple.org, •••@例え.jp'],
    ['«john@example.org»', LOCAL, '«•••@example.org»'],
    ['message-id=<20130610062730.1A2B3C@mx1.example.org>', LOCAL, 'message-id=<•••@mx1.example.org>'],
    ['https://user:secret@example.org/', LOCAL, 'https://user:•••@example.org/'],
    ['john@example.org', FULL, '•••@•••'],
    ['A=plain:john@example.org', HASH, `A=plain:${token('h', 'john@example.org')}@example.org`],
    ['<john@[192.0.2.1]> <jane@[IPv6:2001:db8::2]>', LOCAL_IP, '<•••@[192.0.2.x]> <•••@[IPv6:2001:db8:0:x]>'],
    // Not addresses.
    ['@handle and user@ and @ and a @ b', LOCAL, '@handle and user@ and @ and a @ b'],
    ['mail for <> and <@> rejected', LOCAL, 'mail for <> and <@> rejected'],
    ['5.7.26 5.1.1 4.4.7', LOCAL_IP, '5.7.26 5.1.1 4.4.7'],
    // IPv4: dotted quads, not longer dotted runs; a four-part "version" is taken for an IP.
    [
      'client [10.9.8.8] and 127.0.0.1:25 and host-1.2.3.4.dyn',
      IP_MASK,
      'client [10.9.8.x] and 127.0.0.x:25 and host-1.2.3.x.dyn',
    ],
    ['v1.2.3.4.5 and 1.2.3.4.5 and 300.1.1.1 and 1.2.3', IP_MASK, 'v1.2.3.4.5 and 1.2.3.4.5 and 300.1.1.1 and 1.2.3'],
    ['code 4.16.55.1 (not an IP, but shaped like one)', IP_MASK, 'code 4.16.55.x (not an IP, but shaped like one)'],
    ['ends with 192.0.2.1.', IP_MASK, 'ends with 192.0.2.x.'],
    ['V4NET.0.0.1 and abc1.2.3.4', IP_MASK, 'V4NET.0.0.1 and abc1.2.3.x'],
    // IPv6.
    ['[2001:db8::1]:25 and 2001:db8::2. end', IP_MASK, '[2001:db8:0:x]:25 and 2001:db8:0:x. end'],
    ['[IPv6:2001:db8::1] IPv6:2001:db8::3', IP_MASK, '[IPv6:2001:db8:0:x] IPv6:2001:db8:0:x'],
    ['::ffff:192.0.2.1 ::1 fe80::1%eth0', IP_MASK, '0:0:0:x 0:0:0:x fe80:0:0:x%eth0'],
    ['2001:db8::1 and 2001:db8::1', IP_HASH, `${token('ip', '2001:db8::1')} and ${token('ip', '2001:db8::1')}`],
    // Not IPv6.
    [
      'at 06:27:30.123 mac 00:11:22:33:44:55 Mail::SpamAssassin ::',
      IP_MASK,
      'at 06:27:30.123 mac 00:11:22:33:44:55 Mail::SpamAssassin ::',
    ],
    ['3C2A5A1234: to=<x> 10HmaX-000000005vi-0000 => a', IP_MASK, '3C2A5A1234: to=<x> 10HmaX-000000005vi-0000 => a'],
    [
      'sha AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
      IP_MASK,
      'sha AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
    ],
    // Policies that change nothing.
    ['john@example.org 192.0.2.1', NO_REDACTION, 'john@example.org 192.0.2.1'],
    ['john@example.org 192.0.2.1', IP_MASK, 'john@example.org 192.0.2.x'],
    ['john@example.org 192.0.2.1', LOCAL, '•••@example.org 192.0.2.1'],
  ] as const)('%j (%o)', (text, policy, expected) => {
    expect(redactText(text, policy)).toBe(expected);
  });

  // A backtracking or rescanning scanner needs hours on these; the linear one a few milliseconds
  // each. No timing is asserted (house rule): a regression shows up as a test that never ends.
  const MB = 1 << 20;
  it.each([
    ['@', '@'.repeat(MB)],
    ['a@', 'a@'.repeat(MB / 2)],
    ['@[', '@['.repeat(MB / 2)],
    ['"@', '"@'.repeat(MB / 2)],
    ['a"@', 'a"@'.repeat(MB / 3)],
    ['x@a.', `${'x@a.'.repeat(MB / 4)}`],
    ['1.', '1.'.repeat(MB / 2)],
    [':', ':'.repeat(MB)],
    ['a:', 'a:'.repeat(MB / 2)],
    ['1:1.', '1:1.'.repeat(MB / 4)],
    ['local part', `${'a'.repeat(MB)}@example.org`],
  ])('1 MB of %j', (_name, text) => {
    const out = redactText(text, { addresses: 'hash', ips: true, salt: SALT });
    expect(out.length).toBeGreaterThan(0);
    expect(redactText(out, { addresses: 'hash', ips: true, salt: SALT })).toBe(out);
  });

  it('is idempotent and leaves text without candidates alone (property)', () => {
    const alphabet = fc.constantFrom(
      ...'ab@.:[]<>"\' =+-_1290fF•'.split(''),
      'john',
      '192.0.2.1',
      '2001:db8::1',
      'example.org',
      'IPv6:',
      'é',
      '\n',
    );
    const text = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...Object.values(POLICIES)), (input, policy) => {
        const once = redactText(input, policy);
        expect(redactText(once, policy)).toBe(once);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[@0-9a-fA-F:.]/.test(s)),
        (input) => {
          expect(redactText(input, POLICIES.HASH_IP)).toBe(input);
        },
      ),
    );
  });
});

/** Every string of a report, except file names (inputs, `source`). */
function redactableStrings(report: Report): string[] {
  const { inputs: _inputs, ...rest } = report;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'source')
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  return stringsOf(strip(rest));
}

/**
 * Addresses an independent, simple pattern finds whose local part has a letter or digit and is
 * not a mask or a token (an IP token can be a local part: `2001:db8::@example.org`).
 */
function leakedAddresses(text: string): string[] {
  return [...text.matchAll(/([^\s<>"'(),;:@[\]]+)@([\p{L}\p{N}][^\s<>"'(),;:@]*)/gu)]
    .filter((m) => /[\p{L}\p{N}]/u.test(m[1] ?? ''))
    .filter((m) => !/(?:•••|(?:h|ip)-[0-9a-f]{10})$/.test(m[1] ?? ''))
    .map((m) => m[0]);
}

/**
 * IPs node:net recognises in the hex-digit/colon/dot tokens of a text (also with trailing
 * punctuation cut, and without a first piece glued to a word: `IPv6:2001:db8::1`), and dotted
 * quads inside them.
 */
function leakedIps(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/[0-9a-fA-F:.]+/g)) {
    const token = m[0];
    const afterWord = /[\p{L}\p{N}•]/u.test(text[m.index - 1] ?? '');
    const rest = token.slice(token.indexOf(':') + 1).replace(/[.:]+$/, '');
    const candidates = afterWord ? [rest] : [token, token.replace(/[.:]+$/, ''), rest];
    for (const candidate of candidates) if (candidate.length > 2 && isIP(candidate) !== 0) found.push(candidate);
    for (const quad of token.matchAll(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)/g)) {
      if (isIP(quad[0]) === 4) found.push(quad[0]);
    }
  }
  return found;
}

describe('redactText against the independent oracle', () => {
  it('leaves nothing the oracle calls an address or an IP (property)', () => {
    const alphabet = fc.constantFrom(
      ...'ab@.:[]<>"\' =+-_1290fF'.split(''),
      'john',
      '192.0.2.1',
      '2001:db8::1',
      'example.org',
      'IPv6:',
      'é',
      '\n',
    );
    const text = fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join(''));
    const policies = [POLICIES.LOCAL_IP, POLICIES.HASH_IP, { ...FULL, ips: true }];
    fc.assert(
      fc.property(text, fc.constantFrom(...policies), (input, policy) => {
        const out = redactText(input, policy);
        expect({ input, addresses: leakedAddresses(out), ips: leakedIps(out) }).toEqual({
          input,
          addresses: [],
          ips: [],
        });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('redactReport', () => {
  const reports: Record<string, Report> = {};
  beforeAll(async () => {
    reports['sample'] = await reportFor(['fixtures/sample/']);
    reports['corpus'] = await reportFor(fixtureLogs('corpus'));
  }, 300_000);

  it('the fixtures have addresses and IPs to redact', () => {
    for (const [name, report] of Object.entries(reports)) {
      const strings = redactableStrings(report);
      expect(strings.flatMap(leakedAddresses).length, name).toBeGreaterThan(10);
    }
    expect(redactableStrings(reports['corpus'] as Report).flatMap(leakedIps).length).toBeGreaterThan(10);
  });

  it.each(['LOCAL_IP', 'HASH_IP'] as const)('leaves no address and no IP outside file names (%s)', (name) => {
    const policy = POLICIES[name];
    for (const [fixture, report] of Object.entries(reports)) {
      const redacted = redactReport(report, policy);
      const strings = redactableStrings(redacted);
      expect(strings.flatMap(leakedAddresses), fixture).toEqual([]);
      expect(strings.flatMap(leakedIps), fixture).toEqual([]);
      expect(redacted.inputs, fixture).toEqual(report.inputs);
    }
  });

  it('keeps numbers, domains, file names and catalog words; returns a new model', () => {
    const report = reports['sample'] as Report;
    const redacted = redactReport(report, POLICIES.LOCAL_IP);
    expect(redacted).not.toBe(report);
    expect(redacted.totals).toEqual(report.totals);
    expect(redacted.domains.map((d) => d.domain)).toEqual(report.domains.map((d) => d.domain));
    expect(redacted.problems.map((p) => [p.reason, p.title, p.hint, p.count, p.example?.source])).toEqual(
      report.problems.map((p) => [p.reason, p.title, p.hint, p.count, p.example?.source]),
    );
    expect(redacted.senders.byVolume[0]?.address).toBe('•••@d1r3ehf41i.fa.eo');
    expect(redactReport(report, NO_REDACTION)).toEqual(report);
  });

  it('hash tokens of the address tables match those in free text', () => {
    const report = reports['sample'] as Report;
    const redacted = redactReport(report, HASH);
    const address = report.senders.byVolume[0]?.address ?? '';
    const tokenised = redacted.senders.byVolume[0]?.address ?? '';
    expect(tokenised).toBe(`${token('h', address.toLowerCase())}@${address.split('@')[1]}`);
    expect(redactText(`from=<${address}>`, HASH)).toBe(`from=<${tokenised}>`);
  });

  it('redacts every log-derived field of the hostile model without touching the rest', () => {
    const report = hostileReport();
    report.senders.byVolume[0] = { address: 'john@example.org', messages: 1, bytes: 1, failures: 0 };
    report.clients[0] = { client: '192.0.2.1', refused: 1, topReason: 'blocked' };
    report.diagnostics.samples[0] = {
      source: 'mail@host.log',
      line: 1,
      reason: 'x',
      text: 'from=<a@b.example> [192.0.2.9]',
    };
    const redacted = redactReport(report, POLICIES.LOCAL_IP);
    expect(redacted.senders.byVolume[0]?.address).toBe('•••@example.org');
    expect(redacted.clients[0]?.client).toBe('192.0.2.x');
    expect(redacted.diagnostics.samples[0]).toEqual({
      source: 'mail@host.log',
      line: 1,
      reason: 'x',
      text: 'from=<•••@b.example> [192.0.2.x]',
    });
    expect(redactReport(report, NO_REDACTION)).toEqual(report);
  });
});
