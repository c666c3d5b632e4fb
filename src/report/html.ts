/**
 * Report → one self-contained offline HTML file: inline CSS, inline SVG charts drawn here, one
 * small inline script (table sorting), and the report model as a JSON data block. Pure.
 *
 * Security: every log-derived string goes through `escapeHtml` (text and double-quoted
 * attributes) or `jsonForScript` (the data block), see html-escape.ts. No log text reaches an
 * href, src, style or event-handler attribute. A Content-Security-Policy meta tag allows only
 * inline styles, `data:` images and the one script whose SHA-256 hash is computed here, so even a
 * missed escape could not run code or load anything.
 */
import { createHash } from 'node:crypto';
import type { AddressRow, HostRow, KeyCount, ProblemRow, Report, Sample } from '../aggregate/model.js';
import { HOST_COLUMNS, HOSTS_TITLE, hostsSummary } from './hosts.js';
import { REPORT_CSS, SORT_SCRIPT } from './html-assets.js';
import { reasonChart, volumeChart } from './html-charts.js';
import { escapeHtml, jsonForScript } from './html-escape.js';
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
import { binLabel, nonEmptyBins, timeline } from './timeline.js';

export interface HtmlOptions {
  top: number;
  detail: boolean;
}

/** Longest log-derived text shown in one place; the embedded JSON keeps the full text. */
const MAX_TEXT = 400;
const CHART_BINS = 96;
const CHART_BINS_DETAIL = 168;

