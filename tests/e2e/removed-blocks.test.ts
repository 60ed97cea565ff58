import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { SHARED, launchWithExtension, openPopup, servePages, tabIdOf, type Browser } from './harness';

const seedHtml = readFileSync(join(SHARED, 'seed/kim-putin.html'), 'utf8');

/** "Show removed" starts collapsed, lists what declutter took out, and "Restore" puts a block back. */
describe('what was removed, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await servePages({ '/world/kim-putin.html': { body: seedHtml } });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/world/kim-putin.html`);
    tabId = await tabIdOf(browser, page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

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
    expect(body).toContain('Canada acknowledges domestic funding');
    // Back where it stood: after the story's last paragraph.
    expect(body.indexOf('Top Headlines')).toBeGreaterThan(body.indexOf('trying to develop space technologies'));
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
