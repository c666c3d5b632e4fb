/**
 * Every real log under fixtures/ (copied from ../shared/corpus): no crash, the line accounting
 * identity holds, and at most 0.5 % of the lines are unrecognised Postfix or Exim lines.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BODIES_ONLY, fixtureLogs } from './fixture-cases.js';
import { ROOT, reportFor, reportForStream } from './helpers.js';

describe('real corpus', () => {
  it.each(fixtureLogs('corpus').filter((p) => p !== BODIES_ONLY))('%s', async (path) => {
    const report = await reportFor([path]);
    const d = report.diagnostics;
    expect(d.linesRead).toBeGreaterThan(0);
    expect(d.linesRead).toBe(d.linesParsed + d.linesForeign + d.linesUnrecognised);
    expect(d.linesUnrecognised / d.linesRead).toBeLessThanOrEqual(0.005);
  });

  it('recognises the message bodies of whyscream/postfix-grok-patterns under their programs', async () => {
    // Each body is a Postfix message without its syslog envelope; the .tsv names the grok
    // pattern, i.e. the program. Fragments (counter data, delays, relay, TLS features) are
    // pieces of messages, not messages, and are left out.
    const bodies = readFileSync(`${ROOT}${BODIES_ONLY}`, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const tsv = readFileSync(`${ROOT}${BODIES_ONLY.replace(/\.log$/, '.tsv')}`, 'utf8')
      .split('\n')
      .slice(1);
    const fragments = new Set(['COMMAND_COUNTER_DATA', 'DELAYS', 'RELAY', 'TLS_FEATURES']);
    const lines: string[] = [];
    bodies.forEach((body, i) => {
      const pattern = /POSTFIX_([A-Z_]+)/.exec(tsv[i] ?? '')?.[1];
      if (pattern === undefined || fragments.has(pattern)) return;
      const program = pattern === 'SCRIPT' ? 'postfix-script' : `postfix/${pattern.toLowerCase().replace('_', '-')}`;
      lines.push(`Oct 26 18:13:50 mx ${program}[1]: ${body}`);
    });
    expect(lines.length).toBeGreaterThan(170);
    const report = await reportForStream('whyscream', Readable.from([lines.join('\n')]));
    const d = report.diagnostics;
    expect(d.linesRead).toBe(lines.length);
    expect(d.samples).toEqual([]);
    expect(d.linesUnrecognised).toBe(0);
  });
});
