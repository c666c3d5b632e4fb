/**
 * A Postfix log message (the part after `postfix/smtp[123]: `) → one typed event, or null when
 * the message is not one we know. Pure and per line.
 *
 * Shapes follow the Postfix sources (smtpd.c, smtpd_check.c, qmgr, cleanup, smtp_trouble.c,
 * bounce, postscreen) as they appear in the real logs under fixtures/ and ../shared/corpus.
 * Decisions are made on the message text, not on the daemon name, because master.cf can give
 * any service any name (`postfix/relay/smtp`, `postfix-out/smtp`, `postfix/submission/smtpd`).
 */
import type { DeliveryEvent, DeliveryStatus, MailEvent, Peer, RejectAction, RejectEvent, SmtpStage } from '../types.js';
import { angleAt, fieldValue, parsePeer, replyFromExplanation, stageOf } from './fields.js';
import { parseReplyText } from './reply.js';

const MTA = 'postfix' as const;

/** Short ids are upper-case hex; long ids (enable_long_queue_ids) use a vowel-free base-52 alphabet. */
function isQueueId(s: string): boolean {
  if (s.length < 5 || s.length > 24) return false;
  let hexOnly = true;
  let hasDigit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (!digit && !upper && !lower) return false;
    if (digit) hasDigit = true;
    if (!(digit || (c >= 65 && c <= 70))) hexOnly = false;
  }
  return (hexOnly && s.length >= 6) || (hasDigit && s.length >= 8);
}

export function parsePostfixMessage(service: string, body: string): MailEvent | null {
  // `QID: rest` or `NOQUEUE: rest`; anything else is a session message.
  const colon = body.indexOf(': ');
  if (colon > 0 && colon <= 24) {
    if (colon === 7 && body.startsWith('NOQUEUE')) return parseQueuedMessage(service, null, body.slice(9), true);
    const head = body.slice(0, colon);
    if (isQueueId(head)) return parseQueuedMessage(service, head, body.slice(colon + 2), false);
  }
  return parseSessionMessage(service, body);
}

/** Messages that follow a queue id (or NOQUEUE). */
function parseQueuedMessage(service: string, qid: string | null, rest: string, noqueue: boolean): MailEvent | null {
  const c0 = rest.charCodeAt(0);
  if (c0 === 116 /* t */ && rest.startsWith('to=')) return parseDelivery(qid, rest);
  if (c0 === 102 /* f */ && rest.startsWith('from=')) return parseQmgrFrom(qid, rest);
  if (rest === 'removed' || rest.startsWith('removed ')) return { kind: 'removed', mta: MTA, qid };
  if (rest.startsWith('client=')) return parseClient(qid, rest);
  if (rest.startsWith('message-id=')) {
    const raw = rest.slice(11);
    const messageId = raw.charCodeAt(0) === 60 ? (angleAt(raw, 0)?.value ?? raw.slice(1)) : raw;
    return { kind: 'message-id', mta: MTA, qid, messageId };
  }
  if (rest.startsWith('uid=') || rest.startsWith('sender=')) {
    const from = fieldValue(rest, 'from=') ?? fieldValue(rest, 'sender=');
    return {
      kind: 'received',
      mta: MTA,
      qid,
      via: 'pickup',
      client: null,
      from,
      size: null,
      saslUser: null,
      messageId: null,
      parent: null,
    };
  }
  const action = actionAt(rest);
  if (action !== null) return parseAction(service, qid, rest, action);
  if (rest.startsWith('host ')) return parseHostTrouble(qid, rest);
  if (rest.startsWith('lost connection with ') || rest.startsWith('conversation with ')) {
    return parseHostTrouble(qid, rest);
  }
  if (rest.includes(' notification')) {
    const notification = parseNotification(qid, rest);
    if (notification !== null) return notification;
  }
  if (
    rest.startsWith('SASL authentication failed;') ||
    rest.startsWith('TLS is required') ||
    rest.startsWith('Cannot start TLS')
  ) {
    return {
      kind: 'remote-reply',
      mta: MTA,
      qid,
      remote: null,
      reply: replyFromExplanation(rest, 'remote', null),
      problem: rest.startsWith('SASL') ? 'other' : 'tls',
      detail: rest,
    };
  }
  const severity = severityAt(rest);
  if (severity !== null)
    return { kind: 'diagnostic', mta: MTA, qid, severity, text: rest.slice(rest.indexOf(': ') + 2) };
  if (rest.startsWith('resent-message-id=')) return { kind: 'info', mta: MTA, qid, what: 'resent-message-id' };
  const info = QUEUED_INFO.find((prefix) => rest.startsWith(prefix));
  if (info !== undefined) return { kind: 'info', mta: MTA, qid, what: info.trim() };
  if (noqueue && rest.startsWith('lost connection')) return sessionFromText(qid, rest, 'lost-connection');
  return null;
}

