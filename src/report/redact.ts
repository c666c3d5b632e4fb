/**
 * Privacy: `--redact none|local|full|hash` for e-mail addresses and `--redact-ip` for IP
 * addresses, applied to a finished report before any renderer sees it. Pure (HMAC from
 * node:crypto is a pure function of its inputs).
 *
 * Addresses: `local` keeps the domain and hides the local part (`•••@example.org`); `full` hides
 * both (`•••@•••`); `hash` replaces the local part with `h-` and the first 10 hex digits of
 * HMAC-SHA256(salt, lower-cased address), so one address gets the same token in every run that
 * uses the same salt and trends still line up. Domains stay: they are not personal data, and the
 * per-domain statistics depend on them. A "local-only" address (`root`, `MAILER-DAEMON`) in an
 * address column is a local part and is treated as one; the null sender `<>` stays.
 *
 * IPs (`--redact-ip`): `ip-` and 10 hex digits of HMAC-SHA256(salt, canonical address) when a
 * salt is given, else a mask that keeps the network: IPv4 `192.0.2.x`, IPv6 the first three
 * groups and `:x` (`2001:db8:85a3:x`).
 *
 * Free text (remote replies, samples of raw lines, log messages) is searched with a linear
 * scanner, no backtracking regular expression: every `@` is extended left over local-part
 * characters (stopping at the previous `@`) and right over domain characters, so each character
 * is looked at a bounded number of times even in a megabyte of `@@@@`. Message-ids
 * (`<20130610.ABC@mx.example.org>`) are addresses syntactically and are redacted as such.
 * IPv4 is a dotted quad of 0..255 that is not part of a longer dotted number run: `5.7.26`
 * (enhanced status code, three parts) and `1.2.3.4.5` stay, but `4.16.55.1` is redacted even
 * when it was meant as something else: a false positive loses a version number, a false
 * negative leaks a client. IPv6 is a run of hex digits and colons (with an optional trailing
 * dotted quad) that parses per RFC 4291 §2.2; times (`06:27:30`) and MAC addresses do not.
 *
 * Not covered: IPs spelled inside host names (`192-0-2-1.dyn.example.net`), user names without
 * an `@` in free text (SASL logins, `U=john`), subject lines or other content an MTA was told to
 * log. Already redacted forms (`•••`, `h-…`) are left alone, so redaction is idempotent; a real
 * mailbox literally named like a token (`h-0123456789@…`) is therefore not pseudonymised.
 */
import { createHmac } from 'node:crypto';
import type { Report } from '../aggregate/model.js';

export const ADDRESS_REDACTIONS = ['none', 'local', 'full', 'hash'] as const;
export type AddressRedaction = (typeof ADDRESS_REDACTIONS)[number];

export interface RedactPolicy {
  addresses: AddressRedaction;
  ips: boolean;
  /** HMAC key for `hash` and for IP pseudonyms; null: no pseudonyms (IPs are masked). */
  salt: string | null;
}

export const NO_REDACTION: RedactPolicy = { addresses: 'none', ips: false, salt: null };

/** Shorter salts are guessable, and then every pseudonym can be reversed by trying addresses. */
export const MIN_SALT_LENGTH = 16;

export const MASK = '•••';

export type PolicyResult = { ok: true; value: RedactPolicy } | { ok: false; message: string };

/**
 * The policy for `--redact MODE`, `--redact-ip` and a salt (MAILTRIAGE_SALT or the contents of
 * --salt-file; trailing whitespace and newlines are trimmed, so both give the same tokens).
 */
export function redactPolicy(options: { redact: string; redactIp: boolean; salt: string | null }): PolicyResult {
  const mode = ADDRESS_REDACTIONS.find((m) => m === options.redact);
  if (mode === undefined) {
    return { ok: false, message: `bad --redact '${options.redact}'; expected one of ${ADDRESS_REDACTIONS.join(', ')}` };
  }
  const salt = options.salt === null ? null : options.salt.replace(/\s+$/, '');
  if (salt !== null && salt.length < MIN_SALT_LENGTH) {
    return {
      ok: false,
      message: `the redaction salt is shorter than ${MIN_SALT_LENGTH} characters; make one with: openssl rand -hex 32`,
    };
  }
  if (mode === 'hash' && salt === null) {
    return { ok: false, message: '--redact hash needs a salt: set MAILTRIAGE_SALT or pass --salt-file FILE' };
  }
  return { ok: true, value: { addresses: mode, ips: options.redactIp, salt } };
}

