/**
 * The report model: one aggregated structure that every renderer (text, JSON, Markdown, HTML,
 * CSV) reads. Plain data; instants are ISO 8601 strings in UTC. Its JSON form is documented in
 * docs/report-schema.json and versioned by `schemaVersion`.
 */
import type { Reason } from '../catalog/reasons.js';
import type { Hardness, Mta, Outcome, ReplyClass, WhoMustAct } from '../types.js';

export const SCHEMA_VERSION = 1;

/** Grand totals. For Postfix they follow pflogsumm's counting rules, for Exim eximstats'. */
export interface Totals {
  /** Messages accepted into the queue (smtpd client=, pickup; Exim <=). */
  received: number;
  /** Successful deliveries (Postfix status=sent lines; Exim => lines). */
  delivered: number;
  /** Successful deliveries that were forwards (Postfix "forwarded as", reply 251). */
  forwarded: number;
  /** Messages with at least one deferral. */
  deferred: number;
  /** Deferral lines (attempts). */
  deferrals: number;
  /** Bounce lines (Postfix status=bounced; Exim ** lines). */
  bounced: number;
  /** Messages returned after the queue lifetime (Postfix qmgr status=expired). */
  expired: number;
  /** Rejections by our server (all reject lines, 4xx and 5xx). */
  rejected: number;
  /** pflogsumm's "rejected (%)": rejected / (delivered + rejected + discarded), truncated. */
  rejectedPercent: number;
  rejectWarnings: number;
  held: number;
  discarded: number;
}

/** eximstats' grand-total view, for Exim inputs. */
export interface EximTotals {
  received: number;
  /** `=>` lines. */
  deliveredMessages: number;
  /** `=>` and `->` lines. */
  deliveredAddresses: number;
  /** Messages (arrival seen) with at least one `==`. */
  delayed: number;
  /** Messages (arrival seen) with at least one `**`. */
  failed: number;
  /** Lines eximstats counts as rejections. */
  rejects: number;
  temporaryRejects: number;
}

export interface CodeRow {
  code: number | null;
  enhanced: string | null;
  class: ReplyClass | null;
  count: number;
  /** Replies given by remote servers vs. by our own server. */
  remote: number;
  local: number;
  reason: Reason;
  example: string;
}

export interface KeyCount {
  key: string;
  count: number;
}

export type Direction = 'outbound' | 'inbound';

export interface ProblemRow {
  direction: Direction;
  reason: Reason;
  title: string;
  count: number;
  /** Share of all problems of this direction, 0..1. */
  share: number;
  /** Counts by outcome (deferred, bounced, rejected ...). */
  outcomes: Partial<Record<Outcome, number>>;
  transient: number;
  permanent: number;
  hardness: Hardness;
  whoMustAct: WhoMustAct;
  /** Outbound: recipient domains. Inbound: client hosts. */
  topDomains: KeyCount[];
  topRelays: KeyCount[];
  topCodes: KeyCount[];
  example: { reply: string; source: string; line: number } | null;
  hintId: string | null;
  hint: string;
}

export interface Sample {
  source: string;
  line: number;
  reason: string;
  text: string;
}

export interface Diagnostics {
  linesRead: number;
  linesParsed: number;
  linesForeign: number;
  linesUnrecognised: number;
  linesOverlong: number;
  /** Exim free-text lines (ACL logwrite and similar), counted as parsed. */
  notes: number;
  /** Parsed lines left out because they fall outside --since/--until. */
  linesOutsideWindow: number;
  unrecognisedByReason: Record<string, number>;
  samples: Sample[];
  noteSamples: Sample[];
  /**
   * Keys dropped from bounded tables (domains, addresses, relays, clients, codes) to keep memory
   * flat; 0 means every table in this report is exact, otherwise the top rows are approximate.
   */
  prunedKeys: number;
}

export interface InputSummary {
  name: string;
  lines: number;
  bytes: number;
  compression: 'gzip' | null;
  /** Set when the input could not be read (fully). */
  error: string | null;
}

