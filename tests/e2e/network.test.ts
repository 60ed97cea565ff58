import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, seedPageHtml, openPopup, servePages, tabIdOf, type Browser } from './harness';

/**
 * "No network requests of its own" (README, permissions): once the page has loaded, everything
 * Quotelight does (popup, copy, reader on and off) may only load the article's own images and
 * the extension's own files.
 */

const PATH = '/world/two-leaders.html';
const seedHtml = seedPageHtml();

/** Absolute URLs of every <img> src and srcset candidate in the page: the only images an article view may show. */
function pageImages(origin: string): Set<string> {
  const doc = new JSDOM(seedHtml, { url: `${origin}${PATH}` }).window.document;
  const urls = [...doc.querySelectorAll('img')].flatMap((img) => [
    img.src,
    ...(img.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
  ]);
  return new Set(urls.filter(Boolean).map((url) => new URL(url, `${origin}${PATH}`).href));
}

describe('network use', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;

  beforeAll(async () => {
    server = await servePages({ [PATH]: { body: seedHtml } });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes no request of its own while opening the popup, copying a quote and toggling the reader', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${PATH}`, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });

    const seen: string[] = [];
    browser.context.on('request', (request) => seen.push(request.url()));
    const serverSeenFrom = server.requests.length;

    const popup = await openPopup(browser, tabId);
    const first = popup.getByRole('list', { name: 'Key quotes' }).getByRole('listitem').first();
    await first.getByRole('button', { name: 'Copy quote' }).click({ timeout: 15_000 });
    await expect.poll(() => first.innerText()).toContain('Copied');

    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    await readerSwitch.click();
    await expect.poll(() => page.getByRole('button', { name: 'Close reader' }).isVisible()).toBe(true);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    await popup.reload();
    await expect.poll(() => readerSwitch.isEnabled(), { timeout: 15_000 }).toBe(true);
    await readerSwitch.click();
    await expect.poll(() => readerSwitch.getAttribute('aria-checked')).toBe('true');
    await readerSwitch.click();
    await expect.poll(() => page.locator('quotelight-reader').count()).toBe(0);
    await popup.close();

    // The recorder does see loopback requests: one the test makes itself shows up (and is allowed).
    await page.evaluate(() => fetch('/recorder-check').catch(() => undefined));
    await expect.poll(() => seen.some((url) => url.endsWith('/recorder-check'))).toBe(true);
    const allowed = pageImages(server.origin);
    allowed.add(`${server.origin}/recorder-check`);
    expect(seen.length).toBeGreaterThan(0); // the popup's own files, at least
    expect(seen.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`) && !allowed.has(url))).toEqual([]);
    // The loopback server is a second witness, for requests a context listener might not see.
    const serverPaths = server.requests.slice(serverSeenFrom);
    expect(serverPaths.filter((path) => !allowed.has(`${server.origin}${path}`))).toEqual([]);
  });
});
