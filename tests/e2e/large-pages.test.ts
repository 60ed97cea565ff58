import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePages, tabIdOf, type Browser } from './harness';

/** A 60-paragraph story and `footerLinks` related-story links after it: real pages carry thousands. */
function longPage(footerLinks: number): string {
  const paragraphs = Array.from(
    { length: 60 },
    (_, i) => `<p>Paragraph ${i + 1} of the council story covers roads, libraries and the harbour in some detail, as budget stories do.</p>`,
  ).join('\n');
  const links = Array.from({ length: footerLinks }, (_, i) => `<li><a href="/news/story-${i}">Related story ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><title>Council settles the budget</title></head>
<body><main><article><h1>Council settles the budget</h1>${paragraphs}</article></main>
<footer><h2>More stories</h2><ul>${links}</ul></footer></body></html>`;
}

/**
 * Large pages stay usable: the popup says it is reading at once (its first paint), the tab only
 * copies its elements, and the article arrives, without the footer. Growth per 1,000 elements is
 * measured by `npm run bench:speed`, not here.
 */
describe('large pages in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    // 2,000 footer links; and about 50,000 elements (two per link).
    server = await servePages({ '/links': { body: longPage(2_000) }, '/huge': { body: longPage(25_000) } });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([['a story with a 2,000-link footer', '/links'], ['a 50,000-element page', '/huge']])('%s', async (_name, path) => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    // Records what the popup's status line said, in order, and whether the tab had answered by then.
    await popup.addInitScript(() => {
      const seen: Array<{ status: string; tabAnswered: boolean }> = [];
      (window as unknown as { statusSeen: typeof seen }).statusSeen = seen;
      new MutationObserver(() => {
        const status = document.querySelector('.ql-message[role="status"]')?.textContent ?? '';
        if (status && seen.at(-1)?.status !== status) {
          seen.push({ status, tabAnswered: performance.getEntriesByName('quotelight:tab-answered').length > 0 });
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);

    await expect.poll(() => popup.locator('.ql-article-body p').count(), { timeout: 30_000 }).toBe(60);
    const seen = await popup.evaluate(() => (window as unknown as { statusSeen: Array<{ status: string; tabAnswered: boolean }> }).statusSeen);
    expect(seen[0]).toEqual({ status: 'Reading the page…', tabAnswered: false });
    const text = await popup.locator('.ql-article-body').innerText();
    expect(text).toContain('Paragraph 60 of the council story');
    expect(text).not.toContain('Related story');
    await popup.close();
    await page.close();
  });
});
