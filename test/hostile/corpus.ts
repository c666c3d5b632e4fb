/**
 * Inputs for the hostile tests: real lines from fixtures/ (a fixed, evenly spaced sample), one
 * hand-written line for each envelope format the parser knows but the fixtures lack (journal
 * JSON, RFC 5424, `<PRI>`, `docker logs -t`, Exim through syslog with split parts), and lines
 * of other programs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURES } from '../helpers.js';

/**
 * One hand-written line per envelope format of src/parse/envelope.ts that no real fixture carries
 * (fixtures/hostile/envelope-formats.log, shared with bench/fuzz.ts).
 */
export const FORMAT_SEEDS: readonly string[] = readFileSync(join(FIXTURES, 'hostile', 'envelope-formats.log'), 'utf8')
  .split('\n')
  .filter((line) => line !== '');

/** Lines of other programs, as found interleaved in /var/log/mail.log and syslog. */
export const FOREIGN: readonly string[] = [
  'Jun  1 00:00:00 mx1 dovecot: imap-login: Login: user=<a@example.org>, method=PLAIN, rip=192.0.2.9, lip=192.0.2.25, mpid=1, TLS',
  'Jun  1 00:00:00 mx1 kernel: [12345.678] TCP: request_sock_TCP: Possible SYN flooding on port 25.',
  'Jun  1 00:00:00 mx1 sshd[123]: Failed password for root from 203.0.113.7 port 22 ssh2',
  'Jun  1 00:00:00 mx1 opendkim[55]: 4F9D12345: DKIM-Signature field added (s=mail, d=example.org)',
  'Jun  1 00:00:00 mx1 rsyslogd: [origin software="rsyslogd"] rsyslogd was HUPed',
  'Jun  1 00:00:00 mx1 last message repeated 3 times',
  '-- Logs begin at Sat 2024-06-01 00:00:00 UTC. --',
  '',
  '   ',
  'random words with no envelope at all',
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function readLog(path: string): string[] {
  const bytes = readFileSync(path);
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  return text.split('\n').filter((line) => line !== '');
}

let cached: string[] | null = null;

/**
 * Real lines: every line of the small corpus and constructed logs, and an evenly spaced sample
 * of the two large ones (the Exim test-suite mainlog and the FgForrest sample), deduplicated and
 * in a fixed order, plus FORMAT_SEEDS.
 */
export function realLines(): string[] {
  if (cached !== null) return cached;
  const logs = [
    ...walk(join(FIXTURES, 'corpus')),
    ...walk(join(FIXTURES, 'constructed')),
    ...walk(join(FIXTURES, 'sample')),
  ]
    .filter((path) => /(\.log|\.log\.gz|mail\.log(\.\d+)?(\.gz)?)$/.test(path))
    .sort();
  const seen = new Set<string>();
  for (const log of logs) {
    const lines = readLog(log);
    const step = Math.max(1, Math.floor(lines.length / 800));
    for (let i = 0; i < lines.length; i += step) seen.add(lines[i] ?? '');
  }
  for (const line of FORMAT_SEEDS) seen.add(line);
  seen.delete('');
  cached = [...seen];
  return cached;
}

/** A few real lines of every kind, for exhaustive per-position checks (truncate at every position...). */
export function representativeLines(): string[] {
  const lines = realLines();
  const pick = (needle: string) => lines.find((l) => l.includes(needle)) ?? '';
  return [
    pick('status=bounced (host '),
    pick('status=deferred'),
    pick('NOQUEUE: reject: RCPT'),
    pick('warning: header '),
    pick(' <= '),
    pick(' ** '),
    pick(' rejected RCPT '),
    pick(' authenticator failed '),
    ...FORMAT_SEEDS.slice(0, 4),
    FORMAT_SEEDS[9] ?? '',
    FORMAT_SEEDS[11] ?? '',
  ].filter((l) => l !== '');
}
