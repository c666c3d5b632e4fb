/**
 * Report → plain text for a terminal or a mail body: at most 100 columns, problems first, no
 * colour unless asked. Pure. Log-derived strings pass through `safe()` so control characters
 * from hostile logs cannot move the cursor or change the terminal.
 */
import type { AddressRow, CodeRow, KeyCount, Percentiles, ProblemRow, Report } from '../aggregate/model.js';
import { HOST_COLUMNS, HOSTS_TITLE, hostsSummary } from './hosts.js';
import { PRUNED_NOTE, trendChange, trendRows, trendTitle } from './humanize.js';

export const TEXT_WIDTH = 100;

export interface TextOptions {
  /** Rows per list. */
  top: number;
  /** Longer lists and every section, even empty ones. */
  detail?: boolean;
  /** ANSI colour for headings and severities. */
  color?: boolean;
}

const nf = new Intl.NumberFormat('en-US');
function n(value: number): string {
  return nf.format(value);
}

function pct(share: number): string {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}

/**
 * Terminal control strings (ECMA-48 §5.6): OSC (hyperlinks `ESC ] 8 ;; url BEL`, window titles),
 * DCS, SOS, PM and APC, in 7-bit (`ESC ]`) and 8-bit (U+009D) form, up to their terminator (BEL,
 * `ESC \\` or U+009C) or the next ESC; then CSI sequences (`ESC [ 2 J`, U+009B); then any other
 * ESC pair; then single C0/C1 controls. Every repetition is bounded by a character the next part
 * cannot match, so the scan stays linear on hostile text.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b[ -~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Strip terminal control sequences and other C0/C1 controls; keep printable text (and tab, newline). */
export function safe(text: string): string {
  return text.replace(CONTROL, '');
}

/** U+2028/U+2029 break lines in mail clients and editors (a line break itself cannot come from a log line). */
const SEPARATORS = /[\u2028\u2029]/g;

function clip(text: string, width: number): string {
  const clean = safe(text).replace(SEPARATORS, ' ');
  return clean.length <= width ? clean : `${clean.slice(0, Math.max(0, width - 1))}…`;
}

