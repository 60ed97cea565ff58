import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, seedPageHtml, servePages, tabIdOf, type Browser } from './harness';

/** Pages that misbehave: their scripts throw and tamper with built-ins, or they go away mid-read. */
const TAMPERING = `<script>
  // The page's own world only: content scripts run in an isolated one and must not care.
  Array.prototype.map = function () { throw new Error('page broke map'); };
  JSON.stringify = function () { throw new Error('page broke JSON'); };
  window.addEventListener('message', () => { throw new Error('page listener throws'); });
  setTimeout(() => { throw new Error('page timer throws'); }, 0);
  throw new Error('page script throws on load');
</script>`;

describe('unruly pages in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    const seed = seedPageHtml();
    server = await servePages({
      '/throws': { body: seed.replace('</head>', `${TAMPERING}</head>`) },
      '/story': { body: seed },
      '/elsewhere': { body: '<!doctype html><title>Elsewhere</title><p>Another page.</p>' },
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The popup ends in an article or a sentence, never stuck on "Reading the page…". */
  async function settledState(popup: Page): Promise<string> {
    await expect
      .poll(async () => (await popup.locator('.ql-article-body').count()) > 0 || (await popup.locator('.ql-message').innerText().catch(() => '')) !== 'Reading the page…', {
        timeout: 15_000,
      })
      .toBe(true);
    return (await popup.locator('.ql-article-body').count()) > 0 ? 'article' : await popup.locator('.ql-message').innerText();
  }

  it('reads a page whose scripts throw and tamper with built-ins', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/throws`);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    expect(await settledState(popup)).toBe('article');
    // Quotes are filled in after the article is painted (entrypoints/popup/quote-phase.ts).
    await expect.poll(() => popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem').count(), { timeout: 15_000 }).toBe(5);
    expect(errors).toContain('page script throws on load');
  });

  it('answers with a sentence when the tab closes or navigates while it is being read', async () => {
    for (const leave of ['close', 'navigate'] as const) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/story`);
      const tabId = await tabIdOf(browser, page);
      const popup = await browser.context.newPage();
      const opened = popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      if (leave === 'close') await page.close();
      else await page.goto(`${server.origin}/elsewhere`);
      await opened;
      const state = await settledState(popup);
      // Either the read finished first, or the popup says why it could not.
      expect(state === 'article' || /can’t read|could not read|doesn’t look like an article/.test(state)).toBe(true);
      await popup.close();
    }
  });
});
