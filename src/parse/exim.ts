/**
 * An Exim log entry (after the timestamp, optional zone and `[pid]`) → one typed event, or null.
 * Pure and per line. Vocabulary from the Exim specification, chapter "Log files", and from the
 * real main, reject and panic logs under fixtures/ (Exim test suite, exim_exporter, fail2ban).
 *
 *   <=  arrival        =>  delivery        ->  extra address, same delivery
 *   >>  cutthrough     *>  suppressed (-N) **  failed (bounced)     ==  deferred
 *   (=  fakereject     Completed           rejections without a message id
 */
import type { DeliveryEvent, DeliveryStatus, MailEvent, Peer, Reply, SmtpStage } from '../types.js';
import { parseReplyText } from './reply.js';

const MTA = 'exim' as const;

/**
 * Exim message ids: `1jmFYj-00039V-QX` (6-6-2, up to 4.96) and `1tQxYz-000000001Ab-3Kq9`
 * (6-11-4, from 4.97), base-62 characters.
 */
export function eximIdLength(s: string, i = 0): number {
  if (!isBase62Run(s, i, 6) || s.charCodeAt(i + 6) !== 45) return 0;
  if (isBase62Run(s, i + 7, 6) && s.charCodeAt(i + 13) === 45 && isBase62Run(s, i + 14, 2)) {
    const end = i + 16;
    if (end === s.length || s.charCodeAt(end) === 32) return 16;
  }
  if (isBase62Run(s, i + 7, 11) && s.charCodeAt(i + 18) === 45 && isBase62Run(s, i + 19, 4)) {
    const end = i + 23;
    if (end === s.length || s.charCodeAt(end) === 32) return 23;
  }
  return 0;
}

