/**
 * The event side of a run (`--format ndjson`, `--ship`): where the records go, and closing them
 * when the reading is done. The ndjson stream goes to stdout, or to `--output` through a
 * temporary file renamed into place at the end; shipping goes to ClickHouse (shipper.ts).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ClickHouseShipper, DEFAULT_SHIP, type ShipStats } from '../clickhouse/shipper.js';
import { parseClickHouseUrl } from '../clickhouse/url.js';
import { NdjsonSink, teeSinks } from '../fleet/ndjson.js';
import { EventRecorder, type RecordSink } from '../fleet/recorder.js';
import type { RedactPolicy } from '../report/redact.js';
import type { AnalyzeCommand } from './args.js';
import { OutputError } from './output.js';

export interface RunEvents {
  recorder: EventRecorder;
  /** Flush and close every destination; a failed shipment is a message (exit 4). */
  close(): Promise<{ ok: true; shipped: ShipStats | null } | { ok: false; message: string }>;
}

type Opened = { ok: true; value: RunEvents | null } | { ok: false; message: string };

/** Shipping retries can be shortened for tests and impatient operators (`0` means none). */
function retryPolicy(env: NodeJS.ProcessEnv) {
  const retries = env['MAILTRIAGE_SHIP_RETRIES'];
  if (retries === undefined || !/^\d+$/.test(retries)) return DEFAULT_SHIP.retry;
  return { ...DEFAULT_SHIP.retry, backoffMs: DEFAULT_SHIP.retry.backoffMs.slice(0, Number(retries)) };
}

export function openEvents(command: AnalyzeCommand, policy: RedactPolicy, version: number): Opened {
  if (command.format !== 'ndjson' && command.ship === null) return { ok: true, value: null };
  const sinks: RecordSink[] = [];
  let shipper: ClickHouseShipper | null = null;
  if (command.ship !== null) {
    const target = parseClickHouseUrl(command.ship, process.env);
    if (!target.ok) return { ok: false, message: `--ship: ${target.message}` };
    shipper = new ClickHouseShipper(target.value, {
      ...DEFAULT_SHIP,
      retry: retryPolicy(process.env),
      onRetry: (message, wait) =>
        process.stderr.write(`mailtriage: ClickHouse: ${message}; retrying in ${wait / 1000} s\n`),
    });
    sinks.push(shipper);
  }
  let file: { stream: WriteStream; temp: string; path: string } | null = null;
  let ndjson: NdjsonSink | null = null;
  if (command.format === 'ndjson') {
    if (command.output !== null) {
      const temp = join(dirname(command.output), `.${basename(command.output)}.${process.pid}.tmp`);
      file = { stream: createWriteStream(temp, { flags: 'wx' }), temp, path: command.output };
    }
    ndjson = new NdjsonSink(file?.stream ?? process.stdout);
    sinks.push(ndjson);
  }
  const host = command.host ?? (hostname() || 'localhost');
  const recorder = new EventRecorder(
    { host, version, policy },
    sinks.length === 1 ? (sinks[0] as RecordSink) : teeSinks(sinks),
  );
  return {
    ok: true,
    value: {
      recorder,
      async close() {
        const shipped = shipper === null ? null : await shipper.finish();
        if (ndjson !== null) await closeNdjson(ndjson, file);
        if (shipped !== null && !shipped.ok) return shipped;
        if (shipped !== null && !command.quiet) {
          const s = shipped.value;
          const mb = (s.sentBytes / 1_048_576).toFixed(1);
          process.stderr.write(`mailtriage: shipped ${s.rows} records in ${s.batches} batches (${mb} MB sent)\n`);
        }
        return { ok: true, shipped: shipped?.value ?? null };
      },
    },
  };
}

/** Flush the stream; for a file, rename it into place (or remove it on error). */
async function closeNdjson(sink: NdjsonSink, file: { stream: WriteStream; temp: string; path: string } | null) {
  await sink.end();
  if (file === null) {
    if (sink.error !== null && (sink.error as NodeJS.ErrnoException).code !== 'EPIPE') {
      throw new OutputError('stdout', sink.error);
    }
    return;
  }
  await new Promise<void>((resolve) => file.stream.end(resolve));
  if (sink.error !== null) {
    await unlink(file.temp).catch(() => undefined);
    throw new OutputError(file.path, sink.error);
  }
  await rename(file.temp, file.path).catch((error: unknown) => {
    throw new OutputError(file.path, error);
  });
}
