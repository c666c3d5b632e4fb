/**
 * The correlator's memory bounds: open messages and the recipients they hold are capped, and
 * what goes over a cap is folded as incomplete and counted, never lost.
 */
import { describe, expect, it } from 'vitest';
import {
  type CorrelationInput,
  Correlator,
  MAX_OPEN_MESSAGES,
  MAX_OPEN_RECIPIENTS,
  OP,
} from '../../src/aggregate/correlate.js';
import { pruneTable } from '../../src/aggregate/counters.js';

function event(op: CorrelationInput['op'], key: string, text: string | null = null): CorrelationInput {
  const delivery = op === OP.delivery;
  return {
    op,
    key,
    at: 1_700_000_000_000,
    exim: false,
    text,
    num: delivery ? 1 : 100,
    delays: null,
    outcome: delivery ? 'deferred' : null,
    reason: null,
  };
}

describe('Correlator bounds', () => {
  it('folds the oldest messages past the open-message cap, and each message exactly once', () => {
    const c = new Correlator();
    const total = MAX_OPEN_MESSAGES + 1_234;
    for (let i = 0; i < total; i++) c.add(event(OP.queued, `q${i}`, 'a@example.org'));
    expect(c.openCount).toBeLessThanOrEqual(MAX_OPEN_MESSAGES);
    // The newest message is still open: a late line for it joins its record.
    c.add(event(OP.delivery, `q${total - 1}`, 'r@example.net'));
    c.finish();
    expect(c.stats.evictedCap + c.stats.openAtEnd).toBe(total);
    expect(c.stats.messages).toBe(total);
    expect(c.stats.outcomes.recipients).toBe(1);
  });

  it('folds the oldest messages when open messages hold too many recipients', () => {
    const c = new Correlator();
    const perMessage = 10_000;
    const messages = Math.ceil(MAX_OPEN_RECIPIENTS / perMessage) + 5;
    for (let m = 0; m < messages; m++) {
      for (let r = 0; r < perMessage; r++) c.add(event(OP.delivery, `list${m}`, `u${r}@example.org`));
    }
    expect(c.stats.evictedCap).toBeGreaterThan(0);
    expect(c.openCount).toBeLessThan(messages);
    c.finish();
    // Nothing lost: every recipient of every message is counted once, as still pending.
    expect(c.stats.messages).toBe(messages);
    expect(c.stats.outcomes.recipients).toBe(messages * perMessage);
    expect(c.stats.outcomes.pending).toBe(messages * perMessage);
  });
});

describe('pruneTable', () => {
  it('keeps the heaviest keys, the earliest of equal weight, and says how many went', () => {
    const table = new Map<string, number>();
    // Weights 0..19 in a scrambled order, then two more keys of weight 12.
    for (let i = 0; i < 20; i++) table.set(`k${(i * 7) % 20}`, (i * 7) % 20);
    table.set('late-a', 12);
    table.set('late-b', 12);
    // Nine kept: the seven of weight 13..19, then two of the three keys of weight 12, earliest first.
    expect(pruneTable(table, 9, (w) => w)).toBe(13);
    expect([...table.keys()].sort()).toEqual(['k12', 'k13', 'k14', 'k15', 'k16', 'k17', 'k18', 'k19', 'late-a']);
    const small = new Map([['a', 1]]);
    expect(pruneTable(small, 10, (w) => w)).toBe(0);
    expect(small.size).toBe(1);
  });
});