function pseudonym(prefix: 'h' | 'ip', salt: string, value: string): string {
  return `${prefix}-${createHmac('sha256', salt).update(value, 'utf8').digest('hex').slice(0, 10)}`;
}

const TOKEN = /^(?:h|ip)-[0-9a-f]{10}$/;

// ---------------------------------------------------------------------------------------------
// IP addresses

/** Four decimal octets 0..255 (at most three digits each), or null. */
export function parseIpv4(text: string): [number, number, number, number] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return null;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c < 48 || c > 57) return null;
    }
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return [octets[0] ?? 0, octets[1] ?? 0, octets[2] ?? 0, octets[3] ?? 0];
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** RFC 4291 §2.2 text forms (with `::` and a trailing dotted quad) → eight 16-bit groups, or null. */
export function parseIpv6(text: string): number[] | null {
  if (text.length < 2 || text.length > 45 || text === '::') return null;
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return null;
  let groupsText = text;
  const embedded: number[] = [];
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIpv4(tail);
    if (v4 === null) return null;
    embedded.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    groupsText = text.slice(0, lastColon + 1);
    if (!groupsText.endsWith('::')) groupsText = groupsText.slice(0, -1);
  }
  const halves = groupsText.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    for (const group of half.split(':')) {
      if (!HEX_GROUP.test(group)) return null;
      out.push(Number.parseInt(group, 16));
    }
    return out;
  };
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (left === null || right === null) return null;
  const given = left.length + right.length + embedded.length;
  if (halves.length === 2 ? given > 7 : given !== 8) return null;
  return [...left, ...Array<number>(8 - given).fill(0), ...right, ...embedded];
}

