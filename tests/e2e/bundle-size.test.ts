import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Size budgets on the shipped build (made by the global setup; minified sizes are deterministic),
 * from the performance issue. Each budget counts what a first use loads: for the popup, its page's
 * script and everything that script imports statically (the article view, the sanitizer and the
 * pipeline are imported on demand and load while the tab answers).
 */
const BUILD = resolve(__dirname, '../../.output/chrome-mv3');
const KB = 1000;

const BUDGETS: Array<[what: string, files: () => string[], budget: number]> = [
  ['content script and page-copy script (injected on the toolbar click)', () => ['content-scripts/content.js', 'page-copy.js'], 60 * KB],
  ['popup (first paint)', () => popupFirstPaint(), 40 * KB],
  ['in-page reader (injected when the reader opens)', () => ['reader.js'], 40 * KB],
  ['background', () => ['background.js'], 10 * KB],
];

/** The popup page's module scripts and, transitively, their static imports (not `import()`). */
function popupFirstPaint(): string[] {
  const html = readFileSync(join(BUILD, 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(BUILD, file), 'utf8');
    // Minified static imports: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
    for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), match[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

const size = (files: string[]) => files.reduce((sum, file) => sum + statSync(join(BUILD, file)).size, 0);

describe('bundle size budgets (shipped Chrome build)', () => {
  it('has the files the budgets are about', () => {
    for (const [, files] of BUDGETS) for (const file of files()) expect(existsSync(join(BUILD, file)), file).toBe(true);
    expect(popupFirstPaint().length).toBeGreaterThan(0);
  });

  it.each(BUDGETS)('%s stays within its budget', (_what, files, budget) => {
    const list = files();
    expect(size(list), `${list.join(' + ')}: ${size(list)} bytes`).toBeLessThanOrEqual(budget);
  });

  it('keeps the sanitizer and Readability out of the popup’s first paint', () => {
    const code = popupFirstPaint().map((file) => readFileSync(join(BUILD, file), 'utf8')).join('\n');
    // Strings each library carries in its minified code.
    expect(code).not.toMatch(/DOMPurify|uponSanitizeElement/);
    expect(code).not.toMatch(/unlikelyCandidates|_grabArticle|isProbablyReaderable/);
  });
});
