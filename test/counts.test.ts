/**
 * The delivery counts of the real FgForrest log equal an independent count of its `status=`
 * values: decompress, take every `status=<word>` token with a plain regular expression (no
 * mailtriage code involved), and tally the words.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, reportFor } from './helpers.js';

function statusCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/, status=([a-z-]+)/g)) {
    const word = match[1] ?? '';
    counts[word] = (counts[word] ?? 0) + 1;
  }
  return counts;
}

describe('FgForrest real log', () => {
  it('sent / deferred / bounced / expired equal the status= values in the file', async () => {
    const text = gunzipSync(readFileSync(`${FIXTURES}sample/mail.log.2.gz`)).toString('utf8');
    const expected = statusCounts(text);
    expect(expected).toEqual({ sent: 7841, deferred: 8019, bounced: 1225, expired: 11 });
    const report = await reportFor(['fixtures/sample/mail.log.2.gz']);
    expect(report.totals.delivered + report.totals.forwarded).toBe(expected['sent']);
    expect(report.totals.deferrals).toBe(expected['deferred']);
    expect(report.totals.bounced).toBe(expected['bounced']);
    expect(report.totals.expired).toBe(expected['expired']);
  });
});
