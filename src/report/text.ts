/**
 * Report → plain text for a terminal or a mail body: at most 100 columns, problems first, no
 * colour unless asked. Pure. Log-derived strings pass through `safe()` so control characters
 * from hostile logs cannot move the cursor or change the terminal.
 */
import type { CodeRow, KeyCount, ProblemRow, Report } from '../aggregate/model.js';

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

/** Strip terminal control sequences and other C0/C1 controls; keep printable text. */
export function safe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}

function clip(text: string, width: number): string {
  const clean = safe(text);
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
  out.push(...codes(report.codes, options));
  out.push(...diagnostics(report));
  return `${out.join('\n')}\n`;
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
      `  exim: received ${n(x.received)}, delivered ${n(x.deliveredMessages)} messages / ${n(x.deliveredAddresses)} addresses, delayed ${n(x.delayed)}, failed ${n(x.failed)}, rejects ${n(x.rejects)} (+${n(x.temporaryRejects)} temporary)`,
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
  for (const s of d.samples.slice(0, 5)) out.push(clip(`  ? ${s.source}:${s.line} ${s.reason}: ${s.text}`, TEXT_WIDTH));
  return out.map((r) => clip(r, TEXT_WIDTH));
}
