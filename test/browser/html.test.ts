/**
 * The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core
 * (which downloads no browser; .ci/setup-chromium.sh installs it). The report must load with no
 * error and no network request at all, draw both charts, sort tables by mouse and keyboard, and
 * keep hostile log text inert: no script runs, no dialog opens, the text is visible as text.
 *
 * `UPDATE_SCREENSHOT=1` (npm run docs:screenshot) also writes docs/report.png from the sample.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/aggregate/model.js';
import { renderHtml } from '../../src/report/html.js';
import { ROOT, reportFor } from '../helpers.js';
import { hostileReport } from '../report/hostile.js';
import { scratchDir } from '../scratch.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const WIDTH = 1280;
/** The docs screenshot: the top of the report (header, totals, problems), not all 9,000 px. */
const SCREENSHOT_MAX_HEIGHT = 2400;

interface Loaded {
  page: Page;
  url: string;
  /** Requests other than the page itself and data: URLs. */
  requests: string[];
  /** Of those: the ones that got a response, and the ones that failed (with the reason). */
  served: string[];
  failed: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

/**
 * The few DOM shapes the page functions below use. The project's tsconfig has no DOM lib on
 * purpose (src must not reach for browser globals), so they are declared here, not imported.
 */
interface DomElement {
  readonly attributes: ArrayLike<{ name: string }>;
  readonly cells: ArrayLike<DomElement>;
  readonly scrollHeight: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
}
interface DomWindow {
  __pwned?: unknown;
  document: {
    documentElement: DomElement;
    scripts: ArrayLike<unknown>;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
  };
  getComputedStyle(element: DomElement): { backgroundColor: string };
}
let context: BrowserContext;
let dir: string;
/** Set by any payload of the hostile fixture that manages to run (read inside the page). */
const pwned = () => (globalThis as unknown as DomWindow).__pwned;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the browser tests need it. Run: bash .ci/setup-chromium.sh (installs Debian's chromium package)`,
    );
  }
  dir = scratchDir('mailtriage-browser-');
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: WIDTH, height: 900 },
    colorScheme: 'light',
  });
});

afterAll(async () => {
  await context?.close();
});

async function open(
  report: Report,
  name: string,
  html = renderHtml(report, { top: 10, detail: true }),
): Promise<Loaded> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const loaded: Loaded = {
    page,
    url,
    requests: [],
    served: [],
    failed: [],
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
  };
  const foreign = (target: string) => target !== url && !target.startsWith('data:');
  page.on('request', (request) => {
    if (foreign(request.url())) loaded.requests.push(request.url());
  });
  page.on('requestfinished', (request) => {
    if (foreign(request.url())) loaded.served.push(request.url());
  });
  page.on('requestfailed', (request) => {
    if (foreign(request.url())) loaded.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') loaded.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => loaded.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    loaded.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  // Give anything that might fire late (an onerror of a broken image, a timer) a moment.
  await page.waitForTimeout(200);
  return loaded;
}

function expectQuiet(loaded: Loaded): void {
  expect(loaded.requests, 'network requests').toEqual([]);
  expect(loaded.consoleErrors, 'console errors').toEqual([]);
  expect(loaded.pageErrors, 'page errors').toEqual([]);
  expect(loaded.dialogs, 'dialogs').toEqual([]);
}

/** The numbers (data-v) of one column of a table, in display order. */
async function columnValues(page: Page, table: string, column: number): Promise<(number | null)[]> {
  return page.$$eval(
    `${table} tbody tr`,
    (rows, index) =>
      rows.map((row) => {
        const raw = (row as unknown as DomElement).cells[index]?.getAttribute('data-v') ?? '';
        return raw === '' ? null : Number(raw);
      }),
    column,
  );
}

describe('HTML report in headless Chromium', () => {
  let sample: Loaded;

  beforeAll(async () => {
    const report = await reportFor(['fixtures/sample/']);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    const stamped = { ...report, generator: { ...report.generator, version } };
    // As `mailtriage --format html` writes it by default (top 10, no --detail).
    sample = await open(stamped, 'sample', renderHtml(stamped, { top: 10, detail: false }));
  });

  it('loads with no error, no dialog and no network request', () => {
    expectQuiet(sample);
  });

  it('draws the volume and reason charts with visible bars, axes and legends', async () => {
    for (const chart of ['#volume-chart', '#reason-chart']) {
      const boxes = await sample.page.$$eval(`${chart} svg rect.bar`, (rects) =>
        rects.map((r) => {
          const box = (r as unknown as DomElement).getBoundingClientRect();
          return { width: box.width, height: box.height };
        }),
      );
      expect(boxes.length, chart).toBeGreaterThan(5);
      for (const box of boxes) {
        expect(box.width, chart).toBeGreaterThan(0);
        expect(box.height, chart).toBeGreaterThan(0);
      }
      expect(await sample.page.locator(`${chart} svg line.axis`).count(), chart).toBeGreaterThan(0);
    }
    const legend = await sample.page.$$eval('#volume-chart svg text', (texts) => texts.map((t) => t.textContent));
    expect(legend).toEqual(expect.arrayContaining(['received', 'delivered', 'deferred', 'bounced', 'rejected']));
  });

  it('sorts a table numerically by a header click, reverses on the next, and works from the keyboard', async () => {
    const { page } = sample;
    const table = '#domains table';
    const header = page.locator(`${table} thead th`).nth(1);
    await expect(header.textContent()).resolves.toContain('Recipients');
    const before = await columnValues(page, table, 1);
    const ascending = [...before].sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(before).not.toEqual(ascending);

    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await columnValues(page, table, 1)).toEqual(ascending);

    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await columnValues(page, table, 1)).toEqual([...ascending].reverse());

    // A text column sorts with numeric-aware collation ("a2" before "a10").
    const domain = page.locator(`${table} thead th`).nth(0);
    await domain.locator('button').press('Space');
    const names = await page.$$eval(`${table} tbody tr td:first-child`, (cells) =>
      cells.map((c) => c.textContent ?? ''),
    );
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    expect(names).toEqual([...names].sort(collator.compare));
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expectQuiet(sample);
  });

  it('follows the colour scheme and hides navigation when printed', async () => {
    const { page } = sample;
    const background = () =>
      page.evaluate(() => {
        const w = globalThis as unknown as DomWindow;
        return w.getComputedStyle(w.document.documentElement).backgroundColor;
      });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await page.locator('nav').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('takes the docs screenshot (written to docs/report.png with UPDATE_SCREENSHOT=1)', async () => {
    const { page } = sample;
    await page.setViewportSize({ width: WIDTH, height: 900 });
    const height = await page.evaluate(
      () => (globalThis as unknown as DomWindow).document.documentElement.scrollHeight,
    );
    const png = await page.screenshot({
      fullPage: true,
      clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, SCREENSHOT_MAX_HEIGHT) },
    });
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(WIDTH);
    expect(png.readUInt32BE(20)).toBe(Math.min(height, SCREENSHOT_MAX_HEIGHT));
    if (process.env['UPDATE_SCREENSHOT'] === '1') writeFileSync(join(ROOT, 'docs', 'report.png'), png);
  });
});

