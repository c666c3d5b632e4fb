/**
 * The event contract of `--format ndjson` and `--ship`: one flat record per delivery attempt,
 * rejection, login failure, remote reply, daemon message, unreadable line, message and recipient
 * outcome, plus one `lines` record per input segment and hour with the line counts. Documented in
 * docs/event-schema.json; the same JSON object is a row of the ClickHouse tables
 * (docs/clickhouse.md), so what a pipeline reads and what the fleet report counts are one thing.
 *
 * Pure: the host, the run's version stamp and the redaction policy are inputs.
 */
import type { LineCounts } from '../aggregate/accumulator.js';
import { relayOf } from '../aggregate/counters.js';
import type { Direction } from '../aggregate/model.js';
import type { Classification } from '../classify/classify.js';
import { type RedactPolicy, redactAddress, redactText } from '../report/redact.js';
import type { Envelope, MailEvent, Mta, Reply } from '../types.js';

export const EVENT_SCHEMA_VERSION = 1;

/** Fields every record has. */
export interface EventBase {
  /** Idempotency key: a hash of host, input fingerprint, byte offset and what the record is. */
  key: string;
  /** The run that produced it (epoch ms); of two records with one key, the later one counts. */
  version: number;
  host: string;
  /** Epoch milliseconds, UTC; 0 when the line had no usable time. */
  ms: number;
  /** The same instant as ISO 8601, null when unknown (not stored in ClickHouse). */
  time: string | null;
  /** Input name as given on the command line. */
  source: string;
  /** 1-based line number of the line (for `message`/`outcome`: the message's first line). */
  line: number;
  /** Byte offset of that line in the decompressed input. */
  offset: number;
}

export interface EventRecord extends EventBase {
  /** The MailEvent kind of the line (`delivery`, `reject`, ...), `note`, `unrecognised`, `message` or `outcome`. */
  type: string;
  mta: Mta | null;
  program: string | null;
  qid: string | null;
  messageId: string | null;
  sender: string | null;
  senderDomain: string | null;
  recipient: string | null;
  recipientDomain: string | null;
  /** Delivery status as logged (`sent`, `deferred`, ...) or reject action (`reject`, `hold`, ...). */
  status: string | null;
  outcome: string | null;
  direction: Direction | null;
  reason: string | null;
  replyClass: string | null;
  hardness: string | null;
  whoMustAct: string | null;
  hintId: string | null;
  code: number | null;
  enhanced: string | null;
  /** Reply text; null when the line carried no reply at all. */
  reply: string | null;
  speaker: string | null;
  stage: string | null;
  relay: string | null;
  client: string | null;
  /** Seconds in queue (Postfix `delay=`; for outcomes, of the last delivery). */
  delay: number | null;
  /** Postfix `delays=a/b/c/d`, empty when not logged. */
  delays: number[];
  size: number | null;
  attempts: number | null;
  deferrals: number | null;
  /** message: recipients that bounced or expired. */
  failures: number | null;
  /** message: how correlation let go of it (`complete`, `idle`, `cap`, `end`). */
  fold: string | null;
  bounceNotice: boolean;
  severity: string | null;
  /** Daemon message, note or unreadable line (redacted like every log text). */
  text: string | null;
  /** The grand totals this line counted in (`delivered`, `deferred`, `exim.rejects`, ...). */
  tally: string[];
}

/** Line counts of one input segment (what one run read of one file) in one hour. */
export interface LinesRecord extends EventBase, LineCounts {
  type: 'lines';
  /** Fingerprint of the input's first line: the same file under any rotated name. */
  fileKey: string;
  compressed: boolean;
  postfix: boolean;
  exim: boolean;
  /** First and last instant of the mail events counted (null without any). */
  firstMs: number | null;
  lastMs: number | null;
  bytes: number;
}

export type AnyRecord = EventRecord | LinesRecord;

/** Who is writing: fixed for one run. */
export interface EventContext {
  host: string;
  version: number;
  policy: RedactPolicy;
}

/**
 * A record with every field present (null where it does not apply), so all rows have one shape.
 * Written out as one literal rather than spreads: this runs for every event, and spreads made it
 * the most expensive line of a shipment.
 */
