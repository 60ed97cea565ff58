import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { REPO, launchWithExtension, openPopup, servePages, tabIdOf, type Browser } from './harness';

const fixture = (slug: string) => readFileSync(join(REPO, 'tests/fixtures', slug, 'page.html'), 'utf8');
const NO_ARTICLE = 'doesn’t look like an article';

/**
 * Listings are no article in the browser too: a section front and a home page (which
 * isProbablyReaderable accepts) answer "no article" with "Read selection" in the popup, and the
 * reader, opened through the command the test build exposes, does not open over them. A
 * breaking-news brief that says it is a story is read.
 */
describe('listings and briefs in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  let worker: Worker;

  beforeAll(async () => {
    server = await servePages({
      '/news': { body: fixture('gate-section-front') },
      '/': { body: fixture('gate-home-page') },
      '/news/fire-at-quay-road-boatyard': { body: fixture('gate-news-brief-jsonld') },
    });
    browser = await launchWithExtension();
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string): Promise<{ page: Page; tabId: number }> => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${path}`);
    return { page, tabId: await tabIdOf(browser, page) };
  };
  const runCommand = (tabId: number) => worker.evaluate((tab) => (globalThis as any).quotelightTest.onCommand('toggle-reader', tab), tabId);
  const badge = (tabId: number) => worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId);
  const badgeTitle = (tabId: number) => worker.evaluate((tab) => chrome.action.getTitle({ tabId: tab }), tabId);

  it.each([
    ['a section front', '/news'],
    ['a home page', '/'],
  ])('%s: the popup says there is no article and offers "Read selection"', async (_label, path) => {
    const { page, tabId } = await open(path);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain(NO_ARTICLE);
    expect(await popup.getByRole('button', { name: 'Read selection' }).isVisible()).toBe(true);
    expect(await popup.getByRole('switch', { name: 'Reader mode' }).isDisabled()).toBe(true);
    await popup.close();
    await page.close();
  });

  it.each([
    ['a section front', '/news'],
    ['a home page', '/'],
  ])('%s: the reader command does not open a reader and the badge says why', async (_label, path) => {
    const { page, tabId } = await open(path);
    await page.bringToFront();
    await runCommand(tabId);
    await expect.poll(() => badge(tabId), { timeout: 15_000 }).toBe('!');
    expect(await badgeTitle(tabId)).toContain(NO_ARTICLE);
    expect(await page.locator('quotelight-reader').count()).toBe(0);
    await page.close();
  });

  it('"Read selection" reads the part of a section front the user selected', async () => {
    const { page, tabId } = await open('/news');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.card__excerpt')!);
      getSelection()!.addRange(range);
    });
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('button', { name: 'Read selection' }).click();
    await expect.poll(() => popup.locator('.ql-article-body').innerText(), { timeout: 15_000 }).toContain('The first crossing will leave at 6.40am');
    await popup.close();
    await page.close();
  });

  it('a 60-word brief with NewsArticle JSON-LD is read in the popup', async () => {
    const { page, tabId } = await open('/news/fire-at-quay-road-boatyard');
    const popup = await openPopup(browser, tabId);
    const body = popup.locator('.ql-article-body');
    await expect.poll(() => body.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = (await body.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Fire crews were called to a blaze at a boatyard on Quay Road');
    expect(text).toContain('The road will stay closed while investigators examine the site.');
    expect(await popup.getByRole('switch', { name: 'Reader mode' }).isEnabled()).toBe(true);
    await popup.close();
    await page.close();
  });
});

declare const chrome: any;
