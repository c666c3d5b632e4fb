/**
 * Correlation: Postfix lines joined by queue id (smtpd, cleanup, qmgr, delivery agents, bounce),
 * Exim lines by message id, into one record per message with one entry per recipient. A record
 * is folded into the message statistics when the message leaves the queue (Postfix `removed`,
 * Exim `Completed`).
 *
 * Memory is bounded: a record idle longer than the horizon (by log time; Postfix gives up after
 * five days by default, Exim after four) or beyond the caps on open messages and on their
 * recipients is folded early as incomplete and counted, never dropped. Records still open when the input ends are folded the same way.
 */
import type { Reason } from '../catalog/reasons.js';
import type { Classification } from '../classify/classify.js';
import { own } from '../parse/strings.js';
import type { Envelope, MailEvent } from '../types.js';
import { domainOf, mergeReasonTallies, pruneTable, type ReasonTally, tallyReason } from './counters.js';
import type { RecipientOutcomes } from './model.js';
import { addToSketch, cloneSketch, emptySketch, mergeSketch, type Sketch } from './sketch.js';

/** Idle time after which an open message is folded as incomplete. */
export const HORIZON_MS = 7 * 86_400_000;
/** Open messages kept at most; the oldest are folded first when more arrive. */
export const MAX_OPEN_MESSAGES = 50_000;
/** Recipients of open messages kept at most (a few mailing-list posts can hold many each). */
export const MAX_OPEN_RECIPIENTS = 500_000;
/** How many of the oldest open messages one eviction folds. */
const EVICT_BATCH = 500;
/** Domains, senders and recipients tracked exactly; beyond twice this the lightest are dropped. */
export const TABLE_CAPACITY = 5_000;

type RecipientStatus = 'delivered' | 'forwarded' | 'deferred' | 'bounced' | 'expired' | 'none';

export interface RecipientRecord {
  address: string;
  status: RecipientStatus;
  attempts: number;
  deferrals: number;
  reason: Reason | null;
  /** Time in queue of the last successful delivery, seconds. */
  delay: number | null;
}

/** How a message left correlation: its removal was seen, or it was given up (see below). */
export type FoldKind = 'complete' | 'idle' | 'cap' | 'end';

/**
 * Told about every message as it is opened and folded, for the event stream (`--format ndjson`,
 * `--ship`). `opened` returns a token kept with the message and handed back on folding.
 */
export interface MessageObserver {
  opened(key: string): unknown;
  folded(key: string, message: Readonly<MessageRecord>, how: FoldKind): void;
}

export interface MessageRecord {
  /** The observer's token, when there is an observer. */
  origin: unknown;
  firstAt: number | null;
  lastAt: number | null;
  arrivalAt: number | null;
  from: string | null;
  size: number | null;
  deferredCounted: boolean;
  eximArrived: boolean;
  eximDelayed: boolean;
  eximFailed: boolean;
  bounceNotice: boolean;
  /** Most messages have a few recipients: an array is far smaller than a Map (see recipientOf). */
  recipients: RecipientRecord[];
  /** Built once a message has more than INDEX_FROM recipients. */
  index: Map<string, RecipientRecord> | null;
}

/** Recipients searched linearly up to this many, by a Map beyond. */
const INDEX_FROM = 16;

export interface DomainStats {
  outcomes: RecipientOutcomes;
  deferrals: number;
  reasons: ReasonTally;
  delay: Sketch;
}

export interface AddressStats {
  messages: number;
  bytes: number;
  failures: number;
}

/** Mergeable statistics of the messages folded so far. */
export interface MessageStats {
  messages: number;
  complete: number;
  openAtEnd: number;
  evictedIdle: number;
  evictedCap: number;
  bounceNotifications: number;
  attempts: number;
  outcomes: RecipientOutcomes;
  delay: Sketch;
  delayParts: [Sketch, Sketch, Sketch, Sketch];
  domains: Map<string, DomainStats>;
  senders: Map<string, AddressStats>;
  recipients: Map<string, AddressStats>;
  /** Keys dropped from the bounded tables (0 means every table is exact). */
  prunedKeys: number;
}

