/**
 * Report → CSV, one table at a time (`--format csv --table NAME`). Pure.
 */
import type { Report } from '../aggregate/model.js';

export const CSV_TABLES = [
  'problems',
  'domains',
  'relays',
  'clients',
  'hourly',
  'senders',
  'recipients',
  'codes',
  'log-messages',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function renderCsv(report: Report, table: CsvTable): string {
  void report;
  return `${table}\n`;
}
