/**
 * Folding classified events into the report state. One accumulator reads the inputs in order
 * (rotated files oldest first, so a message that straddles a rotation is seen whole); states of
 * independent runs merge by adding their counts.
 *
 * Counting rules (documented for users in docs/counting.md):
 *  - Postfix grand totals follow pflogsumm 1.1.5 line by line: received = smtpd `client=` and
 *    pickup lines; delivered = `status=sent` lines minus `forwarded as`; deferrals =
 *    `status=deferred` lines, deferred = distinct messages among them; bounced =
 *    `status=bounced` lines; rejected / reject warnings / held / discarded = smtpd, postscreen
 *    and cleanup action lines (like pflogsumm, smtpd's RCPT-stage `milter-reject` is not in
 *    `rejected`).
 *  - Exim grand totals follow eximstats: received = `<=` lines, delivered = `=>` lines (and
 *    `->` for addresses), delayed / failed = messages whose arrival was seen with at least one
 *    `==` / `**`, rejects = lines with "rejected", "refused" or "dropped" outside the delivery
 *    flags (and eximstats' quirk: `=>` lines without `T=`).
 *  - Problems are events: every failed delivery attempt, every rejection, every login failure.
 *  - Message views (per domain, delays, senders, recipients) come from correlation
 *    (correlate.ts): one final outcome per recipient of each message.
 */
import type { Reason } from '../catalog/reasons.js';
import type { Classification } from '../classify/classify.js';
import { own } from '../parse/strings.js';
import type { Envelope, LineLocation, MailEvent, Outcome, Reply, UnrecognisedReason } from '../types.js';
import {
  type CorrelationInput,
  Correlator,
  correlationInput,
  type MessageFlags,
  type MessageObserver,
  type MessageStats,
  mergeMessageStats,
  NO_FLAGS,
} from './correlate.js';
import {
  bump,
  type Counts,
  domainOf,
  mergeCounts,
  mergeReasonTallies,
  pruneTable,
  type ReasonTally,
  relayOf,
  tallyReason,
} from './counters.js';
import type { Direction, EximTotals, LogMessageRow, Sample, Totals } from './model.js';

export const MAX_SAMPLES = 20;
const SAMPLE_TEXT_LIMIT = 400;
/** Distinct warning/fatal/panic texts kept; the rest are counted under "(other)". */
const MAX_LOG_MESSAGES = 1000;
/** Relays, clients and codes tracked exactly (see pruneTable). */
const TABLE_CAPACITY = 5_000;
/** Domains, relays and codes kept per problem reason. */
const PROBLEM_TABLE_CAPACITY = 1_000;

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
  whoMustAct: Counts;
  example: { reply: string; source: string; line: number } | null;
}

export interface HourCounts {
  received: number;
  delivered: number;
  deferred: number;
  bounced: number;
  rejected: number;
}

export interface RelayStats {
  delivered: number;
  deferred: number;
  bounced: number;
  reasons: ReasonTally;
}

export interface ClientStats {
  refused: number;
  reasons: ReasonTally;
}

/** What became of the lines read: `read = parsed + foreign + unrecognised`. */
export interface LineCounts {
  read: number;
  parsed: number;
  foreign: number;
  unrecognised: number;
  overlong: number;
  notes: number;
  outsideWindow: number;
}

export interface AccumulatorState {
  totals: Omit<Totals, 'rejectedPercent'>;
  exim: EximTotals;
  mtas: Set<'postfix' | 'exim'>;
  firstAt: number | null;
  lastAt: number | null;
  codes: Map<string, CodeStats>;
  problems: Map<string, ProblemStats>;
  lines: LineCounts;
  unrecognisedByReason: Counts;
  samples: Sample[];
  noteSamples: Sample[];
  messages: MessageStats;
  hourly: Map<number, HourCounts>;
  relays: Map<string, RelayStats>;
  clients: Map<string, ClientStats>;
  logMessages: Map<string, LogMessageRow>;
  /** Keys dropped from bounded tables (0 means every table is exact). */
  prunedKeys: number;
}

/** A state with nothing counted yet (also the start of the fleet report's state, rebuilt from SQL). */
export function emptyState(messages: MessageStats): AccumulatorState {
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
    lines: { read: 0, parsed: 0, foreign: 0, unrecognised: 0, overlong: 0, notes: 0, outsideWindow: 0 },
    unrecognisedByReason: new Map(),
    samples: [],
    noteSamples: [],
    messages,
    hourly: new Map(),
    relays: new Map(),
    clients: new Map(),
    logMessages: new Map(),
    prunedKeys: 0,
  };
}

/** A text kept for the report: cut to a sane length and copied off the line it came from. */
export function clip(text: string): string {
  return own(text.length > SAMPLE_TEXT_LIMIT ? `${text.slice(0, SAMPLE_TEXT_LIMIT)}…` : text);
}

