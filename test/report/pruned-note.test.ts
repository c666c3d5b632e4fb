/**
 * A report whose bounded tables dropped keys must say so in every format a person reads, since
 * their top rows are then approximate (and may differ between one thread and several).
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { renderHtml } from '../../src/report/html.js';
import { PRUNED_NOTE } from '../../src/report/humanize.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { FIXTURES, reportFor } from '../helpers.js';

const FORMATS: [string, (report: Report) => string][] = [
  ['text', (r) => renderText(r, { top: 10 })],
  ['markdown', (r) => renderMarkdown(r, { top: 10, detail: false })],
  ['html', (r) => renderHtml(r, { top: 10, detail: false })],
];

describe('the note on dropped keys', () => {
  it.each(FORMATS)('%s says how many keys were dropped, and only when some were', async (_, render) => {
    const exact = await reportFor([`${FIXTURES}sample/mail.log`]);
    expect(exact.diagnostics.prunedKeys).toBe(0);
    expect(render(exact)).not.toContain('Memory bound reached');
    const pruned: Report = { ...exact, diagnostics: { ...exact.diagnostics, prunedKeys: 12_345 } };
    // The text report wraps the note; its words must all be there, in order.
    const flat = render(pruned).replace(/\s+/g, ' ');
    expect(flat).toContain(`${PRUNED_NOTE} (12,345 keys).`);
  });
});
