// index.html in real headless Chromium (Debian's /usr/bin/chromium via playwright-core): diagrams
// render with a size, sorting works by click and keyboard, nothing is fetched, nothing logs an
// error, hostile text fires nothing, and the page prints to an A4-landscape PDF with every diagram
// within the page width. Skipped only when Chromium is missing outside CI.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCatalogueDiagrams, renderHtml, renderHtmlPages } from '../../src/report/index.js';
import { sampleResult } from './sample-result.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const SHOTS = join(process.cwd(), 'test-results', 'report');

describe.skipIf(skip)('index.html in Chromium', () => {
  let dir = '';
  let browser: Browser;
  let page: Page;
  let pageUrl = '';
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'procopt-report-'));
    const result = sampleResult();
    writeFileSync(join(dir, 'index.html'), renderHtml(result, await renderCatalogueDiagrams(result.items, { workers: 0 })));
    pageUrl = pathToFileURL(join(dir, 'index.html')).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    // Diagrams are drawn as they near the viewport: bring each into view once.
    for (const holder of await page.$$('.diagram')) await holder.scrollIntoViewIfNeeded();
    await page.waitForFunction("document.querySelectorAll('.diagram svg').length === 9");
    await page.evaluate('window.scrollTo(0, 0)');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws every diagram with a non-empty box', async () => {
    const boxes = await page.$$eval('.diagram svg', (svgs) => svgs.map((s) => { const r = s.getBoundingClientRect(); return [r.width, r.height]; }));
    expect(boxes).toHaveLength(9);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(50);
    }
    const stepBoxes = await page.$$eval('.diagram[data-variant="original"] g.step', (gs) => gs.map((g) => (g as unknown as { getBBox(): { width: number } }).getBBox().width));
    expect(stepBoxes).toHaveLength(4 + 8 + 3);
    expect(stepBoxes.every((w) => w > 50)).toBe(true);
  });

  it('draws a diagram only when its item nears the viewport, and every one before printing', async () => {
    const small = await browser.newPage({ viewport: { width: 1000, height: 300 } });
    try {
      await small.goto(pageUrl, { waitUntil: 'load' });
      const drawn = (): Promise<number> => small.$$eval('.diagram svg', (svgs) => svgs.length);
      const waiting = (): Promise<number> => small.$$eval('script[type="image/svg+xml"]', (scripts) => scripts.length);
      expect(await drawn()).toBeLessThan(9);
      expect((await drawn()) + (await waiting())).toBe(9);
      await small.evaluate("window.dispatchEvent(new Event('beforeprint'))");
      expect(await drawn()).toBe(9);
      expect(await waiting()).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('sorts the ranking table by click and by keyboard', async () => {
    const codes = (): Promise<string[]> => page.$$eval('#ranking tbody tr', (rows) => rows.map((r) => r.firstElementChild?.textContent ?? ''));
    expect(await codes()).toEqual(['11371400MB0000000X-001', '../../etc/x', 'CHAIN-001']);
    await page.click('#ranking thead button[data-col="3"]');
    expect(await codes()).toEqual(['../../etc/x', 'CHAIN-001', '11371400MB0000000X-001']);
    expect(await page.getAttribute('#ranking thead th:nth-child(4)', 'aria-sort')).toBe('ascending');
    await page.click('#ranking thead button[data-col="3"]');
    expect(await codes()).toEqual(['11371400MB0000000X-001', 'CHAIN-001', '../../etc/x']);
    await page.focus('#ranking thead button[data-col="0"]');
    await page.keyboard.press('Enter');
    expect(await codes()).toEqual(['../../etc/x', '11371400MB0000000X-001', 'CHAIN-001']);
    expect(await page.getAttribute('#ranking thead th:nth-child(4)', 'aria-sort')).toBe('none');
  });

  it('fetches nothing, logs no error, and the hostile item stays inert', async () => {
    expect(requests).toEqual([pageUrl]);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$('article script, article img, svg script, svg foreignObject')).toHaveLength(0);
    const hostileStep = await page.$eval('article[data-item-code="../../etc/x"] .diagram[data-variant="original"] g[data-step-id="S1"] title', (t) => t.textContent);
    expect(hostileStep).toContain('<script>alert(1)</script>');
  });

  it('saves screenshots of the page and of one procedure diagram', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Items off screen skip rendering (content-visibility: auto) until scrolled to; render all for the shot.
    await page.addStyleTag({ content: 'article { content-visibility: visible !important; }' });
    await page.screenshot({ path: join(SHOTS, 'index.png'), fullPage: true, timeout: 30_000 });
    await page.locator('article[data-item-code="11371400MB0000000X-001"] .diagram[data-variant="original"] svg').screenshot({ path: join(SHOTS, 'procedure.png') });
    await page.locator('article[data-item-code="../../etc/x"] .diagram[data-variant="original"] svg').screenshot({ path: join(SHOTS, 'hostile.png') });
    expect(existsSync(join(SHOTS, 'index.png'))).toBe(true);
  });
});

describe.skipIf(skip)('item pages in Chromium', () => {
  it('index.html links an item to its page, where its diagrams draw; nothing fetched, nothing logged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-pages-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const result = sampleResult();
      const diagrams = await renderCatalogueDiagrams(result.items, { workers: 0 });
      writeFileSync(join(dir, 'index.html'), renderHtml(result, diagrams, { pageSize: 2 }));
      for (const { fileName, html } of renderHtmlPages(result, diagrams, { pageSize: 2 })) writeFileSync(join(dir, fileName), html);
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      const index = pathToFileURL(join(dir, 'index.html')).href;
      await page.goto(index, { waitUntil: 'load' });
      await page.click('#ranking a:text-is("../../etc/x")');
      await page.waitForURL(/items-002\.html#item-2$/);
      const article = page.locator('article#item-2');
      await article.scrollIntoViewIfNeeded();
      await page.waitForFunction("document.querySelectorAll('article#item-2 .diagram svg').length === 3");
      expect(await page.$$('article')).toHaveLength(1);
      await page.click('a[href="index.html"]');
      await page.waitForURL(index);
      expect(requests).toEqual([index, pathToFileURL(join(dir, 'items-002.html')).href, index]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.skipIf(skip)('index.html printed (A4 landscape)', () => {
  it('prints to PDF with every diagram within the page width', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-print-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const result = sampleResult();
      writeFileSync(join(dir, 'index.html'), renderHtml(result, await renderCatalogueDiagrams(result.items, { workers: 0 })));
      // A4 landscape less the 10 mm margins of @page: 277 mm at 96 px per inch.
      const pageWidth = Math.floor((277 / 25.4) * 96);
      const page = await browser.newPage({ viewport: { width: pageWidth, height: 700 } });
      await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
      await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction("document.querySelectorAll('.diagram svg').length === 9");
      const boxes = await page.$$eval('.diagram svg', (svgs) => svgs.map((s) => { const r = s.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width, height: r.height }; }));
      expect(boxes).toHaveLength(9);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThan(0);
        expect(box.height).toBeGreaterThan(0);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(pageWidth + 1);
      }
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(join(SHOTS, 'index.pdf'), pdf);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