function emptyOutcomes(): RecipientOutcomes {
  return { recipients: 0, delivered: 0, forwarded: 0, bounced: 0, expired: 0, pending: 0, everDeferred: 0 };
}

export function emptyMessageStats(): MessageStats {
  return {
    messages: 0,
    complete: 0,
    openAtEnd: 0,
    evictedIdle: 0,
    evictedCap: 0,
    bounceNotifications: 0,
    attempts: 0,
    outcomes: emptyOutcomes(),
    delay: emptySketch(),
    delayParts: [emptySketch(), emptySketch(), emptySketch(), emptySketch()],
    domains: new Map(),
    senders: new Map(),
    recipients: new Map(),
    prunedKeys: 0,
  };
}

/** Weight for keeping address rows: volume, with failures weighing more so they stay visible. */
function addressWeight(a: AddressStats): number {
  return a.messages + 10 * a.failures;
}

/** What the totals need to know from the message state when a line is counted. */
export interface MessageFlags {
  /** First deferral of this message (distinct deferred messages). */
  firstDeferral: boolean;
  /** eximstats: first `==` of a message whose arrival was seen. */
  firstEximDelay: boolean;
  /** eximstats: first `**` of a message whose arrival was seen. */
  firstEximFailure: boolean;
}

export const NO_FLAGS: MessageFlags = { firstDeferral: false, firstEximDelay: false, firstEximFailure: false };

/** What correlation needs of an event: a small flat record, cheap to log and replay. */
export const OP = { received: 0, queued: 1, nonDelivery: 2, expired: 3, delivery: 4, removed: 5, refused: 6 } as const;
export type Op = (typeof OP)[keyof typeof OP];

export interface CorrelationInput {
  op: Op;
  /** host|qid (or the bare qid for logs without host names). */
  key: string;
  at: number | null;
  exim: boolean;
  /** Sender (received, queued) or recipient (delivery). */
  text: string | null;
  /** Size (received, queued) or delay in seconds (delivery). */
  num: number | null;
  delays: readonly [number, number, number, number] | null;
  outcome: 'delivered' | 'forwarded' | 'deferred' | 'bounced' | 'expired' | null;
  reason: Reason | null;
}

/**
 * A refusal with a queue id that ends the message: after DATA (Postfix cleanup's header, body and
 * milter checks, Exim's DATA ACL and local_scan) the whole message is refused and never queued.
 * A refused RCPT in a transaction that has a queue id leaves the other recipients alone.
 */
function endsMessage(event: Extract<MailEvent, { kind: 'reject' }>): boolean {
  if (event.action === 'reject_warning' || event.action === 'hold') return false;
  return (
    event.stage === 'DATA' || event.stage === 'END-OF-MESSAGE' || event.by === 'cleanup' || event.by === 'local_scan'
  );
}

/** One literal shape for every input (no spreads), so the hot path stays monomorphic. */
function input(
  op: Op,
  key: string,
  envelope: Envelope,
  exim: boolean,
  text: string | null,
  num: number | null,
): CorrelationInput {
  return { op, key, at: envelope.at, exim, text, num, delays: null, outcome: null, reason: null };
}

/** The correlation input of an event, or null when the event does not concern a message. */
export function correlationInput(envelope: Envelope, event: MailEvent, c: Classification): CorrelationInput | null {
  if (event.qid === null) return null;
  const key = envelope.host === null ? event.qid : `${envelope.host}|${event.qid}`;
  const exim = event.mta === 'exim';
  switch (event.kind) {
    case 'received':
      return input(OP.received, key, envelope, exim, event.from, event.size);
    case 'queued':
      return input(OP.queued, key, envelope, exim, event.from, event.size);
    case 'notification':
      return event.notice === 'non-delivery' ? input(OP.nonDelivery, key, envelope, exim, null, null) : null;
    case 'expired':
      return input(OP.expired, key, envelope, exim, null, null);
    case 'removed':
      return input(OP.removed, key, envelope, exim, null, null);
    case 'reject':
      return endsMessage(event) ? input(OP.refused, key, envelope, exim, null, null) : null;
    case 'delivery': {
      if (event.status === 'deliverable' || event.status === 'undeliverable') return null;
      const o = c.outcome;
      const result = input(OP.delivery, key, envelope, exim, event.recipient, event.delay);
      result.delays = event.delays;
      result.outcome =
        o === 'delivered' || o === 'forwarded' || o === 'deferred' || o === 'bounced' || o === 'expired' ? o : null;
      result.reason = c.reason;
      return result;
    }
    default:
      return null;
  }
}

