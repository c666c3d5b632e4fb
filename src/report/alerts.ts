/**
 * `--fail-on EXPR`: threshold rules evaluated on a finished report, for unattended runs (exit
 * code 3 and a one-line summary on stderr when one holds). Pure: the rule text in, a typed rule
 * or an error value out; (rules, report, context) in, the alerts that hold out.
 *
 * Grammar (whitespace around OP is optional, metric names are case-insensitive):
 *
 *   RULE   = METRIC OP VALUE | "new-problem"
 *   OP     = ">" | ">=" | "<" | "<=" | "=" | "!="
 *   VALUE  = NUMBER | NUMBER "%"        NUMBER = digits, optionally "." digits (no sign)
 *   METRIC = TOTAL | "unrecognised" | RATE
 *          | "reason:" REASON                    (a name of REASONS, src/catalog/reasons.ts)
 *          | "code:" BASIC | "code:" ENHANCED    (550, or 5.7.26; not both)
 *          | "domain:" DOMAIN ":" DOMAIN_METRIC
 *   DOMAIN_METRIC = bounce-rate | delivery-rate (rates) | deferrals | recipients | delivered
 *          | forwarded | bounced | expired | pending | ever-deferred (counts)
 *   TOTAL  = received | delivered | forwarded | deferred | deferrals | bounced | expired
 *          | rejected | reject-warnings | held | discarded
 *   RATE   = bounce-rate | defer-rate | reject-rate | unrecognised-rate
 *
 * Counts take a plain number; rates take a percentage (`5%`), and each is an error on the other,
 * so `bounce-rate > 5` cannot silently mean 500 %. Rates (all line counts of the same run, so an
 * incremental window cannot push them past 100 %; a rate whose denominator is 0 is 0):
 *
 *   bounce-rate        bounced / (delivered + forwarded + bounced)
 *   defer-rate         deferrals / (delivered + forwarded + bounced + deferrals): the share of
 *                      delivery attempts that were deferred. Not `deferred / received`: in an
 *                      incremental run the messages deferred now were mostly received earlier.
 *   reject-rate        rejected / (delivered + rejected + discarded), pflogsumm's "rejected (%)"
 *                      basis, not truncated to a whole percent
 *   unrecognised-rate  unrecognised lines / lines read
 *
 * `reason:NAME` counts problems of that reason in both directions; `code:X` sums `report.codes`
 * rows with that basic or enhanced code (remote and local replies). `domain:D:M` reads the
 * domains table, which holds only the worst domains (at least 25): a domain not in it evaluates
 * as 0, so `domain:D:delivery-rate < 90%` also holds when D had no mail in the run. Domain rates
 * are (bounced + expired) or (delivered + forwarded) over the recipients with a final outcome,
 * as in the table. `new-problem` holds when the run saw problem keys no earlier run had seen
 * (computed by the history, passed in as `context.newProblems`).
 */
import type { DomainRow, Report, Totals } from '../aggregate/model.js';
import { REASONS, type Reason } from '../catalog/reasons.js';
import { safe } from './text.js';

