import { NoArticleError, runPipeline } from '../../utils/pipeline';
import { ELEMENT_LIMIT, PageTooLargeError } from '../../utils/extract';
import { documentFromCopy } from '../../utils/page-copy';
import { extractSelection } from '../../utils/selection';
import type { ExtractionReply, PageCopy } from '../../utils/messages';
import { t } from '../../components/i18n';

/**
 * The pipeline on a page, as a reply: the article, or a sentence saying why not (never a stack
 * trace). `inPage` when it runs in the tab itself, which a long read would freeze.
 */
export function extractionReplyFor(doc: Document, url: string, win: Window, inPage = false): ExtractionReply {
  try {
    const maxElements = inPage ? ELEMENT_LIMIT.inPage : ELEMENT_LIMIT.awayFromPage;
    return { ok: true, extraction: runPipeline(doc, { win, maxElements }), url };
  } catch (error) {
    if (error instanceof NoArticleError) return { ok: false, reason: 'no-article', message: t('notArticle') };
    // Too large to read without freezing the tab: "Read selection" is still offered.
    if (error instanceof PageTooLargeError) return { ok: false, reason: 'no-article', message: t('pageTooLarge') };
    return { ok: false, reason: 'failed', message: t('readFailed') };
  }
}

/** The popup's side: a tab's page, rebuilt here (inert) and read with the popup's window as sanitizer. */
export function extractPageCopy({ tree, url, baseUrl }: PageCopy['page'], win: Window): ExtractionReply {
  return extractionReplyFor(documentFromCopy(tree, baseUrl, win), url, win);
}

/** "Read selection": the selected text as the article, for pages Readability cannot read. */
export function extractSelectionCopy({ tree, url, baseUrl, selectedText = '' }: PageCopy['page'], win: Window): ExtractionReply {
  const extraction = extractSelection(documentFromCopy(tree, baseUrl, win), selectedText);
  if (!extraction) return { ok: false, reason: 'no-article', message: t('noSelection') };
  return { ok: true, extraction, url };
}
