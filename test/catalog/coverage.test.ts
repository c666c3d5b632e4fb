/**
 * The catalog explains real logs: at least 95 % of the 4xx/5xx replies of the real FgForrest log
 * and of the Exim test-suite main log get a reason other than `other`. On the FgForrest log the
 * same holds for every problem, replies or not. (The Exim test suite's code-less failures are
 * largely test placeholders such as "forced defer", so only its replies are held to the bar.)
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { reportFor } from '../helpers.js';

function otherShareOfReplies(report: Report): number {
  const failing = report.codes.filter((c) => c.class === 'transient' || c.class === 'permanent');
  const total = failing.reduce((sum, c) => sum + c.count, 0);
  expect(total).toBeGreaterThan(400);
  return failing.filter((c) => c.reason === 'other').reduce((sum, c) => sum + c.count, 0) / total;
}

function otherShareOfProblems(report: Report): number {
  const total = report.problems.reduce((sum, p) => sum + p.count, 0);
  return report.problems.filter((p) => p.reason === 'other').reduce((sum, p) => sum + p.count, 0) / total;
}

describe('catalog coverage on real logs', () => {
  it('FgForrest: replies and problems', async () => {
    const report = await reportFor(['fixtures/sample/mail.log.2.gz']);
    expect(otherShareOfReplies(report)).toBeLessThan(0.05);
    expect(otherShareOfProblems(report)).toBeLessThan(0.05);
  });

  it('Exim test suite: replies', async () => {
    const report = await reportFor(['fixtures/corpus/Exim__exim/exim-testsuite-mainlog.log.gz']);
    expect(otherShareOfReplies(report)).toBeLessThan(0.05);
    expect(otherShareOfProblems(report)).toBeLessThan(0.15);
  });
});
