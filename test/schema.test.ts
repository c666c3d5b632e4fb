/**
 * Every golden-case report validates against the published JSON Schema, and the schema's lists
 * of reasons and outcomes are the source's lists.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../src/catalog/reasons.js';
import { goldenCases } from './fixture-cases.js';
import { ROOT, reportFor } from './helpers.js';

const schema = JSON.parse(readFileSync(`${ROOT}docs/report-schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe('docs/report-schema.json', () => {
  it('lists exactly the reasons of the taxonomy', () => {
    expect(schema.$defs.reason.enum).toEqual([...REASONS]);
  });

  it('rejects a report that breaks it', async () => {
    const report = JSON.parse(JSON.stringify(await reportFor(['fixtures/constructed/521-greeting.log'])));
    expect(validate(report)).toBe(true);
    expect(validate({ ...report, totals: { ...report.totals, bounced: -1 } })).toBe(false);
    expect(validate({ ...report, problems: [{ ...report.problems[0], reason: 'made-up' }] })).toBe(false);
    const { codes: _codes, ...withoutCodes } = report;
    expect(validate(withoutCodes)).toBe(false);
  });

  it.each(goldenCases().map((c) => [c.name, c] as const))('validates the report of %s', async (_name, fixture) => {
    const report = JSON.parse(JSON.stringify(await reportFor(fixture.operands)));
    const ok = validate(report);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    const d = report.diagnostics;
    expect(d.linesRead).toBe(d.linesParsed + d.linesForeign + d.linesUnrecognised);
  });
});
