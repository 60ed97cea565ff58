import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, seedPageHtml, openPopup, servePages, tabIdOf, type Browser } from './harness';

const seedHtml = seedPageHtml();

/** Reading settings are shared by popup and reader, applied at once, and survive a browser restart. */
describe('reading settings in Chromium', () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    server = await servePages({ '/story': { body: seedHtml } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a theme and size chosen in the popup apply in the open reader and after a restart', async () => {
    browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/story`);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.getByRole('switch', { name: 'Reader mode' }).click();
    const readerRoot = page.locator('quotelight-reader .ql-root');
    await readerRoot.waitFor({ state: 'attached' });
    expect(await readerRoot.getAttribute('data-theme')).toBe('auto');

    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.getByRole('radio', { name: 'Dark' }).check();
    await popup.getByRole('button', { name: 'Larger text' }).click();
    expect(await popup.locator('.ql-root').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => readerRoot.getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => readerRoot.evaluate((el) => getComputedStyle(el).getPropertyValue('--ql-font-size'))).toBe('20px');

    const profile = browser.userDataDir;
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension(profile);
    const again = await browser.context.newPage();
    await again.goto(`${server.origin}/story`);
    const reopened = await openPopup(browser, await tabIdOf(browser, again));
    await expect.poll(() => reopened.locator('.ql-root').getAttribute('data-theme')).toBe('dark');
    await reopened.getByRole('button', { name: 'Reading settings' }).click();
    expect(await reopened.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
  });
});
