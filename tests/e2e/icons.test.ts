import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './harness';

/**
 * The toolbar icon as Chromium draws it. Headless Chromium has no toolbar to photograph, so the
 * extension's own page loads each rendered size and paints it on a light and a dark toolbar colour:
 * most of the icon must stand out from both.
 */
const SIZES = [16, 32, 48, 128];
const TOOLBARS = { light: '#ffffff', dark: '#202124' };

describe('the toolbar icon in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  it('loads at 16, 32, 48 and 128 px and stands out on light and dark toolbars', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
    const icons = await page.evaluate(
      async ({ sizes, toolbars }) => {
        const luminance = (r: number, g: number, b: number) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        const results = [];
        for (const size of sizes) {
          const image = new Image();
          image.src = `/icon/${size}.png`;
          await image.decode();
          const standsOut: Record<string, number> = {};
          for (const [name, colour] of Object.entries(toolbars)) {
            const canvas = new OffscreenCanvas(size, size);
            const context = canvas.getContext('2d')!;
            context.fillStyle = colour;
            context.fillRect(0, 0, size, size);
            const [background] = [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((_, i, rgb) => luminance(rgb[0]!, rgb[1]!, rgb[2]!));
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, size, size).data;
            let distinct = 0;
            for (let i = 0; i < pixels.length; i += 4) if (Math.abs(luminance(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - background!) > 0.25) distinct++;
            standsOut[name] = distinct / (size * size);
          }
          results.push({ size, width: image.naturalWidth, height: image.naturalHeight, standsOut });
        }
        return results;
      },
      { sizes: SIZES, toolbars: TOOLBARS },
    );
    for (const icon of icons) {
      expect([icon.width, icon.height]).toEqual([icon.size, icon.size]);
      expect(icon.standsOut.light, `${icon.size} px on a light toolbar`).toBeGreaterThan(0.4);
      expect(icon.standsOut.dark, `${icon.size} px on a dark toolbar`).toBeGreaterThan(0.4);
    }
    await page.close();
  });
});