/** Format a reply the way it reads in a log: `550 5.7.26 text`. */
export function formatReply(reply: Reply): string {
  const head = [reply.code, reply.enhanced].filter((x) => x !== null).join(' ');
  return head === '' ? reply.text : `${head} ${reply.text}`;
}

/** A relay row's column: delivered (or forwarded), deferred, or bounced (any other failure). */
export type RelayColumn = 'delivered' | 'deferred' | 'bounced';

export type Severity = Extract<MailEvent, { kind: 'diagnostic' }>['severity'];

/**
 * Updates of the keyed tables that are bounded in a way that depends on order: the relays, the
 * clients, and each problem's domains, relays and codes are pruned when they overflow, keeping
 * the keys heaviest at that moment; the daemon messages take new shapes only up to a cap. A worker
 * thread records these updates (table-log.ts) and the main thread applies them in input order,
 * as it replays correlation, so that a parallel run keeps exactly what a run on one thread keeps.
 */
export interface TableUpdates {
  /** `key` is the problem's key in AccumulatorState.problems; `p` the problem itself. */
  problem(key: string, p: ProblemStats, domain: string | null, relay: string | null, codes: string | null): void;
  relay(relay: string, column: RelayColumn, reason: Reason): void;
  client(client: string, reason: Reason): void;
  /** A warning, error, fatal or panic line of `program`, read at `at`. */
  logMessage(severity: Severity, program: string, text: string, at: LineLocation): void;
}

export class Accumulator {
  private readonly correlator = new Correlator();
  readonly state: AccumulatorState = emptyState(this.correlator.stats);
  /**
   * Where message-level events go. By default straight into this accumulator's correlator; a
   * worker thread records them instead (the main thread replays them in order, see parallel.ts).
   */
  correlate: (input: CorrelationInput) => MessageFlags = (input) => this.correlator.add(input);
  /** The updates of the pruned tables, applied to this state. */
  readonly applyTables: TableUpdates = {
    problem: (_key, p, domain, relay, codes) => this.countProblemTables(p, domain, relay, codes),
    relay: (relay, column, reason) => this.countRelay(relay, column, reason),
    client: (client, reason) => this.countClient(client, reason),
    logMessage: (severity, program, text, at) => this.countLogMessage(severity, program, text, at),
  };
  /** Where those updates go: applied here by default, recorded by a worker (see TableUpdates). */
  tables: TableUpdates = this.applyTables;

  /** Apply the totals that depend on message state (replayed from a worker's log). */
  countFlags(flags: MessageFlags, exim: boolean): void {
    if (flags.firstDeferral) this.state.totals.deferred++;
    if (exim && flags.firstEximDelay) this.state.exim.delayed++;
    if (exim && flags.firstEximFailure) this.state.exim.failed++;
  }

  /** Replay a worker's message-level events through this accumulator's correlator. */
  replay(input: CorrelationInput): void {
    this.countFlags(this.correlator.add(input), input.exim);
  }

  /** Tell `observer` about every message opened and folded (the event stream needs them). */
  observeMessages(observer: MessageObserver): void {
    this.correlator.observer = observer;
  }

  /** End of input: messages still open are folded as incomplete. */
  finish(): void {
    this.correlator.finish();
  }

