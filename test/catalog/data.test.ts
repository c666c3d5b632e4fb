/**
 * Tests derived from the catalog data itself: every list below comes from the source of truth,
 * so adding an entry adds its checks.
 */
import { describe, expect, it } from 'vitest';
import { ENHANCED_CODES, MESSAGE_RULES, PROVIDER_SIGNATURES, REASONS, REPLY_CODES } from '../../src/catalog/index.js';
import { lookupReply, maskBracketedAddresses } from '../../src/catalog/lookup.js';
import type { EntryBase, EntryText, MessageRule } from '../../src/catalog/types.js';
import { parseReplyText, replyClassOf } from '../../src/parse/reply.js';

const ALL: readonly EntryBase[] = [...REPLY_CODES, ...ENHANCED_CODES, ...MESSAGE_RULES];
const TEXT_FIELDS: readonly (keyof EntryText)[] = ['title', 'description', 'whenYouSeeIt', 'howToFix'];

function hostFor(rule: MessageRule): string | null {
  const sig = PROVIDER_SIGNATURES.find((s) => s.provider === rule.provider);
  return sig?.hostSuffixes[0] !== undefined ? `mx.${sig.hostSuffixes[0]}` : null;
}

describe('catalog entries', () => {
  it('have unique ids', () => {
    const ids = ALL.map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.each(ALL.map((e) => [e.id, e] as const))('%s has every field in every language it claims', (_id, entry) => {
    for (const [lang, text] of Object.entries(entry.texts)) {
      for (const field of TEXT_FIELDS) {
        expect(text?.[field]?.trim().length ?? 0, `${lang}.${field}`).toBeGreaterThan(10);
      }
    }
    expect(REASONS).toContain(entry.reason);
    expect(entry.references.length).toBeGreaterThan(0);
    for (const ref of entry.references) {
      expect(ref.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
      expect(ref.title.trim()).not.toBe('');
      if (ref.kind === 'rfc') expect(ref.title).toMatch(/^RFC \d+/);
    }
    expect(entry.samples.length).toBeGreaterThan(0);
  });
});

describe('basic reply codes', () => {
  it.each(REPLY_CODES.map((e) => [e.code, e] as const))(
    '%i has the class of its first digit and Turkish texts',
    (code, entry) => {
      expect(entry.class).toBe(replyClassOf(code));
      expect(entry.texts.tr).toBeDefined();
      expect(entry.id).toBe(`reply.${code}`);
    },
  );
});

describe('enhanced status codes', () => {
  it.each(ENHANCED_CODES.map((e) => [e.code, e] as const))('%s is well-formed', (code, entry) => {
    expect(code).toBe(`X.${entry.subject}.${entry.detail}`);
    expect(entry.id).toBe(`enhanced.${code}`);
  });
});

describe('message rules', () => {
  it.each(MESSAGE_RULES.map((r) => [r.id, r] as const))('%s: every sample is claimed by this rule', (_id, rule) => {
    for (const fragmentSet of rule.match) {
      for (const fragment of fragmentSet) {
        expect(fragment).toBe(fragment.toLowerCase());
        // lookup.ts memoises with bracketed addresses masked; a fragment must not depend on one.
        expect(maskBracketedAddresses(`x ${fragment} x`)).toBe(`x ${fragment} x`);
      }
    }
    for (const enhanced of rule.enhanced) {
      for (const code of rule.codes) expect(Math.floor(code / 100), `${code} vs ${enhanced}`).toBe(Number(enhanced[0]));
    }
    for (const sample of rule.samples) {
      const parts = parseReplyText(sample);
      const match = lookupReply({
        code: parts.code,
        enhanced: parts.enhanced ?? rule.enhanced[0] ?? null,
        text: parts.text,
        speaker: rule.speaker ?? null,
        stage: rule.stages?.[0] ?? null,
        remoteHost: rule.requiresProvider ? hostFor(rule) : null,
      });
      expect(match.entry?.id, sample).toBe(rule.id);
    }
  });
});
