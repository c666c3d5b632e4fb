/**
 * Command line → a typed command, or a usage error value. Pure: no process, no IO.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../catalog/types.js';
import { CSV_TABLES, type CsvTable } from '../report/csv.js';

export type ReportFormat = 'text' | 'json' | 'markdown' | 'html' | 'csv' | 'prometheus' | 'ndjson';
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'text',
  'json',
  'markdown',
  'html',
  'csv',
  'prometheus',
  'ndjson',
];
export type RedactMode = 'none' | 'local' | 'full' | 'hash';
const REDACT_MODES: readonly RedactMode[] = ['none', 'local', 'full', 'hash'];

export interface AnalyzeCommand {
  command: 'analyze';
  operands: string[];
  format: ReportFormat;
  output: string | null;
  quiet: boolean;
  progress: boolean | null;
  year: number | null;
  tz: string | null;
  syslogName: string | null;
  top: number;
  /** Longer lists and every section, even empty ones. */
  detail: boolean;
  /** `--color` forces colour in text output; null means: only on a terminal without NO_COLOR. */
  color: boolean | null;
  /** Table for `--format csv`. */
  table: CsvTable | null;
  lang: Lang;
  since: string | null;
  until: string | null;
  /** Incremental runs: where to remember what was read. */
  state: string | null;
  /** SQLite run history (default beside the state file). */
  history: string | null;
  failOn: string[];
  mailTo: string | null;
  /** Add the HTML report as an alternative part of the mail. */
  mailHtml: boolean;
  redact: RedactMode;
  redactIp: boolean;
  saltFile: string | null;
  /** Worker threads; null means one per core but one (the main thread merges). */
  jobs: number | null;
  /** `--ship clickhouse://...`: send the events there. */
  ship: string | null;
  /** Host name the events carry (default: this machine's). */
  host: string | null;
}

/** `mailtriage report --from clickhouse://...`: the fleet report, computed inside ClickHouse. */
export interface FleetReportCommand {
  command: 'report';
  from: string;
  host: string | null;
  format: Exclude<ReportFormat, 'prometheus' | 'ndjson'>;
  output: string | null;
  top: number;
  detail: boolean;
  color: boolean | null;
  table: CsvTable | null;
  lang: Lang;
  tz: string | null;
  since: string | null;
  until: string | null;
  redact: RedactMode;
  redactIp: boolean;
  saltFile: string | null;
}

/** `mailtriage clickhouse init clickhouse://...`: create the database and tables. */
export interface ClickHouseInitCommand {
  command: 'clickhouse-init';
  url: string;
}

export interface ExplainCommand {
  command: 'explain';
  query: string;
  lang: Lang;
  format: 'text' | 'json' | 'markdown';
}

export interface CompareCommand {
  command: 'compare';
  a: string;
  b: string;
  lang: Lang;
  format: 'text' | 'json' | 'markdown';
}

export interface CatalogCommand {
  command: 'catalog';
  lang: Lang;
  format: 'text' | 'json' | 'markdown';
}

export type Command =
  | AnalyzeCommand
  | ExplainCommand
  | CompareCommand
  | CatalogCommand
  | FleetReportCommand
  | ClickHouseInitCommand
  | { command: 'help' }
  | { command: 'version' };

export type ParsedArgs = { ok: true; value: Command } | { ok: false; message: string };

const SUBCOMMANDS = new Set(['explain', 'compare', 'catalog']);

function fail(message: string): ParsedArgs {
  return { ok: false, message };
}