/** Queue-id lines that carry nothing to count. */
const QUEUED_INFO = [
  'enabling PIX workarounds',
  'skipped, still being delivered',
  'requeued',
  'placed on hold',
  'released from hold',
  'info: ',
  'prepend: ',
  'replace: ',
  'redirect: ',
  'filter: ',
  'milter-header-',
  'milter-body-',
  'milter-redirect',
  'proxy-accept: ',
  'proxy-reject: ',
  'Trusted TLS',
  'Untrusted TLS',
  'Verified TLS',
  'Anonymous TLS',
  'passing ',
  'delivery ',
];

const ACTIONS: readonly [string, RejectAction][] = [
  ['reject: ', 'reject'],
  ['milter-reject: ', 'reject'],
  ['reject_warning: ', 'reject_warning'],
  ['warning: header ', 'reject_warning'],
  ['warning: body ', 'reject_warning'],
  ['hold: ', 'hold'],
  ['milter-hold: ', 'hold'],
  ['discard: ', 'discard'],
  ['milter-discard: ', 'discard'],
];

function actionAt(rest: string): { action: RejectAction; length: number; milter: boolean } | null {
  for (const [prefix, action] of ACTIONS) {
    if (rest.startsWith(prefix)) {
      // `warning: header ...` keeps `header ...`: only `warning: ` is the action word.
      const length = prefix.startsWith('warning: ') ? 9 : prefix.length;
      return { action, length, milter: prefix.startsWith('milter-') };
    }
  }
  return null;
}

/**
 * `reject: RCPT from name[ip]: 554 5.7.1 <x>: Relay access denied; from=<a> to=<b> proto=ESMTP helo=<h>`
 * (smtpd, postscreen with commas between the envelope fields), and cleanup's
 * `reject: header Subject: x from name[ip]; from=<a> to=<b> proto=ESMTP helo=<h>: 5.7.1 text`.
 */
