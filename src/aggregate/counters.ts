/**
 * Small mergeable counting structures. Everything the accumulator keeps is built from these, so
 * that two partial results (two files, two chunks of one file) merge into the result of the
 * whole by adding counts.
 */

import { own } from '../parse/strings.js';
import type { DeliveryEvent } from '../types.js';

/** Counts by key. */
export type Counts = Map<string, number>;

export function bump(counts: Counts, key: string, by = 1): void {
  const n = counts.get(key);
  if (n === undefined) counts.set(own(key), by);
  else counts.set(key, n + by);
}

export function mergeCounts(into: Counts, from: Counts): void {
  for (const [key, n] of from) bump(into, key, n);
}

/** The `n` largest entries, ties broken by key so output is deterministic. */
export function topCounts(counts: Counts, n: number): { key: string; count: number }[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([key, count]) => ({ key, count }));
}

export function sumCounts(counts: Counts): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

/** Lower-cased domain of an address; `<>` and local-only addresses map to a label. */
export function domainOf(address: string | null): string {
  if (address === null || address === '') return '(null sender)';
  const at = address.lastIndexOf('@');
  if (at === -1 || at === address.length - 1) return '(local)';
  return address.slice(at + 1).toLowerCase();
}

/**
 * The next hop of a delivery as the relay tables key it. Host names are case-insensitive, and
 * one server logs `smtp2.AZET.SK` where another logs `smtp2.azet.sk`: one row, in lower case.
 * A next hop that is no host (`none`, a transport such as Exim's `local_delivery`) stays as logged.
 */
export function relayOf(event: DeliveryEvent): string {
  return event.relayPeer?.name?.toLowerCase() ?? event.relay ?? '(none)';
}

/**
 * Keep a keyed table bounded: once it holds twice `capacity` keys, keep the `capacity` heaviest
 * and drop the rest. Exact as long as the table never reaches twice its capacity; past that the
 * heavy hitters survive and their counts may miss what dropped keys would have added later (the
 * report says how many keys were dropped). Of keys that weigh exactly as much as the cut, the
 * earliest inserted stay. Pruning in batches keeps the cost amortised O(log n) per key.
 */
export function pruneTable<V>(table: Map<string, V>, capacity: number, weight: (value: V) => number): number {
  if (table.size < capacity * 2) return 0;
  // The weight of the capacity-th heaviest key, from a numeric sort of the weights alone (much
  // cheaper than sorting the entries); keys below it go, and of the keys at it the first kept.
  const weights = new Float64Array(table.size);
  let i = 0;
  for (const value of table.values()) weights[i++] = weight(value);
  weights.sort();
  const threshold = weights[weights.length - capacity] ?? 0;
  let heavier = 0;
  for (const w of weights) if (w > threshold) heavier++;
  let tiesKept = capacity - heavier;
  let dropped = 0;
  for (const [key, value] of table) {
    const w = weight(value);
    if (w > threshold || (w === threshold && tiesKept-- > 0)) continue;
    table.delete(key);
    dropped++;
  }
  return dropped;
}