export class Correlator {
  readonly stats: MessageStats = emptyMessageStats();
  observer: MessageObserver | null = null;
  private readonly open = new Map<string, MessageRecord>();
  /** Recipient records held by open messages, bounded by MAX_OPEN_RECIPIENTS. */
  private openRecipients = 0;
  private eventsSinceSweep = 0;

  /** Feed one event; returns what the line-based totals need to know. */
  add(input: CorrelationInput): MessageFlags {
    const at = input.at;
    let record = this.open.get(input.key);
    const ends = input.op === OP.removed || input.op === OP.refused;
    if (record === undefined) {
      // A removal or a refusal of a message not seen before: nothing to count.
      if (ends) return NO_FLAGS;
      record = newRecord(at);
      if (this.observer !== null) record.origin = this.observer.opened(input.key);
      this.open.set(own(input.key), record);
      if (this.open.size > MAX_OPEN_MESSAGES) this.evictOldest(record);
    }
    if (at !== null) {
      if (record.firstAt === null) record.firstAt = at;
      record.lastAt = at;
    }
    const flags = this.apply(record, input);
    if (ends) {
      this.open.delete(input.key);
      this.fold(record, true, input.key);
    } else if (this.openRecipients > MAX_OPEN_RECIPIENTS) {
      this.evictOldest(record);
    }
    if (++this.eventsSinceSweep >= 4096 && at !== null) {
      this.eventsSinceSweep = 0;
      this.sweep(at);
    }
    return flags;
  }

  private apply(record: MessageRecord, input: CorrelationInput): MessageFlags {
    switch (input.op) {
      case OP.received:
        record.arrivalAt = input.at;
        if (input.text !== null) record.from = own(input.text);
        if (input.num !== null) record.size = input.num;
        if (input.exim) record.eximArrived = true;
        return NO_FLAGS;
      case OP.queued:
        if (input.text !== null) record.from = own(input.text);
        record.size = input.num;
        return NO_FLAGS;
      case OP.nonDelivery:
        record.bounceNotice = true;
        return NO_FLAGS;
      case OP.expired:
        for (const rcpt of record.recipients) {
          if (rcpt.status === 'deferred' || rcpt.status === 'none') rcpt.status = 'expired';
        }
        return NO_FLAGS;
      case OP.delivery:
        return this.delivery(record, input);
      default:
        return NO_FLAGS;
    }
  }

  private delivery(record: MessageRecord, input: CorrelationInput): MessageFlags {
    const recipient = input.text ?? '';
    const known = record.recipients.length;
    const rcpt = recipientOf(record, recipient);
    this.openRecipients += record.recipients.length - known;
    rcpt.attempts++;
    const domain = domainOf(recipient);
    let firstDeferral = false;
    let firstEximDelay = false;
    let firstEximFailure = false;
    switch (input.outcome) {
      case 'delivered':
      case 'forwarded': {
        rcpt.status = input.outcome;
        const delay =
          input.exim && record.arrivalAt !== null && input.at !== null
            ? (input.at - record.arrivalAt) / 1000
            : input.num;
        rcpt.delay = delay;
        if (delay !== null) {
          addToSketch(this.stats.delay, delay);
          addToSketch(this.domain(domain).delay, delay);
        }
        const parts = input.delays;
        if (parts !== null) {
          const sketches = this.stats.delayParts;
          addToSketch(sketches[0], parts[0]);
          addToSketch(sketches[1], parts[1]);
          addToSketch(sketches[2], parts[2]);
          addToSketch(sketches[3], parts[3]);
        }
        break;
      }
      case 'deferred':
        rcpt.status = 'deferred';
        rcpt.deferrals++;
        rcpt.reason = input.reason;
        this.domain(domain).deferrals++;
        if (!record.deferredCounted) {
          record.deferredCounted = true;
          firstDeferral = true;
        }
        if (record.eximArrived && !record.eximDelayed) {
          record.eximDelayed = true;
          firstEximDelay = true;
        }
        break;
      case 'bounced':
      case 'expired':
        rcpt.status = input.outcome;
        rcpt.reason = input.reason;
        if (input.exim && record.eximArrived && !record.eximFailed) {
          record.eximFailed = true;
          firstEximFailure = true;
        }
        break;
      default:
        break;
    }
    return firstDeferral || firstEximDelay || firstEximFailure
      ? { firstDeferral, firstEximDelay, firstEximFailure }
      : NO_FLAGS;
  }

