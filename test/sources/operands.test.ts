import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOperands } from '../../src/sources/operands.js';
import { scratchDir } from '../scratch.js';

function tree(): string {
  const dir = scratchDir('mailtriage-operands-');
  for (const name of ['mail.log', 'mail.log.1', 'mail.log.2.gz', 'mail.err', 'mail.warn', 'syslog', 'notes.txt'])
    writeFileSync(join(dir, name), 'x\n');
  mkdirSync(join(dir, 'exim4'));
  for (const name of ['mainlog', 'mainlog.1', 'rejectlog', 'paniclog']) writeFileSync(join(dir, 'exim4', name), 'x\n');
  return dir;
}

describe('resolveOperands', () => {
  it('a directory means its mail logs, one level deep, without duplicating logs', async () => {
    const dir = tree();
    const { inputs, problems } = await resolveOperands([dir]);
    expect(problems).toEqual([]);
    expect(inputs.map((i) => i.name.slice(dir.length + 1))).toEqual([
      'exim4/mainlog.1',
      'exim4/mainlog',
      'exim4/paniclog',
      'mail.log.2.gz',
      'mail.log.1',
      'mail.log',
    ]);
  });

  it('globs are expanded in rotation order; a file named twice is read once', async () => {
    const dir = tree();
    const { inputs } = await resolveOperands([join(dir, 'mail.log*'), join(dir, 'mail.log')]);
    expect(inputs.map((i) => i.name.slice(dir.length + 1))).toEqual(['mail.log.2.gz', 'mail.log.1', 'mail.log']);
  });

  it('reports operands that match nothing, and keeps the others', async () => {
    const dir = tree();
    const { inputs, problems } = await resolveOperands([
      join(dir, 'missing.log'),
      join(dir, '*.nothing'),
      join(dir, 'syslog'),
      '-',
    ]);
    expect(inputs.map((i) => i.name)).toEqual([join(dir, 'syslog'), '-']);
    expect(problems.map((p) => p.reason)).toEqual(['not-found', 'no-match']);
    expect(problems[0]?.message).toContain('missing.log');
  });
});