describe('hostile log text in headless Chromium', () => {
  const inert = async (loaded: Loaded) => {
    expectQuiet(loaded);
    expect(await loaded.page.evaluate(pwned)).toBeUndefined();
    const found = await loaded.page.evaluate(() => {
      const document = (globalThis as unknown as DomWindow).document;
      const all = (selector: string) => Array.from(document.querySelectorAll(selector));
      return {
        scripts: document.scripts.length,
        embedded: all('img, iframe, object, embed, video, audio, form, base, link[rel=stylesheet]').length,
        handlers: all('*').filter((el) => Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on')))
          .length,
        links: all('[href]').map((el) => el.getAttribute('href') ?? ''),
      };
    });
    expect(found.scripts).toBe(2);
    expect(found.embedded).toBe(0);
    expect(found.handlers).toBe(0);
    for (const href of found.links) expect(href).toMatch(/^(#[a-z-]+|data:,)$/);
  };

  it('fixtures/constructed/hostile-html.log: nothing runs, the payloads read as text', async () => {
    const loaded = await open(await reportFor(['fixtures/constructed/hostile-html.log']), 'hostile-log');
    await inert(loaded);
    // innerText, not textContent: what a reader sees rendered, not just what the DOM holds.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const text = await loaded.page.locator('body').innerText();
    for (const payload of [
      '"<img src=x onerror=window.__pwned=1;alert(1) x="@evil.example',
      '"javascript:window.__pwned=2"@victim.example',
      '<script>window.__pwned=3</script> </script><script>window.__pwned=4;alert(4)</script>',
      '"><img src=x onerror=window.__pwned=6>',
      '[x](javascript:window.__pwned=7)',
      '<"><img src=x onerror=window.__pwned=8>>: Helo command rejected',
      '<<script>window.__pwned=9</script>@evil.example>',
      '<javascript:window.__pwned=10>',
      '<svg/onload=window.__pwned=11>',
      '<iframe src="javascript:window.__pwned=12"></iframe><script>alert(12)</script>',
    ]) {
      expect(text, payload).toContain(payload);
    }
    // Sorting moves rows around; it must not turn text into markup either.
    const buttons = loaded.page.locator('table.sortable th button').filter({ visible: true });
    for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
    await inert(loaded);
  });

  it('every string of the model hostile: nothing runs', async () => {
    await inert(await open(hostileReport(), 'hostile-model'));
  });

  it('a missed escape would still be stopped by the Content-Security-Policy', async () => {
    const report = await reportFor(['fixtures/constructed/hostile-html.log']);
    // Simulate a renderer bug: raw markup in the body, after the CSP meta tag.
    const broken = renderHtml(report, { top: 10, detail: false }).replace(
      '<main>',
      '<main><script>window.__pwned="inline"</script><img src="x" onerror="window.__pwned=\'onerror\'"><img src="https://example.invalid/x.png">',
    );
    const loaded = await open(report, 'missed-escape', broken);
    expect(await loaded.page.evaluate(pwned)).toBeUndefined();
    expect(loaded.dialogs).toEqual([]);
    // Chromium announces the two image requests, then CSP (img-src data:) blocks them unsent.
    expect(loaded.served).toEqual([]);
    expect(loaded.failed).toHaveLength(loaded.requests.length);
    for (const failure of loaded.failed) expect(failure).toMatch(/ (csp|net::ERR_BLOCKED_BY_CSP)$/);
    const violations = loaded.consoleErrors.join('\n');
    expect(violations).toContain('Executing inline script violates the following Content Security Policy');
    expect(violations).toContain('Executing inline event handler violates');
    expect(violations).toContain('violates the following Content Security Policy directive: "img-src data:"');
  });
});
