/**
 * The same log read as a plain file, as gzip, from stdin, and in 1-byte chunks gives the same
 * report: the input path must not change what is counted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/aggregate/model.js';
import { fixtureLogs } from './fixture-cases.js';
import { ROOT, reportFor, reportForStream, runCli } from './helpers.js';
import { scratchDir } from './scratch.js';

/** Everything but where the lines came from. */
function content(report: Report): unknown {
  const strip = <T extends { source: string }>(s: T) => ({ ...s, source: '' });
  return {
    ...report,
    inputs: report.inputs.map((i) => ({ lines: i.lines, error: i.error })),
    problems: report.problems.map((p) => ({ ...p, example: p.example === null ? null : { ...p.example, source: '' } })),
    logMessages: report.logMessages.map((m) => ({ ...m, example: { ...m.example, source: '' } })),
    diagnostics: {
      ...report.diagnostics,
      samples: report.diagnostics.samples.map(strip),
      noteSamples: report.diagnostics.noteSamples.map(strip),
    },
  };
}

// Small real logs of every flavour, concatenated: Postfix classic and ISO, Exim main and syslog.
const MIXED = [
  'fixtures/corpus/kumina__postfix_exporter/postfix_exporter_test-lines.log',
  'fixtures/corpus/fail2ban__fail2ban/fail2ban-postfix.log',
  'fixtures/corpus/youyo__postfix-log-parser/test-iso8601.log',
  'fixtures/corpus/gvengel__exim_exporter/exim-exporter-mainlog.log',
  'fixtures/corpus/crowdsecurity__hub/exim-syslog-logs.log',
  'fixtures/constructed/521-greeting.log',
]
  .map((p) => readFileSync(`${ROOT}${p}`, 'utf8'))
  .join('');

describe('input parity', () => {
  it('plain, gzip and 1-byte chunks give the same report', async () => {
    const dir = scratchDir('mailtriage-parity-');
    writeFileSync(join(dir, 'plain.log'), MIXED);
    writeFileSync(join(dir, 'packed.log'), gzipSync(MIXED));
    const plain = await reportFor([join(dir, 'plain.log')]);
    const gzip = await reportFor([join(dir, 'packed.log')]);
    const bytes = Buffer.from(MIXED);
    const chunked = await reportForStream('chunks', Readable.from([...bytes].map((b) => Buffer.from([b]))));
    expect(plain.diagnostics.linesRead).toBeGreaterThan(150);
    expect(plain.problems.length).toBeGreaterThan(3);
    expect(content(gzip)).toEqual(content(plain));
    expect(content(chunked)).toEqual(content(plain));
  });

  it('stdin (plain and gzip) gives the same JSON as the file', async () => {
    const file = 'fixtures/sample/mail.log.2.gz';
    const args = ['--format', 'json', '--year', '2013'];
    const fromFile = await runCli([...args, file]);
    const fromStdin = await runCli([...args, '-'], { stdin: readFileSync(`${ROOT}${file}`) });
    expect(fromFile.code).toBe(0);
    expect(fromStdin.code).toBe(0);
    expect(content(JSON.parse(fromStdin.stdout) as Report)).toEqual(content(JSON.parse(fromFile.stdout) as Report));
  });

  it('a report over several files equals the sum of its parts in line accounting', async () => {
    const logs = fixtureLogs('corpus').filter((p) => !p.includes('whyscream'));
    const whole = await reportFor(logs);
    let lines = 0;
    for (const log of logs) lines += (await reportFor([log])).diagnostics.linesRead;
    expect(whole.diagnostics.linesRead).toBe(lines);
  });
});
