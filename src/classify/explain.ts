/**
 * What `mailtriage explain X` and `compare A B` look up: a basic code (`550`), an enhanced code
 * (`5.7.26`, `X.7.26`), both (`550 5.7.26`), or a pasted reply or whole log line, which is
 * parsed and classified like a line of a log. Pure.
 */
import {
  basicEntry,
  enhancedEntry,
  entryById as lookupEntry,
  lookupReply,
  type MatchLayer,
} from '../catalog/lookup.js';
import type { Reason } from '../catalog/reasons.js';
import type { BasicCodeEntry, EnhancedCodeEntry, EntryBase, Provider } from '../catalog/types.js';
import { DEFAULT_POSTFIX_NAME, LineParser } from '../parse/line.js';
import { enhancedCodeLengthAt, parseReplyText } from '../parse/reply.js';
import { ZoneClock } from '../parse/time.js';
import type { Reply } from '../types.js';
import { classifyEvent } from './classify.js';

export interface Explanation {
  query: string;
  basic: BasicCodeEntry | null;
  enhanced: EnhancedCodeEntry | null;
  /** For pasted text: the entry that matched and how. */
  match: { entry: EntryBase | null; layer: MatchLayer | 'verdict'; reason: Reason; provider: Provider | null } | null;
  reply: Reply | null;
}

export type ExplainResult = { ok: true; value: Explanation } | { ok: false; message: string };

const CODE_ONLY = /^[1-5]\d\d$/;

/** `X.7.26`, `x.7.26` or `5.7.26` → `5.7.26` form with the class kept when given. */
function normaliseEnhanced(s: string): string | null {
  const t = s.replace(/^[xX]\./, '5.');
  return enhancedCodeLengthAt(t, 0) === t.length ? t : null;
}

export function explain(query: string): ExplainResult {
  const q = query.trim();
  if (q === '') return { ok: false, message: 'nothing to explain' };
  if (CODE_ONLY.test(q)) {
    const basic = basicEntry(Number(q)) ?? null;
    if (basic === null) return { ok: false, message: `${q} is not a code the catalog knows` };
    return { ok: true, value: { query: q, basic, enhanced: null, match: null, reply: null } };
  }
  const enhancedOnly = normaliseEnhanced(q);
  if (enhancedOnly !== null) {
    const enhanced = enhancedEntry(enhancedOnly) ?? null;
    if (enhanced === null) return { ok: false, message: `${q} is not an enhanced status code the catalog knows` };
    return { ok: true, value: { query: q, basic: null, enhanced, match: null, reply: null } };
  }
  const pair = /^([2-5]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})$/.exec(q);
  if (pair?.[1] !== undefined && pair[2] !== undefined) {
    const basic = basicEntry(Number(pair[1])) ?? null;
    const enhanced = enhancedEntry(pair[2]) ?? null;
    if (basic === null && enhanced === null)
      return { ok: false, message: `the catalog knows neither ${pair[1]} nor ${pair[2]}` };
    return { ok: true, value: { query: q, basic, enhanced, match: null, reply: null } };
  }
  return { ok: true, value: explainText(q) };
}

/** A pasted log line (any format mailtriage reads) or a bare reply. */
function explainText(q: string): Explanation {
  const parser = new LineParser({
    clock: new ZoneClock('UTC'),
    referenceMs: Date.UTC(2100, 0, 1),
    year: null,
    postfixName: DEFAULT_POSTFIX_NAME,
    eximLog: 'main',
  });
  const parsed = parser.parse(q);
  if (parsed.ok === true) {
    const event = parsed.event;
    const reply = 'reply' in event ? event.reply : null;
    const c = classifyEvent(event);
    const entry = c.hintId === null ? null : (lookupEntry(c.hintId) ?? null);
    return {
      query: q,
      basic: reply?.code != null ? (basicEntry(reply.code) ?? null) : null,
      enhanced: reply?.enhanced != null ? (enhancedEntry(reply.enhanced) ?? null) : null,
      match: { entry, layer: c.layer, reason: c.reason, provider: c.provider },
      reply,
    };
  }
  // Strip what Postfix wraps around a remote reply, if pasted with it.
  let text = q;
  const said = text.indexOf(' said: ');
  if (said !== -1) text = text.slice(said + 7);
  text = text.replace(/ \(in reply to [^)]*command\)\)?$/, '');
  const parts = parseReplyText(text);
  const reply: Reply = {
    code: parts.code,
    enhanced: parts.enhanced,
    text: parts.text,
    stage: null,
    speaker: 'remote',
    host: null,
  };
  const match = lookupReply({ ...parts, speaker: null, stage: null, remoteHost: null });
  return {
    query: q,
    basic: parts.code !== null ? (basicEntry(parts.code) ?? null) : null,
    enhanced: parts.enhanced !== null ? (enhancedEntry(parts.enhanced) ?? null) : null,
    match: { entry: match.entry, layer: match.layer, reason: match.reason, provider: match.provider },
    reply,
  };
}
