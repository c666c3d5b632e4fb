/**
 * The built bin, spawned as a user would run it (TZ=UTC, pinned report time).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { scratchDir } from '../scratch.js';

const SMALL = 'fixtures/corpus/kumina__postfix_exporter/postfix_exporter_test-lines.log';

function tempDir(): string {
  return scratchDir('mailtriage-cli-');
}

describe('mailtriage CLI', () => {
  it('--help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage:');
    expect(help.stdout).toContain('mailtriage explain');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^mailtriage \d+\.\d+\.\d+\n$/);
  });

  it('usage errors exit 2 with a hint on stderr and nothing on stdout', async () => {
    for (const args of [
      [],
      ['--format', 'xml', SMALL],
      ['--bogus', SMALL],
      ['--year', 'soon', SMALL],
      ['--tz', 'Mars/Olympus', SMALL],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^mailtriage: /);
    }
  });

  it('writes a text report for a real log and exits 0', async () => {
    const r = await runCli(['--year', '2024', SMALL]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Totals');
    expect(r.stdout).toContain('Delivery problems (outbound)');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('a missing file, an empty glob and binary junk: one clear line each, the rest still reported, exit 1', async () => {
    const dir = tempDir();
    const junk = Buffer.alloc(10_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7) % 31;
    writeFileSync(join(dir, 'junk.bin'), junk);
    const r = await runCli([
      '--format',
      'json',
      '--year',
      '2024',
      join(dir, 'nope.log'),
      join(dir, '*.gone'),
      join(dir, 'junk.bin'),
      SMALL,
    ]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('nope.log: no such file or directory');
    expect(errors[1]).toContain('*.gone: the pattern matches no file');
    expect(errors[2]).toContain('junk.bin: binary data');
    const report = JSON.parse(r.stdout);
    expect(report.diagnostics.linesRead).toBe(51);
    expect(report.inputs.map((i: { error: string | null }) => i.error !== null)).toEqual([true, false]);
  });

  it('empty input is an error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mail.log'), '');
    const r = await runCli([join(dir, 'mail.log')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no log lines read');
  });

  it('--output writes atomically and leaves no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const r = await runCli(['--format', 'json', '--year', '2024', '--output', out, SMALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('an unwritable output is exit 4, and the old report stays', async () => {
    const dir = tempDir();
    const r = await runCli(['--year', '2024', '--output', join(dir, 'missing-dir', 'r.txt'), SMALL]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('cannot write');
    expect(existsSync(join(dir, 'missing-dir'))).toBe(false);
  });

  it('reads stdin with -', async () => {
    const r = await runCli(['--format', 'json', '--year', '2024', '-'], { stdin: readFileSync(SMALL) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics.linesRead).toBe(51);
  });

  it('no progress bar in a pipe: stderr stays empty', async () => {
    const r = await runCli(['--year', '2024', SMALL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Totals');
    expect(r.stderr).toBe('');
  });
});
