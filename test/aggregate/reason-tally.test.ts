/**
 * Reason tallies stand in for a Map of counts in every domain, relay and client row: they must
 * count, merge and pick the top reason exactly as the Map and topCounts did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bump,
  type Counts,
  mergeCounts,
  mergeReasonTallies,
  type ReasonTally,
  tallyReason,
  topCounts,
  topReason,
} from '../../src/aggregate/counters.js';
import { REASONS, type Reason } from '../../src/catalog/reasons.js';

function asMap(tally: ReasonTally): Counts {
  const counts: Counts = new Map();
  for (let i = 0; tally !== null && i < tally.length; i += 2) counts.set(tally[i] as string, tally[i + 1] as number);
  return counts;
}

/** A few reasons only, so that repeats and ties are common. */
const reason = fc.constantFrom<Reason>(...(REASONS.slice(0, 6) as Reason[]));
const additions = fc.array(fc.tuple(reason, fc.integer({ min: 1, max: 3 })), { maxLength: 30 });

describe('reason tallies', () => {
  it('is null until the first reason, and keeps one entry per reason', () => {
    let tally: ReasonTally = null;
    expect(topReason(tally)).toBeNull();
    tally = tallyReason(tally, 'user-unknown');
    tally = tallyReason(tally, 'greylisted', 2);
    tally = tallyReason(tally, 'user-unknown');
    expect(tally).toEqual(['user-unknown', 2, 'greylisted', 2]);
    // A tie goes to the name first in order, as in topCounts.
    expect(topReason(tally)).toBe('greylisted');
  });

  it('counts, merges and ranks like a Map of counts (fixed seed)', () => {
    fc.assert(
      fc.property(additions, additions, (first, second) => {
        let a: ReasonTally = null;
        let b: ReasonTally = null;
        const ma: Counts = new Map();
        const mb: Counts = new Map();
        for (const [r, n] of first) {
          a = tallyReason(a, r, n);
          bump(ma, r, n);
        }
        for (const [r, n] of second) {
          b = tallyReason(b, r, n);
          bump(mb, r, n);
        }
        const copy = mergeReasonTallies(null, b);
        const merged = mergeReasonTallies(a, b);
        mergeCounts(ma, mb);
        expect(asMap(merged)).toEqual(ma);
        expect(topReason(merged)).toBe(topCounts(ma, 1)[0]?.key ?? null);
        expect(asMap(copy)).toEqual(mb);
        // Merged tallies are their own: counting into them leaves the source alone.
        for (const r of REASONS.slice(0, 6) as Reason[]) {
          tallyReason(copy, r);
          tallyReason(merged, r);
        }
        expect(asMap(b)).toEqual(mb);
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