export const COMPARATORS = ['>', '>=', '<', '<=', '=', '!='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Grand totals by their rule name. */
export const TOTAL_METRICS = {
  received: 'received',
  delivered: 'delivered',
  forwarded: 'forwarded',
  deferred: 'deferred',
  deferrals: 'deferrals',
  bounced: 'bounced',
  expired: 'expired',
  rejected: 'rejected',
  'reject-warnings': 'rejectWarnings',
  held: 'held',
  discarded: 'discarded',
} as const satisfies Record<string, keyof Totals>;
export type TotalMetric = keyof typeof TOTAL_METRICS;

export const RATE_METRICS = ['bounce-rate', 'defer-rate', 'reject-rate', 'unrecognised-rate'] as const;
export type RateMetric = (typeof RATE_METRICS)[number];

/** Per-domain metrics and whether each is a rate. */
export const DOMAIN_METRICS = {
  'bounce-rate': 'rate',
  'delivery-rate': 'rate',
  deferrals: 'count',
  recipients: 'count',
  delivered: 'count',
  forwarded: 'count',
  bounced: 'count',
  expired: 'count',
  pending: 'count',
  'ever-deferred': 'count',
} as const satisfies Record<string, Unit>;
export type DomainMetric = keyof typeof DOMAIN_METRICS;

type Unit = 'count' | 'rate';

export type Metric =
  | { kind: 'total'; name: TotalMetric }
  | { kind: 'unrecognised' }
  | { kind: 'rate'; name: RateMetric }
  | { kind: 'reason'; reason: Reason }
  | { kind: 'code'; code: number }
  | { kind: 'enhanced'; enhanced: string }
  | { kind: 'domain'; domain: string; name: DomainMetric };

export type FailOnRule =
  | {
      /** The expression as given (trimmed), for messages. */
      text: string;
      kind: 'threshold';
      metric: Metric;
      op: Comparator;
      /** Counts: the number. Rates: percent (5 for `5%`). */
      threshold: number;
    }
  | { text: string; kind: 'new-problem' };

export interface Alert {
  /** The rule as the user wrote it. */
  rule: string;
  /** Canonical metric name (`bounce-rate`, `domain:gmail.com:deferrals`, `new-problem`). */
  metric: string;
  /** The report's value: a count, or a rate in percent (7.1 for 7.1 %). */
  actual: number;
  /** The rule's value, in the same unit; 0 for `new-problem`. */
  threshold: number;
  unit: 'count' | 'percent';
  /** `bounce-rate 7.1% > 5%`: one line, no control characters. */
  message: string;
}

export type ParsedRule = { ok: true; value: FailOnRule } | { ok: false; message: string };

const REASON_SET: ReadonlySet<string> = new Set(REASONS);
const NUMBER = /^(\d+(?:\.\d+)?)(%?)$/;
const BASIC_CODE = /^[2-5]\d\d$/;
/** RFC 3463 §2: class.subject.detail, subject up to 3 digits, detail up to 3 digits. */
const ENHANCED_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;

function isTotal(name: string): name is TotalMetric {
  return Object.hasOwn(TOTAL_METRICS, name);
}
function isRate(name: string): name is RateMetric {
  return (RATE_METRICS as readonly string[]).includes(name);
}
function isDomainMetric(name: string): name is DomainMetric {
  return Object.hasOwn(DOMAIN_METRICS, name);
}

/** Every metric name a rule can use, for usage and error messages. */
export function metricNames(): string[] {
  return [
    ...Object.keys(TOTAL_METRICS),
    'unrecognised',
    ...RATE_METRICS,
    'reason:NAME',
    'code:550',
    'code:5.7.26',
    'domain:DOMAIN:METRIC',
    'new-problem',
  ];
}

function quote(text: string): string {
  return `'${safe(text)}'`;
}

type MetricResult = { ok: true; metric: Metric; unit: Unit } | { ok: false; message: string };

function parseMetric(name: string, rule: string): MetricResult {
  const where = `in --fail-on ${quote(rule)}`;
  if (isTotal(name)) return { ok: true, metric: { kind: 'total', name }, unit: 'count' };
  if (name === 'unrecognised') return { ok: true, metric: { kind: 'unrecognised' }, unit: 'count' };
  if (isRate(name)) return { ok: true, metric: { kind: 'rate', name }, unit: 'rate' };
  if (name.startsWith('reason:')) {
    const reason = name.slice('reason:'.length);
    if (!REASON_SET.has(reason)) {
      return { ok: false, message: `unknown reason ${quote(reason)} ${where}; reasons: ${REASONS.join(', ')}` };
    }
    return { ok: true, metric: { kind: 'reason', reason: reason as Reason }, unit: 'count' };
  }
  if (name.startsWith('code:')) {
    const code = name.slice('code:'.length);
    if (BASIC_CODE.test(code)) return { ok: true, metric: { kind: 'code', code: Number(code) }, unit: 'count' };
    if (ENHANCED_CODE.test(code)) return { ok: true, metric: { kind: 'enhanced', enhanced: code }, unit: 'count' };
    return {
      ok: false,
      message: `bad reply code ${quote(code)} ${where}: give a basic code (code:550) or an enhanced code (code:5.7.26), not both`,
    };
  }
  if (name.startsWith('domain:')) {
    const rest = name.slice('domain:'.length);
    const colon = rest.lastIndexOf(':');
    const domain = normaliseDomain(colon < 0 ? rest : rest.slice(0, colon));
    const metric = colon < 0 ? '' : rest.slice(colon + 1);
    if (domain === '' || colon < 0) {
      return { ok: false, message: `expected domain:DOMAIN:METRIC ${where}, e.g. domain:gmail.com:bounce-rate` };
    }
    if (/\s/.test(domain)) return { ok: false, message: `bad domain ${quote(domain)} ${where}` };
    if (!isDomainMetric(metric)) {
      return {
        ok: false,
        message: `unknown domain metric ${quote(metric)} ${where}; domain metrics: ${Object.keys(DOMAIN_METRICS).join(', ')}`,
      };
    }
    return { ok: true, metric: { kind: 'domain', domain, name: metric }, unit: DOMAIN_METRICS[metric] };
  }
  return { ok: false, message: `unknown metric ${quote(name)} ${where}; metrics: ${metricNames().join(', ')}` };
}

function normaliseDomain(domain: string): string {
  return domain.toLowerCase().replace(/\.$/, '');
}

/** Parse one `--fail-on` expression. */
export function parseFailOn(expr: string): ParsedRule {
  const text = expr.trim();
  if (text === '')
    return { ok: false, message: 'empty --fail-on expression; expected METRIC OP VALUE, e.g. bounce-rate > 5%' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\x00-\x1f\x7f]/.test(text)) return { ok: false, message: 'control characters in a --fail-on expression' };
  const opAt = text.search(/[<>=!]/);
  if (opAt < 0) {
    if (text.toLowerCase() === 'new-problem') return { ok: true, value: { text, kind: 'new-problem' } };
    const parsed = parseMetric(text.toLowerCase(), text);
    if (!parsed.ok) return parsed;
    return {
      ok: false,
      message: `missing comparison in --fail-on ${quote(text)}; expected METRIC OP VALUE (OP: ${COMPARATORS.join(' ')})`,
    };
  }
  const name = text.slice(0, opAt).trim().toLowerCase();
  const afterName = text.slice(opAt);
  const op = (['>=', '<=', '!=', '>', '<', '='] as const).find((candidate) => afterName.startsWith(candidate));
  const rest = afterName.slice(op?.length ?? 0).trim();
  if (op === undefined || /^[<>=!]/.test(rest)) {
    const bad = /^[<>=!]+/.exec(afterName)?.[0] ?? afterName;
    return {
      ok: false,
      message: `bad operator ${quote(bad)} in --fail-on ${quote(text)}; operators: ${COMPARATORS.join(' ')}`,
    };
  }
  if (name === '') return { ok: false, message: `missing metric before ${quote(op)} in --fail-on ${quote(text)}` };
  if (name === 'new-problem') {
    return { ok: false, message: `new-problem takes no comparison: write --fail-on new-problem` };
  }
  if (/\s/.test(name)) return { ok: false, message: `unknown metric ${quote(name)} in --fail-on ${quote(text)}` };
  const metric = parseMetric(name, text);
  if (!metric.ok) return metric;
  if (rest === '') return { ok: false, message: `missing value after ${quote(op)} in --fail-on ${quote(text)}` };
  const number = NUMBER.exec(rest);
  if (number === null) {
    return {
      ok: false,
      message: `bad value ${quote(rest)} in --fail-on ${quote(text)}; expected a number (12) or a percentage (5%)`,
    };
  }
  const percent = number[2] === '%';
  const value = Number(number[1]);
  if (metric.unit === 'rate' && !percent) {
    return { ok: false, message: `${name} is a rate: write its value as a percentage, e.g. ${name} ${op} ${rest}%` };
  }
  if (metric.unit === 'count' && percent) {
    return {
      ok: false,
      message: `${name} is a count: a percentage (${rest}) applies only to rates (${RATE_METRICS.join(', ')}, domain:D:bounce-rate, domain:D:delivery-rate)`,
    };
  }
  if (percent && value > 100) return { ok: false, message: `percentage over 100 in --fail-on ${quote(text)}` };
  return { ok: true, value: { text, kind: 'threshold', metric: metric.metric, op, threshold: value } };
}

