// The whole pipeline (the command line's path) on fixture pages that pin what reaches the reader:
// the plain text that is scored and quoted, and the HTML that is shown (captions, images, links).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../utils/cli/page';

interface PipelineExpectation {
  url: string;
  textMustContain?: string[];
  textMustNotContain?: string[];
  /** Sentences that must appear exactly once in the text (a repeat such as a pull quote is dropped). */
  textOnce?: string[];
  contentMustContain?: string[];
  contentMustNotContain?: string[];
}

const FIXTURES = path.resolve(__dirname, '../fixtures');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Fixture folders with pipeline expectations (declutter-only folders have none of these keys). */
function pipelineFixtures(): [string, PipelineExpectation][] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(FIXTURES, entry.name, 'expected.json')))
    .map((entry): [string, PipelineExpectation] => [entry.name, JSON.parse(readFileSync(path.join(FIXTURES, entry.name, 'expected.json'), 'utf8'))])
    .filter(([, expected]) => ['textMustContain', 'textOnce', 'contentMustContain'].some((key) => key in expected))
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('pipeline on fixture pages', () => {
  it.each(pipelineFixtures())('%s', (slug, expected) => {
    const html = readFileSync(path.join(FIXTURES, slug, 'page.html'), 'utf8');
    const { article } = extractFromHtml(html, expected.url);
    const text = collapse(article.textContent);

    for (const sentence of expected.textMustContain ?? []) expect(text).toContain(collapse(sentence));
    for (const clutter of expected.textMustNotContain ?? []) expect(text).not.toContain(collapse(clutter));
    for (const sentence of expected.textOnce ?? []) expect(text.split(sentence).length - 1, sentence).toBe(1);
    for (const piece of expected.contentMustContain ?? []) expect(article.content).toContain(piece);
    for (const piece of expected.contentMustNotContain ?? []) expect(article.content).not.toContain(piece);
  });
});

describe('pipeline on hostile or broken pages', () => {
  const pages: [string, string][] = [
    ['empty document', ''],
    ['plain text', 'just some words without any markup at all'],
    ['broken CSS', `<html><head><style>@media (min-width:{{{ } .a{color:red;;}} @import url(</style></head><body><article>${'<p>The council met on Tuesday and voted to reopen the library after a long campaign by residents, who said it mattered.</p>'.repeat(6)}</article></body></html>`],
    ['unclosed tags', `<html><body><div><p>${'Residents said the library had been closed for too long, and they welcomed the vote. '.repeat(12)}<table><tr><td>`],
  ];
  it.each(pages)('%s: an article or a clear error, never a crash', (_, html) => {
    try {
      const { article } = extractFromHtml(html, 'https://gazette.example/news/x');
      expect(typeof article.textContent).toBe('string');
    } catch (error) {
      expect((error as Error).message).toMatch(/No article was found/);
    }
  });
});
