import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, openServedPage, seedPageExpected, seedPageHtml, type Browser, type PageSession, type SeedExpectation } from './harness';
import { withShared } from '../with-shared';

// The repository's seed-shaped page always; the seed itself too when ../shared is beside the repo.
const seed = withShared('seed', __filename);
const pages: Array<[string, string, SeedExpectation]> = [
  ['seed-shaped page', seedPageHtml(), seedPageExpected()],
  ...(seed.present ? [['seed page', seed.read('kim-putin.html'), JSON.parse(seed.read('kim-putin.expected.json'))] as [string, string, SeedExpectation]] : []),
];

/** The three user flows on a seed-shaped page, in real Chromium with the built extension. */
describe.each(pages)('%s in Chromium', (_, html, expected) => {
  let session: PageSession;
  let browser: Browser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await openServedPage(html);
    ({ browser, page, tabId } = session);
  });
  afterAll(() => session?.close());

  it('popup shows the clean article with the five key quotes highlighted', async () => {
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.getByText(expected.paragraphs[0]!).first().isVisible(), { timeout: 15_000 }).toBe(true);
    const articleText = await popup.locator('.ql-article-body').innerText();
    for (const paragraph of expected.paragraphs) expect(articleText.replace(/\s+/g, ' ')).toContain(paragraph);
    const popupText = await popup.locator('body').innerText();
    for (const clutter of expected.mustNotContain) expect(popupText).not.toContain(clutter);

    const items = popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(5);
    for (const [i, quote] of expected.keyQuotes.entries()) {
      const item = items.nth(i);
      expect(await item.innerText()).toContain(quote.text);
      expect(await item.innerText()).toContain(quote.speaker);
      expect(await item.getByRole('button', { name: 'Copy quote' }).count()).toBe(1);
    }
    const keyMarks = await popup.locator('.ql-article-body mark.ql-key').evaluateAll((marks) => [
      ...new Set(marks.map((mark) => (mark as HTMLElement).dataset.quote)),
    ]);
    expect(keyMarks).toHaveLength(5);
    await popup.close();
  });

  it('popup draws the article before its quotes, then fills them in without moving the text', async () => {
    // A new page load: the tab no longer holds the extraction an earlier popup gave it.
    await page.reload({ waitUntil: 'load' });
    const popup = await browser.context.newPage();
    // The first time the article's text is on screen: is the quote region still busy, is anything
    // marked yet, and where do the details line and the first paragraph sit. The lead image grows
    // when it loads, so the paragraph is measured from the header's end.
    await popup.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const first = document.querySelector('.ql-article-body p');
        if (!first?.textContent?.trim()) return;
        observer.disconnect();
        (window as unknown as { firstDraw: object }).firstDraw = {
          busy: document.querySelector('.ql-quotes-found')?.getAttribute('aria-busy'),
          marks: document.querySelectorAll('.ql-article-body mark').length,
          details: document.querySelector('.ql-details')!.getBoundingClientRect().bottom,
          paragraph: first.getBoundingClientRect().top - document.querySelector('.ql-article-header')!.getBoundingClientRect().bottom,
        };
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem').count(), { timeout: 15_000 }).toBe(5);
    const firstDraw = await popup.evaluate(() => (window as unknown as { firstDraw: object }).firstDraw);
    expect(firstDraw).toMatchObject({ busy: 'true', marks: 0 });
    expect(await popup.locator('.ql-quotes-found').getAttribute('aria-busy')).toBe('false');
    expect(await popup.locator('.ql-article-body mark.ql-key').count()).toBeGreaterThan(0);
    const now = await popup.evaluate(() => ({
      details: document.querySelector('.ql-details')!.getBoundingClientRect().bottom,
      paragraph: document.querySelector('.ql-article-body p')!.getBoundingClientRect().top - document.querySelector('.ql-article-header')!.getBoundingClientRect().bottom,
    }));
    expect(firstDraw).toMatchObject(now);
    await popup.close();
  });

  it('"Copy quote" puts the quote with its speaker and source on the clipboard', async () => {
    const popup = await openPopup(browser, tabId);
    const first = popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem').first();
    await first.getByRole('button', { name: 'Copy quote' }).click();
    await expect.poll(() => first.innerText()).toContain('Copied');
    // Chrome grants no permission to extension origins from automation; the clipboard is the
    // browser's, so the test reads it back from the loopback page instead.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    await page.bringToFront();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const quote = expected.keyQuotes[0]!;
    expect(clipboard.split('\n')[0]).toBe(`“${quote.text}” — ${quote.speaker}`);
    expect(clipboard).toContain(expected.title);
    expect(clipboard).toContain(session.url);
    await popup.close();
  });

  it('the reader switch opens the in-page reader and Esc or "Close reader" restores the page exactly', async () => {
    await page.evaluate(() => window.scrollTo(0, 240));
    const before = await snapshot(page);
    expect(before.scrollY).toBeGreaterThan(0);
    const popup = await openPopup(browser, tabId);
    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    await expect.poll(() => readerSwitch.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await readerSwitch.getAttribute('aria-checked')).toBe('false');

    await readerSwitch.click();
    await expect.poll(() => readerSwitch.getAttribute('aria-checked')).toBe('true');
    const closeButton = page.getByRole('button', { name: 'Close reader' });
    await expect.poll(() => closeButton.isVisible()).toBe(true);
    expect(await page.locator('quotelight-reader mark.ql-key').count()).toBeGreaterThanOrEqual(5);
    // The reader lists the same five key quotes, with the same speakers.
    const readerItems = page.locator('quotelight-reader').getByRole('list', { name: 'Key quotes' }).getByRole('listitem');
    expect(await readerItems.count()).toBe(5);
    for (const [i, quote] of expected.keyQuotes.entries()) {
      const text = await readerItems.nth(i).innerText();
      expect(text).toContain(quote.text);
      expect(text).toContain(quote.speaker);
    }
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);

    // Again through the button, after focus moved into the reader.
    await popup.reload();
    await expect.poll(() => readerSwitch.isEnabled(), { timeout: 15_000 }).toBe(true);
    await readerSwitch.click();
    await expect.poll(() => closeButton.isVisible()).toBe(true);
    await closeButton.click();
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);
    await popup.close();
  });
});

function snapshot(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  }));
}