function parseLang(value: string | undefined): Lang | null {
  if (value === undefined) return 'en';
  return value === 'en' || value === 'tr' ? value : null;
}

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        year: { type: 'string' },
        tz: { type: 'string' },
        'syslog-name': { type: 'string' },
        top: { type: 'string' },
        detail: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        table: { type: 'string' },
        lang: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        state: { type: 'string' },
        history: { type: 'string' },
        'fail-on': { type: 'string', multiple: true },
        'mail-to': { type: 'string' },
        'mail-html': { type: 'boolean' },
        redact: { type: 'string' },
        'redact-ip': { type: 'boolean' },
        'salt-file': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        ship: { type: 'string' },
        host: { type: 'string' },
        from: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v['help'] === true) return { ok: true, value: { command: 'help' } };
  if (v['version'] === true) return { ok: true, value: { command: 'version' } };
  const lang = parseLang(v['lang'] as string | undefined);
  if (lang === null) return fail(`--lang must be en or tr, not "${String(v['lang'])}"`);
  const positionals = parsed.positionals;
  const first = positionals[0];
  if (first !== undefined && SUBCOMMANDS.has(first)) return parseSubcommand(first, positionals.slice(1), v, lang);
  if (first === 'report' || first === 'clickhouse') return parseFleetCommand(first, positionals.slice(1), v, lang);
  if (v['from'] !== undefined) return fail('--from belongs to `mailtriage report --from clickhouse://...`');

  const format = (v['format'] as string | undefined) ?? 'text';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    return fail(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
  }
  let year: number | null = null;
  if (v['year'] !== undefined) {
    year = Number(v['year']);
    if (!Number.isInteger(year) || year < 1970 || year > 2100)
      return fail(`--year must be a year like 2024, not "${String(v['year'])}"`);
  }
  let top = 10;
  if (v['top'] !== undefined) {
    top = Number(v['top']);
    if (!Number.isInteger(top) || top < 1 || top > 10_000)
      return fail(`--top must be a whole number from 1, not "${String(v['top'])}"`);
  }
  const syslogName = (v['syslog-name'] as string | undefined) ?? null;
  if (syslogName !== null) {
    try {
      new RegExp(syslogName);
    } catch {
      return fail(`--syslog-name is not a valid regular expression: ${syslogName}`);
    }
  }
  const table = (v['table'] as string | undefined) ?? null;
  if (format === 'csv' && table === null)
    return fail(`--format csv needs --table NAME, one of ${CSV_TABLES.join(', ')}`);
  if (table !== null && !CSV_TABLES.includes(table as CsvTable)) {
    return fail(`--table must be one of ${CSV_TABLES.join(', ')}, not "${table}"`);
  }
  if (table !== null && format !== 'csv') return fail('--table only applies to --format csv');
  let jobs: number | null = null;
  if (v['jobs'] !== undefined) {
    jobs = Number(v['jobs']);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
      return fail(`--jobs must be a whole number from 1, not "${String(v['jobs'])}"`);
  }
  const redact = (v['redact'] as string | undefined) ?? 'none';
  if (!REDACT_MODES.includes(redact as RedactMode))
    return fail(`--redact must be one of ${REDACT_MODES.join(', ')}, not "${redact}"`);
  if (v['mail-html'] === true && v['mail-to'] === undefined) return fail('--mail-html needs --mail-to');
  if (format === 'ndjson' && v['mail-to'] !== undefined)
    return fail('--mail-to sends a report; --format ndjson is an event stream');
  const host = (v['host'] as string | undefined) ?? null;
  if (host !== null && host.trim() === '') return fail('--host needs a name');
  if (positionals.length === 0) return fail('no input given: name log files, directories, globs, or - for stdin');
  const progress = v['no-progress'] === true ? false : v['progress'] === true ? true : null;
  return {
    ok: true,
    value: {
      command: 'analyze',
      operands: positionals,
      format: format as ReportFormat,
      output: (v['output'] as string | undefined) ?? null,
      quiet: v['quiet'] === true,
      progress,
      year,
      tz: (v['tz'] as string | undefined) ?? null,
      syslogName,
      top,
      detail: v['detail'] === true,
      color: v['no-color'] === true ? false : v['color'] === true ? true : null,
      table: table as CsvTable | null,
      lang,
      since: (v['since'] as string | undefined) ?? null,
      until: (v['until'] as string | undefined) ?? null,
      state: (v['state'] as string | undefined) ?? null,
      history: (v['history'] as string | undefined) ?? null,
      failOn: (v['fail-on'] as string[] | undefined) ?? [],
      mailTo: (v['mail-to'] as string | undefined) ?? null,
      mailHtml: v['mail-html'] === true,
      redact: redact as RedactMode,
      redactIp: v['redact-ip'] === true,
      saltFile: (v['salt-file'] as string | undefined) ?? null,
      jobs,
      ship: (v['ship'] as string | undefined) ?? null,
      host,
    },
  };
}

