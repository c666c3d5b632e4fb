/**
 * The command-line shell: arguments, clock, environment, progress, exit codes. The only `catch`
 * of the program is here; everything below returns values or throws only on broken invariants.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, hostname } from 'node:os';
import cliProgress from 'cli-progress';
import { buildReport } from '../aggregate/build.js';
import type { Report } from '../aggregate/model.js';
import { computeTrends, stateMetrics } from '../aggregate/trends.js';
import { errorCode } from '../errors.js';
import { DEFAULT_POSTFIX_NAME } from '../parse/line.js';
import { ZoneClock } from '../parse/time.js';
import { alertSummary, evaluateAlerts, type FailOnRule, parseFailOn } from '../report/alerts.js';
import { buildMailMessage, mailSubject, parseMailAddress } from '../report/mail.js';
import { renderPrometheus } from '../report/prometheus.js';
import { type RedactPolicy, redactPolicy, redactReport } from '../report/redact.js';
import { type Format, renderReport } from '../report/render.js';
import type { StateEntry } from '../sources/incremental.js';
import { type Input, resolveOperands, totalFileBytes } from '../sources/operands.js';
import { type AnalyzeOptions, analyze } from './analyze.js';
import { type AnalyzeCommand, parseCommandLine, usage } from './args.js';
import { openEvents } from './events.js';
import { runClickHouseInit, runFleetReport } from './fleet.js';
import { History } from './history.js';
import { OutputError, removeTemporaryFiles, writeFileAtomic, writeStdout } from './output.js';
import { analyzeParallel, worthParallel } from './parallel.js';
import { runReferenceCommand } from './reference.js';
import { sendMail } from './sendmail.js';
import { acquireLock, commitState, type Lock, prepareState, readState, recoverState } from './state.js';
import { parseWindow, type Window } from './window.js';

export const EXIT = {
  ok: 0,
  inputError: 1,
  usage: 2,
  alert: 3,
  outputError: 4,
  locked: 5,
  interrupted: 130,
  terminated: 143,
} as const;

/** What a signal handler must undo (the state lock, half-written temporary files) and say. */
const CLEANUP: { lock: Lock | null; published: boolean } = { lock: null, published: false };

/**
 * SIGINT / SIGTERM: remove temporary files and the lock synchronously, say so, and exit. The
 * state only moves after the report went out, so an interrupted run is read again next time.
 */
