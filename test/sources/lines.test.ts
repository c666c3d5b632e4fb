import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { looksBinary, pumpLines } from '../../src/sources/lines.js';

async function collect(chunks: (string | Buffer)[], max?: number) {
  const lines: { text: string; line: number; overlong: boolean }[] = [];
  const result = await pumpLines(
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))),
    (text, line, overlong) => lines.push({ text, line, overlong }),
    max,
  );
  return { lines, result };
}

describe('pumpLines', () => {
  it('splits LF and CRLF, keeps a last line without newline, counts empty lines', async () => {
    const { lines, result } = await collect(['a\r\nb\n\nc']);
    expect(lines.map((l) => l.text)).toEqual(['a', 'b', '', 'c']);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(result).toMatchObject({ lines: 4, overlong: 0, binary: false, error: null });
  });

  it('does not depend on where chunks split lines, even inside a UTF-8 sequence or a CRLF', async () => {
    const text = 'Jan  5 06:52:11 mx postfix/smtp[1]: café\r\nzweite Zeile ✓\nlast';
    const whole = await collect([text]);
    const bytes = Buffer.from(text);
    const single = await collect([...bytes].map((b) => Buffer.from([b])));
    expect(single.lines).toEqual(whole.lines);
  });

  it('hands on every line whole around the 64 KiB pieces it decodes, in any chunking', async () => {
    // Lines from empty to over 64 KiB (under and over the cap), multi-byte characters, and no
    // newline at the end: the lines must be the same for one chunk, 1 MiB-like chunks and odd ones.
    const lengths = [0, 1, 65_535, 65_536, 65_537, 70_000, 3, 131_072, 10, 64 * 1024 - 2];
    const lines = lengths.map((n, i) => `${i}é`.padEnd(n, 'x✓'.charAt(i % 2)));
    const text = lines.join('\n');
    const bytes = Buffer.from(text);
    const cap = 1 << 20;
    const expected = await collect([bytes], cap);
    expect(expected.lines.map((l) => l.text)).toEqual(lines);
    for (const size of [1 << 20, 65_536, 65_537, 4093, 7]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      const got = await collect(chunks, cap);
      expect(got.lines, `chunks of ${size}`).toEqual(expected.lines);
      expect(got.result.bytes).toBe(bytes.length);
    }
  });

  it('replaces invalid UTF-8 instead of failing', async () => {
    const { lines } = await collect([Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a, 0x63])]);
    expect(lines.map((l) => l.text)).toEqual(['a\uFFFD\uFFFDb', 'c']);
  });

  it('cuts overlong lines, flags them, and keeps counting the following lines', async () => {
    const long = 'x'.repeat(5000);
    const { lines, result } = await collect([`short\n${long}\nafter\n${long}`], 1000);
    expect(lines.map((l) => [l.text.length, l.line, l.overlong])).toEqual([
      [5, 1, false],
      [1000, 2, true],
      [5, 3, false],
      [1000, 4, true],
    ]);
    expect(result.overlong).toBe(2);
  });

  it('keeps memory flat for a line far larger than the cap, across many chunks', async () => {
    const chunk = Buffer.alloc(1 << 20, 0x41);
    const chunks = Array.from({ length: 64 }, () => chunk);
    const { lines } = await collect([...chunks, Buffer.from('\nok\n')], 4096);
    expect(lines).toEqual([
      { text: 'A'.repeat(4096), line: 1, overlong: true },
      { text: 'ok', line: 2, overlong: false },
    ]);
  });

  it('refuses binary data before delivering any line', async () => {
    const junk = Buffer.alloc(9000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 37) % 32;
    const { lines, result } = await collect([junk]);
    expect(lines).toEqual([]);
    expect(result.binary).toBe(true);
  });

  it('a few NUL bytes in a text log are not binary', () => {
    expect(looksBinary(Buffer.from('Jan  5 06:52:11 mx postfix/smtp[1]: a\0b\n'.repeat(20)))).toBe(false);
  });

  it('reports a failing stream after delivering the lines read before the failure', async () => {
    const stream = new Readable({ read() {} });
    const done = pumpLines(stream, () => undefined);
    stream.push('one\ntwo\n');
    setImmediate(() => stream.destroy(new Error('disk gone')));
    const result = await done;
    expect(result.lines).toBe(2);
    expect(String(result.error)).toContain('disk gone');
  });
});
