/**
 * The Markdown report: escaping of hostile log text (tables keep their shape, nothing outside a
 * code span can become HTML, a link or emphasis), the section rules of --top and --detail, and
 * the real reports of the fixtures.
 */

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { cell, escapeMarkdown, inline, renderMarkdown } from '../../src/report/markdown.js';
import { ROOT, reportFor } from '../helpers.js';
import { emptiedReport, HOSTILE, hostileReport } from './hostile.js';

/** Cells of a GFM table row: split on pipes that no backslash precedes (cmark-gfm's rule). */
function cells(row: string): string[] {
  const parts = row.trim().split(/(?<!\\)\|/);
  return parts.slice(1, -1);
}

/** Consecutive lines starting with `|`. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

/** The Markdown with every code span removed (backslash escapes are skipped, not opened). */
function outsideCodeSpans(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    const c = markdown[i] ?? '';
    if (c === '\\') {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(markdown.slice(i))?.[0] ?? '`';
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = i + run.length;
      const end = close.exec(markdown);
      if (end === null) throw new Error(`unclosed code span at ${i}: ${markdown.slice(i, i + 60)}`);
      out += 'CODE';
      i = end.index + run.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const schema = JSON.parse(readFileSync(`${ROOT}docs/report-schema.json`, 'utf8'));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

describe('escapeMarkdown (our prose: titles, hints)', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<transport>_destination_concurrency_limit', '\\<transport\\>\\_destination\\_concurrency\\_limit'],
    ['*bold* [x](javascript:alert(1))', '\\*bold\\* \\[x\\](javascript:alert(1))'],
    ['a|b', 'a\\|b'],
    ['`tick`', '\\`tick\\`'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['&amp; $x$ ~~d~~ @user !', '\\&amp; \\$x\\$ \\~\\~d\\~\\~ \\@user \\!'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\u2028here', 'two lines here'],
    ['\u001b[31mred\u0007', 'red'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('code spans (log text)', () => {
  it.each([
    ['550 5.1.1 user unknown', '`550 5.1.1 user unknown`', '`550 5.1.1 user unknown`'],
    ['a|b', '`a\\|b`', '`a|b`'],
    ['one ` tick', '``one ` tick``', '``one ` tick``'],
    ['`starts', '`` `starts ``', '`` `starts ``'],
    ['has `` two', '```has `` two```', '```has `` two```'],
    ['<script>alert(1)</script>', '`<script>alert(1)</script>`', '`<script>alert(1)</script>`'],
    // A trailing space pads both ends; CommonMark strips one space from each.
    ['line\nbreak\u2028', '` line break  `', '` line break  `'],
    ['', '(empty)', '(empty)'],
  ])('%j', (input, inTable, inText) => {
    expect(cell(input)).toBe(inTable);
    expect(inline(input)).toBe(inText);
  });
});

describe('renderMarkdown with hostile text everywhere', () => {
  const report = hostileReport();

  it('the hostile model is a valid report', () => {
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
  });

  for (const detail of [false, true]) {
    const markdown = renderMarkdown(report, { top: 10, detail });

    it(`every table row has the header's column count (detail ${detail})`, () => {
      const found = tables(markdown);
      expect(found.length).toBeGreaterThan(10);
      for (const table of found) {
        const width = cells(table[0] ?? '').length;
        expect(width).toBeGreaterThan(0);
        expect(table[1]).toMatch(/^\|( -{3}:? \|)+$/);
        for (const row of table) expect(cells(row), row).toHaveLength(width);
      }
    });

    it(`outside code spans nothing can open HTML, a link, emphasis or a line break (detail ${detail})`, () => {
      const prose = outsideCodeSpans(markdown);
      expect(prose).not.toMatch(/(?<!\\)</);
      expect(prose).not.toMatch(/(?<!\\)\[/);
      expect(prose).not.toMatch(/(?<!\\)`/);
      expect(prose).not.toMatch(/(?<!\\)&/);
      // "javascript:" may stand in escaped prose: without `[`/`<` it cannot become a link.
      expect(prose).not.toMatch(/(?<!\\)@/);
      // Our own emphasis is `**label**` and `_… more_`; a hostile `*`/`_` is always escaped.
      expect(prose.replace(/\*\*[A-Za-z /]+:?\*\*/g, '').replace(/_… [^_]+_/g, '')).not.toMatch(/(?<!\\)[*_]/);
      // No terminal control characters and no Unicode line separators survive.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone
      expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    });
  }

  it('shows each hostile string as code (pipes escaped in tables)', () => {
    const markdown = renderMarkdown(report, { top: 10, detail: true });
    for (const text of HOSTILE) {
      const flat = text
        // biome-ignore lint/suspicious/noControlCharactersInRegex: as the renderer strips them
        .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '')
        .replace(/[\t\n\r\u2028\u2029]+/g, ' ');
      const visible = markdown.includes(flat) || markdown.includes(flat.replace(/\|/g, '\\|'));
      expect(visible, text).toBe(true);
    }
  });
});

describe('renderMarkdown sections', () => {
  const empty: Report = emptiedReport();

  it('leaves out empty sections, and shows them all with --detail', () => {
    const brief = renderMarkdown(empty, { top: 10, detail: false });
    const full = renderMarkdown(empty, { top: 10, detail: true });
    for (const title of ['Destination domains', 'Relays', 'Inbound clients', 'Volume', 'Senders', 'Reply codes']) {
      expect(brief).not.toContain(`## ${title}`);
      expect(full).toContain(`## ${title}`);
    }
    // Problems and totals are always there: "no problems" is news too.
    expect(brief).toContain('## Delivery problems (outbound): 0 failed attempts\n\nNone.');
    expect(brief).toContain('## Totals');
  });

  it('shows trends after the problems, new problems marked, and leaves them out without history', () => {
    const report = hostileReport();
    const md = renderMarkdown(report, { top: 10, detail: false });
    const trends = md.indexOf('## Trends against 3 earlier runs (previous 2024-03-10 06:00 UTC)');
    expect(trends).toBeGreaterThan(md.indexOf('## Refused by this server'));
    expect(trends).toBeLessThan(md.indexOf('## Destination domains'));
    const rows = md
      .slice(trends)
      .split('\n')
      .filter((l) => l.startsWith('| domain') || l.startsWith('| code'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/\| 3 \| 0 \| 0\.5 \| +\| \*\*NEW\*\* \|$/);
    expect(rows[1]).toMatch(/\| 1 \| 2 \| 1\.5 \| -50% \| +\|$/);
    expect(renderMarkdown({ ...report, trends: null }, { top: 10, detail: true })).not.toContain('## Trends');
  });

  it('follows the text report order on a real log, with --top limiting lists', async () => {
    const real = await reportFor(['fixtures/sample/']);
    const markdown = renderMarkdown(real, { top: 3, detail: false });
    const order = [
      '# mailtriage report',
      '## Totals',
      '## Delivery problems (outbound)',
      '## Refused by this server (inbound)',
      '## Destination domains',
      '## Relays',
      '## Delays',
      '## Volume per hour',
      '## Senders',
      '## Recipients',
      '## Warnings',
      '## Reply codes',
      '## Input',
    ].map((h) => markdown.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const domains = markdown.slice(markdown.indexOf('## Destination domains'), markdown.indexOf('## Relays'));
    expect(tables(domains)[0]).toHaveLength(2 + 3);
    expect(domains).toContain(`${real.domains.length - 3} more domains`);
    const detailed = renderMarkdown(real, { top: 3, detail: true });
    const all = detailed.slice(detailed.indexOf('## Destination domains'), detailed.indexOf('## Relays'));
    expect(tables(all)[0]).toHaveLength(2 + real.domains.length);
  });
});
