/**
 * The HTML report's charts as inline SVG, drawn here rather than by a script in the page so the
 * report works with scripts off, prints, and needs no chart library. Pure. Every text passes
 * through escapeHtml; colours come from CSS classes (light and dark themes), never from data.
 */
import type { HourRow, ProblemRow } from '../aggregate/model.js';
import { escapeHtml } from './html-escape.js';
import { count, minute } from './humanize.js';
import { binLabel, OUTCOME_SERIES, type Timeline, timeline } from './timeline.js';

const WIDTH = 960;

/** Round a coordinate so the SVG stays small and diffs stay stable. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** About `target` evenly spaced whole tick values (1, 2 or 5 × 10^k apart) from 0 to ≥ max. */
export function niceTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole numbers: a step below 1 would label ticks 0.2, 0.4 ….
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

function binText(start: string, hours: number, withYear: boolean): string {
  if (hours >= 24) return start.slice(0, 10);
  const text = minute(start);
  return withYear ? text : text.slice(5);
}

/** Stacked bars of events per time bin, one colour per outcome, with axes and a legend. */
export function volumeChart(rows: readonly HourRow[], maxBins: number): string {
  const line: Timeline = timeline(rows, maxBins);
  if (line.bins.length === 0) return '<p class="none-note">No timestamped events to chart.</p>';
  const height = 340;
  const plot = { left: 64, right: WIDTH - 16, top: 40, bottom: height - 44 };
  const totals = line.bins.map((b) => OUTCOME_SERIES.reduce((sum, s) => sum + b.counts[s], 0));
  const ticks = niceTicks(Math.max(...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / line.bins.length;
  const barWidth = Math.max(1, slot * 0.78);
  const firstYear = line.bins[0]?.start.slice(0, 4);
  const lastYear = line.bins[line.bins.length - 1]?.start.slice(0, 4);
  const out: string[] = [];

  for (const t of ticks) {
    out.push(
      `<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${px(y(t))}" y2="${px(y(t))}"/>`,
      `<text class="tick" x="${plot.left - 8}" y="${px(y(t) + 4)}" text-anchor="end">${escapeHtml(count(t))}</text>`,
    );
  }
  line.bins.forEach((bin, i) => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    let base = 0;
    for (const series of OUTCOME_SERIES) {
      const value = bin.counts[series];
      if (value === 0) continue;
      const y0 = y(base);
      const y1 = y(base + value);
      base += value;
      const label = `${minute(bin.start)} UTC · ${series} ${count(value)}`;
      out.push(
        `<rect class="bar s-${series}" x="${px(x)}" y="${px(y1)}" width="${px(barWidth)}" height="${px(Math.max(0.5, y0 - y1))}"><title>${escapeHtml(label)}</title></rect>`,
      );
    }
  });
  // At most about eight labels on the time axis, on evenly spaced bins.
  const every = Math.max(1, Math.ceil(line.bins.length / 8));
  line.bins.forEach((bin, i) => {
    if (i % every !== 0) return;
    const x = plot.left + i * slot + slot / 2;
    out.push(
      `<line class="axis" x1="${px(x)}" x2="${px(x)}" y1="${plot.bottom}" y2="${plot.bottom + 4}"/>`,
      `<text class="tick" x="${px(x)}" y="${plot.bottom + 18}" text-anchor="middle">${escapeHtml(binText(bin.start, line.hours, firstYear !== lastYear || i === 0))}</text>`,
    );
  });
  out.push(
    `<line class="axis" x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}"/>`,
    `<line class="axis" x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}"/>`,
    `<text class="tick" x="${(plot.left + plot.right) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(`time (UTC), one bar ${binLabel(line.hours)}`)}</text>`,
    `<text class="tick" transform="translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(`events ${binLabel(line.hours)}`)}</text>`,
  );
  out.push(legend(plot.left));
  const summary = `Events ${binLabel(line.hours)} by outcome, ${minute(line.bins[0]?.start ?? '')} to ${minute(line.bins[line.bins.length - 1]?.start ?? '')} UTC`;
  return `<figure class="chart" id="volume-chart"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(summary)}">${out.join('')}</svg><figcaption>${escapeHtml(summary)}. Hover a bar for its count.</figcaption></figure>`;
}

function legend(left: number): string {
  let x = left;
  return OUTCOME_SERIES.map((series) => {
    const item = `<rect class="s-${series}" x="${x}" y="8" width="12" height="12" rx="2"/><text x="${x + 17}" y="18.5">${escapeHtml(series)}</text>`;
    x += 30 + series.length * 7.5;
    return item;
  }).join('');
}

/** Horizontal bars of the largest problem reasons, coloured by hard/soft, both directions. */
export function reasonChart(problems: readonly ProblemRow[], max: number): string {
  const rows = [...problems].sort((a, b) => b.count - a.count).slice(0, max);
  if (rows.length === 0) return '';
  const rowHeight = 26;
  const plot = { left: 300, right: WIDTH - 90, top: 30 };
  const height = plot.top + rows.length * rowHeight + 30;
  const ticks = niceTicks(rows[0]?.count ?? 1, 6);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = (value: number) => plot.left + (value / top) * (plot.right - plot.left);
  const bottom = plot.top + rows.length * rowHeight;
  const out: string[] = [];
  for (const t of ticks) {
    out.push(
      `<line class="grid" x1="${px(x(t))}" x2="${px(x(t))}" y1="${plot.top - 4}" y2="${bottom}"/>`,
      `<text class="tick" x="${px(x(t))}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(count(t))}</text>`,
    );
  }
  rows.forEach((p, i) => {
    const y = plot.top + i * rowHeight;
    const label = `${p.title} (${p.direction === 'outbound' ? 'out' : 'in'})`;
    const text = label.length > 42 ? `${label.slice(0, 41)}…` : label;
    const width = Math.max(1, x(p.count) - plot.left);
    out.push(
      `<text x="${plot.left - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(text)}</text>`,
      `<rect class="bar h-${escapeHtml(p.hardness)}" x="${plot.left}" y="${y + 4}" width="${px(width)}" height="${rowHeight - 8}" rx="2"><title>${escapeHtml(`${label}: ${count(p.count)}, ${p.hardness}`)}</title></rect>`,
      `<text class="tick" x="${px(plot.left + width + 6)}" y="${y + 17}">${escapeHtml(count(p.count))}</text>`,
    );
  });
  out.push(
    `<line class="axis" x1="${plot.left}" x2="${plot.left}" y1="${plot.top - 4}" y2="${bottom}"/>`,
    `<rect class="h-hard" x="${plot.left}" y="6" width="12" height="12" rx="2"/><text x="${plot.left + 17}" y="16.5">hard: retrying cannot help</text>`,
    `<rect class="h-soft" x="${plot.left + 230}" y="6" width="12" height="12" rx="2"/><text x="${plot.left + 247}" y="16.5">soft: may clear</text>`,
  );
  const summary = `The ${rows.length} largest problem reasons by count (out: our deliveries, in: clients we refused)`;
  return `<figure class="chart" id="reason-chart"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(summary)}">${out.join('')}</svg><figcaption>${escapeHtml(summary)}.</figcaption></figure>`;
}