function parseAction(
  service: string,
  qid: string | null,
  rest: string,
  found: { action: RejectAction; length: number; milter: boolean },
): RejectEvent | MailEvent | null {
  const s = rest.slice(found.length);
  const space = s.indexOf(' ');
  const word = space === -1 ? s : s.slice(0, space);
  const by = service === 'cleanup' ? 'cleanup' : service === 'postscreen' ? 'postscreen' : 'smtpd';
  if (word === 'header' || word === 'body') return parseContentAction(qid, s, found.action, by, word);
  const fromAt = s.indexOf(' from ');
  if (fromAt === -1) return null;
  const stageWord = s.slice(0, fromAt);
  const stage: SmtpStage = stageOf(stageWord === 'END-OF-MESSAGE' ? 'END-OF-MESSAGE' : stageWord);
  const clientEnd = s.indexOf(': ', fromAt + 6);
  if (clientEnd === -1) return null;
  const client = parsePeer(s.slice(fromAt + 6, clientEnd));
  const afterClient = s.slice(clientEnd + 2);
  // The envelope fields start at the last "; from=<" (or "; to=<" for VRFY); the reply itself
  // may contain "; " (Spamhaus texts do).
  let envelopeAt = afterClient.lastIndexOf('; from=<');
  if (envelopeAt === -1) envelopeAt = afterClient.lastIndexOf('; to=<');
  const replyText = envelopeAt === -1 ? afterClient : afterClient.slice(0, envelopeAt);
  const envelope = envelopeAt === -1 ? '' : afterClient.slice(envelopeAt + 2);
  const parts = parseReplyText(replyText);
  return {
    kind: 'reject',
    mta: MTA,
    qid,
    action: found.action,
    by,
    milter: found.milter,
    stage,
    client,
    from: envelope === '' ? null : fieldValue(envelope, 'from='),
    to: envelope === '' ? null : fieldValue(envelope, 'to='),
    helo: envelope === '' ? null : fieldValue(envelope, 'helo='),
    reply:
      parts.code === null && parts.enhanced === null
        ? null
        : { code: parts.code, enhanced: parts.enhanced, text: parts.text, stage, speaker: 'local', host: null },
    detail: parts.text,
  };
}

/** cleanup header/body checks: `header Subject: x from h[ip]; from=<a> to=<b> proto=P helo=<h>: 5.7.1 text` */
function parseContentAction(
  qid: string | null,
  s: string,
  action: RejectAction,
  by: string,
  word: string,
): RejectEvent {
  const envelopeAt = s.lastIndexOf('; from=<');
  let envelope = '';
  let tail = '';
  let what = s;
  if (envelopeAt !== -1) {
    what = s.slice(0, envelopeAt);
    envelope = s.slice(envelopeAt + 2);
    const heloAt = envelope.indexOf('helo=<');
    const heloEnd = heloAt === -1 ? -1 : envelope.indexOf('>', heloAt);
    const colon = envelope.indexOf(': ', heloEnd === -1 ? 0 : heloEnd);
    if (colon !== -1) {
      tail = envelope.slice(colon + 2);
      envelope = envelope.slice(0, colon);
    }
  }
  const fromAt = what.lastIndexOf(' from ');
  const client = fromAt === -1 ? null : parsePeer(what.slice(fromAt + 6));
  const parts = parseReplyText(tail);
  const stage: SmtpStage = word === 'header' || word === 'body' ? 'DATA' : 'END-OF-MESSAGE';
  return {
    kind: 'reject',
    mta: MTA,
    qid,
    action,
    by,
    milter: false,
    stage,
    client,
    from: fieldValue(envelope, 'from='),
    to: fieldValue(envelope, 'to='),
    helo: fieldValue(envelope, 'helo='),
    reply:
      parts.code === null && parts.enhanced === null
        ? null
        : { code: parts.code, enhanced: parts.enhanced, text: parts.text, stage, speaker: 'local', host: null },
    detail: tail === '' ? (fromAt === -1 ? what : what.slice(0, fromAt)) : parts.text,
  };
}

const STATUS_WORDS: Record<string, DeliveryStatus> = {
  sent: 'sent',
  deferred: 'deferred',
  bounced: 'bounced',
  expired: 'expired',
  undeliverable: 'undeliverable',
  'undeliverable-but-not-cached': 'undeliverable',
  deliverable: 'deliverable',
  SOFTBOUNCE: 'softbounce',
};

/**
 * `to=<r>, orig_to=<o>, relay=R, conn_use=N, delay=D, delays=a/b/c/d, tls=..., dsn=X.Y.Z, status=S (text)`
 */
