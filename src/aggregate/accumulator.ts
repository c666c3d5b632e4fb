/**
 * Folding classified events into the report. One accumulator per input stream; accumulators of
 * different inputs (or of consecutive chunks) merge by adding their counts.
 *
 * Counting rules (documented for users in docs/counting.md):
 *  - Postfix grand totals follow pflogsumm 1.1.5 line by line: received = smtpd `client=` and
 *    pickup lines; delivered = `status=sent` lines minus `forwarded as`; deferrals =
 *    `status=deferred` lines, deferred = distinct queue ids among them; bounced =
 *    `status=bounced` lines; rejected / reject warnings / held / discarded = smtpd, postscreen
 *    and cleanup action lines (like pflogsumm, smtpd's `milter-reject` is not in `rejected`).
 *  - Exim grand totals follow eximstats: received = `<=` lines, delivered = `=>` lines (and
 *    `->` for addresses), delayed / failed = messages whose arrival was seen with at least one
 *    `==` / `**`, rejects = lines with "rejected", "refused" or "dropped" outside the delivery
 *    flags (and eximstats' quirk: `=>` lines without `T=`).
 *  - Problems are events: every failed delivery attempt, every rejection, every login failure.
 */
import { REASON_INFO, type Reason } from '../catalog/reasons.js';
import type { Classification } from '../classify/classify.js';
import type { Envelope, LineLocation, MailEvent, Outcome, Reply, UnrecognisedReason } from '../types.js';
import { bump, type Counts, domainOf, mergeCounts } from './counters.js';
import type { Direction, EximTotals, Totals } from './model.js';

export const MAX_SAMPLES = 20;
const SAMPLE_TEXT_LIMIT = 400;
/** Queue ids remembered for "distinct deferred messages"; past this the oldest are forgotten. */
const MAX_TRACKED_MESSAGES = 500_000;

interface MessageFlags {
  deferred: boolean;
  eximArrived: boolean;
  eximDelayed: boolean;
  eximFailed: boolean;
}

export interface CodeStats {
  code: number | null;
  enhanced: string | null;
  count: number;
  remote: number;
  local: number;
  reason: Reason;
  example: string;
}

export interface ProblemStats {
  direction: Direction;
  reason: Reason;
  count: number;
  outcomes: Counts;
  transient: number;
  permanent: number;
  hard: number;
  domains: Counts;
  relays: Counts;
  codes: Counts;
  hintIds: Counts;
  example: { reply: string; source: string; line: number } | null;
}

export interface AccumulatorState {
  totals: Omit<Totals, 'rejectedPercent'>;
  exim: EximTotals;
  mtas: Set<'postfix' | 'exim'>;
  firstAt: number | null;
  lastAt: number | null;
  codes: Map<string, CodeStats>;
  problems: Map<string, ProblemStats>;
  lines: { read: number; parsed: number; foreign: number; unrecognised: number; overlong: number; notes: number };
  unrecognisedByReason: Counts;
  samples: { source: string; line: number; reason: string; text: string }[];
  noteSamples: { source: string; line: number; reason: string; text: string }[];
  messages: Map<string, MessageFlags>;
  evictedMessages: number;
}

export function emptyState(): AccumulatorState {
  return {
    totals: {
      received: 0,
      delivered: 0,
      forwarded: 0,
      deferred: 0,
      deferrals: 0,
      bounced: 0,
      expired: 0,
      rejected: 0,
      rejectWarnings: 0,
      held: 0,
      discarded: 0,
    },
    exim: {
      received: 0,
      deliveredMessages: 0,
      deliveredAddresses: 0,
      delayed: 0,
      failed: 0,
      rejects: 0,
      temporaryRejects: 0,
    },
    mtas: new Set(),
    firstAt: null,
    lastAt: null,
    codes: new Map(),
    problems: new Map(),
    lines: { read: 0, parsed: 0, foreign: 0, unrecognised: 0, overlong: 0, notes: 0 },
    unrecognisedByReason: new Map(),
    samples: [],
    noteSamples: [],
    messages: new Map(),
    evictedMessages: 0,
  };
}

