import { describe, expect, it } from 'vitest';
import { type EnvelopeResult, parseEnvelope } from '../../src/parse/envelope.js';
import { YearGuesser, ZoneClock } from '../../src/parse/time.js';

const utc = new ZoneClock('UTC');
const REFERENCE = Date.UTC(2024, 5, 1);

/**
 * One time context shared by the lines of a test, as a LineParser shares it between the lines of
 * a file: `at(line)` is the line's instant in ISO form, or the parse failure.
 */
function sharedStamps(clock: ZoneClock, reference: number, year: number | null): (line: string) => string {
  const time = { clock, years: new YearGuesser(clock, reference, year) };
  return (line) => {
    const r = parseEnvelope(line, time);
    return typeof r === 'string' ? r : new Date(r.envelope.at ?? 0).toISOString();
  };
}

function envelope(line: string, clock = utc, reference = REFERENCE, year: number | null = null): EnvelopeResult {
  const result = parseEnvelope(line, { clock, years: new YearGuesser(clock, reference, year) });
  if (typeof result === 'string') throw new Error(`${result}: ${line}`);
  return result;
}

describe('envelope formats', () => {
  it.each([
    [
      'Jan  5 06:52:11 mx1 postfix/smtp[20459]: msg',
      '2024-01-05T06:52:11.000Z',
      'mx1',
      'postfix/smtp',
      'smtp',
      20459,
      'syslog',
    ],
    [
      'Jan 05 06:52:11 mx1 postfix/smtpd[1]: msg',
      '2024-01-05T06:52:11.000Z',
      'mx1',
      'postfix/smtpd',
      'smtpd',
      1,
      'syslog',
    ],
    [
      'Jan 05 06:52:11.123456 mx1 postfix/smtpd[1]: msg',
      '2024-01-05T06:52:11.123Z',
      'mx1',
      'postfix/smtpd',
      'smtpd',
      1,
      'syslog',
    ],
    [
      '2013 Jun 10 06:48:17.123 gds39d postfix/smtp[5]: msg',
      '2013-06-10T06:48:17.123Z',
      'gds39d',
      'postfix/smtp',
      'smtp',
      5,
      'syslog-year',
    ],
    [
      '2021-03-13T12:04:09.755361+01:00 cx20-2 postfix/pickup[7274]: msg',
      '2021-03-13T11:04:09.755Z',
      'cx20-2',
      'postfix/pickup',
      'pickup',
      7274,
      'rfc3339',
    ],
    [
      '2024-02-16T22:06:02+01:00 mx2 postfix/smtpd[812]: msg',
      '2024-02-16T21:06:02.000Z',
      'mx2',
      'postfix/smtpd',
      'smtpd',
      812,
      'rfc3339',
    ],
    [
      '2023-09-08T17:20:30+0200 tarta postfix/qmgr[20911]: msg',
      '2023-09-08T15:20:30.000Z',
      'tarta',
      'postfix/qmgr',
      'qmgr',
      20911,
      'rfc3339',
    ],
    [
      '2024-01-05T06:52:11Z mx1 postfix-out/smtp[1]: msg',
      '2024-01-05T06:52:11.000Z',
      'mx1',
      'postfix-out/smtp',
      'smtp',
      1,
      'rfc3339',
    ],
    [
      '<22>1 2024-01-05T06:52:11.123456+01:00 mx1 postfix/qmgr 812 - - msg',
      '2024-01-05T05:52:11.123Z',
      'mx1',
      'postfix/qmgr',
      'qmgr',
      812,
      'rfc5424',
    ],
    [
      '<22>1 2024-01-05T06:52:11Z mx1 postfix/qmgr 812 ID47 [exampleSDID@32473 iut="3"] msg',
      '2024-01-05T06:52:11.000Z',
      'mx1',
      'postfix/qmgr',
      'qmgr',
      812,
      'rfc5424',
    ],
    [
      '<22>Jan  5 06:52:11 mx1 postfix/smtp[9]: msg',
      '2024-01-05T06:52:11.000Z',
      'mx1',
      'postfix/smtp',
      'smtp',
      9,
      'syslog',
    ],
    [
      'Nov 08 08:08:59 mx postfix-mx/content-filter/smtp[273144]: msg',
      '2023-11-08T08:08:59.000Z',
      'mx',
      'postfix-mx/content-filter/smtp',
      'smtp',
      273144,
      'syslog',
    ],
    [
      'Jan  5 06:52:11 mx1 postfix/smtpd[77]: [ID 197553 mail.warning] msg',
      '2024-01-05T06:52:11.000Z',
      'mx1',
      'postfix/smtpd',
      'smtpd',
      77,
      'syslog',
    ],
    [
      '2024-01-05T05:52:11.123456789Z Jan 05 06:52:11 mx1 postfix/smtp[20459]: msg',
      '2024-01-05T05:52:11.123Z',
      'mx1',
      'postfix/smtp',
      'smtp',
      20459,
      'syslog',
    ],
    ['2020-05-12 17:31:41.630 [23229] msg', '2020-05-12T17:31:41.630Z', null, 'exim', 'exim', 23229, 'exim'],
    ['2003-04-25 11:17:07 +0100 msg', '2003-04-25T10:17:07.000Z', null, 'exim', 'exim', null, 'exim'],
    ['2020-06-19 04:51:49 msg', '2020-06-19T04:51:49.000Z', null, 'exim', 'exim', null, 'exim'],
    [
      '2016-04-01 11:08:00 info exim[8003]: msg',
      '2016-04-01T11:08:00.000Z',
      'info',
      'exim',
      'exim',
      8003,
      'syslog-iso',
    ],
  ])('%s', (line, at, host, program, service, pid, format) => {
    const r = envelope(line);
    expect(new Date(r.envelope.at ?? 0).toISOString()).toBe(at);
    expect(r.envelope.host).toBe(host);
    expect(r.envelope.program).toBe(program);
    expect(r.envelope.service).toBe(service);
    expect(r.envelope.pid).toBe(pid);
    expect(r.format).toBe(format);
    expect(r.body).toBe('msg');
  });

  it('reads journalctl -o json, including a MESSAGE given as bytes', () => {
    const text = envelope(
      '{"__REALTIME_TIMESTAMP":"1704433931123456","_HOSTNAME":"mx1","SYSLOG_IDENTIFIER":"postfix/smtp","SYSLOG_PID":"20459","MESSAGE":"hello"}',
    );
    expect(text.envelope).toEqual({
      at: 1704433931123,
      host: 'mx1',
      program: 'postfix/smtp',
      service: 'smtp',
      pid: 20459,
    });
    expect(text.body).toBe('hello');
    const bytes = envelope(
      '{"__REALTIME_TIMESTAMP":"1704433931123456","SYSLOG_IDENTIFIER":"postfix/qmgr","MESSAGE":[104,105,255]}',
    );
    expect(bytes.body).toBe('hi\uFFFD');
  });

  it('converts zone-less local times with --tz, across a DST change', () => {
    const prague = new ZoneClock('Europe/Prague');
    expect(new Date(envelope('Jan 15 12:00:00 h postfix/smtp[1]: msg', prague).envelope.at ?? 0).toISOString()).toBe(
      '2024-01-15T11:00:00.000Z',
    );
    expect(new Date(envelope('May 15 12:00:00 h postfix/smtp[1]: msg', prague).envelope.at ?? 0).toISOString()).toBe(
      '2024-05-15T10:00:00.000Z',
    );
    expect(new Date(envelope('2024-07-01 08:00:00 msg', prague).envelope.at ?? 0).toISOString()).toBe(
      '2024-07-01T06:00:00.000Z',
    );
  });

  it('rejects what is not an envelope', () => {
    const years = new YearGuesser(utc, REFERENCE, null);
    expect(parseEnvelope('', { clock: utc, years })).toBe('no-envelope');
    expect(parseEnvelope('hello world', { clock: utc, years })).toBe('no-envelope');
    expect(parseEnvelope('Foo  5 06:52:11 mx1 postfix/smtp[1]: m', { clock: utc, years })).toBe('no-envelope');
    expect(parseEnvelope('Jan  5 26:52:11 mx1 postfix/smtp[1]: m', { clock: utc, years })).toBe('bad-timestamp');
    expect(parseEnvelope('2024-13-05T06:52:11Z mx1 postfix/smtp[1]: m', { clock: utc, years })).toBe('bad-timestamp');
  });
});