  /** A mail line outside the --since/--until window: read and understood, not reported on. */
  outsideWindow(): void {
    this.state.lines.read++;
    this.state.lines.parsed++;
    this.state.lines.outsideWindow++;
  }

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
    this.state.lines.read++;
    this.state.lines.parsed++;
    this.countEvent(envelope, event, c, at, line);
  }

  /**
   * The event of the line just passed to `parsed` once more: the syslog daemon folded repeats of
   * it into that line (`message repeated 3 times: [ ...]`). `k` counts the repeats from 1.
   */
  repeated(envelope: Envelope, event: MailEvent, c: Classification, at: LineLocation, line: string, _k: number): void {
    this.countEvent(envelope, event, c, at, line);
  }

  private countEvent(envelope: Envelope, event: MailEvent, c: Classification, at: LineLocation, line: string): void {
    const s = this.state;
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
    const input = correlationInput(envelope, event, c);
    const flags = input === null ? NO_FLAGS : this.correlate(input);
    if (event.mta === 'postfix') this.countPostfix(event, flags);
    else this.countExim(event, line, flags);
    const reply = replyOf(event);
    if (reply !== null) this.countCode(reply, c.reason);
    this.countProblem(event, c, at, reply);
    this.countViews(envelope, event, c, at);
  }

  private countPostfix(event: MailEvent, flags: MessageFlags): void {
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
          if (flags.firstDeferral) t.deferred++;
        } else if (event.status === 'bounced') {
          t.bounced++;
        }
        return;
      case 'expired':
        t.expired++;
        return;
      case 'reject':
        // pflogsumm counts smtpd/postscreen `reject:` and every cleanup action (milter ones too),
        // but not smtpd's `milter-reject` lines: its pattern wants the action word right after
        // the queue id.
        if (event.milter && event.by === 'smtpd') return;
        if (event.action === 'reject') t.rejected++;
        else if (event.action === 'reject_warning') t.rejectWarnings++;
        else if (event.action === 'hold') t.held++;
        else if (event.action === 'discard') t.discarded++;
        return;
      default:
        return;
    }
  }

  private countExim(event: MailEvent, line: string, flags: MessageFlags): void {
    const x = this.state.exim;
    const t = this.state.totals;
    switch (event.kind) {
      case 'received':
        x.received++;
        t.received++;
        return;
      case 'delivery':
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
          if (flags.firstDeferral) t.deferred++;
          if (flags.firstEximDelay) x.delayed++;
        } else if (event.status === 'bounced') {
          t.bounced++;
          if (flags.firstEximFailure) x.failed++;
        }
        return;
      case 'removed':
        return;
      case 'reject':
        t.rejected++;
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
        whoMustAct: new Map(),
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
    bump(p.whoMustAct, c.whoMustAct);
    const codes = reply === null ? null : codesOf(reply);
    let domain: string | null = null;
    let relay: string | null = null;
    if (event.kind === 'delivery') {
      domain = domainOf(event.recipient);
      relay = relayOf(event);
    } else if (event.kind === 'reject' || event.kind === 'auth-failure') {
      domain = event.client?.ip ?? event.client?.name ?? '(unknown)';
    } else if (event.kind === 'expired') {
      domain = domainOf(event.from);
    }
    if (domain !== null || relay !== null || codes !== null) this.tables.problem(key, p, domain, relay, codes);
    if (p.example === null) {
      const text = reply !== null ? formatReply(reply) : exampleText(event);
      p.example = { reply: clip(text), source: at.source, line: at.line };
    }
  }

  /** Hourly volume, relays, refused clients and daemon messages. */
  private countViews(envelope: Envelope, event: MailEvent, c: Classification, at: LineLocation): void {
    const s = this.state;
    if (envelope.at !== null) {
      const column = hourColumn(event, c);
      if (column !== null) {
        const hour = Math.floor(envelope.at / 3_600_000);
        let counts = s.hourly.get(hour);
        if (counts === undefined) {
          counts = { received: 0, delivered: 0, deferred: 0, bounced: 0, rejected: 0 };
          s.hourly.set(hour, counts);
        }
        counts[column]++;
      }
    }
    if (event.kind === 'delivery' && c.outcome !== null) {
      const column =
        c.outcome === 'delivered' || c.outcome === 'forwarded'
          ? 'delivered'
          : c.outcome === 'deferred'
            ? 'deferred'
            : 'bounced';
      this.tables.relay(relayOf(event), column, c.reason);
    } else if ((event.kind === 'reject' && event.action !== 'reject_warning') || event.kind === 'auth-failure') {
      this.tables.client(event.client?.ip ?? event.client?.name ?? '(unknown)', c.reason);
    } else if (event.kind === 'diagnostic') {
      this.tables.logMessage(event.severity, envelope.service === '' ? event.mta : envelope.service, event.text, at);
    }
  }

  private countProblemTables(p: ProblemStats, domain: string | null, relay: string | null, codes: string | null): void {
    if (domain !== null) bump(p.domains, domain);
    if (relay !== null) bump(p.relays, relay);
    if (codes !== null) bump(p.codes, codes);
    this.state.prunedKeys +=
      pruneTable(p.domains, PROBLEM_TABLE_CAPACITY, countWeight) +
      pruneTable(p.relays, PROBLEM_TABLE_CAPACITY, countWeight) +
      pruneTable(p.codes, PROBLEM_TABLE_CAPACITY, countWeight);
  }

  private countRelay(relay: string, column: RelayColumn, reason: Reason): void {
    const s = this.state;
    let stats = s.relays.get(relay);
    if (stats === undefined) {
      stats = { delivered: 0, deferred: 0, bounced: 0, reasons: null };
      s.relays.set(own(relay), stats);
      s.prunedKeys += pruneTable(s.relays, TABLE_CAPACITY, (r) => r.delivered + r.deferred + r.bounced);
    }
    stats[column]++;
    if (column !== 'delivered') stats.reasons = tallyReason(stats.reasons, reason);
  }

  private countClient(client: string, reason: Reason): void {
    const s = this.state;
    let stats = s.clients.get(client);
    if (stats === undefined) {
      stats = { refused: 0, reasons: null };
      s.clients.set(own(client), stats);
      s.prunedKeys += pruneTable(s.clients, TABLE_CAPACITY, (c) => c.refused);
    }
    stats.refused++;
    stats.reasons = tallyReason(stats.reasons, reason);
  }

  private countLogMessage(severity: Severity, program: string, message: string, at: LineLocation): void {
    const messages = this.state.logMessages;
    // Numbers (pids, counts, ports) vary between otherwise identical messages.
    let key = `${severity}|${program}|${message.replace(/\d+/g, 'N')}`;
    let text = message;
    if (!messages.has(key) && messages.size >= MAX_LOG_MESSAGES) {
      key = `${severity}|${program}|(other)`;
      text = '(other messages)';
    }
    const row = messages.get(key);
    if (row === undefined) {
      messages.set(own(key), {
        severity,
        program: own(program),
        text: clip(text),
        count: 1,
        example: { source: at.source, line: at.line },
      });
    } else row.count++;
  }
}