/** RFC 5952 §4: lower case, no leading zeros, the longest run of two or more zero groups as `::`. */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** An IPv4 or IPv6 literal (an IPv6 zone `%eth0` is dropped) redacted per policy; anything else unchanged. */
export function redactIp(ip: string, policy: RedactPolicy): string {
  if (!policy.ips) return ip;
  const v4 = parseIpv4(ip);
  if (v4 !== null) {
    if (policy.salt !== null) return pseudonym('ip', policy.salt, v4.join('.'));
    return `${v4[0]}.${v4[1]}.${v4[2]}.x`;
  }
  const zone = ip.indexOf('%');
  const v6 = parseIpv6(zone < 0 ? ip : ip.slice(0, zone));
  if (v6 !== null) {
    if (policy.salt !== null) return pseudonym('ip', policy.salt, formatIpv6(v6));
    return `${v6
      .slice(0, 3)
      .map((g) => g.toString(16))
      .join(':')}:x`;
  }
  return ip;
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

function redactLocal(local: string, fullAddress: string, policy: RedactPolicy): string {
  if (local === MASK || TOKEN.test(local)) return local;
  switch (policy.addresses) {
    case 'none':
      return local;
    case 'local':
    case 'full':
      return MASK;
    case 'hash':
      // A hash policy without a salt is refused by redactPolicy(); never leak if one slips by.
      return policy.salt === null ? MASK : pseudonym('h', policy.salt, fullAddress.toLowerCase());
  }
}

/**
 * One address (as in the senders and recipients tables, optionally in `<>`) redacted per
 * policy. Without `@` the whole value is a local part (`root`); `<>` and the empty string stay.
 */
export function redactAddress(address: string, policy: RedactPolicy): string {
  const bracketed = address.length >= 2 && address.startsWith('<') && address.endsWith('>');
  const inner = bracketed ? address.slice(1, -1) : address;
  if (inner === '') return address;
  const at = inner.lastIndexOf('@');
  const local = at < 0 ? inner : inner.slice(0, at);
  const domain = at < 0 ? null : inner.slice(at + 1);
  let redacted = redactLocal(local, inner, policy);
  if (domain !== null) {
    let shownDomain = domain;
    if (policy.addresses === 'full' && domain !== '') shownDomain = MASK;
    // Address literals (`[192.0.2.1]`, `[IPv6:2001:db8::1]`) and IPs spelled in host names.
    else if (policy.ips) shownDomain = redactIpsIn(domain, policy);
    redacted = `${redacted}@${shownDomain}`;
  }
  return bracketed ? `<${redacted}>` : redacted;
}

// ---------------------------------------------------------------------------------------------
// Free text

/** RFC 5322 atext plus `.`; `@`, quotes, brackets, spaces and `:` end a local part. */
const ASCII_LOCAL = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-") {
  ASCII_LOCAL[c.charCodeAt(0)] = 1;
}
const ASCII_DOMAIN = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_') {
  ASCII_DOMAIN[c.charCodeAt(0)] = 1;
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Non-ASCII letters, digits and marks (SMTPUTF8 addresses, IDN domains) and the mask itself. */
function isWideWordChar(code: number): boolean {
  if (code < 128 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return code === 0x2022 || WORD_CHAR.test(String.fromCharCode(code));
}

function isLocalChar(code: number): boolean {
  return code < 128 ? ASCII_LOCAL[code] === 1 : isWideWordChar(code);
}

function isDomainChar(code: number): boolean {
  return code < 128 ? ASCII_DOMAIN[code] === 1 : isWideWordChar(code);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Log field names written before an unbracketed address (Postfix `sasl_username=user@example.org`):
 * the name is kept, only the address is redacted. `=` is otherwise part of a local part (VERP
 * `list-bounces+john=example.org@lists.example`, SRS) and redacted with it.
 */
const FIELD_PREFIX =
  /^(?:sasl_username|sasl_sender|sasl_login|sasl_user|orig_to|to|from|sender|recipient|user|login)=/i;

/** Characters that open a quotation or a path more often than they start a local part. */
const LEADING_PUNCTUATION = new Set([
  "'",
  '`',
  '{',
  '|',
  '/',
  '.',
  '=',
  '?',
  '!',
  '#',
  '&',
  '*',
  '+',
  '%',
  '~',
  '^',
  '$',
]);

interface Match {
  start: number;
  end: number;
  replacement: string;
}

const MAX_LITERAL = 64;
const MAX_LOCAL = 64;

/**
 * Address candidates, one per `@`. In a chain (`a@b@c`) one candidate's domain is the next one's
 * local part; the chain is taken as one address whose local part ends at the last `@`, so no
 * piece of it survives unredacted.
 */
function findAddresses(text: string, policy: RedactPolicy, out: Match[]): void {
  const spans: { start: number; end: number }[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    const next = text.indexOf('@', at + 1);
    let start = at;
    if (text.charCodeAt(at - 1) === 34 /* " */) {
      // Quoted local part: back to the opening quote, never past the previous `@` (so a quoted
      // `@`, legal but unseen in practice, splits it), at most 64 characters (RFC 5321 §4.5.3.1.1).
      let q = at - 2;
      while (q >= 0 && at - q <= MAX_LOCAL && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 64) q--;
      start = q >= 0 && text.charCodeAt(q) === 34 && at - q > 2 ? q : at;
    } else {
      while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
      while (start < at && LEADING_PUNCTUATION.has(text[start] ?? '')) start++;
      const prefix = FIELD_PREFIX.exec(text.slice(start, at));
      if (prefix !== null) start += prefix[0].length;
    }
    let end = at + 1;
    if (text.charCodeAt(end) === 91 /* [ */) {
      // Bounded, so that a megabyte of `@[` stays linear.
      let close = end + 1;
      while (close < text.length && close - end <= MAX_LITERAL && isLiteralChar(text.charCodeAt(close))) close++;
      end = text.charCodeAt(close) === 93 /* ] */ && close > end + 1 ? close + 1 : at + 1;
    } else {
      const limit = next < 0 ? text.length : next;
      while (end < limit && isDomainChar(text.charCodeAt(end))) end++;
      while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    }
    const hasDomain = end > at + 1 && /[\p{L}\p{N}•]/u.test(text.slice(at + 1, end));
    if (start < at && hasDomain) spans.push({ start, end });
    at = next;
  }
  let k = 0;
  while (k < spans.length) {
    const first = spans[k] as { start: number; end: number };
    let end = first.end;
    for (k++; k < spans.length && (spans[k]?.start ?? 0) < end; k++) end = Math.max(end, spans[k]?.end ?? 0);
    out.push({ start: first.start, end, replacement: redactAddress(text.slice(first.start, end), policy) });
  }
}

function isLiteralChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 58 /* : */ || code === 46 /* . */;
}

function isRunChar(code: number): boolean {
  return (
    (code >= 48 && code <= 58) /* 0-9 : */ ||
    code === 46 /* . */ ||
    (code >= 65 && code <= 70) /* A-F */ ||
    (code >= 97 && code <= 102) /* a-f */
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Dotted quads of `piece` (at `offset` in the text): maximal dotted numbers (digits joined by
 * single dots) that have exactly four parts; `1.2.3.4.5` is one five-part number, not an IP.
 */
function findIpv4(piece: string, offset: number, policy: RedactPolicy, out: Match[]): void {
  let i = 0;
  while (i < piece.length) {
    if (!isDigit(piece.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < piece.length) {
      const c = piece.charCodeAt(j);
      if (isDigit(c) || (c === 46 && isDigit(piece.charCodeAt(j + 1)))) j++;
      else break;
    }
    const candidate = piece.slice(i, j);
    if (parseIpv4(candidate) !== null) {
      out.push({ start: offset + i, end: offset + j, replacement: redactIp(candidate, policy) });
    }
    i = j;
  }
}

const MAX_IPV6_RUN = 64;

/** The IPv6 literal in a run of hex digits, colons and dots, if the run is one. */
function ipv6InRun(run: string, before: number, after: number): { start: number; end: number } | null {
  const firstPiece = run.indexOf(':') + 1;
  // `IPv6:2001:db8::1`, `host:2001:db8::1`, `a2001:db8::1`: the first piece may belong to the
  // word before the address; likewise the last piece to the word after it.
  const starts = isAsciiAlnum(before) || isWideWordChar(before) ? [firstPiece] : [0, firstPiece];
  const ends = [run.length];
  // Sentence punctuation (`2001:db8::1.`, `2001:db8::1:`), a port written after a dot
  // (`2001:db8::1.25`), a word glued to the end.
  let trimmed = run.length;
  while (trimmed > 0 && (run[trimmed - 1] === '.' || run[trimmed - 1] === ':')) trimmed--;
  ends.push(trimmed, run.lastIndexOf('.'));
  if (isAsciiAlnum(after) || isWideWordChar(after)) ends.push(run.lastIndexOf(':'));
  for (const s of starts) {
    for (const e of ends) {
      if (e - s >= 2 && parseIpv6(run.slice(s, e)) !== null) return { start: s, end: e };
    }
  }
  return null;
}

/**
 * The IPs in `text[start, end)`, a run of hex digits, colons and dots: the run as one IPv6
 * literal, else its dotted quads and then IPv6 literals between them (`192.0.2.1a2001:db8::1`),
 * so that a second pass over the redacted text finds nothing new. Each step works on a strictly
 * smaller range, and the IPv6 parser only on ranges of at most MAX_IPV6_RUN characters.
 */
function findIpsInRun(text: string, start: number, end: number, policy: RedactPolicy, out: Match[]): void {
  if (end <= start) return;
  const run = text.slice(start, end);
  let colons = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 58) colons++;
  const v6 =
    colons >= 2 && run.length <= MAX_IPV6_RUN ? ipv6InRun(run, text.charCodeAt(start - 1), text.charCodeAt(end)) : null;
  if (v6 !== null) {
    out.push({
      start: start + v6.start,
      end: start + v6.end,
      replacement: redactIp(run.slice(v6.start, v6.end), policy),
    });
    findIpsInRun(text, start, start + v6.start, policy, out);
    findIpsInRun(text, start + v6.end, end, policy, out);
    return;
  }
  const quads: Match[] = [];
  findIpv4(run, start, policy, quads);
  if (quads.length === 0) return;
  for (const quad of quads) out.push(quad);
  if (colons < 2) return;
  let from = start;
  for (const quad of quads) {
    findIpsInRun(text, from, quad.start, policy, out);
    from = quad.end;
  }
  findIpsInRun(text, from, end, policy, out);
}

function findIps(text: string, policy: RedactPolicy, out: Match[]): void {
  let i = 0;
  while (i < text.length) {
    if (!isRunChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isRunChar(text.charCodeAt(j))) j++;
    findIpsInRun(text, i, j, policy, out);
    i = j;
  }
}

/** The IP literals inside a host name or text (`192.0.2.1.dyn.example.net`), nothing else. */
function redactIpsIn(text: string, policy: RedactPolicy): string {
  return redactOnce(text, { ...policy, addresses: 'none' });
}

/**
 * Passes until nothing changes. The scanner decides by context (what is next to a candidate), and
 * a replacement changes the context: in `2001:db8::1192.0.2.1@example.org` the local part takes
 * `1192.0.2.1`, after which `2001:db8::` reads as an IP. A second pass almost always finds
 * nothing; the cap only bounds pathological input.
 */
const MAX_PASSES = 4;

/** Every e-mail address and IP literal inside `text` redacted per policy; the rest unchanged. */
export function redactText(text: string, policy: RedactPolicy): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = redactOnce(current, policy);
    if (next === current) break;
    current = next;
  }
  return current;
}

function redactOnce(text: string, policy: RedactPolicy): string {
  if (policy.addresses === 'none' && !policy.ips) return text;
  const addresses: Match[] = [];
  if (policy.addresses !== 'none') findAddresses(text, policy, addresses);
  const ips: Match[] = [];
  if (policy.ips) findIps(text, policy, ips);
  if (addresses.length === 0 && ips.length === 0) return text;
  // Addresses win over the IPs inside them (`user@[192.0.2.1]`). An IP that runs into the local
  // part of an address (`2001:db8::1@example.org`) becomes part of that local part, one that runs
  // on from its domain (`user@2001:db8::1`) becomes the domain, so no half of it survives.
  ips.sort((x, y) => x.start - y.start);
  const matches: Match[] = [];
  let done = 0;
  let i = 0;
  for (const address of addresses) {
    for (; i < ips.length && (ips[i]?.end ?? 0) <= address.start; i++) {
      const ip = ips[i] as Match;
      if (ip.start >= done) {
        matches.push(ip);
        done = ip.end;
      }
    }
    let start = address.start;
    let end = address.end;
    for (; i < ips.length && (ips[i]?.start ?? 0) < end; i++) {
      const ip = ips[i] as Match;
      if (ip.start < start && ip.start >= done) start = ip.start;
      if (ip.end > end) end = ip.end;
    }
    matches.push(
      start === address.start && end === address.end
        ? address
        : { start, end, replacement: redactAddress(text.slice(start, end), policy) },
    );
    done = end;
  }
  for (; i < ips.length; i++) {
    const ip = ips[i] as Match;
    if (ip.start >= done) {
      matches.push(ip);
      done = ip.end;
    }
  }
  let out = '';
  let from = 0;
  for (const match of matches) {
    out += text.slice(from, match.start) + match.replacement;
    from = match.end;
  }
  return out + text.slice(from);
}

// ---------------------------------------------------------------------------------------------
// The report

/**
 * Fields that are not log text: file names (inputs, `source`), instants, and catalog words
 * (reasons, titles, hints). Everything else is redacted, so a field added to the model later is
 * redacted by default rather than leaked by default.
 */
const KEEP = new Set([
  'schemaVersion',
  'generator',
  'generatedAt',
  'period',
  'mtas',
  'inputs',
  'source',
  'hour',
  'reason',
  'topReason',
  'title',
  'hint',
  'hintId',
  'direction',
  'hardness',
  'whoMustAct',
  'class',
  'severity',
  'enhanced',
]);

function redactValue(value: unknown, key: string | null, policy: RedactPolicy): unknown {
  if (typeof value === 'string') return key === 'address' ? redactAddress(value, policy) : redactText(value, policy);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key, policy));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = KEEP.has(k) ? structuredClone(v) : redactValue(v, k, policy);
    return out;
  }
  return value;
}

/**
 * A new report with every address and IP in every log-derived field redacted: senders and
 * recipients, problem and code examples, top domains/relays/codes, clients, relays, domains
 * (only IP literals change), samples, log messages. Input names are file names and stay.
 */
export function redactReport(report: Report, policy: RedactPolicy): Report {
  return redactValue(report, null, policy) as Report;
}
