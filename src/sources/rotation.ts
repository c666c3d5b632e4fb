/**
 * Reading order of rotated log sets: oldest first, so that a message whose lines straddle a
 * rotation is seen in order.
 *
 *   mail.log.3.gz, mail.log.2.gz, mail.log.1, mail.log          (logrotate numbered, Debian)
 *   maillog-20240104.gz, maillog-20240105, maillog                (logrotate dateext, RHEL)
 *   mainlog.2.gz, mainlog.1, mainlog, mainlog-20240105             (Exim exicyclog; Exim %D datestamps)
 *
 * Exim's own datestamped files (`log_file_path = /var/log/exim/%slog-%D`) are the live files of
 * their day, so among datestamps the latest date is the newest; a numbered suffix is always older
 * than the unnumbered file of the same set.
 */
import { basename } from 'node:path';

export interface RotationKey {
  /** The set a file belongs to: `dir/mail.log` for `dir/mail.log.2.gz`. */
  set: string;
  /** Smaller is older. */
  age: number;
}

const COMPRESSED_SUFFIX = /\.(gz|bz2|xz|zst)$/;
const NUMBERED = /^(.*)\.(\d{1,4})$/;
const DATED = /^(.*)-(\d{8})(\d{2})?$/;

/** Sort key of a path inside its rotation set. */
export function rotationKey(path: string): RotationKey {
  const dir = path.slice(0, path.length - basename(path).length);
  const name = basename(path).replace(COMPRESSED_SUFFIX, '');
  const numbered = NUMBERED.exec(name);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
    // mail.log.1 is newer than mail.log.2: a larger number is older.
    return { set: dir + numbered[1], age: -1e12 - Number(numbered[2]) * 1e3 };
  }
  const dated = DATED.exec(name);
  if (dated?.[1] !== undefined && dated[2] !== undefined) {
    return { set: dir + dated[1], age: -1e9 + Number(dated[2]) };
  }
  // The live file: newer than its numbered rotations, and than the date-stamped files.
  return { set: dir + name, age: 0 };
}

/** Stable order: by set name, then oldest first within a set. */
export function sortByRotation(paths: readonly string[]): string[] {
  const keyed = paths.map((path) => ({ path, key: rotationKey(path) }));
  keyed.sort((a, b) => {
    if (a.key.set !== b.key.set) return a.key.set < b.key.set ? -1 : 1;
    if (a.key.age !== b.key.age) return a.key.age - b.key.age;
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
  return keyed.map((k) => k.path);
}
