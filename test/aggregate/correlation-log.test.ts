/**
 * The worker's event log: what goes in comes out of replay the same, in order, after the trip
 * through structured cloning that a worker's message takes.
 */
import { describe, expect, it } from 'vitest';
import { type CorrelationInput, OP } from '../../src/aggregate/correlate.js';
import { CorrelationRecorder, replay } from '../../src/aggregate/correlation-log.js';

function entry(i: number): CorrelationInput {
  const kinds = [OP.received, OP.queued, OP.delivery, OP.removed, OP.refused] as const;
  const outcomes = [null, 'delivered', 'forwarded', 'deferred', 'bounced', 'expired'] as const;
  return {
    op: kinds[i % kinds.length] ?? OP.received,
    key: `mx${i % 3}|${(i * 7919).toString(16).toUpperCase()}`,
    at: i % 11 === 0 ? null : 1_700_000_000_000 + i * 1000.5,
    exim: i % 2 === 0,
    // Absent, empty, plain, and with characters a log line can hold.
    text: i % 4 === 0 ? null : i % 4 === 1 ? '' : i % 4 === 2 ? `user${i}@example.org` : `"a b"\t<x@ü.example>`,
    num: i % 5 === 0 ? null : i * 3,
    delays: i % 3 === 0 ? null : [i, 0.01, 0, 1.5],
    outcome: outcomes[i % outcomes.length] ?? null,
    reason: i % 6 === 0 ? null : i % 6 === 1 ? 'user-unknown' : 'rate-limited',
  };
}

function roundTrip(inputs: CorrelationInput[]): CorrelationInput[] {
  const recorder = new CorrelationRecorder();
  for (const input of inputs) recorder.record(input);
  const out: CorrelationInput[] = [];
  replay(structuredClone(recorder.columns()), (input) => out.push(input));
  return out;
}

describe('correlation log', () => {
  it('replays every field of every entry in order, across many joined pieces', () => {
    const inputs = Array.from({ length: 20_000 }, (_, i) => entry(i));
    expect(roundTrip(inputs)).toEqual(inputs);
  });

  it('replays nothing for an empty log, and one entry with an empty key', () => {
    expect(roundTrip([])).toEqual([]);
    const lone = { ...entry(1), key: '', text: '' };
    expect(roundTrip([lone])).toEqual([lone]);
  });

  it('keeps the keys after a text with a newline in place (as a space)', () => {
    const odd = { ...entry(2), text: 'two\nlines' };
    const after = entry(3);
    expect(roundTrip([odd, after])).toEqual([{ ...odd, text: 'two lines' }, after]);
  });
});
