/**
 * Shared by the renderer tests: the hostile strings a log can carry, and a complete report model
 * whose every string field (log-derived or not) is one of them, with every section non-empty.
 */
import type { Report } from '../../src/aggregate/model.js';

/** Payloads for HTML, Markdown, CSV and JSON-in-script contexts, and plain troublemakers. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '</script><script>alert(2)</script>',
  'a|b||c',
  '`code` and ``double`` and a trailing `',
  "=cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1)',
  '+1 555',
  '\tTAB=1+1',
  'line\u2028separator\u2029paragraph',
  'new\nline\r\nand CR',
  "<!-- comment --> & &amp; 'single'",
  '# heading *bold* _em_ [link](javascript:alert(3)) ![img](x) ~~del~~ $x$ <b>b</b>',
  '1. list',
  'escape\\|pipe\\',
  '\u001b[31mred\u001b[0m',
] as const;

export function hostile(i: number): string {
  return HOSTILE[i % HOSTILE.length] ?? '';
}

/** A report in which every string the renderers print comes from HOSTILE (cycled). */
export function hostileReport(): Report {
  let next = 0;
  const s = () => hostile(next++);
  const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ key: s(), count: n - i }));
  const percentiles = { count: 3, p50: 1.5, p90: 30, p99: 4000, max: 90_000 };
  const sample = () => ({ source: s(), line: 7, reason: s(), text: s() });
  return {
    schemaVersion: 1,
    generator: { name: 'mailtriage', version: '0.0.0-test' },
    generatedAt: '2024-06-01T00:00:00.000Z',
    period: { from: '2024-05-31T22:00:00.000Z', to: '2024-06-01T02:59:00.000Z' },
    mtas: ['postfix', 'exim'],
    inputs: [
      { name: s(), lines: 10, bytes: 2048, compression: 'gzip', error: null },
      { name: s(), lines: 0, bytes: 0, compression: null, error: s() },
    ],
    totals: {
      received: 5,
      delivered: 3,
      forwarded: 1,
      deferred: 2,
      deferrals: 4,
      bounced: 1,
      expired: 1,
      rejected: 2,
      rejectedPercent: 33,
      rejectWarnings: 1,
      held: 0,
      discarded: 0,
    },
    exim: {
      received: 1,
      deliveredMessages: 1,
      deliveredAddresses: 2,
      delayed: 0,
      failed: 1,
      rejects: 1,
      temporaryRejects: 0,
    },
    problems: (['outbound', 'outbound', 'inbound'] as const).map((direction, i) => ({
      direction,
      reason: (['user-unknown', 'greylisted', 'blocked'] as const)[i] ?? 'other',
      title: s(),
      count: 3 - i,
      share: i === 2 ? 1 : (3 - i) / 5,
      outcomes: direction === 'outbound' ? { bounced: 2, deferred: 1 } : { rejected: 1 },
      transient: 1,
      permanent: 2 - i,
      hardness: i === 0 ? ('hard' as const) : ('soft' as const),
      whoMustAct: (['our-side', 'retry', 'their-side'] as const)[i] ?? 'nobody',
      topDomains: keys(3),
      topRelays: keys(2),
      topCodes: keys(2),
      example: { reply: s(), source: s(), line: 42 },
      hintId: s(),
      hint: s(),
    })),
    messages: {
      messages: 4,
      complete: 3,
      openAtEnd: 1,
      evictedIdle: 0,
      evictedCap: 0,
      bounceNotifications: 1,
      attemptsPerRecipient: 1.5,
      outcomes: { recipients: 6, delivered: 3, forwarded: 1, bounced: 1, expired: 1, pending: 1, everDeferred: 2 },
      delay: percentiles,
      delayParts: {
        beforeQueue: percentiles,
        inQueue: { count: 0, p50: null, p90: null, p99: null, max: null },
        connection: percentiles,
        transmission: percentiles,
      },
    },
    domains: [0, 1, 2].map((i) => ({
      domain: s(),
      outcomes: {
        recipients: 3 - i,
        delivered: 1,
        forwarded: 0,
        bounced: 1,
        expired: 0,
        pending: 1 - (i % 2),
        everDeferred: 1,
      },
      deliveryRate: i === 2 ? null : 0.5,
      bounceRate: i === 2 ? null : 0.5,
      deferrals: 10 * i,
      topReason: i === 2 ? null : 'user-unknown',
      delay: percentiles,
    })),
    relays: [0, 1].map((i) => ({
      relay: s(),
      delivered: i,
      deferred: 2,
      bounced: 1,
      topReason: 'greylisted' as const,
    })),
    clients: [0, 1].map((i) => ({ client: s(), refused: 2 - i, topReason: 'blocked' as const })),
    hourly: [
      { hour: '2024-05-31T22:00:00.000Z', received: 2, delivered: 1, deferred: 1, bounced: 0, rejected: 1 },
      { hour: '2024-06-01T02:00:00.000Z', received: 3, delivered: 2, deferred: 3, bounced: 1, rejected: 1 },
    ],
    senders: {
      byVolume: [0, 1].map((i) => ({ address: s(), messages: 3 - i, bytes: 1_500_000, failures: i })),
      byFailures: [{ address: s(), messages: 1, bytes: 10, failures: 1 }],
    },
    recipients: {
      byVolume: [{ address: s(), messages: 2, bytes: 999, failures: 1 }],
      byFailures: [{ address: s(), messages: 2, bytes: 999, failures: 1 }],
    },
    codes: [
      {
        code: 550,
        // The parser only accepts RFC 3463 codes here (the schema checks the pattern).
        enhanced: '5.1.1',
        class: 'permanent',
        count: 2,
        remote: 2,
        local: 0,
        reason: 'user-unknown',
        example: s(),
      },
      { code: null, enhanced: null, class: null, count: 1, remote: 0, local: 1, reason: 'other', example: s() },
    ],
    logMessages: [
      { severity: 'panic', program: s(), text: s(), count: 1, example: { source: s(), line: 3 } },
      { severity: 'warning', program: s(), text: s(), count: 2, example: { source: s(), line: 4 } },
    ],
    trends: {
      runs: 3,
      previousRunAt: '2024-03-10T06:00:00.000Z',
      newProblems: [`domain:${'x'}`],
      rows: [
        { kind: 'domain', key: s(), current: 3, previous: 0, average: 0.5, change: null, isNew: true },
        { kind: 'code', key: s(), current: 1, previous: 2, average: 1.5, change: -0.5, isNew: false },
      ],
    },
    diagnostics: {
      linesRead: 10,
      linesParsed: 7,
      linesForeign: 1,
      linesUnrecognised: 2,
      linesOverlong: 1,
      linesOutsideWindow: 0,
      notes: 1,
      unrecognisedByReason: { 'unknown-postfix-message': 2 },
      samples: [sample(), sample()],
      noteSamples: [sample()],
      prunedKeys: 3,
    },
  };
}

/** Every string value anywhere in a model, for "was it shown?" checks. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The hostile report with every table emptied: only the sections that always show remain. */
export function emptiedReport(): Report {
  return {
    ...hostileReport(),
    problems: [],
    domains: [],
    relays: [],
    clients: [],
    hourly: [],
    senders: { byVolume: [], byFailures: [] },
    recipients: { byVolume: [], byFailures: [] },
    codes: [],
    logMessages: [],
  };
}
