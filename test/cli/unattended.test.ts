/**
 * The cron-facing CLI: --fail-on and --quiet exit codes and output, --mail-to through a stand-in
 * sendmail, --format prometheus, --redact. The built bin is spawned as cron would run it.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { scratchDir } from '../scratch.js';

/** kumina's test lines: 2 delivered, 1 bounced (bounce-rate 33.3 %); problems: 2 expired, 2 spam, 1 SASL failure. */
const SMALL = 'fixtures/corpus/kumina__postfix_exporter/postfix_exporter_test-lines.log';
const base = ['--year', '2024', '--no-progress'];

function tempDir(): string {
  return scratchDir('mailtriage-cron-');
}

/** A sendmail that records its arguments and the message, and exits with `status`. */
function fakeSendmail(dir: string, status = 0): { program: string; message: () => string; args: () => string } {
  const program = join(dir, 'sendmail');
  writeFileSync(
    program,
    `#!/bin/sh\nprintf '%s\\n' "$*" > "${dir}/args"\ncat > "${dir}/message"\necho "queue file write error" >&2\nexit ${status}\n`,
  );
  chmodSync(program, 0o755);
  return {
    program,
    message: () => readFileSync(join(dir, 'message'), 'utf8'),
    args: () => readFileSync(join(dir, 'args'), 'utf8'),
  };
}

/** The Subject header, unfolded, its RFC 2047 B encoded-words decoded. */
function subjectOf(message: string): string {
  const folded = /\nSubject: (.*(?:\n .*)*)/.exec(message)?.[1] ?? '';
  const words = folded.split(/\n /).map((w) => /^=\?UTF-8\?B\?(.*)\?=$/.exec(w.trim()));
  return Buffer.concat(
    words.map((m, i) => (m === null ? Buffer.from(folded.split(/\n /)[i] ?? '') : Buffer.from(m[1] ?? '', 'base64'))),
  ).toString('utf8');
}

