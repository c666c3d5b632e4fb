/**
 * `--ship`: records go to ClickHouse in batches (`INSERT ... FORMAT JSONEachRow`, the body
 * gzip-compressed), one batch in flight while the next one fills. When both are full, reading
 * waits (RecordSink.ready), so memory is bounded by two batches whatever the input size.
 *
 * A batch that fails for good stops the shipping: later records are dropped, and `finish` says
 * why, so the CLI exits 4 and leaves the state where it was. Rows that did arrive are harmless: the
 * rerun sends them again under the same keys.
 */
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { AnyRecord } from '../fleet/event.js';
import type { RecordSink } from '../fleet/recorder.js';
import type { TableName } from './ddl.js';
import { DEFAULT_RETRY, post, type RetryPolicy } from './http.js';
import type { ClickHouseTarget } from './url.js';

const gzip = promisify(gzipCallback);

export interface ShipOptions {
  /** Rows per batch at most. */
  batchRows: number;
  /** Characters of JSON per batch at most (before compression). */
  batchChars: number;
  compress: boolean;
  retry: RetryPolicy;
  onRetry?: (message: string, waitMs: number) => void;
}

export const DEFAULT_SHIP: ShipOptions = {
  batchRows: 20_000,
  batchChars: 16 * 1024 * 1024,
  compress: true,
  retry: DEFAULT_RETRY,
};

export interface ShipStats {
  rows: number;
  batches: number;
  /** JSON bytes before compression, and bytes of request bodies actually sent. */
  jsonBytes: number;
  sentBytes: number;
}

export type ShipResult = { ok: true; value: ShipStats } | { ok: false; message: string };

type Batch = Record<TableName, string[]>;

function emptyBatch(): Batch {
  return { events: [], lines: [] };
}

export class ClickHouseShipper implements RecordSink {
  private batch = emptyBatch();
  private rows = 0;
  private chars = 0;
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private failure: string | null = null;
  private readonly stats: ShipStats = { rows: 0, batches: 0, jsonBytes: 0, sentBytes: 0 };

  constructor(
    private readonly target: ClickHouseTarget,
    private readonly options: ShipOptions = DEFAULT_SHIP,
  ) {}

  write(record: AnyRecord): void {
    if (this.failure !== null) return;
    const json = JSON.stringify(record);
    this.batch[record.type === 'lines' ? 'lines' : 'events'].push(json);
    this.rows++;
    this.chars += json.length + 1;
    if (this.rows >= this.options.batchRows || this.chars >= this.options.batchChars) this.dispatch();
  }

  ready(): Promise<void> | null {
    return this.queued >= 2 ? this.chain : null;
  }

  /** Send what is left and wait for every batch. */
  async finish(): Promise<ShipResult> {
    this.dispatch();
    await this.chain;
    return this.failure === null ? { ok: true, value: { ...this.stats } } : { ok: false, message: this.failure };
  }

  private dispatch(): void {
    if (this.rows === 0) return;
    const batch = this.batch;
    this.batch = emptyBatch();
    this.rows = 0;
    this.chars = 0;
    this.queued++;
    this.chain = this.chain.then(async () => {
      await this.send(batch);
      this.queued--;
    });
  }

  private async send(batch: Batch): Promise<void> {
    for (const table of ['events', 'lines'] as const) {
      const rows = batch[table];
      if (rows.length === 0 || this.failure !== null) continue;
      const json = Buffer.from(`${rows.join('\n')}\n`, 'utf8');
      const body = this.options.compress ? await gzip(json, { level: 1 }) : json;
      const result = await post(this.target, {
        query: `INSERT INTO ${this.target.database}.${table} FORMAT JSONEachRow`,
        body,
        gzip: this.options.compress,
        settings: { input_format_skip_unknown_fields: '1' },
        retry: this.options.retry,
        ...(this.options.onRetry === undefined ? {} : { onRetry: this.options.onRetry }),
      });
      if (!result.ok) {
        this.failure = `shipping to ClickHouse failed: ${result.message}`;
        return;
      }
      this.stats.rows += rows.length;
      this.stats.batches++;
      this.stats.jsonBytes += json.length;
      this.stats.sentBytes += body.length;
    }
  }
}