function parseDelivery(qid: string | null, rest: string): DeliveryEvent | null {
  const statusAt = rest.indexOf(', status=');
  if (statusAt === -1) return null;
  // One pass over `key=value, ` pairs; addresses are in angle brackets (or bare in old logs).
  let recipient: string | null = null;
  let origRecipient: string | null = null;
  let relay: string | null = null;
  let delay: number | null = null;
  let delays: [number, number, number, number] | null = null;
  let dsn: string | null = null;
  let i = 0;
  while (i < statusAt) {
    const eq = rest.indexOf('=', i);
    if (eq === -1 || eq > statusAt) break;
    const key = rest.slice(i, eq);
    let end: number;
    let value: string;
    if (rest.charCodeAt(eq + 1) === 60) {
      const close = rest.indexOf('>', eq + 2);
      end = close === -1 ? statusAt : close + 1;
      value = rest.slice(eq + 2, end - 1);
    } else {
      end = rest.indexOf(', ', eq + 1);
      if (end === -1 || end > statusAt) end = statusAt;
      value = rest.slice(eq + 1, end);
    }
    switch (key) {
      case 'to':
        recipient = value;
        break;
      case 'orig_to':
        origRecipient = value;
        break;
      case 'relay':
        relay = value;
        break;
      case 'delay':
        delay = toNumber(value);
        break;
      case 'delays':
        delays = parseDelays(value);
        break;
      case 'dsn':
        dsn = value;
        break;
      default:
        break;
    }
    i = rest.charCodeAt(end) === 44 ? end + 2 : end + 1;
  }
  if (recipient === null) return null;
  const afterStatus = statusAt + 9;
  const paren = rest.indexOf(' (', afterStatus);
  const statusWord = paren === -1 ? rest.slice(afterStatus).trim() : rest.slice(afterStatus, paren);
  const status = STATUS_WORDS[statusWord];
  if (status === undefined) return null;
  let detail = paren === -1 ? '' : rest.slice(paren + 2);
  if (detail.endsWith(')')) detail = detail.slice(0, -1);
  const relayPeer = relay === null || relay === 'none' || relay.indexOf('[') === -1 ? null : parsePeer(relay);
  const relayHost = relayPeer?.name ?? null;
  const reply = replyFromExplanation(detail, 'remote', relayHost);
  return {
    kind: 'delivery',
    mta: MTA,
    qid,
    status,
    recipient,
    origRecipient,
    relay,
    relayPeer,
    delay,
    delays,
    dsn,
    reply,
    detail,
    forwarded: status === 'sent' && (detail.startsWith('forwarded as ') || reply?.code === 251),
    eximFlag: null,
    errno: null,
  };
}

function toNumber(s: string): number | null {
  const n = Number(s);
  return s !== '' && Number.isFinite(n) ? n : null;
}

/** `0.2/0.02/0.04/3.3` → four numbers, without an intermediate array of strings. */
function parseDelays(s: string): [number, number, number, number] | null {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  let part = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 47) {
      if (part > 3 || i === start) return null;
      const n = Number(s.slice(start, i));
      if (!Number.isFinite(n)) return null;
      out[part as 0 | 1 | 2 | 3] = n;
      part++;
      start = i + 1;
    }
  }
  return part === 4 ? out : null;
}

/** qmgr: `from=<a>, size=N, nrcpt=N (queue active)` or `from=<a>, status=expired, returned to sender`. */
function parseQmgrFrom(qid: string | null, rest: string): MailEvent | null {
  const from = fieldValue(rest, 'from=') ?? '';
  if (rest.includes(', status=expired') || rest.includes(', status=force-expired')) {
    return { kind: 'expired', mta: MTA, qid, from, forced: rest.includes('force-expired') };
  }
  const size = fieldValue(rest, 'size=');
  const nrcpt = fieldValue(rest, 'nrcpt=');
  if (size === null) return null;
  return { kind: 'queued', mta: MTA, qid, from, size: countValue(size), nrcpt: countValue(nrcpt) };
}

/**
 * A count as qmgr writes it: decimal digits. A sign, an exponent or `1e999` (Infinity, which
 * JSON prints as null) is not a count: 0.
 */
