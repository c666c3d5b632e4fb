/**
 * Output injection: log text written by strangers (senders, HELO names, reply texts, warnings)
 * must not drive the terminal that shows the text report (clear the screen, retitle the window,
 * plant a hyperlink, overwrite a line with CR or backspace), must not forge report lines, and
 * must never make the JSON invalid. The Markdown, HTML and CSV escaping has its own tests
 * (test/report/*, test/browser/html.test.ts); here the same terminal payloads cross every format.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { renderJson } from '../../src/report/json.js';
import { renderText, safe } from '../../src/report/text.js';
import { reportForStream, runCli } from '../helpers.js';
import { renderEverything } from './render-all.js';

/** Payloads a terminal would act on, each with a marker that must not survive in the output. */
const TERMINAL = {
  clear: '\u001b[2J\u001b[H',
  colour: '\u001b[31;1m',
  title: '\u001b]0;PWNED-TITLE\u0007',
  hyperlink: '\u001b]8;;https://evil.example/PWNED-LINK\u001b\\click here\u001b]8;;\u001b\\',
  hyperlinkBel: '\u001b]8;;https://evil.example/PWNED-BEL\u0007click\u001b]8;;\u0007',
  bell: '\u0007\u0007',
  c1Csi: '\u009b2J',
  c1Osc: '\u009d0;PWNED-C1\u009c',
  dcs: '\u001bPPWNED-DCS\u001b\\',
  reset: '\u001bc',
  backspace: 'ok\b\b\bXX',
  carriageReturn: 'innocent\rPWNED-CR',
  nul: 'a\u0000b',
  del: 'a\u007fb',
} as const;

const ALL = Object.values(TERMINAL).join(' ');

/** Log lines carrying the payloads in the places strangers control. */
function hostileLog(): string {
  const j = (message: string) =>
    JSON.stringify({
      __REALTIME_TIMESTAMP: '1717200005000000',
      _HOSTNAME: 'mx1',
      SYSLOG_IDENTIFIER: 'postfix/smtp',
      SYSLOG_PID: '7',
      MESSAGE: message,
    });
  return [
    `Jun  1 00:00:00 mx1 postfix/qmgr[1]: 4F9D12345: from=<evil${TERMINAL.title}@example.com>, size=1234, nrcpt=1 (queue active)`,
    `Jun  1 00:00:01 mx1 postfix/smtp[2]: 4F9D12345: to=<victim${TERMINAL.clear}@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.7.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.7.1 ${ALL} (in reply to RCPT TO command))`,
    `Jun  1 00:00:02 mx1 postfix/smtpd[3]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 ${TERMINAL.hyperlink} ${TERMINAL.carriageReturn}; from=<s@example.com> to=<r@example.net> proto=ESMTP helo=<${TERMINAL.c1Osc}${TERMINAL.dcs}>`,
    `Jun  1 00:00:03 mx1 postfix/smtpd[3]: warning: ${TERMINAL.c1Csi}${TERMINAL.reset} hostile warning ${TERMINAL.bell}${TERMINAL.backspace}`,
    `2024-06-01 00:00:04 H=(${TERMINAL.hyperlinkBel}) [203.0.113.9] F=<s@example.com> rejected RCPT <r@example.net>: ${TERMINAL.colour}relay not permitted${TERMINAL.nul}${TERMINAL.del}`,
    `unrecognised ${ALL}`,
    // journalctl -o json decodes \n, U+2028 and lone surrogates into the message itself.
    j(
      '4F9D12346: to=<a@example.org>, relay=none, delay=1, dsn=5.1.1, status=bounced (host x[192.0.2.2] said: 550 5.1.1 fine\nFORGED: 0 problems, all clear\u2028FORGED2\u2029FORGED3 \ud800 lone \udfff)',
    ),
    j(
      '4F9D12347: to=<b\ud800@example.org>, relay=none, delay=1, dsn=4.4.1, status=deferred (connect to x[192.0.2.3]:25: timed out\u0000)',
    ),
  ].join('\n');
}

async function hostileReport(): Promise<Report> {
  return reportForStream('hostile.log', Readable.from([Buffer.from(hostileLog())]), { year: 2024 });
}

/** What the markers must not survive as. */
const MARKERS = ['PWNED-TITLE', 'PWNED-LINK', 'PWNED-BEL', 'PWNED-C1', 'PWNED-DCS'];

/** C0 controls but line feed, DEL, C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** A string with a lone UTF-16 surrogate cannot be written as UTF-8. */
function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

