/**
 * Replays every input in fixtures/regressions/ (crashes and schema breaks found by `npm run fuzz`
 * and the property tests) under several time zones and `--year` values: no exception, every line
 * accounted for, a report that validates against docs/report-schema.json, every format rendered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../src/classify/classify.js';
import { DEFAULT_POSTFIX_NAME, type EximLogKind, LineParser } from '../../src/parse/line.js';
import { ZoneClock } from '../../src/parse/time.js';
import { renderJson } from '../../src/report/json.js';
import { FIXTURES, PINNED_EPOCH, reportFor } from '../helpers.js';
import { renderEverything, validateReport } from './render-all.js';

const DIR = join(FIXTURES, 'regressions');
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.log'))
  .sort();

/** The zones and years bench/fuzz.ts rotates through. */
const ZONES = ['UTC', 'Europe/Prague', 'Asia/Kolkata', 'America/St_Johns'];
const YEARS = [null, 2024, 9999];
const EXIM_LOGS: EximLogKind[] = ['main', 'reject', 'panic'];

describe('fixtures/regressions', () => {
  it('holds the named regressions, each documented in its README', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    expect(FILES.length).toBeGreaterThanOrEqual(6);
    for (const name of FILES) expect(readme, name).toContain(`\`${name}\``);
  });

  it.each(FILES)('%s: every line parses and classifies in every setup', (name) => {
    const lines = readFileSync(join(DIR, name), 'utf8').split('\n');
    for (const zone of ZONES) {
      for (const year of YEARS) {
        for (const eximLog of EXIM_LOGS) {
          const parser = new LineParser({
            clock: new ZoneClock(zone),
            referenceMs: PINNED_EPOCH * 1000,
            year,
            postfixName: DEFAULT_POSTFIX_NAME,
            eximLog,
          });
          for (const line of lines) {
            const result = parser.parse(line);
            if (result.ok === true) {
              if (result.envelope.at !== null) expect(new Date(result.envelope.at).toISOString()).toMatch(/^\d{4}-/);
              classifyEvent(result.event);
            }
          }
        }
      }
    }
  });

  it.each(FILES)('%s: the report accounts for every line, keeps its schema and renders', async (name) => {
    const lines = readFileSync(join(DIR, name), 'utf8').split('\n').length - 1;
    for (const zone of ZONES) {
      for (const year of YEARS) {
        const report = await reportFor([join(DIR, name)], { clock: new ZoneClock(zone), year });
        const d = report.diagnostics;
        expect(d.linesRead, `${zone} ${year}`).toBe(lines);
        expect(d.linesRead).toBe(d.linesParsed + d.linesForeign + d.linesUnrecognised);
        const json = JSON.parse(renderJson(report));
        expect(validateReport(json), `${zone} ${year}: ${JSON.stringify(validateReport.errors?.slice(0, 2))}`).toBe(
          true,
        );
        expect(renderEverything(report).size).toBeGreaterThan(5);
      }
    }
  });
});