export function emptyRecord(base: EventBase, type: string): EventRecord {
  return {
    key: base.key,
    version: base.version,
    host: base.host,
    ms: base.ms,
    time: base.time,
    source: base.source,
    line: base.line,
    offset: base.offset,
    type,
    mta: null,
    program: null,
    qid: null,
    messageId: null,
    sender: null,
    senderDomain: null,
    recipient: null,
    recipientDomain: null,
    status: null,
    outcome: null,
    direction: null,
    reason: null,
    replyClass: null,
    hardness: null,
    whoMustAct: null,
    hintId: null,
    code: null,
    enhanced: null,
    reply: null,
    speaker: null,
    stage: null,
    relay: null,
    client: null,
    delay: null,
    delays: [],
    size: null,
    attempts: null,
    deferrals: null,
    failures: null,
    fold: null,
    bounceNotice: false,
    severity: null,
    text: null,
    tally: [],
  };
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null || ms === 0 ? null : new Date(ms).toISOString();
}

/** Lower-cased domain of an address, null for none; `<>` and local-only addresses have none. */
export function domainPart(address: string | null): string | null {
  if (address === null) return null;
  const at = address.lastIndexOf('@');
  return at === -1 || at === address.length - 1 ? null : address.slice(at + 1).toLowerCase();
}

function shown(text: string | null, policy: RedactPolicy): string | null {
  return text === null ? null : redactText(text, policy);
}

function address(value: string | null, policy: RedactPolicy): string | null {
  return value === null ? null : redactAddress(value, policy);
}

/** The sender and recipient fields, redacted per policy (domains stay, as in the report). */
export function withAddresses(
  record: EventRecord,
  sender: string | null,
  recipient: string | null,
  policy: RedactPolicy,
): void {
  record.sender = address(sender, policy);
  record.senderDomain = shown(domainPart(sender), policy);
  record.recipient = address(recipient, policy);
  record.recipientDomain = shown(domainPart(recipient), policy);
}

function withReply(record: EventRecord, reply: Reply | null, policy: RedactPolicy): void {
  if (reply === null) return;
  record.code = reply.code;
  record.enhanced = reply.enhanced;
  record.reply = redactText(reply.text, policy);
  record.speaker = reply.speaker;
  record.stage = reply.stage;
}

function withClassification(record: EventRecord, c: Classification, direction: Direction | null): void {
  record.outcome = c.outcome;
  record.direction = direction;
  record.reason = c.reason;
  record.replyClass = c.replyClass;
  record.hardness = c.hardness;
  record.whoMustAct = c.whoMustAct;
  record.hintId = c.hintId;
}

function peerText(peer: { name: string | null; ip: string | null } | null): string | null {
  return peer === null ? null : (peer.ip ?? peer.name);
}

/** What the report needs of one parsed line, and what a pipeline wants to see of it. */
export interface LineFacts {
  envelope: Envelope;
  event: MailEvent;
  classification: Classification;
  direction: Direction | null;
  reply: Reply | null;
  tally: string[];
  /** The line as read (notes keep it whole, as the report's note samples do). */
  text: string;
}

/** The record of one parsed line. */
export function lineRecord(base: EventBase, facts: LineFacts, policy: RedactPolicy): EventRecord {
  const { envelope, event } = facts;
  const record = emptyRecord(base, event.kind === 'info' && event.what === 'note' ? 'note' : event.kind);
  record.mta = event.mta;
  record.program = envelope.program;
  record.qid = event.qid;
  record.tally = facts.tally;
  withClassification(record, facts.classification, facts.direction);
  withReply(record, facts.reply, policy);
  switch (event.kind) {
    case 'delivery':
      withAddresses(record, null, event.recipient, policy);
      record.status = event.status;
      record.relay = shown(relayOf(event), policy);
      record.delay = event.delay;
      record.delays = event.delays === null ? [] : [...event.delays];
      record.text = shown(event.detail, policy);
      break;
    case 'reject':
      withAddresses(record, event.from, event.to, policy);
      record.status = event.action;
      record.client = shown(peerText(event.client) ?? '(unknown)', policy);
      record.stage = event.stage ?? record.stage;
      record.text = shown(event.detail, policy);
      break;
    case 'auth-failure':
      record.client = shown(peerText(event.client) ?? '(unknown)', policy);
      record.text = shown(event.detail, policy);
      break;
    case 'received':
      withAddresses(record, event.from, null, policy);
      record.client = shown(peerText(event.client), policy);
      record.size = event.size;
      record.messageId = shown(event.messageId, policy);
      break;
    case 'expired':
      withAddresses(record, event.from, null, policy);
      break;
    case 'remote-reply':
      record.relay = shown(event.remote?.name ?? null, policy);
      record.text = shown(event.detail, policy);
      break;
    case 'info':
      if (record.type === 'note') record.text = redactText(facts.text, policy);
      break;
    case 'diagnostic':
      record.severity = event.severity;
      record.program = envelope.service === '' ? event.mta : envelope.service;
      record.text = shown(event.text, policy);
      break;
    default:
      break;
  }
  return record;
}