/** Word-wrap `text` to `width`, indenting continuation lines. */
function wrap(text: string, width: number, indent: string): string[] {
  const words = safe(text)
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

function list(items: KeyCount[], max: number): string {
  return items
    .slice(0, max)
    .map((d) => `${d.key} ${n(d.count)}`)
    .join(', ');
}

function heading(title: string): string {
  return `${title}\n${'-'.repeat(Math.min(TEXT_WIDTH, title.length))}`;
}

function period(report: Report): string {
  const from = report.period.from?.slice(0, 16).replace('T', ' ');
  const to = report.period.to?.slice(0, 16).replace('T', ' ');
  if (from === undefined || to === undefined) return 'no timestamps';
  return `${from} to ${to} UTC`;
}

export function renderText(report: Report, options: TextOptions): string {
  const out: string[] = [];
  const d = report.diagnostics;
  const files = report.inputs.length;
  out.push(
    clip(
      `mailtriage: ${period(report)} · ${report.mtas.join(' + ') || 'no mail lines'} · ${n(d.linesRead)} lines from ${files} input${files === 1 ? '' : 's'}`,
      TEXT_WIDTH,
    ),
  );
  const failed = report.inputs.filter((i) => i.error !== null);
  for (const input of failed) out.push(clip(`  ! ${input.error}`, TEXT_WIDTH));
  out.push('');
  out.push(...totals(report));
  out.push(...problems(report, 'outbound', options));
  out.push(...problems(report, 'inbound', options));
  out.push(...trends(report, options));
  out.push(...hosts(report, options));
  out.push(...messages(report, options));
  out.push(...domains(report, options));
  out.push(...relays(report, options));
  out.push(...clients(report, options));
  out.push(...hourly(report, options));
  out.push(...addresses(report, options));
  out.push(...logMessages(report, options));
  out.push(...codes(report.codes, options));
  out.push(...diagnostics(report));
  const text = `${out.join('\n')}\n`;
  return options.color === true ? colourise(text) : text;
}

/** Seconds as a short duration: `0.4 s`, `9m19s`, `5h56m`, `2d3h`. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '-';
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86400)}d${Math.floor((s % 86400) / 3600)}h`;
}

function spread(p: Percentiles): string {
  if (p.count === 0) return 'no data';
  return `p50 ${duration(p.p50)} · p90 ${duration(p.p90)} · p99 ${duration(p.p99)} · max ${duration(p.max)}`;
}

function rate(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

/** A fixed-width table: numbers right-aligned, the first column and `textColumns` left-aligned. */
function table(head: string[], rows: string[][], widths: number[], textColumns: readonly number[] = []): string[] {
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, i) => {
        const width = widths[i] ?? 8;
        const text = clip(cell, width);
        return i === 0 || textColumns.includes(i) ? text.padEnd(width) : text.padStart(width);
      })
      .join(' ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

function section(title: string, body: string[], detail: boolean | undefined): string[] {
  if (body.length === 0 && detail !== true) return [];
  return [heading(title), ...(body.length === 0 ? ['  none'] : body), ''];
}

/** This period against the previous run and the seven-run average; new problems first. */
function trends(report: Report, options: TextOptions): string[] {
  const t = report.trends;
  if (t === null) return [];
  const rows = trendRows(report, options.top, options.detail === true).map((r) => [
    `${r.kind} ${r.key}`,
    n(r.current),
    r.previous === null ? '-' : n(r.previous),
    r.average === null ? '-' : n(r.average),
    trendChange(r.change),
    r.isNew ? 'NEW' : '',
  ]);
  return section(
    trendTitle(t),
    rows.length === 0
      ? []
      : table(['problem', 'now', 'previous', '7-run avg', 'change', ''], rows, [44, 9, 9, 10, 8, 5], [5]),
    options.detail,
  );
}

function messages(report: Report, options: TextOptions): string[] {
  const m = report.messages;
  if (m.outcomes.recipients === 0 && options.detail !== true) return [];
  const o = m.outcomes;
  const rows = [
    `  ${n(m.messages)} messages (${n(m.complete)} left the queue, ${n(m.openAtEnd)} still in it at the end) · ${n(o.recipients)} recipients`,
    `  recipients: delivered ${n(o.delivered)} · forwarded ${n(o.forwarded)} · bounced ${n(o.bounced)} · expired ${n(o.expired)} · still deferred ${n(o.pending)}`,
    `  deferred at least once: ${n(o.everDeferred)} · attempts per recipient: ${m.attemptsPerRecipient} · bounce notices sent: ${n(m.bounceNotifications)}`,
    `  time in queue of delivered mail: ${spread(m.delay)}`,
  ];
  if (m.delayParts.transmission.count > 0) {
    const p = m.delayParts;
    rows.push(
      `  Postfix delays (p90): before queue ${duration(p.beforeQueue.p90)} · in queue ${duration(p.inQueue.p90)} · connection ${duration(p.connection.p90)} · transmission ${duration(p.transmission.p90)}`,
    );
  }
  if (m.evictedIdle + m.evictedCap > 0) {
    rows.push(
      `  flushed early to bound memory: ${n(m.evictedIdle)} idle past the horizon, ${n(m.evictedCap)} over the cap`,
    );
  }
  return [heading('Messages'), ...rows.map((r) => clip(r, TEXT_WIDTH)), ''];
}

function domains(report: Report, options: TextOptions): string[] {
  const rows = report.domains
    .slice(0, options.detail === true ? report.domains.length : options.top)
    .map((d) => [
      d.domain,
      n(d.outcomes.recipients),
      n(d.outcomes.delivered + d.outcomes.forwarded),
      n(d.deferrals),
      n(d.outcomes.bounced + d.outcomes.expired),
      n(d.outcomes.pending),
      rate(d.deliveryRate),
      d.topReason ?? '-',
      duration(d.delay.p90),
    ]);
  return section(
    'Destination domains (most failures first)',
    rows.length === 0
      ? []
      : table(
          ['domain', 'rcpts', 'delivered', 'deferrals', 'failed', 'pending', 'rate', 'top reason', 'p90 delay'],
          rows,
          [21, 7, 9, 9, 7, 7, 6, 15, 9],
          [7],
        ),
    options.detail,
  );
}

function relays(report: Report, options: TextOptions): string[] {
  const rows = report.relays
    .slice(0, options.detail === true ? report.relays.length : options.top)
    .map((r) => [r.relay, n(r.delivered), n(r.deferred), n(r.bounced), r.topReason ?? '-']);
  return section(
    'Relays (next hops)',
    rows.length === 0
      ? []
      : table(['relay', 'delivered', 'deferred', 'bounced', 'top reason'], rows, [40, 10, 10, 10, 22], [4]),
    options.detail,
  );
}

/** Fleet reports only. */
function hosts(report: Report, options: TextOptions): string[] {
  const h = report.hosts;
  if (h === undefined) return [];
  const rows = h.rows.map((r) =>
    HOST_COLUMNS.map((c) => {
      const v = c.cell(r);
      return typeof v === 'number' ? n(v) : v;
    }),
  );
  const widths = [22, 9, 9, 10, 10, 8, 9, 9, 8, 8, 9];
  return section(
    HOSTS_TITLE,
    rows.length === 0
      ? []
      : [
          `  ${hostsSummary(h)}`,
          ...table(
            HOST_COLUMNS.map((c) => c.title.toLowerCase()),
            rows,
            widths,
            [],
          ),
        ],
    options.detail,
  );
}

function clients(report: Report, options: TextOptions): string[] {
  const rows = report.clients
    .slice(0, options.detail === true ? report.clients.length : options.top)
    .map((c) => [c.client, n(c.refused), c.topReason ?? '-']);
  return section(
    'Refused clients (inbound)',
    rows.length === 0 ? [] : table(['client', 'refused', 'top reason'], rows, [40, 10, 30], [2]),
    options.detail,
  );
}

/** Hours, or days when the period is long, so the section stays a screenful. */
function hourly(report: Report, options: TextOptions): string[] {
  let rows = report.hourly;
  let label = 'Volume by hour (UTC)';
  if (rows.length > 48 && options.detail !== true) {
    const days = new Map<string, (typeof rows)[number]>();
    for (const r of rows) {
      const day = r.hour.slice(0, 10);
      const d = days.get(day) ?? { hour: day, received: 0, delivered: 0, deferred: 0, bounced: 0, rejected: 0 };
      d.received += r.received;
      d.delivered += r.delivered;
      d.deferred += r.deferred;
      d.bounced += r.bounced;
      d.rejected += r.rejected;
      days.set(day, d);
    }
    rows = [...days.values()];
    label = 'Volume by day (UTC)';
  }
  const body = rows.map((r) => [
    r.hour.length > 10 ? r.hour.slice(0, 16).replace('T', ' ') : r.hour,
    n(r.received),
    n(r.delivered),
    n(r.deferred),
    n(r.bounced),
    n(r.rejected),
  ]);
  return section(
    label,
    body.length === 0
      ? []
      : table(['period', 'received', 'delivered', 'deferred', 'bounced', 'rejected'], body, [16, 9, 9, 9, 9, 9]),
    options.detail,
  );
}

function addressTable(title: string, rows: AddressRow[], column: 'messages' | 'failures'): string[] {
  if (rows.length === 0) return [];
  return [
    `  ${title}`,
    ...table(
      ['address', column, 'bytes'],
      rows.map((r) => [r.address, n(r[column]), n(r.bytes)]),
      [58, 10, 14],
    ).map((l) => `  ${l}`),
  ];
}

function addresses(report: Report, options: TextOptions): string[] {
  const body = [
    ...addressTable('senders by volume', report.senders.byVolume, 'messages'),
    ...addressTable('senders by failed recipients', report.senders.byFailures, 'failures'),
    ...addressTable('recipients by volume', report.recipients.byVolume, 'messages'),
    ...addressTable('recipients by failures', report.recipients.byFailures, 'failures'),
  ];
  return section('Top senders and recipients', body, options.detail);
}

function logMessages(report: Report, options: TextOptions): string[] {
  const rows = report.logMessages
    .slice(0, options.detail === true ? report.logMessages.length : options.top)
    .map((m) =>
      clip(`  ${m.severity.padEnd(7)} ${m.program.padEnd(10)} ${n(m.count).padStart(6)}×  ${m.text}`, TEXT_WIDTH),
    );
  return section('Warnings, errors, fatal and panic messages', rows, options.detail);
}

const BOLD = '\x1b[1m';
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

/** Colour the finished text: headings bold, hard problems red, soft ones yellow. */
function colourise(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const next = lines[i + 1] ?? '';
      if (next.startsWith('---') && line !== '') return `${BOLD}${line}${RESET}`;
      if (/^ {2}\d+\. /.test(line)) return `${line.includes(' · hard · ') ? RED : YELLOW}${line}${RESET}`;
      return line;
    })
    .join('\n');
}

