/**
 * A worker thread's updates of the bounded tables (TableUpdates in accumulator.ts), recorded in
 * columns like its correlation events (correlation-log.ts). The main thread applies them in input
 * order, so that the tables overflow and drop keys exactly where a run on one thread would.
 */
import { REASONS, type Reason } from '../catalog/reasons.js';
import type { LineLocation } from '../types.js';
import type { ProblemStats, RelayColumn, Severity, TableUpdates } from './accumulator.js';
import { grown, StringColumn, splitColumn } from './columns.js';

/** The kind of an update, in the low two bits of its flags. */
const PROBLEM = 0;
const RELAY = 1;
const CLIENT = 2;
const LOG_MESSAGE = 3;
/** Problem updates: which of domain, relay and codes follow the problem's key in `strings`. */
const HAS_DOMAIN = 4;
const HAS_RELAY = 8;
const HAS_CODES = 16;
/** Relay updates: the column, from bit 2. Log messages: the severity, from bit 2. */
const RELAY_COLUMNS: readonly RelayColumn[] = ['delivered', 'deferred', 'bounced'];
const SEVERITIES: readonly Severity[] = ['warning', 'error', 'fatal', 'panic'];

/** What crosses from a worker: two typed arrays and one string. */
export interface TableColumns {
  length: number;
  /** Kind | HAS_* bits (problem), column << 2 (relay) or severity << 2 (log message). */
  flags: Uint8Array;
  /** 1 + the index in REASONS (relay and client updates), else 0. */
  reasons: Uint8Array;
  /** The line number in the task (log messages: their example), else 0. */
  lines: Float64Array;
  /**
   * Problem: its key, then its domain, relay and codes when present; relay, client: the key;
   * log message: the program, then the text.
   */
  strings: string;
}

export class TableRecorder implements TableUpdates {
  private length = 0;
  private capacity = 1024;
  private flags = new Uint8Array(this.capacity);
  private reasons = new Uint8Array(this.capacity);
  private lines = new Float64Array(this.capacity);
  private readonly strings = new StringColumn();

  problem(key: string, _p: ProblemStats, domain: string | null, relay: string | null, codes: string | null): void {
    const i = this.next();
    this.flags[i] =
      PROBLEM |
      (domain === null ? 0 : HAS_DOMAIN) |
      (relay === null ? 0 : HAS_RELAY) |
      (codes === null ? 0 : HAS_CODES);
    this.strings.add(key);
    if (domain !== null) this.strings.add(domain);
    if (relay !== null) this.strings.add(relay);
    if (codes !== null) this.strings.add(codes);
  }

  relay(relay: string, column: RelayColumn, reason: Reason): void {
    const i = this.next();
    this.flags[i] = RELAY | (RELAY_COLUMNS.indexOf(column) << 2);
    this.reasons[i] = REASONS.indexOf(reason) + 1;
    this.strings.add(relay);
  }

  client(client: string, reason: Reason): void {
    const i = this.next();
    this.flags[i] = CLIENT;
    this.reasons[i] = REASONS.indexOf(reason) + 1;
    this.strings.add(client);
  }

  logMessage(severity: Severity, program: string, text: string, at: LineLocation): void {
    const i = this.next();
    this.flags[i] = LOG_MESSAGE | (SEVERITIES.indexOf(severity) << 2);
    this.lines[i] = at.line;
    this.strings.add(program);
    this.strings.add(text);
  }

  /** The recorded columns, trimmed to their length. */
  columns(): TableColumns {
    const n = this.length;
    return {
      length: n,
      flags: this.flags.slice(0, n),
      reasons: this.reasons.slice(0, n),
      lines: this.lines.slice(0, n),
      strings: this.strings.join(),
    };
  }

  private next(): number {
    if (this.length === this.capacity) {
      this.capacity *= 2;
      this.flags = grown(this.flags, this.capacity);
      this.reasons = grown(this.reasons, this.capacity);
      this.lines = grown(this.lines, this.capacity);
    }
    return this.length++;
  }
}

/**
 * Apply recorded updates, in order, to `updates`. The problems they name must be in `problems`
 * already: the worker's state, merged first, brings them. Line numbers count from the start of
 * the task; `source` names it and `lineOffset` is the number of its file's lines before it.
 */
export function replayTables(
  columns: TableColumns,
  updates: TableUpdates,
  problems: ReadonlyMap<string, ProblemStats>,
  source: string,
  lineOffset: number,
): void {
  const strings = splitColumn(columns.strings, columns.length);
  let next = 0;
  const take = () => strings[next++] ?? '';
  for (let i = 0; i < columns.length; i++) {
    const flags = columns.flags[i] ?? 0;
    const kind = flags & 3;
    if (kind === PROBLEM) {
      const key = take();
      const p = problems.get(key);
      if (p === undefined) throw new Error(`table log names problem ${key}, which the merged state lacks`);
      const domain = (flags & HAS_DOMAIN) === 0 ? null : take();
      const relay = (flags & HAS_RELAY) === 0 ? null : take();
      const codes = (flags & HAS_CODES) === 0 ? null : take();
      updates.problem(key, p, domain, relay, codes);
      continue;
    }
    if (kind === LOG_MESSAGE) {
      const program = take();
      const at = { source, line: (columns.lines[i] ?? 0) + lineOffset };
      updates.logMessage(SEVERITIES[(flags >> 2) & 3] ?? 'warning', program, take(), at);
      continue;
    }
    const reason: Reason = REASONS[(columns.reasons[i] ?? 0) - 1] ?? 'other';
    if (kind === RELAY) updates.relay(take(), RELAY_COLUMNS[(flags >> 2) & 3] ?? 'bounced', reason);
    else updates.client(take(), reason);
  }
}
