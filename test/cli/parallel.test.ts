/**
 * --jobs: a run on worker threads and the main thread, with files cut into byte ranges, gives the
 * same report as one thread. Imports the built modules (dist/): the worker threads load dist/cli/worker.js.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../dist/aggregate/build.js';
import { analyze } from '../../dist/cli/analyze.js';
import { analyzeParallel, RANGE_BYTES } from '../../dist/cli/parallel.js';
import { DEFAULT_POSTFIX_NAME } from '../../dist/parse/line.js';
import { ZoneClock } from '../../dist/parse/time.js';
import { renderJson } from '../../dist/report/json.js';
import { resolveOperands } from '../../dist/sources/operands.js';
import { allFixtureLogs } from '../fixture-cases.js';
import { FIXTURES, PINNED_EPOCH, ROOT } from '../helpers.js';
import { scratchDir } from '../scratch.js';

function unpack(source: string, name: string): string {
  const dir = scratchDir('mailtriage-jobs-');
  const path = join(dir, name);
  writeFileSync(path, gunzipSync(readFileSync(source)));
  return path;
}

async function reports(
  paths: string[],
  jobs: number,
  rangeBytes = RANGE_BYTES,
  // No --year by default: with one, files of year-less stamps are read whole (the New Year test).
  year: number | null = null,
): Promise<{ one: string; many: string }> {
  const { inputs } = await resolveOperands(paths);
  const options = {
    clock: new ZoneClock('UTC'),
    nowMs: PINNED_EPOCH * 1000,
    year,
    postfixName: DEFAULT_POSTFIX_NAME,
  };
  const render = (result: Awaited<ReturnType<typeof analyze>>) =>
    renderJson(
      buildReport(result.accumulator.state, {
        generatedAt: PINNED_EPOCH * 1000,
        version: 'test',
        inputs: result.inputs,
        top: 10,
        lang: 'en',
      }),
    );
  const one = render(await analyze(inputs, options));
  // A split threshold of 0 cuts every plain file: into one range per job, or ranges of rangeBytes.
  const many = render(await analyzeParallel(inputs, options, jobs, { splitMinBytes: 0, rangeBytes }));
  return { one, many };
}

describe('--jobs', () => {
  it('cuts a journalctl -o export file only between entries', async () => {
    const dir = scratchDir('mailtriage-jobs-');
    const log = join(dir, 'journal.export');
    const entries: string[] = [];
    for (let i = 0; i < 300; i++) {
      entries.push(
        [
          `__CURSOR=s=0;i=${i.toString(16)}`,
          `__REALTIME_TIMESTAMP=${1_370_845_938_000_000 + i * 1_000_000}`,
          '_HOSTNAME=gds39d',
          'SYSLOG_IDENTIFIER=postfix/qmgr',
          `MESSAGE=${(0x6d09e000 + i).toString(16).toUpperCase()}: removed`,
          `SYSLOG_PID=${100 + i}`,
          '',
        ].join('\n'),
      );
    }
    writeFileSync(log, `${entries.join('\n')}\n`);
    const { one, many } = await reports([log], 2, 1024);
    expect(JSON.parse(one).diagnostics.linesParsed).toBe(300);
    expect(many).toBe(one);
  });

  it('cuts real journal exports, one with a binary MESSAGE field, only where an entry starts', async () => {
    const exported = unpack(`${FIXTURES}journal/journal.export.gz`, 'journal.export');
    const binary = `${FIXTURES}journal/journal-binary.export`;
    for (const [log, rangeBytes] of [
      [exported, 2048],
      [exported, 333],
      [binary, 200],
    ] as const) {
      const { one, many } = await reports([log], 2, rangeBytes);
      expect(JSON.parse(one).diagnostics.linesParsed).toBeGreaterThan(0);
      expect(many).toBe(one);
    }
  });

  it("never starts a range with sysklogd's `last message repeated`, which repeats the line before it", async () => {
    const dir = scratchDir('mailtriage-jobs-');
    const log = join(dir, 'mail.log');
    const reject = (i: number) =>
      `Jun 10 06:${String(i % 60).padStart(2, '0')}:00 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.${i % 250}]: 554 5.7.1 <b@example.net>: Relay access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>`;
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      lines.push(reject(i));
      lines.push(`Jun 10 06:${String(i % 60).padStart(2, '0')}:30 mx last message repeated 2 times`);
    }
    writeFileSync(log, `${lines.join('\n')}\n`);
    // Ranges of 1 KiB: many of them would start on a repeat line.
    const { one, many } = await reports([log], 2, 1024);
    expect(JSON.parse(one).totals.rejected).toBe(1200);
    expect(many).toBe(one);
  });

  it('tables that overflow their caps drop the same keys as with one thread', async () => {
    const dir = scratchDir('mailtriage-jobs-');
    const log = join(dir, 'mail.log');
    const at = (i: number) =>
      `Jun 10 ${String(6 + (Math.floor(i / 3600) % 12)).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const ip = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const lines: string[] = [];
    // 12,000 clients refused (over the clients table's 10,000 and a problem's 2,000), a few of
    // them many times, and 12,000 bounces through as many relays to as many domains.
    for (let i = 0; i < 12_000; i++) {
      const client = i % 7 === 0 ? ip(i % 50) : ip(1000 + i);
      lines.push(
        `${at(i)} mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[${client}]: 554 5.7.1 <b@example.net>: Relay access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>`,
      );
      const qid = (0x100000 + i).toString(16).toUpperCase();
      const host = i % 5 === 0 ? `mx${i % 40}.example.com` : `mx.d${i}.example`;
      lines.push(
        `${at(i)} mx postfix/smtp[2]: ${qid}: to=<u${i}@d${i}.example>, relay=${host}[192.0.2.${i % 250}]:25, delay=1.1, delays=0.01/0/1/0.04, dsn=5.1.1, status=bounced (host ${host}[192.0.2.${i % 250}] said: 550 5.1.1 No such user (in reply to RCPT TO command))`,
      );
    }
    // And 1,500 daemon messages of distinct shapes (letters, not digits, tell them apart): past
    // the cap of 1,000 shapes the rest count as other messages.
    const letters = (n: number) => n.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? 'q');
    for (let i = 0; i < 1500; i++) {
      lines.push(
        `${at(i)} mx postfix/smtpd[1]: warning: hostname ${letters(i)}.example does not resolve to address 192.0.2.44: Name or service not known`,
      );
    }
    writeFileSync(log, `${lines.join('\n')}\n`);
    // Ranges of 64 KiB: about 90 of them, merged on the main thread as they come.
    const { one, many } = await reports([log], 2, 64 * 1024);
    const report = JSON.parse(one);
    expect(report.diagnostics.prunedKeys).toBeGreaterThan(10_000);
    expect(report.clients.length).toBeGreaterThan(0);
    expect(report.logMessages.some((m: { text: string }) => m.text === '(other messages)')).toBe(true);
    expect(many).toBe(one);
  });

  it('never starts a range inside an Exim entry that syslog split into parts', async () => {
    const dir = scratchDir('mailtriage-jobs-');
    const log = join(dir, 'mail.log');
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const id = `1jmF${String(i).padStart(2, '0').slice(-2)}-000${String(i).padStart(3, '0')}-QX`;
      const at = `Jun  1 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
      lines.push(
        `${at} mx1 exim[${800 + i}]: [1/2] 2024-06-01 00:00:09 ${id} == r${i}@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<r${i}@`,
        `${at} mx1 exim[${800 + i}]: [2/2] example.net>: 451 4.7.1 Greylisted, try again later`,
      );
    }
    writeFileSync(log, `${lines.join('\n')}\n`);
    // Ranges of 1 KiB: nearly every other cut would fall between the two parts.
    const { one, many } = await reports([log], 2, 1024);
    expect(JSON.parse(one).totals.deferrals).toBe(400);
    expect(many).toBe(one);
  });

  it('--year counts on at New Year through the whole file, whatever the number of threads', async () => {
    const dir = scratchDir('mailtriage-jobs-');
    const log = join(dir, 'mail.log');
    const lines: string[] = [];
    for (const [month, day] of [
      ['Dec', 31],
      ['Jan', 1],
    ] as const) {
      for (let i = 0; i < 2000; i++) {
        const time = `${String(Math.floor(i / 120)).padStart(2, '0')}:${String(Math.floor(i / 2) % 60).padStart(2, '0')}:00`;
        lines.push(
          `${month} ${String(day).padStart(2, ' ')} ${time} mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[192.0.2.${i % 250}]: 554 5.7.1 <b@example.net>: Relay access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>`,
        );
      }
    }
    writeFileSync(log, `${lines.join('\n')}\n`);
    const { one, many } = await reports([log], 2, 16 * 1024, 2023);
    const report = JSON.parse(one);
    expect(report.period.from.slice(0, 10)).toBe('2023-12-31');
    expect(report.period.to.slice(0, 10)).toBe('2024-01-01');
    expect(many).toBe(one);
  });

  it('Postfix: three threads over a file cut in three give the report of one thread', async () => {
    const log = unpack(`${FIXTURES}sample/mail.log.2.gz`, 'mail.log');
    const { one, many } = await reports([log], 3);
    expect(JSON.parse(one).totals.delivered).toBeGreaterThan(7000);
    expect(many).toBe(one);
  });

  it('the main thread alone (one runner) reads every range in order straight into the report', async () => {
    const log = unpack(`${FIXTURES}sample/mail.log.2.gz`, 'mail.log');
    const { one, many } = await reports([log], 1, 256 * 1024);
    expect(many).toBe(one);
  });

  it('many more ranges than workers are merged in order', async () => {
    const log = unpack(`${FIXTURES}sample/mail.log.2.gz`, 'mail.log');
    // About 40 ranges of 256 KiB on two workers: most results wait for the ones before them.
    const { one, many } = await reports([log], 2, 256 * 1024);
    expect(many).toBe(one);
  });

  it('Exim: entries with continuation lines are never cut apart', async () => {
    const log = unpack(`${FIXTURES}corpus/Exim__exim/exim-testsuite-mainlog.log.gz`, 'mainlog');
    const { one, many } = await reports([log], 4);
    expect(JSON.parse(one).diagnostics.linesRead).toBeGreaterThan(10_000);
    expect(many).toBe(one);
  });
});

describe('--jobs on every fixture', () => {
  // Ranges of 777 bytes cut each real log in many places, most of them awkward ones.
  it.each(allFixtureLogs())('%s: two threads give the report of one', async (fixture) => {
    const log = fixture.endsWith('.gz')
      ? unpack(join(ROOT, fixture), fixture.split('/').pop()?.replace(/\.gz$/, '') ?? 'log')
      : join(ROOT, fixture);
    const { one, many } = await reports([log], 2, 777);
    expect(many).toBe(one);
  });
});
