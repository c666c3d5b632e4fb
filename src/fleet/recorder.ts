/**
 * The accumulator that also writes events: every line still counts into the report state as
 * usual, and what the report counted is written out as records (see event.ts) with idempotency
 * keys (key.ts). Used only when events are asked for, so a plain report pays nothing for it.
 *
 * Which grand totals a line counted in is read off the state itself (a before/after difference),
 * so the records carry exactly the totals the local report has, with pflogsumm's and eximstats'
 * rules kept in one place (accumulator.ts).
 */
import { Accumulator, type AccumulatorState, clip, problemDirection, replyOf } from '../aggregate/accumulator.js';
import type { FoldKind, MessageRecord } from '../aggregate/correlate.js';
import type { Classification } from '../classify/classify.js';
import { redactText } from '../report/redact.js';
import type { Envelope, LineLocation, MailEvent, UnrecognisedReason } from '../types.js';
import {
  type AnyRecord,
  type EventBase,
  type EventContext,
  emptyRecord,
  isoOrNull,
  lineRecord,
  withAddresses,
} from './event.js';
import { fileKeyOf, recordKey } from './key.js';
import { LineTally } from './tally.js';

/** Where records go: a stream (ndjson), ClickHouse, or both. */
export interface RecordSink {
  write(record: AnyRecord): void;
  /** null while it can take more; else a promise that settles once it can (backpressure). */
  ready(): Promise<void> | null;
}

/** Line kinds written even when they count in no grand total. */
const WRITTEN = new Set<MailEvent['kind']>([
  'received',
  'delivery',
  'reject',
  'expired',
  'auth-failure',
  'remote-reply',
  'diagnostic',
]);

type TallyKey = { group: 'totals' | 'exim'; name: string };

function tallyKeys(state: AccumulatorState): TallyKey[] {
  return [
    ...Object.keys(state.totals).map((name) => ({ group: 'totals' as const, name })),
    ...Object.keys(state.exim).map((name) => ({ group: 'exim' as const, name })),
  ];
}

/** Where the line being read is. */
interface Position {
  source: string;
  fileKey: string;
  line: number;
  offset: number;
}

export class EventRecorder extends Accumulator {
  private readonly keys: TallyKey[];
  private readonly before: Float64Array;
  private position: Position = { source: '', fileKey: '', line: 0, offset: 0 };
  private input: { fileKey: string | null; tally: LineTally } | null = null;

  constructor(
    private readonly context: EventContext,
    private readonly sink: RecordSink,
  ) {
    super();
    this.keys = tallyKeys(this.state);
    this.before = new Float64Array(this.keys.length);
    this.observeMessages({
      opened: () => ({ ...this.position }),
      folded: (key, message, how) => this.writeMessage(key, message, how),
    });
  }

  /** Backpressure for the line reader. */
  ready(): Promise<void> | null {
    return this.sink.ready();
  }

  /**
   * A new input: `head` is its first bytes when known (files), else its first line will name it
   * (stdin). `startOffset` is where this run starts reading it.
   */
  beginInput(source: string, head: Buffer | null, startOffset: number, compressed: boolean): void {
    this.input = { fileKey: head === null ? null : fileKeyOf(head), tally: new LineTally(startOffset, compressed) };
    this.position = { source, fileKey: this.input.fileKey ?? '', line: 0, offset: startOffset };
  }

  /** The line about to be counted (called before the accumulator methods). */
  at(line: number, offset: number, text: string): void {
    const input = this.input;
    if (input === null) return;
    if (input.fileKey === null) {
      input.fileKey = fileKeyOf(Buffer.from(text, 'utf8'));
      this.position.fileKey = input.fileKey;
    }
    this.position.line = line;
    this.position.offset = offset;
    input.tally.line(offset);
  }

  /** The input ended after `endOffset` bytes: write its line counts. */
  endInput(endOffset: number): void {
    const input = this.input;
    this.input = null;
    if (input === null || input.fileKey === null) return;
    const { host, version } = this.context;
    for (const record of input.tally.records(endOffset)) {
      const part = `h:${record.ms}`;
      this.sink.write({
        ...record,
        type: 'lines',
        key: recordKey(host, input.fileKey, record.offset, part),
        version,
        host,
        time: isoOrNull(record.ms),
        source: this.position.source,
        fileKey: input.fileKey,
      });
    }
  }

  override outsideWindow(): void {
    super.outsideWindow();
    this.input?.tally.count('outsideWindow', true);
  }

  override foreign(): void {
    super.foreign();
    this.input?.tally.count('foreign', false);
  }

