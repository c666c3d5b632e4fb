/**
 * explain / compare / catalog: resolve the query, render the page.
 */
import { ENHANCED_CODES, MESSAGE_RULES, REASON_INFO, REPLY_CODES } from '../catalog/index.js';
import type { EntryBase } from '../catalog/types.js';
import { explain } from '../classify/explain.js';
import { renderCatalog, renderComparison, renderExplanation } from '../report/reference.js';
import type { CatalogCommand, CompareCommand, ExplainCommand } from './args.js';

export type ReferenceResult = { ok: true; output: string } | { ok: false; message: string };

export function runReferenceCommand(command: ExplainCommand | CompareCommand | CatalogCommand): ReferenceResult {
  switch (command.command) {
    case 'catalog':
      return {
        ok: true,
        output: renderCatalog(
          { basic: REPLY_CODES, enhanced: ENHANCED_CODES, rules: MESSAGE_RULES },
          command.lang,
          command.format,
          REASON_INFO,
        ),
      };
    case 'explain': {
      const result = explain(command.query);
      if (!result.ok) return result;
      return { ok: true, output: renderExplanation(result.value, command.lang, command.format, REASON_INFO) };
    }
    case 'compare': {
      const a = single(command.a);
      if (!a.ok) return a;
      const b = single(command.b);
      if (!b.ok) return b;
      return { ok: true, output: renderComparison(a.entry, b.entry, command.lang, command.format, REASON_INFO) };
    }
  }
}

/** One side of a comparison: a basic or an enhanced code. */
function single(query: string): { ok: true; entry: EntryBase } | { ok: false; message: string } {
  const result = explain(query);
  if (!result.ok) return result;
  const entry = result.value.basic ?? result.value.enhanced ?? result.value.match?.entry ?? null;
  if (entry === null) return { ok: false, message: `nothing in the catalog matches "${query}"` };
  return { ok: true, entry };
}
