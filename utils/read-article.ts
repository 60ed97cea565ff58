import { extractArticle } from './extract';
import { declutter } from './declutter';
import { removeLeadingTitle } from './leading-title';
import { markCaptions } from './captions';
import { sanitizeInPlace, serializeChildren } from './html';
import { collectText } from './text';
import { findLeadImage } from './lead-image';
import { withAttribute } from './walk';
import { judgeArticle } from './article-gate';
import { REMOVED_MARKER_ATTRIBUTE, type Extraction } from './types';

/*
 * Phase 1 of the pipeline (see pipeline.ts for the whole): the article, without the quote code, so
 * the popup loads this part first and the quotes' larger code after the article is drawn.
 */

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
 * Phase 1's answer: the article, ready to show (title, metadata, lead image, sanitized body and
 * its text), with no quotes, Voices or removed blocks yet. Phase 2 (`findQuotesIn`) fills those in.
 */
export interface ArticleDraft {
  /** The extraction as far as phase 1 goes: `quotes`, `voices` and `removed` are empty. */
  extraction: Extraction;
  body: Element;
  /** What phase 2 reads. */
  pending: { title: string; siteName: string | null; links: TextLinks; headlines: TextHeadlines; removed: ReturnType<typeof declutter>; win: Window; now: () => number; spent: number };
}

type CollectedText = ReturnType<typeof collectText>;
type TextLinks = CollectedText['links'];
type TextHeadlines = CollectedText['headlines'];

/** Phase 1: extract, declutter, captions, sanitize, plain text and the article gate. */
export function readArticle(doc: Document, options: PipelineOptions = {}): ArticleDraft {
  const steps = readArticleInSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Phase 1, pausing between its stages: a caller with time to spare runs it a stage at a time (the
 * popup warms the stages' first-use costs on a small page of its own while the tab copies its page).
 * `ms` counts the stages' work only when it is run straight through, as readArticle does.
 */
export function* readArticleInSteps(doc: Document, { now = () => performance.now(), win = doc.defaultView, maxElements }: PipelineOptions = {}): Generator<void, ArticleDraft> {
  if (!win) throw new Error('The document has no window to sanitize with.');
  const started = now();
  const found = extractArticle(doc, maxElements);
  const readabilityDone = now();
  if (!found) throw new NoArticleError('No article was found on this page.');
  yield;

  // Markers are ours alone: a page's own copies would point "Restore" at the wrong place.
  for (const forged of withAttribute(found.body, REMOVED_MARKER_ATTRIBUTE)) forged.removeAttribute(REMOVED_MARKER_ATTRIBUTE);
  const removedElements = declutter(found.body);
  // (After the clutter goes: a breadcrumb trail above the headline no longer hides it, leading-title.ts.)
  removeLeadingTitle(found.body, found.title);
  yield;
  markCaptions(found.body);
  sanitizeInPlace(found.body, win);
  yield;
  const { text, links, headlines } = collectText(found.body, { title: found.title });
  // The gate reads the original page: Readability's clone has lost its metadata and teasers.
  if (!judgeArticle({ doc, body: found.body, text, readerable: found.readerable }).isArticle) throw new NoArticleError('No article was found on this page.');
  yield;

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
    quotes: [],
    voices: [],
    removed: [],
    ms: { readability: readabilityDone - started, total: now() - started },
  };
  const pending = { title: found.title, siteName: found.siteName, links, headlines, removed: removedElements, win, now, spent: extraction.ms.total };
  return { extraction, body: found.body, pending };
}
