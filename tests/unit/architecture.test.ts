import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** House rules that must not rot silently: checked on the source, not by memory. */
const ROOT = resolve(__dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('architecture', () => {
  it('only the HTML module parses or inserts HTML', () => {
    const sink = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment)\b|document\.write\s*\(/;
    const offenders = files.filter((file) => file.path !== 'utils/html.ts' && sink.test(file.text)).map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('the pure core in utils/ calls no browser extension API (settings storage excepted)', () => {
    const offenders = files
      .filter((file) => file.path.startsWith('utils/') && !/settings/.test(file.path))
      .filter((file) => /\b(browser|chrome)\.[a-z]/.test(file.text) || /from ['"]wxt\//.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('utils/ and components/ never import entrypoints, and page-side code never imports the popup', () => {
    const importsOf = (text: string) => [...text.matchAll(/from ['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
    const offenders = files.flatMap((file) =>
      importsOf(file.text)
        .filter((target) => {
          // Static files that ship with the entrypoints (the _locales strings) are data, not code.
          if (/^(utils|components)\//.test(file.path)) return target.includes('entrypoints') && !target.includes('entrypoints/public/');
          if (file.path.startsWith('entrypoints/content')) return target.includes('popup');
          return false;
        })
        .map((target) => `${file.path} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the command line is the only part of utils/ that touches Node', () => {
    const offenders = files
      .filter((file) => file.path.startsWith('utils/') && !file.path.startsWith('utils/cli/'))
      // (`process.env` too: it throws in the page, where the same code runs.)
      .filter((file) => /from ['"](node:|jsdom|fs|path)/.test(file.text) || /\bprocess\.(?:env|argv|exit)\b/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});
