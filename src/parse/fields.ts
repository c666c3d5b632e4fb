/**
 * Small scanners for the pieces Postfix and Exim lines share: `name[ip]` peers, `<address>`
 * fields, `key=value` lists, and the stage words of both MTAs.
 */
import type { Peer, Reply, SmtpStage, Speaker } from '../types.js';
import { parseReplyText } from './reply.js';

/** `name[ip]`, `name[ip]:port`, `[ip]:port`, `unknown[unknown]` → Peer. */
export function parsePeer(s: string): Peer {
  const open = s.indexOf('[');
  if (open === -1) return { name: s === '' ? null : s, ip: null };
  const close = s.indexOf(']', open);
  const name = open === 0 ? null : s.slice(0, open);
  const ip = close === -1 ? s.slice(open + 1) : s.slice(open + 1, close);
  return { name, ip: ip === '' || ip === 'unknown' ? null : ip };
}

/** The text between `<` at `i` and the matching `>`; addresses never contain `>`. */
export function angleAt(s: string, i: number): { value: string; end: number } | null {
  if (s.charCodeAt(i) !== 60) return null;
  const close = s.indexOf('>', i + 1);
  if (close === -1) return null;
  return { value: s.slice(i + 1, close), end: close + 1 };
}

/**
 * Value of `key=` in a Postfix list (`key=value, ` or `key=<value> `). Accepts the bracketed and
 * bare forms (`to=<a@b>` and older `to=a@b`). Returns null when absent.
 */
export function fieldValue(s: string, key: string, from = 0): string | null {
  const at = s.indexOf(key, from);
  if (at === -1) return null;
  const v = at + key.length;
  if (s.charCodeAt(v) === 60) {
    const close = s.indexOf('>', v + 1);
    return close === -1 ? s.slice(v + 1) : s.slice(v + 1, close);
  }
  let end = v;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (c === 44 || c === 32 || c === 59) break;
    end++;
  }
  return s.slice(v, end);
}

const STAGE_WORDS: Record<string, SmtpStage> = {
  CONNECT: 'CONNECT',
  HELO: 'HELO',
  EHLO: 'HELO',
  STARTTLS: 'STARTTLS',
  AUTH: 'AUTH',
  MAIL: 'MAIL',
  'MAIL FROM': 'MAIL',
  RCPT: 'RCPT',
  'RCPT TO': 'RCPT',
  DATA: 'DATA',
  BDAT: 'DATA',
  'END-OF-MESSAGE': 'END-OF-MESSAGE',
  'end of DATA': 'END-OF-MESSAGE',
  'end of data': 'END-OF-MESSAGE',
  'end of BDAT': 'END-OF-MESSAGE',
  QUIT: 'QUIT',
  'final RSET': 'RSET',
  RSET: 'RSET',
  header: 'DATA',
  body: 'DATA',
};

/** Postfix/Exim stage word → SmtpStage (`RCPT TO`, `end of DATA`, `EHLO`...). */
export function stageOf(word: string): SmtpStage {
  return STAGE_WORDS[word] ?? (word.startsWith('XFORWARD') ? 'OTHER' : 'OTHER');
}

/**
 * A reply from Postfix's explanation text: `host H[ip] said: 550 ... (in reply to RCPT TO command)`,
 * `host H[ip] refused to talk to me: 554 ...`, `SASL authentication failed; server H[ip] said: 535 ...`,
 * or a bare reply (`250 2.0.0 Ok: queued as X`, as in status=sent lines).
 */
export function replyFromExplanation(text: string, speaker: Speaker, relayHost: string | null): Reply | null {
  let host = relayHost;
  let stage: SmtpStage | null = null;
  let replyText: string | null = null;
  const said = text.indexOf(' said: ');
  if (said !== -1) {
    host = hostBefore(text, said) ?? host;
    replyText = text.slice(said + 7);
  } else {
    const refused = text.indexOf(' refused to talk to me: ');
    if (refused !== -1) {
      host = hostBefore(text, refused) ?? host;
      replyText = text.slice(refused + 24);
      stage = 'CONNECT';
    } else if (isReplyStart(text)) {
      replyText = text;
    }
  }
  if (replyText === null) return null;
  if (replyText.endsWith(' command)')) {
    const inReply = replyText.lastIndexOf(' (in reply to ');
    if (inReply !== -1) {
      stage = stageOf(replyText.slice(inReply + 14, replyText.length - 9));
      replyText = replyText.slice(0, inReply);
    }
  }
  const parts = parseReplyText(replyText);
  if (parts.code === null && parts.enhanced === null) return null;
  return { code: parts.code, enhanced: parts.enhanced, text: parts.text, stage, speaker, host };
}

/** `... host mx.example.net[192.0.2.1]` immediately before `end` → `mx.example.net`. */
function hostBefore(text: string, end: number): string | null {
  const start = text.lastIndexOf(' ', end - 1);
  const token = text.slice(start + 1, end);
  const open = token.indexOf('[');
  return open > 0 ? token.slice(0, open) : token === '' ? null : token;
}

/** The text starts with a 2xx-5xx code followed by a space, hyphen or end. */
export function isReplyStart(text: string): boolean {
  const a = text.charCodeAt(0);
  if (a < 50 || a > 53) return false;
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  if (b < 48 || b > 57 || c < 48 || c > 57) return false;
  const d = text.charCodeAt(3);
  return Number.isNaN(d) || d === 32 || d === 45;
}