describe('--fail-on', () => {
  it('a rule that holds: exit 3, the report on stdout, one summary line on stderr', async () => {
    const r = await runCli([...base, '--fail-on', 'bounce-rate>5%', '--fail-on', 'bounced > 10', SMALL]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Totals');
    expect(r.stderr).toBe('mailtriage: 1 alert: bounce-rate 33.3% > 5%\n');
  });

  it('no rule holds: exit 0 and nothing on stderr', async () => {
    const r = await runCli([...base, '--fail-on', 'bounced>10', '--fail-on', 'reason:blocked>0', SMALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Totals');
    expect(r.stderr).toBe('');
  });

  it('reason, code and domain rules name what they saw', async () => {
    const r = await runCli([
      ...base,
      '--fail-on',
      'reason:spam>=2',
      '--fail-on',
      'code:554>0',
      '--fail-on',
      'code:5.7.1>0',
      '--fail-on',
      'domain:domain.com:bounce-rate>2%',
      '--fail-on',
      'domain:domain.fr:bounce-rate>2%',
      SMALL,
    ]);
    expect(r.code).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      'mailtriage: 3 alerts: reason:spam 2 >= 2; code:554 1 > 0; domain:domain.com:bounce-rate 100% > 2%',
    );
  });

  it('a bad rule is a usage error (exit 2) that names the problem, before any input is read', async () => {
    for (const rule of ['bounce-rate>5', 'reason:blockd>0', 'frobs>1', 'bounced>']) {
      const r = await runCli([...base, '--fail-on', rule, SMALL]);
      expect(r.code, rule).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--fail-on '${rule}'`);
    }
  });

  it('new-problem: silent on the first run (no baseline), holds when a later run sees a new kind', async () => {
    const dir = tempDir();
    const history = join(dir, 'h.sqlite');
    const run = (since: string, until: string) =>
      runCli([
        ...base,
        '--tz',
        'UTC',
        '--history',
        history,
        '--quiet',
        '--fail-on',
        'new-problem',
        '--since',
        since,
        '--until',
        until,
        'fixtures/sample/',
      ]);
    const first = await run('2013-06-10', '2013-06-11');
    expect(first.code).toBe(0);
    expect(first.stdout + first.stderr).toBe('');
    const second = await run('2013-06-11', '2013-06-12');
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/^mailtriage: 1 alert: new-problem: \d+ never seen before \(/);
    expect(second.stdout).toContain('NEW');
  });
});

describe('--quiet', () => {
  it('with rules and none holding: nothing at all, exit 0', async () => {
    const r = await runCli([...base, '--quiet', '--fail-on', 'bounced>10', SMALL]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('with a rule holding: the report and the summary line, exit 3', async () => {
    const r = await runCli([...base, '--quiet', '--fail-on', 'bounced>0', SMALL]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Delivery problems (outbound)');
    expect(r.stderr).toBe('mailtriage: 1 alert: bounced 1 > 0\n');
  });

  it('without rules: no report on the terminal, but errors still come through', async () => {
    const quiet = await runCli([...base, '--quiet', SMALL]);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const broken = await runCli([...base, '--quiet', SMALL, 'no-such-file.log']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('no-such-file.log');
  });

  it('--output is written even when quiet: a metrics file must refresh on every run', async () => {
    const dir = tempDir();
    const out = join(dir, 'mailtriage.prom');
    const r = await runCli([...base, '--quiet', '--fail-on', 'bounced>10', '--format', 'prometheus', '-o', out, SMALL]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('mailtriage_messages{outcome="bounced"} 1\n');
  });
});

describe('--format prometheus', () => {
  it('headline numbers in the text exposition format', async () => {
    const r = await runCli([...base, '--format', 'prometheus', SMALL]);
    expect(r.code).toBe(0);
    const samples = new Map(
      r.stdout
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => [l.slice(0, l.lastIndexOf(' ')), l.slice(l.lastIndexOf(' ') + 1)]),
    );
    expect(samples.get('mailtriage_messages{outcome="delivered"}')).toBe('2');
    expect(samples.get('mailtriage_messages{outcome="bounced"}')).toBe('1');
    expect(samples.get('mailtriage_deferrals')).toBe('1');
    expect(samples.get('mailtriage_lines{kind="unrecognised"}')).toBe('0');
    expect(Number(samples.get('mailtriage_run_duration_seconds'))).toBeGreaterThan(0);
    // Every sample belongs to a family announced with HELP and TYPE.
    for (const name of new Set([...samples.keys()].map((k) => k.replace(/\{.*$/, '')))) {
      expect(r.stdout).toContain(`# TYPE ${name} gauge\n`);
    }
  });
});

describe('--mail-to', () => {
  it('hands a MIME message to sendmail -t -oi and prints nothing', async () => {
    const dir = tempDir();
    const sendmail = fakeSendmail(dir);
    const r = await runCli([...base, '--mail-to', 'ops@example.org', '--mail-html', SMALL], {
      env: { MAILTRIAGE_SENDMAIL: sendmail.program },
    });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(sendmail.args()).toBe('-t -oi\n');
    const message = sendmail.message();
    expect(message).toMatch(/^From: mailtriage <mailtriage@[^>]+>\nTo: ops@example\.org\n/);
    expect(subjectOf(message)).toMatch(/^mailtriage \S+: 5 problems · 1 bounced · 1 deferral · 0 rejected \(2024-/);
    expect(message).toContain('Content-Type: multipart/alternative;');
    expect(message).toContain('Content-Type: text/html; charset=utf-8');
    expect(message).toContain('Auto-Submitted: auto-generated');
  });

  it('with rules and none holding under --quiet, no mail is sent', async () => {
    const dir = tempDir();
    const sendmail = fakeSendmail(dir);
    const r = await runCli([...base, '--quiet', '--fail-on', 'bounced>10', '--mail-to', 'ops@example.org', SMALL], {
      env: { MAILTRIAGE_SENDMAIL: sendmail.program },
    });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(() => sendmail.message()).toThrow(/ENOENT/);
  });

  it('a failing sendmail is exit 4 with its words; a bad address is exit 2', async () => {
    const dir = tempDir();
    const sendmail = fakeSendmail(dir, 75);
    const r = await runCli([...base, '--mail-to', 'ops@example.org', SMALL], {
      env: { MAILTRIAGE_SENDMAIL: sendmail.program },
    });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('sendmail failed (exit status 75): queue file write error');
    const bad = await runCli([...base, '--mail-to', 'ops@example.org\nBcc: x@evil.example', SMALL]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--mail-to');
  });
});

describe('--redact', () => {
  it('hash: the same token across runs with the same salt; no address or IP left in the JSON', async () => {
    const dir = tempDir();
    const saltFile = join(dir, 'salt');
    writeFileSync(saltFile, 'a-salt-of-at-least-16-characters\n');
    const run = () =>
      runCli([...base, '--format', 'json', '--redact', 'hash', '--redact-ip', '--salt-file', saltFile, SMALL]);
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const plain = (await runCli([...base, '--format', 'json', SMALL])).stdout;
    const addresses = new Set(plain.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []);
    expect(addresses.size).toBeGreaterThan(3);
    for (const address of addresses) expect(a.stdout).not.toContain(address);
    expect(a.stdout).toMatch(/"h-[0-9a-f]{10}@/);
    expect(a.stdout).not.toMatch(/\b(?:\d{1,3}\.){3}\d{1,3}\b/);
  });

  it('hash without a salt, or with a short one, is refused (exit 2)', async () => {
    const none = await runCli([...base, '--redact', 'hash', SMALL], { env: { MAILTRIAGE_SALT: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('needs a salt');
    const short = await runCli([...base, '--redact', 'hash', SMALL], { env: { MAILTRIAGE_SALT: 'short' } });
    expect(short.code).toBe(2);
  });
});
