import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The shipped build asks for what features need and nothing more; only the test build sees loopback. */
const ROOT = resolve(__dirname, '../..');

type Manifest = { permissions?: string[]; host_permissions?: string[]; content_scripts?: unknown; content_security_policy?: unknown };
const read = (dir: string): Manifest => JSON.parse(readFileSync(resolve(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

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

  it('adds only the loopback host permission in the test build', () => {
    expect(e2e.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