function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  removeTemporaryFiles();
  if (CLEANUP.lock !== null) CLEANUP.lock.releaseSync();
  const what = CLEANUP.published ? 'the report was written' : 'no report written';
  process.stderr.write(`\nmailtriage: interrupted by ${signal}; ${what}, state unchanged\n`);
  process.exit(signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function localZone(): string {
  return process.env['TZ'] !== undefined && process.env['TZ'] !== '' && ZoneClock.validate(process.env['TZ'])
    ? process.env['TZ']
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export async function main(argv: readonly string[]): Promise<number> {
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    process.stderr.write(`mailtriage: ${parsed.message}\nTry 'mailtriage --help'.\n`);
    return EXIT.usage;
  }
  const command = parsed.value;
  try {
    switch (command.command) {
      case 'help':
        await writeStdout(usage());
        return EXIT.ok;
      case 'version':
        await writeStdout(`mailtriage ${version()}\n`);
        return EXIT.ok;
      case 'explain':
      case 'compare':
      case 'catalog': {
        const result = runReferenceCommand(command);
        if (!result.ok) {
          process.stderr.write(`mailtriage: ${result.message}\n`);
          return EXIT.usage;
        }
        await writeStdout(result.output);
        return EXIT.ok;
      }
      case 'analyze':
        return await runAnalyze(command);
      case 'report':
        return await runFleetReport(command, { localZone: localZone(), reportTime: reportTime(), version: version() });
      case 'clickhouse-init':
        return await runClickHouseInit(command);
    }
  } catch (error) {
    if (error instanceof OutputError) {
      process.stderr.write(`mailtriage: ${error.message}\n`);
      return EXIT.outputError;
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`mailtriage: internal error, please report it: ${text}\n`);
    return EXIT.inputError;
  }
}

async function runAnalyze(command: AnalyzeCommand): Promise<number> {
  const zone = command.tz ?? localZone();
  if (!ZoneClock.validate(zone)) {
    process.stderr.write(`mailtriage: unknown time zone "${zone}" (use an IANA name like Europe/Prague or UTC)\n`);
    return EXIT.usage;
  }
  const clock = new ZoneClock(zone);
  const now = Date.now();
  const window = parseWindow(command.since, command.until, now, clock);
  if (!window.ok) {
    process.stderr.write(`mailtriage: ${window.message}\n`);
    return EXIT.usage;
  }
  const delivery = await deliveryOptions(command);
  if (!delivery.ok) {
    process.stderr.write(`mailtriage: ${delivery.message}\n`);
    return EXIT.usage;
  }

  // Incremental runs: one run per state file at a time, and finish or undo a killed run.
  let lock: Lock | null = null;
  let entries: StateEntry[] | undefined;
  if (command.state !== null) {
    const locked = await acquireLock(command.state);
    if (!locked.ok) {
      process.stderr.write(`mailtriage: ${locked.message}\n`);
      return EXIT.locked;
    }
    lock = locked.value;
    CLEANUP.lock = lock;
    await recoverState(command.state);
    const state = await readState(command.state);
    if (!state.ok) {
      await lock.release();
      process.stderr.write(`mailtriage: ${state.message}\n`);
      return EXIT.inputError;
    }
    entries = state.value.entries;
  }
  try {
    return await analyzeAndReport(command, clock, now, window.value, entries, delivery.value);
  } finally {
    await lock?.release();
    CLEANUP.lock = null;
  }
}

/** Everything the run was asked to do with the report besides rendering it, checked up front. */
interface Delivery {
  rules: FailOnRule[];
  redact: RedactPolicy;
  mailTo: string | null;
}

async function deliveryOptions(
  command: AnalyzeCommand,
): Promise<{ ok: true; value: Delivery } | { ok: false; message: string }> {
  const rules: FailOnRule[] = [];
  for (const expr of command.failOn) {
    const rule = parseFailOn(expr);
    if (!rule.ok) return { ok: false, message: `--fail-on '${expr}': ${rule.message}` };
    rules.push(rule.value);
  }
  if (command.mailTo !== null) {
    const address = parseMailAddress(command.mailTo);
    if (!address.ok) return { ok: false, message: `--mail-to: ${address.message}` };
  }
  let salt: string | null = process.env['MAILTRIAGE_SALT'] ?? null;
  if (command.saltFile !== null) {
    try {
      salt = await readFile(command.saltFile, 'utf8');
    } catch (error) {
      return {
        ok: false,
        message: `--salt-file ${command.saltFile}: cannot read it (${errorCode(error) || String(error)})`,
      };
    }
  }
  if (salt === '') salt = null;
  const redact = redactPolicy({ redact: command.redact, redactIp: command.redactIp, salt });
  if (!redact.ok) return redact;
  return { ok: true, value: { rules, redact: redact.value, mailTo: command.mailTo } };
}

async function analyzeAndReport(
  command: AnalyzeCommand,
  clock: ZoneClock,
  now: number,
  window: Window,
  entries: StateEntry[] | undefined,
  delivery: Delivery,
): Promise<number> {
  const { inputs, problems } = await resolveOperands(command.operands);
  const errors = problems.map((p) => p.message);
  const progress = command.quiet ? null : progressReporter(command, inputs);
  const started = Date.now();
  const events = openEvents(command, delivery.redact, Date.now());
  if (!events.ok) {
    process.stderr.write(`mailtriage: ${events.message}\n`);
    return EXIT.usage;
  }
  const options: AnalyzeOptions = {
    clock,
    nowMs: now,
    year: command.year,
    postfixName: command.syslogName === null ? DEFAULT_POSTFIX_NAME : new RegExp(command.syslogName),
    window,
    ...(entries === undefined ? {} : { state: entries }),
    ...(progress === null ? {} : { onProgress: await progress.start(started) }),
    ...(events.value === null ? {} : { recorder: events.value.recorder }),
  };
  const jobs = command.jobs ?? defaultJobs();
  const result =
    entries === undefined && events.value === null && (await worthParallel(inputs, jobs))
      ? await analyzeParallel(inputs, options, jobs)
      : await analyze(inputs, options);
  progress?.stop();
  // Events first: a shipment that failed for good leaves the state where it was (exit 4).
  const closed = await events.value?.close();
  if (closed !== undefined && !closed.ok) {
    process.stderr.write(`mailtriage: ${closed.message}\n`);
    return EXIT.outputError;
  }
  errors.push(...result.errors);
  const state = result.accumulator.state;
  if (state.lines.read === 0 && errors.length === 0 && entries === undefined) {
    errors.push('no log lines read: the input is empty');
  }

  const report = buildReport(state, {
    generatedAt: reportTime(),
    version: version(),
    inputs: result.inputs,
    // CSV tables are full lists; the other formats are summaries.
    top: command.format === 'csv' ? Number.MAX_SAFE_INTEGER : command.top,
    lang: command.lang,
  });

  const historyPath = command.history ?? (command.state === null ? null : defaultHistoryPath(command.state));
  const history = historyPath === null ? null : History.open(historyPath);
  if (history !== null && !history.ok) {
    process.stderr.write(`mailtriage: ${history.message}\n`);
    return EXIT.inputError;
  }
  const metrics = stateMetrics(state);
  if (history?.ok === true) {
    const past = history.value.past();
    report.trends = computeTrends(metrics, past.runs, past.seen, command.top);
  }
  const alerts = evaluateAlerts(delivery.rules, report, { newProblems: report.trends?.newProblems ?? [] });
  // Redaction comes last, on the finished model: every renderer, the mail and the alert line see
  // only what it leaves. (Alert messages name reasons, codes and domains, which it keeps.)
  const shown =
    delivery.redact.addresses === 'none' && !delivery.redact.ips ? report : redactReport(report, delivery.redact);

  const render = (format: Format, color: boolean): string =>
    renderReport(shown, format, { top: command.top, detail: command.detail, color, table: command.table });
  const color =
    command.format === 'text' &&
    (command.color ??
      (command.output === null && process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === ''));
  // ndjson was streamed while reading (events.ts); there is no report text to write.
  const streamed = command.format === 'ndjson';
  const content =
    command.format === 'prometheus'
      ? renderPrometheus(shown, { durationSeconds: (Date.now() - started) / 1000, finishedAt: Date.now() })
      : command.format === 'ndjson'
        ? ''
        : render(command.format, color);

  // --quiet: the report reaches the terminal only when an alert holds. An asked-for mail still
  // goes, unless alert rules were given and none holds (nothing needs attention).
  const toStdout =
    !streamed && command.output === null && delivery.mailTo === null && (!command.quiet || alerts.length > 0);
  const toMail = delivery.mailTo !== null && !(command.quiet && delivery.rules.length > 0 && alerts.length === 0);

  // Publish: state first as FILE.next, then the report, then the state (see state.ts).
  if (command.state !== null && result.nextState !== null) {
    await prepareState(command.state, result.nextState, content, streamed ? null : command.output);
  }
  if (command.output !== null && !streamed) await writeFileAtomic(command.output, content);
  if (toMail && delivery.mailTo !== null) {
    await sendMail(mailMessage(shown, delivery.mailTo, alerts.length, command.mailHtml, render));
  }
  if (toStdout) await writeStdout(content);
  CLEANUP.published = true;
  if (command.state !== null && result.nextState !== null) await commitState(command.state);
  if (history?.ok === true) {
    history.value.record(report, metrics, Date.now());
    history.value.close();
  }
  for (const message of errors) process.stderr.write(`mailtriage: ${message}\n`);
  if (alerts.length > 0) process.stderr.write(`${alertSummary(alerts)}\n`);
  // An alert is what the scheduler was asked to watch for; it wins over a partly unreadable input.
  return alerts.length > 0 ? EXIT.alert : errors.length > 0 ? EXIT.inputError : EXIT.ok;
}

/** The report as a mail: the text report, with the HTML one as an alternative when asked. */
function mailMessage(
  report: Report,
  to: string,
  alerts: number,
  withHtml: boolean,
  render: (format: Format, color: boolean) => string,
): string {
  const html = withHtml ? render('html', false) : null;
  // The addresses were checked before the run; a host name that is not a valid domain (an
  // underscore, a bare container id) is replaced by a plain local name.
  const name = hostname();
  const host = name !== '' && parseMailAddress(`mailtriage@${name}`).ok ? name : null;
  const message = buildMailMessage({
    to,
    from: `mailtriage@${host ?? 'localhost'}`,
    subject: mailSubject(report, { host, alerts }),
    text: render('text', false),
    ...(html === null ? {} : { html }),
    date: Date.now(),
    messageIdDomain: host ?? 'localhost',
  });
  if (!message.ok) throw new OutputError('mail', new Error(message.message));
  return message.value;
}

/**
 * One thread per core; but on two cores or fewer one thread only: there a second one gained 5-10 %
 * on 1M lines and took 70 % more memory (docs/performance.md).
 */
function defaultJobs(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : cores;
}

/** `/var/lib/mailtriage/state.json` → `/var/lib/mailtriage/state.history.sqlite`. */
function defaultHistoryPath(statePath: string): string {
  const base = statePath.replace(/\.json$/, '');
  return `${base}.history.sqlite`;
}

interface ProgressReporter {
  start(started: number): Promise<(rawBytes: number, lines: number) => void>;
  stop(): void;
}

/** The progress bar on stderr, only when it is a terminal (or --progress). */
function progressReporter(command: AnalyzeCommand, inputs: readonly Input[]): ProgressReporter | null {
  if (!(command.progress ?? process.stderr.isTTY === true)) return null;
  let bar: cliProgress.SingleBar | null = null;
  return {
    async start(started) {
      const totalBytes = await totalFileBytes(inputs);
      const progressBar = startProgress(totalBytes);
      bar = progressBar;
      let doneBytes = 0;
      let lastInputBytes = 0;
      return (rawBytes, lines) => {
        if (rawBytes < lastInputBytes) doneBytes += lastInputBytes;
        lastInputBytes = rawBytes;
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        const done = Math.min(totalBytes, doneBytes + rawBytes);
        progressBar.update(done, { lps: Math.round(lines / seconds).toLocaleString('en-US'), done: megabytes(done) });
      };
    },
    stop() {
      bar?.stop();
    },
  };
}

/** SOURCE_DATE_EPOCH (reproducible-builds convention) pins the report time for golden files. */
function reportTime(): number {
  const pinned = process.env['SOURCE_DATE_EPOCH'];
  return pinned !== undefined && /^\d+$/.test(pinned) ? Number(pinned) * 1000 : Date.now();
}

function startProgress(totalBytes: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      format: 'reading |{bar}| {percentage}% · {done} of {total} MB · {lps} lines/s · ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, totalBytes), 0, { lps: '0', done: '0.0', total: megabytes(totalBytes) });
  return bar;
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1);
}
