/**
 * Report → one self-contained offline HTML file. Pure.
 */
import type { Report } from '../aggregate/model.js';

export interface HtmlOptions {
  top: number;
  detail: boolean;
}

export function renderHtml(report: Report, options: HtmlOptions): string {
  void options;
  return `<!doctype html><title>mailtriage</title><p>${report.generatedAt}</p>\n`;
}
