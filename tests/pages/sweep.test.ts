import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';
import { NoArticleError } from '../../utils/pipeline';
import { findQuotes } from '../../utils/quotes';
import { withShared } from '../with-shared';

/**
 * Robustness sweep: the whole pipeline over every real page of the extraction dev corpus, and the
 * quote finder over every article of the quotes dev corpus. A page may have no article (that is
 * an answer); it may not throw anything else, and what comes out must be sanitized.
 */

const extraction = withShared('extraction-dev', __filename);
const quotesCorpus = withShared('quotes-dev', __filename);
const EXTRACTION = extraction.dir ?? '';
const groundTruth = JSON.parse(extraction.read('ground-truth.json') || '{}') as Record<string, { url: string }>;
const pages = extraction.present ? readdirSync(EXTRACTION).filter((name) => name.endsWith('.html')).sort() : [];

const articles = quotesCorpus.read('polnear-dev.jsonl')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string });

// Parses results only; a template's content never runs scripts or loads anything.
const inspector = new JSDOM('').window.document;
function scriptCapable(html: string): string[] {
  const template = inspector.createElement('template');
  template.innerHTML = html;
  const found = [...template.content.querySelectorAll('script, iframe, object, embed, form, style, base, meta, link')].map((el) => `<${el.localName}>`);
  for (const el of template.content.querySelectorAll('*')) {
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name) || /^\s*(?:javascript|vbscript|data:text)/i.test(value)) found.push(`${el.localName}[${name}]`);
    }
  }
  return found;
}

extraction.describe('pipeline sweep over extraction-dev', () => {
  it('finds the corpus', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages)('%s: answers with an article or NoArticleError, and sanitized HTML', (name) => {
    const html = readFileSync(resolve(EXTRACTION, name), 'utf8');
    const url = groundTruth[name.replace(/\.html$/, '')]?.url ?? 'https://example.com/';
    let result: ReturnType<typeof extractFromHtml>;
    try {
      result = extractFromHtml(html, url);
    } catch (error) {
      if (error instanceof NoArticleError) return;
      throw error;
    }
    expect(typeof result.article.textContent).toBe('string');
    expect(scriptCapable(result.article.content)).toEqual([]);
    for (const block of result.removed) expect(scriptCapable(block.html)).toEqual([]);
    for (const quote of result.quotes) expect(result.article.textContent.slice(quote.start, quote.end)).toBe(quote.text);
  }, 60_000);
});

quotesCorpus.describe('quote sweep over quotes-dev', () => {
  it('finds the corpus', () => {
    expect(articles.length).toBeGreaterThan(250);
  });

  it('finds quotes in every article without throwing, with offsets that point at their text', () => {
    const failures: string[] = [];
    for (const { id, title, text } of articles) {
      try {
        for (const quote of findQuotes(text, { title })) {
          if (text.slice(quote.start, quote.end) !== quote.text) failures.push(`${id}: offsets of “${quote.text.slice(0, 40)}”`);
        }
      } catch (error) {
        failures.push(`${id}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
