/**
 * The report's hourly rows → evenly spaced time bins for a chart or a volume table. The model
 * lists only hours that had events (a quiet night leaves gaps) and a log may span years (Exim's
 * test suite spans 1999–2017), so bins are filled and widened until at most `maxBins` remain.
 * Pure.
 */
import type { HourRow } from '../aggregate/model.js';

export const OUTCOME_SERIES = ['received', 'delivered', 'deferred', 'bounced', 'rejected'] as const;
export type OutcomeSeries = (typeof OUTCOME_SERIES)[number];

export interface TimeBin {
  /** Start of the bin, ISO 8601 UTC. */
  start: string;
  counts: Record<OutcomeSeries, number>;
}

export interface Timeline {
  /** Width of one bin in hours (1 when the hourly rows fit as they are). */
  hours: number;
  bins: TimeBin[];
}

const HOUR_MS = 3_600_000;
/** Bin widths that read naturally: hours that divide a day, then days, a week, 30 and 365 days. */
const WIDTHS = [1, 2, 3, 4, 6, 12, 24, 48, 168, 720, 2160, 8760];

function emptyCounts(): Record<OutcomeSeries, number> {
  return { received: 0, delivered: 0, deferred: 0, bounced: 0, rejected: 0 };
}

/** The smallest natural width that keeps the span within `maxBins` bins. */
export function binWidth(spanHours: number, maxBins: number): number {
  for (const width of WIDTHS) if (Math.ceil(spanHours / width) <= maxBins) return width;
  const year = WIDTHS[WIDTHS.length - 1] ?? 8760;
  return year * Math.ceil(spanHours / year / maxBins);
}

export function timeline(rows: readonly HourRow[], maxBins: number): Timeline {
  const dated = rows
    .map((row) => ({ row, hour: Math.floor(Date.parse(row.hour) / HOUR_MS) }))
    .filter((d) => Number.isFinite(d.hour));
  if (dated.length === 0) return { hours: 1, bins: [] };
  // A loop, not Math.min(...spread): years of hourly rows would exceed the argument limit.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { hour } of dated) {
    first = Math.min(first, hour);
    last = Math.max(last, hour);
  }
  const width = binWidth(last - first + 1, Math.max(1, maxBins));
  // Align bins to multiples of the width since the epoch (midnight UTC), so daily bins are days.
  const firstBin = Math.floor(first / width);
  const binCount = Math.floor(last / width) - firstBin + 1;
  const bins: TimeBin[] = Array.from({ length: binCount }, (_, i) => ({
    start: new Date((firstBin + i) * width * HOUR_MS).toISOString(),
    counts: emptyCounts(),
  }));
  for (const { row, hour } of dated) {
    const bin = bins[Math.floor(hour / width) - firstBin];
    if (bin === undefined) continue;
    for (const series of OUTCOME_SERIES) bin.counts[series] += row[series];
  }
  return { hours: width, bins };
}

/** The bins with at least one event, for tables (a chart keeps the empty ones as gaps). */
export function nonEmptyBins(line: Timeline): TimeBin[] {
  return line.bins.filter((b) => OUTCOME_SERIES.some((series) => b.counts[series] > 0));
}

/** "per hour", "per 6 hours", "per day", "per 7 days". */
export function binLabel(hours: number): string {
  if (hours === 1) return 'per hour';
  if (hours < 24) return `per ${hours} hours`;
  if (hours === 24) return 'per day';
  return `per ${hours / 24} days`;
}
