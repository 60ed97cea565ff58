import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO, highlightedQuotesIn, launchWithExtension, openPopup, servePages, tabIdOf, type Browser } from './harness';

/**
 * Japanese, Chinese, Korean and Thai news pages in real Chromium with the built extension: the popup
 * shows the story and its quotes, and the in-page reader leaves the page exactly as it was.
 * `keyQuotes` in each expected.json lists the quotes that must be key, and each Key quotes item
 * shows its quote's speaker from `speakers`.
 */
const SLUGS = ['cjk-japanese-story', 'cjk-chinese-simplified-story', 'cjk-chinese-traditional-story', 'cjk-korean-story', 'thai-story'];

interface ScriptFixture {
  mustContain: string[];
  relatedHeading: string;
  quotes: string[];
  keyQuotes: string[];
  speakers: { speaker: string | null; role: string | null }[];
  readingMinutes: [min: number, max: number];
}

const fixture = (slug: string) => join(REPO, 'tests/fixtures', slug);
const expectedOf = (slug: string): ScriptFixture => JSON.parse(readFileSync(join(fixture(slug), 'expected.json'), 'utf8'));
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Japanese, Chinese, Korean and Thai pages in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    server = await servePages(Object.fromEntries(SLUGS.map((slug) => [`/news/${slug}.html`, { body: readFileSync(join(fixture(slug), 'page.html')) }])));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(SLUGS)('%s: the popup shows the story and its quotes; reader on and off leaves the page byte-identical', async (slug) => {
    const expected = expectedOf(slug);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/news/${slug}.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    const before = await snapshot(page);

    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('.ql-article-body').count(), { timeout: 15_000 }).toBe(1);
    // The article is drawn first, its quotes filled in after.
    await popup.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    const articleText = collapse(await popup.locator('.ql-article-body').innerText());
    for (const paragraph of expected.mustContain) expect(articleText).toContain(collapse(paragraph));
    expect(articleText).not.toContain(expected.relatedHeading);

    // "2–3 min read": counted in the page's script (split on spaces, a Japanese story reads in "1").
    const details = await popup.locator('.ql-details').innerText();
    const [fast, slow = fast] = (/(\d+)(?:–(\d+))? min read/.exec(details) ?? []).slice(1).filter(Boolean).map(Number);
    expect(fast, details).toBeLessThanOrEqual(Math.ceil(expected.readingMinutes[1]));
    expect(slow, details).toBeGreaterThanOrEqual(Math.floor(expected.readingMinutes[0]));

    const highlighted = (await highlightedQuotesIn(popup, '.ql-article-body')).map((quote) => quote.text);
    for (const quote of expected.quotes) expect(highlighted).toContain(quote);

    const keyItems = await popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem').allInnerTexts();
    for (const item of keyItems) expect(expected.quotes.some((quote) => item.includes(quote)), item).toBe(true);
    for (const quote of expected.keyQuotes) {
      const item = keyItems.find((text) => text.includes(quote));
      expect(item, quote).toBeDefined();
      const speaker = expected.speakers[expected.quotes.indexOf(quote)]?.speaker;
      if (speaker) expect(item).toContain(speaker);
    }

    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    await expect.poll(() => readerSwitch.isEnabled(), { timeout: 15_000 }).toBe(true);
    await readerSwitch.click();
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(1);
    const readerText = collapse(await page.locator('quotelight-reader .ql-article-body').innerText());
    expect(readerText).toContain(collapse(expected.mustContain[0]!));
    await readerSwitch.click();
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);

    await popup.close();
    await page.close();
  });
});

function snapshot(page: Page) {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, scrollX: window.scrollX, scrollY: window.scrollY }));
}