  override unrecognised(reason: UnrecognisedReason, text: string, at: LineLocation, overlong: boolean): void {
    super.unrecognised(reason, text, at, overlong);
    this.input?.tally.count('unrecognised', false, overlong);
    // Unreadable lines have no time of their own: they go with the mail line before them.
    const record = emptyRecord(this.base(this.input?.tally.currentMs() ?? 0, 'e'), 'unrecognised');
    record.reason = reason;
    record.text = redactText(clip(text), this.context.policy);
    this.sink.write(record);
  }

  override parsed(envelope: Envelope, event: MailEvent, c: Classification, at: LineLocation, line: string): void {
    const changed = this.tallied(() => super.parsed(envelope, event, c, at, line));
    const note = event.kind === 'info' && event.what === 'note';
    if (event.kind !== 'continuation') this.input?.tally.mail(envelope.at, event.mta, note);
    else this.input?.tally.count('parsed', false);
    this.writeEvent(envelope, event, c, line, changed, 'e');
  }

  /** A repeat folded into the line: one more event record (its own key), no more line counts. */
  override repeated(
    envelope: Envelope,
    event: MailEvent,
    c: Classification,
    at: LineLocation,
    line: string,
    k: number,
  ): void {
    const changed = this.tallied(() => super.repeated(envelope, event, c, at, line, k));
    this.writeEvent(envelope, event, c, line, changed, `e${k}`);
  }

  /** Run `count` and name the totals it changed. */
  private tallied(count: () => void): string[] {
    const state = this.state;
    for (let i = 0; i < this.keys.length; i++) this.before[i] = this.value(state, i);
    count();
    const tally: string[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.value(state, i) !== this.before[i]) tally.push(this.tallyName(i));
    }
    return tally;
  }

  private writeEvent(
    envelope: Envelope,
    event: MailEvent,
    c: Classification,
    line: string,
    tally: string[],
    part: string,
  ): void {
    const note = event.kind === 'info' && event.what === 'note';
    if (!WRITTEN.has(event.kind) && !note && tally.length === 0) return;
    const facts = {
      envelope,
      event,
      classification: c,
      direction: problemDirection(event, c.outcome),
      reply: replyOf(event),
      tally,
      text: clip(line),
    };
    this.sink.write(lineRecord(this.base(envelope.at ?? 0, part), facts, this.context.policy));
  }

  private value(state: AccumulatorState, i: number): number {
    const key = this.keys[i] as TallyKey;
    return (state[key.group] as unknown as Record<string, number>)[key.name] ?? 0;
  }

  private tallyName(i: number): string {
    const key = this.keys[i] as TallyKey;
    return key.group === 'totals' ? key.name : `exim.${key.name}`;
  }

  private base(ms: number, part: string, where: Position = this.position): EventBase {
    const { host, version } = this.context;
    return {
      key: recordKey(host, where.fileKey, where.offset, part),
      version,
      host,
      ms,
      time: isoOrNull(ms),
      source: where.source,
      line: where.line,
      offset: where.offset,
    };
  }

  /** A message left correlation: one `message` record and one `outcome` per recipient. */
  private writeMessage(key: string, message: Readonly<MessageRecord>, how: FoldKind): void {
    const origin = message.origin as Position;
    const ms = message.firstAt ?? 0;
    const qid = key.slice(key.lastIndexOf('|') + 1);
    const policy = this.context.policy;
    let index = 0;
    let failures = 0;
    let attempts = 0;
    for (const rcpt of message.recipients) {
      if (rcpt.status === 'none') continue;
      const record = emptyRecord(this.base(ms, `o:${index++}`, origin), 'outcome');
      record.qid = qid;
      withAddresses(record, message.from, rcpt.address, policy);
      record.outcome = rcpt.status === 'deferred' ? 'pending' : rcpt.status;
      record.reason = rcpt.reason;
      record.attempts = rcpt.attempts;
      record.deferrals = rcpt.deferrals;
      record.delay = rcpt.status === 'delivered' || rcpt.status === 'forwarded' ? rcpt.delay : null;
      record.size = message.size;
      record.fold = how;
      this.sink.write(record);
      attempts += rcpt.attempts;
      if (rcpt.status === 'bounced' || rcpt.status === 'expired') failures++;
    }
    const record = emptyRecord(this.base(ms, 'm', origin), 'message');
    record.qid = qid;
    withAddresses(record, message.from, null, policy);
    record.size = message.size;
    record.attempts = attempts;
    record.failures = failures;
    record.fold = how;
    record.bounceNotice = message.bounceNotice;
    this.sink.write(record);
  }
}
