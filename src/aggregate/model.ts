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
  unrecognisedByReason: Record<string, number>;
  samples: Sample[];
  noteSamples: Sample[];
}

export interface InputSummary {
  name: string;
  lines: number;
  bytes: number;
  compression: 'gzip' | null;
  /** Set when the input could not be read (fully). */
  error: string | null;
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
  codes: CodeRow[];
  problems: ProblemRow[];
  diagnostics: Diagnostics;
}
