/**
 * Exim's quoted fields (`C="250 2.0.0 OK id=1abc"`): the value runs to the first unescaped quote,
 * `\x` stands for `x`, and an unterminated value runs to the end of the line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedField } from '../../src/parse/exim.js';

/** The definition, one character at a time. */
function byCharacter(s: string, key: string): string | null {
  const at = s.indexOf(` ${key}"`);
  if (at === -1) return null;
  let out = '';
  for (let i = at + key.length + 2; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) out += s[++i];
    else if (s[i] === '"') return out;
    else out += s[i];
  }
  return out;
}

describe('quotedField', () => {
  it('reads values as Exim writes them', () => {
    expect(quotedField('R=dnslookup T=remote_smtp C="250 2.0.0 OK id=1abc"', 'C=')).toBe('250 2.0.0 OK id=1abc');
    expect(quotedField('x C="say \\"hi\\" now" y', 'C=')).toBe('say "hi" now');
    expect(quotedField('x C="unterminated', 'C=')).toBe('unterminated');
    expect(quotedField('x C="ends in \\', 'C=')).toBe('ends in \\');
    expect(quotedField('x D="no C field"', 'C=')).toBeNull();
  });

  it('agrees with the character-by-character definition (fixed seed)', () => {
    const text = fc
      .array(fc.constantFrom('a', ' ', '\\', '"', 'C', '=', 'é'), { maxLength: 40 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(quotedField(s, 'C=')).toBe(byCharacter(s, 'C='));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  it('stays linear on a line of escapes without a closing quote', () => {
    const line = `x C="${'\\a'.repeat(200_000)}`;
    expect(quotedField(line, 'C=')).toBe('a'.repeat(200_000));
  });
});
