/**
 * Report → CSV, one table at a time (`--format csv --table NAME`), for spreadsheets and scripts.
 * Pure. RFC 4180: a header row, CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF,
 * inner quotes doubled. Every row of the model's list is written (`--top` does not apply here;
 * the model itself keeps only what build.ts ranked in). Numbers are plain numbers (no grouping,
 * no exponent, `.` as decimal point); a null is an empty field.
 *
 * Spreadsheet formula injection (OWASP "CSV Injection"): log text is attacker-controlled, and
 * Excel, LibreOffice and Google Sheets evaluate a text field that starts with `=`, `+`, `-` or
 * `@` as a formula (tab and CR too, after they are trimmed), e.g. `=cmd|' /C calc'!A0`. Such a
 * text field gets a leading `'`, which the spreadsheet shows as plain text. Number fields are
 * written as numbers and never prefixed, so `-3` stays a negative number while the log text
 * `-2+3` becomes `'-2+3`. C0/C1 control characters are dropped as in the other human formats
 * (the JSON report keeps the exact text).
 */
import type { AddressRow, KeyCount, ProblemRow, Report } from '../aggregate/model.js';
import { OUTCOMES } from '../types.js';
import { delayRows } from './humanize.js';
import { safe } from './text.js';

export const CSV_TABLES = [
  'problems',
  'domains',
  'relays',
  'clients',
  'hourly',
  'senders',
  'recipients',
  'codes',
  'log-messages',
  'problem-top',
  'totals',
  'delays',
  'inputs',
  'samples',
  'hosts',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export type CsvCell = string | number | null;

interface CsvData {
  header: string[];
  rows: CsvCell[][];
}

/** Text fields starting with one of these are formulas to a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as plain decimal digits: no exponent, whatever its size. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  if (Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(20).replace(/\.?0+$/, '');
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  const clean = safe(cell);
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** "key (count); key (count)": a readable summary; `problem-top` has the same lists row by row. */
function keyList(items: readonly KeyCount[]): string {
  return items.map((k) => `${k.key} (${k.count})`).join('; ');
}

function problems(report: Report): CsvData {
  return {
    header: [
      'direction',
      'reason',
      'title',
      'count',
      'share',
      ...OUTCOMES,
      'transient',
      'permanent',
      'hardness',
      'who_must_act',
      'top_domains_or_clients',
      'top_relays',
      'top_codes',
      'example_reply',
      'example_source',
      'example_line',
      'hint_id',
      'hint',
    ],
    rows: report.problems.map((p) => [
      p.direction,
      p.reason,
      p.title,
      p.count,
      p.share,
      ...OUTCOMES.map((o) => p.outcomes[o] ?? 0),
      p.transient,
      p.permanent,
      p.hardness,
      p.whoMustAct,
      keyList(p.topDomains),
      keyList(p.topRelays),
      keyList(p.topCodes),
      p.example?.reply ?? null,
      p.example?.source ?? null,
      p.example?.line ?? null,
      p.hintId,
      p.hint,
    ]),
  };
}

function problemTop(report: Report): CsvData {
  const rows: CsvCell[][] = [];
  const lists = (p: ProblemRow): [string, KeyCount[]][] => [
    [p.direction === 'outbound' ? 'domains' : 'clients', p.topDomains],
    ['relays', p.topRelays],
    ['codes', p.topCodes],
  ];
  for (const p of report.problems) {
    for (const [list, items] of lists(p)) {
      items.forEach((k, i) => {
        rows.push([p.direction, p.reason, list, i + 1, k.key, k.count]);
      });
    }
  }
  return { header: ['direction', 'reason', 'list', 'rank', 'key', 'count'], rows };
}

function domains(report: Report): CsvData {
  return {
    header: [
      'domain',
      'recipients',
      'delivered',
      'forwarded',
      'bounced',
      'expired',
      'pending',
      'ever_deferred',
      'deferrals',
      'delivery_rate',
      'bounce_rate',
      'top_reason',
      'delay_count',
      'delay_p50',
      'delay_p90',
      'delay_p99',
      'delay_max',
    ],
    rows: report.domains.map((d) => [
      d.domain,
      d.outcomes.recipients,
      d.outcomes.delivered,
      d.outcomes.forwarded,
      d.outcomes.bounced,
      d.outcomes.expired,
      d.outcomes.pending,
      d.outcomes.everDeferred,
      d.deferrals,
      d.deliveryRate,
      d.bounceRate,
      d.topReason,
      d.delay.count,
      d.delay.p50,
      d.delay.p90,
      d.delay.p99,
      d.delay.max,
    ]),
  };
}

function addresses(lists: { byVolume: AddressRow[]; byFailures: AddressRow[] }): CsvData {
  const rows: CsvCell[][] = [];
  for (const [list, items] of [
    ['by_volume', lists.byVolume],
    ['by_failures', lists.byFailures],
  ] as const) {
    items.forEach((a, i) => {
      rows.push([list, i + 1, a.address, a.messages, a.bytes, a.failures]);
    });
  }
  return { header: ['list', 'rank', 'address', 'messages', 'bytes', 'failures'], rows };
}

/** Every scalar of the model's summary parts, long form: section, metric (the JSON key), value. */
function totals(report: Report): CsvData {
  const rows: CsvCell[][] = [];
  const add = (section: string, values: object) => {
    for (const [metric, value] of Object.entries(values)) {
      if (typeof value === 'number') rows.push([section, metric, value]);
    }
  };
  add('totals', report.totals);
  if (report.exim !== null) add('exim', report.exim);
  add('messages', report.messages);
  add('outcomes', report.messages.outcomes);
  add('diagnostics', report.diagnostics);
  add('unrecognised', report.diagnostics.unrecognisedByReason);
  return { header: ['section', 'metric', 'value'], rows };
}

const TABLES: Record<CsvTable, (report: Report) => CsvData> = {
  problems,
  'problem-top': problemTop,
  domains,
  relays: (report) => ({
    header: ['relay', 'delivered', 'deferred', 'bounced', 'top_reason'],
    rows: report.relays.map((r) => [r.relay, r.delivered, r.deferred, r.bounced, r.topReason]),
  }),
  hosts: (report) => ({
    header: [
      'host',
      'lines',
      'received',
      'delivered',
      'deferrals',
      'bounced',
      'rejected',
      'problems',
      'problem_rate',
      'previous_problem_rate',
      'change',
    ],
    rows: (report.hosts?.rows ?? []).map((r) => [
      r.host,
      r.linesRead,
      r.received,
      r.delivered,
      r.deferrals,
      r.bounced,
      r.rejected,
      r.problems,
      r.problemRate,
      r.previousProblemRate,
      r.change,
    ]),
  }),
  clients: (report) => ({
    header: ['client', 'refused', 'top_reason'],
    rows: report.clients.map((c) => [c.client, c.refused, c.topReason]),
  }),
  hourly: (report) => ({
    header: ['hour', 'received', 'delivered', 'deferred', 'bounced', 'rejected'],
    rows: report.hourly.map((h) => [h.hour, h.received, h.delivered, h.deferred, h.bounced, h.rejected]),
  }),
  senders: (report) => addresses(report.senders),
  recipients: (report) => addresses(report.recipients),
  codes: (report) => ({
    header: ['code', 'enhanced', 'class', 'count', 'remote', 'local', 'reason', 'example'],
    rows: report.codes.map((c) => [c.code, c.enhanced, c.class, c.count, c.remote, c.local, c.reason, c.example]),
  }),
  'log-messages': (report) => ({
    header: ['severity', 'program', 'text', 'count', 'example_source', 'example_line'],
    rows: report.logMessages.map((m) => [m.severity, m.program, m.text, m.count, m.example.source, m.example.line]),
  }),
  totals,
  delays: (report) => ({
    header: ['part', 'count', 'p50', 'p90', 'p99', 'max'],
    rows: delayRows(report).map((r) => [r.key, r.p.count, r.p.p50, r.p.p90, r.p.p99, r.p.max]),
  }),
  inputs: (report) => ({
    header: ['name', 'lines', 'bytes', 'compression', 'error'],
    rows: report.inputs.map((i) => [i.name, i.lines, i.bytes, i.compression, i.error]),
  }),
  samples: (report) => ({
    header: ['kind', 'source', 'line', 'reason', 'text'],
    rows: [
      ...report.diagnostics.samples.map((s) => ['unrecognised', s.source, s.line, s.reason, s.text]),
      ...report.diagnostics.noteSamples.map((s) => ['note', s.source, s.line, s.reason, s.text]),
    ],
  }),
};

export function renderCsv(report: Report, table: CsvTable): string {
  const data = TABLES[table](report);
  return [data.header, ...data.rows].map((row) => `${csvLine(row)}\r\n`).join('');
}
