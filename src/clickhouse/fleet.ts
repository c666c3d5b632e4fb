/**
 * The fleet report: the report state of aggregate/accumulator.ts rebuilt from SQL aggregations
 * that run inside ClickHouse (never by pulling raw rows), so buildReport() ranks, shares and
 * explains it exactly as it does a local run, and every renderer works unchanged. Each query
 * reads the tables with FINAL, so duplicate rows not merged yet never count twice.
 *
 * Where the events cannot give the local number exactly, docs/clickhouse.md says so (delay
 * percentiles count one delay per delivered recipient; unreadable lines and foreign lines are
 * placed in the hour of the mail line before them).
 */

import { type AccumulatorState, type CodeStats, emptyState, type ProblemStats } from '../aggregate/accumulator.js';
import { emptyMessageStats, FOLD_COUNTERS } from '../aggregate/correlate.js';
import type { Counts, ReasonTally } from '../aggregate/counters.js';
import type { Direction, InputSummary } from '../aggregate/model.js';
import { addToSketchBucket, emptySketch, type Sketch } from '../aggregate/sketch.js';
import type { Reason } from '../catalog/reasons.js';
import { select } from './http.js';
import type { ClickHouseTarget } from './url.js';

export interface FleetWindow {
  since: number | null;
  until: number | null;
  host: string | null;
}

type Row = Record<string, string | number | null>;
type Query = (sql: string) => Promise<Row[]>;

export class QueryFailed extends Error {}

/** SQL string literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The WHERE clause of a window (and host); `ts` prunes partitions, `ms` is exact. */
export function windowCondition(window: FleetWindow): string {
  const parts = ['1'];
  if (window.since !== null)
    parts.push(`ts >= toDateTime(${Math.floor(window.since / 1000)})`, `ms >= ${window.since}`);
  if (window.until !== null) parts.push(`ts <= toDateTime(${Math.ceil(window.until / 1000)})`, `ms < ${window.until}`);
  if (window.host !== null) parts.push(`host = ${quote(window.host)}`);
  return parts.join(' AND ');
}

const num = (value: string | number | null | undefined): number =>
  value === null || value === undefined ? 0 : Number(value);
const str = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** SQL for the problem table's keys, as accumulator.countProblem picks them. */
const PROBLEM_DOMAIN = `multiIf(type = 'delivery', ifNull(recipientDomain, '(local)'),
  type = 'expired', if(ifNull(sender, '') = '', '(null sender)', ifNull(senderDomain, '(local)')),
  ifNull(client, '(unknown)'))`;
const CODE_KEY = `if(code IS NULL AND enhanced IS NULL, '(none)',
  concat(ifNull(toString(code), ''), if(code IS NOT NULL AND enhanced IS NOT NULL, ' ', ''), ifNull(enhanced, '')))`;
const DELAY_BUCKET = (value: string) => `if(${value} <= 0, -1000000, toInt64(ceil(log(${value}) / log(1.02))))`;

export class FleetQueries {
  private readonly events: string;
  private readonly lines: string;

  constructor(
    private readonly query: Query,
    database: string,
    window: FleetWindow,
    private readonly top: number,
  ) {
    const where = windowCondition(window);
    this.events = `${database}.events FINAL WHERE ${where}`;
    this.lines = `${database}.lines FINAL WHERE ${where}`;
  }

  /** The whole accumulator state, and the inputs list (host:file). */
  async state(): Promise<{ state: AccumulatorState; inputs: InputSummary[] }> {
    const messages = emptyMessageStats();
    const state = emptyState(messages);
    await this.totals(state);
    const inputs = await this.lineCounts(state);
    await this.unreadable(state);
    await this.codes(state);
    await this.problems(state);
    await this.hourly(state);
    await this.relays(state);
    await this.clients(state);
    await this.logMessages(state);
    await this.messageSummary(state);
    await this.domains(state);
    await this.addresses(state);
    return { state, inputs };
  }

  private async totals(state: AccumulatorState): Promise<void> {
    const rows = await this.query(`SELECT arrayJoin(tally) AS name, count() AS n FROM ${this.events} GROUP BY name`);
    const totals = state.totals as unknown as Record<string, number>;
    const exim = state.exim as unknown as Record<string, number>;
    for (const row of rows) {
      const name = String(row['name']);
      if (name.startsWith('exim.')) exim[name.slice(5)] = num(row['n']);
      else if (name in totals) totals[name] = num(row['n']);
    }
  }

