/**
 * Idempotency keys. A record is named by where its line is, not by what it says: the host that
 * read it, the fingerprint of the input's first line and the byte offset of the line in the
 * decompressed input. Rotation (`mail.log` → `mail.log.1` → `mail.log.1.gz`) keeps the first line
 * and the decompressed offsets, so a line shipped before and after a rotation, or by a rerun of a
 * crashed run, gets the same key, and the ClickHouse table keeps one row per key.
 */
import { createHash } from 'node:crypto';
import { fingerprint, HEAD_BYTES } from '../sources/identity.js';

/** The input's first line (up to HEAD_BYTES, without its newline) as a fingerprint. */
export function fileKeyOf(head: Buffer): string {
  const newline = head.indexOf(10);
  const length = Math.min(newline === -1 ? head.length : newline, HEAD_BYTES);
  return fingerprint(head, length);
}

/**
 * 32 hex digits naming one record. `part` tells records of one line apart: `e` for the line's
 * own event, `m` for the message it opened, `o:ADDRESS` for a recipient's outcome, `h:HOUR` for
 * line counts.
 */
export function recordKey(host: string, fileKey: string, offset: number, part: string): string {
  return createHash('sha256').update(`${host}\0${fileKey}\0${offset}\0${part}`).digest('hex').slice(0, 32);
}
