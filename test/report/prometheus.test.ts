/**
 * --format prometheus: the output parses as text exposition format 0.0.4 (checked by the small
 * parser below, written from the spec), every family has HELP and TYPE, no series repeats, and
 * hostile label values from logs cannot break out of their quotes or add samples.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { escapeLabelValue, formatSampleValue, renderPrometheus } from '../../src/report/prometheus.js';
import { reportFor } from '../helpers.js';
import { HOSTILE, hostileReport } from './hostile.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

interface Exposition {
  help: Map<string, string>;
  type: Map<string, string>;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Label set `{a="x",b="y"}` from position `i` (at `{`); returns the labels and the index after `}`. */
function parseLabels(line: string, start: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = start + 1;
  while (line[i] !== '}') {
    const eq = line.indexOf('=', i);
    if (eq < 0) throw new Error(`no = in labels: ${line}`);
    const name = line.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new Error(`bad label name ${JSON.stringify(name)}: ${line}`);
    if (Object.hasOwn(labels, name)) throw new Error(`label ${name} twice: ${line}`);
    if (line[eq + 1] !== '"') throw new Error(`unquoted label value: ${line}`);
    let value = '';
    i = eq + 2;
    for (;;) {
      const c = line[i];
      if (c === undefined) throw new Error(`unterminated label value: ${line}`);
      if (c === '"') break;
      if (c === '\\') {
        const next = line[i + 1];
        if (next === '\\') value += '\\';
        else if (next === '"') value += '"';
        else if (next === 'n') value += '\n';
        else throw new Error(`bad escape \\${next}: ${line}`);
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    labels[name] = value;
    i++;
    if (line[i] === ',') i++;
    else if (line[i] !== '}') throw new Error(`expected , or } at ${i}: ${line}`);
  }
  return { labels, end: i + 1 };
}

/** Text format 0.0.4: HELP/TYPE comments and `name{labels} value` lines, families contiguous. */
function parseExposition(text: string): Exposition {
  if (!text.endsWith('\n')) throw new Error('the exposition does not end with a newline');
  const help = new Map<string, string>();
  const type = new Map<string, string>();
  const samples: Sample[] = [];
  const finished = new Set<string>();
  const seen = new Set<string>();
  let current: string | null = null;
  const enter = (name: string) => {
    if (name === current) return;
    if (finished.has(name)) throw new Error(`family ${name} is not contiguous`);
    if (current !== null) finished.add(current);
    current = name;
  };
  for (const line of text.slice(0, -1).split('\n')) {
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta !== null) {
      const [, kind, name = '', rest = ''] = meta;
      if (!METRIC_NAME.test(name)) throw new Error(`bad metric name: ${line}`);
      enter(name);
      const table = kind === 'HELP' ? help : type;
      if (table.has(name)) throw new Error(`second ${kind} for ${name}`);
      if (kind === 'TYPE' && !['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(rest)) {
        throw new Error(`bad type: ${line}`);
      }
      if (kind === 'TYPE' && samples.some((s) => s.name === name)) throw new Error(`TYPE after samples: ${line}`);
      table.set(name, rest);
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') throw new Error(`unexpected line: ${JSON.stringify(line)}`);
    const nameEnd = line.search(/[{ ]/);
    const name = line.slice(0, nameEnd);
    if (!METRIC_NAME.test(name)) throw new Error(`bad metric name: ${line}`);
    enter(name);
    let labels: Record<string, string> = {};
    let rest = line.slice(nameEnd);
    if (rest.startsWith('{')) {
      const parsed = parseLabels(line, nameEnd);
      labels = parsed.labels;
      rest = line.slice(parsed.end);
    }
    const value = /^ (\S+)$/.exec(rest)?.[1];
    if (value === undefined) throw new Error(`bad sample line: ${JSON.stringify(line)}`);
    const number = value === '+Inf' ? Infinity : value === '-Inf' ? -Infinity : value === 'NaN' ? NaN : Number(value);
    if (Number.isNaN(number) && value !== 'NaN') throw new Error(`bad value: ${line}`);
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(key)) throw new Error(`duplicate series: ${line}`);
    seen.add(key);
    samples.push({ name, labels, value: number });
  }
  for (const sample of samples) {
    if (!help.has(sample.name) || !type.has(sample.name)) throw new Error(`${sample.name} lacks HELP or TYPE`);
  }
  for (const name of help.keys()) if (!type.has(name)) throw new Error(`${name} has HELP but no TYPE`);
  return { help, type, samples };
}

function value(exposition: Exposition, name: string, labels: Record<string, string> = {}): number | undefined {
  return exposition.samples.find(
    (s) =>
      s.name === name &&
      JSON.stringify(Object.entries(s.labels).sort()) === JSON.stringify(Object.entries(labels).sort()),
  )?.value;
}

const RUN = { durationSeconds: 1.25, finishedAt: 1717200000123 };

describe('renderPrometheus on the real sample report', () => {
  let report: Report;
  let exposition: Exposition;
  beforeAll(async () => {
    report = await reportFor(['fixtures/sample/']);
    exposition = parseExposition(renderPrometheus(report, RUN));
  }, 120_000);

  it('parses, with HELP and TYPE gauge for every family and no duplicate series', () => {
    for (const [name, type] of exposition.type) expect(type, name).toBe('gauge');
    expect([...exposition.type.keys()]).toEqual(
      expect.arrayContaining([
        'mailtriage_messages',
        'mailtriage_deferrals',
        'mailtriage_problems',
        'mailtriage_lines',
        'mailtriage_domain_recipients',
        'mailtriage_run_duration_seconds',
        'mailtriage_last_run_timestamp_seconds',
      ]),
    );
  });

  it('carries the totals, lines, run and timestamps', () => {
    const t = report.totals;
    expect(value(exposition, 'mailtriage_messages', { outcome: 'received' })).toBe(t.received);
    expect(value(exposition, 'mailtriage_messages', { outcome: 'bounced' })).toBe(1225);
    expect(value(exposition, 'mailtriage_messages', { outcome: 'warned' })).toBe(t.rejectWarnings);
    expect(value(exposition, 'mailtriage_deferrals')).toBe(8019);
    const d = report.diagnostics;
    expect(value(exposition, 'mailtriage_lines', { kind: 'read' })).toBe(d.linesRead);
    expect(value(exposition, 'mailtriage_lines', { kind: 'parsed' })).toBe(d.linesParsed);
    expect(value(exposition, 'mailtriage_run_duration_seconds')).toBe(1.25);
    expect(value(exposition, 'mailtriage_last_run_timestamp_seconds')).toBe(1717200000.123);
    expect(value(exposition, 'mailtriage_log_last_timestamp_seconds')).toBe(
      Date.parse('2013-06-12T06:37:58.123Z') / 1000,
    );
  });

  it('splits every problem by class and keeps its total', () => {
    for (const p of report.problems) {
      const labels = { direction: p.direction, reason: p.reason };
      const transient = value(exposition, 'mailtriage_problems', { ...labels, class: 'transient' });
      const permanent = value(exposition, 'mailtriage_problems', { ...labels, class: 'permanent' });
      expect([transient, permanent]).toEqual([p.transient, p.permanent]);
    }
    const total = exposition.samples.filter((s) => s.name === 'mailtriage_problems').reduce((a, s) => a + s.value, 0);
    expect(total).toBe(report.problems.reduce((a, p) => a + p.count, 0));
  });

  it('has one series per domain and final outcome', () => {
    const rows = exposition.samples.filter((s) => s.name === 'mailtriage_domain_recipients');
    expect(rows).toHaveLength(report.domains.length * 5);
    for (const row of report.domains) {
      const sum = rows.filter((s) => s.labels['domain'] === row.domain).reduce((a, s) => a + s.value, 0);
      expect(sum, row.domain).toBe(row.outcomes.recipients);
    }
  });
});

describe('hostile label values', () => {
  it('cannot escape their quotes, add samples or lines', () => {
    const breakout = 'evil.example"} 1\nmailtriage_messages{outcome="delivered"} 999\n# TYPE x counter';
    const base = hostileReport();
    const report: Report = {
      ...base,
      domains: [
        ...base.domains,
        ...[breakout, 'back\\slash\\', 'trailing\\', '"', '\n', '\r\n', '\u001b[31m', 'π.例え.jp'].map((domain, i) => ({
          ...(base.domains[0] as Report['domains'][number]),
          domain: `${domain}#${i}`,
        })),
      ],
    };
    const text = renderPrometheus(report, RUN);
    const exposition = parseExposition(text);
    const domains = new Set(
      exposition.samples.filter((s) => s.name === 'mailtriage_domain_deferrals').map((s) => s.labels['domain']),
    );
    for (const row of report.domains) {
      // Newline survives as \n; other control characters are dropped (the text after ESC stays).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escapeLabelValue drops
      const expected = row.domain.replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, '');
      expect(domains.has(expected), JSON.stringify(row.domain)).toBe(true);
    }
    expect(exposition.samples.filter((s) => s.name === 'mailtriage_messages' && s.value === 999)).toEqual([]);
    expect(exposition.samples.some((s) => s.name === 'x')).toBe(false);
    for (const hostile of HOSTILE) expect(text).not.toContain(`\n${hostile}`);
  });

  it.each([
    ['plain', 'plain'],
    ['a"b', 'a\\"b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['\\"\n', '\\\\\\"\\n'],
    ['\u0000\u001b\u007f\u0085', ''],
    ['x\ud800y', 'x\ufffdy'],
  ])('escapeLabelValue(%j) = %j', (input, expected) => {
    expect(escapeLabelValue(input)).toBe(expected);
  });

  it('merges label sets that become equal, so no series repeats', () => {
    const base = hostileReport();
    const report: Report = {
      ...base,
      domains: ['same\u0007', 'same'].map((domain) => ({ ...(base.domains[0] as Report['domains'][number]), domain })),
    };
    const exposition = parseExposition(renderPrometheus(report, RUN));
    expect(value(exposition, 'mailtriage_domain_deferrals', { domain: 'same' })).toBe(
      2 * (base.domains[0]?.deferrals ?? 0),
    );
  });

  it.each([
    [1, '1'],
    [0.5, '0.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '+Inf'],
    [Number.NEGATIVE_INFINITY, '-Inf'],
    [1e21, '1e+21'],
  ])('formatSampleValue(%s) = %s', (input, expected) => {
    expect(formatSampleValue(input)).toBe(expected);
  });
});
