/**
 * `--format ndjson`: every record of real fixture logs validates against docs/event-schema.json,
 * the grand totals can be rebuilt from the records' tallies, keys are unique and stable, and
 * --redact reaches the records.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { goldenCases } from '../fixture-cases.js';
import { ROOT, runCli } from '../helpers.js';

const schema = JSON.parse(readFileSync(`${ROOT}docs/event-schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

type Record = { [key: string]: unknown; key: string; type: string; tally?: string[] };

async function records(args: string[]): Promise<Record[]> {
  const result = await runCli(['--format', 'ndjson', '--host', 'test', ...args]);
  expect(result.stderr).toBe('');
  return result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record);
}

describe('--format ndjson', () => {
  it.each(goldenCases().map((c) => [c.name, c] as const))('validates for %s', async (_name, fixture) => {
    const events = await records(fixture.operands);
    for (const event of events) {
      const ok = validate(event);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
    }
    expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
    const report = JSON.parse((await runCli(['--format', 'json', ...fixture.operands])).stdout) as Report;
    const tallied = new Map<string, number>();
    for (const event of events) for (const name of event.tally ?? []) tallied.set(name, (tallied.get(name) ?? 0) + 1);
    for (const [name, value] of Object.entries(report.totals)) {
      if (name !== 'rejectedPercent') expect(tallied.get(name) ?? 0, name).toBe(value);
    }
    const read = events.filter((e) => e.type === 'lines').reduce((sum, e) => sum + Number(e['read']), 0);
    expect(read).toBe(report.diagnostics.linesRead);
  });

  it('gives the same keys on a second run, and redacts addresses', async () => {
    const args = ['fixtures/constructed/556-nullmx.log'];
    const first = await records(args);
    expect((await records(args)).map((e) => e.key)).toEqual(first.map((e) => e.key));
    const redacted = await records(['--redact', 'full', ...args]);
    expect(JSON.stringify(first)).toContain('admin@example.com');
    expect(JSON.stringify(redacted)).not.toContain('admin@');
  });
});