function clip(text: string): string {
  return text.length > SAMPLE_TEXT_LIMIT ? `${text.slice(0, SAMPLE_TEXT_LIMIT)}…` : text;
}

/** Format a reply the way it reads in a log: `550 5.7.26 text`. */
export function formatReply(reply: Reply): string {
  const head = [reply.code, reply.enhanced].filter((x) => x !== null).join(' ');
  return head === '' ? reply.text : `${head} ${reply.text}`;
}

export class Accumulator {
  readonly state: AccumulatorState = emptyState();

  /** A line that is not from a mail program (or blank). */
  foreign(): void {
    this.state.lines.read++;
    this.state.lines.foreign++;
  }

  unrecognised(reason: UnrecognisedReason, text: string, at: LineLocation, overlong: boolean): void {
    const s = this.state;
    s.lines.read++;
    s.lines.unrecognised++;
    if (overlong) s.lines.overlong++;
    bump(s.unrecognisedByReason, reason);
    if (s.samples.length < MAX_SAMPLES) s.samples.push({ source: at.source, line: at.line, reason, text: clip(text) });
  }

  parsed(envelope: Envelope, event: MailEvent, c: Classification, at: LineLocation, line: string): void {
    const s = this.state;
    s.lines.read++;
    s.lines.parsed++;
    if (event.kind === 'continuation') return;
    s.mtas.add(event.mta);
    if (envelope.at !== null) {
      if (s.firstAt === null || envelope.at < s.firstAt) s.firstAt = envelope.at;
      if (s.lastAt === null || envelope.at > s.lastAt) s.lastAt = envelope.at;
    }
    if (event.kind === 'info' && event.what === 'note') {
      s.lines.notes++;
      if (s.noteSamples.length < MAX_SAMPLES) {
        s.noteSamples.push({ source: at.source, line: at.line, reason: 'note', text: clip(line) });
      }
    }
    if (event.mta === 'postfix') this.countPostfix(event);
    else this.countExim(event, line);
    const reply = replyOf(event);
    if (reply !== null) this.countCode(reply, c.reason);
    this.countProblem(event, c, at, reply);
  }

  private flags(qid: string): MessageFlags {
    const messages = this.state.messages;
    let flags = messages.get(qid);
    if (flags === undefined) {
      flags = { deferred: false, eximArrived: false, eximDelayed: false, eximFailed: false };
      if (messages.size >= MAX_TRACKED_MESSAGES) {
        const oldest = messages.keys().next().value;
        if (oldest !== undefined) messages.delete(oldest);
        this.state.evictedMessages++;
      }
      messages.set(qid, flags);
    }
    return flags;
  }

  private countPostfix(event: MailEvent): void {
    const t = this.state.totals;
    switch (event.kind) {
      case 'received':
        t.received++;
        return;
      case 'delivery':
        if (event.status === 'sent') {
          if (event.detail.includes('forwarded as ')) t.forwarded++;
          else t.delivered++;
        } else if (event.status === 'deferred') {
          t.deferrals++;
          if (event.qid !== null) {
            const flags = this.flags(event.qid);
            if (!flags.deferred) {
              flags.deferred = true;
              t.deferred++;
            }
          }
        } else if (event.status === 'bounced') {
          t.bounced++;
        }
        return;
      case 'expired':
        t.expired++;
        return;
      case 'reject':
        // pflogsumm counts smtpd/postscreen `reject:` and every cleanup action, but not smtpd's
        // `milter-reject` lines (its pattern wants the action word right after the queue id).
        if (event.by === 'milter' && event.stage !== 'END-OF-MESSAGE' && event.stage !== 'DATA') return;
        if (event.action === 'reject') t.rejected++;
        else if (event.action === 'reject_warning') t.rejectWarnings++;
        else if (event.action === 'hold') t.held++;
        else if (event.action === 'discard') t.discarded++;
        return;
      case 'removed':
        if (event.qid !== null) this.state.messages.delete(event.qid);
        return;
      default:
        return;
    }
  }

