/**
 * CSV: RFC 4180 quoting, formula-injection protection, plain numbers, and a round trip: every
 * table parsed back with a tiny RFC 4180 parser equals the model, for a real and a hostile report.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { CSV_TABLES, type CsvTable, csvField, plainNumber, renderCsv } from '../../src/report/csv.js';
import { safe } from '../../src/report/text.js';
import { reportFor } from '../helpers.js';
import { HOSTILE, hostileReport } from './hostile.js';

/** RFC 4180 §2: records end in CRLF; quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

/** What a text field must read after parsing: controls dropped, formula starts neutralised. */
function asText(value: string | null): string {
  if (value === null) return '';
  const clean = safe(value);
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

function asNumber(value: number | null): string {
  return value === null ? '' : plainNumber(value);
}

function table(report: Report, name: CsvTable): Record<string, string>[] {
  const [header, ...rows] = parseCsv(renderCsv(report, name));
  expect(header, name).toBeDefined();
  return rows.map((row) => {
    expect(row, `${name}: ${row.join(',')}`).toHaveLength(header?.length ?? 0);
    return Object.fromEntries((header ?? []).map((h, i) => [h, row[i] ?? '']));
  });
}

/** The model's rows for each table, as their CSV cells must read (source of truth: the model). */
function expected(report: Report, name: CsvTable): Record<string, string>[] {
  const keys = (list: { key: string; count: number }[]) => list.map((k) => `${k.key} (${k.count})`).join('; ');
  switch (name) {
    case 'problems':
      return report.problems.map((p) => ({
        direction: p.direction,
        reason: p.reason,
        title: asText(p.title),
        count: asNumber(p.count),
        share: asNumber(p.share),
        bounced: asNumber(p.outcomes.bounced ?? 0),
        transient: asNumber(p.transient),
        permanent: asNumber(p.permanent),
        hardness: p.hardness,
        who_must_act: p.whoMustAct,
        top_domains_or_clients: asText(keys(p.topDomains)),
        top_codes: asText(keys(p.topCodes)),
        example_reply: asText(p.example?.reply ?? null),
        example_line: asNumber(p.example?.line ?? null),
        hint: asText(p.hint),
      }));
    case 'problem-top':
      return report.problems.flatMap((p) =>
        [p.topDomains, p.topRelays, p.topCodes].flatMap((list) =>
          list.map((k, i) => ({ reason: p.reason, rank: String(i + 1), key: asText(k.key), count: asNumber(k.count) })),
        ),
      );
    case 'domains':
      return report.domains.map((d) => ({
        domain: asText(d.domain),
        recipients: asNumber(d.outcomes.recipients),
        pending: asNumber(d.outcomes.pending),
        deferrals: asNumber(d.deferrals),
        delivery_rate: asNumber(d.deliveryRate),
        top_reason: d.topReason ?? '',
        delay_p90: asNumber(d.delay.p90),
      }));
    case 'relays':
      return report.relays.map((r) => ({ relay: asText(r.relay), deferred: asNumber(r.deferred) }));
    case 'clients':
      return report.clients.map((c) => ({ client: asText(c.client), refused: asNumber(c.refused) }));
    case 'hourly':
      return report.hourly.map((h) => ({
        hour: h.hour,
        received: asNumber(h.received),
        delivered: asNumber(h.delivered),
        deferred: asNumber(h.deferred),
        bounced: asNumber(h.bounced),
        rejected: asNumber(h.rejected),
      }));
    case 'senders':
    case 'recipients': {
      const lists = report[name];
      return [...lists.byVolume, ...lists.byFailures].map((a) => ({
        address: asText(a.address),
        messages: asNumber(a.messages),
        bytes: asNumber(a.bytes),
        failures: asNumber(a.failures),
      }));
    }
    case 'codes':
      return report.codes.map((c) => ({
        code: asNumber(c.code),
        enhanced: asText(c.enhanced),
        class: c.class ?? '',
        count: asNumber(c.count),
        example: asText(c.example),
      }));
    case 'log-messages':
      return report.logMessages.map((m) => ({
        severity: m.severity,
        program: asText(m.program),
        text: asText(m.text),
        count: asNumber(m.count),
        example_source: asText(m.example.source),
      }));
    case 'totals':
      return [
        ...Object.entries(report.totals).map(([metric, value]) => ({
          section: 'totals',
          metric,
          value: asNumber(value),
        })),
        ...Object.entries(report.exim ?? {}).map(([metric, value]) => ({
          section: 'exim',
          metric,
          value: asNumber(value),
        })),
        ...Object.entries(report.messages.outcomes).map(([metric, value]) => ({
          section: 'outcomes',
          metric,
          value: asNumber(value),
        })),
        { section: 'diagnostics', metric: 'linesRead', value: asNumber(report.diagnostics.linesRead) },
        { section: 'diagnostics', metric: 'prunedKeys', value: asNumber(report.diagnostics.prunedKeys) },
      ];
    case 'delays': {
      const m = report.messages;
      const parts = m.delayParts;
      return [m.delay, parts.beforeQueue, parts.inQueue, parts.connection, parts.transmission].map((p) => ({
        count: asNumber(p.count),
        p50: asNumber(p.p50),
        p99: asNumber(p.p99),
        max: asNumber(p.max),
      }));
    }
    case 'inputs':
      return report.inputs.map((i) => ({
        name: asText(i.name),
        lines: asNumber(i.lines),
        compression: i.compression ?? '',
        error: asText(i.error),
      }));
    case 'samples':
      return [...report.diagnostics.samples, ...report.diagnostics.noteSamples].map((s) => ({
        source: asText(s.source),
        line: asNumber(s.line),
        text: asText(s.text),
      }));
    case 'hosts':
      // Only fleet reports have hosts (test/clickhouse); a local report's table is empty.
      return (report.hosts?.rows ?? []).map((r) => ({ host: asText(r.host) }));
  }
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    // Formula starts (OWASP CSV injection) become text with a leading apostrophe.
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['+1 555', "'+1 555"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    // CR is a control character: dropped like in the other formats; what follows is checked.
    ['\r=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['\u001b[31mred', 'red'],
    [-3, '-3'],
    [0.5, '0.5'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [null, ''],
  ] as const)('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('leaves numbers alone (a negative number is a number, not a formula)', () => {
    expect(plainNumber(-2)).toBe('-2');
    expect(plainNumber(Number.NaN)).toBe('');
  });
});

describe('renderCsv round trip', () => {
  const cases: [string, () => Promise<Report>][] = [
    ['hostile model', async () => hostileReport()],
    ['FgForrest sample', () => reportFor(['fixtures/sample/'])],
    ['Exim test suite', () => reportFor(['fixtures/corpus/Exim__exim/exim-testsuite-mainlog.log.gz'])],
    ['hostile log', () => reportFor(['fixtures/constructed/hostile-html.log'])],
  ];
  it.each(cases)('%s: every table parses back to the model', async (_name, load) => {
    const report = await load();
    for (const name of CSV_TABLES) {
      const rows = table(report, name);
      const want = expected(report, name);
      if (name !== 'totals') expect(rows, name).toHaveLength(want.length);
      if (name === 'totals') {
        for (const w of want) expect(rows, `${w.section}.${w.metric}`).toContainEqual(expect.objectContaining(w));
      } else {
        want.forEach((w, i) => {
          expect(rows[i], `${name} row ${i}`).toEqual(expect.objectContaining(w));
        });
      }
    }
  });

  it('writes full lists, not --top', async () => {
    const report = await reportFor(['fixtures/sample/']);
    expect(table(report, 'domains')).toHaveLength(report.domains.length);
    expect(report.domains.length).toBeGreaterThan(10);
    expect(table(report, 'hourly')).toHaveLength(report.hourly.length);
  });

  it('every hostile string reads back as text, formulas neutralised', () => {
    const report = hostileReport();
    const text = CSV_TABLES.flatMap((name) => parseCsv(renderCsv(report, name)).flat());
    for (const h of HOSTILE) {
      const clean = safe(h);
      if (/^[=+\-@\t\r]/.test(clean)) {
        expect(text, h).toContain(`'${clean}`);
        expect(text, h).not.toContain(clean);
      } else expect(text, h).toContain(clean);
    }
    // No parsed field starts a formula.
    for (const field of text) expect(field).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
  });
});
