/**
 * Property tests on hostile text (fast-check, fixed seeds): the parser is total, every line fed
 * is accounted for exactly once, the JSON report keeps its published shape, and chunk boundaries
 * do not matter.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRUCTURAL } from '../../bench/fragments.js';
import type { Report } from '../../src/aggregate/model.js';
import { REASONS } from '../../src/catalog/reasons.js';
import { classifyEvent } from '../../src/classify/classify.js';
import { DEFAULT_POSTFIX_NAME, type EximLogKind, LineParser } from '../../src/parse/line.js';
import { ZoneClock } from '../../src/parse/time.js';
import { renderJson } from '../../src/report/json.js';
import { looksBinary } from '../../src/sources/lines.js';
import { OUTCOMES, type ParseResult } from '../../src/types.js';
import { PINNED_EPOCH, reportForStream } from '../helpers.js';
import { FORMAT_SEEDS, representativeLines } from './corpus.js';
import { anyLine, chunked, countLines, wholeInput } from './mutate.js';
import { renderEverything, UNRECOGNISED, validateReport } from './render-all.js';

const SEED = 42;

interface ParserSetup {
  zone: string;
  year: number | null;
  eximLog: EximLogKind;
}

const parserSetup: fc.Arbitrary<ParserSetup> = fc.record({
  // UTC, a zone with DST gaps and overlaps, and one with a half-hour offset.
  zone: fc.constantFrom('UTC', 'Europe/Prague', 'Asia/Kolkata'),
  year: fc.constantFrom(null, 2024, 9999),
  eximLog: fc.constantFrom<EximLogKind>('main', 'reject', 'panic'),
});

function parserFor(setup: ParserSetup): LineParser {
  return new LineParser({
    clock: new ZoneClock(setup.zone),
    referenceMs: PINNED_EPOCH * 1000,
    year: setup.year,
    postfixName: DEFAULT_POSTFIX_NAME,
    eximLog: setup.eximLog,
  });
}

/** One of the three result kinds, well formed; an event also classifies without throwing. */
function checkResult(result: ParseResult): void {
  if (result.ok === true) {
    expect(typeof result.event.kind).toBe('string');
    expect(['postfix', 'exim']).toContain(result.event.mta);
    const at = result.envelope.at;
    // Any instant the parser accepts prints as an ISO instant with a four-digit year.
    if (at !== null) expect(new Date(at).toISOString()).toMatch(/^\d{4}-/);
    const c = classifyEvent(result.event);
    if (c.outcome !== null) expect(OUTCOMES).toContain(c.outcome);
    expect(REASONS).toContain(c.reason);
  } else if (result.ok === 'foreign') {
    expect(result.envelope === null || typeof result.envelope.program === 'string').toBe(true);
  } else {
    expect(result.ok).toBe(false);
    expect(UNRECOGNISED).toContain(result.reason);
  }
}