/** Delay percentiles in seconds (a log-bucketed sketch, about 1 % relative error), or nulls. */
export interface Percentiles {
  count: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

/** Final outcome of each recipient of each message, as correlated by queue id / message id. */
export interface RecipientOutcomes {
  /** Recipients whose message was seen from its first to its last line. */
  recipients: number;
  delivered: number;
  forwarded: number;
  bounced: number;
  expired: number;
  /** Still deferred when the input ended (or when the message was evicted). */
  pending: number;
  /** Recipients deferred at least once, whatever happened next. */
  everDeferred: number;
}

/** Correlation of lines into messages. */
export interface MessageSummary {
  /** Messages seen (by queue id / message id). */
  messages: number;
  /** Messages whose removal (Postfix `removed`, Exim `Completed`) was seen. */
  complete: number;
  /** Messages still open at the end of the input. */
  openAtEnd: number;
  /** Messages flushed early because they were idle past the horizon. */
  evictedIdle: number;
  /** Messages flushed early because too many were open at once. */
  evictedCap: number;
  /** Messages for which a bounce (non-delivery) notification was generated. */
  bounceNotifications: number;
  /** Delivery attempts per recipient, on average. */
  attemptsPerRecipient: number;
  outcomes: RecipientOutcomes;
  /** Time in queue of delivered recipients (Postfix delay=, Exim arrival to delivery). */
  delay: Percentiles;
  /** Postfix delays=a/b/c/d: before the queue manager, in it, connection setup, transmission. */
  delayParts: { beforeQueue: Percentiles; inQueue: Percentiles; connection: Percentiles; transmission: Percentiles };
}

export interface DomainRow {
  domain: string;
  outcomes: RecipientOutcomes;
  /** delivered / (delivered + bounced + expired), 0..1, null without final outcomes. */
  deliveryRate: number | null;
  bounceRate: number | null;
  /** Deferral attempts (lines) for this domain. */
  deferrals: number;
  topReason: Reason | null;
  delay: Percentiles;
}

export interface RelayRow {
  relay: string;
  delivered: number;
  deferred: number;
  bounced: number;
  topReason: Reason | null;
}

export interface ClientRow {
  client: string;
  /** Rejections, login failures and other refusals of this client. */
  refused: number;
  topReason: Reason | null;
}

export interface HourRow {
  /** Start of the hour, ISO 8601 UTC. */
  hour: string;
  received: number;
  delivered: number;
  deferred: number;
  bounced: number;
  rejected: number;
}

export interface AddressRow {
  address: string;
  messages: number;
  bytes: number;
  failures: number;
}

export interface LogMessageRow {
  severity: 'warning' | 'error' | 'fatal' | 'panic';
  program: string;
  text: string;
  count: number;
  example: { source: string; line: number };
}

export interface TrendRow {
  kind: 'reason' | 'code' | 'domain';
  /** `outbound:user-unknown`, `550 5.1.1`, `example.org`. */
  key: string;
  current: number;
  /** The same metric in the previous run, null when there is none. */
  previous: number | null;
  /** Mean over the last seven runs (missing values count as 0), null without history. */
  average: number | null;
  /** (current - previous) / previous; null when previous is 0 or missing. */
  change: number | null;
  /** Never seen in any earlier run. */
  isNew: boolean;
}

/** Comparison with earlier runs (`--history`); null in a report without history. */
export interface Trends {
  /** Earlier runs in the history. */
  runs: number;
  previousRunAt: string | null;
  /** Keys (`kind:key`) of problems never seen before. */
  newProblems: string[];
  rows: TrendRow[];
}

/** One host of a fleet report (`mailtriage report --from clickhouse://...`). */
export interface HostRow {
  host: string;
  linesRead: number;
  received: number;
  delivered: number;
  deferrals: number;
  bounced: number;
  rejected: number;
  /** Problem events (failed attempts, refusals, login failures), as in the problems section. */
  problems: number;
  /** problems / (delivered + forwarded + deferrals + bounced + expired + rejected); null without any. */
  problemRate: number | null;
  /** The same rate in the period of equal length just before; null without one. */
  previousProblemRate: number | null;
  /** problemRate − previousProblemRate; null when either is null. */
  change: number | null;
}

/** Per-host breakdown of a fleet report; absent from a report of local logs. */
export interface FleetHosts {
  /** The period the trend compares with (the same length, just before), null without --since. */
  previousPeriod: { from: string; to: string } | null;
  rows: HostRow[];
  /** The host whose problem rate rose the most, null when none rose. */
  worstTrend: string | null;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: 'mailtriage'; version: string };
  generatedAt: string;
  period: { from: string | null; to: string | null };
  mtas: Mta[];
  inputs: InputSummary[];
  totals: Totals;
  exim: EximTotals | null;
  /** Problems by reason, outbound first: the head of every report. */
  problems: ProblemRow[];
  messages: MessageSummary;
  domains: DomainRow[];
  relays: RelayRow[];
  clients: ClientRow[];
  hourly: HourRow[];
  senders: { byVolume: AddressRow[]; byFailures: AddressRow[] };
  recipients: { byVolume: AddressRow[]; byFailures: AddressRow[] };
  codes: CodeRow[];
  logMessages: LogMessageRow[];
  trends: Trends | null;
  diagnostics: Diagnostics;
  /** Only in a fleet report. */
  hosts?: FleetHosts;
}
