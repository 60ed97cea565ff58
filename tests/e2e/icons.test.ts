import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './harness';

/**
 * The toolbar icon as Chromium draws it. Headless Chromium has no toolbar to photograph, so the
 * extension's own page loads each rendered size and paints it on a light and a dark toolbar colour:
 * most of the icon must stand out from both.
 */
const SIZES = [16, 32, 48, 128];
const TOOLBARS = { light: '#ffffff', dark: '#202124' };
// The ON badge's colour (entrypoints/background.ts); Chrome draws it over the icon's lower right.
const BADGE = '#1d4ed8';

describe('the toolbar icon in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  it('loads at 16, 32, 48 and 128 px, stands out on light and dark toolbars and leaves the ON badge visible', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
    const icons = await page.evaluate(
      async ({ sizes, toolbars, badgeColour }) => {
        const luminance = (r: number, g: number, b: number) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        // WCAG relative luminance and contrast ratio, for the badge against what lies under it.
        const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        const relative = (r: number, g: number, b: number) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
        const badge = relative(...hex(badgeColour));
        const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
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
          // Around the badge: the icon's lower right quarter, on each toolbar.
          let clear = 0;
          let seen = 0;
          for (const colour of Object.values(toolbars)) {
            const corner = new OffscreenCanvas(size, size).getContext('2d')!;
            corner.fillStyle = colour;
            corner.fillRect(0, 0, size, size);
            corner.drawImage(image, 0, 0);
            const under = corner.getImageData(size / 2, size / 2, size / 2, size / 2).data;
            for (let i = 0; i < under.length; i += 4, seen++) if (contrast(relative(under[i]!, under[i + 1]!, under[i + 2]!), badge) >= 2) clear++;
          }
          results.push({ size, width: image.naturalWidth, height: image.naturalHeight, standsOut, besideBadge: clear / seen });
        }
        return results;
      },
      { sizes: SIZES, toolbars: TOOLBARS, badgeColour: BADGE },
    );
    for (const icon of icons) {
      expect([icon.width, icon.height]).toEqual([icon.size, icon.size]);
      expect(icon.standsOut.light, `${icon.size} px on a light toolbar`).toBeGreaterThan(0.4);
      expect(icon.standsOut.dark, `${icon.size} px on a dark toolbar`).toBeGreaterThan(0.4);
      // What the blue ON badge sits on differs from it (yellow 4.6:1, ink 2.5:1; 80 % of the pixels at 16 px,
      // the rest antialiased edges): a bluish icon would hide the badge.
      expect(icon.besideBadge, `${icon.size} px around the badge`).toBeGreaterThan(0.7);
    }
    await page.close();
  });
});