describe('text report', () => {
  it('the hostile log really carries its payloads into the model', async () => {
    const report = await hostileReport();
    const json = renderJson(report);
    for (const marker of MARKERS) expect(json).toContain(marker);
    expect(json).toContain('\\u001b');
    expect(report.diagnostics.linesRead).toBe(8);
  });

  it('without colour: no control character but line feeds, no control-string payload, no forged line', async () => {
    const text = renderText(await hostileReport(), { top: 10, detail: true });
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain('\u001b');
    for (const marker of MARKERS) expect(text).not.toContain(marker);
    for (const line of text.split('\n')) {
      expect(line, line).not.toMatch(/^\s*FORGED/);
      expect([...line].length, line).toBeLessThanOrEqual(100);
    }
    expect(text).not.toMatch(/[\u2028\u2029]/);
    // The visible text around the payloads stays.
    expect(text).toContain('click here');
    expect(text).toMatch(/innocent ?PWNED-CR/);
  });

  it('with colour: the only escape sequences are the report’s own SGR codes', async () => {
    const text = renderText(await hostileReport(), { top: 10, detail: true, color: true });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the SGR codes colourise() writes
    const own = text.replace(/\u001b\[(?:0|1|31|33)m/g, '');
    expect(own).not.toContain('\u001b');
    expect(own).not.toMatch(CONTROL);
  });

  it('the CLI writes the same to a terminal pipe: only printable text and line feeds', async () => {
    const r = await runCli(['--year', '2024', '--detail', '-'], { stdin: hostileLog() });
    expect(r.stdout).toContain('Delivery problems');
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
    for (const marker of MARKERS) expect(r.stdout).not.toContain(marker);
  });

  it('safe() removes whole control strings, leaving their visible text', () => {
    expect(safe(TERMINAL.hyperlink)).toBe('click here');
    expect(safe(TERMINAL.hyperlinkBel)).toBe('click');
    expect(safe(TERMINAL.title)).toBe('');
    expect(safe(TERMINAL.c1Osc)).toBe('');
    expect(safe(TERMINAL.dcs)).toBe('');
    expect(safe(`${TERMINAL.clear}x${TERMINAL.colour}y${TERMINAL.c1Csi}z`)).toBe('xyz');
    expect(safe(TERMINAL.reset)).toBe('');
    // An unterminated control string ends at the next ESC, not at the end of the text.
    expect(safe('a\u001b]0;title b\u001b[1mc')).toBe('ac');
  });
});

describe('JSON report', () => {
  it('stays valid and well formed with lone surrogates, U+2028, NUL and invalid UTF-8 in the input', async () => {
    const bytes = Buffer.concat([
      Buffer.from(hostileLog()),
      Buffer.from(
        '\nJun  1 00:00:09 mx1 postfix/smtp[2]: 4F9D12348: to=<x@example.org>, relay=none, delay=1, dsn=5.0.0, status=bounced (bad ',
      ),
      Buffer.from([0xff, 0xc3, 0xed, 0xa0, 0x80, 0x00]),
      Buffer.from(' \u2028 end)\n'),
    ]);
    const report = await reportForStream('hostile.log', Readable.from([bytes]), { year: 2024 });
    const json = renderJson(report);
    expect(hasLoneSurrogate(json)).toBe(false);
    const parsed = JSON.parse(json) as Report;
    expect(parsed.diagnostics.linesRead).toBe(9);
    // The lone surrogate survives as an escape, and comes back when parsed.
    expect(json).toContain('\\ud800');
    expect(JSON.stringify(parsed)).toContain('\\ud800');
  });

  it('the CLI writes valid UTF-8 JSON', async () => {
    const r = await runCli(['--format', 'json', '--year', '2024', '-'], { stdin: hostileLog() });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\ufffd\ufffd\ufffd');
    expect((JSON.parse(r.stdout) as Report).diagnostics.linesRead).toBe(8);
  });
});

describe('every other format', () => {
  it('Markdown, HTML, CSV and Prometheus carry no terminal control and no payload', async () => {
    const outputs = renderEverything(await hostileReport());
    for (const [name, output] of outputs) {
      // The text report has its own tests above. The JSON keeps log text verbatim (C1 controls
      // are legal, unescaped JSON); the HTML report embeds that JSON as script data, which is
      // never rendered. Everything shown is checked.
      if (name === 'json' || name.startsWith('text')) continue;
      let body =
        name === 'html' ? output.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, '') : output;
      // CSV ends records with CRLF (RFC 4180); every other CR is gone.
      if (name.startsWith('csv')) body = body.replace(/\r\n/g, '\n');
      expect(body, name).not.toMatch(CONTROL);
      expect(body, name).not.toContain('\u001b');
      for (const marker of ['PWNED-TITLE', 'PWNED-LINK', 'PWNED-C1', 'PWNED-DCS'])
        expect(body, name).not.toContain(marker);
    }
  });

  it('Markdown keeps every table row on one line: no forged row', async () => {
    const md = renderEverything(await hostileReport()).get('markdown') ?? '';
    for (const line of md.split('\n')) expect(line, line).not.toMatch(/^\s*FORGED/);
  });

  it('the HTML report’s embedded JSON parses and holds the hostile text verbatim', async () => {
    const html = renderEverything(await hostileReport()).get('html') ?? '';
    const match = /<script type="application\/json" id="mailtriage-report">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const data = JSON.parse(match?.[1] ?? '') as Report;
    expect(data.diagnostics.linesRead).toBe(8);
    expect(html.match(/<script/g)?.length).toBe(html.match(/<\/script>/g)?.length);
  });
});