/** `'sha256-…'` for a CSP script-src list (CSP Level 2 §4.2.4: hash of the exact element text). */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(script: string): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${scriptHash(script)}`,
    'img-src data:',
    // Not covered by default-src: no <base> rewriting of relative URLs, no form posts.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function text(value: string): string {
  return escapeHtml(value);
}

function clip(value: string): string {
  const chars = Array.from(value);
  return chars.length <= MAX_TEXT ? value : `${chars.slice(0, MAX_TEXT - 1).join('')}…`;
}

/** Log text in monospace; always escaped. */
function code(value: string): string {
  return value === '' ? '<span class="none-note">(empty)</span>' : `<code>${escapeHtml(clip(value))}</code>`;
}

interface Column<T> {
  title: string;
  /** Right-aligned, sorted by `sort` (a number, or null for "no value"). */
  sort?: (row: T) => number | null;
  /** Free text that may wrap anywhere. */
  wide?: boolean;
  /** A short name (domain, address, host) that should stay on one line. */
  key?: boolean;
  /** Escaped HTML for the cell. */
  value: (row: T) => string;
}

function table<T>(rows: readonly T[], columns: readonly Column<T>[], label: string): string {
  const head = columns
    .map((c) =>
      c.sort === undefined
        ? `<th scope="col"><button type="button">${text(c.title)}</button></th>`
        : `<th scope="col" class="num" data-type="number"><button type="button">${text(c.title)}</button></th>`,
    )
    .join('');
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        if (c.sort === undefined) {
          const cls = c.wide === true ? ' class="text"' : c.key === true ? ' class="key"' : '';
          return `<td${cls}>${c.value(row)}</td>`;
        }
        const key = c.sort(row);
        return `<td class="num" data-v="${key === null ? '' : text(String(key))}">${c.value(row)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table class="sortable" aria-label="${text(label)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

interface Section {
  id: string;
  title: string;
  html: string;
}

class HtmlWriter {
  private readonly reasonTitle: ReturnType<typeof reasonTitles>;

  constructor(
    private readonly report: Report,
    private readonly options: HtmlOptions,
  ) {
    this.reasonTitle = reasonTitles(report);
  }

  private limit<T>(rows: readonly T[], top = this.options.top): readonly T[] {
    return this.options.detail ? rows : rows.slice(0, top);
  }

  private more(shown: number, total: number, what: string): string {
    return total > shown
      ? `<p class="more">… ${count(total - shown)} more ${text(what)} in the model (use --top or --detail).</p>`
      : '';
  }

  /** A section, or null when it is empty and --detail is off. */
  private section(id: string, title: string, empty: boolean, body: () => string): Section | null {
    if (empty && !this.options.detail) return null;
    return { id, title, html: empty ? '<p class="none-note">None.</p>' : body() };
  }

  render(): string {
    const sections = [
      this.totals(),
      this.problems(),
      this.trends(),
      this.hosts(),
      this.domains(),
      this.relays(),
      this.clients(),
      this.delays(),
      this.volume(),
      this.addresses('senders', 'Senders', this.report.senders),
      this.addresses('recipients', 'Recipients', this.report.recipients),
      this.logMessages(),
      this.codes(),
      this.input(),
    ].filter((s): s is Section => s !== null);
    const nav = sections.map((s) => `<a href="#${s.id}">${text(s.title)}</a>`).join('');
    const main = sections
      .map(
        (s) =>
          `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${text(s.title)}</h2>\n${s.html}</section>`,
      )
      .join('\n');
    const r = this.report;
    const errors = r.inputs
      .filter((i) => i.error !== null)
      .map((i) => `<p class="alert"><strong>Input error:</strong> ${code(i.error ?? '')}</p>`)
      .join('');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${text(contentSecurityPolicy(SORT_SCRIPT))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${text(`${r.generator.name} ${r.generator.version}`)}">
<title>${text(`mailtriage report: ${summaryLine(r)}`)}</title>
<link rel="icon" href="data:,">
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>mailtriage report</h1>
<p class="meta">${text(summaryLine(r))}</p>
<p class="meta">Generated ${text(minute(r.generatedAt))} UTC by ${text(`${r.generator.name} ${r.generator.version}`)}. Click a column header to sort a table.</p>
${errors}
<nav aria-label="Sections">${nav}</nav>
</header>
<main>
${main}
</main>
<footer>The report model (schema version ${text(String(r.schemaVersion))}) is embedded in this file as JSON (script#mailtriage-report).</footer>
<script type="application/json" id="mailtriage-report">${jsonForScript(r)}</script>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
  }

  private totals(): Section {
    const t = this.report.totals;
    const m = this.report.messages;
    const deliveryRate = overallDeliveryRate(this.report);
    const tone = deliveryRate === null ? '' : deliveryRate >= 0.95 ? 'good' : deliveryRate >= 0.8 ? 'warn' : 'bad';
    const kpis: [string, string, string][] = [
      ['Received', count(t.received), ''],
      ['Delivered', count(t.delivered), t.delivered > 0 ? 'good' : ''],
      ['Delivery rate', rate(deliveryRate), tone],
      ['Deferred messages', count(t.deferred), t.deferred > 0 ? 'warn' : ''],
      ['Bounced', count(t.bounced), t.bounced > 0 ? 'bad' : ''],
      ['Expired', count(t.expired), t.expired > 0 ? 'bad' : ''],
      ['Rejected (inbound)', count(t.rejected), t.rejected > 0 ? 'warn' : ''],
      ['Pending at end', count(m.outcomes.pending), m.outcomes.pending > 0 ? 'warn' : ''],
    ];
    const facts: [string, string][] = [
      ['Forwarded', count(t.forwarded)],
      ['Deferral attempts', count(t.deferrals)],
      ['Rejected share (pflogsumm)', `${t.rejectedPercent}%`],
      ['Reject warnings', count(t.rejectWarnings)],
      ['Held', count(t.held)],
      ['Discarded', count(t.discarded)],
      ['Messages seen', count(m.messages)],
      ['Messages complete / open at end', `${count(m.complete)} / ${count(m.openAtEnd)}`],
      ['Evicted early (idle / cap)', `${count(m.evictedIdle)} / ${count(m.evictedCap)}`],
      ['Bounce notifications sent', count(m.bounceNotifications)],
      ['Recipients (ever deferred)', `${count(m.outcomes.recipients)} (${count(m.outcomes.everDeferred)})`],
      ['Delivery attempts per recipient', String(m.attemptsPerRecipient)],
    ];
    const x = this.report.exim;
    if (x !== null) {
      facts.push(
        ['Exim: received', count(x.received)],
        ['Exim: delivered messages / addresses', `${count(x.deliveredMessages)} / ${count(x.deliveredAddresses)}`],
        ['Exim: delayed / failed', `${count(x.delayed)} / ${count(x.failed)}`],
        ['Exim: rejects (temporary)', `${count(x.rejects)} (${count(x.temporaryRejects)})`],
      );
    }
    const cards = kpis
      .map(
        ([label, value, cls]) =>
          `<div class="kpi${cls === '' ? '' : ` ${cls}`}"><div class="label">${text(label)}</div><div class="value">${text(value)}</div></div>`,
      )
      .join('');
    const list = facts.map(([label, value]) => `<li>${text(label)} <strong>${text(value)}</strong></li>`).join('');
    return { id: 'totals', title: 'Totals', html: `<div class="kpis">${cards}</div><ul class="chips">${list}</ul>` };
  }

  private problems(): Section {
    const all = this.report.problems;
    const chart = reasonChart(all, this.options.detail ? 30 : Math.min(this.options.top, 15));
    const parts = (['outbound', 'inbound'] as const).map((direction) => this.problemList(direction));
    return { id: 'problems', title: 'Problems', html: `${chart}\n${parts.join('\n')}` };
  }

  private problemList(direction: 'outbound' | 'inbound'): string {
    const rows = this.report.problems.filter((p) => p.direction === direction);
    const total = problemTotal(this.report, direction);
    const title =
      direction === 'outbound'
        ? `Delivery problems (outbound): ${count(total)} failed attempt${total === 1 ? '' : 's'}`
        : `Refused by this server (inbound): ${count(total)} event${total === 1 ? '' : 's'}`;
    const heading = `<h3 id="problems-${direction}">${text(title)}</h3>`;
    if (rows.length === 0) return `${heading}<p class="none-note">None.</p>`;
    const shown = this.limit(rows);
    const cards = shown.map((p, i) => this.problem(p, i + 1)).join('\n');
    return `${heading}<div class="problems">\n${cards}\n</div>${this.more(shown.length, rows.length, 'reasons')}`;
  }

  private keyList(items: readonly KeyCount[], top: number): string {
    const shown = this.limit(items, top);
    const list = shown.map((k) => `${code(k.key)} ${text(count(k.count))}`).join(', ');
    return items.length > shown.length ? `${list}, …` : list;
  }

  private problem(p: ProblemRow, rank: number): string {
    const facts: [string, string][] = [];
    const outcomes = Object.entries(p.outcomes)
      .map(([outcome, value]) => `${outcome} ${count(value)}`)
      .join(', ');
    if (outcomes !== '') facts.push(['Outcomes', text(outcomes)]);
    const where = p.direction === 'outbound' ? 'Domains' : 'Clients';
    if (p.topDomains.length > 0) facts.push([where, this.keyList(p.topDomains, 5)]);
    if (p.topRelays.length > 0) facts.push(['Relays', this.keyList(p.topRelays, 3)]);
    if (p.topCodes.length > 0) facts.push(['Codes', this.keyList(p.topCodes, 5)]);
    if (p.example !== null) {
      facts.push([
        'Example',
        `${code(p.example.reply)} <span class="meta mono">${text(`${p.example.source}:${p.example.line}`)}</span>`,
      ]);
    }
    const dl = facts.map(([label, value]) => `<dt>${text(label)}</dt><dd>${value}</dd>`).join('');
    const fix = p.hint === '' ? '' : `<dt>Fix</dt><dd class="fix">${text(p.hint)}</dd>`;
    const width = Math.min(100, Math.max(0, p.share * 100)).toFixed(1);
    return `<article class="problem ${text(p.hardness)}">
<h4><span class="rank">${rank}.</span> <span class="title">${text(p.title)}</span> <span class="count">${text(`${count(p.count)} · ${percent(p.share)}`)}</span></h4>
<div class="share" aria-hidden="true"><span style="width:${width}%"></span></div>
<p class="badges"><span class="badge ${text(p.hardness)}">${text(`${p.hardness} · ${HARDNESS[p.hardness]}`)}</span><span class="badge">${text(replyClasses(p.permanent, p.transient))}</span><span class="badge act-${text(p.whoMustAct)}">${text(`who must act: ${WHO_MUST_ACT[p.whoMustAct]}`)}</span></p>
<dl class="facts">${dl}${fix}</dl>
</article>`;
  }

  private trends(): Section | null {
    const t = this.report.trends;
    if (t === null) return null;
    const rows = trendRows(this.report, this.options.top, this.options.detail);
    return this.section('trends', trendTitle(t), rows.length === 0, () => {
      return (
        table(
          rows,
          [
            { title: 'Problem', key: true, value: (r) => `${text(r.kind)} ${code(r.key)}` },
            { title: 'Now', sort: (r) => r.current, value: (r) => count(r.current) },
            {
              title: 'Previous',
              sort: (r) => r.previous,
              value: (r) => (r.previous === null ? '–' : count(r.previous)),
            },
            {
              title: '7-run average',
              sort: (r) => r.average,
              value: (r) => (r.average === null ? '–' : count(r.average)),
            },
            { title: 'Change', sort: (r) => r.change, value: (r) => text(trendChange(r.change)) },
            { title: 'New', key: true, value: (r) => (r.isNew ? '<span class="badge">NEW</span>' : '') },
          ],
          'Trends',
        ) + this.more(rows.length, t.rows.length, 'trend rows')
      );
    });
  }

  private domains(): Section | null {
    const rows = this.report.domains;
    return this.section('domains', 'Destination domains', rows.length === 0, () => {
      const shown = this.limit(rows);
      return (
        table(
          shown,
          [
            { title: 'Domain', key: true, value: (d) => code(d.domain) },
            { title: 'Recipients', sort: (d) => d.outcomes.recipients, value: (d) => count(d.outcomes.recipients) },
            { title: 'Delivered', sort: (d) => d.outcomes.delivered, value: (d) => count(d.outcomes.delivered) },
            { title: 'Deferred attempts', sort: (d) => d.deferrals, value: (d) => count(d.deferrals) },
            { title: 'Bounced', sort: (d) => d.outcomes.bounced, value: (d) => count(d.outcomes.bounced) },
            { title: 'Expired', sort: (d) => d.outcomes.expired, value: (d) => count(d.outcomes.expired) },
            { title: 'Pending', sort: (d) => d.outcomes.pending, value: (d) => count(d.outcomes.pending) },
            { title: 'Delivery rate', sort: (d) => d.deliveryRate, value: (d) => rate(d.deliveryRate) },
            { title: 'Top reason', key: true, value: (d) => text(this.reasonTitle(d.topReason)) },
            { title: 'p50 delay', sort: (d) => d.delay.p50, value: (d) => duration(d.delay.p50) },
            { title: 'p90 delay', sort: (d) => d.delay.p90, value: (d) => duration(d.delay.p90) },
          ],
          'Destination domains',
        ) + this.more(shown.length, rows.length, 'domains')
      );
    });
  }

  /** Fleet reports only. */
  private hosts(): Section | null {
    const hosts = this.report.hosts;
    if (hosts === undefined) return null;
    return this.section('hosts', HOSTS_TITLE, hosts.rows.length === 0, () => {
      const columns = HOST_COLUMNS.map((c) => ({
        title: c.title,
        ...(c.numeric ? { sort: (r: HostRow) => numeric(c.cell(r)) } : { key: true }),
        value: (r: HostRow) => {
          const v = c.cell(r);
          return typeof v === 'number' ? count(v) : text(v);
        },
      }));
      return `<p>${text(hostsSummary(hosts))}</p>${table(hosts.rows, columns, HOSTS_TITLE)}`;
    });
  }

  private relays(): Section | null {
    const rows = this.report.relays;
    return this.section('relays', 'Relays (next hops)', rows.length === 0, () => {
      const shown = this.limit(rows);
      return (
        table(
          shown,
          [
            { title: 'Relay', key: true, value: (r) => code(r.relay) },
            { title: 'Delivered', sort: (r) => r.delivered, value: (r) => count(r.delivered) },
            { title: 'Deferred', sort: (r) => r.deferred, value: (r) => count(r.deferred) },
            { title: 'Bounced', sort: (r) => r.bounced, value: (r) => count(r.bounced) },
            { title: 'Top reason', key: true, value: (r) => text(this.reasonTitle(r.topReason)) },
          ],
          'Relays',
        ) + this.more(shown.length, rows.length, 'relays')
      );
    });
  }

  private clients(): Section | null {
    const rows = this.report.clients;
    return this.section('clients', 'Inbound clients refused', rows.length === 0, () => {
      const shown = this.limit(rows);
      return (
        table(
          shown,
          [
            { title: 'Client', key: true, value: (c) => code(c.client) },
            { title: 'Refused', sort: (c) => c.refused, value: (c) => count(c.refused) },
            { title: 'Top reason', key: true, value: (c) => text(this.reasonTitle(c.topReason)) },
          ],
          'Inbound clients refused',
        ) + this.more(shown.length, rows.length, 'clients')
      );
    });
  }

  private delays(): Section | null {
    const rows = delayRows(this.report).filter((r) => this.options.detail || r.p.count > 0);
    return this.section('delays', 'Delays of delivered recipients', rows.length === 0, () =>
      table(
        rows,
        [
          { title: 'Part', value: (r) => text(r.label) },
          { title: 'Count', sort: (r) => r.p.count, value: (r) => count(r.p.count) },
          { title: 'p50', sort: (r) => r.p.p50, value: (r) => duration(r.p.p50) },
          { title: 'p90', sort: (r) => r.p.p90, value: (r) => duration(r.p.p90) },
          { title: 'p99', sort: (r) => r.p.p99, value: (r) => duration(r.p.p99) },
          { title: 'Max', sort: (r) => r.p.max, value: (r) => duration(r.p.max) },
        ],
        'Delays',
      ),
    );
  }

  private volume(): Section | null {
    const maxBins = this.options.detail ? CHART_BINS_DETAIL : CHART_BINS;
    const line = timeline(this.report.hourly, maxBins);
    return this.section('volume', 'Volume over time', line.bins.length === 0, () => {
      // Quiet bins are left out of the table; the chart shows the gaps.
      const rows = table(
        nonEmptyBins(line),
        [
          { title: 'From (UTC)', key: true, value: (b) => text(minute(b.start)) },
          { title: 'Received', sort: (b) => b.counts.received, value: (b) => count(b.counts.received) },
          { title: 'Delivered', sort: (b) => b.counts.delivered, value: (b) => count(b.counts.delivered) },
          { title: 'Deferred', sort: (b) => b.counts.deferred, value: (b) => count(b.counts.deferred) },
          { title: 'Bounced', sort: (b) => b.counts.bounced, value: (b) => count(b.counts.bounced) },
          { title: 'Rejected', sort: (b) => b.counts.rejected, value: (b) => count(b.counts.rejected) },
        ],
        `Volume ${binLabel(line.hours)}`,
      );
      return `${volumeChart(this.report.hourly, maxBins)}<details class="no-print"><summary>${text(`Table: events ${binLabel(line.hours)}`)}</summary>${rows}</details>`;
    });
  }

  private addresses(
    id: string,
    title: string,
    lists: { byVolume: AddressRow[]; byFailures: AddressRow[] },
  ): Section | null {
    const empty = lists.byVolume.length === 0 && lists.byFailures.length === 0;
    return this.section(id, title, empty, () => {
      const columns: Column<AddressRow>[] = [
        { title: 'Address', key: true, value: (a) => code(a.address) },
        { title: 'Messages', sort: (a) => a.messages, value: (a) => count(a.messages) },
        { title: 'Size', sort: (a) => a.bytes, value: (a) => bytes(a.bytes) },
        { title: 'Failures', sort: (a) => a.failures, value: (a) => count(a.failures) },
      ];
      const rankings: [string, AddressRow[]][] = [
        ['by volume', lists.byVolume],
        ['by failures', lists.byFailures],
      ];
      const halves = rankings
        .filter(([, rows]) => rows.length > 0 || this.options.detail)
        .map(([label, rows]) => {
          const heading = `<h3>${text(`${title} ${label}`)}</h3>`;
          if (rows.length === 0) return `<div>${heading}<p class="none-note">None.</p></div>`;
          return `<div>${heading}${table(this.limit(rows), columns, `${title} ${label}`)}</div>`;
        });
      return `<div class="pair">${halves.join('\n')}</div>`;
    });
  }

  private logMessages(): Section | null {
    const rows = this.report.logMessages;
    return this.section('log-messages', 'Warnings, errors, fatal and panic messages', rows.length === 0, () => {
      const shown = this.limit(rows);
      return (
        table(
          shown,
          [
            { title: 'Severity', value: (r) => `<span class="sev-${text(r.severity)}">${text(r.severity)}</span>` },
            { title: 'Program', value: (r) => code(r.program) },
            { title: 'Count', sort: (r) => r.count, value: (r) => count(r.count) },
            { title: 'Message', wide: true, value: (r) => code(r.text) },
            {
              title: 'First seen',
              value: (r) => `<span class="mono">${text(`${r.example.source}:${r.example.line}`)}</span>`,
            },
          ],
          'Warnings, errors, fatal and panic messages',
        ) + this.more(shown.length, rows.length, 'messages')
      );
    });
  }

  private codes(): Section | null {
    const rows = this.report.codes;
    return this.section('codes', 'Reply codes', rows.length === 0, () => {
      const total = rows.reduce((sum, c) => sum + c.count, 0);
      const shown = this.limit(rows, this.options.top * 2);
      return (
        table(
          shown,
          [
            { title: 'Code', sort: (c) => c.code, value: (c) => text(String(c.code ?? '–')) },
            { title: 'Enhanced', value: (c) => (c.enhanced === null ? '–' : code(c.enhanced)) },
            { title: 'Class', value: (c) => text(c.class ?? '–') },
            { title: 'Count', sort: (c) => c.count, value: (c) => count(c.count) },
            { title: 'Share', sort: (c) => c.count / total, value: (c) => percent(c.count / total) },
            { title: 'Remote', sort: (c) => c.remote, value: (c) => count(c.remote) },
            { title: 'Local', sort: (c) => c.local, value: (c) => count(c.local) },
            { title: 'Reason', key: true, value: (c) => text(this.reasonTitle(c.reason)) },
            { title: 'Example', wide: true, value: (c) => code(c.example) },
          ],
          'Reply codes',
        ) + this.more(shown.length, rows.length, 'codes')
      );
    });
  }

  private input(): Section {
    const d = this.report.diagnostics;
    const lines = [
      `Lines read ${count(d.linesRead)} = parsed ${count(d.linesParsed)} + other programs ${count(d.linesForeign)} + unrecognised ${count(d.linesUnrecognised)}.`,
    ];
    if (d.linesOverlong > 0) lines.push(`Overlong lines (cut at the limit): ${count(d.linesOverlong)}.`);
    if (d.notes > 0) lines.push(`Exim free-text notes (ACL logwrite and alike): ${count(d.notes)}.`);
    if (d.prunedKeys > 0) lines.push(`${PRUNED_NOTE} (${count(d.prunedKeys)} keys).`);
    const reasons = Object.entries(d.unrecognisedByReason);
    const byReason =
      reasons.length === 0
        ? ''
        : `<p>Unrecognised by reason: ${reasons.map(([r, c]) => `${code(r)} ${count(c)}`).join(', ')}.</p>`;
    const inputs =
      this.report.inputs.length === 0
        ? ''
        : table(
            this.report.inputs,
            [
              { title: 'Input', key: true, value: (i) => code(i.name) },
              { title: 'Lines', sort: (i) => i.lines, value: (i) => count(i.lines) },
              { title: 'Size', sort: (i) => i.bytes, value: (i) => bytes(i.bytes) },
              { title: 'Compression', value: (i) => text(i.compression ?? '–') },
              { title: 'Error', wide: true, value: (i) => (i.error === null ? '–' : code(i.error)) },
            ],
            'Inputs',
          );
    const html = [
      ...lines.map((l) => `<p>${text(l)}</p>`),
      inputs,
      byReason,
      this.samples('Unrecognised lines (samples)', d.samples),
      this.samples('Exim notes (samples)', d.noteSamples),
    ].join('\n');
    return { id: 'input', title: 'Input', html };
  }

  private samples(title: string, rows: readonly Sample[]): string {
    if (rows.length === 0 && !this.options.detail) return '';
    const heading = `<h3>${text(title)}</h3>`;
    if (rows.length === 0) return `${heading}<p class="none-note">None.</p>`;
    const shown = this.limit(rows, 5);
    return (
      heading +
      table(
        shown,
        [
          { title: 'Where', value: (s) => `<span class="mono">${text(`${s.source}:${s.line}`)}</span>` },
          { title: 'Reason', value: (s) => code(s.reason) },
          { title: 'Line', wide: true, value: (s) => code(s.text) },
        ],
        title,
      ) +
      this.more(shown.length, rows.length, 'samples')
    );
  }
}

export function renderHtml(report: Report, options: HtmlOptions): string {
  return new HtmlWriter(report, options).render();
}

/** A cell's value for sorting: the number, or the number inside `12.5%` / `+1.0 pt`. */
function numeric(value: string | number): number | null {
  if (typeof value === 'number') return value;
  const parsed = Number.parseFloat(value);
  return Number.isNaN(parsed) ? null : parsed;
}
