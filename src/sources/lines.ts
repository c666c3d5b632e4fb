/**
 * Decompressed bytes → lines, handed one by one to a synchronous sink.
 *
 * split2 does the UTF-8 decoding (invalid sequences become U+FFFD, never an exception) and the
 * splitting on `\n` / `\r\n`; a missing final newline still yields the last line. In front of it
 * a byte-level cap keeps every line at most `maxLineBytes` long: split2's own `maxLength` drops
 * overlong lines silently (and only notices them at chunk borders), while we must count them
 * and keep memory flat even for a 2 GB line. Truncated lines are flagged to the sink.
 */

import type { Readable } from 'node:stream';
import { Transform, type TransformCallback } from 'node:stream';
import split2 from 'split2';

/**
 * Called once per line, in order. `line` is 1-based; `offset` is the byte offset of the line's
 * start in the stream, or -1 when offsets are not tracked (see LineTracking).
 */
export type LineSink = (text: string, line: number, overlong: boolean, offset: number) => void;

/** Extras that only some readers pay for (the event stream of `--format ndjson` and `--ship`). */
export interface LineTracking {
  /** Hand each line's byte offset to the sink (counted on the raw bytes, before decoding). */
  offsets?: boolean;
  /** Asked after each line; a promise pauses reading until it settles (backpressure). */
  gate?: () => Promise<void> | null;
}

export interface PumpResult {
  lines: number;
  overlong: number;
  /** Decompressed bytes seen. */
  bytes: number;
  /** Bytes of the lines delivered, newlines included (a held-back tail is not). */
  consumedBytes: number;
  /** Set when the input looked like binary data and was not read. */
  binary: boolean;
  /** The stream failed after `lines` lines were delivered. */
  error: unknown;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

/** Largest piece decoded into one string (see LineCap.pushPieces). */
const PIECE_BYTES = 64 * 1024;

/**
 * Bytes the line cap accepts before it pushes back on its source. The default of 16 KiB made a file
 * stream wait until a whole 1 MiB read had been parsed before it asked for the next one, so the
 * main thread sat idle for every read (6 % of a run). With room for two reads, the next one is
 * under way while this one is parsed.
 */
const READ_AHEAD_BYTES = 2 << 20;

/** How much of the start of an input is inspected to call it binary. */
const SNIFF_BYTES = 8192;

/**
 * Binary, not a log: more than 10 % of the first bytes are control characters other than tab,
 * newline, carriage return, form feed and escape. A few NUL bytes in a text log do not count.
 */
export function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
    else if (b === 0x7f) control++;
  }
  return control * 10 > head.length;
}

class BinaryInput extends Error {}

/**
 * Byte-level line cap. Counts newlines the same way split2 does (`\n`, with `\r\n` counting
 * once), and records the numbers of the lines it truncated so the sink can flag them.
 */
class LineCap extends Transform {
  private lineBytes = 0;
  private line = 1;
  private skipping = false;
  private sniffed = false;
  private sniffBuffer: Buffer[] = [];
  private sniffLength = 0;
  readonly truncated: number[] = [];
  /** With offset tracking: byte offsets where lines 2, 3, ... start, not yet handed out. */
  readonly lineStarts: number[] | null;
  /** Bytes already passed through `cap`, so positions in a chunk become stream offsets. */
  private capped = 0;
  bytes = 0;
  /** Bytes up to and including the last newline seen. */
  completeBytes = 0;

  constructor(
    private readonly maxLineBytes: number,
    trackOffsets: boolean,
  ) {
    super({ writableHighWaterMark: READ_AHEAD_BYTES });
    this.lineStarts = trackOffsets ? [] : null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const lastNewline = chunk.lastIndexOf(10);
    if (lastNewline !== -1) this.completeBytes = this.bytes + lastNewline + 1;
    this.bytes += chunk.length;
    if (this.sniffed) {
      this.cap(chunk);
      callback();
      return;
    }
    this.sniffBuffer.push(chunk);
    this.sniffLength += chunk.length;
    if (this.sniffLength >= SNIFF_BYTES) this.releaseSniffed();
    callback(this.binary ? new BinaryInput() : undefined);
  }

  override _flush(callback: TransformCallback): void {
    if (!this.sniffed) this.releaseSniffed();
    if (!this.binary) this.releaseCarry();
    callback(this.binary ? new BinaryInput() : undefined);
  }

  /** Bytes of the unterminated last line, if any. */
  get tailBytes(): number {
    return this.bytes - this.completeBytes;
  }

  private binary = false;

  /** Decide on the bytes held back for sniffing, then pass them on unless they are binary. */
  private releaseSniffed(): void {
    const held = Buffer.concat(this.sniffBuffer);
    this.sniffBuffer = [];
    this.sniffed = true;
    this.binary = looksBinary(held.subarray(0, SNIFF_BYTES));
    if (!this.binary) this.cap(held);
  }

