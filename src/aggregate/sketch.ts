/**
 * A mergeable quantile sketch for delays: values fall into logarithmic buckets 2 % wide, so any
 * percentile is within about 1 % of the true value, memory is bounded by the range of values
 * (a few hundred buckets from milliseconds to weeks), and two sketches merge by adding counts.
 * Zero and negative delays share one bucket.
 */
import type { Percentiles } from './model.js';

const GAMMA = 1.02;
const LOG_GAMMA = Math.log(GAMMA);

export interface Sketch {
  count: number;
  zeros: number;
  max: number;
  buckets: Map<number, number>;
}

export function emptySketch(): Sketch {
  return { count: 0, zeros: 0, max: 0, buckets: new Map() };
}

export function addToSketch(sketch: Sketch, value: number): void {
  if (!Number.isFinite(value)) return;
  sketch.count++;
  if (value > sketch.max) sketch.max = value;
  if (value <= 0) {
    sketch.zeros++;
    return;
  }
  const index = Math.ceil(Math.log(value) / LOG_GAMMA);
  sketch.buckets.set(index, (sketch.buckets.get(index) ?? 0) + 1);
}

/** Index of the bucket that stands for zero and negative values in `addToSketchBucket`. */
export const ZERO_BUCKET = -1_000_000;

/**
 * Add `count` values known only by their bucket (as computed elsewhere, e.g. in SQL, with the
 * same rule as addToSketch: ceil(log(value) / log(1.02)), or ZERO_BUCKET) and their maximum.
 */
export function addToSketchBucket(sketch: Sketch, index: number, count: number, max: number): void {
  sketch.count += count;
  if (max > sketch.max) sketch.max = max;
  if (index === ZERO_BUCKET) sketch.zeros += count;
  else sketch.buckets.set(index, (sketch.buckets.get(index) ?? 0) + count);
}

export function mergeSketch(into: Sketch, from: Sketch): void {
  into.count += from.count;
  into.zeros += from.zeros;
  if (from.max > into.max) into.max = from.max;
  for (const [index, n] of from.buckets) into.buckets.set(index, (into.buckets.get(index) ?? 0) + n);
}

/** The value at quantile q (0..1), never above the exact maximum. */
export function quantile(sketch: Sketch, q: number): number | null {
  if (sketch.count === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sketch.count));
  if (rank <= sketch.zeros) return 0;
  let seen = sketch.zeros;
  const indexes = [...sketch.buckets.keys()].sort((a, b) => a - b);
  for (const index of indexes) {
    seen += sketch.buckets.get(index) ?? 0;
    if (seen >= rank) {
      // The bucket (γ^(i-1), γ^i] is represented by the point of equal relative error.
      const value = (2 * GAMMA ** index) / (GAMMA + 1);
      return Math.min(round(value), sketch.max);
    }
  }
  return sketch.max;
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

export function percentiles(sketch: Sketch): Percentiles {
  return {
    count: sketch.count,
    p50: quantile(sketch, 0.5),
    p90: quantile(sketch, 0.9),
    p99: quantile(sketch, 0.99),
    max: sketch.count === 0 ? null : sketch.max,
  };
}
