/**
 * SMTP reply text → basic code, enhanced code and human text.
 *
 * RFC 5321 §4.2: a reply line is three digits, then `-` (more lines follow) or a space (last
 * line), then text. Postfix logs a multi-line reply as one line with the continuations joined by
 * spaces (`550-5.7.1 a 550-5.7.1 b 550 5.7.1 c`); Exim joins them with a literal `\n`
 * (`550-a\n550 b`). Both become `{code: 550, enhanced: '5.7.1', text: 'a b c'}`.
 *
 * Enhanced codes (RFC 3463) are `class.subject.detail` with 1-3 digit parts; four-part internal
 * ids such as Yahoo's `4.16.55.1` are not enhanced codes and are left in the text.
 * Everything here is a character scan: no regex can backtrack on hostile input.
 */
import type { ReplyClass } from '../types.js';

export interface ReplyParts {
  code: number | null;
  enhanced: string | null;
  text: string;
}

const CH_0 = 48;
const CH_9 = 57;

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

/** A basic reply code (2xx-5xx) at `i`, followed by space, hyphen or the end. */
export function basicCodeAt(s: string, i: number): number | null {
  if (i + 3 > s.length) return null;
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  if (a < 50 || a > 53 || !isDigit(b) || !isDigit(c)) return null;
  if (i + 3 < s.length) {
    const next = s.charCodeAt(i + 3);
    if (next !== 32 && next !== 45) return null;
  }
  if (i > 0 && isDigit(s.charCodeAt(i - 1))) return null;
  return (a - CH_0) * 100 + (b - CH_0) * 10 + (c - CH_0);
}

/**
 * An enhanced status code at `i` (`5.7.26`), returning its length, or 0. The code must end at a
 * space, `;`, `,`, `)` or the end of the text, so `4.16.55.1` and `1.2.3.4` do not match.
 */
export function enhancedCodeLengthAt(s: string, i: number): number {
  const cls = s.charCodeAt(i);
  if (cls !== 50 && cls !== 52 && cls !== 53) return 0;
  if (i > 0) {
    const before = s.charCodeAt(i - 1);
    if (isDigit(before) || before === 46) return 0;
  }
  if (s.charCodeAt(i + 1) !== 46) return 0;
  let j = i + 2;
  const subjectStart = j;
  while (j < s.length && isDigit(s.charCodeAt(j)) && j - subjectStart < 4) j++;
  const subjectLength = j - subjectStart;
  if (subjectLength < 1 || subjectLength > 3 || s.charCodeAt(j) !== 46) return 0;
  j++;
  const detailStart = j;
  while (j < s.length && isDigit(s.charCodeAt(j)) && j - detailStart < 4) j++;
  const detailLength = j - detailStart;
  if (detailLength < 1 || detailLength > 3) return 0;
  if (j < s.length) {
    const after = s.charCodeAt(j);
    if (after !== 32 && after !== 59 && after !== 44 && after !== 41 && after !== 92 && after !== 58) return 0;
  }
  return j - i;
}

/** Collapse runs of whitespace into single spaces and trim. */
export function collapseSpaces(s: string): string {
  // Fast path: most replies have single spaces and no tabs or line breaks.
  if (s.indexOf('  ') === -1 && s.indexOf('\t') === -1 && s.indexOf('\n') === -1 && s.indexOf('\r') === -1) {
    return s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 ? s.trim() : s;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Parse a reply as logged. Returns null fields when the text does not start with a code; the
 * enhanced code may then still be found at the start (`5.7.1 Command rejected`, `#5.1.1`).
 */
export function parseReplyText(raw: string): ReplyParts {
  let s = raw.trim();
  // Exim writes the line breaks of a multi-line reply as a literal backslash-n.
  if (s.includes('\\n')) s = s.split('\\n').join(' ');
  let i = 0;
  const code = basicCodeAt(s, 0);
  if (code !== null) i = s.length > 3 ? 4 : 3;
  let enhanced: string | null = null;
  if (s.charCodeAt(i) === 35 /* # */) {
    const n = enhancedCodeLengthAt(s, i + 1);
    if (n > 0) {
      enhanced = s.slice(i + 1, i + 1 + n);
      i += 1 + n;
    }
  } else {
    const n = enhancedCodeLengthAt(s, i);
    if (n > 0) {
      enhanced = s.slice(i, i + n);
      i += n;
    }
  }
  let text = s.slice(i);
  if (code !== null) text = stripContinuations(text, code, enhanced, s.charCodeAt(3) === 45);
  return { code, enhanced, text: collapseSpaces(text) };
}

/**
 * Remove the repeated `NNN-x.y.z ` / `NNN x.y.z ` prefixes of continuation lines. The final line's
 * prefix (`NNN ` with a space) is only removed once a continuation (`NNN-`) was seen, so a
 * one-line reply mentioning its own number in the text keeps it.
 */
function stripContinuations(text: string, code: number, enhanced: string | null, firstIsContinuation: boolean): string {
  const prefix = String(code);
  if (!text.includes(`${prefix}-`) && !text.includes(` ${prefix} `)) return text;
  let out = '';
  let from = 0;
  let sawContinuation = firstIsContinuation;
  let i = text.indexOf(prefix);
  while (i !== -1) {
    const atBoundary = i === 0 || text.charCodeAt(i - 1) === 32;
    const sep = text.charCodeAt(i + 3);
    const isCont = sep === 45;
    const isLast = sep === 32 || i + 3 === text.length;
    if (atBoundary && (isCont || (isLast && sawContinuation)) && !isDigit(text.charCodeAt(i + 3))) {
      let end = i + 4;
      if (enhanced !== null && text.startsWith(enhanced, end)) {
        end += enhanced.length;
        if (text.charCodeAt(end) === 32) end++;
      }
      out += text.slice(from, i);
      from = Math.min(end, text.length);
      sawContinuation = isCont;
      i = text.indexOf(prefix, from);
      continue;
    }
    i = text.indexOf(prefix, i + 1);
  }
  return out + text.slice(from);
}

/** RFC 5321 §4.2.1: the first digit decides the class. */
export function replyClassOf(code: number): ReplyClass {
  if (code < 300) return 'success';
  if (code < 400) return 'intermediate';
  if (code < 500) return 'transient';
  return 'permanent';
}

/** Class of an enhanced code by its first digit. */
export function enhancedClassOf(enhanced: string): ReplyClass {
  const c = enhanced.charCodeAt(0);
  if (c === 50) return 'success';
  if (c === 52) return 'transient';
  return 'permanent';
}

/** `5.7.26` → `X.7.26`: the registry form. */
export function enhancedKey(enhanced: string): string {
  return `X${enhanced.slice(1)}`;
}