const FLEET_FORMATS = ['text', 'json', 'markdown', 'html', 'csv'] as const;

/** `report --from URL [...]` and `clickhouse init URL`. */
function parseFleetCommand(
  name: 'report' | 'clickhouse',
  rest: string[],
  v: Record<string, string | boolean | string[] | undefined>,
  lang: Lang,
): ParsedArgs {
  if (name === 'clickhouse') {
    const [action, url, ...extra] = rest;
    if (action !== 'init' || url === undefined || extra.length > 0) {
      return fail('usage: mailtriage clickhouse init clickhouse://[user:password@]HOST:PORT/DB');
    }
    return { ok: true, value: { command: 'clickhouse-init', url } };
  }
  const from = v['from'] as string | undefined;
  if (from === undefined) return fail('report needs --from clickhouse://HOST:PORT/DB');
  if (rest.length > 0) return fail('report reads from ClickHouse, not from files: drop the paths');
  const format = (v['format'] as string | undefined) ?? 'text';
  const formats: readonly string[] = FLEET_FORMATS;
  if (!formats.includes(format)) return fail(`--format for report must be one of ${FLEET_FORMATS.join(', ')}`);
  const top = v['top'] === undefined ? 10 : Number(v['top']);
  if (!Number.isInteger(top) || top < 1 || top > 10_000)
    return fail(`--top must be a whole number from 1, not "${String(v['top'])}"`);
  const table = (v['table'] as string | undefined) ?? null;
  if (format === 'csv' && table === null)
    return fail(`--format csv needs --table NAME, one of ${CSV_TABLES.join(', ')}`);
  if (table !== null && !CSV_TABLES.includes(table as CsvTable))
    return fail(`--table must be one of ${CSV_TABLES.join(', ')}`);
  const redact = (v['redact'] as string | undefined) ?? 'none';
  if (!REDACT_MODES.includes(redact as RedactMode)) return fail(`--redact must be one of ${REDACT_MODES.join(', ')}`);
  return {
    ok: true,
    value: {
      command: 'report',
      from,
      host: (v['host'] as string | undefined) ?? null,
      format: format as FleetReportCommand['format'],
      output: (v['output'] as string | undefined) ?? null,
      top,
      detail: v['detail'] === true,
      color: v['no-color'] === true ? false : v['color'] === true ? true : null,
      table: table as CsvTable | null,
      lang,
      tz: (v['tz'] as string | undefined) ?? null,
      since: (v['since'] as string | undefined) ?? null,
      until: (v['until'] as string | undefined) ?? null,
      redact: redact as RedactMode,
      redactIp: v['redact-ip'] === true,
      saltFile: (v['salt-file'] as string | undefined) ?? null,
    },
  };
}

function parseSubcommand(
  name: string,
  rest: string[],
  v: Record<string, string | boolean | string[] | undefined>,
  lang: Lang,
): ParsedArgs {
  const format = (v['format'] as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    return fail(`--format for ${name} must be text, json or markdown, not "${format}"`);
  }
  if (name === 'catalog') {
    if (rest.length > 0) return fail('catalog takes no arguments');
    return { ok: true, value: { command: 'catalog', lang, format } };
  }
  if (name === 'explain') {
    if (rest.length === 0)
      return fail('explain needs a code (550, 5.7.26, "550 5.7.26") or a pasted reply or log line');
    return { ok: true, value: { command: 'explain', query: rest.join(' '), lang, format } };
  }
  const [a, b, ...extra] = rest;
  if (a === undefined || b === undefined || extra.length > 0)
    return fail('compare needs exactly two codes, e.g. compare 251 521');
  return { ok: true, value: { command: 'compare', a, b, lang, format } };
}

