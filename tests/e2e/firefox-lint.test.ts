import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/** The Firefox add-on builds, carries its gecko id and data declaration, and passes `web-ext lint`. */
const ROOT = resolve(__dirname, '../..');
const FIREFOX_DIR = resolve(ROOT, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

describe('Firefox build', () => {
  let lint: { errors: LintMessage[]; warnings: LintMessage[] };
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    const output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    lint = JSON.parse(output);
  }, 180_000);

  it('declares its gecko id and that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });

  it('has the icon for the add-on and its toolbar button, every file present', () => {
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
    expect(manifest.icons).toEqual(icons);
    expect(manifest.browser_action.default_icon).toEqual(icons);
    for (const file of Object.values(icons)) expect(existsSync(resolve(FIREFOX_DIR, file))).toBe(true);
  });

  it('passes web-ext lint with 0 errors', () => {
    expect(lint.errors).toEqual([]);
    // The only warnings allowed are the linter flagging innerHTML inside bundled DOMPurify,
    // Readability and the one HTML module: the sanitizer itself.
    expect(lint.warnings.filter((warning) => warning.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
  });
});
