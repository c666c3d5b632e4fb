/**
 * Opening one input: a file or stdin, gzip detected by magic bytes (RFC 1952: 1f 8b), not by
 * name, since logrotate's `delaycompress` and hand-made copies break any naming rule. Other
 * compressors are recognised only to say clearly that they are not supported.
 *
 * IO error policy: every error of one input becomes an `InputFailure` value for that input; the
 * caller reports it and goes on with the other inputs.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { errorCode } from '../errors.js';
import type { Input } from './operands.js';

export type InputFailureReason =
  | 'not-found'
  | 'unreadable'
  | 'not-a-file'
  | 'binary'
  | 'unsupported-compression'
  | 'corrupt-gzip'
  | 'truncated'
  | 'read-error';

export interface InputFailure {
  reason: InputFailureReason;
  message: string;
}

export interface OpenedInput {
  name: string;
  /** Modification time of the file, the anchor for year-less timestamps; null for stdin. */
  mtimeMs: number | null;
  /** Size on disk in bytes (compressed size for .gz); null for stdin and pipes. */
  size: number | null;
  compression: 'gzip' | null;
  /** Decompressed bytes. */
  stream: Readable;
  /** Raw bytes read from disk so far (for progress), updated as the stream is consumed. */
  rawBytes: () => number;
}

/** 1 MiB reads: fewer stream chunks (each costs ~50 µs here, see bench notes). */
const READ_CHUNK = 1 << 20;
/** zlib's default 16 KiB output chunks cost ~0.45 s per 150 MB; 256 KiB cuts most of it. */
const GUNZIP_CHUNK = 1 << 18;

/** Error code of a plain file that ended before the size it had when it was opened. */
const SHRANK = 'ERR_MAILTRIAGE_INPUT_SHRANK';

function describeError(name: string, error: unknown): InputFailure {
  const code = errorCode(error);
  if (code === 'ENOENT') return { reason: 'not-found', message: `${name}: no such file or directory` };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'unreadable', message: `${name}: permission denied` };
  if (code === 'EISDIR') return { reason: 'not-a-file', message: `${name}: is a directory` };
  if (code === SHRANK) {
    return {
      reason: 'truncated',
      message: `${name}: file shrank while being read (truncated, or rotated by copytruncate); later lines not read`,
    };
  }
  if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') {
    return { reason: 'corrupt-gzip', message: `${name}: corrupt or truncated gzip data` };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { reason: 'read-error', message: `${name}: read error: ${text}` };
}

export { describeError as describeInputError };

function sniffCompression(head: Buffer): 'gzip' | 'bzip2' | 'xz' | 'zstd' | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 3 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'bzip2';
  if (head.length >= 6 && head[0] === 0xfd && head.subarray(1, 6).toString('latin1') === '7zXZ\0') return 'xz';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return null;
}

/** Drops the first `count` bytes of a stream (decompressed bytes an earlier run already read). */
class SkipBytes extends Transform {
  constructor(private remaining: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.remaining >= chunk.length) {
      this.remaining -= chunk.length;
      callback();
      return;
    }
    const rest = this.remaining === 0 ? chunk : chunk.subarray(this.remaining);
    this.remaining = 0;
    callback(null, rest);
  }
}

export interface OpenOptions {
  /** Decompressed bytes to skip at the start (incremental runs). */
  skipBytes?: number;
}