function countValue(s: string | null): number {
  if (s === null || s.length === 0 || s.length > 15) return 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
  }
  return Number(s);
}

/** smtpd: `client=name[ip], sasl_method=LOGIN, sasl_username=u, orig_queue_id=..., orig_client=...` */
function parseClient(qid: string | null, rest: string): MailEvent {
  const value = rest.slice(7);
  const comma = value.indexOf(', ');
  const client = parsePeer(comma === -1 ? value : value.slice(0, comma));
  return {
    kind: 'received',
    mta: MTA,
    qid,
    via: 'smtp',
    client,
    from: null,
    size: null,
    saslUser: fieldValue(rest, 'sasl_username='),
    messageId: null,
    parent: null,
  };
}

/** smtp: `host H[ip] said: ...`, `host H[ip] refused to talk to me: ...`, lost connection, timeouts. */
function parseHostTrouble(qid: string | null, rest: string): MailEvent {
  let problem: 'refused' | 'lost-connection' | 'timeout' | 'said' | 'other' = 'other';
  let remoteText: string | null = null;
  if (rest.startsWith('host ')) {
    const end = rest.indexOf(' ', 5);
    remoteText = rest.slice(5, end === -1 ? undefined : end);
    problem = rest.includes(' refused to talk to me: ') ? 'refused' : rest.includes(' said: ') ? 'said' : 'other';
  } else if (rest.startsWith('lost connection with ')) {
    const end = rest.indexOf(' while ', 21);
    remoteText = rest.slice(21, end === -1 ? undefined : end);
    problem = 'lost-connection';
  } else if (rest.startsWith('conversation with ')) {
    const end = rest.indexOf(' timed out', 18);
    remoteText = rest.slice(18, end === -1 ? undefined : end);
    problem = 'timeout';
  }
  const remote = remoteText === null ? null : parsePeer(remoteText);
  const reply = replyFromExplanation(rest, 'remote', remote?.name ?? null);
  if (reply !== null && reply.stage === null && (problem === 'lost-connection' || problem === 'timeout')) {
    reply.stage = stageFromWhile(rest);
  }
  return { kind: 'remote-reply', mta: MTA, qid, remote, reply, problem, detail: rest };
}

/** `... while sending RCPT TO` / `while receiving the initial server greeting` → stage. */
export function stageFromWhile(text: string): SmtpStage | null {
  const at = text.lastIndexOf(' while ');
  if (at === -1) return null;
  const what = text.slice(at + 7);
  if (what.includes('initial server greeting')) return 'CONNECT';
  if (what.includes('HELO') || what.includes('EHLO')) return 'HELO';
  if (what.includes('MAIL FROM')) return 'MAIL';
  if (what.includes('RCPT TO')) return 'RCPT';
  if (what.includes('end of data') || what.includes('message body')) return 'END-OF-MESSAGE';
  if (what.includes('DATA')) return 'DATA';
  if (what.includes('STARTTLS') || what.includes('TLS')) return 'STARTTLS';
  return 'OTHER';
}

/** bounce: `sender non-delivery notification: NEWQID` and its delay/success/postmaster variants. */
function parseNotification(qid: string | null, rest: string): MailEvent | null {
  const at = rest.indexOf(' notification');
  // The FgForrest publisher's scrambling left `notificationXXXX: `; accept any suffix before ": ".
  const colon = rest.indexOf(': ', at);
  if (colon === -1 || colon - at > 20) return null;
  const kind = rest.slice(0, at);
  const newQid = rest.slice(colon + 2).trim() || null;
  let notice: 'non-delivery' | 'delay' | 'delivery-status' | 'success';
  if (kind.endsWith('non-delivery')) notice = 'non-delivery';
  else if (kind.endsWith('delay')) notice = 'delay';
  else if (kind.endsWith('delivery status')) notice = 'delivery-status';
  else if (kind.endsWith('success')) notice = 'success';
  else return null;
  return { kind: 'notification', mta: MTA, qid, notice, newQid };
}

