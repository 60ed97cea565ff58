import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO, highlightedQuotesIn, launchWithExtension, openPopup, scriptCapableMarkupIn, servePages, tabIdOf, type Browser } from './harness';

/**
 * A news page full of payloads (tests/fixtures/hostile-page). Each payload, if it ever runs, pushes
 * its id to the page's `window.__pwned` and requests /pwned?<id> from the test server, so a run
 * in the page's world or in an extension page is seen. The page runs some of them itself on load;
 * that is its baseline, and nothing Quotelight shows may add to it.
 */

const ESCAPED = '"<img src=x onerror=alert(1)> is what they sent," Ada Park said.';
const ESCAPED_QUOTE = '<img src=x onerror=alert(1)> is what they sent,';
const template = readFileSync(join(REPO, 'tests/fixtures/hostile-page/page.html'), 'utf8');

describe('a hostile page in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  let page: Page;
  let tabId: number;
  let baseline: { pwned: string[]; beacons: string[] };
  const pages: Record<string, { body: string }> = {};
  const beacons = () => server.requests.filter((url) => url.startsWith('/pwned'));
  const pwnedInPage = () => page.evaluate(() => [...((window as unknown as { __pwned?: string[] }).__pwned ?? [])].sort());

  beforeAll(async () => {
    server = await servePages(pages);
    pages['/city/water-billing-hack.html'] = { body: template.replaceAll('{{ORIGIN}}', server.origin) };
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/city/water-billing-hack.html`, { waitUntil: 'load' });
    // Let the page's own payloads (onerror of a broken image, srcdoc frame…) finish: this is the
    // baseline the extension must not add to.
    await page.waitForTimeout(1_000);
    baseline = { pwned: await pwnedInPage(), beacons: beacons() };
    tabId = await tabIdOf(browser, page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('its payloads are live in the page itself (so the detectors work)', () => {
    expect(baseline.pwned).toEqual(expect.arrayContaining(['img-onerror', 'svg-script', 'iframe-srcdoc']));
    expect(baseline.beacons.length).toBeGreaterThan(0);
  });

  it('the popup shows the article with no payload in it, escaped markup as text, and its quote highlighted', async () => {
    const popup = await openPopup(browser, tabId);
    const body = popup.locator('.ql-article-body');
    await expect.poll(() => body.innerText().catch(() => ''), { timeout: 15_000 }).toContain('water billing system');
    // The article is drawn first, its quotes filled in after.
    await popup.locator('[aria-busy="true"]').waitFor({ state: 'detached' });

    expect(await scriptCapableMarkupIn(popup, '.ql-article-body')).toEqual([]);
    expect((await body.innerText()).replace(/\s+/g, ' ')).toContain(ESCAPED);
    expect(await body.innerText()).toContain('<script>stealCookies()</script>');
    const quote = (await highlightedQuotesIn(popup, '.ql-article-body')).find((found) => found.text.includes(ESCAPED_QUOTE));
    expect(quote?.speaker).toBe('Ada Park');

    await poke(popup, '.ql-article-body');
    expect(await popup.evaluate(() => '__pwned' in window)).toBe(false);
    expect(beacons()).toEqual(baseline.beacons);
    expect(await pwnedInPage()).toEqual(baseline.pwned);
    await popup.close();
  });

  it('the in-page reader shows the same, and nothing runs in the page beyond its own baseline', async () => {
    const popup = await openPopup(browser, tabId);
    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    await expect.poll(() => readerSwitch.isEnabled(), { timeout: 15_000 }).toBe(true);
    await readerSwitch.click();
    const body = page.locator('quotelight-reader .ql-article-body');
    await expect.poll(() => body.count()).toBe(1);
    await page.bringToFront();

    expect(await scriptCapableMarkupIn(page, '.ql-article-body')).toEqual([]);
    expect((await body.innerText()).replace(/\s+/g, ' ')).toContain(ESCAPED);
    const quote = (await highlightedQuotesIn(page, 'quotelight-reader .ql-article-body')).find((found) => found.text.includes(ESCAPED_QUOTE));
    expect(quote?.speaker).toBe('Ada Park');

    await poke(page, 'quotelight-reader .ql-article-body');
    expect(await pwnedInPage()).toEqual(baseline.pwned);
    expect(beacons()).toEqual(baseline.beacons);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    expect(await pwnedInPage()).toEqual(baseline.pwned);
    await popup.close();
  });
});

/** Clicks and hovers every paragraph and image of the shown article, where surviving handlers would fire. */
async function poke(target: Page, selector: string): Promise<void> {
  const items = target.locator(`${selector} p, ${selector} img, ${selector} svg, ${selector} math`);
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    if (!(await item.isVisible())) continue;
    await item.hover({ trial: false }).catch(() => {});
    await item.click({ position: { x: 1, y: 1 } }).catch(() => {});
  }
  // Give any fetch a payload might have started time to reach the server before counting.
  await target.waitForTimeout(500);
}
