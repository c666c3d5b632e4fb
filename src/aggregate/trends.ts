/**
 * Trends across runs: this period's problems against the previous run and the average of the
 * last seven, by reason, reply code and destination domain, with problems never seen before
 * marked new. Pure: the history (earlier runs' metrics) is read by the CLI and passed in.
 */
import type { AccumulatorState } from './accumulator.js';
import type { TrendRow, Trends } from './model.js';

export type MetricKind = 'reason' | 'code' | 'domain';

/** One run's problem metrics: kind → key → count. */
export type RunMetrics = Record<MetricKind, Map<string, number>>;

export interface PastRun {
  finishedAt: number;
  metrics: RunMetrics;
}

/**
 * The metrics trends follow, taken from the whole accumulated state (not the report's top-N
 * tables, or a domain just outside yesterday's top rows would look new today). Keys are stable
 * across runs: `outbound:user-unknown`, `550 5.1.1`, `example.org`.
 */
export function stateMetrics(state: AccumulatorState): RunMetrics {
  const metrics: RunMetrics = { reason: new Map(), code: new Map(), domain: new Map() };
  for (const p of state.problems.values()) {
    const key = `${p.direction}:${p.reason}`;
    metrics.reason.set(key, (metrics.reason.get(key) ?? 0) + p.count);
  }
  for (const c of state.codes.values()) {
    if (c.code === null ? c.enhanced === null || c.enhanced.startsWith('2') : c.code < 400) continue;
    const key = [c.code, c.enhanced].filter((x) => x !== null).join(' ');
    metrics.code.set(key, (metrics.code.get(key) ?? 0) + c.count);
  }
  for (const [domain, d] of state.messages.domains) {
    const failed = d.outcomes.bounced + d.outcomes.expired + d.deferrals;
    if (failed > 0) metrics.domain.set(domain, failed);
  }
  return metrics;
}

const KINDS: readonly MetricKind[] = ['reason', 'code', 'domain'];
const AVERAGE_OVER = 7;

/**
 * Rows for every key present now or in the previous run, biggest change first. `seen` holds the
 * keys of any earlier run (the history keeps them beyond the last seven).
 */
export function computeTrends(
  current: RunMetrics,
  past: readonly PastRun[],
  seen: ReadonlySet<string>,
  top: number,
): Trends {
  const recent = [...past].sort((a, b) => b.finishedAt - a.finishedAt).slice(0, AVERAGE_OVER);
  const previous = recent[0];
  const rows: TrendRow[] = [];
  for (const kind of KINDS) {
    const keys = new Set([...current[kind].keys(), ...(previous?.metrics[kind].keys() ?? [])]);
    for (const key of keys) {
      const now = current[kind].get(key) ?? 0;
      const before = previous?.metrics[kind].get(key) ?? 0;
      const average =
        recent.length === 0
          ? null
          : recent.reduce((sum, run) => sum + (run.metrics[kind].get(key) ?? 0), 0) / recent.length;
      rows.push({
        kind,
        key,
        current: now,
        previous: previous === undefined ? null : before,
        average: average === null ? null : Math.round(average * 10) / 10,
        change: previous === undefined || before === 0 ? null : Math.round(((now - before) / before) * 1000) / 1000,
        // The first run has nothing to compare with: calling everything new would be noise.
        isNew: past.length > 0 && now > 0 && !seen.has(`${kind}|${key}`),
      });
    }
  }
  rows.sort(
    (a, b) =>
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
      Number(b.isNew) - Number(a.isNew) ||
      Math.abs(b.current - (b.previous ?? 0)) - Math.abs(a.current - (a.previous ?? 0)) ||
      b.current - a.current ||
      a.key.localeCompare(b.key),
  );
  const perKind = Math.max(top, 10);
  return {
    runs: past.length,
    previousRunAt: previous === undefined ? null : new Date(previous.finishedAt).toISOString(),
    newProblems: rows.filter((r) => r.isNew).map((r) => `${r.kind}:${r.key}`),
    rows: KINDS.flatMap((kind) => rows.filter((r) => r.kind === kind).slice(0, perKind)),
  };
}
