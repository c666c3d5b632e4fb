/**
 * Correlation: Postfix lines joined by queue id (smtpd, cleanup, qmgr, delivery agents, bounce),
 * Exim lines by message id, into one record per message with one entry per recipient. A record
 * is folded into the message statistics when the message leaves the queue (Postfix `removed`,
 * Exim `Completed`).
 *
 * Memory is bounded: a record idle longer than the horizon (by log time; Postfix gives up after
 * five days by default, Exim after four) or beyond the count cap is folded early as incomplete
 * and counted, never dropped. Records still open when the input ends are folded the same way.
 */
import type { Reason } from '../catalog/reasons.js';
import type { Classification } from '../classify/classify.js';
import { own } from '../parse/strings.js';
import type { Envelope, MailEvent } from '../types.js';
import { bump, type Counts, domainOf, mergeCounts, pruneTable } from './counters.js';
import type { RecipientOutcomes } from './model.js';
import { addToSketch, emptySketch, mergeSketch, type Sketch } from './sketch.js';

/** Idle time after which an open message is folded as incomplete. */
export const HORIZON_MS = 7 * 86_400_000;
/** Open messages kept at most; the oldest is folded first when more arrive. */
export const MAX_OPEN_MESSAGES = 50_000;
/** Domains, senders and recipients tracked exactly; beyond twice this the lightest are dropped. */
export const TABLE_CAPACITY = 5_000;

type RecipientStatus = 'delivered' | 'forwarded' | 'deferred' | 'bounced' | 'expired' | 'none';

interface RecipientRecord {
  status: RecipientStatus;
  attempts: number;
  deferrals: number;
  reason: Reason | null;
}

interface MessageRecord {
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
  recipients: Map<string, RecipientRecord>;
}

export interface DomainStats {
  outcomes: RecipientOutcomes;
  deferrals: number;
  reasons: Counts;
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
export const OP = { received: 0, queued: 1, nonDelivery: 2, expired: 3, delivery: 4, removed: 5 } as const;
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

/** The correlation input of an event, or null when the event does not concern a message. */
export function correlationInput(envelope: Envelope, event: MailEvent, c: Classification): CorrelationInput | null {
  if (event.qid === null) return null;
  const key = envelope.host === null ? event.qid : `${envelope.host}|${event.qid}`;
  const base = { key, at: envelope.at, exim: event.mta === 'exim', delays: null, outcome: null, reason: null };
  switch (event.kind) {
    case 'received':
      return { ...base, op: OP.received, text: event.from, num: event.size };
    case 'queued':
      return { ...base, op: OP.queued, text: event.from, num: event.size };
    case 'notification':
      return event.notice === 'non-delivery' ? { ...base, op: OP.nonDelivery, text: null, num: null } : null;
    case 'expired':
      return { ...base, op: OP.expired, text: null, num: null };
    case 'removed':
      return { ...base, op: OP.removed, text: null, num: null };
    case 'delivery': {
      if (event.status === 'deliverable' || event.status === 'undeliverable') return null;
      const o = c.outcome;
      const outcome =
        o === 'delivered' || o === 'forwarded' || o === 'deferred' || o === 'bounced' || o === 'expired' ? o : null;
      return {
        ...base,
        op: OP.delivery,
        text: event.recipient,
        num: event.delay,
        delays: event.delays,
        outcome,
        reason: c.reason,
      };
    }
    default:
      return null;
  }
}

export class Correlator {
  readonly stats: MessageStats = emptyMessageStats();
  private readonly open = new Map<string, MessageRecord>();
  private eventsSinceSweep = 0;

