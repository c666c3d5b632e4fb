/**
 * own(): the copy every long-lived table key goes through. It must keep the text exactly and
 * must not keep the log chunk the text was sliced from.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { own } from '../../src/parse/strings.js';

/** The collector, made callable at run time (vitest gives no --expose-gc). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('own', () => {
  it('keeps the text exactly, short or long, whatever its characters', () => {
    const texts = [
      '',
      'a',
      'gmail.com',
      'mx1|3Bc7Fq2m9Xz',
      'bob@exämple.org',
      '😀 relay=mx[1.2.3.4]:25',
      '\ud800 lone',
      'x'.repeat(5000),
    ];
    for (const text of texts) {
      const chunk = `<<${text}>>`;
      expect(own(chunk.slice(2, -2))).toBe(text);
    }
  });

  it('does not keep alive the chunk a key was sliced from', () => {
    const gc = collector();
    gc();
    const before = process.memoryUsage().heapUsed;
    // 100 chunks of 256 KiB: if the keys kept them, 25 MiB would stay.
    const keys: string[] = [];
    for (let i = 0; i < 100; i++) {
      const chunk = `${String(i).padStart(4, '0')} ${'line of log '.repeat(21_845)}`;
      keys.push(own(chunk.slice(0, 40)), own(chunk.slice(5, 12)));
    }
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect(keys).toHaveLength(200);
    expect(keys[0]).toBe(`0000 ${'line of log '.repeat(3)}line of `.slice(0, 40));
    expect(kept).toBeLessThan(4 * 1024 * 1024);
  });
});