  private domain(domain: string): DomainStats {
    let stats = this.stats.domains.get(domain);
    if (stats === undefined) {
      stats = { outcomes: emptyOutcomes(), deferrals: 0, reasons: null, delay: emptySketch() };
      this.stats.domains.set(own(domain), stats);
      this.stats.prunedKeys += pruneTable(
        this.stats.domains,
        TABLE_CAPACITY,
        (d) => d.outcomes.recipients + d.deferrals,
      );
    }
    return stats;
  }

  /** Fold a finished (or given-up) message into the statistics. */
  private fold(record: MessageRecord, complete: boolean, key: string, how: FoldKind = 'complete'): void {
    this.observer?.folded(key, record, how);
    this.openRecipients -= record.recipients.length;
    const s = this.stats;
    s.messages++;
    if (complete) s.complete++;
    if (record.bounceNotice) s.bounceNotifications++;
    let failures = 0;
    for (const rcpt of record.recipients) {
      if (rcpt.status === 'none') continue;
      // Already a string of its own (recipientOf copied it), and so is its lower-cased form.
      const recipient = rcpt.address.toLowerCase();
      s.attempts += rcpt.attempts;
      const domain = this.domain(domainOf(recipient));
      const outcome = rcpt.status === 'deferred' ? 'pending' : rcpt.status;
      countOutcome(s.outcomes, outcome, rcpt.deferrals > 0);
      countOutcome(domain.outcomes, outcome, rcpt.deferrals > 0);
      if (outcome === 'bounced' || outcome === 'expired' || outcome === 'pending') {
        if (rcpt.reason !== null) domain.reasons = tallyReason(domain.reasons, rcpt.reason);
      }
      const failed = outcome === 'bounced' || outcome === 'expired';
      if (failed) failures++;
      const stats = this.stats.recipients.get(recipient) ?? { messages: 0, bytes: 0, failures: 0 };
      stats.messages++;
      stats.bytes += record.size ?? 0;
      if (failed) stats.failures++;
      if (stats.messages === 1) this.stats.recipients.set(recipient, stats);
    }
    this.stats.prunedKeys += pruneTable(this.stats.recipients, TABLE_CAPACITY, addressWeight);
    if (record.from !== null) {
      const sender = record.from === '' ? '<>' : record.from.toLowerCase();
      const stats = this.stats.senders.get(sender) ?? { messages: 0, bytes: 0, failures: 0 };
      stats.messages++;
      stats.bytes += record.size ?? 0;
      stats.failures += failures;
      if (stats.messages === 1) this.stats.senders.set(sender, stats);
      this.stats.prunedKeys += pruneTable(this.stats.senders, TABLE_CAPACITY, addressWeight);
    }
  }

  /**
   * Over a cap: fold the oldest open messages as incomplete until EVICT_BATCH messages are free
   * and the recipients are back under 90 % of their cap, but never `current`, the message
   * the line being read belongs to. In batches, because a Map walks over the holes its deletions
   * left at the front: evicting one at a time made a flood of never-completed ids quadratic.
   */
  private evictOldest(current: MessageRecord): void {
    for (const [key, record] of this.open) {
      if (this.open.size <= MAX_OPEN_MESSAGES - EVICT_BATCH && this.openRecipients <= MAX_OPEN_RECIPIENTS * 0.9) break;
      if (record === current) continue;
      this.open.delete(key);
      this.stats.evictedCap++;
      this.fold(record, false, key, 'cap');
    }
  }

