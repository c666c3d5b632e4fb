/**
 * Writing the report: atomically to a file (temporary file in the same directory, fsync, rename,
 * so a reader never sees half a report and a failed run leaves the old file untouched), or to
 * stdout, where a closed pipe (`| head`) is not an error.
 */
import { unlinkSync } from 'node:fs';
import { open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode } from '../errors.js';

export class OutputError extends Error {
  constructor(
    readonly target: string,
    cause: unknown,
  ) {
    const code = errorCode(cause);
    const why =
      code === 'ENOSPC'
        ? 'no space left on device'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOENT'
            ? 'directory does not exist'
            : cause instanceof Error
              ? cause.message
              : String(cause);
    super(`cannot write ${target}: ${why}`);
  }
}

/** Temporary files being written, removed by a signal handler if the run is interrupted. */
const TEMPORARY = new Set<string>();

export function removeTemporaryFiles(): void {
  for (const path of TEMPORARY) {
    try {
      unlinkSync(path);
    } catch {
      // never created, or already renamed
    }
  }
  TEMPORARY.clear();
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  // A device or a FIFO (`-o /dev/stdout`, a named pipe) is written in place: renaming a temporary
  // file over it would replace the device node with a regular file.
  const existing = await stat(path).catch(() => null);
  if (existing !== null && !existing.isFile() && !existing.isDirectory()) {
    await writeFile(path, content, 'utf8').catch((error: unknown) => {
      throw new OutputError(path, error);
    });
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  TEMPORARY.add(temp);
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temp, path);
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new OutputError(path, error);
  } finally {
    TEMPORARY.delete(temp);
  }
}

/**
 * The first error stdout reported. Node may emit 'error' after a write's callback ran (a reader
 * that went away mid-report), so a listener stays for the whole run: without it the late event
 * would be an unhandled error that kills the process with a stack trace.
 */
let stdoutError: NodeJS.ErrnoException | null = null;
let stdoutGuarded = false;

function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutError ??= error;
  });
}

/** Write to stdout and wait until it is flushed; EPIPE (reader went away) is not an error. */
export function writeStdout(content: string): Promise<void> {
  guardStdout();
  return new Promise((resolve, reject) => {
    process.stdout.write(content, (error) => {
      const failure = (error as NodeJS.ErrnoException | null | undefined) ?? stdoutError;
      if (failure === null || failure === undefined || failure.code === 'EPIPE') resolve();
      else reject(new OutputError('stdout', failure));
    });
  });
}
