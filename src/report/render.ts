/**
 * One entry point for every report format; each renderer is a pure function of the model.
 */
import type { Report } from '../aggregate/model.js';
import { type CsvTable, renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type Format = 'text' | 'json' | 'markdown' | 'html' | 'csv';

export interface RenderOptions {
  top: number;
  detail: boolean;
  color: boolean;
  table: CsvTable | null;
}

export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, options);
    case 'html':
      return renderHtml(report, options);
    case 'csv':
      return renderCsv(report, options.table ?? 'problems');
    case 'text':
      return renderText(report, options);
  }
}
