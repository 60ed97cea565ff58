import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, seedPageHtml, openPopup, servePages, tabIdOf, type Browser } from './harness';

const seedHtml = seedPageHtml();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['light', 'sepia', 'dark', 'auto'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core over the popup and the in-page reader in every theme: no serious or critical violation. */
describe('accessibility (axe-core) in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await servePages({ '/story': { body: seedHtml } });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/story`);
    popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.locator('.ql-article-body mark').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function seriousViolations(target: Page, include: string): Promise<string[]> {
    // Evaluated through the debugger protocol: extension pages' CSP forbids inline script tags.
    await target.evaluate(axeSource);
    const violations = await target.evaluate(async (selector) => {
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return result.violations;
    }, include);
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  }

  async function chooseTheme(theme: (typeof THEMES)[number]) {
    const label = theme[0]!.toUpperCase() + theme.slice(1);
    await popup.evaluate(() => window.scrollTo(0, 0));
    const toggle = popup.getByRole('button', { name: 'Reading settings' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await popup.getByRole('radio', { name: label }).check();
    await toggle.click();
  }

  for (const theme of THEMES) {
    it(`popup and reader in the ${theme} theme`, async () => {
      await chooseTheme(theme);
      expect(await popup.locator('.ql-root').getAttribute('data-theme')).toBe(theme);
      // Open the disclosure panels too, so their contents are checked.
      await popup.getByRole('button', { name: /Show removed/ }).click();
      expect(await seriousViolations(popup, 'body')).toEqual([]);
      await popup.getByRole('button', { name: /Show removed/ }).click();

      const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
      if ((await readerSwitch.getAttribute('aria-checked')) !== 'true') await readerSwitch.click();
      await page.locator('quotelight-reader .ql-reader mark').first().waitFor();
      await expect.poll(() => page.locator('quotelight-reader .ql-root').getAttribute('data-theme')).toBe(theme);
      expect(await seriousViolations(page, 'quotelight-reader')).toEqual([]);
    });
  }
});
