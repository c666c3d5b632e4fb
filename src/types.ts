/**
 * The records that flow between the stages:
 *
 *   sources ─▶ LineRecord ─ parse ─▶ ParseResult(MailEvent) ─ classify ─▶ Classification ─ aggregate ─▶ Report
 *
 * Everything here is plain, serialisable data (no classes, no functions, no Dates) so that events
 * can cross worker-thread boundaries and be written as NDJSON unchanged. Timestamps are epoch
 * milliseconds (UTC); renderers turn them into ISO strings.
 */

export type Mta = 'postfix' | 'exim';

/**
 * The SMTP stage a reply belongs to. Postfix names it in "(in reply to X command)" and in
 * "reject: X from"; Exim in "after X" and "rejected X".
 */
export type SmtpStage =
  | 'CONNECT'
  | 'HELO'
  | 'STARTTLS'
  | 'AUTH'
  | 'MAIL'
  | 'RCPT'
  | 'DATA'
  | 'END-OF-MESSAGE'
  | 'QUIT'
  | 'RSET'
  | 'OTHER';

/** RFC 5321 §4.2.1: the first digit of a reply code. */
export type ReplyClass = 'success' | 'intermediate' | 'transient' | 'permanent';

/**
 * Who gave the reply: `remote` is another server answering our MTA acting as a client
 * (Postfix "host X said:", Exim "SMTP error from remote mail server"); `local` is our server
 * refusing a client that connected to it (Postfix NOQUEUE reject, Exim "rejected RCPT").
 */
export type Speaker = 'remote' | 'local';

/** One SMTP reply, with multi-line continuations (`550-5.7.1 ...`) joined. */
export interface Reply {
  /** Three-digit basic code, or null when the line carries only an enhanced code or text. */
  code: number | null;
  /** RFC 3463 enhanced status code (`5.7.26`), or null. */
  enhanced: string | null;
  /** The human text after the codes, continuation prefixes removed, whitespace collapsed. */
  text: string;
  stage: SmtpStage | null;
  speaker: Speaker;
  /** Host that gave the reply: the remote server (`mx.example.net`) or our own host name. */
  host: string | null;
}

/** A peer on the network as logged: `name[ip]`. */
export interface Peer {
  name: string | null;
  ip: string | null;
}

/** Postfix `status=` values, and the Exim flags mapped onto them. */
export type DeliveryStatus =
  | 'sent'
  | 'deferred'
  | 'bounced'
  | 'expired'
  | 'undeliverable'
  | 'deliverable'
  | 'softbounce';

interface EventCommon {
  mta: Mta;
  /** Queue id (Postfix) or message id (Exim), when the line carries one. */
  qid: string | null;
}

/** One delivery attempt for one recipient (Postfix status= line, Exim => -> >> *> ** ==). */
export interface DeliveryEvent extends EventCommon {
  kind: 'delivery';
  status: DeliveryStatus;
  recipient: string;
  origRecipient: string | null;
  /** Next hop as logged: `mx.example.net[192.0.2.1]:25`, `none`, `local`, `dovecot`. */
  relay: string | null;
  relayPeer: Peer | null;
  /** Total delay in seconds (Postfix `delay=`, Exim `QT=`). */
  delay: number | null;
  /** Postfix `delays=a/b/c/d`: before qmgr, in qmgr, connection setup, transmission. */
  delays: [number, number, number, number] | null;
  dsn: string | null;
  reply: Reply | null;
  /** The parenthesised explanation (Postfix) or the error text (Exim), verbatim. */
  detail: string;
  /** The recipient was forwarded (Postfix "forwarded as", or a 251 reply). */
  forwarded: boolean;
  /** Exim only: `->` (extra address of the same delivery), `>>` cutthrough, `*>` suppressed. */
  eximFlag: string | null;
  /** Exim `defer (-NN)` / errno number when given. */
  errno: number | null;
}

/** Rejection actions taken by our server (smtpd/postscreen/cleanup/milter/Exim ACL). */
export type RejectAction = 'reject' | 'reject_warning' | 'hold' | 'discard' | 'temporary';

/** Our server refused (or warned about, held, discarded) something a client sent. */
export interface RejectEvent extends EventCommon {
  kind: 'reject';
  action: RejectAction;
  /** Which part of our MTA logged it: smtpd, postscreen, cleanup; Exim acl, local_scan, daemon. */
  by: string;
  /** The decision came from a milter (Postfix `milter-reject`, `milter-hold` ...). */
  milter: boolean;
  stage: SmtpStage | null;
  client: Peer | null;
  from: string | null;
  to: string | null;
  helo: string | null;
  reply: Reply | null;
  /** The refusal text without envelope fields, for grouping. */
  detail: string;
}

/** A message entered our queue (Postfix smtpd client= / pickup, Exim <=). */
export interface ReceivedEvent extends EventCommon {
  kind: 'received';
  via: 'smtp' | 'pickup' | 'local' | 'bounce';
  client: Peer | null;
  from: string | null;
  size: number | null;
  saslUser: string | null;
  messageId: string | null;
  /** Exim: the parent message of a bounce (`R=`). */
  parent: string | null;
}

