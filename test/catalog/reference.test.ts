/**
 * The reference commands (explain, compare, catalog) and the catalog's seed facts.
 */
import { describe, expect, it } from 'vitest';
import { basicEntry } from '../../src/catalog/lookup.js';
import { runCli } from '../helpers.js';

describe('seed facts', () => {
  it('251 is a 2xx positive completion: not local, relayed to the forward-path, nothing to fix', () => {
    const e = basicEntry(251);
    expect(e?.class).toBe('success');
    expect(e?.reason).toBe('forwarded');
    expect(e?.texts.en.description).toMatch(/forward-path/);
    expect(e?.texts.en.description.toLowerCase()).toMatch(/not (local|hosted)/);
    expect(e?.texts.en.howToFix.toLowerCase()).toMatch(/no fix needed/);
  });

  it('521 is a 5xx permanent failure: the host accepts no mail; check MX records or reach the recipient another way', () => {
    const e = basicEntry(521);
    expect(e?.class).toBe('permanent');
    expect(e?.reason).toBe('not-accept');
    expect(e?.texts.en.description.toLowerCase()).toMatch(/accepts no mail/);
    expect(e?.texts.en.howToFix).toMatch(/MX records/);
    expect(e?.texts.en.howToFix.toLowerCase()).toMatch(/another way/);
  });
});

describe('mailtriage compare', () => {
  it('251 521: both entries, the differences and which applies when', async () => {
    const r = await runCli(['compare', '251', '521']);
    expect(r.code).toBe(0);
    for (const heading of [
      'Description',
      'When you see it',
      'How to fix',
      'Key differences',
      'Which applies when',
      'Learn more',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('251 is a 2xx positive completion reply, while 521 is a 5xx permanent negative');
    expect(r.stdout).toContain('RFC 7504');
  });

  it('in Turkish, with the page headings', async () => {
    const r = await runCli(['compare', '251', '521', '--lang', 'tr']);
    expect(r.code).toBe(0);
    for (const heading of [
      'Açıklama',
      'Gördüğünüzde',
      'Nasıl Düzeltilir',
      'Temel Farklar',
      'Hangisini Ne Zaman Kullanmalı',
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain('2xx olumlu tamamlanma');
  });

  it('refuses an unknown code', async () => {
    const r = await runCli(['compare', '251', '999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('999');
  });
});

describe('mailtriage explain', () => {
  it('a Gmail 550-5.7.26 reply names DMARC/SPF/DKIM alignment and the fix', async () => {
    const r = await runCli([
      'explain',
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of example.com domain 550 5.7.26 if this was a legitimate mail. - gsmtp",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Matched: gmail.');
    expect(r.stdout).toMatch(/DMARC/);
    expect(r.stdout).toMatch(/SPF/);
    expect(r.stdout).toMatch(/DKIM/);
    expect(r.stdout).toMatch(/align/i);
    expect(r.stdout).toContain('How to fix');
    expect(r.stdout).toContain('X.7.26');
  });

  it('a basic code, an enhanced code, and both', async () => {
    expect((await runCli(['explain', '550'])).stdout).toContain('550 ');
    const enhanced = await runCli(['explain', '5.1.1']);
    expect(enhanced.stdout).toContain('X.1.1');
    const both = await runCli(['explain', '550 5.1.1']);
    expect(both.stdout).toContain('550 ');
    expect(both.stdout).toContain('X.1.1');
  });

  it('a pasted Postfix log line shows the matched rule', async () => {
    const r = await runCli([
      'explain',
      'Jul 12 07:47:48 saturn postfix/smtpd[8738]: NOQUEUE: reject: RCPT from 1-2-3-4-example.com[1.2.3.4]: 554 5.7.1 <smtp@example.com>: Relay access denied; from=<john@example.com> to=<smtp@example.org> proto=SMTP helo=<198.51.100.17>',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Matched: postfix\.[a-z-]+ · (text|enhanced)/);
    expect(r.stdout).toContain('relay-denied');
  });

  it('falls back to English where a Turkish text is missing, and says so', async () => {
    const r = await runCli(['explain', '5.7.26', '--lang', 'tr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Türkçe metin yok');
    expect(r.stdout).toContain('Açıklama');
  });

  it('json output is valid and names the entries', async () => {
    const r = await runCli(['explain', '--format', 'json', '421 4.7.0 Try again later, closing connection. - gsmtp']);
    const value = JSON.parse(r.stdout);
    expect(value.match.entry).toMatch(/^gmail\./);
  });
});

describe('mailtriage catalog', () => {
  it('--format json holds >= 60 basic codes, >= 80 enhanced codes and >= 200 rules, each complete', async () => {
    const r = await runCli(['catalog', '--format', 'json']);
    expect(r.code).toBe(0);
    const catalog = JSON.parse(r.stdout);
    expect(catalog.basicCodes.length).toBeGreaterThanOrEqual(60);
    expect(catalog.enhancedCodes.length).toBeGreaterThanOrEqual(80);
    expect(catalog.rules.length).toBeGreaterThanOrEqual(200);
    for (const entry of [...catalog.basicCodes, ...catalog.enhancedCodes, ...catalog.rules]) {
      for (const field of ['id', 'reason', 'whoMustAct', 'hardness', 'references', 'samples', 'texts']) {
        expect(entry[field], `${entry.id}.${field}`).toBeDefined();
      }
      for (const field of ['title', 'description', 'whenYouSeeIt', 'howToFix'])
        expect(entry.texts.en[field]).toBeTruthy();
    }
  });

  it('--format markdown and text render every entry', async () => {
    const md = await runCli(['catalog', '--format', 'markdown']);
    expect(md.stdout).toContain('## 251 ');
    expect(md.stdout).toContain('### How to fix');
    const tr = await runCli(['catalog', '--lang', 'tr']);
    expect(tr.stdout).toContain('Nasıl Düzeltilir');
  });
});