  private async lineCounts(state: AccumulatorState): Promise<InputSummary[]> {
    const rows =
      await this.query(`SELECT host, source, sum(read) AS read, sum(parsed) AS parsed, sum(foreign) AS foreign,
      sum(unrecognised) AS unrecognised, sum(overlong) AS overlong, sum(notes) AS notes,
      sum(outsideWindow) AS outsideWindow, sum(bytes) AS bytes, max(compressed) AS compressed,
      max(postfix) AS postfix, max(exim) AS exim, min(firstMs) AS firstMs, max(lastMs) AS lastMs
      FROM ${this.lines} GROUP BY host, source ORDER BY host, source`);
    const inputs: InputSummary[] = [];
    for (const row of rows) {
      for (const key of Object.keys(state.lines) as (keyof AccumulatorState['lines'])[])
        state.lines[key] += num(row[key]);
      if (num(row['postfix']) > 0) state.mtas.add('postfix');
      if (num(row['exim']) > 0) state.mtas.add('exim');
      const first = str(row['firstMs']);
      const last = str(row['lastMs']);
      if (first !== null && (state.firstAt === null || Number(first) < state.firstAt)) state.firstAt = Number(first);
      if (last !== null && (state.lastAt === null || Number(last) > state.lastAt)) state.lastAt = Number(last);
      inputs.push({
        name: `${row['host']}:${row['source']}`,
        lines: num(row['read']),
        bytes: num(row['bytes']),
        compression: num(row['compressed']) > 0 ? 'gzip' : null,
        error: null,
      });
    }
    return inputs;
  }

  private async unreadable(state: AccumulatorState): Promise<void> {
    const byReason = await this.query(
      `SELECT reason, count() AS n FROM ${this.events} AND type = 'unrecognised' GROUP BY reason`,
    );
    for (const row of byReason) state.unrecognisedByReason.set(String(row['reason']), num(row['n']));
    for (const [type, into] of [
      ['unrecognised', state.samples],
      ['note', state.noteSamples],
    ] as const) {
      const rows = await this.query(`SELECT source, line, reason, text FROM ${this.events} AND type = '${type}'
        ORDER BY host, ms, offset LIMIT 20`);
      for (const row of rows) {
        into.push({
          source: String(row['source']),
          line: num(row['line']),
          reason: type === 'note' ? 'note' : String(row['reason']),
          text: String(row['text'] ?? ''),
        });
      }
    }
  }

  private async codes(state: AccumulatorState): Promise<void> {
    const rows = await this.query(`SELECT code, enhanced, count() AS n, countIf(speaker = 'remote') AS remote,
      argMin(reason, (ms, offset)) AS firstReason, argMin(reply, (ms, offset)) AS text
      FROM ${this.events} AND reply IS NOT NULL GROUP BY code, enhanced`);
    for (const row of rows) {
      const code = row['code'] === null ? null : num(row['code']);
      const enhanced = str(row['enhanced']);
      const stats: CodeStats = {
        code,
        enhanced,
        count: num(row['n']),
        remote: num(row['remote']),
        local: num(row['n']) - num(row['remote']),
        reason: String(row['firstReason']) as Reason,
        example: formatExample(code, enhanced, String(row['text'] ?? '')),
      };
      state.codes.set(`${code ?? ''}|${enhanced ?? ''}`, stats);
    }
  }