/** The usage text; pure so tests can read it. */
/** A comma list after `lead`, wrapped to the help's 100 columns under the description column. */
function wrapList(items: readonly string[], lead: string): string {
  const indent = ' '.repeat(25);
  const lines: string[] = [];
  let line = lead;
  for (const [i, item] of items.entries()) {
    const word = i < items.length - 1 ? `${item}, ` : item;
    if (indent.length + line.length + word.length > 100) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

export function usage(): string {
  return `mailtriage: what went wrong with mail delivery, from Postfix and Exim logs

usage:
  mailtriage [options] PATH...         analyse logs (files, directories, quoted globs, - for stdin)
  mailtriage explain CODE|TEXT         what a reply code, enhanced code or pasted reply means
  mailtriage compare A B               two codes side by side (e.g. compare 251 521)
  mailtriage catalog                   the whole catalog of codes and provider messages
  mailtriage report --from URL         the fleet report from ClickHouse (--since, --until, --host H)
  mailtriage clickhouse init URL       create the ClickHouse database and tables

options:
  -f, --format FORMAT    ${wrapList(REPORT_FORMATS, 'report format: ')}
                         (explain, compare, catalog: text, json, markdown)
  -o, --output FILE      write the report to FILE (atomically) instead of stdout
  -q, --quiet            no progress bar, and no report on the terminal unless a --fail-on
                         rule holds (with rules, no mail either); errors are still printed
      --progress         show a progress bar on stderr (default: only when stderr is a terminal)
      --no-progress      never show a progress bar
      --year YEAR        year of the first line, for syslog timestamps without a year
                         (default: inferred from each file's modification time)
      --tz ZONE          time zone of timestamps without an offset (default: this machine's)
      --syslog-name RE   regular expression for Postfix syslog names (default: ^postfix(-name)?/)
      --top N            rows per list in the report (default 10)
      --detail           longer lists and every section, even empty ones
      --table NAME       ${wrapList(CSV_TABLES, 'with --format csv: ')}
      --color, --no-color  colour in text output (default: on a terminal, unless NO_COLOR is set)
      --lang en|tr       language of catalog texts and headings (default en)
  -j, --jobs N           threads, the main one included (default: one per core, but 1 on 2 cores or fewer)

unattended runs (see docs/cron.md):
      --since WHEN, --until WHEN   only lines in this window: 2024-03-10[T06:00], 24h, 7d,
                         today, yesterday, last-week
      --state FILE       remember what was read; the next run reads only new lines
                         (follows rotation)
      --history FILE     SQLite history of runs for trends (default: beside the state file)
      --fail-on EXPR     exit 3 when EXPR holds, e.g. bounce-rate>5%, deferred>1000,
                         reason:blocked>0, code:5.7.26>=10, domain:gmail.com:bounce-rate>2%,
                         new-problem (repeatable)
      --mail-to ADDR     send the report with the local sendmail (--mail-html adds the HTML part)
      --redact MODE      e-mail addresses: none, local, full, hash (hash needs a salt)
      --redact-ip        hide IP addresses too
      --salt-file FILE   salt for --redact hash (or set MAILTRIAGE_SALT)

fleet (see docs/clickhouse.md; URL is clickhouse://[user:password@]HOST:PORT/DB, or the user and
password in MAILTRIAGE_CLICKHOUSE_USER and MAILTRIAGE_CLICKHOUSE_PASSWORD):
      --format ndjson    one JSON event per delivery attempt, rejection and message outcome
      --ship URL         insert the events into ClickHouse (idempotent; with --state, only
                         new lines)
      --host NAME        host name the events carry (default: this machine's)
  -h, --help             this help
  -V, --version          the version

exit status: 0 report written; 1 an input could not be read (the others were still reported);
             2 usage error; 3 a --fail-on condition holds; 4 the report could not be written
             or shipping to ClickHouse failed;
             5 the state file is in use by another run; 130/143 interrupted (SIGINT/SIGTERM)
`;
}
