import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The shipped build asks for what features need and nothing more; only the test build sees loopback. */
const ROOT = resolve(__dirname, '../..');

type Manifest = {
  name?: string;
  description?: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown;
  content_security_policy?: unknown;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
};
const read = (dir: string): Manifest => JSON.parse(readFileSync(resolve(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest', () => {
  let shipped: Manifest;
  let e2e: Manifest;
  beforeAll(() => {
    // Both builds come from the global setup.
    shipped = read('chrome-mv3');
    e2e = read('chrome-mv3-e2e');
  });

  it('ships with activeTab, scripting, storage and contextMenus only, and no host permission', () => {
    expect(shipped.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(shipped.host_permissions ?? []).toEqual([]);
    expect(shipped.content_scripts).toBeUndefined();
    expect(shipped.content_security_policy).toBeUndefined();
  });

  it('has the icon rendered at 16, 32, 48 and 128 px, for the extension and its toolbar button', () => {
    expect(shipped.icons).toEqual(ICONS);
    expect(shipped.action?.default_icon).toEqual(ICONS);
    expect(e2e.action?.default_icon).toEqual(ICONS);
    for (const [size, file] of Object.entries(ICONS)) {
      expect(pngSize(resolve(ROOT, '.output/chrome-mv3', file))).toEqual({ width: Number(size), height: Number(size) });
      expect(statSync(resolve(ROOT, '.output/chrome-mv3', file)).size).toBeGreaterThan(200);
    }
  });

  it('takes its name and short description from the locale, within the stores\' limits, with a long description beside them', () => {
    const messages = JSON.parse(readFileSync(resolve(ROOT, '.output/chrome-mv3/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(shipped.name).toBe('__MSG_extName__');
    expect(shipped.description).toBe('__MSG_extDescription__');
    expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
    expect(messages.extDescription!.message.length).toBeGreaterThan(20);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(messages.storeDescription!.message.length).toBeGreaterThan(400);
    expect(messages.storeDescription!.message).toContain('sends nothing');
  });

  it('adds only the loopback host permission in the test build', () => {
    expect(e2e.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