function severityAt(rest: string): 'warning' | 'error' | 'fatal' | 'panic' | null {
  if (rest.startsWith('warning: ')) return 'warning';
  if (rest.startsWith('error: ')) return 'error';
  if (rest.startsWith('fatal: ')) return 'fatal';
  if (rest.startsWith('panic: ')) return 'panic';
  return null;
}

/** Messages without a queue id: sessions, postscreen, connection trouble, daemon chatter. */
function parseSessionMessage(service: string, rest: string): MailEvent | null {
  if (rest.startsWith('connect from ')) {
    return { kind: 'session', mta: MTA, qid: null, action: 'connect', client: peerAfter(rest, 13), stage: null };
  }
  if (rest.startsWith('disconnect from ')) {
    return { kind: 'session', mta: MTA, qid: null, action: 'disconnect', client: peerAfter(rest, 16), stage: null };
  }
  if (rest.startsWith('lost connection after ')) return sessionFromText(null, rest, 'lost-connection');
  if (rest.startsWith('timeout after ')) return sessionFromText(null, rest, 'timeout');
  if (rest.startsWith('too many errors after ')) return sessionFromText(null, rest, 'too-many-errors');
  if (rest.startsWith('connect to ')) return parseConnectFailure(rest);
  const severity = severityAt(rest);
  if (severity !== null) return parseWarning(service, rest, severity);
  if (service === 'postscreen') {
    const event = parsePostscreen(rest);
    if (event !== null) return event;
  }
  if (service === 'tlsproxy' && (rest.startsWith('CONNECT from ') || rest.startsWith('DISCONNECT '))) {
    return { kind: 'info', mta: MTA, qid: null, what: 'tlsproxy' };
  }
  const info = SESSION_INFO.find((prefix) => rest.startsWith(prefix));
  if (info !== undefined) return { kind: 'info', mta: MTA, qid: null, what: info.trim() };
  if (
    rest.startsWith('SSL_accept error') ||
    rest.startsWith('SSL_connect error') ||
    rest.startsWith('certificate verification failed')
  ) {
    return { kind: 'info', mta: MTA, qid: null, what: 'tls-error' };
  }
  return null;
}

/** Non-queue lines that carry nothing to count (daemon start-up, statistics, TLS chatter). */
const SESSION_INFO = [
  'statistics: ',
  'Anonymous TLS connection established',
  'Trusted TLS connection established',
  'Untrusted TLS connection established',
  'Verified TLS connection established',
  'daemon started',
  'reload ',
  'terminating on signal',
  'starting the Postfix mail system',
  'stopping the Postfix mail system',
  'refreshing the Postfix mail system',
  'Postfix is running',
  'improper command pipelining',
  'bare <LF> received',
  'discarding EHLO keywords',
  'addr ',
  'Deleted: ',
  'Requeued: ',
  'Placed on hold: ',
  'Released from hold: ',
  'table ',
  'cache ',
  'setting up TLS connection',
  'STARTTLS',
  'proxy-accept: ',
  'proxy-reject: ',
  'mail for ',
  'initializing the server-side TLS engine',
  'dict_',
  'unknown ',
  'verify_',
  'using backwards-compatible default setting',
  'Compatibility',
  'backwards-compatible',
  'match_',
  'mapping ',
];

/** `lost connection after RCPT from name[ip]` and friends. */
function sessionFromText(
  qid: string | null,
  rest: string,
  action: 'lost-connection' | 'timeout' | 'too-many-errors',
): MailEvent {
  const afterAt = rest.indexOf(' after ');
  const fromAt = rest.indexOf(' from ', afterAt === -1 ? 0 : afterAt);
  let stage: SmtpStage | null = null;
  if (afterAt !== -1 && fromAt !== -1) {
    const word = rest.slice(afterAt + 7, fromAt);
    const paren = word.indexOf(' (');
    stage = stageOf(paren === -1 ? word : word.slice(0, paren));
  }
  return {
    kind: 'session',
    mta: MTA,
    qid,
    action,
    client: fromAt === -1 ? null : peerAfter(rest, fromAt + 6),
    stage,
  };
}

