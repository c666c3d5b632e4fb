/**
 * Generated documentation stays in step with the data it is generated from.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENHANCED_CODES, MESSAGE_RULES, REASON_INFO, REPLY_CODES } from '../src/catalog/index.js';
import { renderCatalogDoc } from '../src/report/catalog-doc.js';
import { ROOT } from './helpers.js';

describe('docs/catalog.md', () => {
  it('is generated from the current catalog (UPDATE_DOCS=1 regenerates it)', () => {
    const path = `${ROOT}docs/catalog.md`;
    const fresh = renderCatalogDoc({
      basic: REPLY_CODES,
      enhanced: ENHANCED_CODES,
      rules: MESSAGE_RULES,
      reasons: REASON_INFO,
    });
    if (process.env['UPDATE_DOCS'] === '1' || !existsSync(path)) writeFileSync(path, fresh);
    expect(readFileSync(path, 'utf8')).toBe(fresh);
    for (const rule of MESSAGE_RULES) expect(fresh).toContain(`\`${rule.id}\``);
  });
});