describe('month names of other languages', () => {
  it('reads journalctl -o short under a Greek locale (the line of kumina/postfix_exporter#76)', () => {
    const line =
      'Απρ 15 12:20:28 mx2 postfix/submission/smtpd[6833]: Anonymous TLS connection established from  xx[5.5.5.5]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)';
    const result = envelope(line);
    expect(new Date(result.envelope.at ?? 0).toISOString()).toBe('2024-04-15T12:20:28.000Z');
    expect(result.envelope.program).toBe('postfix/submission/smtpd');
    expect(result.body.startsWith('Anonymous TLS connection established')).toBe(true);
  });

  it.each([
    ['Mär  3 10:00:00', '2024-03-03T10:00:00.000Z'], // German
    ['févr. 29 10:00:00', '2024-02-29T10:00:00.000Z'], // French, with its dot
    ['Şub 05 10:00:00', '2024-02-05T10:00:00.000Z'], // Turkish
    ['Kas 05 10:00:00', '2023-11-05T10:00:00.000Z'], // Turkish November, though `kas` is October in one other locale
    ['дек 31 23:59:59', '2023-12-31T23:59:59.000Z'], // Russian: after the reference, so the year before
    ['MÄR  3 10:00:00', '2024-03-03T10:00:00.000Z'], // any case
  ])('%s', (stamp, iso) => {
    expect(new Date(envelope(`${stamp} mx postfix/qmgr[1]: msg`).envelope.at ?? 0).toISOString()).toBe(iso);
  });

  it('leaves a name that means different months in as many languages unread', () => {
    const years = new YearGuesser(utc, REFERENCE, null);
    // Czech `srp` is August, Croatian `srp` July.
    expect(parseEnvelope('srp 15 12:20:28 mx postfix/qmgr[1]: msg', { clock: utc, years })).toBe('no-envelope');
    expect(parseEnvelope('Foob 15 12:20:28 mx postfix/qmgr[1]: msg', { clock: utc, years })).toBe('no-envelope');
    expect(parseEnvelope('\u00e9 15 12:20:28 mx postfix/qmgr[1]: msg', { clock: utc, years })).toBe('no-envelope');
  });
});

