/**
 * A mergeable quantile sketch for delays: values fall into logarithmic buckets 2 % wide, so any
 * percentile is within about 1 % of the true value, memory is bounded by the range of values
 * (a few hundred buckets from milliseconds to weeks), and two sketches merge by adding counts.
 * Zero and negative delays share one bucket.
 */
import type { Percentiles } from './model.js';

const GAMMA = 1.02;
const LOG_GAMMA = Math.log(GAMMA);

/**
 * A bucket is one number, `(index + INDEX_BIAS) * COUNT_LIMIT + count`, so that it takes one
 * unboxed double in the array instead of two slots. Bucket indexes of finite doubles lie within
 * ±37,700, so the biased index is positive and below 2^17, and the product stays an exact integer
 * (below 2^53). Ordering the numbers orders the buckets, since a count is below COUNT_LIMIT.
 */
const INDEX_BIAS = 2 ** 16;
const COUNT_LIMIT = 2 ** 36;

export interface Sketch {
  count: number;
  zeros: number;
  max: number;
  /**
   * The buckets seen, by increasing index, each packed into one number (see INDEX_BIAS). Every
   * domain row holds a sketch, and most see a few distinct buckets: a Map cost 500 bytes for ten
   * of them, this array 130, and nothing beyond its header while empty. A bucket is inserted once
   * per sketch (there are a few hundred in all), into a copy of the exact size; adding to one is
   * a binary search.
   */
  buckets: number[];
}

export function emptySketch(): Sketch {
  return { count: 0, zeros: 0, max: 0, buckets: [] };
}

/** The bucket index of a packed bucket. */
export function bucketIndex(packed: number): number {
  return Math.floor(packed / COUNT_LIMIT) - INDEX_BIAS;
}

/** How many values a packed bucket holds. */
export function bucketCount(packed: number): number {
  return packed % COUNT_LIMIT;
}

export function addToSketch(sketch: Sketch, value: number): void {
  if (!Number.isFinite(value)) return;
  sketch.count++;
  if (value > sketch.max) sketch.max = value;
  if (value <= 0) {
    sketch.zeros++;
    return;
  }
  addToBucket(sketch, Math.ceil(Math.log(value) / LOG_GAMMA), 1);
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
  else addToBucket(sketch, index, count);
}

/**
 * A bucket's count stops short of COUNT_LIMIT (68 billion values in one bucket of one sketch, far
 * beyond any log) rather than spill into its index.
 */
function plus(packed: number, count: number): number {
  return packed + Math.min(count, COUNT_LIMIT - 1 - bucketCount(packed));
}

function addToBucket(sketch: Sketch, index: number, count: number): void {
  const b = sketch.buckets;
  const base = (index + INDEX_BIAS) * COUNT_LIMIT;
  // Binary search for the first bucket whose index is >= `index`.
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((b[mid] as number) < base) lo = mid + 1;
    else hi = mid;
  }
  const found = b[lo];
  if (found !== undefined && found < base + COUNT_LIMIT) {
    b[lo] = plus(found, count);
    return;
  }
  const grown = new Array<number>(b.length + 1);
  for (let i = 0; i < lo; i++) grown[i] = b[i] as number;
  grown[lo] = plus(base, count);
  for (let i = lo; i < b.length; i++) grown[i + 1] = b[i] as number;
  sketch.buckets = grown;
}

export function mergeSketch(into: Sketch, from: Sketch): void {
  into.count += from.count;
  into.zeros += from.zeros;
  if (from.max > into.max) into.max = from.max;
  // Both lists are sorted: one pass.
  const a = into.buckets;
  const b = from.buckets;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const ai = i < a.length ? bucketIndex(a[i] as number) : Number.POSITIVE_INFINITY;
    const bj = j < b.length ? bucketIndex(b[j] as number) : Number.POSITIVE_INFINITY;
    if (ai < bj) merged.push(a[i++] as number);
    else if (bj < ai) merged.push(b[j++] as number);
    else merged.push(plus(a[i++] as number, bucketCount(b[j++] as number)));
  }
  // Of the exact size, as every bucket list is (push leaves room to grow).
  into.buckets = merged.slice();
}

/** An independent copy (merging into it leaves `s` alone). */
export function cloneSketch(s: Sketch): Sketch {
  return { count: s.count, zeros: s.zeros, max: s.max, buckets: [...s.buckets] };
}

/** The value at quantile q (0..1), never above the exact maximum. */
export function quantile(sketch: Sketch, q: number): number | null {
  if (sketch.count === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sketch.count));
  if (rank <= sketch.zeros) return 0;
  let seen = sketch.zeros;
  for (const packed of sketch.buckets) {
    seen += bucketCount(packed);
    if (seen >= rank) {
      // The bucket (γ^(index-1), γ^index] is represented by the point of equal relative error.
      const value = (2 * GAMMA ** bucketIndex(packed)) / (GAMMA + 1);
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
