/**
 * Building blocks of what a worker thread records for the main thread to replay in order
 * (correlation-log.ts, table-log.ts): typed arrays that grow by doubling, and strings that cross
 * as one string joined by newlines (no log line holds one: lines are split on it). Joining costs a
 * copy of each string; a dictionary of distinct strings cost a hash lookup and a copy of each new
 * one, which for an Exim log took more time than correlating.
 */

/** Strings joined into one piece at a time, so the pieces of log their slices hold go soon. */
const JOIN_EVERY = 4096;

export class StringColumn {
  /** Strings not yet joined. */
  private pending: string[] = [];
  /** Joined pieces of JOIN_EVERY strings each. */
  private readonly joined: string[] = [];

  add(text: string): void {
    // Never true for text from a log line; a guard, since a stray newline would shift every string after it.
    this.pending.push(text.includes('\n') ? text.replaceAll('\n', ' ') : text);
    if (this.pending.length === JOIN_EVERY) this.joinPending();
  }

  /** Every string added so far, joined by newlines. */
  join(): string {
    this.joinPending();
    return this.joined.join('\n');
  }

  private joinPending(): void {
    if (this.pending.length === 0) return;
    this.joined.push(this.pending.join('\n'));
    this.pending = [];
  }
}

/** The strings of a joined column, in order; `entries` is 0 when nothing was recorded. */
export function splitColumn(strings: string, entries: number): string[] {
  return entries === 0 ? [] : strings.split('\n');
}

/** A copy of `old` with room for `size` values. */
export function grown<T extends Uint8Array | Float64Array>(old: T, size: number): T {
  const next = new (old.constructor as new (n: number) => T)(size);
  next.set(old);
  return next;
}
