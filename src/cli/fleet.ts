/**
 * The fleet commands: `clickhouse init URL` and `report --from URL`. The report is built like a
 * local one (buildReport over an accumulator state), from SQL aggregations run inside ClickHouse,
 * with the per-host section added; redaction and rendering are the local ones.
 */
import { readFile } from 'node:fs/promises';
import { buildReport } from '../aggregate/build.js';
import { initStatements } from '../clickhouse/ddl.js';
import { FleetQueries, QueryFailed, queryRunner } from '../clickhouse/fleet.js';
import { fleetHosts } from '../clickhouse/hosts.js';
import { post } from '../clickhouse/http.js';
import { parseClickHouseUrl } from '../clickhouse/url.js';
import { ZoneClock } from '../parse/time.js';
import { redactPolicy, redactReport } from '../report/redact.js';
import { renderReport } from '../report/render.js';
import type { ClickHouseInitCommand, FleetReportCommand } from './args.js';
import { writeFileAtomic, writeStdout } from './output.js';
import { parseWindow } from './window.js';

const USAGE = 2;
const INPUT = 1;
const OUTPUT = 4;

function fail(message: string, code: number): number {
  process.stderr.write(`mailtriage: ${message}\n`);
  return code;
}

export async function runClickHouseInit(command: ClickHouseInitCommand): Promise<number> {
  const target = parseClickHouseUrl(command.url, process.env);
  if (!target.ok) return fail(target.message, USAGE);
  // The database may not exist yet: run the statements from the default one.
  const server = { ...target.value, database: 'default' };
  for (const statement of initStatements(target.value.database)) {
    const result = await post(server, { query: statement });
    if (!result.ok) return fail(`clickhouse init: ${result.message}`, OUTPUT);
  }
  await writeStdout(`mailtriage: tables events and lines are ready in ${target.value.display}\n`);
  return 0;
}

export interface FleetContext {
  localZone: string;
  reportTime: number;
  version: string;
}

export async function runFleetReport(command: FleetReportCommand, context: FleetContext): Promise<number> {
  const target = parseClickHouseUrl(command.from, process.env);
  if (!target.ok) return fail(`--from: ${target.message}`, USAGE);
  const zone = command.tz ?? context.localZone;
  if (!ZoneClock.validate(zone)) return fail(`unknown time zone "${zone}"`, USAGE);
  const window = parseWindow(command.since, command.until, Date.now(), new ZoneClock(zone));
  if (!window.ok) return fail(window.message, USAGE);
  const salt = command.saltFile === null ? (process.env['MAILTRIAGE_SALT'] ?? null) : await readSalt(command.saltFile);
  const policy = redactPolicy({ redact: command.redact, redactIp: command.redactIp, salt });
  if (!policy.ok) return fail(policy.message, USAGE);

  const fleetWindow = { since: window.value.since, until: window.value.until, host: command.host };
  const query = queryRunner(target.value);
  const top = command.format === 'csv' ? 100_000 : command.top;
  let report: ReturnType<typeof buildReport>;
  try {
    const { state, inputs } = await new FleetQueries(query, target.value.database, fleetWindow, top).state();
    report = buildReport(state, {
      generatedAt: context.reportTime,
      version: context.version,
      inputs,
      top,
      lang: command.lang,
    });
    report.hosts = await fleetHosts(query, target.value.database, fleetWindow);
  } catch (error) {
    // Queries fail as one unit: the first failure ends the report (see clickhouse/fleet.ts).
    if (error instanceof QueryFailed) return fail(`report: ${error.message}`, INPUT);
    throw error;
  }
  const shown = policy.value.addresses === 'none' && !policy.value.ips ? report : redactReport(report, policy.value);
  const color =
    command.format === 'text' &&
    (command.color ??
      (command.output === null && process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === ''));
  const content = renderReport(shown, command.format, {
    top: command.top,
    detail: command.detail,
    color,
    table: command.table,
  });
  if (command.output !== null) await writeFileAtomic(command.output, content);
  else await writeStdout(content);
  return 0;
}

async function readSalt(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null);
}
