/**
 * Report → GitHub-flavoured Markdown, for tickets and wikis. Pure. Same order as the text report.
 *
 * Log text is attacker-controlled, and a ticket renders it for other people, so every
 * log-derived string goes out as a code span (`cell`/`inline`): inside one, Markdown, HTML,
 * autolinks, @-mentions, emoji and math are all inert, and only two things need care: a
 * backtick run (longer fence) and, in a table, `|` (GFM splits cells before it parses inlines,
 * so a pipe must be `\|` even inside code). Our own texts (catalog titles and hints) are
 * backslash-escaped instead (`escapeMarkdown`), because they read better as prose.
 */
import type { AddressRow, HostRow, KeyCount, ProblemRow, Report, Sample } from '../aggregate/model.js';
import { HOST_COLUMNS, HOSTS_TITLE, hostsSummary } from './hosts.js';
import {
  bytes,
  count,
  delayRows,
  duration,
  HARDNESS,
  minute,
  overallDeliveryRate,
  PRUNED_NOTE,
  percent,
  problemTotal,
  rate,
  reasonTitles,
  replyClasses,
  summaryLine,
  trendChange,
  trendRows,
  trendTitle,
  WHO_MUST_ACT,
} from './humanize.js';
import { safe } from './text.js';
import { binLabel, nonEmptyBins, timeline } from './timeline.js';

export interface MarkdownOptions {
  top: number;
  detail: boolean;
}

/** Longest log-derived text shown in one place; the JSON report keeps the full text. */
const MAX_TEXT = 300;
/** Volume table rows before hours are merged into wider bins (see timeline.ts). */
const VOLUME_ROWS = 48;
const VOLUME_ROWS_DETAIL = 168;

