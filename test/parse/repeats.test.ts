/**
 * Repeats the syslog daemon folded into one line count as often as they happened.
 *
 * rsyslog's RepeatedMsgReduction (on in Ubuntu's default rsyslog.conf) writes
 * `message repeated N times: [ MESSAGE]` after the first of N+1 identical messages; the message
 * below is the one quoted in a Virtualmin forum post (found through the search tool). sysklogd
 * writes `last message repeated N times` without a program (the shape of many kernel logs quoted
 * on mailing lists). The envelopes around them are ours.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POSTFIX_NAME, LineParser } from '../../src/parse/line.js';
import { ZoneClock } from '../../src/parse/time.js';
import { reportForStream } from '../helpers.js';

const SASL =
  'warning: 111.111.111.111.rev.xxxxxx.zz[111.111.111.111]: SASL CRAM-MD5 authentication failed: authentication failure';
const REJECT =
  'NOQUEUE: reject: RCPT from unknown[192.0.2.7]: 554 5.7.1 <b@example.net>: Relay access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>';

function parser(): LineParser {
  return new LineParser({
    clock: new ZoneClock('UTC'),
    referenceMs: Date.UTC(2024, 5, 1),
    year: null,
    postfixName: DEFAULT_POSTFIX_NAME,
    eximLog: 'main',
  });
}

function reportOf(lines: string[]) {
  return reportForStream('repeats', Readable.from([`${lines.join('\n')}\n`]));
}

function loginFailures(report: Awaited<ReturnType<typeof reportOf>>): number {
  return report.problems.find((p) => p.reason === 'login-failure')?.count ?? 0;
}

describe('repeats folded by the syslog daemon', () => {
  it("rsyslog's `message repeated N times: [ ...]` is the message, N times", () => {
    const result = parser().parse(`Apr 28 16:22:01 mail postfix/smtpd[3898]: message repeated 2 times: [ ${SASL}]`);
    expect(result.ok).toBe(true);
    if (result.ok !== true) return;
    expect(result.times).toBe(2);
    expect(result.event.kind).toBe('auth-failure');
  });

  it('counts the first message and its repeats, but the lines once', async () => {
    const report = await reportOf([
      `Apr 28 16:22:00 mail postfix/smtpd[3898]: ${SASL}`,
      `Apr 28 16:22:05 mail postfix/smtpd[3898]: message repeated 2 times: [ ${SASL}]`,
      `Apr 28 16:22:06 mail postfix/smtpd[3898]: ${REJECT}`,
      `Apr 28 16:22:09 mail postfix/smtpd[3898]: message repeated 4 times: [ ${REJECT}]`,
    ]);
    expect(loginFailures(report)).toBe(3);
    expect(report.totals.rejected).toBe(5);
    expect(report.diagnostics.linesRead).toBe(4);
    expect(report.diagnostics.linesParsed).toBe(4);
  });

  it("sysklogd's `last message repeated N times` repeats the line before it", async () => {
    const report = await reportOf([
      `Apr 28 16:22:06 mail postfix/smtpd[3898]: ${REJECT}`,
      'Apr 28 16:22:40 mail last message repeated 3 times',
      'Apr 28 16:23:40 mail kernel: eth0: link up',
      'Apr 28 16:23:41 mail last message repeated 7 times',
    ]);
    expect(report.totals.rejected).toBe(4);
    expect(report.diagnostics.linesParsed).toBe(2);
    expect(report.diagnostics.linesForeign).toBe(2);
  });

  it('leaves look-alikes alone', () => {
    const p = parser();
    for (const body of [
      'message repeated 2 times: no brackets',
      'message repeated two times: [ x]',
      'message repeated 0 times: [ x]',
    ]) {
      const result = p.parse(`Apr 28 16:22:01 mail postfix/smtpd[3898]: ${body}`);
      expect(result.ok === true && result.times !== undefined, body).toBe(false);
    }
    // A repeat of nothing mail-like is not a mail line.
    expect(p.parse('Apr 28 16:22:40 mail last message repeated 3 times').ok).toBe('foreign');
  });
});