/** Postfix qmgr picked the message up: sender, size, recipient count. */
export interface QueuedEvent extends EventCommon {
  kind: 'queued';
  from: string;
  size: number;
  nrcpt: number;
}

/** The message left the queue (Postfix qmgr `removed`, Exim `Completed`). */
export interface RemovedEvent extends EventCommon {
  kind: 'removed';
}

/** Postfix qmgr gave up after the queue lifetime (`status=expired, returned to sender`). */
export interface ExpiredEvent extends EventCommon {
  kind: 'expired';
  from: string | null;
  forced: boolean;
}

export interface MessageIdEvent extends EventCommon {
  kind: 'message-id';
  messageId: string;
}

/** A bounce or delay notification was generated for a message (postfix/bounce). */
export interface NotificationEvent extends EventCommon {
  kind: 'notification';
  notice: 'non-delivery' | 'delay' | 'delivery-status' | 'success';
  /** Queue id of the notification message itself. */
  newQid: string | null;
}

/** A reply from a remote server logged on its own line, without a final status. */
export interface RemoteReplyEvent extends EventCommon {
  kind: 'remote-reply';
  remote: Peer | null;
  reply: Reply | null;
  /** `refused to talk to me`, `lost connection`, `timed out`, `connect failed`, `said`. */
  problem: 'refused' | 'lost-connection' | 'timeout' | 'connect-failed' | 'said' | 'tls' | 'other';
  detail: string;
}

/** smtpd-side session events: connects, disconnects, lost connections, timeouts. */
export interface SessionEvent extends EventCommon {
  kind: 'session';
  action: 'connect' | 'disconnect' | 'lost-connection' | 'timeout' | 'too-many-errors' | 'other';
  client: Peer | null;
  stage: SmtpStage | null;
}

/** postscreen(8) verdicts. */
export interface PostscreenEvent extends EventCommon {
  kind: 'postscreen';
  action: string;
  client: Peer | null;
  detail: string;
}

/** A client failed SASL authentication against our server. */
export interface AuthFailureEvent extends EventCommon {
  kind: 'auth-failure';
  client: Peer | null;
  mechanism: string | null;
  user: string | null;
  reply: Reply | null;
  detail: string;
}

/** warning/error/fatal/panic lines, Exim paniclog entries. */
export interface DiagnosticEvent extends EventCommon {
  kind: 'diagnostic';
  severity: 'warning' | 'error' | 'fatal' | 'panic';
  text: string;
}

/** Recognised lines with nothing to count beyond their existence (TLS, anvil, queue runs...). */
export interface InfoEvent extends EventCommon {
  kind: 'info';
  what: string;
}

/** A physical line that belongs to the entry before it (Exim header dumps, split syslog parts). */
export interface ContinuationEvent extends EventCommon {
  kind: 'continuation';
}

export type MailEvent =
  | DeliveryEvent
  | RejectEvent
  | ReceivedEvent
  | QueuedEvent
  | RemovedEvent
  | ExpiredEvent
  | MessageIdEvent
  | NotificationEvent
  | RemoteReplyEvent
  | SessionEvent
  | PostscreenEvent
  | AuthFailureEvent
  | DiagnosticEvent
  | InfoEvent
  | ContinuationEvent;

export type EventKind = MailEvent['kind'];

/** What the syslog (or Exim) envelope of a line told us. */
export interface Envelope {
  /** Epoch milliseconds, UTC; null when the line has no usable time. */
  at: number | null;
  host: string | null;
  /** Program as logged: `postfix/smtp`, `postfix-out/smtp`, `exim`, `exim4`. */
  program: string;
  /** The daemon: `smtp`, `smtpd`, `qmgr`; `exim` for Exim. */
  service: string;
  pid: number | null;
}

export type Envelopes = Envelope;

/** Where a line came from. Line numbers are 1-based; offsets are byte offsets in the input. */
export interface LineLocation {
  source: string;
  line: number;
}

/** Why a line was not turned into an event. Closed union so the report can group them. */
export type UnrecognisedReason =
  | 'no-envelope'
  | 'bad-timestamp'
  | 'unknown-postfix-message'
  | 'unknown-exim-message'
  | 'overlong'
  | 'binary';

export type ParseResult =
  /**
   * `times`: how many occurrences the line stands for, when the syslog daemon folded repeats
   * into it (`message repeated 3 times: [ ...]`, `last message repeated 3 times`); else absent.
   */
  | { ok: true; envelope: Envelope; event: MailEvent; times?: number }
  | { ok: 'foreign'; envelope: Envelope | null }
  /** `text`: what to show as the sample when it is not the line itself (a journal entry). */
  | { ok: false; reason: UnrecognisedReason; envelope: Envelope | null; text?: string };

/** The outcomes an event can stand for, in the words of an ops report (also the CSV column order). */
export const OUTCOMES = [
  'delivered',
  'forwarded',
  'deferred',
  'bounced',
  'expired',
  'rejected',
  'warned',
  'held',
  'discarded',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Who has to do something so that the problem goes away. */
export type WhoMustAct = 'nobody' | 'retry' | 'our-side' | 'their-side';

/** Hard: retrying or waiting cannot help (suppress the address). Soft: it may clear. */
export type Hardness = 'hard' | 'soft' | 'none';
