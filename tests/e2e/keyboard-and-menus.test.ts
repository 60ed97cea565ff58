import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, seedPageExpected, seedPageHtml, openPopup, servePages, tabIdOf, type Browser } from './harness';

const seedHtml = seedPageHtml();
const { keyQuotes } = seedPageExpected();
const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><title>Notes</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<p id="pick">"We will open the new library in March," Mayor Ada Park said on Tuesday.</p>
</body></html>`;

/**
 * The keyboard command, the context menu, the toolbar badge and "Read selection". Automation
 * cannot press browser shortcuts or open context menus, so the test build's background exposes
 * the very handlers those events call.
 */
describe('command, context menu and fallbacks in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  let worker: Worker;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await servePages({ '/story': { body: seedHtml }, '/notes': { body: NOT_AN_ARTICLE } });
    browser = await launchWithExtension();
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/story`);
    tabId = await tabIdOf(browser, page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const runCommand = (id: number) =>
    worker.evaluate((tab) => (globalThis as any).quotelightTest.onCommand('toggle-reader', tab), id);
  const clickMenu = (item: string, id: number) =>
    worker.evaluate(([menu, tab]) => (globalThis as any).quotelightTest.onMenuItem(menu, tab), [item, id] as const);
  const badge = (id: number) => worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id);

  it('the command toggles the reader and the badge follows it; Esc closes and focus returns', async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('.copy-link')!;
      button.focus();
    });
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    await runCommand(tabId);
    await expect.poll(() => page.getByRole('button', { name: 'Close reader' }).isVisible()).toBe(true);
    await expect.poll(() => badge(tabId)).toBe('ON');
    // Focus moved into the reader and Tab stays there.
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('QUOTELIGHT-READER');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('copy-link');
    await expect.poll(() => badge(tabId)).toBe('');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    await runCommand(tabId);
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(1);
    await runCommand(tabId);
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
  });

  it('the context menu opens the reader and copies the key quotes', async () => {
    await clickMenu('open-reader', tabId);
    await expect.poll(() => page.getByRole('button', { name: 'Close reader' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close reader' }).click();

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.bringToFront();
    await clickMenu('copy-key-quotes', tabId);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`> “${keyQuotes[1]!.text.slice(0, 30)}`);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.match(/^> “/gm)).toHaveLength(5);
    expect(clipboard).toContain(`— ${keyQuotes.at(-1)!.speaker}`);
  });

  it('"Read selection" reads the selected text of a page without an article', async () => {
    const notes = await browser.context.newPage();
    await notes.goto(`${server.origin}/notes`);
    await notes.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('pick')!);
      getSelection()!.addRange(range);
    });
    const popup = await openPopup(browser, await tabIdOf(browser, notes));
    await popup.getByRole('button', { name: 'Read selection' }).click();
    await expect.poll(() => popup.locator('.ql-article-body').innerText()).toContain('We will open the new library in March');
    const item = popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem').first();
    expect(await item.innerText()).toContain('Ada Park');
  });

  it('a command on a page where scripts cannot run shows an error badge', async () => {
    const internalId: number = await worker.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version' })).id);
    await runCommand(internalId);
    await expect.poll(() => badge(internalId)).toBe('!');
  });
});

declare const chrome: any;
