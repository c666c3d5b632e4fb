/**
 * docs/catalog.md, generated from the catalog data: the order of evidence, the reasons, and one
 * table per kind of entry. The full texts of every entry are in `mailtriage catalog` and
 * `mailtriage explain`. Pure; test/docs.test.ts fails when the committed file is stale.
 */
import type { Reason, ReasonInfo } from '../catalog/reasons.js';
import type { BasicCodeEntry, EnhancedCodeEntry, MessageRule } from '../catalog/types.js';

export interface CatalogData {
  basic: readonly BasicCodeEntry[];
  enhanced: readonly EnhancedCodeEntry[];
  rules: readonly MessageRule[];
  reasons: Record<Reason, ReasonInfo>;
}

/** A Markdown table cell: pipes and line breaks would break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(cells: string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function table(head: string[], rows: string[][]): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

export function renderCatalogDoc(data: CatalogData): string {
  const providers = [...new Set(data.rules.map((r) => r.provider))];
  const out: string[] = [
    '# The mailtriage catalog',
    '',
    '<!-- Generated from src/catalog by test/docs.test.ts (UPDATE_DOCS=1 npx vitest run test/docs.test.ts). Do not edit. -->',
    '',
    `${data.basic.length} basic reply codes, ${data.enhanced.length} enhanced status codes ` +
      `(${data.enhanced.filter((e) => e.registered).length} of the IANA registry), ${data.rules.length} provider and MTA ` +
      'message rules. Every entry carries a description, when you see it in Postfix and Exim logs, how to fix it, who ' +
      'must act, hard or soft, references and sample replies: `mailtriage explain CODE` shows one, `mailtriage catalog` ' +
      'all of them (`--lang tr` for Turkish where written).',
    '',
    '## How a reply is explained',
    '',
    'The first layer that decides wins (src/catalog/lookup.ts):',
    '',
    '1. **provider**: a rule of the provider the remote is known to be, from its host name or a marker in the ' +
      'reply (`gsmtp`, `protection.outlook.com`). Providers reuse registry codes with their own meaning.',
    '2. **enhanced**: a specific enhanced status code whose class agrees with the basic code, cross-checked with the ' +
      'text: a text rule with the same reason gives the more precise explanation; one with another reason wins only ' +
      'when marked `overridesEnhanced`. Generic codes (X.0.0, X.7.1 ...) leave the decision to the text.',
    '3. **text**: the first text rule, in the order of this file, whose fragments all occur (case-insensitive substrings, ' +
      'no regular expressions, so matching stays linear on hostile input).',
    '4. **basic**: the basic reply code, unless it is too overloaded to mean anything alone (550, 554 ...).',
    '5. **stage**: an unexplained refusal read by the SMTP stage it came at (greeting, HELO, MAIL, RCPT, DATA).',
    '6. **class**: nothing matched; the first digit still says transient or permanent, and the reason is `other`.',
    '',
    '## Reasons',
    '',
    ...table(
      ['reason', 'title', 'who acts', 'hard/soft', 'Sisimai', 'hint'],
      (Object.keys(data.reasons) as Reason[]).map((reason) => {
        const info = data.reasons[reason];
        return [`\`${reason}\``, info.title, info.whoMustAct, info.hardness, info.sisimai ?? '-', info.hint];
      }),
    ),
    '',
    '## Basic reply codes',
    '',
    ...table(
      ['code', 'class', 'defined', 'title', 'reason', 'who acts', 'hard/soft'],
      data.basic.map((e) => [
        String(e.code),
        e.class,
        e.status + (e.standsFor !== undefined ? ` (~${e.standsFor})` : ''),
        e.texts.en.title,
        e.reason,
        e.whoMustAct,
        e.hardness,
      ]),
    ),
    '',
    '## Enhanced status codes',
    '',
    ...table(
      ['code', 'registry', 'title', 'reason', 'generic', 'who acts', 'hard/soft'],
      data.enhanced.map((e) => [
        e.code,
        e.registered ? 'IANA' : 'unregistered',
        e.texts.en.title,
        e.reason,
        e.generic ? 'yes' : '',
        e.whoMustAct,
        e.hardness,
      ]),
    ),
  ];
  for (const provider of providers) {
    const rules = data.rules.filter((r) => r.provider === provider);
    out.push(
      '',
      `## Rules: ${provider} (${rules.length})`,
      '',
      ...table(
        ['id', 'codes', 'match (any of; all fragments)', 'reason', 'title'],
        rules.map((r) => [
          `\`${r.id}\``,
          [...r.codes, ...r.enhanced].join(' ') +
            (r.requiresProvider ? ' (provider known)' : '') +
            (r.stages !== undefined ? ` at ${r.stages.join('/')}` : ''),
          r.match.map((all) => all.map((f) => `“${f}”`).join(' + ')).join(' or ') || '(any text)',
          r.reason,
          r.texts.en.title,
        ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