function totals(report: Report): string[] {
  const t = report.totals;
  const rows = [
    heading('Totals'),
    `  received   ${n(t.received).padStart(9)}    delivered ${n(t.delivered).padStart(9)}    forwarded ${n(t.forwarded).padStart(7)}`,
    `  deferred   ${n(t.deferred).padStart(9)}    (${n(t.deferrals)} deferrals)`,
    `  bounced    ${n(t.bounced).padStart(9)}    expired   ${n(t.expired).padStart(9)}`,
    `  rejected   ${n(t.rejected).padStart(9)}    (${t.rejectedPercent}%)   reject warnings ${n(t.rejectWarnings)}   held ${n(t.held)}   discarded ${n(t.discarded)}`,
  ];
  if (report.exim !== null) {
    const x = report.exim;
    rows.push(
      `  eximstats view: received ${n(x.received)} · delivered ${n(x.deliveredMessages)} (${n(x.deliveredAddresses)} addresses) · delayed ${n(x.delayed)} · failed ${n(x.failed)}`,
      `                  rejects ${n(x.rejects)} · temporary rejects ${n(x.temporaryRejects)}`,
    );
  }
  rows.push('');
  return rows.map((r) => clip(r, TEXT_WIDTH));
}

function problems(report: Report, direction: 'outbound' | 'inbound', options: TextOptions): string[] {
  const rows = report.problems.filter((p) => p.direction === direction);
  const total = rows.reduce((sum, p) => sum + p.count, 0);
  const title =
    direction === 'outbound'
      ? `Delivery problems (outbound): ${n(total)} failed attempt${total === 1 ? '' : 's'}`
      : `Refused by this server (inbound): ${n(total)} event${total === 1 ? '' : 's'}`;
  const out = [heading(title)];
  if (rows.length === 0) {
    out.push('  none', '');
    return out;
  }
  rows.slice(0, options.top).forEach((p, i) => {
    out.push(...problem(p, i + 1, direction));
  });
  if (rows.length > options.top) out.push(`  … ${rows.length - options.top} more reasons (use --top to see them)`);
  out.push('');
  return out;
}

