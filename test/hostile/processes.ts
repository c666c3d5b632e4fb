/**
 * Spawning the built CLI for the fault tests: raw output bytes, optional user switch (to get
 * EACCES while the tests run as root), stdin from another process, stdout onto any file
 * descriptor, and a /proc probe that tells when the child is in the middle of reading a file.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { BIN, PINNED_EPOCH, ROOT } from '../helpers.js';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** The child did not exit by itself within the timeout and was killed. */
  timedOut: boolean;
}

export interface SpawnOptions {
  /** Written to stdin, then stdin is closed; `'keep-open'` leaves it open for the test to write. */
  stdin?: Buffer | string | 'keep-open';
  /** Another process's stdout as the child's stdin (a generator). */
  stdinFrom?: Readable | undefined;
  /** A file descriptor for the child's stdout instead of a pipe (e.g. one opened on /dev/full). */
  stdoutFd?: number;
  /** Run as this user and group (only possible as root). */
  user?: { uid: number; gid: number };
  /** Extra node flags before the bin (e.g. `--import` of a probe). */
  nodeArgs?: string[];
  env?: Record<string, string>;
  /** SIGKILL the child after this long (default 30 s); the run then has `timedOut`. */
  timeoutMs?: number;
}

/** Start the built bin with TZ=UTC and a pinned report time; `done` settles when it exits. */
export function startCli(args: string[], options: SpawnOptions = {}): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: String(PINNED_EPOCH), NO_COLOR: '1', ...options.env },
    stdio: [options.stdinFrom ?? 'pipe', options.stdoutFd ?? 'pipe', 'pipe'],
    ...(options.user === undefined ? {} : { uid: options.user.uid, gid: options.user.gid }),
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  child.stdin?.on('error', () => undefined);
  if (options.stdinFrom === undefined && options.stdin !== 'keep-open') {
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    else child.stdin?.end();
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 30_000);
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
  return { child, done };
}

export function runCliRaw(args: string[], options: SpawnOptions = {}): Promise<Run> {
  return startCli(args, options).done;
}

/** stderr as lines, without the empty ones. */
export function errorLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line.trim() !== '');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `probe` every few milliseconds until it returns true; false after `timeoutMs`. */
async function waitFor(probe: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (probe()) return true;
    } catch {
      // the process is starting or gone
    }
    await sleep(2);
  }
  return false;
}

/** Bytes the process has read through read(2)/pread(2) (`rchar` of /proc/PID/io). */
function bytesRead(pid: number): number {
  return Number(/rchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
}

/** How many descriptors of the process (all its threads) have `path` open. */
function openCount(pid: number, path: string): number {
  let count = 0;
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`) === path) count++;
    } catch {
      // closed meanwhile
    }
  }
  return count;
}

/**
 * Resolves once the child has `path` open (on at least `descriptors` descriptors: one per byte
 * range being read) and has read `bytes` more since: the reader is then mid-file (it reads in
 * 1 MiB chunks, so a few MiB means the stream is running).
 */
export async function waitUntilReading(pid: number, path: string, bytes: number, descriptors = 1): Promise<boolean> {
  let base = -1;
  return waitFor(() => {
    if (base === -1) {
      if (openCount(pid, path) >= descriptors) base = bytesRead(pid);
      return false;
    }
    return bytesRead(pid) - base >= bytes;
  }, 20_000);
}

export const isRoot = process.getuid?.() === 0;

/** nobody:nogroup, whom chmod 000 does stop. */
export const NOBODY = { uid: 65534, gid: 65534 };

/**
 * A character device that fails every write with ENOSPC, like /dev/full (major 1, minor 7).
 * As root a private node is made with mknod in `dir`: the CLI must never be pointed at the real
 * /dev/full as root, because an `--output` that writes a temporary file next to its target and
 * renames it over the target would replace the machine's /dev/full with a regular file. Without
 * root, /dev/full itself is used; /dev is then not writable, so no rename can touch it.
 */
export function fullDevice(dir: string): string {
  if (isRoot) {
    const node = join(dir, 'full');
    const made = spawnSync('mknod', [node, 'c', '1', '7']);
    if (made.status !== 0) throw new Error(`mknod failed: ${made.stderr.toString()}`);
    try {
      writeFileSync(node, 'x');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return node;
      throw new Error(`${node} is not a usable full device here (nodev mount?): ${String(error)}`);
    }
    throw new Error(`${node} accepted a write`);
  }
  try {
    accessSync('/dev', constants.W_OK);
  } catch {
    return '/dev/full';
  }
  throw new Error('/dev is writable by this user: refusing to point --output at /dev/full');
}
