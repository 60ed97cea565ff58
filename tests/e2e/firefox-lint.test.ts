import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The store packages: `npm run zip:firefox` and `npm run zip` build and zip the add-on; each zip is
 * unpacked and linted with `web-ext lint` (Mozilla's store linter). Firefox's must pass with no
 * error, and any warning must come from a bundled library (DOMPurify, Readability, Preact), never
 * from our own code.
 */
const ROOT = resolve(__dirname, '../..');
const OUTPUT = resolve(ROOT, '.output');
const version = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version as string;
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}
type Lint = { errors: LintMessage[]; warnings: LintMessage[] };

// What the linter flags inside the libraries we bundle, recognised by the code around the spot.
const LIBRARY_CODE: Array<[library: string, signature: RegExp]> = [
  ['DOMPurify', /createDocument\([^)]*`template`/],
  ['Readability', /_attempts|_isSingleImage|_getInnerText/],
  ['Preact', /__html/],
];

const work = mkdtempSync(join(tmpdir(), 'quotelight-zips-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the npm script, unpacks the zip it made and lints what a store would receive. */
function zipAndLint(script: 'zip' | 'zip:firefox', zipName: string): { dir: string; lint: Lint } {
  // A store build, as a person makes it: vitest's NODE_ENV=test would give Preact's development JSX and
  // overwrite the shipped build that bundle-size.test.ts measures with a larger one.
  execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  const zip = join(OUTPUT, zipName);
  expect(existsSync(zip), zip).toBe(true);
  const dir = join(work, script.replace(':', '-'));
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  // web-ext lint exits non-zero on any error; its JSON report says which.
  const { stdout } = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8' });
  return { dir, lint: JSON.parse(stdout) as Lint };
}

/** The library a warning sits in, read from the minified line at the reported column. */
function libraryOf(dir: string, warning: LintMessage): string | undefined {
  if (!warning.file || !warning.line) return undefined;
  const line = readFileSync(join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const around = line.slice(Math.max(0, (warning.column ?? 0) - 200), (warning.column ?? 0) + 100);
  return LIBRARY_CODE.find(([, signature]) => signature.test(around))?.[0];
}

const ourWarnings = (dir: string, warnings: LintMessage[]) =>
  warnings.filter((warning) => !(warning.code === 'UNSAFE_VAR_ASSIGNMENT' && libraryOf(dir, warning))).map((w) => `${w.code} ${w.file}:${w.line}`);

describe('Firefox package (npm run zip:firefox)', () => {
  let firefox: { dir: string; lint: Lint };
  beforeAll(() => {
    firefox = zipAndLint('zip:firefox', `quotelight-${version}-firefox.zip`);
  }, 180_000);

  it('declares its gecko id and that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(firefox.dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  });

  it('has the icon for the add-on and its toolbar button, every file present', () => {
    const manifest = JSON.parse(readFileSync(join(firefox.dir, 'manifest.json'), 'utf8'));
    expect(manifest.icons).toEqual(ICONS);
    expect(manifest.browser_action.default_icon).toEqual(ICONS);
    for (const file of Object.values(ICONS)) expect(existsSync(join(firefox.dir, file))).toBe(true);
  });

  it('passes web-ext lint with 0 errors and no warning from our own code', () => {
    expect(firefox.lint.errors).toEqual([]);
    expect(ourWarnings(firefox.dir, firefox.lint.warnings)).toEqual([]);
  });
});

describe('Chrome package (npm run zip)', () => {
  it('passes web-ext lint but for what only Firefox asks, with no warning from our own code', () => {
    const chrome = zipAndLint('zip', `quotelight-${version}-chrome.zip`);
    // Firefox-only demands (a gecko id, a background-script fallback, its data declaration) do
    // not belong in Chrome's manifest; everything else must pass.
    const firefoxOnly = new Set(['ADDON_ID_REQUIRED', 'BACKGROUND_SERVICE_WORKER_NOFALLBACK', 'MISSING_DATA_COLLECTION_PERMISSIONS']);
    expect(chrome.lint.errors.filter((error) => !firefoxOnly.has(error.code))).toEqual([]);
    expect(ourWarnings(chrome.dir, chrome.lint.warnings.filter((warning) => !firefoxOnly.has(warning.code)))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(chrome.dir, 'manifest.json'), 'utf8'));
    expect(manifest.icons).toEqual(ICONS);
    for (const file of Object.values(ICONS)) expect(existsSync(join(chrome.dir, file))).toBe(true);
  }, 180_000);
});
