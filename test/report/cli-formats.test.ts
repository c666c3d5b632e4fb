/**
 * Each report format through the built bin, as a user runs it: exit status, stderr, and the
 * shape of stdout.
 */
import { describe, expect, it } from 'vitest';
import { CSV_TABLES } from '../../src/report/csv.js';
import { runCli } from '../helpers.js';

const LOG = 'fixtures/constructed/hostile-html.log';

describe('mailtriage --format', () => {
  it('markdown', async () => {
    const r = await runCli(['--format', 'markdown', LOG]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# mailtriage report\n\n2013-06-10 08:00 to 2013-06-10 08:01 UTC · postfix · 11 lines/);
    expect(r.stdout).toContain('## Delivery problems (outbound): 2 failed attempts');
    expect(r.stdout).toContain('`550 5.1.1 <script>window.__pwned=3</script>');
  });

  it('html', async () => {
    const r = await runCli(['--format', 'html', '--detail', LOG]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(r.stdout).toContain('http-equiv="Content-Security-Policy"');
    expect(r.stdout).toContain('&lt;script&gt;window.__pwned=3&lt;/script&gt;');
    expect(r.stdout).not.toContain('<script>window');
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it.each(CSV_TABLES.map((t) => [t]))('csv --table %s', async (table) => {
    const r = await runCli(['--format', 'csv', '--table', table, LOG]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^[a-z_0-9]+(,[a-z_0-9]+)*\r\n/);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
  });

  it('csv needs a known --table', async () => {
    for (const args of [
      ['--format', 'csv', LOG],
      ['--format', 'csv', '--table', 'nope', LOG],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('problems, domains');
    }
  });
});
