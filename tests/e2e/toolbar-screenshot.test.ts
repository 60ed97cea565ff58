import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPageHtml, servePages } from './harness';
import { BADGE_BLUE, ICON_YELLOW, countColour, photographToolbar, toolbarScreenshotUnavailable, type Picture } from './toolbar-screen';

/**
 * Issue #13: a screenshot of Chromium's real toolbar shows the pinned icon, and the ON badge once
 * the reader is open. Headless Chromium has no toolbar, so this needs Xvfb.
 */
const unavailable = toolbarScreenshotUnavailable();
if (unavailable) console.log(`Skipping the toolbar screenshot test: ${unavailable}.`);

describe.skipIf(unavailable)('the pinned icon in a real Chromium toolbar', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let shots: { plain: Picture; on: Picture; badge: string };
  beforeAll(async () => {
    server = await servePages({ '/story': { body: seedPageHtml() } });
    shots = await photographToolbar(`${server.origin}/story`);
  });
  afterAll(() => server?.close());

  it('shows the highlighter-yellow icon in the toolbar strip at the top of the screen', () => {
    expect(shots.plain.height).toBeGreaterThan(40);
    expect(shots.plain.height).toBeLessThan(200);
    // A 16 px icon has well over 30 pixels of its yellow face.
    expect(countColour(shots.plain, ICON_YELLOW)).toBeGreaterThan(30);
    expect(countColour(shots.plain, BADGE_BLUE)).toBe(0);
  });

  it('shows the ON badge over the icon once the reader is open', () => {
    expect(shots.badge).toBe('ON');
    expect(countColour(shots.on, ICON_YELLOW)).toBeGreaterThan(10);
    expect(countColour(shots.on, BADGE_BLUE)).toBeGreaterThan(20);
  });
});