  private async problems(state: AccumulatorState): Promise<void> {
    const rows = await this.query(`SELECT direction, reason, count() AS n,
      countIf(replyClass = 'transient' OR outcome = 'deferred') AS transient, countIf(hardness = 'hard') AS hard,
      argMin((code, enhanced, reply, text, type, sender, source, line), (ms, offset)) AS example
      FROM ${this.events} AND direction IS NOT NULL GROUP BY direction, reason`);
    for (const row of rows) {
      const direction = String(row['direction']) as Direction;
      const reason = String(row['reason']) as Reason;
      const count = num(row['n']);
      state.problems.set(`${direction}|${reason}`, {
        direction,
        reason,
        count,
        outcomes: new Map(),
        transient: num(row['transient']),
        permanent: count - num(row['transient']),
        hard: num(row['hard']),
        domains: new Map(),
        relays: new Map(),
        codes: new Map(),
        hintIds: new Map(),
        whoMustAct: new Map(),
        example: problemExample(row['example'] as unknown as ExampleTuple),
      });
    }
    const dimensions: [keyof ProblemStats, string, string][] = [
      ['outcomes', 'outcome', 'outcome IS NOT NULL'],
      ['hintIds', 'hintId', 'hintId IS NOT NULL'],
      ['whoMustAct', 'whoMustAct', '1'],
      ['domains', PROBLEM_DOMAIN, "type IN ('delivery', 'reject', 'auth-failure', 'expired')"],
      ['relays', "ifNull(relay, '(none)')", "type = 'delivery'"],
      ['codes', CODE_KEY, 'reply IS NOT NULL'],
    ];
    for (const [field, key, condition] of dimensions) {
      const breakdown = await this.query(`SELECT direction, reason, ${key} AS k, count() AS n FROM ${this.events}
        AND direction IS NOT NULL AND ${condition} GROUP BY direction, reason, k
        ORDER BY n DESC, k LIMIT ${this.top} BY direction, reason`);
      for (const row of breakdown) {
        const problem = state.problems.get(`${row['direction']}|${row['reason']}`);
        (problem?.[field] as Counts | undefined)?.set(String(row['k']), num(row['n']));
      }
    }
  }

  private async hourly(state: AccumulatorState): Promise<void> {
    const rows = await this.query(`SELECT intDiv(ms, 3600000) AS hour, countIf(type = 'received') AS received,
      countIf(type = 'delivery' AND outcome IN ('delivered', 'forwarded')) AS delivered,
      countIf(type = 'delivery' AND outcome = 'deferred') AS deferred,
      countIf(type = 'delivery' AND outcome IN ('bounced', 'expired')) AS bounced,
      countIf(type = 'reject' AND status IN ('reject', 'temporary')) AS rejected
      FROM ${this.events} AND ms > 0 GROUP BY hour HAVING received + delivered + deferred + bounced + rejected > 0`);
    for (const row of rows) {
      state.hourly.set(num(row['hour']), {
        received: num(row['received']),
        delivered: num(row['delivered']),
        deferred: num(row['deferred']),
        bounced: num(row['bounced']),
        rejected: num(row['rejected']),
      });
    }
  }

  /** Top reasons of the given rows' keys: `key → [reason, count]`, the most frequent only. */
  private async topReasons(keyExpr: string, condition: string): Promise<Map<string, ReasonTally>> {
    const rows = await this.query(`SELECT ${keyExpr} AS k, reason, count() AS n FROM ${this.events} AND ${condition}
      GROUP BY k, reason ORDER BY n DESC, reason LIMIT 1 BY k`);
    const reasons = new Map<string, ReasonTally>();
    // The events table holds the reasons the classifier gave, so a name read back is a Reason.
    for (const row of rows) reasons.set(String(row['k']), [String(row['reason']) as Reason, num(row['n'])]);
    return reasons;
  }

  private limit(): number {
    return Math.max(this.top, 25);
  }

  private async relays(state: AccumulatorState): Promise<void> {
    const condition = "type = 'delivery' AND outcome IS NOT NULL";
    const rows = await this.query(`SELECT ifNull(relay, '(none)') AS relay,
      countIf(outcome IN ('delivered', 'forwarded')) AS delivered, countIf(outcome = 'deferred') AS deferred,
      countIf(outcome NOT IN ('delivered', 'forwarded', 'deferred')) AS bounced
      FROM ${this.events} AND ${condition} GROUP BY relay
      ORDER BY bounced + deferred DESC, delivered DESC, relay LIMIT ${this.limit()}`);
    const reasons = await this.topReasons(
      "ifNull(relay, '(none)')",
      `${condition} AND outcome NOT IN ('delivered', 'forwarded')`,
    );
    for (const row of rows) {
      const relay = String(row['relay']);
      state.relays.set(relay, {
        delivered: num(row['delivered']),
        deferred: num(row['deferred']),
        bounced: num(row['bounced']),
        reasons: reasons.get(relay) ?? null,
      });
    }
  }

