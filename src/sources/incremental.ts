/**
 * Incremental reading: given what earlier runs consumed (the state entries) and the files there
 * are now, decide where to start reading each file. Pure; the state file itself is read and
 * written by the CLI.
 *
 * A file is matched to an entry by content (the hash of its first bytes, see identity.ts), so the
 * usual rotations are followed without loss or double count:
 *   rename-and-create   mail.log → mail.log.1: the entry follows the content to mail.log.1, which is
 *                       read from the old offset; the new mail.log is read from its start.
 *   copytruncate        mail.log is copied to mail.log.1 (same head: read from the old offset) and
 *                       truncated (new head, or shorter than the old offset: read from the start).
 *   compression         mail.log.1 → mail.log.1.gz: the decompressed head is unchanged; offsets are
 *                       counted in decompressed bytes. A compressed file whose size (gzip ISIZE)
 *                       equals the offset was read to its end already and is skipped.
 */
import { type FileIdentity, fingerprint, HEAD_BYTES } from './identity.js';

export interface StateEntry {
  /** Where the content was last seen (informative; matching is by fingerprint). */
  path: string;
  fingerprint: string;
  /** How many head bytes the fingerprint covers (fewer than HEAD_BYTES for a young file). */
  fingerprintLength: number;
  /** Decompressed bytes consumed: always at a line boundary. */
  offset: number;
  /** Lines consumed, so line numbers continue across runs. */
  lines: number;
  /** Epoch ms of the run that last advanced this entry. */
  updatedAt: number;
}

export interface ReadPlan {
  identity: FileIdentity;
  /** Decompressed bytes to skip (already read by an earlier run). */
  skipBytes: number;
  startLine: number;
  /** Nothing new can be in the file: do not open it. */
  done: boolean;
  /** The entry this file continues, if any. */
  entry: StateEntry | null;
}

/** Entries not seen for this long are forgotten. */
export const STATE_RETENTION_MS = 45 * 86_400_000;

function matches(identity: FileIdentity, entry: StateEntry): boolean {
  if (entry.fingerprintLength === 0 || identity.head.length < entry.fingerprintLength) return false;
  return fingerprint(identity.head, entry.fingerprintLength) === entry.fingerprint;
}

export function planReads(files: readonly FileIdentity[], entries: readonly StateEntry[]): ReadPlan[] {
  const used = new Set<StateEntry>();
  return files.map((identity) => {
    const entry = entries.find((e) => !used.has(e) && matches(identity, e)) ?? null;
    if (entry === null) return { identity, skipBytes: 0, startLine: 0, done: false, entry: null };
    used.add(entry);
    if (!identity.compressed && identity.size < entry.offset) {
      // Same first bytes but shorter than what we read: rewritten in place; start over.
      return { identity, skipBytes: 0, startLine: 0, done: false, entry: null };
    }
    const done =
      (identity.compressed && identity.gzipSize !== null && identity.gzipSize === entry.offset % 2 ** 32) ||
      (!identity.compressed && identity.size === entry.offset);
    return { identity, skipBytes: entry.offset, startLine: entry.lines, done, entry };
  });
}

/**
 * The state after a run: one entry per file read (advanced to what was consumed), plus earlier
 * entries that no file matched this time, until they are older than the retention.
 */
export function nextState(
  plans: readonly ReadPlan[],
  consumed: ReadonlyMap<ReadPlan, { offset: number; lines: number }>,
  previous: readonly StateEntry[],
  now: number,
): StateEntry[] {
  const next: StateEntry[] = [];
  const continued = new Set<StateEntry>();
  for (const plan of plans) {
    if (plan.entry !== null) continued.add(plan.entry);
    const got = consumed.get(plan);
    const offset = got?.offset ?? plan.skipBytes;
    const length = Math.min(HEAD_BYTES, plan.identity.head.length, offset);
    if (length === 0) continue;
    next.push({
      path: plan.identity.path,
      fingerprint: fingerprint(plan.identity.head, length),
      fingerprintLength: length,
      offset,
      lines: got?.lines ?? plan.startLine,
      updatedAt: got === undefined ? (plan.entry?.updatedAt ?? now) : now,
    });
  }
  for (const entry of previous) {
    if (!continued.has(entry) && now - entry.updatedAt < STATE_RETENTION_MS) next.push(entry);
  }
  return next;
}
