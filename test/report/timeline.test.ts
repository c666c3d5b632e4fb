/**
 * Hourly rows → chart bins: gaps are filled, long spans merge into natural widths, counts are kept.
 */
import { describe, expect, it } from 'vitest';
import type { HourRow } from '../../src/aggregate/model.js';
import { binLabel, binWidth, nonEmptyBins, OUTCOME_SERIES, timeline } from '../../src/report/timeline.js';
import { reportFor } from '../helpers.js';

function row(hour: string, received: number): HourRow {
  return { hour, received, delivered: 1, deferred: 0, bounced: 0, rejected: 0 };
}

describe('binWidth', () => {
  it.each([
    [1, 48, 1],
    [48, 48, 1],
    [49, 48, 2],
    [700, 48, 24],
    [24 * 365 * 18, 96, 2160],
    [24 * 365 * 200, 96, 8760 * 3],
  ])('%d hours in at most %d bins → %d-hour bins', (span, max, width) => {
    expect(binWidth(span, max)).toBe(width);
    expect(Math.ceil(span / width)).toBeLessThanOrEqual(max);
  });
});

describe('timeline', () => {
  it('fills the hours the model leaves out', () => {
    const line = timeline([row('2024-06-01T22:00:00.000Z', 2), row('2024-06-02T01:00:00.000Z', 3)], 48);
    expect(line.hours).toBe(1);
    expect(line.bins.map((b) => [b.start.slice(11, 13), b.counts.received])).toEqual([
      ['22', 2],
      ['23', 0],
      ['00', 0],
      ['01', 3],
    ]);
    // Tables keep only the bins with events.
    expect(nonEmptyBins(line).map((b) => b.start.slice(11, 13))).toEqual(['22', '01']);
  });

  it('merges a long span into day bins aligned at midnight UTC and keeps every count', async () => {
    const report = await reportFor(['fixtures/sample/']);
    const line = timeline(report.hourly, 12);
    expect(line.hours).toBe(3);
    expect(line.bins.every((b) => Number(b.start.slice(11, 13)) % 3 === 0)).toBe(true);
    for (const series of OUTCOME_SERIES) {
      const total = report.hourly.reduce((sum, h) => sum + h[series], 0);
      expect(
        line.bins.reduce((sum, b) => sum + b.counts[series], 0),
        series,
      ).toBe(total);
    }
  });

  it('is empty without hours', () => {
    expect(timeline([], 10)).toEqual({ hours: 1, bins: [] });
  });

  it.each([
    [1, 'per hour'],
    [6, 'per 6 hours'],
    [24, 'per day'],
    [168, 'per 7 days'],
  ])('binLabel(%d) = %s', (hours, label) => {
    expect(binLabel(hours)).toBe(label);
  });
});