  /** Fold messages first seen longer than the horizon ago (the map is in first-seen order). */
  private sweep(now: number): void {
    for (const [key, record] of this.open) {
      const seen = record.lastAt ?? record.firstAt;
      if (record.firstAt === null || record.firstAt > now - HORIZON_MS) break;
      if (seen !== null && seen > now - HORIZON_MS) continue;
      this.open.delete(key);
      this.stats.evictedIdle++;
      this.fold(record, false, key, 'idle');
    }
  }

  /** End of input: fold whatever is still open. */
  finish(): void {
    for (const [key, record] of this.open) {
      this.stats.openAtEnd++;
      this.fold(record, false, key, 'end');
    }
    this.open.clear();
  }

  get openCount(): number {
    return this.open.size;
  }
}

function countOutcome(
  o: RecipientOutcomes,
  outcome: Exclude<RecipientStatus, 'none' | 'deferred'> | 'pending',
  deferred: boolean,
): void {
  o.recipients++;
  o[outcome]++;
  if (deferred) o.everDeferred++;
}

function newRecord(at: number | null): MessageRecord {
  return {
    origin: null,
    firstAt: at,
    lastAt: at,
    arrivalAt: null,
    from: null,
    size: null,
    deferredCounted: false,
    eximArrived: false,
    eximDelayed: false,
    eximFailed: false,
    bounceNotice: false,
    recipients: [],
    index: null,
  };
}

/** The record of one recipient of a message, created on first sight. */
function recipientOf(record: MessageRecord, address: string): RecipientRecord {
  if (record.index !== null) {
    const known = record.index.get(address);
    if (known !== undefined) return known;
  } else {
    for (const rcpt of record.recipients) if (rcpt.address === address) return rcpt;
  }
  const rcpt: RecipientRecord = {
    address: own(address),
    status: 'none',
    attempts: 0,
    deferrals: 0,
    reason: null,
    delay: null,
  };
  record.recipients.push(rcpt);
  if (record.index !== null) record.index.set(rcpt.address, rcpt);
  else if (record.recipients.length > INDEX_FROM) {
    record.index = new Map(record.recipients.map((r) => [r.address, r]));
  }
  return rcpt;
}

/** The message counters that come from how messages were folded (the fleet report counts them in SQL). */
export const FOLD_COUNTERS = [
  'messages',
  'complete',
  'openAtEnd',
  'evictedIdle',
  'evictedCap',
  'bounceNotifications',
] as const;

export function mergeMessageStats(into: MessageStats, from: MessageStats): void {
  for (const key of [...FOLD_COUNTERS, 'attempts'] as const) {
    into[key] += from[key];
  }
  addOutcomes(into.outcomes, from.outcomes);
  mergeSketch(into.delay, from.delay);
  for (let i = 0; i < 4; i++) mergeSketch(into.delayParts[i as 0 | 1 | 2 | 3], from.delayParts[i as 0 | 1 | 2 | 3]);
  for (const [domain, stats] of from.domains) {
    const mine = into.domains.get(domain);
    if (mine === undefined) {
      into.domains.set(domain, {
        outcomes: { ...stats.outcomes },
        deferrals: stats.deferrals,
        reasons: mergeReasonTallies(null, stats.reasons),
        delay: cloneSketch(stats.delay),
      });
      continue;
    }
    addOutcomes(mine.outcomes, stats.outcomes);
    mine.deferrals += stats.deferrals;
    mine.reasons = mergeReasonTallies(mine.reasons, stats.reasons);
    mergeSketch(mine.delay, stats.delay);
  }
  for (const key of ['senders', 'recipients'] as const) {
    for (const [address, stats] of from[key]) {
      const mine = into[key].get(address);
      if (mine === undefined) into[key].set(address, { ...stats });
      else {
        mine.messages += stats.messages;
        mine.bytes += stats.bytes;
        mine.failures += stats.failures;
      }
    }
  }
}

function addOutcomes(into: RecipientOutcomes, from: RecipientOutcomes): void {
  for (const key of Object.keys(into) as (keyof RecipientOutcomes)[]) into[key] += from[key];
}
