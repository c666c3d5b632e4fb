/**
 * Report → JSON. The model is already plain data with ISO instants; this only fixes the
 * formatting (two-space indent, trailing newline) so golden files diff cleanly.
 */
import type { Report } from '../aggregate/model.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