  private countExim(event: MailEvent, line: string): void {
    const x = this.state.exim;
    const t = this.state.totals;
    switch (event.kind) {
      case 'received':
        x.received++;
        t.received++;
        if (event.qid !== null) this.flags(event.qid).eximArrived = true;
        return;
      case 'delivery': {
        const flags = event.qid === null ? null : this.flags(event.qid);
        if (event.eximFlag === '=>') {
          x.deliveredMessages++;
          x.deliveredAddresses++;
          if (!line.includes(' T=')) x.rejects++;
        } else if (event.eximFlag === '->') {
          x.deliveredAddresses++;
        }
        if (event.status === 'sent') {
          if (event.forwarded) t.forwarded++;
          else t.delivered++;
        } else if (event.status === 'deferred') {
          t.deferrals++;
          if (flags !== null && !flags.deferred) {
            flags.deferred = true;
            t.deferred++;
          }
          if (flags?.eximArrived === true && !flags.eximDelayed) {
            flags.eximDelayed = true;
            x.delayed++;
          }
        } else if (event.status === 'bounced') {
          t.bounced++;
          if (flags?.eximArrived === true && !flags.eximFailed) {
            flags.eximFailed = true;
            x.failed++;
          }
        }
        return;
      }
      case 'removed':
        if (event.qid !== null) this.state.messages.delete(event.qid);
        return;
      case 'reject':
        if (event.action === 'temporary') t.rejected++;
        else t.rejected++;
        break;
      default:
        break;
    }
    // eximstats: any other line mentioning rejected/refused/dropped is a rejection; the
    // temporary ones are counted apart.
    if (/rejected|refused|dropped/.test(line)) {
      if (/temporarily (rejected|refused)/.test(line)) x.temporaryRejects++;
      else x.rejects++;
    }
  }

  private countCode(reply: Reply, reason: Reason): void {
    const key = `${reply.code ?? ''}|${reply.enhanced ?? ''}`;
    let stats = this.state.codes.get(key);
    if (stats === undefined) {
      stats = {
        code: reply.code,
        enhanced: reply.enhanced,
        count: 0,
        remote: 0,
        local: 0,
        reason,
        example: clip(formatReply(reply)),
      };
      this.state.codes.set(key, stats);
    }
    stats.count++;
    if (reply.speaker === 'remote') stats.remote++;
    else stats.local++;
  }

  private countProblem(event: MailEvent, c: Classification, at: LineLocation, reply: Reply | null): void {
    const direction = problemDirection(event, c.outcome);
    if (direction === null) return;
    const key = `${direction}|${c.reason}`;
    let p = this.state.problems.get(key);
    if (p === undefined) {
      p = {
        direction,
        reason: c.reason,
        count: 0,
        outcomes: new Map(),
        transient: 0,
        permanent: 0,
        hard: 0,
        domains: new Map(),
        relays: new Map(),
        codes: new Map(),
        hintIds: new Map(),
        example: null,
      };
      this.state.problems.set(key, p);
    }
    p.count++;
    if (c.outcome !== null) bump(p.outcomes, c.outcome);
    if (c.replyClass === 'transient' || c.outcome === 'deferred') p.transient++;
    else p.permanent++;
    if (c.hardness === 'hard') p.hard++;
    if (c.hintId !== null) bump(p.hintIds, c.hintId);
    if (reply !== null) bump(p.codes, [reply.code, reply.enhanced].filter((x) => x !== null).join(' ') || '(none)');
    if (event.kind === 'delivery') {
      bump(p.domains, domainOf(event.recipient));
      bump(p.relays, event.relayPeer?.name ?? event.relay ?? '(none)');
    } else if (event.kind === 'reject' || event.kind === 'auth-failure') {
      bump(p.domains, event.client?.ip ?? event.client?.name ?? '(unknown)');
    } else if (event.kind === 'expired') {
      bump(p.domains, domainOf(event.from));
    }
    if (p.example === null) {
      const text = reply !== null ? formatReply(reply) : exampleText(event);
      p.example = { reply: clip(text), source: at.source, line: at.line };
    }
  }
}

