/**
 * The state file of incremental runs (`--state FILE`): what each log file has given so far.
 *
 * Never lose a line, never count one twice, even when the run is killed at any point:
 *  1. a lock (`FILE.lock`, O_EXCL with our pid) refuses a second run on the same state;
 *  2. the new state is first written beside the old one as `FILE.next`, with the hash of the
 *     report it belongs to (temporary file, fsync, rename: never half-written);
 *  3. the report is written (atomically, when it goes to a file);
 *  4. `FILE.next` is renamed over `FILE`.
 * A run that starts and finds `FILE.next` knows the previous run was killed between 2 and 4: if
 * the report file holds the recorded hash, the report went out and the state is advanced;
 * otherwise the report never went out and `FILE.next` is dropped, so those lines are read again.
 * (With the report on stdout there is nothing to check: a kill between 3 and 4 repeats the
 * lines of that run. Use --output for exactness.)
 */
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { errorCode } from '../errors.js';
import type { StateEntry } from '../sources/incremental.js';
import { writeFileAtomic } from './output.js';

export interface StateFile {
  version: 1;
  entries: StateEntry[];
  /** sha256 of the report this state was written with (only in FILE.next). */
  reportHash?: string;
  /** Where that report was written (only in FILE.next). */
  reportPath?: string | null;
}

export type StateResult<T> = { ok: true; value: T } | { ok: false; message: string };

const EMPTY: StateFile = { version: 1, entries: [] };

function parseState(path: string, text: string): StateResult<StateFile> {
  try {
    const value = JSON.parse(text) as StateFile;
    if (value.version !== 1 || !Array.isArray(value.entries)) {
      return { ok: false, message: `${path}: not a mailtriage state file (version ${String(value.version)})` };
    }
    return { ok: true, value };
  } catch {
    return { ok: false, message: `${path}: the state file is not valid JSON; move it away to start over` };
  }
}

export async function readState(path: string): Promise<StateResult<StateFile>> {
  try {
    return parseState(path, await readFile(path, 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: true, value: EMPTY };
    return { ok: false, message: `${path}: cannot read the state file: ${errorCode(error) || String(error)}` };
  }
}

export function reportHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Step 2: the new state, waiting for its report. */
export async function prepareState(
  path: string,
  entries: StateEntry[],
  content: string,
  reportPath: string | null,
): Promise<void> {
  const next: StateFile = { version: 1, entries, reportHash: reportHash(content), reportPath };
  await writeFileAtomic(`${path}.next`, `${JSON.stringify(next)}\n`);
}

/** Step 4: the report went out; the new state becomes the state. */
export async function commitState(path: string): Promise<void> {
  await rename(`${path}.next`, path);
}

/** A run killed between steps 2 and 4: finish it if its report went out, else forget it. */
export async function recoverState(path: string): Promise<'none' | 'advanced' | 'dropped'> {
  let text: string;
  try {
    text = await readFile(`${path}.next`, 'utf8');
  } catch {
    return 'none';
  }
  const parsed = parseState(`${path}.next`, text);
  if (parsed.ok && parsed.value.reportHash !== undefined && typeof parsed.value.reportPath === 'string') {
    let published = false;
    try {
      published = reportHash(readFileSync(parsed.value.reportPath, 'utf8')) === parsed.value.reportHash;
    } catch {
      published = false;
    }
    if (published) {
      const { reportHash: _hash, reportPath: _path, ...state } = parsed.value;
      await writeFileAtomic(path, `${JSON.stringify(state)}\n`);
      await unlink(`${path}.next`).catch(() => undefined);
      return 'advanced';
    }
  }
  await unlink(`${path}.next`).catch(() => undefined);
  return 'dropped';
}

export interface Lock {
  release(): Promise<void>;
  /** For signal handlers, which cannot wait. */
  releaseSync(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Take `path.lock`, or say who holds it. A lock left by a dead process is taken over. */
export async function acquireLock(path: string): Promise<StateResult<Lock>> {
  const lockPath = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o644);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        ok: true,
        value: {
          release: async () => {
            await unlink(lockPath).catch(() => undefined);
          },
          releaseSync: () => {
            try {
              unlinkSync(lockPath);
            } catch {
              // already gone
            }
          },
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        return { ok: false, message: `${lockPath}: cannot create the lock: ${errorCode(error) || String(error)}` };
      }
      const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        return { ok: false, message: `${path} is in use by another mailtriage run (pid ${holder}); try again later` };
      }
      await unlink(lockPath).catch(() => undefined);
    }
  }
  return { ok: false, message: `${lockPath}: cannot take the lock` };
}
