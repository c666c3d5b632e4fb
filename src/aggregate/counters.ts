/**
 * Small mergeable counting structures. Everything the accumulator keeps is built from these, so
 * that two partial results (two files, two chunks of one file) merge into the result of the
 * whole by adding counts.
 */

import type { Reason } from '../catalog/reasons.js';
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

/**
 * Counts by reason for a row of a keyed table (a domain, a relay, a client): `[reason, count,
 * reason, count, ...]`, or null before the first. Tables hold up to twice TABLE_CAPACITY rows,
 * most of which see no reason or one. A Map per row cost 150-400 bytes even when empty (24,000 of
 * them held 3.5 MB at 10M lines); this costs nothing until used, 64 bytes with one reason, and
 * stays small since there are a few dozen reasons in all. Reasons are the catalog's own strings,
 * so nothing is copied.
 */
export type ReasonTally = readonly (Reason | number)[] | null;

/** `tally` with `by` more of `reason`: the same array when the reason is in it, else a new one. */
export function tallyReason(tally: ReasonTally, reason: Reason, by = 1): ReasonTally {
  if (tally === null) return [reason, by];
  for (let i = 0; i < tally.length; i += 2) {
    if (tally[i] === reason) {
      (tally as (Reason | number)[])[i + 1] = (tally[i + 1] as number) + by;
      return tally;
    }
  }
  // A copy of the exact size: a push would leave room for 16 more entries in every row.
  return [...tally, reason, by];
}

export function mergeReasonTallies(into: ReasonTally, from: ReasonTally): ReasonTally {
  let merged = into;
  for (let i = 0; from !== null && i < from.length; i += 2) {
    merged = tallyReason(merged, from[i] as Reason, from[i + 1] as number);
  }
  return merged;
}

/** The most frequent reason, ties broken by name as in topCounts; null for an empty tally. */
export function topReason(tally: ReasonTally): Reason | null {
  let top: Reason | null = null;
  let most = 0;
  for (let i = 0; tally !== null && i < tally.length; i += 2) {
    const reason = tally[i] as Reason;
    const n = tally[i + 1] as number;
    if (n > most || (n === most && top !== null && reason < top)) {
      top = reason;
      most = n;
    }
  }
  return top;
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
