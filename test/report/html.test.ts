/**
 * The HTML report as a string: escaping in every context, nothing external, a CSP whose hash
 * matches the inline script, the embedded model round-trips, and the section rules. The same
 * file in a real browser is tested in test/browser/html.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { renderHtml } from '../../src/report/html.js';
import { REPORT_CSS, SORT_SCRIPT } from '../../src/report/html-assets.js';
import { niceTicks } from '../../src/report/html-charts.js';
import { escapeHtml, jsonForScript } from '../../src/report/html-escape.js';
import { reportFor } from '../helpers.js';
import { emptiedReport, HOSTILE, hostileReport } from './hostile.js';

interface Tag {
  name: string;
  attributes: [string, string | null][];
}

/**
 * Start tags with their attributes. Valid because the renderer always double-quotes attribute
 * values and escapes `"`, `<` and `>` inside them; a broken escape shows up as an unknown tag or
 * attribute in the tests below.
 */
function startTags(html: string): Tag[] {
  return Array.from(html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g), (m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attributes: Array.from((m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g), (a) => [
      (a[1] ?? '').toLowerCase(),
      a[2] ?? null,
    ]),
  }));
}

const ALLOWED_TAGS = new Set(
  'html head meta title link style body header h1 h2 h3 h4 p nav a main section div span strong code ul li dl dt dd article figure figcaption svg line text rect table thead tbody tr th td button details summary footer script'.split(
    ' ',
  ),
);

function dataBlock(html: string): string {
  const start = '<script type="application/json" id="mailtriage-report">';
  const at = html.indexOf(start);
  return html.slice(at + start.length, html.indexOf('</script>', at));
}

function inlineScript(html: string): string {
  const at = html.lastIndexOf('<script>');
  return html.slice(at + '<script>'.length, html.indexOf('</script>', at));
}

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['&amp; &', '&amp;amp; &amp;'],
    ['\u001b[2Jclear\u0000nul', 'clearnul'],
    ['line\u2028sep', 'line\u2028sep'],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('jsonForScript', () => {
  it.each(HOSTILE.map((h) => [h]))('%j cannot end the script and parses back', (text) => {
    const json = jsonForScript({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7841, [0, 2000, 4000, 6000, 8000]],
    [95, [0, 20, 40, 60, 80, 100]],
  ])('%d → %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});

describe('renderHtml with hostile text everywhere', () => {
  const report = hostileReport();
  for (const detail of [false, true]) {
    const html = renderHtml(report, { top: 10, detail });
    const tags = startTags(html);

    it(`only the renderer's own tags and attributes (detail ${detail})`, () => {
      expect(tags.length).toBeGreaterThan(100);
      for (const tag of tags) {
        expect(ALLOWED_TAGS.has(tag.name), tag.name).toBe(true);
        for (const [name, value] of tag.attributes) {
          expect(name.startsWith('on'), `${tag.name} ${name}`).toBe(false);
          expect(['src', 'srcdoc', 'formaction', 'action', 'xlink:href'], name).not.toContain(name);
          if (name === 'href') expect(value ?? '', 'href').toMatch(/^(#[a-z-]+|data:,)$/);
          if (name === 'style') expect(value ?? '', 'style').toMatch(/^width:\d+(\.\d+)?%$/);
        }
      }
      expect(tags.filter((t) => t.name === 'script').map((t) => t.attributes)).toEqual([
        [
          ['type', 'application/json'],
          ['id', 'mailtriage-report'],
        ],
        [],
      ]);
      expect(tags.filter((t) => t.name === 'link').map((t) => t.attributes)).toEqual([
        [
          ['rel', 'icon'],
          ['href', 'data:,'],
        ],
      ]);
    });

    it(`no URL that would load anything (detail ${detail})`, () => {
      expect(html).not.toMatch(/<(img|iframe|object|embed|video|audio|source|base|form|input)\b/i);
      expect(REPORT_CSS).not.toMatch(/url\(|@import|@font-face/i);
      expect(SORT_SCRIPT).not.toMatch(/fetch|XMLHttpRequest|import\(|innerHTML|eval|Function\(|location/);
    });

    it(`the hostile strings are there as escaped text (detail ${detail})`, () => {
      for (const text of HOSTILE) {
        const clean = escapeHtml(text);
        if (clean.trim() === '') continue;
        expect(html.includes(clean), text).toBe(true);
      }
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script>alert');
    });

    it(`the embedded model parses back to the report and hides no markup (detail ${detail})`, () => {
      const block = dataBlock(html);
      expect(block).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(block)).toEqual(report);
    });

    it(`the CSP allows exactly the inline script, by hash (detail ${detail})`, () => {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
      const hash = createHash('sha256').update(inlineScript(html)).digest('base64');
      expect(csp.replace(/&#39;/g, "'")).toBe(
        `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`,
      );
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    });
  }
});

describe('renderHtml sections', () => {
  const empty: Report = {
    ...emptiedReport(),
    trends: { runs: 0, previousRunAt: null, newProblems: [], rows: [] },
  };
  const ids = (html: string) => Array.from(html.matchAll(/<section id="([a-z-]+)"/g), (m) => m[1]);

  it('leaves out empty sections, and shows every section with --detail', () => {
    expect(ids(renderHtml(empty, { top: 10, detail: false }))).toEqual(['totals', 'problems', 'delays', 'input']);
    expect(ids(renderHtml(empty, { top: 10, detail: true }))).toEqual([
      'totals',
      'problems',
      'trends',
      'domains',
      'relays',
      'clients',
      'delays',
      'volume',
      'senders',
      'recipients',
      'log-messages',
      'codes',
      'input',
    ]);
  });

  it('a real report: problems first, both charts, sortable tables, --top limits rows', async () => {
    const real = await reportFor(['fixtures/sample/']);
    const html = renderHtml(real, { top: 5, detail: false });
    expect(ids(html).slice(0, 3)).toEqual(['totals', 'problems', 'domains']);
    expect(html).toContain('<figure class="chart" id="reason-chart">');
    expect(html).toContain('<figure class="chart" id="volume-chart">');
    expect(html.match(/<rect class="bar s-/g)?.length).toBeGreaterThan(50);
    const domains = html.slice(html.indexOf('<section id="domains"'), html.indexOf('<section id="relays"'));
    expect(domains.match(/<tr>/g)).toHaveLength(1 + 5);
    expect(domains).toContain('<th scope="col" class="num" data-type="number"><button type="button">Recipients');
    const detailed = renderHtml(real, { top: 5, detail: true });
    const all = detailed.slice(detailed.indexOf('<section id="domains"'), detailed.indexOf('<section id="relays"'));
    expect(all.match(/<tr>/g)).toHaveLength(1 + real.domains.length);
  });
});