/** part / whole in percent, 0 when whole is 0. `100 * part` first keeps whole percentages exact. */
function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

function domainRow(report: Report, domain: string): DomainRow | undefined {
  return report.domains.find((row) => normaliseDomain(row.domain) === domain);
}

function domainValue(row: DomainRow | undefined, name: DomainMetric): number {
  if (row === undefined) return 0;
  const o = row.outcomes;
  const final = o.delivered + o.forwarded + o.bounced + o.expired;
  switch (name) {
    case 'bounce-rate':
      return percentOf(o.bounced + o.expired, final);
    case 'delivery-rate':
      return percentOf(o.delivered + o.forwarded, final);
    case 'deferrals':
      return row.deferrals;
    case 'ever-deferred':
      return o.everDeferred;
    default:
      return o[name];
  }
}

function rateValue(name: RateMetric, report: Report): number {
  const t = report.totals;
  const d = report.diagnostics;
  switch (name) {
    case 'bounce-rate':
      return percentOf(t.bounced, t.delivered + t.forwarded + t.bounced);
    case 'defer-rate':
      return percentOf(t.deferrals, t.delivered + t.forwarded + t.bounced + t.deferrals);
    case 'reject-rate':
      return percentOf(t.rejected, t.delivered + t.rejected + t.discarded);
    case 'unrecognised-rate':
      return percentOf(d.linesUnrecognised, d.linesRead);
  }
}

