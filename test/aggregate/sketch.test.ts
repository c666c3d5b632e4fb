/**
 * The delay sketch behind every percentile in the report: within about 1 % of the exact value,
 * never above the maximum, and merging two sketches gives the sketch of all their values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToSketch,
  addToSketchBucket,
  bucketCount,
  bucketIndex,
  cloneSketch,
  emptySketch,
  mergeSketch,
  percentiles,
  quantile,
  type Sketch,
  ZERO_BUCKET,
} from '../../src/aggregate/sketch.js';

function sketchOf(values: readonly number[]): Sketch {
  const sketch = emptySketch();
  for (const v of values) addToSketch(sketch, v);
  return sketch;
}

/** The exact value at quantile q, by the same rank rule as the sketch. */
function exact(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] as number;
}

/** Delays as logs give them: 0, hundredths of a second, up to days. */
const delay = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
  fc.integer({ min: 1, max: 600_000 }),
);

describe('delay sketch', () => {
  it('answers nothing when empty, and 0 for zero and negative delays', () => {
    expect(percentiles(emptySketch())).toEqual({ count: 0, p50: null, p90: null, p99: null, max: null });
    expect(percentiles(sketchOf([0, -1, 0]))).toEqual({ count: 3, p50: 0, p90: 0, p99: 0, max: 0 });
    // Not a number is not a delay.
    expect(sketchOf([Number.NaN, Number.POSITIVE_INFINITY]).count).toBe(0);
  });

  it('keeps its buckets sorted and of the exact size, one per distinct bucket', () => {
    const sketch = sketchOf([5, 1, 300, 5, 1, 0.5, 300]);
    const indexes = sketch.buckets.map(bucketIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(4);
    expect(sketch.buckets.map(bucketCount)).toEqual([1, 2, 2, 2]);
    expect(sketch.zeros).toBe(0);
  });

  it('packs the bucket of any finite delay without losing its index or count', () => {
    const extremes = [Number.MIN_VALUE, 1e-300, 0.001, 1, 1e300, Number.MAX_VALUE];
    const sketch = sketchOf([...extremes, ...extremes]);
    const indexes = sketch.buckets.map(bucketIndex);
    expect(indexes).toEqual(extremes.map((v) => Math.ceil(Math.log(v) / Math.log(1.02))));
    expect(sketch.buckets.map(bucketCount)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(quantile(sketch, 1)).toBe(Number.MAX_VALUE);
    expect(quantile(sketch, 0)).toBe(0);
  });

  it('stops a bucket count at its limit rather than spill into the next bucket', () => {
    const sketch = emptySketch();
    addToSketchBucket(sketch, 10, 2 ** 36 - 2, 1.2);
    addToSketchBucket(sketch, 10, 5, 1.2);
    addToSketchBucket(sketch, 11, 1, 1.3);
    expect(sketch.buckets.map(bucketIndex)).toEqual([10, 11]);
    expect(sketch.buckets.map(bucketCount)).toEqual([2 ** 36 - 1, 1]);
  });

  it('is within 1 % of every exact percentile and never above the maximum (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(delay, { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sketch = sketchOf(values);
          const got = quantile(sketch, q) as number;
          const want = exact(values, q);
          expect(got).toBeLessThanOrEqual(Math.max(...values));
          // 1 % of the value, plus the rounding to hundredths (below 100 s) or to seconds.
          expect(Math.abs(got - want)).toBeLessThanOrEqual(want * 0.01 + (want >= 100 ? 0.5 : 0.005) + 1e-9);
        },
      ),
      { seed: 11, numRuns: 400 },
    );
  });

  it('merges into the sketch of both inputs, and a clone is independent (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(delay, { maxLength: 100 }), fc.array(delay, { maxLength: 100 }), (a, b) => {
        const merged = sketchOf(a);
        const copy = cloneSketch(merged);
        mergeSketch(merged, sketchOf(b));
        expect(merged).toEqual(sketchOf([...a, ...b]));
        expect(copy).toEqual(sketchOf(a));
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('takes counts by bucket as SQL computes them (the fleet report)', () => {
    const values = [0, 0.25, 3, 3, 47, 86_400];
    const bucketed = emptySketch();
    for (const v of values) {
      const index = v <= 0 ? ZERO_BUCKET : Math.ceil(Math.log(v) / Math.log(1.02));
      addToSketchBucket(bucketed, index, 1, v);
    }
    expect(bucketed).toEqual(sketchOf(values));
  });
});
