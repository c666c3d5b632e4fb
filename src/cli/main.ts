/**
 * The command-line shell: arguments, clock, environment, progress, exit codes. The only `catch`
 * of the program is here; everything below returns values or throws only on broken invariants.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { buildReport } from '../aggregate/build.js';
import { computeTrends, stateMetrics } from '../aggregate/trends.js';
import { DEFAULT_POSTFIX_NAME } from '../parse/line.js';
import { ZoneClock } from '../parse/time.js';
import { renderReport } from '../report/render.js';
import type { StateEntry } from '../sources/incremental.js';
import { type Input, resolveOperands } from '../sources/operands.js';
import { analyze } from './analyze.js';
import { type AnalyzeCommand, parseCommandLine, usage } from './args.js';
import { History } from './history.js';
import { OutputError, removeTemporaryFiles, writeFileAtomic, writeStdout } from './output.js';
import { runReferenceCommand } from './reference.js';
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

/** What a signal handler must undo: the state lock and any half-written temporary file. */
const CLEANUP: { lock: Lock | null } = { lock: null };

/**
 * SIGINT / SIGTERM: remove temporary files and the lock synchronously, say so, and exit. The
 * state is not advanced (it only moves after the report went out), so the next run rereads.
 */
function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  removeTemporaryFiles();
  if (CLEANUP.lock !== null) CLEANUP.lock.releaseSync();
  process.stderr.write(`\nmailtriage: interrupted by ${signal}; no report written, state unchanged\n`);
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
  if (command.format === 'prometheus') {
    process.stderr.write('mailtriage: --format prometheus is not available in this build\n');
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
    return await analyzeAndReport(command, clock, now, window.value, entries);
  } finally {
    await lock?.release();
    CLEANUP.lock = null;
  }
}

async function analyzeAndReport(
  command: AnalyzeCommand,
  clock: ZoneClock,
  now: number,
  window: Window,
  entries: StateEntry[] | undefined,
): Promise<number> {
  const { inputs, problems } = await resolveOperands(command.operands);
  const errors = problems.map((p) => p.message);
  const progress = command.quiet ? null : progressReporter(command, inputs);
  const started = Date.now();
  const result = await analyze(inputs, {
    clock,
    nowMs: now,
    year: command.year,
    postfixName: command.syslogName === null ? DEFAULT_POSTFIX_NAME : new RegExp(command.syslogName),
    window,
    ...(entries === undefined ? {} : { state: entries }),
    ...(progress === null ? {} : { onProgress: await progress.start(started) }),
  });
  progress?.stop();
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

  const color =
    command.format === 'text' &&
    (command.color ??
      (command.output === null && process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === ''));
  const content = renderReport(report, command.format as Exclude<typeof command.format, 'prometheus'>, {
    top: command.top,
    detail: command.detail,
    color,
    table: command.table,
  });

  // Publish: state first as FILE.next, then the report, then the state (see state.ts).
  if (command.state !== null && result.nextState !== null) {
    await prepareState(command.state, result.nextState, content, command.output);
  }
  if (command.output === null) await writeStdout(content);
  else await writeFileAtomic(command.output, content);
  if (command.state !== null && result.nextState !== null) await commitState(command.state);
  if (history?.ok === true) {
    history.value.record(report, metrics, Date.now());
    history.value.close();
  }
  for (const message of errors) process.stderr.write(`mailtriage: ${message}\n`);
  return errors.length > 0 ? EXIT.inputError : EXIT.ok;
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
      let totalBytes = 0;
      for (const input of inputs) {
        if (input.kind === 'file')
          totalBytes += await stat(input.path).then(
            (s) => s.size,
            () => 0,
          );
      }
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
