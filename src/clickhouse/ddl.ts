/**
 * The tables of `mailtriage clickhouse init`. Written for ClickHouse 18.16 (Debian's package) and
 * later alike: plain types (no Bool, no DateTime64, no LowCardinality), `Nullable` only outside
 * the sorting key, and the time as epoch milliseconds with a materialised DateTime for
 * partitions and ranges.
 *
 * ReplacingMergeTree keeps one row per sorting key, (host, ts, key), and of several the one
 * with the highest `version` (the later run). A record's time is fixed by its line (a message's
 * by its first line), so a key always comes with the same host and time and lands in the same
 * partition. Merges happen in the background; until then duplicates exist on disk, so every
 * query of the fleet report reads the tables with FINAL, which is exact at any moment.
 */

/** Columns of every record (EventBase in event.ts): its key, run, host, time and place. */
const BASE_COLUMNS: readonly (readonly [string, string])[] = [
  ['key', 'String'],
  ['version', 'UInt64'],
  ['host', 'String'],
  ['ms', 'UInt64'],
  ['source', 'String'],
  ['line', 'UInt64'],
  ['offset', 'UInt64'],
  ['type', 'String'],
];

/** Columns of `events`, in the order of the record's fields (event.ts). */
export const EVENT_COLUMNS: readonly (readonly [string, string])[] = [
  ...BASE_COLUMNS,
  ['mta', 'Nullable(String)'],
  ['program', 'Nullable(String)'],
  ['qid', 'Nullable(String)'],
  ['messageId', 'Nullable(String)'],
  ['sender', 'Nullable(String)'],
  ['senderDomain', 'Nullable(String)'],
  ['recipient', 'Nullable(String)'],
  ['recipientDomain', 'Nullable(String)'],
  ['status', 'Nullable(String)'],
  ['outcome', 'Nullable(String)'],
  ['direction', 'Nullable(String)'],
  ['reason', 'Nullable(String)'],
  ['replyClass', 'Nullable(String)'],
  ['hardness', 'Nullable(String)'],
  ['whoMustAct', 'Nullable(String)'],
  ['hintId', 'Nullable(String)'],
  ['code', 'Nullable(UInt16)'],
  ['enhanced', 'Nullable(String)'],
  ['reply', 'Nullable(String)'],
  ['speaker', 'Nullable(String)'],
  ['stage', 'Nullable(String)'],
  ['relay', 'Nullable(String)'],
  ['client', 'Nullable(String)'],
  ['delay', 'Nullable(Float64)'],
  ['delays', 'Array(Float64)'],
  ['size', 'Nullable(UInt64)'],
  ['attempts', 'Nullable(UInt32)'],
  ['deferrals', 'Nullable(UInt32)'],
  ['failures', 'Nullable(UInt32)'],
  ['fold', 'Nullable(String)'],
  ['bounceNotice', 'UInt8'],
  ['severity', 'Nullable(String)'],
  ['text', 'Nullable(String)'],
  ['tally', 'Array(String)'],
];

/** Columns of `lines`. */
export const LINES_COLUMNS: readonly (readonly [string, string])[] = [
  ...BASE_COLUMNS,
  ['fileKey', 'String'],
  ['compressed', 'UInt8'],
  ['postfix', 'UInt8'],
  ['exim', 'UInt8'],
  ['firstMs', 'Nullable(UInt64)'],
  ['lastMs', 'Nullable(UInt64)'],
  ['read', 'UInt64'],
  ['parsed', 'UInt64'],
  ['foreign', 'UInt64'],
  ['unrecognised', 'UInt64'],
  ['overlong', 'UInt64'],
  ['notes', 'UInt64'],
  ['outsideWindow', 'UInt64'],
  ['bytes', 'UInt64'],
];

export const TABLES = { events: EVENT_COLUMNS, lines: LINES_COLUMNS } as const;
export type TableName = keyof typeof TABLES;

/** `CREATE TABLE` for one table; `engine` defaults to the single-server one. */
export function createTable(database: string, table: TableName, engine = replacingEngine()): string {
  const columns = TABLES[table].map(([name, type]) => `    \`${name}\` ${type}`).join(',\n');
  return `CREATE TABLE IF NOT EXISTS ${database}.${table}
(
${columns},
    \`ts\` DateTime MATERIALIZED toDateTime(intDiv(ms, 1000))
)
${engine}`;
}

export function replacingEngine(): string {
  return `ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMMDD(ts)
ORDER BY (host, ts, key)`;
}

/** Everything `clickhouse init` runs, in order. */
export function initStatements(database: string): string[] {
  return [`CREATE DATABASE IF NOT EXISTS ${database}`, createTable(database, 'events'), createTable(database, 'lines')];
}
