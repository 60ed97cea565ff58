import { findQuotes } from './quotes';
import { findVoices } from './voices';
import { sanitizeEach } from './html';
import { readArticle, type ArticleDraft, type PipelineOptions } from './read-article';
import type { Extraction } from './types';

export { NoArticleError, readArticle, readArticleInSteps, type ArticleDraft, type PipelineOptions } from './read-article';

/**
 * The whole pipeline, shared by the extension and the command line:
 * extract (Readability on a clone) → declutter → sanitize → plain text → quotes.
 * `doc` is never modified.
 */
export function runPipeline(doc: Document, options: PipelineOptions = {}): Extraction {
  return runPipelineWithBody(doc, options).extraction;
}

export interface PipelineResult {
  extraction: Extraction;
  /**
   * The article body as DOMPurify left it, whose children `article.content` serializes. A view in
   * the same process shows copies of these nodes instead of parsing and sanitizing that HTML again.
   */
  body: Element;
}

/** Both phases back to back: what the command line, the content script and the tests run. */
export function runPipelineWithBody(doc: Document, options: PipelineOptions = {}): PipelineResult {
  return findQuotesIn(readArticle(doc, options));
}

/**
 * Phase 2: quotes and their speakers, Voices, and the removed blocks (sanitized, for Restore).
 * `ms.total` counts the work of both phases, not the time a caller spent between them.
 */
export function findQuotesIn({ extraction, body, pending }: ArticleDraft): PipelineResult {
  const started = pending.now();
  const quotes = findQuotes(extraction.article.textContent, { title: pending.title, links: pending.links, headlines: pending.headlines, siteName: pending.siteName ?? undefined });
  const removedHtml = sanitizeEach(pending.removed.map((block) => block.nodes), pending.win);
  const removed = pending.removed.map(({ kind, text }, i) => ({ kind, text, html: removedHtml[i] ?? '' }));
  const ms = { readability: extraction.ms.readability, total: pending.spent + (pending.now() - started) };
  return { extraction: { ...extraction, quotes, voices: findVoices(quotes), removed, ms }, body };
}
