/**
 * The per-host part of the fleet report: each host's headline numbers in the window and its
 * problem rate against the window of the same length just before, and the host whose rate rose
 * the most. One GROUP BY inside ClickHouse over both windows.
 */
import type { FleetHosts, HostRow } from '../aggregate/model.js';
import { type FleetWindow, windowCondition } from './fleet.js';

type Row = Record<string, string | number | null>;

const TALLIED = (name: string) => `countIf(has(tally, '${name}'))`;

function rate(problems: number, attempts: number): number | null {
  return attempts === 0 ? null : Math.round((problems / attempts) * 10_000) / 10_000;
}

export async function fleetHosts(
  query: (sql: string) => Promise<Row[]>,
  database: string,
  window: FleetWindow,
): Promise<FleetHosts> {
  const previous =
    window.since === null ? null : { since: 2 * window.since - (window.until ?? Date.now()), until: window.since };
  const scope = { ...window, since: previous?.since ?? window.since };
  const current = window.since === null ? '1' : `ms >= ${window.since}`;
  const rows = await query(`SELECT host, ${current} AS current,
      ${TALLIED('received')} AS received, ${TALLIED('delivered')} AS delivered, ${TALLIED('forwarded')} AS forwarded,
      ${TALLIED('deferrals')} AS deferrals, ${TALLIED('bounced')} AS bounced, ${TALLIED('expired')} AS expired,
      ${TALLIED('rejected')} AS rejected, countIf(direction IS NOT NULL) AS problems
    FROM ${database}.events FINAL WHERE ${windowCondition(scope)} GROUP BY host, current ORDER BY host`);
  const lines = await query(`SELECT host, sum(read) AS read FROM ${database}.lines FINAL
    WHERE ${windowCondition(window)} GROUP BY host`);
  const read = new Map(lines.map((row) => [String(row['host']), Number(row['read'])]));
  const hosts = new Map<string, HostRow>();
  const before = new Map<string, number | null>();
  for (const row of rows) {
    const n = (key: string) => Number(row[key] ?? 0);
    const attempts = n('delivered') + n('forwarded') + n('deferrals') + n('bounced') + n('expired') + n('rejected');
    const host = String(row['host']);
    if (Number(row['current']) === 0) {
      before.set(host, rate(n('problems'), attempts));
      continue;
    }
    hosts.set(host, {
      host,
      linesRead: read.get(host) ?? 0,
      received: n('received'),
      delivered: n('delivered'),
      deferrals: n('deferrals'),
      bounced: n('bounced'),
      rejected: n('rejected'),
      problems: n('problems'),
      problemRate: rate(n('problems'), attempts),
      previousProblemRate: null,
      change: null,
    });
  }
  for (const row of hosts.values()) {
    row.previousProblemRate = previous === null ? null : (before.get(row.host) ?? null);
    if (row.problemRate !== null && row.previousProblemRate !== null) {
      row.change = Math.round((row.problemRate - row.previousProblemRate) * 10_000) / 10_000;
    }
  }
  const sorted = [...hosts.values()].sort((a, b) => b.problems - a.problems || a.host.localeCompare(b.host));
  const worst = sorted
    .filter((r) => r.change !== null && r.change > 0)
    .sort((a, b) => (b.change ?? 0) - (a.change ?? 0) || a.host.localeCompare(b.host))[0];
  return {
    previousPeriod:
      previous === null
        ? null
        : { from: new Date(previous.since).toISOString(), to: new Date(previous.until).toISOString() },
    rows: sorted,
    worstTrend: worst?.host ?? null,
  };
}