  private async clients(state: AccumulatorState): Promise<void> {
    const condition = "((type = 'reject' AND status != 'reject_warning') OR type = 'auth-failure')";
    const rows = await this.query(`SELECT ifNull(client, '(unknown)') AS client, count() AS refused
      FROM ${this.events} AND ${condition} GROUP BY client ORDER BY refused DESC, client LIMIT ${this.limit()}`);
    const reasons = await this.topReasons("ifNull(client, '(unknown)')", condition);
    for (const row of rows) {
      const client = String(row['client']);
      state.clients.set(client, { refused: num(row['refused']), reasons: reasons.get(client) ?? null });
    }
  }

  private async logMessages(state: AccumulatorState): Promise<void> {
    const rows = await this.query(`SELECT severity, program, replaceRegexpAll(text, '[0-9]+', 'N') AS shape,
      count() AS n, argMin((text, source, line), (ms, offset)) AS first
      FROM ${this.events} AND type = 'diagnostic' GROUP BY severity, program, shape LIMIT 1000`);
    for (const row of rows) {
      const [text, source, line] = row['first'] as unknown as [string, string, number];
      state.logMessages.set(`${row['severity']}|${row['program']}|${row['shape']}`, {
        severity: String(row['severity']) as 'warning' | 'error' | 'fatal' | 'panic',
        program: String(row['program']),
        text,
        count: num(row['n']),
        example: { source, line: num(line) },
      });
    }
  }

  private async messageSummary(state: AccumulatorState): Promise<void> {
    const m = state.messages;
    const [messages] = await this.query(`SELECT count() AS messages, countIf(fold = 'complete') AS complete,
      countIf(fold = 'end') AS openAtEnd, countIf(fold = 'idle') AS evictedIdle, countIf(fold = 'cap') AS evictedCap,
      countIf(bounceNotice = 1) AS bounceNotifications FROM ${this.events} AND type = 'message'`);
    for (const key of FOLD_COUNTERS) m[key] = num(messages?.[key]);
    const [outcomes] = await this.query(`SELECT count() AS recipients, sum(attempts) AS attemptsSum,
      countIf(outcome = 'delivered') AS delivered, countIf(outcome = 'forwarded') AS forwarded,
      countIf(outcome = 'bounced') AS bounced, countIf(outcome = 'expired') AS expired,
      countIf(outcome = 'pending') AS pending, countIf(deferrals > 0) AS everDeferred
      FROM ${this.events} AND type = 'outcome'`);
    m.attempts = num(outcomes?.['attemptsSum']);
    for (const key of Object.keys(m.outcomes) as (keyof typeof m.outcomes)[]) m.outcomes[key] = num(outcomes?.[key]);
    await this.sketches(
      `'all'`,
      "type = 'outcome' AND outcome IN ('delivered', 'forwarded') AND delay IS NOT NULL",
      'delay',
      (key) => (key === 'all' ? m.delay : null),
    );
    const parts = await this.query(`SELECT p.1 AS part, ${DELAY_BUCKET('p.2')} AS bucket, count() AS n, max(p.2) AS max
      FROM (SELECT arrayJoin(arrayMap((x, i) -> (i, x), delays, arrayEnumerate(delays))) AS p FROM ${this.events}
      AND type = 'delivery' AND outcome IN ('delivered', 'forwarded') AND length(delays) = 4) GROUP BY part, bucket`);
    for (const row of parts) {
      const sketch = m.delayParts[(num(row['part']) - 1) as 0 | 1 | 2 | 3];
      addToSketchBucket(sketch, num(row['bucket']), num(row['n']), num(row['max']));
    }
  }

  /** Delay sketches by a key, bucketed in SQL the way sketch.ts buckets them. */
  private async sketches(keyExpr: string, condition: string, value: string, target: (key: string) => Sketch | null) {
    const rows =
      await this.query(`SELECT ${keyExpr} AS k, ${DELAY_BUCKET(value)} AS bucket, count() AS n, max(${value}) AS max
      FROM ${this.events} AND ${condition} GROUP BY k, bucket`);
    for (const row of rows) {
      const sketch = target(String(row['k']));
      if (sketch !== null) addToSketchBucket(sketch, num(row['bucket']), num(row['n']), num(row['max']));
    }
  }