  /**
   * Pass the chunk on in as few pieces as possible (one, unless a line overflows the cap), while
   * counting lines so the truncated ones can be named.
   */
  private cap(chunk: Buffer): void {
    let runStart = this.skipping ? -1 : 0;
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (!this.skipping) {
        const segment = end - pos;
        if (this.lineBytes + segment > this.maxLineBytes) {
          const cut = pos + (this.maxLineBytes - this.lineBytes);
          if (cut > runStart) this.pushPieces(chunk.subarray(runStart, cut));
          this.truncated.push(this.line);
          this.skipping = true;
          runStart = -1;
        } else {
          this.lineBytes += segment;
        }
      }
      if (nl === -1) break;
      if (this.skipping) {
        // The overlong line ends here: pass on from its newline.
        this.skipping = false;
        runStart = nl;
      }
      this.line++;
      this.lineBytes = 0;
      pos = nl + 1;
      this.lineStarts?.push(this.capped + pos);
    }
    this.capped += chunk.length;
    if (runStart !== -1 && runStart < chunk.length) this.pushPieces(runStart === 0 ? chunk : chunk.subarray(runStart));
  }

  /** Bytes after the last newline handed on, held back for the next piece (see pushPieces). */
  private carry: Buffer | null = null;

  /**
   * Hand bytes on in pieces of at most PIECE_BYTES (longer only when one line is), each ending
   * with a newline. split2 decodes each piece into one string; a string over V8's regular object
   * size (128 KiB) is born in the old generation, where a 1 MiB read chunk would wait for a full
   * collection, so RSS would grow by the read size many times over. And split2 prepends the
   * unfinished line of the last piece to the next one, which copies the whole next piece into a
   * new string; with whole lines only, there is nothing to prepend. The bytes after the last
   * newline wait for the next piece (or the end of the input).
   */
  private pushPieces(bytes: Buffer): void {
    let data = bytes;
    if (this.carry !== null) {
      // Only the held-back bytes and the first line of `bytes` are copied.
      const nl = bytes.indexOf(10);
      const head = nl === -1 ? bytes.length : nl + 1;
      const joined = Buffer.concat([this.carry, bytes.subarray(0, head)]);
      this.carry = null;
      data = bytes.subarray(head);
      if (nl === -1 && joined.length < PIECE_BYTES) {
        this.carry = joined;
        return;
      }
      this.push(joined);
    }
    for (let at = 0; at < data.length; ) {
      let end = Math.min(at + PIECE_BYTES, data.length);
      const nl = data.lastIndexOf(10, end - 1);
      if (nl >= at) end = nl + 1;
      else if (end === data.length) {
        this.carry = data.subarray(at);
        return;
      }
      this.push(data.subarray(at, end));
      at = end;
    }
  }

  /** The end of the input: whatever was held back goes on. */
  private releaseCarry(): void {
    if (this.carry !== null) this.push(this.carry);
    this.carry = null;
  }
}

/** Feed every line of `stream` to `sink`. Resolves when the stream ends or fails; never rejects. */
export function pumpLines(
  stream: Readable,
  sink: LineSink,
  maxLineBytes: number = DEFAULT_MAX_LINE_BYTES,
  holdTail = false,
  tracking: LineTracking = {},
): Promise<PumpResult> {
  const cap = new LineCap(maxLineBytes, tracking.offsets === true);
  const gate = tracking.gate;
  // A plain-string separator splits faster than split2's default /\r?\n/; the sink strips a trailing \r.
  const splitter = split2('\n');
  let lines = 0;
  let overlong = 0;
  return new Promise((resolve) => {
    let settled = false;
    // Each line is delivered when the next one arrives (or at the end), so that an unterminated
    // last line can still be held back when the file may be growing (`holdTail`).
    let pendingText: string | null = null;
    let pendingLine = 0;
    let pendingOverlong = false;
    let pendingOffset = -1;
    const finish = (error: unknown) => {
      if (settled) return;
      settled = true;
      let consumedBytes = cap.bytes;
      if (pendingText !== null) {
        if (holdTail && cap.tailBytes > 0 && error === null) {
          lines--;
          if (pendingOverlong) overlong--;
          consumedBytes = cap.completeBytes;
        } else {
          sink(pendingText, pendingLine, pendingOverlong, pendingOffset);
        }
        pendingText = null;
      }
      const binary = error instanceof BinaryInput;
      resolve({ lines, overlong, bytes: cap.bytes, consumedBytes, binary, error: binary ? null : error });
    };
    splitter.on('data', (text: string) => {
      lines++;
      let flagged = false;
      if (cap.truncated.length > 0 && cap.truncated[0] === lines) {
        cap.truncated.shift();
        flagged = true;
        overlong++;
      }
      if (pendingText !== null) {
        sink(pendingText, pendingLine, pendingOverlong, pendingOffset);
        const wait = gate?.() ?? null;
        if (wait !== null) {
          splitter.pause();
          const resume = () => splitter.resume();
          wait.then(resume, resume);
        }
      }
      pendingOffset = cap.lineStarts === null ? -1 : lines === 1 ? 0 : (cap.lineStarts.shift() ?? -1);
      // split2 splits on \n; a \r before it (CRLF) is removed here.
      pendingText = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
      pendingLine = lines;
      pendingOverlong = flagged;
    });
    // A source that fails midway (corrupt gzip, file truncated under us) still delivers every
    // line decoded before the failure: end the chain instead of destroying it.
    let sourceError: unknown = null;
    splitter.on('end', () => finish(sourceError));
    splitter.on('error', finish);
    cap.on('error', (error) => {
      stream.unpipe(cap);
      splitter.destroy();
      finish(error);
    });
    stream.on('error', (error) => {
      sourceError = error;
      stream.unpipe(cap);
      cap.end();
    });
    stream.pipe(cap).pipe(splitter);
  });
}
