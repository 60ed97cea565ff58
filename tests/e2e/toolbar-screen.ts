import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, EXTENSION_ARGS, QUIET_CHROMIUM_ARGS, unpackedExtensionId } from './harness';

/**
 * A real toolbar screenshot: headless Chromium has no toolbar, so Chromium runs headful on a
 * virtual X screen (Xvfb) with the extension pinned, and the screen is read from the framebuffer
 * file Xvfb keeps (`-fbdir`, XWD format), so no screen-grab tool is needed.
 */
// The extension API, as seen from inside the service worker (evaluated there, never in Node).
declare const chrome: any;

export const SCREEN = { width: 1280, height: 800 };

/** Why a toolbar screenshot cannot be taken here, or undefined when it can. */
export function toolbarScreenshotUnavailable(): string | undefined {
  if (spawnSync('Xvfb', ['-help'], { stdio: 'ignore' }).error) return 'Xvfb is not installed (apt-get install xvfb)';
  return undefined;
}

export type Picture = { width: number; height: number; rgba: Buffer };

// The icon's highlighter yellow (entrypoints/icon/quotelight.svg) and the ON badge's blue (entrypoints/background.ts).
export const ICON_YELLOW = '#ffd23f';
export const BADGE_BLUE = '#1d4ed8';

/**
 * Opens `url` in headful Chromium on a virtual screen with the extension pinned and returns the
 * browser's top strip (tabs and toolbar) as it shows the page, then with the reader on (ON badge).
 */
export async function photographToolbar(url: string): Promise<{ plain: Picture; on: Picture; badge: string }> {
  const screen = await startVirtualScreen();
  let browser: Awaited<ReturnType<typeof launchPinned>> | undefined;
  try {
    browser = await launchPinned(screen.display);
    const { context } = browser;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    // Everything above the page: the tab strip and the toolbar.
    const stripHeight = await page.evaluate(() => window.outerHeight - window.innerHeight);
    const strip = () => topStrip(screen.read(), stripHeight);
    const plain = await settle(strip, (picture) => countColour(picture, ICON_YELLOW) > 0);

    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1);
    await worker.evaluate((tab) => (globalThis as any).quotelightTest.onCommand('toggle-reader', tab), tabId);
    await page.locator('quotelight-reader').waitFor();
    const on = await settle(strip, (picture) => countColour(picture, BADGE_BLUE) > 0);
    const badge = await worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId);
    return { plain, on, badge };
  } finally {
    await browser?.close();
    await screen.close();
  }
}

/** The screen once `ready` holds, or after 5 s as it is (the caller's assertions then say what is missing). */
async function settle(take: () => Picture, ready: (picture: Picture) => boolean): Promise<Picture> {
  const until = Date.now() + 5_000;
  let picture = take();
  while (!ready(picture) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 100));
    picture = take();
  }
  // One more frame, so a half-drawn toolbar is not what gets saved.
  await new Promise((done) => setTimeout(done, 300));
  return take();
}

export interface VirtualScreen {
  display: string;
  /** The screen as RGBA rows, read from Xvfb's framebuffer. */
  read: () => { width: number; height: number; rgba: Buffer };
  close: () => Promise<void>;
}

/** Starts Xvfb on a free display (it picks the number and tells us through -displayfd). */
export async function startVirtualScreen(): Promise<VirtualScreen> {
  const fbdir = mkdtempSync(join(tmpdir(), 'quotelight-xvfb-'));
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-fbdir', fbdir, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  xvfb.stderr!.on('data', (chunk) => (errors += chunk));
  const number = await new Promise<string>((done, fail) => {
    let text = '';
    xvfb.stdio[3]!.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) done(text.trim());
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
  return {
    display: `:${number}`,
    read: () => readXwd(readFileSync(join(fbdir, 'Xvfb_screen0'))),
    close: async () => {
      if (xvfb.exitCode === null) {
        const exited = new Promise((done) => xvfb.once('exit', done));
        xvfb.kill();
        await exited;
      }
      rmSync(fbdir, { recursive: true, force: true });
    },
  };
}

/** Reads an XWD dump of a 24-bit TrueColor screen (32 bits per pixel) into RGBA. */
export function readXwd(file: Buffer) {
  // Xvfb writes the header in the machine's byte order, xwd in big-endian: file_version (7) tells.
  const bigEndian = file.readUInt32BE(4) === 7;
  const field = (index: number) => (bigEndian ? file.readUInt32BE(index * 4) : file.readUInt32LE(index * 4));
  const [headerSize, width, height, bitsPerPixel, bytesPerLine, colours] = [field(0), field(4), field(5), field(11), field(12), field(19)];
  const masks = [field(14), field(15), field(16)];
  if (bitsPerPixel !== 32) throw new Error(`Unexpected XWD depth: ${bitsPerPixel} bits per pixel`);
  const littleEndianPixels = field(7) === 0; // byte_order: 0 = LSBFirst
  const start = headerSize + colours * 12;
  const shifts = masks.map((mask) => Math.log2(mask & -mask));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + y * bytesPerLine + x * 4;
      const pixel = littleEndianPixels ? file.readUInt32LE(at) : file.readUInt32BE(at);
      const out = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) rgba[out + c] = (pixel & masks[c]!) >>> shifts[c]!;
      rgba[out + 3] = 255;
    }
  }
  return { width, height, rgba };
}

/** The top `height` rows of an RGBA picture. */
export function topStrip(picture: Picture, height: number): Picture {
  const rows = Math.min(height, picture.height);
  return { width: picture.width, height: rows, rgba: picture.rgba.subarray(0, picture.width * rows * 4) };
}

/** How many pixels of `picture` are within `tolerance` of `colour` (#rrggbb) in every channel. */
export function countColour(picture: { rgba: Buffer }, colour: string, tolerance = 12): number {
  const want = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  let count = 0;
  for (let at = 0; at < picture.rgba.length; at += 4) {
    if (want.every((value, c) => Math.abs(picture.rgba[at + c]! - value) <= tolerance)) count++;
  }
  return count;
}

/** Encodes RGBA rows as a PNG (8-bit RGBA, no filtering). */
export function encodePng({ width, height, rgba }: { width: number; height: number; rgba: Buffer }): Buffer {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/**
 * Debian's Chromium with a window on `display`, the e2e build loaded and pinned to the toolbar
 * (Chrome keeps pins in the profile's Preferences, so they are written before launch).
 */
export async function launchPinned(display: string): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  const userDataDir = mkdtempSync(join(tmpdir(), 'quotelight-toolbar-'));
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(join(userDataDir, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: null,
    env: { ...process.env, DISPLAY: display },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...QUIET_CHROMIUM_ARGS,
      '--ozone-platform=x11',
      // Hides the "unsupported command-line flag: --no-sandbox" bar, which would push the page down.
      '--test-type',
      '--window-position=0,0',
      `--window-size=${SCREEN.width},${SCREEN.height}`,
      ...EXTENSION_ARGS,
    ],
  });
  context.setDefaultTimeout(10_000);
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
