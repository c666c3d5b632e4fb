/**
 * The command-line shell: arguments, clock, environment, progress, exit codes. The only `catch`
 * of the program is here; everything below returns values or throws only on broken invariants.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { buildReport } from '../aggregate/build.js';
import { DEFAULT_POSTFIX_NAME } from '../parse/line.js';
import { ZoneClock } from '../parse/time.js';
import { renderReport } from '../report/render.js';
import { resolveOperands } from '../sources/operands.js';
import { analyze } from './analyze.js';
import { type AnalyzeCommand, parseCommandLine, usage } from './args.js';
import { OutputError, writeFileAtomic, writeStdout } from './output.js';
import { runReferenceCommand } from './reference.js';

export const EXIT = {
  ok: 0,
  inputError: 1,
  usage: 2,
  alert: 3,
  outputError: 4,
  interrupted: 130,
} as const;

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
  const { inputs, problems } = await resolveOperands(command.operands);
  const errors = problems.map((p) => p.message);
  const showProgress = !command.quiet && (command.progress ?? process.stderr.isTTY === true);
  let totalBytes = 0;
  if (showProgress) {
    for (const input of inputs) {
      if (input.kind === 'file')
        totalBytes += await stat(input.path).then(
          (s) => s.size,
          () => 0,
        );
    }
  }
  const bar = showProgress ? startProgress(totalBytes) : null;
  let doneBytes = 0;
  let lastInputBytes = 0;
  const started = Date.now();
  const result = await analyze(inputs, {
    clock: new ZoneClock(zone),
    nowMs: Date.now(),
    year: command.year,
    postfixName: command.syslogName === null ? DEFAULT_POSTFIX_NAME : new RegExp(command.syslogName),
    onProgress: (rawBytes, lines) => {
      if (rawBytes < lastInputBytes) doneBytes += lastInputBytes;
      lastInputBytes = rawBytes;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const done = Math.min(totalBytes, doneBytes + rawBytes);
      bar?.update(done, { lps: Math.round(lines / seconds).toLocaleString('en-US'), done: megabytes(done) });
    },
  });
  bar?.stop();
  errors.push(...result.errors);
  const state = result.accumulator.state;
  if (state.lines.read === 0 && errors.length === 0) errors.push('no log lines read: the input is empty');

  const report = buildReport(state, {
    generatedAt: reportTime(),
    version: version(),
    inputs: result.inputs,
    top: command.top,
    lang: command.lang,
  });
  const color =
    command.format === 'text' &&
    (command.color ??
      (command.output === null && process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === ''));
  const content = renderReport(report, command.format, {
    top: command.top,
    detail: command.detail,
    color,
    table: command.table,
  });
  if (command.output === null) await writeStdout(content);
  else await writeFileAtomic(command.output, content);
  for (const message of errors) process.stderr.write(`mailtriage: ${message}\n`);
  return errors.length > 0 ? EXIT.inputError : EXIT.ok;
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