/** Outbound problems are failed deliveries; inbound ones are our rejections and login failures. */
function problemDirection(event: MailEvent, outcome: Outcome | null): Direction | null {
  if (event.kind === 'delivery' || event.kind === 'expired') {
    return outcome === 'deferred' || outcome === 'bounced' || outcome === 'expired' ? 'outbound' : null;
  }
  if (event.kind === 'reject') return 'inbound';
  if (event.kind === 'auth-failure') return 'inbound';
  return null;
}

function exampleText(event: MailEvent): string {
  switch (event.kind) {
    case 'delivery':
      return event.detail;
    case 'reject':
    case 'auth-failure':
      return event.detail;
    case 'expired':
      return `expired, returned to sender (from=<${event.from ?? ''}>)`;
    default:
      return event.kind;
  }
}

function replyOf(event: MailEvent): Reply | null {
  switch (event.kind) {
    case 'delivery':
    case 'reject':
    case 'remote-reply':
    case 'auth-failure':
      return event.reply;
    default:
      return null;
  }
}

/** Merge `from` into `into`; the result is the accumulation of both inputs in order. */
export function mergeStates(into: AccumulatorState, from: AccumulatorState): void {
  for (const key of Object.keys(into.totals) as (keyof typeof into.totals)[]) into.totals[key] += from.totals[key];
  for (const key of Object.keys(into.exim) as (keyof EximTotals)[]) into.exim[key] += from.exim[key];
  for (const mta of from.mtas) into.mtas.add(mta);
  if (from.firstAt !== null && (into.firstAt === null || from.firstAt < into.firstAt)) into.firstAt = from.firstAt;
  if (from.lastAt !== null && (into.lastAt === null || from.lastAt > into.lastAt)) into.lastAt = from.lastAt;
  for (const [key, stats] of from.codes) {
    const mine = into.codes.get(key);
    if (mine === undefined) into.codes.set(key, { ...stats });
    else {
      mine.count += stats.count;
      mine.remote += stats.remote;
      mine.local += stats.local;
    }
  }
  for (const [key, p] of from.problems) {
    const mine = into.problems.get(key);
    if (mine === undefined) {
      into.problems.set(key, {
        ...p,
        outcomes: new Map(p.outcomes),
        domains: new Map(p.domains),
        relays: new Map(p.relays),
        codes: new Map(p.codes),
        hintIds: new Map(p.hintIds),
      });
      continue;
    }
    mine.count += p.count;
    mine.transient += p.transient;
    mine.permanent += p.permanent;
    mine.hard += p.hard;
    mergeCounts(mine.outcomes, p.outcomes);
    mergeCounts(mine.domains, p.domains);
    mergeCounts(mine.relays, p.relays);
    mergeCounts(mine.codes, p.codes);
    mergeCounts(mine.hintIds, p.hintIds);
    if (mine.example === null) mine.example = p.example;
  }
  for (const key of Object.keys(into.lines) as (keyof typeof into.lines)[]) into.lines[key] += from.lines[key];
  mergeCounts(into.unrecognisedByReason, from.unrecognisedByReason);
  into.samples.push(...from.samples.slice(0, Math.max(0, MAX_SAMPLES - into.samples.length)));
  into.noteSamples.push(...from.noteSamples.slice(0, Math.max(0, MAX_SAMPLES - into.noteSamples.length)));
  into.evictedMessages += from.evictedMessages;
}

export { REASON_INFO };
