/**
 * Golden files: every fixture log with its reviewed text and JSON report. A change in output
 * fails here until the new golden is regenerated (UPDATE_GOLDEN=1) and its diff reviewed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../src/report/json.js';
import { renderText } from '../src/report/text.js';
import { goldenCases } from './fixture-cases.js';
import { FIXTURES, reportFor } from './helpers.js';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = `${FIXTURES}golden/`;

describe('golden reports', () => {
  it.each(goldenCases().map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
    const report = await reportFor(fixture.operands);
    const outputs = { txt: renderText(report, { top: 10 }), json: renderJson(report) };
    for (const line of outputs.txt.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
    for (const [ext, content] of Object.entries(outputs)) {
      const path = `${GOLDEN}${fixture.name}.${ext}`;
      if (UPDATE || !existsSync(path)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, content);
        if (!UPDATE) throw new Error(`golden file ${path} was missing and has been written; review it and rerun`);
        continue;
      }
      expect(content, path).toBe(readFileSync(path, 'utf8'));
    }
  });
});
