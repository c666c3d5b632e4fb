/**
 * The per-host section of a fleet report, shared by the renderers: its title, the sentence about
 * the trend, and the cells of each row as plain text (each renderer escapes them).
 */
import type { FleetHosts, HostRow } from '../aggregate/model.js';

export const HOSTS_TITLE = 'Hosts';

function percent(rate: number | null): string {
  return rate === null ? '-' : `${(rate * 100).toFixed(1)}%`;
}

function points(change: number | null): string {
  if (change === null) return '-';
  const value = (change * 100).toFixed(1);
  return change > 0 ? `+${value} pt` : `${value} pt`;
}

/** Column titles and, per row, the cells (numbers raw, so each format can group digits its way). */
export const HOST_COLUMNS: readonly { title: string; numeric: boolean; cell: (row: HostRow) => string | number }[] = [
  { title: 'Host', numeric: false, cell: (r) => r.host },
  { title: 'Lines', numeric: true, cell: (r) => r.linesRead },
  { title: 'Received', numeric: true, cell: (r) => r.received },
  { title: 'Delivered', numeric: true, cell: (r) => r.delivered },
  { title: 'Deferrals', numeric: true, cell: (r) => r.deferrals },
  { title: 'Bounced', numeric: true, cell: (r) => r.bounced },
  { title: 'Rejected', numeric: true, cell: (r) => r.rejected },
  { title: 'Problems', numeric: true, cell: (r) => r.problems },
  { title: 'Rate', numeric: true, cell: (r) => percent(r.problemRate) },
  { title: 'Before', numeric: true, cell: (r) => percent(r.previousProblemRate) },
  { title: 'Change', numeric: true, cell: (r) => points(r.change) },
];

/** One sentence: which host got worse, or why there is no trend. */
export function hostsSummary(hosts: FleetHosts): string {
  if (hosts.previousPeriod === null) return 'No trend: give --since to compare with the period before it.';
  const period = `${hosts.previousPeriod.from} to ${hosts.previousPeriod.to}`;
  if (hosts.worstTrend === null) return `No host's problem rate rose against ${period}.`;
  const row = hosts.rows.find((r) => r.host === hosts.worstTrend);
  return `Worst trend: ${hosts.worstTrend}, problem rate ${percent(row?.previousProblemRate ?? null)} → ${percent(row?.problemRate ?? null)} (${points(row?.change ?? null)}) against ${period}.`;
}
