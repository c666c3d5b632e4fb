/**
 * `--format ndjson`: records written as they are made, one JSON object per line, with
 * backpressure: when the destination is slower than the reader, reading pauses (see
 * LineTracking.gate), so memory stays flat whatever the size of the input.
 */
import type { Writable } from 'node:stream';
import type { AnyRecord } from './event.js';
import type { RecordSink } from './recorder.js';

/** Records are joined into pieces of about this size before they are written. */
const PIECE_CHARS = 64 * 1024;

export class NdjsonSink implements RecordSink {
  private piece = '';
  private waiting: Promise<void> | null = null;
  /** The first write error, if any; reported once the run ends. */
  error: Error | null = null;

  constructor(private readonly out: Writable) {
    out.on('error', (error) => {
      this.error ??= error;
    });
  }

  write(record: AnyRecord): void {
    this.piece += `${JSON.stringify(record)}\n`;
    if (this.piece.length >= PIECE_CHARS) this.flush();
  }

  ready(): Promise<void> | null {
    return this.waiting;
  }

  /** Hand the joined records to the stream; wait for 'drain' when its buffer is full. */
  private flush(): void {
    if (this.piece === '' || this.error !== null) {
      this.piece = '';
      return;
    }
    const full = !this.out.write(this.piece);
    this.piece = '';
    if (full && this.waiting === null) {
      this.waiting = new Promise((resolve) => {
        const done = () => {
          this.out.off('drain', done);
          this.out.off('error', done);
          this.out.off('close', done);
          this.waiting = null;
          resolve();
        };
        this.out.on('drain', done);
        this.out.on('error', done);
        this.out.on('close', done);
      });
    }
  }

  /** Write what is left and wait until the stream took it. */
  async end(): Promise<void> {
    this.flush();
    await this.waiting;
  }
}

/** Both sinks get every record; reading waits for the slower one. */
export function teeSinks(sinks: readonly RecordSink[]): RecordSink {
  return {
    write(record) {
      for (const sink of sinks) sink.write(record);
    },
    ready() {
      const waits = sinks.map((s) => s.ready()).filter((w) => w !== null);
      return waits.length === 0 ? null : Promise.all(waits).then(() => undefined);
    },
  };
}