const ACT: Record<ProblemRow['whoMustAct'], string> = {
  nobody: 'nobody',
  retry: 'wait (retries fix it)',
  'our-side': 'our side',
  'their-side': 'their side',
};

function problem(p: ProblemRow, rank: number, direction: 'outbound' | 'inbound'): string[] {
  const classes = [
    p.permanent > 0 ? `${n(p.permanent)} permanent` : '',
    p.transient > 0 ? `${n(p.transient)} transient` : '',
  ]
    .filter((x) => x !== '')
    .join(', ');
  const out = [
    clip(
      `  ${rank}. ${p.title}: ${n(p.count)} (${pct(p.share)}) · ${classes} · ${p.hardness} · acts: ${ACT[p.whoMustAct]}`,
      TEXT_WIDTH,
    ),
  ];
  const where = direction === 'outbound' ? 'domains' : 'clients';
  if (p.topDomains.length > 0) out.push(clip(`     ${where}: ${list(p.topDomains, 5)}`, TEXT_WIDTH));
  if (direction === 'outbound' && p.topRelays.length > 0)
    out.push(clip(`     relays:  ${list(p.topRelays, 3)}`, TEXT_WIDTH));
  if (p.topCodes.length > 0) out.push(clip(`     codes:   ${list(p.topCodes, 5)}`, TEXT_WIDTH));
  if (p.example !== null) out.push(clip(`     e.g.     ${p.example.reply}`, TEXT_WIDTH));
  const fix = wrap(p.hint, TEXT_WIDTH - 14, '              ');
  if (fix.length > 0) out.push(`     fix:     ${fix.join('\n')}`);
  return out;
}

function codes(rows: CodeRow[], options: TextOptions): string[] {
  const out = [heading('Reply codes (problems first)')];
  if (rows.length === 0) {
    out.push('  none', '');
    return out;
  }
  const total = rows.reduce((sum, c) => sum + c.count, 0);
  out.push('  code  enhanced   class        count  share  example');
  for (const c of rows.slice(0, options.top * 2)) {
    const head = `  ${String(c.code ?? '-').padEnd(4)}  ${(c.enhanced ?? '-').padEnd(9)}  ${(c.class ?? '-').padEnd(10)} ${n(c.count).padStart(7)}  ${pct(c.count / total).padStart(5)}  `;
    out.push(head + clip(c.example, TEXT_WIDTH - head.length));
  }
  if (rows.length > options.top * 2) out.push(`  … ${rows.length - options.top * 2} more codes`);
  out.push('');
  return out;
}

function diagnostics(report: Report): string[] {
  const d = report.diagnostics;
  const out = [heading('Input')];
  out.push(
    `  lines read ${n(d.linesRead)} = parsed ${n(d.linesParsed)} + other programs ${n(d.linesForeign)} + unrecognised ${n(d.linesUnrecognised)}`,
  );
  if (d.linesOverlong > 0) out.push(`  overlong lines (cut at the limit): ${n(d.linesOverlong)}`);
  if (d.notes > 0) out.push(`  Exim free-text notes (ACL logwrite and alike): ${n(d.notes)}`);
  if (d.linesOutsideWindow > 0) out.push(`  left out, outside --since/--until: ${n(d.linesOutsideWindow)} lines`);
  if (d.prunedKeys > 0) {
    const note = wrap(`${PRUNED_NOTE} (${n(d.prunedKeys)} keys).`, TEXT_WIDTH - 4, '    ');
    out.push(...note.map((line, i) => (i === 0 ? `  ${line}` : line)));
  }
  for (const s of d.samples.slice(0, 5)) out.push(clip(`  ? ${s.source}:${s.line} ${s.reason}: ${s.text}`, TEXT_WIDTH));
  return out.map((r) => clip(r, TEXT_WIDTH));
}
