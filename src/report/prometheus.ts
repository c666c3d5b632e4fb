/**
 * Report → Prometheus text exposition format 0.0.4, for node_exporter's textfile collector
 * (`--format prometheus --output .../textfile_collector/mailtriage.prom`). Pure.
 *
 * Every metric is a gauge: the file is a snapshot of the last run, not a running count (with
 * `--state` each run covers only the lines that are new since the one before, so the values are
 * per-window). Families are written whole, each with `# HELP` and `# TYPE`, series sorted so the
 * file diffs cleanly. Label values come from logs (domains, reasons) and are attacker-controlled:
 * they are escaped per the format (`\\`, `\"`, `\n`); other control characters are dropped.
 * https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
 */
import type { Report } from '../aggregate/model.js';

export interface PrometheusRun {
  /** Wall-clock duration of the run, seconds. */
  durationSeconds: number;
  /** When the run finished, epoch milliseconds (as everywhere in the pipeline). */
  finishedAt: number;
}

type Labels = Readonly<Record<string, string>>;

interface Family {
  name: string;
  help: string;
  samples: { labels: Labels; value: number }[];
}

/** Label value escaping of format 0.0.4, plus dropping controls a log may carry. */
export function escapeLabelValue(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else out += char;
  }
  return out;
}

/** HELP text escaping: backslash and newline only. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Go's ParseFloat reads these; `NaN`, `+Inf` and `-Inf` are the spec's spellings. */
export function formatSampleValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function seriesKey(labels: Labels): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
    .join(',');
}

function renderFamily(family: Family): string[] {
  // Equal label sets (a model with duplicate rows, or values equal after dropping controls)
  // are summed so that no series appears twice, which a scraper rejects.
  const merged = new Map<string, number>();
  for (const sample of family.samples) {
    const key = seriesKey(sample.labels);
    merged.set(key, (merged.get(key) ?? 0) + sample.value);
  }
  const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} gauge`];
  const keys = [...merged.keys()].sort();
  for (const key of keys) {
    const name = key === '' ? family.name : `${family.name}{${key}}`;
    lines.push(`${name} ${formatSampleValue(merged.get(key) ?? 0)}`);
  }
  return lines;
}

export function renderPrometheus(report: Report, run: PrometheusRun): string {
  const t = report.totals;
  const d = report.diagnostics;
  const families: Family[] = [
    {
      name: 'mailtriage_info',
      help: 'Always 1; the labels name the mailtriage version that wrote this file.',
      samples: [{ labels: { version: report.generator.version }, value: 1 }],
    },
    {
      name: 'mailtriage_messages',
      help: 'Grand totals of the last run by outcome (pflogsumm/eximstats counting: received, deferred are messages; delivered, forwarded, bounced, rejected are lines).',
      samples: (
        [
          ['received', t.received],
          ['delivered', t.delivered],
          ['forwarded', t.forwarded],
          ['deferred', t.deferred],
          ['bounced', t.bounced],
          ['expired', t.expired],
          ['rejected', t.rejected],
          ['warned', t.rejectWarnings],
          ['held', t.held],
          ['discarded', t.discarded],
        ] as const
      ).map(([outcome, value]) => ({ labels: { outcome }, value })),
    },
    {
      name: 'mailtriage_deferrals',
      help: 'Deferral lines (delivery attempts that were deferred) in the last run.',
      samples: [{ labels: {}, value: t.deferrals }],
    },
    {
      name: 'mailtriage_problems',
      help: 'Problems of the last run by direction, reason and reply class.',
      samples: report.problems.flatMap((p) => [
        { labels: { direction: p.direction, reason: p.reason, class: 'transient' }, value: p.transient },
        { labels: { direction: p.direction, reason: p.reason, class: 'permanent' }, value: p.permanent },
      ]),
    },
    {
      name: 'mailtriage_lines',
      help: 'Log lines of the last run: read = parsed + foreign + unrecognised.',
      samples: (
        [
          ['read', d.linesRead],
          ['parsed', d.linesParsed],
          ['foreign', d.linesForeign],
          ['unrecognised', d.linesUnrecognised],
        ] as const
      ).map(([kind, value]) => ({ labels: { kind }, value })),
    },
    {
      name: 'mailtriage_domain_recipients',
      help: 'Recipients by final outcome for the destination domains in the report (the worst domains only, not every domain).',
      samples: report.domains.flatMap((row) =>
        (['delivered', 'forwarded', 'bounced', 'expired', 'pending'] as const).map((outcome) => ({
          labels: { domain: row.domain, outcome },
          value: row.outcomes[outcome],
        })),
      ),
    },
    {
      name: 'mailtriage_domain_deferrals',
      help: 'Deferral lines for the destination domains in the report.',
      samples: report.domains.map((row) => ({ labels: { domain: row.domain }, value: row.deferrals })),
    },
    {
      name: 'mailtriage_log_last_timestamp_seconds',
      help: 'Time of the newest log line of the last run, seconds since the Unix epoch (absent without timestamps).',
      samples: report.period.to === null ? [] : [{ labels: {}, value: Date.parse(report.period.to) / 1000 }],
    },
    {
      name: 'mailtriage_run_duration_seconds',
      help: 'Wall-clock duration of the last run.',
      samples: [{ labels: {}, value: run.durationSeconds }],
    },
    {
      name: 'mailtriage_last_run_timestamp_seconds',
      help: 'When the last run finished, seconds since the Unix epoch.',
      samples: [{ labels: {}, value: run.finishedAt / 1000 }],
    },
  ];
  return `${families.flatMap(renderFamily).join('\n')}\n`;
}
