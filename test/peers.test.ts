/**
 * Grand totals against the tools admins already trust, run side by side on the same input:
 * pflogsumm for Postfix, eximstats for Exim (both installed by .ci/setup-peers.sh). Inputs:
 * seeded generated logs (bench/generate.ts) and the real corpus logs both tools can read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateExim, generatePostfix } from '../bench/generate.js';
import { ROOT, reportFor } from './helpers.js';
import { scratchDir } from './scratch.js';

const EXIMSTATS = join(ROOT, '.peers/exim4/usr/sbin/eximstats');

function requirePeers(): void {
  const pflogsumm = execFileSync('sh', ['-c', 'command -v pflogsumm || true']).toString().trim();
  if (pflogsumm === '' || !existsSync(EXIMSTATS)) {
    throw new Error('pflogsumm or eximstats is missing: run `bash .ci/setup-peers.sh` (CI does)');
  }
}

interface PostfixTotals {
  received: number;
  delivered: number;
  forwarded: number;
  deferred: number;
  deferrals: number;
  bounced: number;
  rejected: number;
  rejectWarnings: number;
  held: number;
  discarded: number;
}

/** pflogsumm's "Grand Totals" block. */
function pflogsumm(path: string): PostfixTotals {
  const out = execFileSync('pflogsumm', [path], { maxBuffer: 64 << 20 }).toString();
  const grab = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? 0);
  return {
    received: grab(/^\s*(\d+)\s+received$/m),
    delivered: grab(/^\s*(\d+)\s+delivered$/m),
    forwarded: grab(/^\s*(\d+)\s+forwarded$/m),
    deferred: grab(/^\s*(\d+)\s+deferred/m),
    deferrals: grab(/\((\d+)\s+deferrals\)/),
    bounced: grab(/^\s*(\d+)\s+bounced$/m),
    rejected: grab(/^\s*(\d+)\s+rejected \(/m),
    rejectWarnings: grab(/^\s*(\d+)\s+reject warnings$/m),
    held: grab(/^\s*(\d+)\s+held$/m),
    discarded: grab(/^\s*(\d+)\s+discarded \(/m),
  };
}

/** eximstats' grand total summary. */
function eximstats(path: string) {
  const out = execFileSync('perl', [EXIMSTATS, path], { maxBuffer: 64 << 20 }).toString();
  const received = /^\s+Received\s+\S+\s+(\d+)\s+\d+\s+(\d+)\s+\S+\s+(\d+)/m.exec(out);
  const delivered = /^\s+Delivered\s+\S+\s+(\d+)\s+(\d+)/m.exec(out);
  return {
    received: Number(received?.[1] ?? 0),
    delayed: Number(received?.[2] ?? 0),
    failed: Number(received?.[3] ?? 0),
    deliveredMessages: Number(delivered?.[1] ?? 0),
    deliveredAddresses: Number(delivered?.[2] ?? 0),
    rejects: Number(/^\s+Rejects\s+(\d+)/m.exec(out)?.[1] ?? 0),
    temporaryRejects: Number(/^\s+Temp Rejects\s+(\d+)/m.exec(out)?.[1] ?? 0),
  };
}

function ours(totals: PostfixTotals): PostfixTotals {
  const { received, delivered, forwarded, deferred, deferrals, bounced, rejected, rejectWarnings, held, discarded } =
    totals;
  return { received, delivered, forwarded, deferred, deferrals, bounced, rejected, rejectWarnings, held, discarded };
}

/** Lines of the generated logs; `PEERS_LINES=1000000 npx vitest run test/peers.test.ts` for the full-size check. */
const LINES = Number(process.env['PEERS_LINES'] ?? 100_000);
const SIZE = LINES >= 1_000_000 ? `${LINES / 1_000_000}M` : `${LINES / 1000}k`;

let dir = '';
beforeAll(() => {
  requirePeers();
  dir = scratchDir('mailtriage-peers-');
  const postfix = generatePostfix({ lines: LINES, seed: 7 });
  writeFileSync(join(dir, 'postfix.log'), `${[...postfix.lines].join('\n')}\n`);
  // eximstats from Debian's exim4-base 4.96 reads ids at fixed columns and cannot read the
  // 23-character ids of Exim 4.97+, so the comparison log uses the older ids only.
  const exim = generateExim({ lines: LINES, seed: 7, eximNewIdShare: 0 });
  writeFileSync(join(dir, 'exim.log'), `${[...exim.lines].join('\n')}\n`);
});

describe('Postfix totals equal pflogsumm', () => {
  const real = [
    'fixtures/corpus/Hsn723__postfix_exporter/postfix_exporter_test-lines.log',
    'fixtures/corpus/kumina__postfix_exporter/postfix_exporter_test-lines.log',
    'fixtures/corpus/crowdsecurity__hub/postfix-logs.log',
    'fixtures/corpus/crowdsecurity__hub/postfix-relay.log',
    'fixtures/corpus/wazuh__wazuh-ruleset/wazuh-ruleset-mail.log',
    'fixtures/corpus/youyo__postfix-log-parser/test.log',
    'fixtures/corpus/youyo__postfix-log-parser/test-iso8601.log',
    'fixtures/corpus/forum-posts/att-521-greeting.log',
    'fixtures/constructed/556-nullmx.log',
  ];

  it(`on a generated ${SIZE}-line log`, async () => {
    const path = join(dir, 'postfix.log');
    const report = await reportFor([path]);
    expect(report.totals.received).toBeGreaterThan(5000);
    expect(ours(report.totals)).toEqual(pflogsumm(path));
  });

  it.each(real)('on %s', async (path) => {
    const report = await reportFor([path]);
    expect(ours(report.totals)).toEqual(pflogsumm(join(ROOT, path)));
  });

  it('on the real FgForrest log, once its year-prefixed timestamps are rewritten for pflogsumm', async () => {
    // pflogsumm reads classic and RFC 3339 stamps only; `2013 Jun 10 06:27:30.123` becomes `Jun 10 06:27:30`.
    const text = gunzipSync(readFileSync(join(ROOT, 'fixtures/sample/mail.log.2.gz'))).toString('utf8');
    const path = join(dir, 'fgforrest.log');
    writeFileSync(path, text.replace(/^\d{4} (\w{3} [ \d]\d \d\d:\d\d:\d\d)\.\d+ /gm, '$1 '));
    const report = await reportFor(['fixtures/sample/mail.log.2.gz']);
    expect(report.totals.delivered).toBe(7841);
    expect(ours(report.totals)).toEqual(pflogsumm(path));
  });

  it('differs on fail2ban-postfix.log exactly by the instances pflogsumm does not read', async () => {
    // pflogsumm only reads `postfix/...` (or one --syslog_name); mailtriage reads every Postfix
    // instance (`postfix-incoming/smtpd`, `postfix-smo/submission/smtpd`).
    const path = 'fixtures/corpus/fail2ban__fail2ban/fail2ban-postfix.log';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const otherInstances = text
      .split('\n')
      .filter((l) => / postfix-[^/\s]+\/[^[]+\[\d+\]: \S+: reject: /.test(l)).length;
    expect(otherInstances).toBe(3);
    const report = await reportFor([path]);
    expect(report.totals.rejected).toBe(pflogsumm(join(ROOT, path)).rejected + otherInstances);
  });
});

describe('Exim totals equal eximstats', () => {
  const real = [
    'fixtures/corpus/gvengel__exim_exporter/exim-exporter-mainlog.log',
    'fixtures/corpus/fail2ban__fail2ban/fail2ban-exim.log',
    'fixtures/corpus/fail2ban__fail2ban/fail2ban-exim-spam.log',
    'fixtures/corpus/crowdsecurity__hub/exim-logs.log',
    'fixtures/corpus/crowdsecurity__hub/exim-spam.log',
    'fixtures/corpus/logstash-plugins__logstash-patterns-core/exim_spec-messages.log',
  ];

  it(`on a generated ${SIZE}-line log`, async () => {
    const path = join(dir, 'exim.log');
    const report = await reportFor([path]);
    expect(report.exim?.received).toBeGreaterThan(10_000);
    expect(report.exim).toEqual(eximstats(path));
  });

  it.each(real)('on %s', async (path) => {
    const report = await reportFor([path]);
    expect(report.exim).toEqual(eximstats(join(ROOT, path)));
  });
});
