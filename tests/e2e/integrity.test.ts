import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, openServedPage, seedPageHtml, type Browser, type PageSession } from './harness';

/**
 * The page belongs to its owner: after the reader has been opened and closed many times, by the
 * popup switch and by Esc, the DOM is byte-for-byte what it was, the scroll position is back, and
 * the page's own scripts (a click counter, a keydown listener) still work, Esc included.
 */

const PAGE_SCRIPT = `
<p><button id="page-counter" type="button">Page button</button></p>
<script>
  window.__clicks = 0;
  window.__keys = [];
  // Counts in a variable, not in the DOM, so clicking does not change the markup under test.
  document.getElementById('page-counter').addEventListener('click', () => { window.__clicks += 1; });
  document.addEventListener('keydown', (event) => { window.__keys.push(event.key); });
</script>`;
const seedHtml = seedPageHtml().replace('</body>', `${PAGE_SCRIPT}</body>`);

describe('page integrity', () => {
  let session: PageSession;
  let browser: Browser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await openServedPage(seedHtml);
    ({ browser, page, tabId } = session);
  });

  afterAll(() => session?.close());

  it('ten rounds of reader on and off leave the DOM, scroll and page scripts as they were', async () => {
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await snapshot(page);
    expect(before.scrollY).toBeGreaterThan(0);

    const popup = await openPopup(browser, tabId);
    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    for (let round = 0; round < 10; round++) {
      // The popup does not hear about Esc, so it reads the reader state again each round.
      await popup.reload();
      await expect.poll(() => readerSwitch.isEnabled(), { timeout: 15_000 }).toBe(true);
      expect(await readerSwitch.getAttribute('aria-checked')).toBe('false');
      await readerSwitch.click();
      await expect.poll(() => page.locator('quotelight-reader').count()).toBe(1);

      if (round % 2 === 0) {
        await page.bringToFront();
        await page.keyboard.press('Escape');
      } else {
        await popup.bringToFront();
        await readerSwitch.click();
      }
      await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
      expect(await snapshot(page), `round ${round + 1}`).toEqual(before);
    }
    await popup.close();

    // The page's own scripts still work: its button and its keydown listener, for Esc too now
    // that the reader's capturing listener is gone.
    await page.bringToFront();
    const keysBefore = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.length);
    await page.locator('#page-counter').click();
    await page.keyboard.press('a');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(1);
    expect(await page.evaluate((from) => (window as unknown as { __keys: string[] }).__keys.slice(from), keysBefore)).toEqual(['a', 'Escape']);
  });
});

function snapshot(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  }));
}