/** Open an input for reading; never throws. */
export async function openInput(input: Input, options: OpenOptions = {}): Promise<OpenedInput | InputFailure> {
  if (input.kind === 'stdin') return openStdin();
  let mtimeMs: number;
  let size: number;
  let head: Buffer;
  try {
    const handle = await open(input.path, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return { reason: 'not-a-file', message: `${input.name}: is a directory` };
      mtimeMs = info.mtimeMs;
      size = info.size;
      head = Buffer.alloc(6);
      const { bytesRead } = await handle.read(head, 0, 6, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return describeError(input.name, error);
  }
  const compression = sniffCompression(head);
  if (compression !== null && compression !== 'gzip') {
    const tool = compression === 'bzip2' ? 'bzcat' : compression === 'xz' ? 'xzcat' : 'zstdcat';
    return {
      reason: 'unsupported-compression',
      message: `${input.name}: ${compression}-compressed; read it with \`${tool} ${input.name} | mailtriage -\``,
    };
  }
  const skip = options.skipBytes ?? 0;
  const file = createReadStream(input.path, {
    highWaterMark: READ_CHUNK,
    start: compression === 'gzip' ? 0 : Math.min(skip, size),
  });
  let raw = compression === 'gzip' ? 0 : Math.min(skip, size);
  file.on('data', (chunk: Buffer | string) => {
    raw += chunk.length;
  });
  if (compression === 'gzip') {
    const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
    file.on('error', (error) => gunzip.destroy(error));
    file.pipe(gunzip);
    let stream: Readable = gunzip;
    if (skip > 0) {
      const skipper = new SkipBytes(skip);
      gunzip.on('error', (error) => skipper.destroy(error));
      stream = gunzip.pipe(skipper);
    }
    return { name: input.name, mtimeMs, size, compression, stream, rawBytes: () => raw };
  }
  failIfShrunk(file, input.name, size, () => raw);
  return { name: input.name, mtimeMs, size, compression: null, stream: file, rawBytes: () => raw };
}

/**
 * A plain file cut short while it is read (`> mail.log`, logrotate's copytruncate) just reaches
 * EOF early: no read fails. When `stream` ends having read fewer than `expected` bytes (`read()`
 * counts them), it emits an error that describeInputError words as "file shrank while being
 * read", instead of a silently partial count. 'end' comes after the last byte went downstream,
 * so every line before the cut is still counted. Also for byte ranges of a file (parallel runs).
 * Gzip needs no check: a cut gzip stream fails in zlib.
 */
export function failIfShrunk(stream: Readable, name: string, expected: number, read: () => number): void {
  stream.once('end', () => {
    const got = read();
    if (got < expected && stream.listenerCount('error') > 0) {
      stream.emit('error', Object.assign(new Error(`${name}: ended at byte ${got} of ${expected}`), { code: SHRANK }));
    }
  });
}

/** Read the first bytes of a stream and put them back, so magic bytes can be checked. */
async function peek(stream: Readable, want: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let have = 0;
  while (have < want) {
    const chunk: Buffer | null = stream.read();
    if (chunk !== null) {
      chunks.push(chunk);
      have += chunk.length;
      continue;
    }
    if (stream.readableEnded) break;
    const more = await new Promise<boolean>((resolve) => {
      const done = (value: boolean) => {
        stream.off('readable', onReadable);
        stream.off('end', onEnd);
        stream.off('error', onEnd);
        resolve(value);
      };
      const onReadable = () => done(true);
      const onEnd = () => done(false);
      stream.once('readable', onReadable);
      stream.once('end', onEnd);
      stream.once('error', onEnd);
    });
    if (!more) break;
  }
  const head = Buffer.concat(chunks);
  if (head.length > 0) stream.unshift(head);
  return head;
}

/** stdin may itself be gzip (`cat mail.log.2.gz | mailtriage -`). */
async function openStdin(): Promise<OpenedInput | InputFailure> {
  const stdin = process.stdin;
  let raw = 0;
  const head = await peek(stdin, 6);
  stdin.on('data', (chunk: Buffer) => {
    raw += chunk.length;
  });
  const compression = sniffCompression(head);
  if (compression === 'gzip') {
    const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
    stdin.on('error', (error) => gunzip.destroy(error));
    stdin.pipe(gunzip);
    return { name: '-', mtimeMs: null, size: null, compression, stream: gunzip, rawBytes: () => raw };
  }
  if (compression !== null) {
    return {
      reason: 'unsupported-compression',
      message: `-: ${compression}-compressed input on stdin; decompress it first`,
    };
  }
  return { name: '-', mtimeMs: null, size: null, compression: null, stream: stdin, rawBytes: () => raw };
}

export function isInputFailure<T extends object>(value: T | InputFailure): value is InputFailure {
  return 'reason' in value && 'message' in value;
}
