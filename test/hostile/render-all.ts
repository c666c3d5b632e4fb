/**
 * Every renderer of src/report in one call, and the published report schema, for the hostile
 * tests: whatever a log does to the model, every output must still be produced and well formed.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Report } from '../../src/aggregate/model.js';
import { CSV_TABLES, renderCsv } from '../../src/report/csv.js';
import { renderPrometheus } from '../../src/report/prometheus.js';
import { type Format, renderReport } from '../../src/report/render.js';
import { PINNED_EPOCH, ROOT } from '../helpers.js';

export const REPORT_SCHEMA = JSON.parse(readFileSync(`${ROOT}docs/report-schema.json`, 'utf8'));

/** Validates a parsed JSON report against docs/report-schema.json (errors in `.errors`). */
export const validateReport = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  REPORT_SCHEMA,
);

/** Every format, typed by key so that a new Format fails to compile until it is covered here. */
export const FORMATS: Record<Format, true> = { text: true, json: true, markdown: true, html: true, csv: true };

/** The closed union of unrecognised reasons, from the schema (the runtime copy of UnrecognisedReason). */
export const UNRECOGNISED: readonly string[] =
  REPORT_SCHEMA.properties.diagnostics.properties.unrecognisedByReason.propertyNames.enum;

/**
 * Every output of a report, by name: each format of `renderReport` (text in colour too, with
 * `--detail`), every CSV table, and the Prometheus exposition.
 */
export function renderEverything(report: Report): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const format of Object.keys(FORMATS) as Format[]) {
    outputs.set(format, renderReport(report, format, { top: 10, detail: true, color: false, table: null }));
  }
  outputs.set('text-color', renderReport(report, 'text', { top: 10, detail: false, color: true, table: null }));
  for (const table of CSV_TABLES) outputs.set(`csv-${table}`, renderCsv(report, table));
  outputs.set('prometheus', renderPrometheus(report, { durationSeconds: 1, finishedAt: PINNED_EPOCH * 1000 }));
  return outputs;
}
