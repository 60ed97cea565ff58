import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { Resvg } from '@resvg/resvg-js';
import { REPO, launchWithExtension, openPopup, seedPageHtml, servePages, tabIdOf } from '../e2e/harness';
import { encodePng, photographToolbar, toolbarScreenshotUnavailable } from '../e2e/toolbar-screen';

/**
 * `npm run screenshots`: pictures of Quotelight on the repository's own seed-shaped page (no
 * third-party text), written to screenshots/ (ignored by git):
 * - store-1-popup.png, store-2-reader-light.png, store-3-reader-dark.png: 1280×800, the size both
 *   stores take; the popup one shows the page with the popup open over it, where the toolbar puts it;
 * - popup-light.png, popup-dark.png: the popup alone, for a person to look at;
 * - icon-preview.png: the toolbar icon at 16 and 32 px on light and dark toolbars, with the ON badge;
 * - toolbar-light.png, toolbar-on.png: Chromium's real tab strip and toolbar (headful, on Xvfb) with
 *   the icon pinned, then with the reader open and its ON badge; skipped when Xvfb is missing.
 */
const OUT = join(REPO, 'screenshots');
const STORE = { width: 1280, height: 800 };
const POPUP = { width: 420, height: 600 };
const SITE_CSS = `body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#fff}
.consent{background:#222;color:#eee;padding:6px 16px;font:13px sans-serif}.consent p{display:inline;margin:0 12px 0 0}
.masthead{display:flex;gap:24px;align-items:center;padding:12px 32px;border-bottom:3px solid #0b3d5c}
.brand{font:bold 26px Georgia,serif;color:#0b3d5c;text-decoration:none}.sections ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
.sections a{color:#333;text-decoration:none;font:14px sans-serif}.find{margin-left:auto}
.advert{margin:12px 32px;padding:28px;background:#f2f2f2;color:#999;font:12px sans-serif;text-align:center}
.layout{display:flex;gap:32px;padding:0 32px}.column{flex:1;max-width:760px}.rail{width:280px}
.trail{font:13px sans-serif;color:#666}.headline{font-size:34px;line-height:1.2;margin:8px 0}
.article-meta{font:13px sans-serif;color:#555;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.top-picture{margin:16px 0}.top-picture img{width:100%;height:auto}figcaption{font:13px sans-serif;color:#666}`;

/** A plain drawn harbour (sky, sea, quay) for the page's lead picture. */
function harbourPicture(): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc8e8"/><stop offset="1" stop-color="#f3e2c4"/></linearGradient></defs>
    <rect width="1200" height="675" fill="url(#sky)"/><rect y="380" width="1200" height="295" fill="#2f6f8f"/>
    <rect x="0" y="470" width="720" height="205" fill="#6b6258"/><rect x="760" y="300" width="60" height="90" fill="#c0392b"/>
    <rect x="880" y="250" width="26" height="140" fill="#444"/><rect x="840" y="250" width="160" height="16" fill="#444"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO, stdio: 'ignore' });