/** The `name[ip]` token starting at `i`. */
function peerAfter(rest: string, i: number): Peer {
  const end = rest.indexOf(' ', i);
  const token = end === -1 ? rest.slice(i) : rest.slice(i, end);
  return parsePeer(token.endsWith(':') ? token.slice(0, -1) : token);
}

/** smtp: `connect to H[ip]:25: Connection refused` (logged per MX host tried). */
function parseConnectFailure(rest: string): MailEvent {
  const colon = rest.indexOf(': ', 11);
  const remote = parsePeer(colon === -1 ? rest.slice(11) : rest.slice(11, colon));
  return {
    kind: 'remote-reply',
    mta: MTA,
    qid: null,
    remote,
    reply: null,
    problem: 'connect-failed',
    detail: colon === -1 ? rest : rest.slice(colon + 2),
  };
}

/** warning/error/fatal/panic; SASL failures of clients become auth-failure events. */
function parseWarning(service: string, rest: string, severity: 'warning' | 'error' | 'fatal' | 'panic'): MailEvent {
  const text = rest.slice(rest.indexOf(': ') + 2);
  const sasl = text.indexOf(': SASL ');
  if (severity === 'warning' && sasl !== -1 && text.includes(' authentication failed')) {
    // warning: unknown[203.0.113.10]: SASL LOGIN authentication failed: reason, sasl_username=u
    const client = parsePeer(text.slice(0, sasl));
    const mechEnd = text.indexOf(' ', sasl + 7);
    const mechanism = mechEnd === -1 ? null : text.slice(sasl + 7, mechEnd);
    const user = fieldValue(text, 'sasl_username=');
    const reasonAt = text.indexOf('authentication failed: ');
    return {
      kind: 'auth-failure',
      mta: MTA,
      qid: null,
      client,
      mechanism,
      user,
      reply: null,
      detail: reasonAt === -1 ? 'authentication failed' : text.slice(reasonAt + 23),
    };
  }
  if (service === 'postscreen' || service === 'smtpd' || service === 'smtp' || severity !== 'warning') {
    return { kind: 'diagnostic', mta: MTA, qid: null, severity, text };
  }
  return { kind: 'diagnostic', mta: MTA, qid: null, severity, text };
}

/** postscreen(8) verdict lines. */
function parsePostscreen(rest: string): MailEvent | null {
  const words = ['CONNECT from ', 'PASS NEW ', 'PASS OLD ', 'PREGREET ', 'DNSBL rank ', 'HANGUP after ', 'DISCONNECT '];
  const verdicts = [
    'WHITELISTED ',
    'ALLOWLISTED ',
    'BLACKLISTED ',
    'DENYLISTED ',
    'WHITELIST VETO ',
    'ALLOWLIST VETO ',
    'COMMAND PIPELINING from ',
    'COMMAND TIME LIMIT from ',
    'COMMAND COUNT LIMIT from ',
    'COMMAND LENGTH LIMIT from ',
    'NON-SMTP COMMAND from ',
    'BARE NEWLINE from ',
  ];
  for (const prefix of [...words, ...verdicts]) {
    if (!rest.startsWith(prefix)) continue;
    const open = rest.indexOf('[');
    const close = open === -1 ? -1 : rest.indexOf(']', open);
    const client: Peer | null = open === -1 || close === -1 ? null : { name: null, ip: rest.slice(open + 1, close) };
    return {
      kind: 'postscreen',
      mta: MTA,
      qid: null,
      action: prefix.replace(/ (from |after |rank )?$/, '').trim(),
      client,
      detail: rest,
    };
  }
  return null;
}
