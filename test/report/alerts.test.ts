/**
 * --fail-on: the grammar (valid and invalid expressions, with the messages users see), the
 * metrics on the real sample report, and the one-line summary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { REASONS } from '../../src/catalog/reasons.js';
import {
  type Alert,
  alertSummary,
  COMPARATORS,
  DOMAIN_METRICS,
  evaluateAlerts,
  type FailOnRule,
  parseFailOn,
  RATE_METRICS,
  TOTAL_METRICS,
} from '../../src/report/alerts.js';
import { reportFor } from '../helpers.js';

function rule(expr: string): FailOnRule {
  const parsed = parseFailOn(expr);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('parseFailOn: valid expressions', () => {
  it.each([
    ['bounce-rate > 5%', { kind: 'rate', name: 'bounce-rate' }, '>', 5],
    ['bounce-rate>5%', { kind: 'rate', name: 'bounce-rate' }, '>', 5],
    ['  Bounce-Rate   >=   2.5%  ', { kind: 'rate', name: 'bounce-rate' }, '>=', 2.5],
    ['defer-rate < 50%', { kind: 'rate', name: 'defer-rate' }, '<', 50],
    ['reject-rate <= 0%', { kind: 'rate', name: 'reject-rate' }, '<=', 0],
    ['unrecognised-rate != 100%', { kind: 'rate', name: 'unrecognised-rate' }, '!=', 100],
    ['unrecognised > 0', { kind: 'unrecognised' }, '>', 0],
    ['reject-warnings = 3', { kind: 'total', name: 'reject-warnings' }, '=', 3],
    ['bounced > 1000', { kind: 'total', name: 'bounced' }, '>', 1000],
    ['reason:blocked > 0', { kind: 'reason', reason: 'blocked' }, '>', 0],
    ['code:550 >= 10', { kind: 'code', code: 550 }, '>=', 10],
    ['code:5.7.26 > 0', { kind: 'enhanced', enhanced: '5.7.26' }, '>', 0],
    ['code:4.4.1 > 0', { kind: 'enhanced', enhanced: '4.4.1' }, '>', 0],
    ['domain:gmail.com:bounce-rate > 2%', { kind: 'domain', domain: 'gmail.com', name: 'bounce-rate' }, '>', 2],
    ['domain:GMail.com.:deferrals > 100', { kind: 'domain', domain: 'gmail.com', name: 'deferrals' }, '>', 100],
    [
      'domain:[ipv6:2001:db8::1]:bounced > 0',
      { kind: 'domain', domain: '[ipv6:2001:db8::1]', name: 'bounced' },
      '>',
      0,
    ],
    [
      'domain:example.org:delivery-rate < 90%',
      { kind: 'domain', domain: 'example.org', name: 'delivery-rate' },
      '<',
      90,
    ],
  ] as const)('%s', (expr, metric, op, threshold) => {
    expect(parseFailOn(expr)).toEqual({
      ok: true,
      value: { text: expr.trim(), kind: 'threshold', metric, op, threshold },
    });
  });

  it('new-problem is a bare word', () => {
    expect(parseFailOn(' new-problem ')).toEqual({ ok: true, value: { text: 'new-problem', kind: 'new-problem' } });
  });

  it('accepts every total, rate, reason, domain metric and operator (derived from the tables)', () => {
    for (const name of Object.keys(TOTAL_METRICS)) expect(parseFailOn(`${name} > 1`).ok, name).toBe(true);
    for (const name of RATE_METRICS) expect(parseFailOn(`${name} > 1%`).ok, name).toBe(true);
    for (const reason of REASONS) expect(parseFailOn(`reason:${reason} > 0`).ok, reason).toBe(true);
    for (const [name, unit] of Object.entries(DOMAIN_METRICS)) {
      expect(parseFailOn(`domain:a.example:${name} > 1${unit === 'rate' ? '%' : ''}`).ok, name).toBe(true);
    }
    for (const op of COMPARATORS) expect(parseFailOn(`bounced ${op} 1`).ok, op).toBe(true);
  });
});

describe('parseFailOn: invalid expressions name the bad part', () => {
  it.each([
    ['', /empty --fail-on expression/],
    ['   ', /empty --fail-on expression/],
    ['bounce-rate', /missing comparison in --fail-on 'bounce-rate'/],
    ['bounce_rate > 5%', /unknown metric 'bounce_rate'.*metrics: received/],
    ['bouncerate', /unknown metric 'bouncerate'/],
    ['bounce rate > 5%', /unknown metric 'bounce rate'/],
    ['> 5', /missing metric before '>'/],
    ['bounced => 5', /bad operator '=>'/],
    ['bounced == 5', /bad operator '=='/],
    ['bounced <> 5', /bad operator '<>'/],
    ['bounced ! 5', /bad operator '!'/],
    ['bounced >', /missing value after '>'/],
    ['bounced > five', /bad value 'five'.*a number \(12\) or a percentage \(5%\)/],
    ['bounced > -1', /bad value '-1'/],
    ['bounced > 1e3', /bad value '1e3'/],
    ['bounced > 5 %', /bad value '5 %'/],
    ['bounced > 5%', /bounced is a count: a percentage \(5%\) applies only to rates/],
    ['reason:blocked > 10%', /reason:blocked is a count/],
    ['bounce-rate > 5', /bounce-rate is a rate: write its value as a percentage, e.g. bounce-rate > 5%/],
    ['domain:gmail.com:bounce-rate > 0.05', /is a rate/],
    ['bounce-rate > 150%', /percentage over 100/],
    ['reason:blockd > 0', /unknown reason 'blockd'.*reasons: delivered, forwarded/],
    ['reason: > 0', /unknown reason ''/],
    ['code:550-5.7.26 > 0', /bad reply code '550-5.7.26'.*not both/],
    ['code:550 5.7.26 > 0', /unknown metric 'code:550 5.7.26'/],
    ['code:55 > 0', /bad reply code '55'/],
    ['code:650 > 0', /bad reply code '650'/],
    ['code:5.7 > 0', /bad reply code '5.7'/],
    ['code:5.7.2600 > 0', /bad reply code '5.7.2600'/],
    ['domain:gmail.com > 0', /expected domain:DOMAIN:METRIC/],
    ['domain::bounced > 0', /expected domain:DOMAIN:METRIC/],
    ['domain:gmail.com:bounces > 0', /unknown domain metric 'bounces'.*domain metrics: bounce-rate/],
    ['new-problem > 0', /new-problem takes no comparison/],
    ['bounced > 5\nBcc: x', /control characters/],
  ] as const)('%j', (expr, message) => {
    const parsed = parseFailOn(expr);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('evaluateAlerts on the real sample report', () => {
  let report: Report;
  beforeAll(async () => {
    report = await reportFor(['fixtures/sample/']);
  }, 120_000);

  const none = { newProblems: [] as string[] };
  const evaluate = (expr: string, context = none): Alert[] => evaluateAlerts([rule(expr)], report, context);

  it('the fixture has the totals these cases rely on', () => {
    expect(report.totals).toMatchObject({ delivered: 7841, forwarded: 0, bounced: 1225, deferrals: 8019, rejected: 0 });
  });

  it.each([
    // bounced / (delivered + forwarded + bounced) = 1225 / 9066 = 13.51 %
    ['bounce-rate > 5%', 'bounce-rate 13.5% > 5%'],
    ['bounce-rate > 13.5%', 'bounce-rate 13.51% > 13.5%'],
    ['bounce-rate < 13.6%', 'bounce-rate 13.5% < 13.6%'],
    // deferrals / (delivered + forwarded + bounced + deferrals) = 8019 / 17085
    ['defer-rate >= 40%', 'defer-rate 46.9% >= 40%'],
    ['reject-rate = 0%', 'reject-rate 0% = 0%'],
    ['unrecognised-rate = 0%', 'unrecognised-rate 0% = 0%'],
    ['deferrals > 8000', 'deferrals 8019 > 8000'],
    ['bounced = 1225', 'bounced 1225 = 1225'],
    ['received != 0', 'received 7814 != 0'],
    ['reason:rate-limited >= 2819', 'reason:rate-limited 2819 >= 2819'],
    // s3ou4f.eo: 230 bounced, 2202 delivered → 9.46 %, 337 deferrals
    ['domain:s3ou4f.eo:bounce-rate > 9%', 'domain:s3ou4f.eo:bounce-rate 9.5% > 9%'],
    ['domain:S3OU4F.eo:deferrals = 337', 'domain:s3ou4f.eo:deferrals 337 = 337'],
    ['domain:s3ou4f.eo:delivery-rate < 95%', 'domain:s3ou4f.eo:delivery-rate 90.5% < 95%'],
    ['domain:not-in-the-table.example:delivery-rate < 1%', 'domain:not-in-the-table.example:delivery-rate 0% < 1%'],
  ])('%s holds: %s', (expr, message) => {
    const alerts = evaluate(expr);
    expect(alerts.map((a) => a.message)).toEqual([message]);
    expect(alerts[0]?.rule).toBe(expr);
  });

  it.each([
    'bounce-rate > 20%',
    'bounce-rate <= 13.5%',
    'rejected > 0',
    'unrecognised > 0',
    'reason:blocked > 0',
    'code:5.7.26 > 0',
    'domain:not-in-the-table.example:bounced > 0',
    'domain:s3ou4f.eo:bounced != 230',
    'new-problem',
  ])('%s does not hold', (expr) => {
    expect(evaluate(expr)).toEqual([]);
  });

  it('reason counts add up both directions', () => {
    const both: Report = {
      ...report,
      problems: [
        ...report.problems,
        ...report.problems.slice(0, 1).map((p) => ({ ...p, direction: 'inbound' as const, count: 5 })),
      ],
    };
    expect(evaluateAlerts([rule('reason:rate-limited = 2824')], both, none)).toHaveLength(1);
  });

  it('code:X adds up every row with that basic or enhanced code, remote and local', () => {
    const sum = (pick: (c: Report['codes'][number]) => boolean) =>
      report.codes.filter(pick).reduce((total, c) => total + c.count, 0);
    const basic = sum((c) => c.code === 550);
    const enhanced = sum((c) => c.enhanced === '5.1.1');
    // 550 5.1.1 alone has 684; other 550 rows and other codes with 5.1.1 add to each.
    expect(basic).toBeGreaterThan(684);
    expect(enhanced).toBeGreaterThan(684);
    expect(evaluate(`code:550 = ${basic}`).map((a) => a.message)).toEqual([`code:550 ${basic} = ${basic}`]);
    expect(evaluate(`code:5.1.1 = ${enhanced}`)).toHaveLength(1);
  });

  it('carries the value, threshold and unit', () => {
    const [alert] = evaluate('bounce-rate > 5%');
    expect(alert).toMatchObject({ metric: 'bounce-rate', threshold: 5, unit: 'percent' });
    expect(alert?.actual).toBeCloseTo((100 * 1225) / 9066, 10);
    expect(evaluate('bounced > 1')[0]).toMatchObject({ metric: 'bounced', actual: 1225, threshold: 1, unit: 'count' });
  });

  it('whole percentages compare exactly (1 of 20 bounced is exactly 5 %)', () => {
    const small: Report = {
      ...report,
      totals: { ...report.totals, delivered: 19, forwarded: 0, bounced: 1 },
    };
    expect(evaluateAlerts([rule('bounce-rate = 5%')], small, none)).toHaveLength(1);
    expect(evaluateAlerts([rule('bounce-rate > 5%')], small, none)).toHaveLength(0);
  });

  it('a rate with a zero denominator is 0', () => {
    const empty: Report = {
      ...report,
      totals: { ...report.totals, delivered: 0, forwarded: 0, bounced: 0, deferrals: 0, rejected: 0, discarded: 0 },
      diagnostics: { ...report.diagnostics, linesRead: 0, linesUnrecognised: 0 },
    };
    for (const name of RATE_METRICS) {
      expect(evaluateAlerts([rule(`${name} = 0%`)], empty, none), name).toHaveLength(1);
    }
  });

  it('new-problem holds when the history saw new keys, and lists a few', () => {
    const keys = ['outbound/blocked', 'inbound/spam', 'outbound/user-unknown', 'outbound/loop', 'inbound/virus'];
    const [alert] = evaluate('new-problem', { newProblems: keys });
    expect(alert).toMatchObject({ metric: 'new-problem', actual: 5, threshold: 0 });
    expect(alert?.message).toBe(
      'new-problem: 5 never seen before (outbound/blocked, inbound/spam, outbound/user-unknown, +2 more)',
    );
    const [hostile] = evaluate('new-problem', { newProblems: ['a\nb\u001b[31m'] });
    expect(hostile?.message).toBe('new-problem: 1 never seen before (a b)');
  });

  it('keeps rule order; alertSummary is one line', () => {
    const alerts = evaluateAlerts([rule('bounce-rate > 5%'), rule('bounced > 0'), rule('rejected > 0')], report, none);
    expect(alerts.map((a) => a.metric)).toEqual(['bounce-rate', 'bounced']);
    expect(alertSummary(alerts)).toBe('mailtriage: 2 alerts: bounce-rate 13.5% > 5%; bounced 1225 > 0');
    expect(alertSummary(alerts.slice(0, 1))).toBe('mailtriage: 1 alert: bounce-rate 13.5% > 5%');
    expect(alertSummary([])).toBe('');
  });
});
