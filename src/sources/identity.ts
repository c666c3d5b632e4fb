/**
 * Who a log file is, for incremental runs: not its name (logrotate renames), not its inode
 * (copytruncate keeps it, compression changes it), but its content: a hash of the first bytes of
 * its decompressed text. A file renamed to mail.log.1 and later compressed to mail.log.1.gz keeps
 * the same head; a file truncated in place and refilled gets a new one.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { describeInputError, type InputFailure } from './open.js';

/** Bytes of decompressed text that identify a file. */
export const HEAD_BYTES = 4096;

export interface FileIdentity {
  path: string;
  size: number;
  mtimeMs: number;
  compressed: boolean;
  /** The first (up to) HEAD_BYTES of the decompressed text. */
  head: Buffer;
  /** gzip's ISIZE trailer: the decompressed size modulo 2^32; null for plain files. */
  gzipSize: number | null;
}

export function fingerprint(head: Buffer, length: number): string {
  return createHash('sha256').update(head.subarray(0, length)).digest('hex').slice(0, 32);
}

/** Read a file's identity; never throws. */
export async function identify(path: string): Promise<FileIdentity | InputFailure> {
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      const probe = Buffer.alloc(Math.min(info.size, 64 * 1024));
      const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
      const raw = probe.subarray(0, bytesRead);
      const compressed = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
      if (!compressed) {
        return {
          path,
          size: info.size,
          mtimeMs: info.mtimeMs,
          compressed,
          head: raw.subarray(0, HEAD_BYTES),
          gzipSize: null,
        };
      }
      const trailer = Buffer.alloc(4);
      if (info.size >= 18) await handle.read(trailer, 0, 4, info.size - 4);
      return {
        path,
        size: info.size,
        mtimeMs: info.mtimeMs,
        compressed,
        head: await gunzipHead(handle, HEAD_BYTES),
        gzipSize: info.size >= 18 ? trailer.readUInt32LE(0) : null,
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return describeInputError(path, error);
  }
}

/** The first `want` decompressed bytes of a gzip file (less if it is shorter or corrupt). */
async function gunzipHead(handle: Awaited<ReturnType<typeof open>>, want: number): Promise<Buffer> {
  const gunzip = createGunzip();
  const chunks: Buffer[] = [];
  let have = 0;
  const done = new Promise<void>((resolve) => {
    gunzip.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      have += chunk.length;
      if (have >= want) resolve();
    });
    gunzip.on('end', () => resolve());
    gunzip.on('error', () => resolve());
  });
  let position = 0;
  const buffer = Buffer.alloc(16 * 1024);
  while (have < want) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    gunzip.write(Buffer.from(buffer.subarray(0, bytesRead)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  gunzip.end();
  await done;
  gunzip.destroy();
  return Buffer.concat(chunks).subarray(0, want);
}
