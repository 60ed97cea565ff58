import { extractArticle } from './extract';
import { declutter } from './declutter';
import { markCaptions } from './captions';
import { findQuotes } from './quotes';
import { findVoices } from './voices';
import { sanitizeEach, sanitizeInPlace, serializeChildren } from './html';
import { collectText } from './text';
import { findLeadImage } from './lead-image';
import { withAttribute } from './walk';
import { judgeArticle } from './article-gate';
import { REMOVED_MARKER_ATTRIBUTE, type Extraction } from './types';

/** Why no article came out: said to the user in a sentence, never as a stack trace. */
export class NoArticleError extends Error {}

export interface PipelineOptions {
  /** A clock, injectable so callers in any environment can time the stages. */
  now?: () => number;
  /** The window that sanitizes; a page copy (the popup's) has none of its own. */
  win?: Window | null;
  /** Pages with more elements are refused (see ELEMENT_LIMIT in extract.ts). */
  maxElements?: number;
}

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

export function runPipelineWithBody(doc: Document, { now = () => performance.now(), win = doc.defaultView, maxElements }: PipelineOptions = {}): PipelineResult {
  if (!win) throw new Error('The document has no window to sanitize with.');
  const started = now();
  const found = extractArticle(doc, maxElements);
  const readabilityDone = now();
  if (!found) throw new NoArticleError('No article was found on this page.');

  // Markers are ours alone: a page's own copies would point "Restore" at the wrong place.
  for (const forged of withAttribute(found.body, REMOVED_MARKER_ATTRIBUTE)) forged.removeAttribute(REMOVED_MARKER_ATTRIBUTE);
  const removedElements = declutter(found.body);
  markCaptions(found.body);
  sanitizeInPlace(found.body, win);
  const removedHtml = sanitizeEach(removedElements.map((block) => block.nodes), win);
  const removed = removedElements.map(({ kind, text }, i) => ({ kind, text, html: removedHtml[i] ?? '' }));
  const { text, links, headlines } = collectText(found.body, { title: found.title });
  // The gate reads the original page: Readability's clone has lost its metadata and teasers.
  if (!judgeArticle({ doc, body: found.body, text, readerable: found.readerable }).isArticle) throw new NoArticleError('No article was found on this page.');
  const quotes = findQuotes(text, { title: found.title, links, headlines, siteName: found.siteName ?? undefined });

  const extraction: Extraction = {
    article: {
      title: found.title,
      byline: found.byline,
      siteName: found.siteName,
      publishedTime: found.publishedTime,
      lang: found.lang,
      dir: found.dir,
      excerpt: found.excerpt,
      textContent: text,
      content: serializeChildren(found.body),
      readerable: found.readerable,
    },
    leadImage: findLeadImage(doc, found.body),
    quotes,
    voices: findVoices(quotes),
    removed,
    ms: { readability: readabilityDone - started, total: now() - started },
  };
  return { extraction, body: found.body };
}