  private async domains(state: AccumulatorState): Promise<void> {
    const domain = "ifNull(recipientDomain, '(local)')";
    const rows = await this.query(`SELECT ${domain} AS domain, countIf(type = 'outcome') AS recipients,
      countIf(type = 'outcome' AND outcome = 'delivered') AS delivered,
      countIf(type = 'outcome' AND outcome = 'forwarded') AS forwarded,
      countIf(type = 'outcome' AND outcome = 'bounced') AS bounced,
      countIf(type = 'outcome' AND outcome = 'expired') AS expired,
      countIf(type = 'outcome' AND outcome = 'pending') AS pending,
      countIf(type = 'outcome' AND deferrals > 0) AS everDeferred,
      countIf(type = 'delivery') AS deferralLines
      FROM ${this.events} AND (type = 'outcome' OR (type = 'delivery' AND outcome = 'deferred'))
      GROUP BY domain ORDER BY bounced + expired + pending DESC, deferralLines DESC, recipients DESC, domain
      LIMIT ${this.limit()}`);
    if (rows.length === 0) return;
    const names = rows.map((row) => quote(String(row['domain']))).join(', ');
    const inTop = `${domain} IN (${names})`;
    const reasons = await this.topReasons(
      domain,
      `type = 'outcome' AND outcome IN ('bounced', 'expired', 'pending') AND reason IS NOT NULL AND ${inTop}`,
    );
    for (const row of rows) {
      const name = String(row['domain']);
      const outcomes = {
        recipients: 0,
        delivered: 0,
        forwarded: 0,
        bounced: 0,
        expired: 0,
        pending: 0,
        everDeferred: 0,
      };
      for (const key of Object.keys(outcomes) as (keyof typeof outcomes)[]) outcomes[key] = num(row[key]);
      state.messages.domains.set(name, {
        outcomes,
        deferrals: num(row['deferralLines']),
        reasons: reasons.get(name) ?? null,
        delay: emptySketch(),
      });
    }
    await this.sketches(
      domain,
      `type = 'outcome' AND outcome IN ('delivered', 'forwarded') AND delay IS NOT NULL AND ${inTop}`,
      'delay',
      (key) => state.messages.domains.get(key)?.delay ?? null,
    );
  }

  private async addresses(state: AccumulatorState): Promise<void> {
    const tables = [
      [
        state.messages.senders,
        "if(sender = '', '<>', lower(sender))",
        "type = 'message' AND sender IS NOT NULL",
        'sum(failures)',
      ],
      [state.messages.recipients, 'lower(recipient)', "type = 'outcome'", "countIf(outcome IN ('bounced', 'expired'))"],
    ] as const;
    for (const [table, keyExpr, condition, failures] of tables) {
      const select = `SELECT ${keyExpr} AS address, count() AS messages, sum(ifNull(size, 0)) AS bytes, ${failures} AS failed
        FROM ${this.events} AND ${condition} GROUP BY address`;
      const rows = [
        ...(await this.query(`${select} ORDER BY messages DESC, bytes DESC, address LIMIT ${this.top}`)),
        ...(await this.query(
          `${select} HAVING failed > 0 ORDER BY failed DESC, messages DESC, address LIMIT ${this.top}`,
        )),
      ];
      for (const row of rows) {
        table.set(String(row['address']), {
          messages: num(row['messages']),
          bytes: num(row['bytes']),
          failures: num(row['failed']),
        });
      }
    }
  }
}

type ExampleTuple = [number | null, string | null, string | null, string | null, string, string | null, string, number];

function formatExample(code: number | null, enhanced: string | null, text: string): string {
  const head = [code, enhanced].filter((x) => x !== null).join(' ');
  return head === '' ? text : `${head} ${text}`;
}

/** The first problem's example, as accumulator.countProblem writes it. */
function problemExample(tuple: ExampleTuple): ProblemStats['example'] {
  const [code, enhanced, reply, text, type, sender, source, line] = tuple;
  const shown =
    reply !== null
      ? formatExample(code, enhanced, reply)
      : type === 'expired'
        ? `expired, returned to sender (from=<${sender ?? ''}>)`
        : (text ?? type);
  return { reply: shown, source, line: Number(line) };
}

/** Run queries against a target, turning a failure into an exception caught by the caller. */
export function queryRunner(target: ClickHouseTarget): Query {
  return async (sql) => {
    const result = await select<Row>(target, sql);
    if (!result.ok) throw new QueryFailed(result.message);
    return result.value;
  };
}
