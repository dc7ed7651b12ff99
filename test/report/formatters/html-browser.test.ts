/**
 * Opens the HTML report in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core)
 * and uses it as a person would: charts drawn, rows sorted by a header click, rows filtered by typing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/report/formatters/html.js';
import { hostileReport, sampleReport, sampleRules } from './sample-report.js';
import { tempFolder } from '../../helpers/temp-folder.js';

const CHROMIUM = '/usr/bin/chromium';
const noChromium = !existsSync(CHROMIUM);
const skipReason = `${CHROMIUM} is not installed (apt-get install -y chromium); .ci/run installs it`;

describe.skipIf(noChromium)(`HTML report in headless Chromium${noChromium ? ` — skipped: ${skipReason}` : ''}`, () => {
  let browser: Browser;
  let dir: string;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = tempFolder('privaudit-html-');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const opened = await context.newPage();
    opened.on('request', (request) => requests.push(request.url()));
    opened.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    opened.on('pageerror', (error) => problems.push(error.message));
    await opened.goto(pathToFileURL(file).href);
    return opened;
  }

  const lineColumn = (): Promise<number[]> =>
    page.locator('#findings tbody tr:visible td[data-col="line"]').allTextContents().then((texts) => texts.map(Number));

  beforeAll(async () => {
    page = await open(formatHtml(sampleReport, { lang: 'en', color: false, rules: sampleRules }), 'report.html');
  }, 60_000);

  it('draws the charts: one bar per rule, system and category, with real size', async () => {
    expect(await page.locator('svg[data-chart="rule"] g.bar').count()).toBe(new Set(sampleReport.findings.map((f) => f.ruleId)).size);
    expect(await page.locator('svg[data-chart="severity"] g.bar').count()).toBe(3);
    expect(await page.locator('svg[data-chart="system"] g.bar').count()).toBe(3);
    expect(await page.locator('svg[data-chart="category"] g.bar').count()).toBe(5);
    const longest = await page.locator('svg[data-chart="severity"] rect.seg.error').boundingBox();
    const shortest = await page.locator('svg[data-chart="severity"] rect.seg.info').boundingBox();
    expect(longest!.width).toBeGreaterThan(100);
    expect(longest!.width / shortest!.width).toBeCloseTo(5, 1);
  });

  it('shows one row per finding', async () => {
    expect(await page.locator('#findings tbody tr:visible').count()).toBe(8);
    expect(await page.locator('#shown-count').textContent()).toBe('8');
  });

  it('sorts by line when the header is clicked, and reverses on a second click', async () => {
    await page.locator('th[data-sort="line"]').click();
    expect(await lineColumn()).toEqual([1, 2, 2, 7, 7, 9, 12, 15]);
    expect(await page.locator('th[data-sort="line"]').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('th[data-sort="line"]').click();
    expect(await lineColumn()).toEqual([15, 12, 9, 7, 7, 2, 2, 1]);
    expect(await page.locator('th[data-sort="line"]').getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by severity, most severe first', async () => {
    await page.locator('th[data-sort="severity"]').click();
    const severities = await page.locator('#findings tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-severity')));
    expect(severities).toEqual(['error', 'error', 'error', 'error', 'error', 'warning', 'warning', 'info']);
    expect(await page.locator('th[data-sort="line"]').getAttribute('aria-sort')).toBe('none');
  });

  it('filters rows by typed text (Chinese included) and by severity checkboxes', async () => {
    await page.locator('#filter').fill('身份证');
    expect(await page.locator('#findings tbody tr:visible td[data-col="rule"]').allTextContents()).toEqual(['plaintext-sensitive-data']);
    expect(await page.locator('#shown-count').textContent()).toBe('1');
    await page.locator('#filter').fill('crm');
    expect(await page.locator('#findings tbody tr:visible').count()).toBe(3);
    await page.locator('input.severity-toggle[value="error"]').uncheck();
    expect(await page.locator('#findings tbody tr:visible td[data-col="rule"]').allTextContents()).toEqual(['retention-missing']);
    await page.locator('input.severity-toggle[value="error"]').check();
    await page.locator('#filter').fill('');
    expect(await page.locator('#findings tbody tr:visible').count()).toBe(8);
  });

  it('expands a clause quote on click', async () => {
    const row = page.locator('#findings tbody tr[data-index="2"]');
    const quote = row.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await row.locator('summary').click();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain("stored within the People's Republic of China");
  });

  it('runs a hostile report without executing its text', async () => {
    const hostile = await open(formatHtml(hostileReport(), { lang: 'zh', color: false, rules: sampleRules }), 'hostile.html');
    const dialogs: string[] = [];
    hostile.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(await hostile.locator('#findings tbody tr').count()).toBe(9);
    expect(await hostile.locator('#findings tbody tr').first().locator('td[data-col="message"]').textContent()).toBe(hostileReport().findings[0]!.message);
    expect(await hostile.locator('b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('loads nothing but the file itself and logs no CSP or script error', () => {
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
