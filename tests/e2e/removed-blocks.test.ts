import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPopup, openServedPage, seedPageHtml, type Browser, type PageSession } from './harness';

/** "Show removed" starts collapsed, lists what declutter took out, and "Restore" puts a block back. */
describe('what was removed, in Chromium', () => {
  let session: PageSession;
  let browser: Browser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await openServedPage(seedPageHtml());
    ({ browser, page, tabId } = session);
  });
  afterAll(() => session?.close());

  async function restoreTopHeadlines(view: Locator) {
    const toggle = view.getByRole('button', { name: /Show removed/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const item = view.getByRole('listitem').filter({ hasText: 'Top Headlines' });
    expect(await item.isVisible()).toBe(false);
    expect(await view.locator('.ql-article-body').innerText()).not.toContain('Top Headlines');

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await item.isVisible()).toBe(true);
    await item.getByRole('button', { name: 'Restore' }).click();
    const body = await view.locator('.ql-article-body').innerText();
    expect(body).toContain('Top Headlines');
    expect(body).toContain('Grain prices ease after a record harvest');
    // Back where it stood: after the story's last paragraph.
    expect(body.indexOf('Top Headlines')).toBeGreaterThan(body.indexOf('ordering the cranes to prove it'));
    expect(await item.getByRole('button', { name: 'Restored' }).isDisabled()).toBe(true);
  }

  it('in the popup', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.locator('.ql-article-body mark').first().waitFor();
    await restoreTopHeadlines(popup.locator('body'));
    await popup.close();
  });

  it('in the in-page reader', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('switch', { name: 'Reader mode' }).click();
    const reader = page.locator('quotelight-reader .ql-reader');
    await reader.locator('.ql-article-body mark').first().waitFor();
    await restoreTopHeadlines(reader);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    await popup.close();
  });
});
