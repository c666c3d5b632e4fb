/**
 * `journalctl -o export` (the Journal Export Format, systemd.io/JOURNAL_EXPORT_FORMATS): entries of
 * `NAME=value` lines ended by an empty line; a field that is not plain text is its name on a line,
 * a 64-bit little-endian length, the bytes and a newline. The entries here are built to that
 * specification around Postfix messages from the FgForrest log in fixtures/sample.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reportForStream } from '../helpers.js';

/** One entry: text fields as `NAME=value`, binary ones (Buffer values) in the binary form. */
function entry(fields: [string, string | Buffer][]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${name}=${value}\n`));
    } else {
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(value.length));
      parts.push(Buffer.from(`${name}\n`), length, value, Buffer.from('\n'));
    }
  }
  parts.push(Buffer.from('\n'));
  return Buffer.concat(parts);
}

const meta = (n: number): [string, string][] => [
  ['__CURSOR', `s=0123456789abcdef0123456789abcdef;i=${n.toString(16)};b=fedcba9876543210fedcba9876543210;m=1;t=2;x=3`],
  ['__REALTIME_TIMESTAMP', String(1_370_845_938_000_000 + n * 1_000_000)],
  ['__MONOTONIC_TIMESTAMP', String(1000 + n)],
  ['_BOOT_ID', 'fedcba9876543210fedcba9876543210'],
];

const postfix = (n: number, program: string, message: string | Buffer) =>
  entry([
    ...meta(n),
    ['PRIORITY', '6'],
    ['_HOSTNAME', 'gds39d'],
    ['SYSLOG_FACILITY', '2'],
    ['SYSLOG_IDENTIFIER', program],
    ['SYSLOG_PID', '19386'],
    ['MESSAGE', message],
    ['_PID', '19386'],
    ['_SYSTEMD_UNIT', 'postfix@-.service'],
  ]);

describe('journalctl -o export', () => {
  it('leaves NAME=value lines in a syslog file alone: only journal metadata starts an entry', async () => {
    const input = [
      'FOO=bar',
      'NOQUEUE',
      '2013-06-10 06:32:19 1UlsfL-0006Vr-AB <= a@example.org H=mx.example.org [192.0.2.1] P=esmtp S=100',
      '2013-06-10 06:32:20 1UlsfL-0006Vr-AB Completed',
      '',
    ].join('\n');
    const report = await reportForStream('mainlog', Readable.from([input]));
    expect(report.diagnostics.linesParsed).toBe(2);
    expect(report.totals.received).toBe(1);
  });

  it('reads each entry as one log line, and the field lines as foreign lines', async () => {
    const input = Buffer.concat([
      postfix(
        1,
        'postfix/smtp',
        '6D09E54B2: to=<u9a9aeefd@seznam.cz>, relay=mx1.seznam.cz[77.75.76.32]:25, delay=1.1, delays=0.05/0/0.05/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 3bTdvb1Lm4zVqVT)',
      ),
      entry([...meta(2), ['SYSLOG_IDENTIFIER', 'systemd'], ['MESSAGE', 'Started Session 1 of user root.']]),
      postfix(
        3,
        'postfix/smtp',
        '6D09E54B3: to=<ue7086e57@post.cz>, relay=mx1.seznam.cz[77.75.76.32]:25, delay=1.3, delays=0.04/0/0.07/1.2, dsn=5.1.1, status=bounced (host mx1.seznam.cz[77.75.76.32] said: 550 5.1.1 Sorry, no mailbox here by that name. (in reply to RCPT TO command))',
      ),
    ]);
    const report = await reportForStream('journal.export', Readable.from([input]));
    const lines = input.toString('utf8').split('\n').length - 1;
    expect(report.diagnostics.linesRead).toBe(lines);
    expect(report.diagnostics.linesParsed).toBe(2);
    expect(report.diagnostics.linesUnrecognised).toBe(0);
    expect(report.diagnostics.linesForeign).toBe(lines - 2);
    expect(report.totals.delivered).toBe(1);
    expect(report.totals.bounced).toBe(1);
    expect(report.period?.from).toBe('2013-06-10T06:32:19.000Z');
  });

  it('counts an entry whose MESSAGE is binary as unrecognised, and reads on', async () => {
    const binary = Buffer.concat([
      Buffer.from('6D09E54B4: warning: header Subject: '),
      Buffer.from([0xff, 0x0a, 0x41]),
    ]);
    const input = Buffer.concat([
      postfix(1, 'postfix/cleanup', binary),
      postfix(2, 'postfix/qmgr', '6D09E54B5: removed'),
    ]);
    const report = await reportForStream('journal.export', Readable.from([input]));
    expect(report.diagnostics.linesUnrecognised).toBe(1);
    expect(report.diagnostics.unrecognisedByReason).toEqual({ binary: 1 });
    expect(report.diagnostics.samples[0]?.text).toContain('postfix/cleanup with a binary MESSAGE field');
    expect(report.diagnostics.linesParsed).toBe(1);
    expect(report.diagnostics.linesRead).toBe(input.toString('utf8').split('\n').length - 1);
  });
});