/** Collapse every kind of line break (a table row must stay one line) and strip controls. */
function flatten(text: string): string {
  return safe(text).replace(/[\t\n\r\u2028\u2029]+/g, ' ');
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Backslash-escape prose: every ASCII punctuation character that can start Markdown, HTML, a
 * link, an entity, emphasis, strikethrough, math or a table cell, plus block markers at the start.
 */
export function escapeMarkdown(text: string): string {
  const escaped = flatten(text).replace(/[\\`*_[\]<>|~&$!@]/g, (c) => `\\${c}`);
  // At the start of a line these open a heading, list, quote or setext underline.
  return escaped.replace(/^(\s*)([#+\-=>]|\d+(?=[.)]))/, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  );
}

/** A code span whose fence is longer than any backtick run inside (CommonMark §6.1). */
function codeSpan(text: string, inTable: boolean): string {
  const flat = clip(flatten(text), MAX_TEXT);
  if (flat.trim() === '') return '(empty)';
  const longestRun = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // A space pads content that starts or ends with a backtick or a space; CommonMark strips one.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Log text inside a table cell. */
export function cell(text: string): string {
  return codeSpan(text, true);
}

/** Log text in a paragraph or list item. */
export function inline(text: string): string {
  return codeSpan(text, false);
}

interface Column<T> {
  title: string;
  numeric?: boolean;
  /** Already escaped Markdown for one cell. */
  value: (row: T) => string;
}

function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map((c) => escapeMarkdown(c.title))),
    line(columns.map((c) => (c.numeric === true ? '---:' : '---'))),
    ...rows.map((row) => line(columns.map((c) => c.value(row)))),
    '',
  ];
}

/** Renders one report; `top` limits lists unless `detail` asks for everything in the model. */
class MarkdownWriter {
  private readonly out: string[] = [];
  private readonly reasonTitle: ReturnType<typeof reasonTitles>;

  constructor(
    private readonly report: Report,
    private readonly options: MarkdownOptions,
  ) {
    this.reasonTitle = reasonTitles(report);
  }

  render(): string {
    this.title();
    this.totals();
    this.problems('outbound');
    this.problems('inbound');
    this.trends();
    this.hosts();
    this.domains();
    this.relays();
    this.clients();
    this.delays();
    this.volume();
    this.addresses('Senders', this.report.senders);
    this.addresses('Recipients', this.report.recipients);
    this.logMessages();
    this.codes();
    this.input();
    return `${this.out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`;
  }

  private limit<T>(rows: readonly T[], top = this.options.top): readonly T[] {
    return this.options.detail ? rows : rows.slice(0, top);
  }

  private more(shown: number, total: number, what: string): void {
    if (total > shown) this.out.push(`_… ${count(total - shown)} more ${what} (use --top or --detail)_`, '');
  }

  /** A section heading; false (and nothing written) when it is empty and --detail is off. */
  private section(title: string, empty: boolean): boolean {
    if (empty && !this.options.detail) return false;
    this.out.push(`## ${escapeMarkdown(title)}`, '');
    if (empty) this.out.push('None.', '');
    return !empty;
  }

  private title(): void {
    this.out.push('# mailtriage report', '', escapeMarkdown(summaryLine(this.report)), '');
    for (const input of this.report.inputs) {
      if (input.error !== null) this.out.push(`> **Input error:** ${inline(input.error)}`, '');
    }
  }

  private totals(): void {
    const t = this.report.totals;
    const m = this.report.messages;
    const rows: [string, string][] = [
      ['Received', count(t.received)],
      ['Delivered', count(t.delivered)],
      ['Forwarded', count(t.forwarded)],
      ['Deferred (messages)', count(t.deferred)],
      ['Deferral attempts', count(t.deferrals)],
      ['Bounced', count(t.bounced)],
      ['Expired', count(t.expired)],
      ['Rejected', `${count(t.rejected)} (${t.rejectedPercent}%)`],
      ['Reject warnings', count(t.rejectWarnings)],
      ['Held', count(t.held)],
      ['Discarded', count(t.discarded)],
      ['Messages seen', count(m.messages)],
      ['Recipients with a final outcome: delivery rate', rate(overallDeliveryRate(this.report))],
      ['Recipients still pending at the end', count(m.outcomes.pending)],
      ['Bounce notifications sent', count(m.bounceNotifications)],
      ['Delivery attempts per recipient', String(m.attemptsPerRecipient)],
    ];
    const x = this.report.exim;
    if (x !== null) {
      rows.push(
        ['Exim: received', count(x.received)],
        ['Exim: delivered messages / addresses', `${count(x.deliveredMessages)} / ${count(x.deliveredAddresses)}`],
        ['Exim: delayed', count(x.delayed)],
        ['Exim: failed', count(x.failed)],
        ['Exim: rejects (temporary)', `${count(x.rejects)} (${count(x.temporaryRejects)})`],
      );
    }
    this.section('Totals', false);
    this.out.push(
      ...table(rows, [
        { title: 'Metric', value: (r) => escapeMarkdown(r[0]) },
        { title: 'Count', numeric: true, value: (r) => r[1] },
      ]),
    );
  }

  private problems(direction: 'outbound' | 'inbound'): void {
    const rows = this.report.problems.filter((p) => p.direction === direction);
    const total = problemTotal(this.report, direction);
    const title =
      direction === 'outbound'
        ? `Delivery problems (outbound): ${count(total)} failed attempt${total === 1 ? '' : 's'}`
        : `Refused by this server (inbound): ${count(total)} event${total === 1 ? '' : 's'}`;
    this.out.push(`## ${escapeMarkdown(title)}`, '');
    if (rows.length === 0) {
      this.out.push('None.', '');
      return;
    }
    const shown = this.limit(rows);
    this.out.push(
      ...table(
        shown.map((p, i) => ({ p, rank: i + 1 })),
        [
          { title: 'Rank', numeric: true, value: (r) => String(r.rank) },
          { title: 'Reason', value: (r) => escapeMarkdown(r.p.title) },
          { title: 'Count', numeric: true, value: (r) => count(r.p.count) },
          { title: 'Share', numeric: true, value: (r) => percent(r.p.share) },
          { title: 'Permanent', numeric: true, value: (r) => count(r.p.permanent) },
          { title: 'Transient', numeric: true, value: (r) => count(r.p.transient) },
          { title: 'Hard/soft', value: (r) => r.p.hardness },
          { title: 'Who must act', value: (r) => escapeMarkdown(WHO_MUST_ACT[r.p.whoMustAct]) },
        ],
      ),
    );
    shown.forEach((p, i) => {
      this.problem(p, i + 1);
    });
    this.more(shown.length, rows.length, 'reasons');
  }

  private trends(): void {
    const t = this.report.trends;
    if (t === null) return;
    const rows = trendRows(this.report, this.options.top, this.options.detail);
    if (!this.section(trendTitle(t), rows.length === 0)) return;
    this.out.push(
      ...table(rows, [
        { title: 'Problem', value: (r) => `${r.kind} ${cell(r.key)}` },
        { title: 'Now', numeric: true, value: (r) => count(r.current) },
        { title: 'Previous', numeric: true, value: (r) => (r.previous === null ? '–' : count(r.previous)) },
        { title: '7-run average', numeric: true, value: (r) => (r.average === null ? '–' : count(r.average)) },
        { title: 'Change', numeric: true, value: (r) => trendChange(r.change) },
        { title: 'New', value: (r) => (r.isNew ? '**NEW**' : '') },
      ]),
    );
    this.more(rows.length, t.rows.length, 'trend rows');
  }

  private keyList(items: readonly KeyCount[], top: number): string {
    return this.limit(items, top)
      .map((k) => `${inline(k.key)} ${count(k.count)}`)
      .join(', ');
  }

  private problem(p: ProblemRow, rank: number): void {
    this.out.push(`### ${rank}. ${escapeMarkdown(p.title)}: ${count(p.count)} (${percent(p.share)})`, '');
    const outcomes = Object.entries(p.outcomes)
      .map(([outcome, value]) => `${outcome} ${count(value)}`)
      .join(', ');
    const items = [
      `**Class:** ${replyClasses(p.permanent, p.transient)} · **${p.hardness}** (${escapeMarkdown(HARDNESS[p.hardness])}) · **Who must act:** ${escapeMarkdown(WHO_MUST_ACT[p.whoMustAct])}`,
    ];
    if (outcomes !== '') items.push(`**Outcomes:** ${outcomes}`);
    const where = p.direction === 'outbound' ? 'Domains' : 'Clients';
    if (p.topDomains.length > 0) items.push(`**${where}:** ${this.keyList(p.topDomains, 5)}`);
    if (p.topRelays.length > 0) items.push(`**Relays:** ${this.keyList(p.topRelays, 3)}`);
    if (p.topCodes.length > 0) items.push(`**Codes:** ${this.keyList(p.topCodes, 5)}`);
    if (p.example !== null) {
      items.push(`**Example:** ${inline(p.example.reply)} (${inline(`${p.example.source}:${p.example.line}`)})`);
    }
    if (p.hint !== '') items.push(`**Fix:** ${escapeMarkdown(p.hint)}`);
    this.out.push(...items.map((item) => `- ${item}`), '');
  }

  private domains(): void {
    const rows = this.report.domains;
    if (!this.section('Destination domains', rows.length === 0)) return;
    const shown = this.limit(rows);
    this.out.push(
      ...table(shown, [
        { title: 'Domain', value: (d) => cell(d.domain) },
        { title: 'Recipients', numeric: true, value: (d) => count(d.outcomes.recipients) },
        { title: 'Delivered', numeric: true, value: (d) => count(d.outcomes.delivered) },
        { title: 'Deferred attempts', numeric: true, value: (d) => count(d.deferrals) },
        { title: 'Bounced', numeric: true, value: (d) => count(d.outcomes.bounced) },
        { title: 'Expired', numeric: true, value: (d) => count(d.outcomes.expired) },
        { title: 'Pending', numeric: true, value: (d) => count(d.outcomes.pending) },
        { title: 'Delivery rate', numeric: true, value: (d) => rate(d.deliveryRate) },
        { title: 'Top reason', value: (d) => escapeMarkdown(this.reasonTitle(d.topReason)) },
        { title: 'p50 delay', numeric: true, value: (d) => duration(d.delay.p50) },
        { title: 'p90 delay', numeric: true, value: (d) => duration(d.delay.p90) },
      ]),
    );
    this.more(shown.length, rows.length, 'domains');
  }

  /** Fleet reports only. */
  private hosts(): void {
    const hosts = this.report.hosts;
    if (hosts === undefined || !this.section(HOSTS_TITLE, hosts.rows.length === 0)) return;
    this.out.push(escapeMarkdown(hostsSummary(hosts)), '');
    this.out.push(
      ...table(
        hosts.rows,
        HOST_COLUMNS.map((c) => ({
          title: c.title,
          numeric: c.numeric,
          value: (r: HostRow) => {
            const v = c.cell(r);
            return typeof v === 'number' ? count(v) : c.numeric ? escapeMarkdown(v) : cell(v);
          },
        })),
      ),
    );
  }

  private relays(): void {
    const rows = this.report.relays;
    if (!this.section('Relays (next hops)', rows.length === 0)) return;
    const shown = this.limit(rows);
    this.out.push(
      ...table(shown, [
        { title: 'Relay', value: (r) => cell(r.relay) },
        { title: 'Delivered', numeric: true, value: (r) => count(r.delivered) },
        { title: 'Deferred', numeric: true, value: (r) => count(r.deferred) },
        { title: 'Bounced', numeric: true, value: (r) => count(r.bounced) },
        { title: 'Top reason', value: (r) => escapeMarkdown(this.reasonTitle(r.topReason)) },
      ]),
    );
    this.more(shown.length, rows.length, 'relays');
  }

  private clients(): void {
    const rows = this.report.clients;
    if (!this.section('Inbound clients refused', rows.length === 0)) return;
    const shown = this.limit(rows);
    this.out.push(
      ...table(shown, [
        { title: 'Client', value: (c) => cell(c.client) },
        { title: 'Refused', numeric: true, value: (c) => count(c.refused) },
        { title: 'Top reason', value: (c) => escapeMarkdown(this.reasonTitle(c.topReason)) },
      ]),
    );
    this.more(shown.length, rows.length, 'clients');
  }

  private delays(): void {
    const rows = delayRows(this.report).filter((r) => this.options.detail || r.p.count > 0);
    if (!this.section('Delays of delivered recipients', rows.length === 0)) return;
    this.out.push(
      ...table(rows, [
        { title: 'Part', value: (r) => escapeMarkdown(r.label) },
        { title: 'Count', numeric: true, value: (r) => count(r.p.count) },
        { title: 'p50', numeric: true, value: (r) => duration(r.p.p50) },
        { title: 'p90', numeric: true, value: (r) => duration(r.p.p90) },
        { title: 'p99', numeric: true, value: (r) => duration(r.p.p99) },
        { title: 'Max', numeric: true, value: (r) => duration(r.p.max) },
      ]),
    );
  }

  private volume(): void {
    const line = timeline(this.report.hourly, this.options.detail ? VOLUME_ROWS_DETAIL : VOLUME_ROWS);
    if (!this.section(`Volume ${binLabel(line.hours)} (UTC)`, line.bins.length === 0)) return;
    this.out.push(
      // Quiet bins are left out of the table (the HTML chart shows the gaps).
      ...table(nonEmptyBins(line), [
        { title: 'From', value: (b) => minute(b.start) },
        { title: 'Received', numeric: true, value: (b) => count(b.counts.received) },
        { title: 'Delivered', numeric: true, value: (b) => count(b.counts.delivered) },
        { title: 'Deferred', numeric: true, value: (b) => count(b.counts.deferred) },
        { title: 'Bounced', numeric: true, value: (b) => count(b.counts.bounced) },
        { title: 'Rejected', numeric: true, value: (b) => count(b.counts.rejected) },
      ]),
    );
  }

  private addresses(title: string, lists: { byVolume: AddressRow[]; byFailures: AddressRow[] }): void {
    if (!this.section(title, lists.byVolume.length === 0 && lists.byFailures.length === 0)) return;
    const columns: Column<AddressRow>[] = [
      { title: 'Address', value: (a) => cell(a.address) },
      { title: 'Messages', numeric: true, value: (a) => count(a.messages) },
      { title: 'Size', numeric: true, value: (a) => bytes(a.bytes) },
      { title: 'Failures', numeric: true, value: (a) => count(a.failures) },
    ];
    for (const [label, rows] of [
      ['By volume', lists.byVolume],
      ['By failures', lists.byFailures],
    ] as const) {
      if (rows.length === 0 && !this.options.detail) continue;
      this.out.push(`### ${title}: ${label.toLowerCase()}`, '');
      if (rows.length === 0) this.out.push('None.', '');
      else this.out.push(...table(this.limit(rows), columns));
    }
  }

  private logMessages(): void {
    const rows = this.report.logMessages;
    if (!this.section('Warnings, errors, fatal and panic messages', rows.length === 0)) return;
    const shown = this.limit(rows);
    this.out.push(
      ...table(shown, [
        { title: 'Severity', value: (r) => (r.severity === 'warning' ? r.severity : `**${r.severity}**`) },
        { title: 'Program', value: (r) => cell(r.program) },
        { title: 'Count', numeric: true, value: (r) => count(r.count) },
        { title: 'Message', value: (r) => cell(r.text) },
        { title: 'First seen', value: (r) => cell(`${r.example.source}:${r.example.line}`) },
      ]),
    );
    this.more(shown.length, rows.length, 'messages');
  }

  private codes(): void {
    const rows = this.report.codes;
    if (!this.section('Reply codes (problems first)', rows.length === 0)) return;
    const total = rows.reduce((sum, c) => sum + c.count, 0);
    const shown = this.limit(rows, this.options.top * 2);
    this.out.push(
      ...table(shown, [
        { title: 'Code', value: (c) => String(c.code ?? '–') },
        { title: 'Enhanced', value: (c) => (c.enhanced === null ? '–' : cell(c.enhanced)) },
        { title: 'Class', value: (c) => c.class ?? '–' },
        { title: 'Count', numeric: true, value: (c) => count(c.count) },
        { title: 'Share', numeric: true, value: (c) => percent(c.count / total) },
        { title: 'Remote', numeric: true, value: (c) => count(c.remote) },
        { title: 'Local', numeric: true, value: (c) => count(c.local) },
        { title: 'Reason', value: (c) => escapeMarkdown(this.reasonTitle(c.reason)) },
        { title: 'Example', value: (c) => cell(c.example) },
      ]),
    );
    this.more(shown.length, rows.length, 'codes');
  }

  private input(): void {
    const d = this.report.diagnostics;
    this.section('Input', false);
    this.out.push(
      `Lines read ${count(d.linesRead)} = parsed ${count(d.linesParsed)} + other programs ${count(d.linesForeign)} + unrecognised ${count(d.linesUnrecognised)}.`,
    );
    if (d.linesOverlong > 0) this.out.push(`Overlong lines (cut at the limit): ${count(d.linesOverlong)}.`);
    if (d.notes > 0) this.out.push(`Exim free-text notes (ACL logwrite and alike): ${count(d.notes)}.`);
    if (d.prunedKeys > 0) this.out.push(`${PRUNED_NOTE} (${count(d.prunedKeys)} keys).`);
    this.out.push('');
    if (this.report.inputs.length > 0) {
      this.out.push(
        ...table(this.report.inputs, [
          { title: 'Input', value: (i) => cell(i.name) },
          { title: 'Lines', numeric: true, value: (i) => count(i.lines) },
          { title: 'Size', numeric: true, value: (i) => bytes(i.bytes) },
          { title: 'Compression', value: (i) => i.compression ?? '–' },
          { title: 'Error', value: (i) => (i.error === null ? '–' : cell(i.error)) },
        ]),
      );
    }
    const reasons = Object.entries(d.unrecognisedByReason);
    if (reasons.length > 0) {
      this.out.push(`Unrecognised by reason: ${reasons.map(([r, c]) => `${inline(r)} ${count(c)}`).join(', ')}.`, '');
    }
    this.samples('Unrecognised lines (samples)', d.samples);
    this.samples('Exim notes (samples)', d.noteSamples);
  }

  private samples(title: string, rows: readonly Sample[]): void {
    if (rows.length === 0 && !this.options.detail) return;
    this.out.push(`### ${escapeMarkdown(title)}`, '');
    if (rows.length === 0) {
      this.out.push('None.', '');
      return;
    }
    const shown = this.limit(rows, 5);
    this.out.push(
      ...table(shown, [
        { title: 'Where', value: (s) => cell(`${s.source}:${s.line}`) },
        { title: 'Reason', value: (s) => cell(s.reason) },
        { title: 'Line', value: (s) => cell(s.text) },
      ]),
    );
    this.more(shown.length, rows.length, 'samples');
  }
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  return new MarkdownWriter(report, options).render();
}