describe('LineParser.parse is total', () => {
  it('never throws on sequences of mutated, foreign and random lines, and returns one of three kinds', () => {
    fc.assert(
      fc.property(parserSetup, fc.array(anyLine(), { minLength: 1, maxLength: 25 }), (setup, lines) => {
        const parser = parserFor(setup);
        for (const line of lines) checkResult(parser.parse(line));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('never throws on text made only of the characters the scanners look for', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...STRUCTURAL), maxLength: 300 }), (line) => {
        checkResult(parserFor({ zone: 'UTC', year: null, eximLog: 'main' }).parse(line));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('real lines truncated, cut and given a NUL at every position', () => {
    const lines = representativeLines();
    expect(lines.length).toBeGreaterThanOrEqual(12);
    let parsed = 0;
    for (const line of lines) {
      const parser = parserFor({ zone: 'Europe/Prague', year: null, eximLog: 'main' });
      for (let i = 0; i <= line.length; i++) {
        checkResult(parser.parse(line.slice(0, i)));
        checkResult(parser.parse(line.slice(0, i) + line.slice(i + 1)));
        checkResult(parser.parse(`${line.slice(0, i)}\u0000${line.slice(i)}`));
        checkResult(parser.parse(line.slice(i)));
        parsed += 4;
      }
    }
    expect(parsed).toBeGreaterThan(4000);
  });

  it('every hand-written envelope seed parses (so the properties above reach every envelope format)', () => {
    const parser = parserFor({ zone: 'UTC', year: null, eximLog: 'main' });
    for (const line of FORMAT_SEEDS) expect(parser.parse(line).ok, line).toBe(true);
  });
});

/** The report of one stream of bytes, in the given chunks. */
function reportOf(chunks: Buffer[], maxLineBytes: number): Promise<Report> {
  return reportForStream('hostile', Readable.from(chunks), { maxLineBytes, year: null });
}

/** Its JSON, ignoring nothing but the input names. */
function jsonOf(report: Report): string {
  return renderJson({ ...report, inputs: report.inputs.map((i) => ({ ...i, name: '' })) });
}

const lineCap = fc.constantFrom(64 * 1024, 200, 48);

describe('whole inputs', () => {
  it('linesRead = parsed + foreign + unrecognised, equals the lines fed, and the JSON keeps its schema', async () => {
    await fc.assert(
      fc.asyncProperty(wholeInput(), lineCap, async (input, maxLineBytes) => {
        const report = await reportOf([input.bytes], maxLineBytes);
        const d = report.diagnostics;
        const expected = looksBinary(input.bytes.subarray(0, 8192)) ? 0 : input.lines;
        expect(d.linesRead).toBe(expected);
        expect(report.inputs[0]?.lines).toBe(expected);
        expect(d.linesRead).toBe(d.linesParsed + d.linesForeign + d.linesUnrecognised);
        const json = JSON.parse(renderJson(report));
        expect(validateReport(json), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
        for (const [name, output] of renderEverything(report)) expect(typeof output, name).toBe('string');
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('random bytes: every line accounted for (or the whole input refused as binary)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), lineCap, async (raw, maxLineBytes) => {
        const bytes = Buffer.from(raw);
        const report = await reportOf([bytes], maxLineBytes);
        const binary = looksBinary(bytes.subarray(0, 8192));
        const d = report.diagnostics;
        expect(d.linesRead).toBe(binary ? 0 : countLines(bytes));
        expect(report.inputs[0]?.error !== null).toBe(binary);
        expect(d.linesRead).toBe(d.linesParsed + d.linesForeign + d.linesUnrecognised);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a mixed real input truncated at every 13th byte still accounts for every line', async () => {
    const lines = fc.sample(anyLine(), { seed: SEED, numRuns: 60 });
    const bytes = Buffer.from(`${lines.join('\n')}\r\n`);
    expect(looksBinary(bytes.subarray(0, 8192))).toBe(false);
    for (let cut = 0; cut <= bytes.length; cut += 13) {
      const head = bytes.subarray(0, cut);
      const report = await reportOf([head], 64 * 1024);
      const expected = looksBinary(head.subarray(0, 8192)) ? 0 : countLines(head);
      expect(report.diagnostics.linesRead, `cut at ${cut}`).toBe(expected);
    }
  });

  it('chunk boundaries never change the report', async () => {
    await fc.assert(
      fc.asyncProperty(
        wholeInput(),
        fc.array(fc.nat(), { maxLength: 30 }),
        lineCap,
        async (input, cuts, maxLineBytes) => {
          const whole = jsonOf(await reportOf([input.bytes], maxLineBytes));
          expect(jsonOf(await reportOf(chunked(input.bytes, cuts), maxLineBytes))).toBe(whole);
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('one-byte chunks give the same report as one chunk', async () => {
    for (const input of fc.sample(wholeInput(), { seed: SEED + 1, numRuns: 15 })) {
      const oneByte = [...input.bytes].map((b) => Buffer.from([b]));
      for (const maxLineBytes of [64 * 1024, 48]) {
        expect(jsonOf(await reportOf(oneByte, maxLineBytes))).toBe(jsonOf(await reportOf([input.bytes], maxLineBytes)));
      }
    }
  });
});