describe('year inference', () => {
  it('places lines after the reference instant in the year before (New Year rollover)', () => {
    const mtime = Date.UTC(2024, 0, 2, 3, 0, 0);
    const dec = envelope('Dec 31 23:59:58 mx postfix/qmgr[1]: msg', utc, mtime);
    const jan = envelope('Jan  1 00:00:02 mx postfix/qmgr[1]: msg', utc, mtime);
    expect(new Date(dec.envelope.at ?? 0).toISOString()).toBe('2023-12-31T23:59:58.000Z');
    expect(new Date(jan.envelope.at ?? 0).toISOString()).toBe('2024-01-01T00:00:02.000Z');
  });

  it('dates an archive by its own modification time, not by today', () => {
    const mtime = Date.UTC(2021, 2, 1);
    expect(
      new Date(envelope('Feb 27 10:00:00 mx postfix/qmgr[1]: msg', utc, mtime).envelope.at ?? 0).getUTCFullYear(),
    ).toBe(2021);
  });

  it('a conversion reused within a minute still moves seconds past the reference a year back', () => {
    // The reference plus a day of slack ends at 2024-03-11T12:00:30Z.
    const at = sharedStamps(utc, Date.UTC(2024, 2, 10, 12, 0, 30), null);
    expect(at('Mar 11 12:00:10 mx postfix/qmgr[1]: msg')).toBe('2024-03-11T12:00:10.000Z');
    expect(at('Mar 11 12:00:30.5 mx postfix/qmgr[1]: msg')).toBe('2024-03-11T12:00:30.500Z');
    expect(at('Mar 11 12:00:31 mx postfix/qmgr[1]: msg')).toBe('2023-03-11T12:00:31.000Z');
    expect(at('Mar 11 12:00:59 mx postfix/qmgr[1]: msg')).toBe('2023-03-11T12:00:59.000Z');
    expect(at('Mar 11 12:00:20 mx postfix/qmgr[1]: msg')).toBe('2024-03-11T12:00:20.000Z');
    expect(at('Mar 11 12:00:61 mx postfix/qmgr[1]: msg')).toBe('bad-timestamp');
    expect(at('Mar 11 12:00:5x mx postfix/qmgr[1]: msg')).toBe('bad-timestamp');
  });

  it('a zone conversion reused within a minute keeps the zone offset', () => {
    const at = sharedStamps(new ZoneClock('Europe/Prague'), Date.UTC(2024, 11, 1), null);
    // 2024-03-31: Prague moves from +01:00 to +02:00 at 02:00 local time.
    expect(at('Mar 31 01:59:00 mx postfix/qmgr[1]: msg')).toBe('2024-03-31T00:59:00.000Z');
    expect(at('Mar 31 01:59:59 mx postfix/qmgr[1]: msg')).toBe('2024-03-31T00:59:59.000Z');
    expect(at('Mar 31 03:00:01 mx postfix/qmgr[1]: msg')).toBe('2024-03-31T01:00:01.000Z');
    expect(at('Mar 31 03:00:02.25 mx postfix/qmgr[1]: msg')).toBe('2024-03-31T01:00:02.250Z');
    // The skipped hour reads with the offset before the change; the repeated hour is its first pass.
    expect(at('Mar 31 02:30:00 mx postfix/qmgr[1]: msg')).toBe('2024-03-31T01:30:00.000Z');
    expect(at('Oct 27 02:30:00 mx postfix/qmgr[1]: msg')).toBe('2024-10-27T00:30:00.000Z');
    expect(at('Oct 27 01:59:59 mx postfix/qmgr[1]: msg')).toBe('2024-10-26T23:59:59.000Z');
    expect(at('Oct 27 03:00:00 mx postfix/qmgr[1]: msg')).toBe('2024-10-27T02:00:00.000Z');
  });

  it('with --year, moves to the next year when the month wraps', () => {
    const at = sharedStamps(utc, REFERENCE, 2023);
    expect(at('Dec 31 23:59:59 mx postfix/qmgr[1]: msg')).toBe('2023-12-31T23:59:59.000Z');
    expect(at('Jan  1 00:00:01 mx postfix/qmgr[1]: msg')).toBe('2024-01-01T00:00:01.000Z');
  });
});