/** Outbound problems are failed deliveries; inbound ones are our rejections and login failures. */
export function problemDirection(event: MailEvent, outcome: Outcome | null): Direction | null {
  if (event.kind === 'delivery' || event.kind === 'expired') {
    return outcome === 'deferred' || outcome === 'bounced' || outcome === 'expired' ? 'outbound' : null;
  }
  if (event.kind === 'reject') return 'inbound';
  if (event.kind === 'auth-failure') return 'inbound';
  return null;
}

/** The column of the hourly table an event counts in, if any. */
export function hourColumn(event: MailEvent, c: Classification): keyof HourCounts | null {
  if (event.kind === 'received') return 'received';
  if (event.kind === 'reject') return event.action === 'reject' || event.action === 'temporary' ? 'rejected' : null;
  if (event.kind !== 'delivery') return null;
  if (c.outcome === 'delivered' || c.outcome === 'forwarded') return 'delivered';
  if (c.outcome === 'deferred') return 'deferred';
  if (c.outcome === 'bounced' || c.outcome === 'expired') return 'bounced';
  return null;
}

export function exampleText(event: MailEvent): string {
  switch (event.kind) {
    case 'delivery':
    case 'reject':
    case 'auth-failure':
      return event.detail;
    case 'expired':
      return `expired, returned to sender (from=<${event.from ?? ''}>)`;
    default:
      return event.kind;
  }
}

export function replyOf(event: MailEvent): Reply | null {
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

function countWeight(n: number): number {
  return n;
}

/** A problem's codes key: `550 5.1.1`, `550`, `5.1.1`, or `(none)` when the reply has neither. */
function codesOf(reply: Reply): string {
  if (reply.code === null) return reply.enhanced === null || reply.enhanced === '' ? '(none)' : reply.enhanced;
  return reply.enhanced === null ? String(reply.code) : `${reply.code} ${reply.enhanced}`;
}

/** Merge `from` into `into`: the result counts both runs. */
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
        whoMustAct: new Map(p.whoMustAct),
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
    mergeCounts(mine.whoMustAct, p.whoMustAct);
    if (mine.example === null) mine.example = p.example;
  }
  for (const key of Object.keys(into.lines) as (keyof typeof into.lines)[]) into.lines[key] += from.lines[key];
  mergeCounts(into.unrecognisedByReason, from.unrecognisedByReason);
  into.samples.push(...from.samples.slice(0, Math.max(0, MAX_SAMPLES - into.samples.length)));
  into.noteSamples.push(...from.noteSamples.slice(0, Math.max(0, MAX_SAMPLES - into.noteSamples.length)));
  mergeMessageStats(into.messages, from.messages);
  into.prunedKeys += from.prunedKeys;
  for (const [hour, counts] of from.hourly) {
    const mine = into.hourly.get(hour);
    if (mine === undefined) into.hourly.set(hour, { ...counts });
    else for (const key of Object.keys(mine) as (keyof HourCounts)[]) mine[key] += counts[key];
  }
  for (const [relay, stats] of from.relays) {
    const mine = into.relays.get(relay);
    if (mine === undefined) into.relays.set(relay, { ...stats, reasons: mergeReasonTallies(null, stats.reasons) });
    else {
      mine.delivered += stats.delivered;
      mine.deferred += stats.deferred;
      mine.bounced += stats.bounced;
      mine.reasons = mergeReasonTallies(mine.reasons, stats.reasons);
    }
  }
  for (const [client, stats] of from.clients) {
    const mine = into.clients.get(client);
    if (mine === undefined) {
      into.clients.set(client, { refused: stats.refused, reasons: mergeReasonTallies(null, stats.reasons) });
    } else {
      mine.refused += stats.refused;
      mine.reasons = mergeReasonTallies(mine.reasons, stats.reasons);
    }
  }
  for (const [key, row] of from.logMessages) {
    const mine = into.logMessages.get(key);
    if (mine === undefined) into.logMessages.set(key, { ...row });
    else mine.count += row.count;
  }
}
