/**
 * The one-pass fragment finder must answer exactly what `includes` answers, for every fragment:
 * the catalog lookup trusts it in place of a thousand `includes` calls.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FragmentSet } from '../../src/catalog/fragments.js';
import { MESSAGE_RULES } from '../../src/catalog/index.js';

function foundBy(set: FragmentSet, fragments: readonly string[], text: string): string[] {
  set.scan(text);
  return fragments.filter((f) => set.has(set.idOf(f)));
}

describe('FragmentSet', () => {
  it('finds overlapping and nested fragments, and fragments that are suffixes of others', () => {
    const fragments = ['he', 'she', 'his', 'hers', 'e', 'ushers!', 'x'];
    const set = new FragmentSet(fragments);
    expect(foundBy(set, fragments, 'ushers')).toEqual(['he', 'she', 'hers', 'e']);
    expect(foundBy(set, fragments, 'ushers!')).toEqual(['he', 'she', 'hers', 'e', 'ushers!']);
    // Each found once, in the order their ends were read.
    expect(set.found.map((id) => fragments[id])).toEqual(['she', 'he', 'e', 'hers', 'ushers!']);
    // A later scan forgets what an earlier one found.
    expect(foundBy(set, fragments, 'hi')).toEqual([]);
    expect(foundBy(set, fragments, '')).toEqual([]);
  });

  it('answers like includes on random fragments and texts over a small alphabet (fixed seed)', () => {
    // A small alphabet with a non-ASCII letter and an astral one makes overlaps and failure links common.
    const letter = fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀');
    const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.array(word, { maxLength: 20 }),
        (fragments, words) => {
          const set = new FragmentSet(fragments);
          const text = words.join('');
          expect(foundBy(set, fragments, text)).toEqual(fragments.filter((f) => text.includes(f)));
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('answers like includes for every catalog fragment on texts built from catalog fragments', () => {
    const fragments = [...new Set(MESSAGE_RULES.flatMap((rule) => rule.match.flat()))];
    const set = new FragmentSet(fragments);
    const pieces = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(pieces, fc.string({ maxLength: 3 }), (chosen, glue) => {
        const text = chosen.join(glue);
        const found = foundBy(set, fragments, text);
        expect(found).toEqual(fragments.filter((f) => text.includes(f)));
        for (const f of chosen) expect(found).toContain(f);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('does not know fragments it was not given', () => {
    const set = new FragmentSet(['abc']);
    set.scan('abc xyz');
    expect(set.idOf('xyz')).toBe(-1);
    expect(set.has(set.idOf('xyz'))).toBe(false);
    expect(set.has(set.idOf('abc'))).toBe(true);
  });
});