  /** Feed one event; returns what the line-based totals need to know. */
  add(input: CorrelationInput): MessageFlags {
    const at = input.at;
    let record = this.open.get(input.key);
    if (record === undefined) {
      if (input.op === OP.removed) return NO_FLAGS;
      record = newRecord(at);
      this.open.set(own(input.key), record);
      if (this.open.size > MAX_OPEN_MESSAGES) this.evictOldest();
    }
    if (at !== null) {
      if (record.firstAt === null) record.firstAt = at;
      record.lastAt = at;
    }
    const flags = this.apply(record, input);
    if (input.op === OP.removed) {
      this.open.delete(input.key);
      this.fold(record, true);
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
        for (const rcpt of record.recipients.values()) {
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
    let rcpt = record.recipients.get(recipient);
    if (rcpt === undefined) {
      rcpt = { status: 'none', attempts: 0, deferrals: 0, reason: null };
      record.recipients.set(own(recipient), rcpt);
    }
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
        if (delay !== null) {
          addToSketch(this.stats.delay, delay);
          addToSketch(this.domain(domain).delay, delay);
        }
        if (input.delays !== null) {
          for (const [i, part] of input.delays.entries()) addToSketch(this.stats.delayParts[i as 0 | 1 | 2 | 3], part);
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
      stats = { outcomes: emptyOutcomes(), deferrals: 0, reasons: new Map(), delay: emptySketch() };
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
  private fold(record: MessageRecord, complete: boolean): void {
    const s = this.stats;
    s.messages++;
    if (complete) s.complete++;
    if (record.bounceNotice) s.bounceNotifications++;
    let failures = 0;
    for (const [address, rcpt] of record.recipients) {
      if (rcpt.status === 'none') continue;
      s.attempts += rcpt.attempts;
      const domain = this.domain(domainOf(address));
      const outcome = rcpt.status === 'deferred' ? 'pending' : rcpt.status;
      for (const o of [s.outcomes, domain.outcomes]) {
        o.recipients++;
        o[outcome]++;
        if (rcpt.deferrals > 0) o.everDeferred++;
      }
      if (outcome === 'bounced' || outcome === 'expired' || outcome === 'pending') {
        if (rcpt.reason !== null) bump(domain.reasons, rcpt.reason);
      }
      const failed = outcome === 'bounced' || outcome === 'expired';
      if (failed) failures++;
      const recipient = address.toLowerCase();
      const stats = this.stats.recipients.get(recipient) ?? { messages: 0, bytes: 0, failures: 0 };
      stats.messages++;
      stats.bytes += record.size ?? 0;
      if (failed) stats.failures++;
      if (stats.messages === 1) this.stats.recipients.set(own(recipient), stats);
    }
    this.stats.prunedKeys += pruneTable(this.stats.recipients, TABLE_CAPACITY, addressWeight);
    if (record.from !== null) {
      const sender = record.from === '' ? '<>' : record.from.toLowerCase();
      const stats = this.stats.senders.get(sender) ?? { messages: 0, bytes: 0, failures: 0 };
      stats.messages++;
      stats.bytes += record.size ?? 0;
      stats.failures += failures;
      if (stats.messages === 1) this.stats.senders.set(own(sender), stats);
      this.stats.prunedKeys += pruneTable(this.stats.senders, TABLE_CAPACITY, addressWeight);
    }
  }

  private evictOldest(): void {
    const oldest = this.open.entries().next().value;
    if (oldest === undefined) return;
    this.open.delete(oldest[0]);
    this.stats.evictedCap++;
    this.fold(oldest[1], false);
  }

  /** Fold messages first seen longer than the horizon ago (the map is in first-seen order). */
  private sweep(now: number): void {
    for (const [key, record] of this.open) {
      const seen = record.lastAt ?? record.firstAt;
      if (record.firstAt === null || record.firstAt > now - HORIZON_MS) break;
      if (seen !== null && seen > now - HORIZON_MS) continue;
      this.open.delete(key);
      this.stats.evictedIdle++;
      this.fold(record, false);
    }
  }

  /** End of input: fold whatever is still open. */
  finish(): void {
    for (const record of this.open.values()) {
      this.stats.openAtEnd++;
      this.fold(record, false);
    }
    this.open.clear();
  }

  get openCount(): number {
    return this.open.size;
  }
}

function newRecord(at: number | null): MessageRecord {
  return {
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
    recipients: new Map(),
  };
}

export function mergeMessageStats(into: MessageStats, from: MessageStats): void {
  for (const key of [
    'messages',
    'complete',
    'openAtEnd',
    'evictedIdle',
    'evictedCap',
    'bounceNotifications',
    'attempts',
  ] as const) {
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
        reasons: new Map(stats.reasons),
        delay: cloneSketch(stats.delay),
      });
      continue;
    }
    addOutcomes(mine.outcomes, stats.outcomes);
    mine.deferrals += stats.deferrals;
    mergeCounts(mine.reasons, stats.reasons);
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

function cloneSketch(s: Sketch): Sketch {
  return { count: s.count, zeros: s.zeros, max: s.max, buckets: new Map(s.buckets) };
}
