import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO, launchWithExtension, openPopup, seedPageHtml, servePages, tabIdOf } from '../e2e/harness';

/**
 * `npm run screenshots`: the popup and the in-page reader on the seed page, in the light and dark
 * themes, written to screenshots/ (ignored by git) for a person to look at.
 */
const OUT = join(REPO, 'screenshots');
const THEMES = ['light', 'dark'] as const;

execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO, stdio: 'ignore' });
mkdirSync(OUT, { recursive: true });
const server = await servePages({ '/story': { body: seedPageHtml() } });
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.origin}/story`);
  const popup = await openPopup(browser, await tabIdOf(browser, page));
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.locator('.ql-article-body mark').first().waitFor();
  for (const theme of THEMES) {
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).check();
    await popup.getByRole('button', { name: 'Reading settings' }).click();
    await popup.screenshot({ path: join(OUT, `popup-${theme}.png`) });
    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    if ((await readerSwitch.getAttribute('aria-checked')) !== 'true') await readerSwitch.click();
    await page.locator('quotelight-reader .ql-reader mark').first().waitFor();
    await page.screenshot({ path: join(OUT, `reader-${theme}.png`) });
  }
  console.log(`Screenshots written to ${OUT}: ${THEMES.flatMap((t) => [`popup-${t}.png`, `reader-${t}.png`]).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
