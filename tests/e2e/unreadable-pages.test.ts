import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, openTabFromExtension, servePages, tabIdOf, type Browser } from './harness';

const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><title>Sign in</title></head>
<body><form><label>Email <input type="email"></label><button>Sign in</button></form></body></html>`;

/** Pages with nothing to read get a sentence saying why, never a blank popup or an error. */
describe('pages without an article', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    server = await servePages({ '/sign-in': { body: NOT_AN_ARTICLE } });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says a non-article page has no article, with the reader switch disabled', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/sign-in`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await expect.poll(() => popup.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain('doesn’t look like an article');
    expect(await popup.getByRole('switch', { name: 'Reader mode' }).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('explains that browser pages cannot be read', async () => {
    const tabId = await openTabFromExtension(browser, 'chrome://version');
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByRole('status').first().innerText(), { timeout: 15_000 }).toContain('can’t read this page');
  });
});
