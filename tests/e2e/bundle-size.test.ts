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
  return withStaticImports([...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+)"/g)].map((match) => match[1]!));
}

/** `files` and, transitively, their static imports (not `import()`). */
function withStaticImports(entries: string[]): string[] {
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

/** The chunk a file loads with `import()` whose name starts with `name` (Vite adds a hash). */
function dynamicImport(files: string[], name: string): string {
  for (const file of files) {
    const code = readFileSync(join(BUILD, file), 'utf8');
    const found = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((match) => join(dirname(file), match[1]!)).find((path) => path.split('/').pop()!.startsWith(`${name}-`));
    if (found) return found;
  }
  throw new Error(`no import() of ${name} in ${files.join(', ')}`);
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

  it('leaves the quote rules out of what the popup loads before it draws the article', () => {
    // Phase 1 (page-reader) is awaited before the article is drawn; the quote rules, most of the
    // pipeline's code, come in phase 2's chunk, awaited after. Their gates carry "quotes/…" names.
    const quoteRule = /["'`]quotes\//;
    const phase1 = withStaticImports([dynamicImport(popupFirstPaint(), 'page-reader')]);
    const phase2 = withStaticImports([dynamicImport(phase1, 'quote-phase')]);
    const codeOf = (files: string[]) => files.map((file) => readFileSync(join(BUILD, file), 'utf8')).join('\n');
    expect(codeOf(phase1)).toMatch(/_grabArticle/);
    expect(codeOf(phase1)).not.toMatch(quoteRule);
    expect(codeOf(phase2.filter((file) => !phase1.includes(file)))).toMatch(quoteRule);
  });
});
