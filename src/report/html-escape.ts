/**
 * Escaping for the HTML report. Log text is attacker-controlled: a sender address, a HELO name
 * or a reply text may carry markup meant to run in the reader's browser. Pure.
 *
 * The report only ever places log text in two contexts, and each has one function:
 * - element text and double-quoted attribute values: `escapeHtml`;
 * - the JSON data block (`<script type="application/json">`): `jsonForScript`.
 * Log text never goes into URLs (href/src), event-handler attributes, `style` or the script
 * itself, where entity escaping would not be enough.
 */
import { safe } from './text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for element content or a quoted attribute value. All five characters are escaped in both
 * contexts so one function cannot be used in the wrong one; C0/C1 controls are dropped (they
 * are parse errors in HTML and can hide text).
 */
export function escapeHtml(text: string): string {
  return safe(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that can sit inside a `<script>` element: `<` cannot start `</script>` or `<!--`, `&` and
 * `>` are escaped for good measure, and U+2028/U+2029 (legal in JSON, line breaks in older
 * JavaScript) are escaped so the text stays valid if a script ever evaluates it. JSON.parse
 * reads the \u escapes back to the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}