/** The metric's value in the report: a count, or a rate in percent. */
export function metricValue(metric: Metric, report: Report): number {
  switch (metric.kind) {
    case 'total':
      return report.totals[TOTAL_METRICS[metric.name]];
    case 'unrecognised':
      return report.diagnostics.linesUnrecognised;
    case 'rate':
      return rateValue(metric.name, report);
    case 'reason':
      return report.problems.filter((p) => p.reason === metric.reason).reduce((sum, p) => sum + p.count, 0);
    case 'code':
      return report.codes.filter((c) => c.code === metric.code).reduce((sum, c) => sum + c.count, 0);
    case 'enhanced':
      return report.codes.filter((c) => c.enhanced === metric.enhanced).reduce((sum, c) => sum + c.count, 0);
    case 'domain':
      return domainValue(domainRow(report, metric.domain), metric.name);
  }
}

export function metricName(metric: Metric): string {
  switch (metric.kind) {
    case 'total':
    case 'rate':
      return metric.name;
    case 'unrecognised':
      return 'unrecognised';
    case 'reason':
      return `reason:${metric.reason}`;
    case 'code':
      return `code:${metric.code}`;
    case 'enhanced':
      return `code:${metric.enhanced}`;
    case 'domain':
      return `domain:${metric.domain}:${metric.name}`;
  }
}

function isRateMetric(metric: Metric): boolean {
  return metric.kind === 'rate' || (metric.kind === 'domain' && DOMAIN_METRICS[metric.name] === 'rate');
}

export function compare(actual: number, op: Comparator, threshold: number): boolean {
  switch (op) {
    case '>':
      return actual > threshold;
    case '>=':
      return actual >= threshold;
    case '<':
      return actual < threshold;
    case '<=':
      return actual <= threshold;
    case '=':
      return actual === threshold;
    case '!=':
      return actual !== threshold;
  }
}

/**
 * A rate with one decimal, or more when one decimal would print the threshold itself (5.04 % >
 * 5 % reads `5.04%`, not `5.0%`).
 */
function formatPercent(actual: number, threshold: number): string {
  for (let digits = 1; digits < 4; digits++) {
    const text = actual.toFixed(digits);
    if (Number(text) !== threshold || actual === threshold) return `${trimZeros(text)}%`;
  }
  return `${trimZeros(actual.toFixed(4))}%`;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

const MAX_LISTED = 3;

/** The rules that hold for this report, in rule order. */
export function evaluateAlerts(
  rules: readonly FailOnRule[],
  report: Report,
  context: { newProblems: readonly string[] },
): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of rules) {
    if (rule.kind === 'new-problem') {
      const fresh = context.newProblems;
      if (fresh.length === 0) continue;
      const listed = fresh.slice(0, MAX_LISTED).map((key) => safe(key).replace(/\s+/g, ' '));
      const more = fresh.length > MAX_LISTED ? `, +${fresh.length - MAX_LISTED} more` : '';
      alerts.push({
        rule: rule.text,
        metric: 'new-problem',
        actual: fresh.length,
        threshold: 0,
        unit: 'count',
        message: `new-problem: ${fresh.length} never seen before (${listed.join(', ')}${more})`,
      });
      continue;
    }
    const actual = metricValue(rule.metric, report);
    if (!compare(actual, rule.op, rule.threshold)) continue;
    const name = metricName(rule.metric);
    const rate = isRateMetric(rule.metric);
    const shown = rate ? formatPercent(actual, rule.threshold) : String(actual);
    const limit = rate ? `${rule.threshold}%` : String(rule.threshold);
    alerts.push({
      rule: rule.text,
      metric: name,
      actual,
      threshold: rule.threshold,
      unit: rate ? 'percent' : 'count',
      message: safe(`${name} ${shown} ${rule.op} ${limit}`),
    });
  }
  return alerts;
}

/**
 * One line for stderr, without a newline: `mailtriage: 2 alerts: bounce-rate 7.1% > 5%;
 * reason:blocked 12 > 0`. Empty when no alert holds (print nothing then).
 */
export function alertSummary(alerts: readonly Alert[]): string {
  if (alerts.length === 0) return '';
  const head = `mailtriage: ${alerts.length} alert${alerts.length === 1 ? '' : 's'}`;
  return `${head}: ${alerts.map((a) => a.message.replace(/[\r\n]+/g, ' ')).join('; ')}`;
}