function isBase62Run(s: string, i: number, n: number): boolean {
  if (i + n > s.length) return false;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Exim's private errno values (src/macros.h), as shown in `defer (-NN)`. */
export const EXIM_ERRNO: Readonly<Record<number, string>> = {
  [-1]: 'unknown error',
  [-18]: 'SMTP connection closed',
  [-19]: 'SMTP format error',
  [-22]: 'Exim-imposed quota exceeded',
  [-23]: 'delivery held',
  [-24]: 'delivery filter failed',
  [-26]: 'delivery write incomplete',
  [-27]: 'expansion failed',
  [-30]: 'transport unset or missing',
  [-32]: 'host lookup failed',
  [-35]: 'list lookup deferred',
  [-36]: 'DNS lookup deferred',
  [-37]: 'TLS session failed to start',
  [-38]: 'mandatory TLS not started',
  [-41]: 'callout verification deferred',
  [-42]: 'authentication required by client failed',
  [-43]: 'connection timed out',
  [-44]: 'RCPT got a 4xx reply',
  [-45]: 'MAIL got a 4xx reply',
  [-46]: 'DATA got a 4xx reply',
  [-47]: 'proxy negotiation failed',
  [-48]: 'authenticator failure',
  [-49]: 'target does not support SMTPUTF8',
  [-50]: 'transport refuses to talk to the local host',
  [-51]: 'tainted file name refused',
  [-52]: 'routing retry time not reached',
  [-53]: 'local delivery retry time not reached',
  [-54]: 'retry time not reached for any host',
  [-55]: 'local-only delivery',
  [-56]: 'domain in queue_domains',
  [-57]: 'transport concurrency limit',
  [-58]: 'event processing',
  // Linux errno values Exim passes through.
  110: 'connection timed out',
  111: 'connection refused',
  113: 'no route to host',
  101: 'network unreachable',
  104: 'connection reset by peer',
};

const DELIVERY_FLAGS: Readonly<Record<string, DeliveryStatus>> = {
  '=>': 'sent',
  '->': 'sent',
  '>>': 'sent',
  '*>': 'deliverable',
  '**': 'bounced',
  '==': 'deferred',
};

export function parseEximMessage(body: string): MailEvent | null {
  const idLength = eximIdLength(body);
  if (idLength > 0) {
    const qid = body.slice(0, idLength);
    const rest = body.slice(idLength + 1);
    return parseWithId(qid, rest);
  }
  return parseWithoutId(body);
}

function parseWithId(qid: string, rest: string): MailEvent | null {
  const flag = rest.slice(0, 2);
  if (rest.charCodeAt(2) === 32) {
    if (flag === '<=' || flag === '(=') return parseArrival(qid, rest.slice(3));
    const status = DELIVERY_FLAGS[flag];
    if (status !== undefined) return parseDelivery(qid, flag, status, rest.slice(3));
  }
  if (rest === 'Completed' || rest.startsWith('Completed ')) return { kind: 'removed', mta: MTA, qid };
  if (rest.startsWith('H=') || rest.startsWith('U=') || rest.startsWith('F=') || rest.startsWith('rejected ')) {
    const reject = parseReject(qid, rest);
    if (reject !== null) return reject;
    if (rest.startsWith('H=')) return parseHostProblem(qid, rest);
  }
  if (rest.startsWith('SMTP error from remote ') || rest.startsWith('LMTP error ')) {
    return {
      kind: 'remote-reply',
      mta: MTA,
      qid,
      remote: null,
      reply: replyFromError(rest, null),
      problem: 'said',
      detail: rest,
    };
  }
  const info = MESSAGE_INFO.find((prefix) => rest.startsWith(prefix));
  if (info !== undefined) return { kind: 'info', mta: MTA, qid, what: info.trim() };
  // Anything else after a message id is an Exim note about that message (ACL logwrite, DKIM,
  // TLS details, debugging selectors): the structure is known even when the wording is free.
  return { kind: 'info', mta: MTA, qid, what: 'note' };
}

/** Message-scoped notes worth naming. */
const MESSAGE_INFO = [
  'Frozen',
  'Unfrozen',
  'Message is frozen',
  'frozen by',
  'removed by',
  'cancelled by',
  'no immediate delivery',
  'Spool file is locked',
  'DKIM: ',
  'ARC: ',
  'SPF: ',
  'DMARC: ',
  'Sender identification',
  'SA: ',
  'Warning: ',
  'error ignored',
  'Unknown ',
  'retry time not reached',
  'Cutthrough',
  'original recipients ignored',
  'PRDR ',
  'tls_',
  'X=',
];

/** `<= sender H=host [ip]:port I=... P=proto X=... S=size id=msgid T="subject" for rcpts` */
function parseArrival(qid: string, s: string): MailEvent {
  const space = s.indexOf(' ');
  const senderRaw = space === -1 ? s : s.slice(0, space);
  const from = senderRaw === '<>' ? '' : senderRaw;
  const fields = space === -1 ? '' : s.slice(space + 1);
  const size = fieldNumber(fields, 'S=');
  const parent = field(fields, 'R=');
  const protocol = field(fields, 'P=');
  const host = hostField(fields);
  return {
    kind: 'received',
    mta: MTA,
    qid,
    via: from === '' && parent !== null ? 'bounce' : protocol !== null && /smtp/i.test(protocol) ? 'smtp' : 'local',
    client: host,
    from,
    size,
    saslUser: field(fields, 'A=')?.split(':').slice(1).join(':') || null,
    messageId: field(fields, 'id='),
    parent,
  };
}

/**
 * `=> addr <orig> R=router T=transport H=host [ip] X=... C="250 ..." QT=2s DT=1s`
 * `** addr <orig> R=router T=transport H=host [ip]: SMTP error from remote mail server after ...: 550 ...`
 * `== addr R=router T=transport defer (-44) H=host [ip]: SMTP error ...`
 */
function parseDelivery(qid: string, flag: string, status: DeliveryStatus, s: string): DeliveryEvent {
  let recipient: string;
  let i: number;
  if (s.charCodeAt(0) === 60 /* < */) {
    const close = s.indexOf('>');
    recipient = close === -1 ? s.slice(1) : s.slice(1, close);
    i = close === -1 ? s.length : close + 1;
  } else {
    const space = s.indexOf(' ');
    const colon = s.indexOf(': ');
    let end = space === -1 ? s.length : space;
    if (colon !== -1 && colon < end) end = colon;
    recipient = s.slice(0, end);
    i = end;
  }
  let origRecipient: string | null = null;
  if (s.startsWith(' <', i)) {
    const close = s.indexOf('>', i + 2);
    if (close !== -1) {
      origRecipient = s.slice(i + 2, close);
      i = close + 1;
    }
  }
  const rest = s.slice(i);
  // The error text follows the first ": " after the fields (fields never contain ": ").
  const errorAt = status === 'sent' || status === 'deliverable' ? -1 : rest.indexOf(': ');
  const fields = errorAt === -1 ? rest : rest.slice(0, errorAt);
  const detail = errorAt === -1 ? '' : rest.slice(errorAt + 2);
  const host = hostField(fields);
  const transport = field(fields, 'T=');
  let errno: number | null = null;
  const deferAt = fields.indexOf('defer (');
  if (deferAt !== -1) {
    const close = fields.indexOf(')', deferAt);
    const n = Number(fields.slice(deferAt + 7, close));
    if (Number.isInteger(n)) errno = n;
  }
  let reply: Reply | null = null;
  if (status === 'sent') {
    const confirmation = quotedField(rest, 'C=');
    if (confirmation !== null) {
      const parts = parseReplyText(confirmation);
      if (parts.code !== null) {
        reply = {
          code: parts.code,
          enhanced: parts.enhanced,
          text: parts.text,
          stage: 'END-OF-MESSAGE',
          speaker: 'remote',
          host: host?.name ?? null,
        };
      }
    }
  } else {
    reply = replyFromError(detail, host?.name ?? null);
  }
  const relayName = host === null ? (transport ?? field(fields, 'R=')) : null;
  return {
    kind: 'delivery',
    mta: MTA,
    qid,
    status,
    recipient,
    origRecipient,
    relay: host === null ? relayName : `${host.name ?? ''}[${host.ip ?? ''}]`,
    relayPeer: host,
    delay: durationField(rest, 'QT='),
    delays: null,
    dsn: reply?.enhanced ?? null,
    reply,
    detail: detail === '' && errno !== null ? (EXIM_ERRNO[errno] ?? `errno ${errno}`) : detail,
    forwarded: reply?.code === 251,
    eximFlag: flag,
    errno,
  };
}

/**
 * The remote reply inside an Exim error text:
 *   `SMTP error from remote mail server after RCPT TO:<x>: 550 5.1.1 ...`   (4.8x+)
 *   `SMTP error from remote mailer after RCPT TO:<x>: host H [ip]: 553 ...` (older)
 *   `LMTP error after DATA: 440-...`
 */
export function replyFromError(text: string, host: string | null): Reply | null {
  let at = text.indexOf('SMTP error from remote mail');
  let lmtp = false;
  if (at === -1) {
    at = text.indexOf('LMTP error after ');
    lmtp = at !== -1;
  }
  if (at === -1) return null;
  const afterAt = text.indexOf(' after ', at);
  if (afterAt === -1) return null;
  let cmdStart = afterAt + 7;
  if (text.startsWith('pipelined ', cmdStart)) cmdStart += 10;
  // The command ends at the first ": " after any <address> it carries.
  const angle = text.charCodeAt(text.indexOf(':', cmdStart) + 1) === 60 ? text.indexOf('>', cmdStart) : -1;
  const sep = text.indexOf(': ', angle === -1 ? cmdStart : angle);
  const command = text.slice(cmdStart, sep === -1 ? undefined : sep);
  let replyText = sep === -1 ? '' : text.slice(sep + 2);
  let replyHost = host;
  if (replyText.startsWith('host ')) {
    const close = replyText.indexOf(']: ');
    if (close !== -1) {
      const space = replyText.indexOf(' ', 5);
      replyHost = replyText.slice(5, space === -1 ? close : space);
      replyText = replyText.slice(close + 3);
    }
  }
  const parts = parseReplyText(replyText);
  if (parts.code === null && parts.enhanced === null) return null;
  return {
    code: parts.code,
    enhanced: parts.enhanced,
    text: parts.text,
    stage: lmtp && command.startsWith('DATA') ? 'END-OF-MESSAGE' : eximStage(command),
    speaker: 'remote',
    host: replyHost,
  };
}

/** Exim's "after X" → stage. */
export function eximStage(command: string): SmtpStage {
  if (command.startsWith('RCPT')) return 'RCPT';
  if (command.startsWith('MAIL')) return 'MAIL';
  if (command.startsWith('end of data') || command.startsWith('end of DATA')) return 'END-OF-MESSAGE';
  if (command.startsWith('DATA') || command.startsWith('BDAT') || command.startsWith('sending data')) return 'DATA';
  if (command.startsWith('initial connection') || command.startsWith('connection')) return 'CONNECT';
  if (command.startsWith('EHLO') || command.startsWith('HELO') || command.startsWith('LHLO')) return 'HELO';
  if (command.startsWith('STARTTLS')) return 'STARTTLS';
  if (command.startsWith('AUTH')) return 'AUTH';
  if (command.startsWith('QUIT')) return 'QUIT';
  return 'OTHER';
}

/** `H=host [ip] Connection timed out` / `H=host [ip]: Remote host closed connection ...` after an id. */
function parseHostProblem(qid: string, rest: string): MailEvent {
  const host = hostField(rest);
  const close = rest.indexOf(']');
  let detail = close === -1 ? rest : rest.slice(close + 1);
  if (detail.startsWith(':')) detail = detail.replace(/^:\d*:? ?/, '');
  detail = detail.trim();
  const lower = detail.toLowerCase();
  const problem = lower.includes('timed out')
    ? 'timeout'
    : lower.includes('refused')
      ? 'connect-failed'
      : lower.includes('tls') || lower.includes('ssl')
        ? 'tls'
        : lower.includes('closed connection') || lower.includes('lost')
          ? 'lost-connection'
          : 'other';
  return {
    kind: 'remote-reply',
    mta: MTA,
    qid,
    remote: host,
    reply: replyFromError(detail, host?.name ?? null),
    problem,
    detail,
  };
}

/**
 * Rejections logged by our ACLs, with or without a message id:
 *   `H=(helo) [ip] F=<a> rejected RCPT <b>: reason`, `... temporarily rejected RCPT <b>: ...`,
 *   `H=... rejected after DATA: ...`, `rejected EHLO from [ip]: syntactically invalid argument(s): x`,
 *   `H=... rejected connection in "connect" ACL: ...`, `... rejected by local_scan(): ...`
 */
function parseReject(qid: string | null, rest: string): MailEvent | null {
  let at: number;
  if (rest.startsWith('rejected ')) at = 0;
  else {
    const i = rest.indexOf(' rejected ');
    if (i === -1) return null;
    at = i + 1;
  }
  const temporary = at >= 12 && rest.startsWith('temporarily ', at - 12);
  const envelope = rest.slice(0, Math.max(0, temporary ? at - 13 : at - 1));
  const what = rest.slice(at + 9);
  let stage: SmtpStage = 'OTHER';
  let to: string | null = null;
  const senderField = field(envelope, 'F=');
  let from = senderField === null ? null : stripAngle(senderField);
  let text: string;
  if (what.startsWith('RCPT ')) {
    stage = 'RCPT';
    const colon = what.indexOf(': ');
    to = stripAngle(what.slice(5, colon === -1 ? undefined : colon));
    text = colon === -1 ? '' : what.slice(colon + 2);
  } else if (what.startsWith('MAIL ')) {
    stage = 'MAIL';
    const colon = what.indexOf(': ');
    from = stripAngle(what.slice(5, colon === -1 ? undefined : colon));
    text = colon === -1 ? '' : what.slice(colon + 2);
  } else if (what.startsWith('after DATA') || what.startsWith('DATA')) {
    stage = 'END-OF-MESSAGE';
    const colon = what.indexOf(': ');
    text = colon === -1 ? '' : what.slice(colon + 2);
  } else if (what.startsWith('EHLO') || what.startsWith('HELO')) {
    stage = 'HELO';
    const colon = what.indexOf(': ');
    text = colon === -1 ? what : what.slice(colon + 2);
  } else if (what.startsWith('connection')) {
    stage = 'CONNECT';
    const colon = what.indexOf(': ');
    text = colon === -1 ? what : what.slice(colon + 2);
  } else if (what.startsWith('by local_scan()') || what.startsWith('by non-SMTP ACL')) {
    stage = 'END-OF-MESSAGE';
    const colon = what.indexOf(': ');
    text = colon === -1 ? what : what.slice(colon + 2);
  } else {
    const colon = what.indexOf(': ');
    text = colon === -1 ? what : what.slice(colon + 2);
  }
  if (text.length >= 2 && text.charCodeAt(0) === 34 && text.charCodeAt(text.length - 1) === 34)
    text = text.slice(1, -1);
  const parts = parseReplyText(text);
  let client: Peer | null = hostField(envelope);
  if (client === null && stage === 'HELO') {
    const open = what.indexOf('[');
    const close = what.indexOf(']', open);
    if (open !== -1 && close !== -1) client = { name: null, ip: what.slice(open + 1, close) };
  }
  return {
    kind: 'reject',
    mta: MTA,
    qid,
    action: temporary ? 'temporary' : 'reject',
    by: what.startsWith('by local_scan') ? 'local_scan' : 'acl',
    milter: false,
    stage,
    client,
    from,
    to,
    helo: heloField(envelope),
    reply:
      parts.code === null && parts.enhanced === null
        ? null
        : { code: parts.code, enhanced: parts.enhanced, text: parts.text, stage, speaker: 'local', host: null },
    detail: parts.text,
  };
}

function stripAngle(s: string): string {
  const t = s.trim();
  return t.charCodeAt(0) === 60 && t.endsWith('>') ? t.slice(1, -1) : t;
}

/** Lines without a message id: sessions, rejections, authentication failures, daemon chatter. */
function parseWithoutId(body: string): MailEvent | null {
  if (body.includes(' authenticator failed for ')) return parseAuthFailure(body);
  if (body.startsWith('SMTP protocol synchronization error')) return parseSyncError(body);
  if (body.startsWith('refused connection from ')) {
    return connectionRefusal(body, body.slice(body.indexOf(' (') + 2, body.endsWith(')') ? -1 : undefined));
  }
  if (body.startsWith('too many recipients: excess temporarily rejected') || body.startsWith('unqualified ')) {
    return {
      kind: 'reject',
      mta: MTA,
      qid: null,
      action: body.includes('temporarily') ? 'temporary' : 'reject',
      by: 'smtp',
      milter: false,
      stage: 'RCPT',
      client: null,
      from: field(body, 'sender=')?.replace(/^<|>$/g, '') ?? null,
      to: null,
      helo: null,
      reply: null,
      detail: body.slice(0, body.indexOf(':')),
    };
  }
  if (body.includes('rejected ')) {
    const reject = parseReject(null, body);
    if (
      reject !== null &&
      (body.startsWith('H=') ||
        body.startsWith('U=') ||
        body.startsWith('F=') ||
        body.startsWith('rejected ') ||
        body.includes(' rejected '))
    ) {
      return reject;
    }
  }
  if (body.startsWith('SMTP connection from ')) {
    const lost = body.includes(' lost') || body.includes('closed by DROP') || body.includes('TLS');
    return sessionAt(body, 21, lost ? 'lost-connection' : 'connect');
  }
  if (body.startsWith('unexpected disconnection while reading SMTP command from ')) {
    return sessionAt(body, 57, 'lost-connection');
  }
  if (body.startsWith('SMTP command timeout on connection from ')) return sessionAt(body, 41, 'timeout');
  if (body.startsWith('SMTP data timeout (message abandoned) on connection from '))
    return sessionAt(body, 57, 'timeout');
  if (body.startsWith('SMTP call from '))
    return sessionAt(body, 15, body.includes(' dropped: ') ? 'too-many-errors' : 'other');
  if (body.startsWith('no MAIL in SMTP connection from ')) return sessionAt(body, 32, 'disconnect');
  if (body.startsWith('Connection from ') && body.includes(' refused')) {
    const colon = body.indexOf(': ');
    return connectionRefusal(body, colon === -1 ? body : body.slice(colon + 2));
  }
  if (body.startsWith('H=') || body.startsWith('U=')) {
    if (body.includes(' sender verify ') || body.includes(' recipient verify ')) {
      return { kind: 'info', mta: MTA, qid: null, what: 'verify-result' };
    }
    if (body.includes(' incomplete transaction '))
      return { kind: 'info', mta: MTA, qid: null, what: 'incomplete-transaction' };
    const warnAt = body.indexOf(' Warning: ');
    if (warnAt !== -1)
      return { kind: 'diagnostic', mta: MTA, qid: null, severity: 'warning', text: body.slice(warnAt + 10) };
    return { kind: 'info', mta: MTA, qid: null, what: 'connection-note' };
  }
  if (body.startsWith('TLS error on ')) return { kind: 'info', mta: MTA, qid: null, what: 'tls-error' };
  if (body.startsWith('Warning: ') || body.startsWith('warning: ')) {
    return { kind: 'diagnostic', mta: MTA, qid: null, severity: 'warning', text: body.slice(9) };
  }
  const info = DAEMON_INFO.find((prefix) => body.startsWith(prefix));
  if (info !== undefined) return { kind: 'info', mta: MTA, qid: null, what: info.trim() };
  if (DAEMON_ERRORS.some((prefix) => body.startsWith(prefix)) || body.includes(' authenticator (')) {
    return { kind: 'diagnostic', mta: MTA, qid: null, severity: 'error', text: body };
  }
  // Exim writes whatever an ACL `logwrite` or `log_message` says; such free text is counted as
  // a note (kept with samples in the report) rather than as an error in the log.
  if (body.trim() === '') return null;
  return { kind: 'info', mta: MTA, qid: null, what: 'note' };
}

/** Daemon lines without a message id that carry nothing to count. */
const DAEMON_INFO = [
  'Start queue run',
  'Start ODMR queue run',
  'End ODMR queue run',
  'SMTP connection ',
  'ATRN ',
  'WARNING: ',
  'recipient verify ',
  'sender verify ',
  'using queue ',
  'configured error code',
  'End queue run',
  'exim ',
  'Exim ',
  'daemon started',
  'pid ',
  'cwd=',
  'no host name found for IP address',
  'no IP address found for host',
  'SMTP protocol error in',
  'SMTP syntax error in',
  'SMTP protocol error',
  'ETRN ',
  'SIGHUP',
  'Spool file ',
  'Message ',
  'Warning: ',
  'ACL ',
  'Authentication-Results',
  'SNI ',
  'DNS list lookup',
  'DNS lookup',
  'host name alias list truncated',
  'Connection from ',
  'Connection not accepted',
  'rcpt ',
  'mail ',
  'tls_',
  'verify ',
];

/** Configuration and runtime errors, usually in the paniclog. */
const DAEMON_ERRORS = [
  'failed to ',
  'Failed to ',
  'error in ',
  'Error in ',
  'Exim configuration error',
  'temporarily refused connection',
  'DKIM: signing failed',
  'malformed ',
  'unable to ',
  'Unable to ',
  'cannot ',
  'Cannot ',
];

/** The daemon or host_reject_connection refused a connection before any SMTP. */
function connectionRefusal(body: string, detail: string): MailEvent {
  const open = body.indexOf('[');
  const close = body.indexOf(']', open);
  const client: Peer | null = open === -1 || close === -1 ? null : { name: null, ip: body.slice(open + 1, close) };
  return {
    kind: 'reject',
    mta: MTA,
    qid: null,
    action: body.startsWith('Connection from ') ? 'temporary' : 'reject',
    by: 'daemon',
    milter: false,
    stage: 'CONNECT',
    client,
    from: null,
    to: null,
    helo: null,
    reply: null,
    detail,
  };
}

/** `X authenticator failed for name (helo) [ip]:port: 535 Incorrect authentication data (set_id=u)` */
function parseAuthFailure(body: string): MailEvent {
  const at = body.indexOf(' authenticator failed for ');
  const mechanism = body.slice(0, at);
  const rest = body.slice(at + 26);
  const open = rest.lastIndexOf('[', rest.indexOf(']:') === -1 ? rest.indexOf(']') : rest.indexOf(']:'));
  const close = rest.indexOf(']', open);
  const ip = open === -1 || close === -1 ? null : rest.slice(open + 1, close);
  const firstSpace = rest.indexOf(' ');
  const name =
    rest.charCodeAt(0) === 40 || rest.charCodeAt(0) === 91
      ? null
      : rest.slice(0, firstSpace === -1 ? undefined : firstSpace);
  const replyAt = rest.indexOf(': ', close === -1 ? 0 : close);
  const replyText = replyAt === -1 ? '' : rest.slice(replyAt + 2);
  const setIdAt = replyText.indexOf('(set_id=');
  const user = setIdAt === -1 ? null : replyText.slice(setIdAt + 8, replyText.indexOf(')', setIdAt));
  const parts = parseReplyText(setIdAt === -1 ? replyText : replyText.slice(0, setIdAt));
  return {
    kind: 'auth-failure',
    mta: MTA,
    qid: null,
    client: { name, ip },
    mechanism,
    user,
    reply:
      parts.code === null
        ? null
        : { code: parts.code, enhanced: parts.enhanced, text: parts.text, stage: 'AUTH', speaker: 'local', host: null },
    detail: parts.text,
  };
}

/** `SMTP protocol synchronization error (...): rejected connection from H=[ip] input="..."` */
function parseSyncError(body: string): MailEvent {
  const host = hostField(body.slice(body.indexOf('rejected')));
  const open = body.indexOf('(');
  const close = body.indexOf(')', open);
  return {
    kind: 'reject',
    mta: MTA,
    qid: null,
    action: 'reject',
    by: 'smtp',
    milter: false,
    stage: 'OTHER',
    client: host,
    from: null,
    to: null,
    helo: null,
    reply: null,
    detail: `SMTP protocol synchronization error${open === -1 ? '' : ` (${body.slice(open + 1, close)})`}`,
  };
}

function sessionAt(
  body: string,
  i: number,
  action: 'connect' | 'disconnect' | 'lost-connection' | 'timeout' | 'too-many-errors' | 'other',
): MailEvent {
  const rest = body.slice(i);
  const open = rest.indexOf('[');
  const close = rest.indexOf(']', open);
  const ip = open === -1 || close === -1 ? null : rest.slice(open + 1, close);
  const firstSpace = rest.indexOf(' ');
  const name =
    rest.charCodeAt(0) === 40 || rest.charCodeAt(0) === 91 || firstSpace === -1 ? null : rest.slice(0, firstSpace);
  const afterAt = rest.indexOf(' after ');
  const stage = afterAt === -1 ? null : eximStage(rest.slice(afterAt + 7));
  return { kind: 'session', mta: MTA, qid: null, action, client: { name: name === 'H=' ? null : name, ip }, stage };
}

/** Value of a space-separated `K=value` field (not quoted). */
function field(s: string, key: string): string | null {
  let at = s.startsWith(key) ? 0 : s.indexOf(` ${key}`);
  if (at === -1) return null;
  if (at > 0) at += 1;
  const start = at + key.length;
  const end = s.indexOf(' ', start);
  return s.slice(start, end === -1 ? undefined : end);
}

/** A `K=digits` count (`S=` is a size in bytes); a sign or an exponent (`S=-1e308`) is not one. */
function fieldNumber(s: string, key: string): number | null {
  const v = field(s, key);
  if (v === null || v.length === 0 || v.length > 15) return null;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(v);
}

/** `QT=1h2m3s` / `DT=0.5s` → seconds. */
function durationField(s: string, key: string): number | null {
  const v = field(s, key);
  if (v === null) return null;
  let total = 0;
  let num = '';
  for (const ch of v) {
    if ((ch >= '0' && ch <= '9') || ch === '.') {
      num += ch;
      continue;
    }
    const n = Number(num);
    if (!Number.isFinite(n)) return null;
    if (ch === 'w') total += n * 604800;
    else if (ch === 'd') total += n * 86400;
    else if (ch === 'h') total += n * 3600;
    else if (ch === 'm') total += n * 60;
    else if (ch === 's') total += n;
    else return null;
    num = '';
  }
  return num === '' ? total : null;
}

/**
 * `C="250 2.0.0 OK"`: a quoted field value with `\"` escapes, to the closing quote (or the end of
 * the line). Copied in runs between escapes; each position is searched once, so linear.
 */
export function quotedField(s: string, key: string): string | null {
  const at = s.indexOf(` ${key}"`);
  if (at === -1) return null;
  let i = at + key.length + 2;
  let quote = s.indexOf('"', i);
  let backslash = s.indexOf('\\', i);
  let out = '';
  while (backslash !== -1 && backslash + 1 < s.length && (quote === -1 || backslash < quote)) {
    out += s.slice(i, backslash) + s[backslash + 1];
    i = backslash + 2;
    if (quote !== -1 && quote < i) quote = s.indexOf('"', i);
    backslash = s.indexOf('\\', i);
  }
  return out + s.slice(i, quote === -1 ? s.length : quote);
}

/** `H=name [ip]`, `H=(helo) [ip]`, `H=name (helo) [ip]:port`, `H=[ip]` → Peer. */
function hostField(s: string): Peer | null {
  let at = s.startsWith('H=') ? 0 : s.indexOf(' H=');
  if (at === -1) return null;
  if (at > 0) at += 1;
  const start = at + 2;
  const open = s.indexOf('[', start);
  if (open === -1) {
    const end = s.indexOf(' ', start);
    return { name: s.slice(start, end === -1 ? undefined : end), ip: null };
  }
  const close = s.indexOf(']', open);
  const before = s.slice(start, open).trim();
  let name: string | null = before;
  if (before.startsWith('(')) name = null;
  else if (before.includes(' (')) name = before.slice(0, before.indexOf(' ('));
  return { name: name === '' ? null : name, ip: close === -1 ? null : s.slice(open + 1, close) };
}

/** The HELO name in `H=name (helo) [ip]` or `H=(helo) [ip]`. */
function heloField(s: string): string | null {
  const at = s.indexOf('H=');
  if (at === -1) return null;
  const open = s.indexOf('(', at);
  const bracket = s.indexOf('[', at);
  if (open === -1 || (bracket !== -1 && open > bracket)) return null;
  const close = s.indexOf(')', open);
  return close === -1 ? null : s.slice(open + 1, close);
}
