/**
 * Accumulated state → the report model: ranking, shares, top-N lists and hint texts. Pure; the
 * clock (`generatedAt`) and the input list are passed in.
 */
import { entryById } from '../catalog/lookup.js';
import { REASON_INFO, type Reason } from '../catalog/reasons.js';
import type { Lang } from '../catalog/types.js';
import { replyClassOf } from '../parse/reply.js';
import type { Hardness, Outcome, WhoMustAct } from '../types.js';
import type { AccumulatorState, ProblemStats } from './accumulator.js';
import type { AddressStats, DomainStats } from './correlate.js';
import { topCounts, topReason } from './counters.js';
import type {
  AddressRow,
  ClientRow,
  CodeRow,
  DomainRow,
  HourRow,
  InputSummary,
  LogMessageRow,
  MessageSummary,
  ProblemRow,
  RelayRow,
  Report,
} from './model.js';
import { SCHEMA_VERSION } from './model.js';
import { percentiles } from './sketch.js';

export interface BuildOptions {
  generatedAt: number;
  version: string;
  inputs: InputSummary[];
  /** Length of top-N lists. */
  top: number;
  lang: Lang;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function buildReport(state: AccumulatorState, options: BuildOptions): Report {
  const t = state.totals;
  const base = t.delivered + t.rejected + t.discarded;
  const codes: CodeRow[] = [...state.codes.values()]
    .map((c) => ({
      code: c.code,
      enhanced: c.enhanced,
      class: c.code !== null ? replyClassOf(c.code) : null,
      count: c.count,
      remote: c.remote,
      local: c.local,
      reason: c.reason,
      example: c.example,
    }))
    .sort(compareCodes);
  const problems = buildProblems(state, options);
  const hasExim = state.mtas.has('exim');
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'mailtriage', version: options.version },
    generatedAt: new Date(options.generatedAt).toISOString(),
    period: { from: iso(state.firstAt), to: iso(state.lastAt) },
    mtas: [...state.mtas].sort(),
    inputs: options.inputs,
    totals: { ...t, rejectedPercent: base === 0 ? 0 : Math.floor((t.rejected / base) * 100) },
    exim: hasExim ? { ...state.exim } : null,
    problems,
    messages: messageSummary(state),
    domains: domainRows(state, options.top),
    relays: relayRows(state, options.top),
    clients: clientRows(state, options.top),
    hourly: hourRows(state),
    senders: addressRows(state.messages.senders, options.top),
    recipients: addressRows(state.messages.recipients, options.top),
    codes,
    logMessages: logMessageRows(state),
    trends: null,
    diagnostics: {
      linesRead: state.lines.read,
      linesParsed: state.lines.parsed,
      linesForeign: state.lines.foreign,
      linesUnrecognised: state.lines.unrecognised,
      linesOverlong: state.lines.overlong,
      notes: state.lines.notes,
      linesOutsideWindow: state.lines.outsideWindow,
      unrecognisedByReason: Object.fromEntries([...state.unrecognisedByReason].sort()),
      samples: state.samples,
      noteSamples: state.noteSamples,
      prunedKeys: state.prunedKeys + state.messages.prunedKeys,
    },
  };
}

/** Codes: permanent before transient classes, then by count; successes last. */
function compareCodes(a: CodeRow, b: CodeRow): number {
  const rank = (c: CodeRow) => (c.class === 'permanent' ? 0 : c.class === 'transient' ? 1 : c.class === null ? 2 : 3);
  return (
    rank(a) - rank(b) ||
    b.count - a.count ||
    (a.code ?? 0) - (b.code ?? 0) ||
    (a.enhanced ?? '').localeCompare(b.enhanced ?? '')
  );
}

function buildProblems(state: AccumulatorState, options: BuildOptions): ProblemRow[] {
  const totals = { outbound: 0, inbound: 0 };
  for (const p of state.problems.values()) totals[p.direction] += p.count;
  const rows = [...state.problems.values()].map((p) => problemRow(p, totals[p.direction], options));
  return rows.sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === 'outbound' ? -1 : 1) ||
      b.count - a.count ||
      b.permanent - a.permanent ||
      a.reason.localeCompare(b.reason),
  );
}

