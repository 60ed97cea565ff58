import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, openPopup, seedPageHtml, servePages, tabIdOf, type Browser } from './harness';

type ChromeScripting = {
  scripting: {
    executeScript: (injection: { target: { tabId: number }; func: () => unknown }) => Promise<Array<{ result?: unknown }>>;
  };
};

/**
 * What goes into the page, and when: the toolbar click injects only the small content script (the
 * popup reads a copy of the page in its own process), the reader's UI arrives when the reader
 * first opens, and the pipeline enters the page only for the keyboard command or context menu on
 * a page no popup has read. One extraction per page load serves all of them.
 */
describe('lazy loading into the page, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  let worker: Worker;
  let control: Page;

  beforeAll(async () => {
    server = await servePages({ '/one': { body: seedPageHtml() }, '/two': { body: seedPageHtml() } });
    browser = await launchWithExtension();
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    control = await browser.context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Which of our scripts have registered in the extension's isolated world of the tab. */
  const loaded = (tabId: number) =>
    control.evaluate(async (id) => {
      const { scripting } = (globalThis as unknown as { chrome: ChromeScripting }).chrome;
      const [frame] = await scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const scope = globalThis as Record<symbol, unknown>;
          return ['content', 'reader', 'pipeline'].filter((name) => scope[Symbol.for(`quotelight.${name}`)]);
        },
      });
      return frame?.result;
    }, tabId);

  const openTab = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    return { page, tabId: await tabIdOf(browser, page) };
  };

  it('the popup reads the page without putting the pipeline or the reader into it; the switch adds the reader only', async () => {
    const { page, tabId } = await openTab('/one');
    expect(await loaded(tabId)).toEqual([]);

    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.ql-article-body p').first().isVisible()).toBe(true);
    expect(await loaded(tabId)).toEqual(['content']);

    await popup.getByRole('switch', { name: 'Reader mode' }).click();
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(1);
    expect(await loaded(tabId)).toEqual(['content', 'reader']);

    // The command reuses the popup's extraction: closing and reopening never loads the pipeline.
    await worker.evaluate((tab) => (globalThis as any).quotelightTest.onCommand('toggle-reader', tab), tabId);
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    await worker.evaluate((tab) => (globalThis as any).quotelightTest.onCommand('toggle-reader', tab), tabId);
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(1);
    expect(await loaded(tabId)).toEqual(['content', 'reader']);
    await popup.close();
    await page.close();
  });

  it('the command on a page no popup has read brings the pipeline into the page once, and a popup then reuses it', async () => {
    const { page, tabId } = await openTab('/two');
    await worker.evaluate((tab) => (globalThis as any).quotelightTest.onCommand('toggle-reader', tab), tabId);
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(1);
    expect(await loaded(tabId)).toEqual(['content', 'reader', 'pipeline']);

    const kept = () =>
      control.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'popup:get-extraction' }), tabId) as Promise<{
        extraction: { quotes: unknown[]; ms: { total: number } };
      }>;
    const before = await kept();
    expect(before.extraction.quotes.length).toBeGreaterThan(0);

    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.ql-article-body p').first().isVisible()).toBe(true);
    await expect.poll(() => popup.locator('.ql-key-quotes li').count()).toBe(5);
    // The very same extraction (its own timing included): the popup did not read the page again.
    expect((await kept()).extraction).toEqual(before.extraction);
    await popup.close();
    await page.close();
  });
});
