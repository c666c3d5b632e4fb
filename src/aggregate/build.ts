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
import { topCounts } from './counters.js';
import { type CodeRow, type InputSummary, type ProblemRow, type Report, SCHEMA_VERSION } from './model.js';

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
    codes,
    problems,
    diagnostics: {
      linesRead: state.lines.read,
      linesParsed: state.lines.parsed,
      linesForeign: state.lines.foreign,
      linesUnrecognised: state.lines.unrecognised,
      linesOverlong: state.lines.overlong,
      notes: state.lines.notes,
      unrecognisedByReason: Object.fromEntries([...state.unrecognisedByReason].sort()),
      samples: state.samples,
      noteSamples: state.noteSamples,
    },
  };
}

/** Problems first: permanent before transient classes, then by count; successes last. */
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
      b.permanent - a.permanent ||
      b.count - a.count ||
      a.reason.localeCompare(b.reason),
  );
}

function problemRow(p: ProblemStats, directionTotal: number, options: BuildOptions): ProblemRow {
  const info = REASON_INFO[p.reason as Reason];
  const hintId = topCounts(p.hintIds, 1)[0]?.key ?? null;
  const entry = hintId === null ? undefined : entryById(hintId);
  const texts = entry?.texts[options.lang] ?? entry?.texts.en;
  const hardness: Hardness = p.hard * 2 > p.count ? 'hard' : 'soft';
  const whoMustAct: WhoMustAct = entry?.whoMustAct ?? info.whoMustAct;
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