mkdirSync(OUT, { recursive: true });
const server = await servePages({
  '/world/two-leaders.html': { body: seedPageHtml() },
  // The page's own look and lead picture, so the backdrop reads as a news site.
  '/assets/site.css': { body: SITE_CSS, type: 'text/css' },
  '/images/osei-dahl-harbour.jpg': { body: harbourPicture(), type: 'image/png' },
});
const browser = await launchWithExtension();
const written: string[] = [];
const save = (name: string, png: Buffer) => {
  writeFileSync(join(OUT, name), png);
  written.push(`${name} (${png.readUInt32BE(16)}×${png.readUInt32BE(20)})`);
};
try {
  const page = await browser.context.newPage();
  await page.setViewportSize(STORE);
  await page.goto(`${server.origin}/world/two-leaders.html`);
  const tabId = await tabIdOf(browser, page);
  const pagePicture = await page.screenshot();
  const popup = await openPopup(browser, tabId);
  await popup.setViewportSize(POPUP);
  await popup.locator('.ql-article-body mark').first().waitFor();

  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(popup, theme);
    const popupPicture = await popup.screenshot();
    save(`popup-${theme}.png`, popupPicture);
    if (theme !== 'light') continue;
    // For the store: the popup scrolled to where the highlighted quotes begin.
    await popup.evaluate(() => document.querySelector('.ql-article-body mark')?.scrollIntoView({ block: 'center' }));
    save('store-1-popup.png', await composePopupOverPage(pagePicture, await popup.screenshot()));
  }
  for (const [theme, name] of [['light', 'store-2-reader-light.png'], ['dark', 'store-3-reader-dark.png']] as const) {
    await chooseTheme(popup, theme);
    const readerSwitch = popup.getByRole('switch', { name: 'Reader mode' });
    if ((await readerSwitch.getAttribute('aria-checked')) !== 'true') await readerSwitch.click();
    await page.locator('quotelight-reader .ql-reader mark').first().waitFor();
    save(name, await page.screenshot());
  }
  save('icon-preview.png', await iconPreview());
  const noToolbar = toolbarScreenshotUnavailable();
  if (noToolbar) console.log(`Skipping toolbar-light.png and toolbar-on.png: ${noToolbar}.`);
  else {
    const toolbar = await photographToolbar(`${server.origin}/world/two-leaders.html`);
    save('toolbar-light.png', encodePng(toolbar.plain));
    save('toolbar-on.png', encodePng(toolbar.on));
  }
  for (const line of written) if (line.startsWith('store-') && !line.endsWith(`(${STORE.width}×${STORE.height})`)) throw new Error(`Wrong store size: ${line}`);
  console.log(`Screenshots written to ${OUT}:\n  ${written.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}

async function chooseTheme(popup: Page, theme: 'light' | 'dark') {
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.getByRole('button', { name: 'Reading settings' }).click();
  await popup.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).check();
  await popup.getByRole('button', { name: 'Reading settings' }).click();
}

/** One thing to paint: a picture, a (rounded) rectangle or a line of text. */
type Layer =
  | { image: Buffer; x: number; y: number; shadow?: boolean }
  | { rect: [x: number, y: number, width: number, height: number]; fill: string; radius?: number }
  | { text: string; x: number; y: number; font: string; fill: string };

/** Paints layers on a canvas in an extension page (no markup strings, no network) and returns the PNG. */
async function paint(size: { width: number; height: number }, layers: Layer[]): Promise<Buffer> {
  const canvasPage = await browser.context.newPage();
  await canvasPage.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  const plain = layers.map((layer) => ('image' in layer ? { ...layer, image: `data:image/png;base64,${layer.image.toString('base64')}` } : layer));
  const base64 = await canvasPage.evaluate(
    async ({ size, layers }) => {
      const canvas = new OffscreenCanvas(size.width, size.height);
      const context = canvas.getContext('2d')!;
      for (const layer of layers) {
        context.shadowBlur = 0;
        if ('image' in layer) {
          const image = new Image();
          image.src = layer.image as string;
          await image.decode();
          if (layer.shadow) Object.assign(context, { shadowColor: 'rgba(0, 0, 0, 0.4)', shadowBlur: 28 });
          context.drawImage(image, layer.x, layer.y);
        } else if ('rect' in layer) {
          context.fillStyle = layer.fill;
          context.beginPath();
          context.roundRect(...layer.rect, layer.radius ?? 0);
          context.fill();
        } else {
          Object.assign(context, { fillStyle: layer.fill, font: layer.font });
          context.fillText(layer.text, layer.x, layer.y);
        }
      }
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { size, layers: plain },
  );
  await canvasPage.close();
  return Buffer.from(base64, 'base64');
}

/** The page, dimmed a little, with the popup hanging from the top right as the toolbar shows it. */
function composePopupOverPage(pagePicture: Buffer, popupPicture: Buffer) {
  return paint(STORE, [
    { image: pagePicture, x: 0, y: 0 },
    { rect: [0, 0, STORE.width, STORE.height], fill: 'rgba(0, 0, 0, 0.18)' },
    { image: popupPicture, x: STORE.width - POPUP.width - 24, y: 12, shadow: true },
  ]);
}

/** The built icons on Chrome's light and dark toolbar colours at 16 and 32 px, plain and with the ON badge. */
function iconPreview() {
  const icon = (size: number) => readFileSync(join(REPO, '.output/chrome-mv3-e2e/icon', `${size}.png`));
  const layers: Layer[] = [];
  for (const [row, toolbar] of ['#f1f3f4', '#35363a'].entries()) {
    const top = row * 80;
    layers.push({ rect: [0, top, 320, 80], fill: toolbar });
    for (const [column, badged] of [false, true].entries()) {
      const x = 24 + column * 150;
      layers.push({ image: icon(16), x, y: top + 32 }, { image: icon(32), x: x + 50, y: top + 24 });
      // Chrome draws the badge over the icon's lower right corner; ours is blue with white text.
      if (badged) {
        layers.push(
          { rect: [x + 6, top + 42, 16, 10], fill: '#1d4ed8', radius: 3 },
          { text: 'ON', x: x + 8, y: top + 50, font: 'bold 7px sans-serif', fill: '#fff' },
          { rect: [x + 66, top + 44, 22, 14], fill: '#1d4ed8', radius: 4 },
          { text: 'ON', x: x + 69, y: top + 55, font: 'bold 10px sans-serif', fill: '#fff' },
        );
      }
    }
  }
  return paint({ width: 320, height: 160 }, layers);
}
