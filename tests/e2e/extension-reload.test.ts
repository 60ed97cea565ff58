import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, openServedPage, seedPageHtml, type PageSession } from './harness';

/**
 * An extension reload or update while the reader is open orphans the content script: every
 * browser API it holds starts throwing. The reader must still go away and leave the page clean.
 */
describe('extension reloaded while the reader is open', () => {
  let session: PageSession;
  beforeAll(async () => {
    session = await openServedPage(seedPageHtml());
  });
  afterAll(() => session?.close());

  it('closes the reader and restores the page exactly', async () => {
    const { browser, page, tabId } = session;
    await page.evaluate(() => window.scrollTo(0, 200));
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, scrollY: window.scrollY }));
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('switch', { name: 'Reader mode' }).click();
    await page.locator('quotelight-reader').waitFor({ state: 'attached' });

    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    // The worker goes away with the reload, so its evaluation may end with an error.
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload: () => void } } }).chrome.runtime.reload()).catch(() => {});

    await expect.poll(() => page.locator('quotelight-reader').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => ({ html: document.documentElement.outerHTML, scrollY: window.scrollY }))).toEqual(before);
  });
});
