import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = resolve(REPO, '.output/chrome-mv3-e2e');

/** Chromium with nothing of its own on the network or the screen: only the extension under test speaks. */
export const QUIET_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Loads the e2e build of the extension and no other. */
export const EXTENSION_ARGS = [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];

/** Serves fixed pages from 127.0.0.1 and records every request, so tests can see what was fetched. */
export async function servePages(pages: Record<string, { body: string | Buffer; type?: string }>) {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const page = pages[(request.url ?? '/').split('?')[0] ?? '/'];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8' }).end(page.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chrome derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits mapped to a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; the profile is deleted unless a test reopens it (a "restart"). */
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/** Debian's Chromium, headless, with the e2e build loaded and the machine's closed network respected. */
export async function launchWithExtension(userDataDir = mkdtempSync(join(tmpdir(), 'quotelight-e2e-'))): Promise<Browser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 600 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_CHROMIUM_ARGS, ...EXTENSION_ARGS],
  });
  // Playwright waits forever by default; a missing element should fail a test, not hang it.
  context.setDefaultTimeout(10_000);
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  return {
    context,
    extensionId,
    userDataDir,
    close: async (options) => {
      await context.close();
      if (!options?.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id Chrome gave `page`, asked from an extension page (the e2e build may see loopback URLs). */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  const url = page.url();
  const id = await probe.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
  }, url);
  await probe.close();
  if (id < 0) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens `url` in a new background tab through the extension and returns its id (works for browser pages too). */
export async function openTabFromExtension(browser: Browser, url: string): Promise<number> {
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  const id = await probe.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: { tabs: { create: (p: object) => Promise<{ id?: number }> } } }).chrome;
    return (await api.tabs.create({ url: wanted, active: false })).id ?? -1;
  }, url);
  await probe.close();
  return id;
}

/** Opens the popup for a tab the way tests rely on: `popup.html?tab=<id>`. */
export async function openPopup(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Script-capable markup (script/iframe/object/embed/form/style/base/meta/link elements, on*
 * attributes, javascript:/vbscript:/data:text URLs) under every element matching `selector`,
 * in the document and in open shadow roots (the in-page reader), walked in the browser.
 */
export function scriptCapableMarkupIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const forbidden = /^(script|iframe|frame|frameset|object|embed|form|style|base|meta|link|template|noscript)$/i;
    const urlAttribute = /^(?:.*:)?(href|src|srcset|action|formaction|poster|data|background|cite)$/i;
    const scriptUrl = /(?:^|[\s,])(?:javascript|vbscript|data:text)/i;
    const scan = (root: Element) => {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (forbidden.test(element.localName)) found.push(`<${element.localName}>`);
        for (const { name, value } of element.attributes) {
          // Browsers drop controls and spaces before reading a URL's scheme.
          const url = value.replace(/[\u0000-\u0020]/g, ' ').trim();
          if (/^on/i.test(name)) found.push(`${element.localName}[${name}]`);
          else if (urlAttribute.test(name) && scriptUrl.test(url)) found.push(`${element.localName}[${name}=${value}]`);
        }
      }
    };
    const visit = (root: Document | ShadowRoot) => {
      root.querySelectorAll(selector).forEach(scan);
      root.querySelectorAll('*').forEach((element) => element.shadowRoot && visit(element.shadowRoot));
    };
    visit(document);
    return found;
  }, selector);
}

/** The texts of the highlighted quotes under `selector` (one entry per quote, pieces joined), with their speakers. */
export function highlightedQuotesIn(page: Page, selector: string): Promise<Array<{ text: string; speaker: string }>> {
  return page.locator(`${selector} mark.ql-quote`).evaluateAll((marks) => {
    const quotes = new Map<string, { text: string; speaker: string }>();
    for (const mark of marks as HTMLElement[]) {
      const key = mark.dataset.quote ?? '';
      const quote = quotes.get(key) ?? { text: '', speaker: mark.title };
      quote.text += mark.textContent ?? '';
      quotes.set(key, quote);
    }
    return [...quotes.values()];
  });
}

/** What a user must see on a seed-shaped page (the format of the seed's expected.json). */
export interface SeedExpectation {
  title: string;
  paragraphs: string[];
  mustNotContain: string[];
  keyQuotes: Array<{ text: string; speaker: string }>;
}

const SEED_SHAPED = join(REPO, 'tests/fixtures/seed-shape-two-leaders');

/**
 * The repository's own page in the seed page's shape (two leaders meet, the whole "Top Headlines"
 * widget inside the story body), so the end-to-end suite runs in a fresh clone without ../shared.
 */
export function seedPageHtml(): string {
  return readFileSync(join(SEED_SHAPED, 'page.html'), 'utf8');
}

export function seedPageExpected(): SeedExpectation {
  return JSON.parse(readFileSync(join(SEED_SHAPED, 'expected.json'), 'utf8')) as SeedExpectation;
}

export interface PageSession {
  browser: Browser;
  server: Awaited<ReturnType<typeof servePages>>;
  page: Page;
  tabId: number;
  url: string;
  close: () => Promise<void>;
}

/** The usual start of an end-to-end test: serve one page from 127.0.0.1, open it, know its tab. */
export async function openServedPage(html: string, path = '/world/two-leaders.html'): Promise<PageSession> {
  const server = await servePages({ [path]: { body: html } });
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser, page);
  return {
    browser,
    server,
    page,
    tabId,
    url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