function problemRow(p: ProblemStats, directionTotal: number, options: BuildOptions): ProblemRow {
  const info = REASON_INFO[p.reason as Reason];
  const hintId = topCounts(p.hintIds, 1)[0]?.key ?? null;
  const entry = hintId === null ? undefined : entryById(hintId);
  const texts = entry?.texts[options.lang] ?? entry?.texts.en;
  const hardness: Hardness = p.hard * 2 > p.count ? 'hard' : 'soft';
  const whoMustAct =
    (topCounts(p.whoMustAct, 1)[0]?.key as WhoMustAct | undefined) ?? entry?.whoMustAct ?? info.whoMustAct;
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const [key, n] of [...p.outcomes].sort()) outcomes[key as Outcome] = n;
  return {
    direction: p.direction,
    reason: p.reason,
    title: options.lang === 'tr' ? info.titleTr : info.title,
    count: p.count,
    share: directionTotal === 0 ? 0 : p.count / directionTotal,
    outcomes,
    transient: p.transient,
    permanent: p.permanent,
    hardness,
    whoMustAct,
    topDomains: topCounts(p.domains, options.top),
    topRelays: topCounts(p.relays, options.top),
    topCodes: topCounts(p.codes, options.top),
    example: p.example,
    hintId,
    hint: texts?.howToFix ?? info.hint,
  };
}

function messageSummary(state: AccumulatorState): MessageSummary {
  const m = state.messages;
  const parts = m.delayParts.map(percentiles);
  return {
    messages: m.messages,
    complete: m.complete,
    openAtEnd: m.openAtEnd,
    evictedIdle: m.evictedIdle,
    evictedCap: m.evictedCap,
    bounceNotifications: m.bounceNotifications,
    attemptsPerRecipient:
      m.outcomes.recipients === 0 ? 0 : Math.round((m.attempts / m.outcomes.recipients) * 100) / 100,
    outcomes: { ...m.outcomes },
    delay: percentiles(m.delay),
    delayParts: {
      beforeQueue: parts[0] ?? percentiles(m.delay),
      inQueue: parts[1] ?? percentiles(m.delay),
      connection: parts[2] ?? percentiles(m.delay),
      transmission: parts[3] ?? percentiles(m.delay),
    },
  };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Destination domains, worst first: most failed recipients, then most deferrals, then volume. */
function domainRows(state: AccumulatorState, top: number): DomainRow[] {
  const rows = [...state.messages.domains].map(([domain, d]: [string, DomainStats]) => {
    const o = d.outcomes;
    const final = o.delivered + o.forwarded + o.bounced + o.expired;
    return {
      domain,
      outcomes: { ...o },
      deliveryRate: rate(o.delivered + o.forwarded, final),
      bounceRate: rate(o.bounced + o.expired, final),
      deferrals: d.deferrals,
      topReason: topReason(d.reasons),
      delay: percentiles(d.delay),
    };
  });
  const failed = (r: DomainRow) => r.outcomes.bounced + r.outcomes.expired + r.outcomes.pending;
  rows.sort(
    (a, b) =>
      failed(b) - failed(a) ||
      b.deferrals - a.deferrals ||
      b.outcomes.recipients - a.outcomes.recipients ||
      a.domain.localeCompare(b.domain),
  );
  return rows.slice(0, Math.max(top, 25));
}

function relayRows(state: AccumulatorState, top: number): RelayRow[] {
  const rows = [...state.relays].map(([relay, r]) => ({
    relay,
    delivered: r.delivered,
    deferred: r.deferred,
    bounced: r.bounced,
    topReason: topReason(r.reasons),
  }));
  rows.sort(
    (a, b) =>
      b.bounced + b.deferred - (a.bounced + a.deferred) || b.delivered - a.delivered || a.relay.localeCompare(b.relay),
  );
  return rows.slice(0, Math.max(top, 25));
}

function clientRows(state: AccumulatorState, top: number): ClientRow[] {
  const rows = [...state.clients].map(([client, c]) => ({
    client,
    refused: c.refused,
    topReason: topReason(c.reasons),
  }));
  rows.sort((a, b) => b.refused - a.refused || a.client.localeCompare(b.client));
  return rows.slice(0, Math.max(top, 25));
}

function hourRows(state: AccumulatorState): HourRow[] {
  return [...state.hourly]
    .sort((a, b) => a[0] - b[0])
    .map(([hour, counts]) => ({ hour: new Date(hour * 3_600_000).toISOString(), ...counts }));
}

function addressRows(
  addresses: Map<string, AddressStats>,
  top: number,
): { byVolume: AddressRow[]; byFailures: AddressRow[] } {
  const rows = [...addresses].map(([address, a]) => ({ address, ...a }));
  const byVolume = [...rows]
    .sort((a, b) => b.messages - a.messages || b.bytes - a.bytes || a.address.localeCompare(b.address))
    .slice(0, top);
  const byFailures = rows
    .filter((r) => r.failures > 0)
    .sort((a, b) => b.failures - a.failures || b.messages - a.messages || a.address.localeCompare(b.address))
    .slice(0, top);
  return { byVolume, byFailures };
}

const SEVERITY_RANK: Record<LogMessageRow['severity'], number> = { panic: 0, fatal: 1, error: 2, warning: 3 };

function logMessageRows(state: AccumulatorState): LogMessageRow[] {
  return [...state.logMessages.values()]
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || a.text.localeCompare(b.text),
    )
    .map((row) => ({ ...row }));
}
