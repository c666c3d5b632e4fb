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
  qid: string;
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

const NO_FLAGS: MessageFlags = { firstDeferral: false, firstEximDelay: false, firstEximFailure: false };

export class Correlator {
  readonly stats: MessageStats = emptyMessageStats();
  private readonly open = new Map<string, MessageRecord>();
  private eventsSinceSweep = 0;

  /** Feed one event; returns what the line-based totals need to know. */
  add(envelope: Envelope, event: MailEvent, c: Classification): MessageFlags {
    if (event.qid === null) return NO_FLAGS;
    const at = envelope.at;
    const key = envelope.host === null ? event.qid : `${envelope.host}|${event.qid}`;
    let record = this.open.get(key);
    if (record === undefined) {
      if (event.kind === 'removed') return NO_FLAGS;
      record = newRecord(own(event.qid), at);
      this.open.set(own(key), record);
      if (this.open.size > MAX_OPEN_MESSAGES) this.evictOldest('cap');
    }
    if (at !== null) {
      if (record.firstAt === null) record.firstAt = at;
      record.lastAt = at;
    }
    const flags = this.apply(record, event, c, at);
    if (event.kind === 'removed') {
      this.open.delete(key);
      this.fold(record, true);
    }
    if (++this.eventsSinceSweep >= 4096 && at !== null) {
      this.eventsSinceSweep = 0;
      this.sweep(at);
    }
    return flags;
  }

  private apply(record: MessageRecord, event: MailEvent, c: Classification, at: number | null): MessageFlags {
    switch (event.kind) {
      case 'received':
        record.arrivalAt = at;
        if (event.from !== null) record.from = own(event.from);
        if (event.size !== null) record.size = event.size;
        if (event.mta === 'exim') record.eximArrived = true;
        return NO_FLAGS;
      case 'queued':
        record.from = own(event.from);
        record.size = event.size;
        return NO_FLAGS;
      case 'notification':
        if (event.notice === 'non-delivery') record.bounceNotice = true;
        return NO_FLAGS;
      case 'expired':
        for (const rcpt of record.recipients.values()) {
          if (rcpt.status === 'deferred' || rcpt.status === 'none') rcpt.status = 'expired';
        }
        return NO_FLAGS;
      case 'delivery':
        return this.delivery(record, event, c, at);
      default:
        return NO_FLAGS;
    }
  }

  private delivery(
    record: MessageRecord,
    event: Extract<MailEvent, { kind: 'delivery' }>,
    c: Classification,
    at: number | null,
  ): MessageFlags {
    if (event.status === 'deliverable' || event.status === 'undeliverable') return NO_FLAGS;
    let rcpt = record.recipients.get(event.recipient);
    if (rcpt === undefined) {
      rcpt = { status: 'none', attempts: 0, deferrals: 0, reason: null };
      record.recipients.set(own(event.recipient), rcpt);
    }
    rcpt.attempts++;
    const domain = domainOf(event.recipient);
    let firstDeferral = false;
    let firstEximDelay = false;
    let firstEximFailure = false;
    switch (c.outcome) {
      case 'delivered':
      case 'forwarded': {
        rcpt.status = c.outcome;
        const delay =
          event.mta === 'exim' && record.arrivalAt !== null && at !== null
            ? (at - record.arrivalAt) / 1000
            : event.delay;
        if (delay !== null) {
          addToSketch(this.stats.delay, delay);
          addToSketch(this.domain(domain).delay, delay);
        }
        if (event.delays !== null) {
          for (const [i, part] of event.delays.entries()) addToSketch(this.stats.delayParts[i as 0 | 1 | 2 | 3], part);
        }
        break;
      }
      case 'deferred':
        rcpt.status = 'deferred';
        rcpt.deferrals++;
        rcpt.reason = c.reason;
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
        rcpt.status = c.outcome;
        rcpt.reason = c.reason;
        if (event.mta === 'exim' && record.eximArrived && !record.eximFailed) {
          record.eximFailed = true;
          firstEximFailure = true;
        }
        break;
      default:
        break;
    }
    return { firstDeferral, firstEximDelay, firstEximFailure };
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

  private evictOldest(why: 'cap'): void {
    const oldest = this.open.entries().next().value;
    if (oldest === undefined) return;
    this.open.delete(oldest[0]);
    if (why === 'cap') this.stats.evictedCap++;
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

function newRecord(qid: string, at: number | null): MessageRecord {
  return {
    qid,
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
