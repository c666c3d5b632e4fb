/**
 * fast-check arbitraries for hostile log text: real lines mutated character by character, random
 * text and bytes, and whole inputs (lines, endings, byte-level damage) as the reader sees them.
 */
import fc from 'fast-check';
import { FRAGMENTS, STRUCTURAL } from '../../bench/fragments.js';
import { FOREIGN, realLines } from './corpus.js';

export type Mutation =
  | { op: 'replace' | 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'splice'; at: number; donor: number; from: number };

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRUCTURAL) },
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...STRUCTURAL), maxLength: 12 }) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: piece }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
    times: fc.integer({ min: 2, max: 60 }),
  }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), donor: fc.nat(), from: fc.nat() }),
);

/** Apply one mutation; positions wrap around the line, so every generated value is meaningful. */
export function applyMutation(line: string, m: Mutation, donors: readonly string[]): string {
  const at = m.at % (line.length + 1);
  switch (m.op) {
    case 'replace':
      return line.slice(0, at) + m.text + line.slice(at + m.text.length);
    case 'insert':
      return line.slice(0, at) + m.text + line.slice(at);
    case 'delete':
      return line.slice(0, at) + line.slice(at + m.length);
    case 'truncate':
      return line.slice(0, at);
    case 'repeat':
      return line.slice(0, at) + line.slice(at, at + m.length).repeat(m.times) + line.slice(at);
    case 'splice': {
      const donor = donors[m.donor % donors.length] ?? '';
      return line.slice(0, at) + donor.slice(m.from % (donor.length + 1));
    }
  }
}

/** A real line from fixtures/ with up to six mutations. */
export function mutatedLine(): fc.Arbitrary<string> {
  const lines = realLines();
  return fc
    .tuple(fc.nat({ max: lines.length - 1 }), fc.array(mutation, { maxLength: 6 }))
    .map(([index, mutations]) => mutations.reduce((line, m) => applyMutation(line, m, lines), lines[index] ?? ''));
}

/** Any line: real, mutated, foreign, random code points (lone surrogates included), random bytes. */
export function anyLine(): fc.Arbitrary<string> {
  const lines = realLines();
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...lines) },
    { weight: 6, arbitrary: mutatedLine() },
    { weight: 1, arbitrary: fc.constantFrom(...FOREIGN) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...STRUCTURAL, ...FRAGMENTS), maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
    },
  );
}

/** Byte sequences that are not UTF-8 (RFC 3629 §3): lone continuation, truncated, surrogate, overlong. */
export const INVALID_UTF8: readonly (readonly number[])[] = [
  [0x80],
  [0xff],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x92],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

export interface WholeInput {
  bytes: Buffer;
  /** The lines the reader must count: a `\n` ends one, and a non-empty unterminated tail is one. */
  lines: number;
}

/** Lines joined with `\n` or `\r\n`, maybe without a final newline, then damaged at the byte level. */
export function wholeInput(): fc.Arbitrary<WholeInput> {
  return fc
    .record({
      lines: fc.array(fc.tuple(anyLine(), fc.constantFrom('\n', '\r\n')), { maxLength: 40 }),
      unterminated: fc.boolean(),
      damage: fc.array(
        fc.record({
          at: fc.nat(),
          bytes: fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.constant([0]), fc.constant([13])),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ lines, unterminated, damage }) => {
      let text = lines.map(([line, end]) => line + end).join('');
      if (unterminated && text.endsWith('\n')) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1);
      let bytes = Buffer.from(text, 'utf8');
      for (const d of damage) {
        const at = d.at % (bytes.length + 1);
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
      }
      return { bytes, lines: countLines(bytes) };
    });
}

/** Lines as split2 counts them: one per `\n`, plus a non-empty unterminated tail. */
export function countLines(bytes: Buffer): number {
  let lines = 0;
  let last = -1;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
    lines++;
    last = i;
  }
  return last === bytes.length - 1 ? lines : lines + 1;
}

/** Cut `bytes` into chunks at the given positions (sorted, deduplicated, in range). */
export function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) chunks.push(bytes.subarray(from, p));
    from = Math.max(from, p);
  }
  if (from < bytes.length) chunks.push(bytes.subarray(from));
  return chunks;
}
