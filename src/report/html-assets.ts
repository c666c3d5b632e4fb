/**
 * The static parts of the HTML report: its style sheet and its one script. Constants, so the
 * script's CSP hash depends only on this file. Nothing here loads anything: no fonts, no
 * images by URL, no imports.
 */

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa;
  --accent: #0969da; --hard: #cf222e; --soft: #9a6700; --ok: #1a7f37;
  --received: #8c959f; --delivered: #2da44e; --deferred: #d4a72c; --bounced: #cf222e; --rejected: #8250df;
  --hard-bg: #ffebe9; --soft-bg: #fff8c5; --ok-bg: #dafbe1; --accent-bg: #ddf4ff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23;
    --accent: #4493f8; --hard: #f85149; --soft: #d29922; --ok: #3fb950;
    --received: #6e7681; --delivered: #3fb950; --deferred: #d29922; --bounced: #f85149; --rejected: #ab7df8;
    --hard-bg: #3c1618; --soft-bg: #3a2d0c; --ok-bg: #12361c; --accent-bg: #0c2d6b;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0 auto; max-width: 1240px; padding: 1.5rem 1rem 3rem;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .6rem; }
p { margin: .4rem 0; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .88em; }
code { background: var(--panel); border: 1px solid var(--border); border-radius: 4px; padding: 0 .3em; }
dd code { overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 0; }
.alert { border: 1px solid var(--hard); background: var(--hard-bg); border-radius: 6px; padding: .5rem .75rem; margin: .75rem 0; }
nav { display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 1rem 0 0; font-size: .9rem; }
nav a { color: var(--accent); text-decoration: none; }
nav a:hover, nav a:focus-visible { text-decoration: underline; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.kpi { border: 1px solid var(--border); border-radius: 8px; padding: .55rem .75rem; background: var(--panel); }
.kpi .label { color: var(--muted); font-size: .82rem; }
.kpi .value { font-size: 1.45rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.kpi.bad .value { color: var(--hard); }
.kpi.warn .value { color: var(--soft); }
.kpi.good .value { color: var(--ok); }
ul.chips { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .35rem 1.2rem; color: var(--muted); font-size: .88rem; }
ul.chips strong { color: var(--fg); font-weight: 600; font-variant-numeric: tabular-nums; }
.problems { display: grid; gap: .8rem; }
.problem { border: 1px solid var(--border); border-left: 6px solid var(--soft); border-radius: 8px; padding: .7rem 1rem; background: var(--bg); break-inside: avoid; }
.problem.hard { border-left-color: var(--hard); }
.problem.none { border-left-color: var(--ok); }
.problem h4 { margin: 0; font-size: 1.05rem; display: flex; flex-wrap: wrap; gap: .25rem .6rem; align-items: baseline; }
.problem h4 .rank { color: var(--muted); font-weight: 500; }
.problem h4 .count { margin-left: auto; font-variant-numeric: tabular-nums; }
.share { height: 6px; border-radius: 3px; background: var(--panel); border: 1px solid var(--border); margin: .45rem 0; overflow: hidden; }
.share span { display: block; height: 100%; background: var(--soft); }
.problem.hard .share span { background: var(--hard); }
.badges { display: flex; flex-wrap: wrap; gap: .35rem; margin: .35rem 0; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .8rem; border: 1px solid var(--border); background: var(--panel); }
.badge.hard { color: var(--hard); border-color: var(--hard); background: var(--hard-bg); font-weight: 650; }
.badge.soft { color: var(--soft); border-color: var(--soft); background: var(--soft-bg); font-weight: 650; }
.badge.act-our-side { color: var(--accent); border-color: var(--accent); background: var(--accent-bg); font-weight: 650; }
.badge.act-nobody { color: var(--ok); border-color: var(--ok); background: var(--ok-bg); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .4rem 0 0; }
dl.facts dt { color: var(--muted); font-size: .88rem; }
dl.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
dl.facts dd.fix { font-weight: 500; }
.none-note { color: var(--muted); font-style: italic; }
.more { color: var(--muted); font-size: .88rem; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; border: 1px solid var(--border); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; }
th, td { padding: .3rem .45rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
tbody tr:last-child td { border-bottom: none; }
tbody tr:nth-child(even) { background: var(--panel); }
th { background: var(--panel); font-weight: 600; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { overflow-wrap: anywhere; min-width: 14rem; }
td.key { white-space: nowrap; }
td.key code, td.text code { overflow-wrap: anywhere; }
th button { all: inherit; cursor: pointer; padding: 0; display: inline-flex; gap: .3rem; align-items: center; border: 0; border-radius: 3px; white-space: normal; background: none; }
th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th button::after { content: "\\2195"; color: var(--muted); font-size: .8em; }
th[aria-sort="ascending"] button::after { content: "\\25B2"; color: var(--fg); }
th[aria-sort="descending"] button::after { content: "\\25BC"; color: var(--fg); }
.sev-panic, .sev-fatal, .sev-error { color: var(--hard); font-weight: 650; }
.sev-warning { color: var(--soft); }
figure.chart { margin: .5rem 0 1rem; overflow-x: auto; }
figure.chart svg { width: 100%; min-width: 600px; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: .85rem; }
svg text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .grid { stroke: var(--border); stroke-width: 1; }
svg .tick { fill: var(--muted); font-size: 11px; }
svg .s-received { fill: var(--received); }
svg .s-delivered { fill: var(--delivered); }
svg .s-deferred { fill: var(--deferred); }
svg .s-bounced { fill: var(--bounced); }
svg .s-rejected { fill: var(--rejected); }
svg .h-hard { fill: var(--hard); }
svg .h-soft { fill: var(--soft); }
svg .h-none { fill: var(--ok); }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 0 1.2rem; }
.pair h3 { margin-top: .6rem; }
details { margin: .5rem 0; }
summary { cursor: pointer; color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 640px) {
  body { padding: 1rem .6rem 2rem; font-size: 14px; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dt { margin-top: .3rem; }
  .problem h4 .count { margin-left: 0; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #fff; --fg: #000; --muted: #444; --border: #bbb; --panel: #f3f3f3;
    --hard-bg: #fff; --soft-bg: #fff; --ok-bg: #fff; --accent-bg: #fff;
  }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, .no-print { display: none; }
  h2 { break-after: avoid; }
  .table-wrap { overflow: visible; border: none; }
  th { position: static; }
  th button::after { content: none; }
  tr, .kpi, figure.chart { break-inside: avoid; }
}
`;

/**
 * Click (or Enter/Space on the focused header button) sorts a table by that column; again
 * reverses. Cells with data-v sort as numbers, others as text with numeric-aware collation;
 * empty numeric cells stay last. aria-sort tells screen readers the current order.
 */
export const SORT_SCRIPT = `
(function () {
  'use strict';
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  function value(row, index) {
    var cell = row.cells[index];
    if (!cell) return { n: null, s: '' };
    var raw = cell.getAttribute('data-v');
    var n = raw === null || raw === '' ? NaN : Number(raw);
    return { n: isNaN(n) ? null : n, s: (cell.textContent || '').trim() };
  }
  function compare(a, b, numeric) {
    if (numeric) {
      if (a.n === null || b.n === null) return a.n === null ? (b.n === null ? 0 : 1) : -1;
      return a.n - b.n;
    }
    return collator.compare(a.s, b.s);
  }
  function sort(table, th, index) {
    var body = table.tBodies[0];
    if (!body) return;
    var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    var sign = direction === 'ascending' ? 1 : -1;
    var numeric = th.getAttribute('data-type') === 'number';
    var rows = Array.prototype.slice.call(body.rows).map(function (row, position) {
      return { row: row, key: value(row, index), position: position };
    });
    rows.sort(function (a, b) {
      var missing = numeric && (a.key.n === null) !== (b.key.n === null);
      var order = missing ? compare(a.key, b.key, true) : sign * compare(a.key, b.key, numeric);
      return order || a.position - b.position;
    });
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    for (var i = 0; i < headers.length; i++) headers[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    rows.forEach(function (entry) { body.appendChild(entry.row); });
  }
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    if (!table.tHead) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var button = th.querySelector('button');
      if (button) button.addEventListener('click', function () { sort(table, th, index); });
    });
  });
})();
`;
