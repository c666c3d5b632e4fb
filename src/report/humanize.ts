/**
 * Numbers, durations, sizes and labels as people read them, shared by the Markdown and HTML
 * renderers so both say the same thing in the same words. Pure; nothing here escapes: callers
 * escape for their own format (the output of these functions may still carry log text).
 */
import type { Report } from '../aggregate/model.js';
import { REASON_INFO, type Reason } from '../catalog/reasons.js';
import type { Hardness, WhoMustAct } from '../types.js';

const INTEGER = new Intl.NumberFormat('en-US');

export function count(value: number): string {
  return INTEGER.format(value);
}

/** A share 0..1 as a percentage; one decimal below 10 % so small shares do not read as 0 %. */
export function percent(share: number): string {
  if (share > 0 && share < 0.0005) return '<0.1%';
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}

/** A rate 0..1 or null (no final outcome yet) as a percentage with one decimal. */
export function rate(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

/** Seconds in the largest unit that keeps the number short: 0.05 s, 9.3 min, 5.9 h, 2.1 d. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 10) return `${trim(seconds.toFixed(2))} s`;
  if (seconds < 60) return `${trim(seconds.toFixed(1))} s`;
  if (seconds < 3600) return `${trim((seconds / 60).toFixed(1))} min`;
  if (seconds < 86_400) return `${trim((seconds / 3600).toFixed(1))} h`;
  return `${trim((seconds / 86_400).toFixed(1))} d`;
}

function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

const BYTE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** Decimal (SI) units, as `ls -h --si` and mail size limits are usually written. */
export function bytes(value: number): string {
  let scaled = value;
  let unit = 0;
  while (scaled >= 1000 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1000;
    unit++;
  }
  const digits = unit === 0 || scaled >= 100 ? 0 : 1;
  return `${scaled.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** "2013-06-10 06:27 to 2013-06-12 06:37 UTC", as the text report writes it. */
export function period(report: Report): string {
  const from = report.period.from?.slice(0, 16).replace('T', ' ');
  const to = report.period.to?.slice(0, 16).replace('T', ' ');
  if (from === undefined || to === undefined) return 'no timestamps';
  return `${from} to ${to} UTC`;
}

/** An ISO instant as "2013-06-10 09:00" (UTC). */
export function minute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** The report's title line: period, MTAs, lines and inputs. */
export function summaryLine(report: Report): string {
  const files = report.inputs.length;
  const mtas = report.mtas.join(' + ') || 'no mail lines';
  return `${period(report)} · ${mtas} · ${count(report.diagnostics.linesRead)} lines from ${files} input${files === 1 ? '' : 's'}`;
}

export const WHO_MUST_ACT: Record<WhoMustAct, string> = {
  nobody: 'nobody',
  retry: 'wait (retries fix it)',
  'our-side': 'our side',
  'their-side': 'their side',
};

/** What hard and soft mean for the reader (see Hardness in types.ts). */
export const HARDNESS: Record<Hardness, string> = {
  hard: 'retrying cannot help',
  soft: 'may clear',
  none: 'not a failure',
};

/**
 * Titles for reasons named outside a problem row (a domain's top reason): the problem rows carry
 * titles in the report's language, so prefer those and fall back to the English catalog title.
 */
export function reasonTitles(report: Report): (reason: Reason | null) => string {
  const titles = new Map<Reason, string>();
  for (const p of report.problems) if (!titles.has(p.reason)) titles.set(p.reason, p.title);
  return (reason) => (reason === null ? '–' : (titles.get(reason) ?? REASON_INFO[reason].title));
}

/** Said when bounded tables dropped keys (Diagnostics.prunedKeys > 0). */
export const PRUNED_NOTE =
  'Memory bound reached: rare keys were dropped from the domain, address, relay, client and code tables, so their top rows are approximate';

/** Permanent and transient counts as "987 permanent, 24 transient". */
export function replyClasses(permanent: number, transient: number): string {
  const parts = [
    permanent > 0 ? `${count(permanent)} permanent` : '',
    transient > 0 ? `${count(transient)} transient` : '',
  ].filter((x) => x !== '');
  return parts.length > 0 ? parts.join(', ') : 'no reply code';
}

/** Sum of the problem counts of one direction. */
export function problemTotal(report: Report, direction: 'outbound' | 'inbound'): number {
  return report.problems.filter((p) => p.direction === direction).reduce((sum, p) => sum + p.count, 0);
}

/** Delivered share of final recipient outcomes (delivered, bounced, expired), or null. */
export function overallDeliveryRate(report: Report): number | null {
  const o = report.messages.outcomes;
  const final = o.delivered + o.bounced + o.expired;
  return final === 0 ? null : o.delivered / final;
}

/** The delay rows every format shows, in Postfix's delays=a/b/c/d order after the total. */
export function delayRows(report: Report): { label: string; key: string; p: Report['messages']['delay'] }[] {
  const parts = report.messages.delayParts;
  return [
    { label: 'Time in queue (total)', key: 'total', p: report.messages.delay },
    { label: 'a: before the queue manager', key: 'before-queue', p: parts.beforeQueue },
    { label: 'b: in the queue manager', key: 'in-queue', p: parts.inQueue },
    { label: 'c: connection setup', key: 'connection', p: parts.connection },
    { label: 'd: transmission', key: 'transmission', p: parts.transmission },
  ];
}

/** `Trends against 3 earlier runs (previous 2024-06-01 06:00 UTC)`. */
export function trendTitle(trends: NonNullable<Report['trends']>): string {
  const runs = `${trends.runs} earlier run${trends.runs === 1 ? '' : 's'}`;
  const previous =
    trends.previousRunAt === null ? '' : ` (previous ${trends.previousRunAt.slice(0, 16).replace('T', ' ')} UTC)`;
  return `Trends against ${runs}${previous}`;
}

/** A relative change as `+25%` / `-40%`; empty when there is nothing to compare with. */
export function trendChange(change: number | null): string {
  return change === null ? '' : `${change > 0 ? '+' : ''}${Math.round(change * 100)}%`;
}

/** The trend rows a summary shows: three per list row of the other sections (all with detail). */
export function trendRows(report: Report, top: number, detail: boolean): NonNullable<Report['trends']>['rows'] {
  const rows = report.trends?.rows ?? [];
  return detail ? rows : rows.slice(0, top * 3);
}
