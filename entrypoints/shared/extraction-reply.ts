import { runPipelineWithBody } from '../../utils/pipeline';
import { ELEMENT_LIMIT } from '../../utils/extract';
import { documentFromCopy } from '../../utils/page-copy';
import { extractSelection } from '../../utils/selection';
import type { ExtractionReply, PageCopy } from '../../utils/messages';
import { t } from '../../components/i18n';
import { replyForError } from './reply-for-error';

/**
 * The pipeline on a page, as a reply: the article, or a sentence saying why not (never a stack
 * trace). `inPage` when it runs in the tab itself, which a long read would freeze.
 */
export function extractionReplyFor(doc: Document, url: string, win: Window, inPage = false): ExtractionReply {
  return readPage(doc, url, win, inPage).reply;
}

/** A reply, and the sanitized article body when there is one (see PipelineResult). */
export interface ReadPage {
  reply: ExtractionReply;
  body: Element | null;
}

function readPage(doc: Document, url: string, win: Window, inPage: boolean): ReadPage {
  try {
    const maxElements = inPage ? ELEMENT_LIMIT.inPage : ELEMENT_LIMIT.awayFromPage;
    const { extraction, body } = runPipelineWithBody(doc, { win, maxElements });
    return { reply: { ok: true, extraction, url }, body };
  } catch (error) {
    return { reply: replyForError(error), body: null };
  }
}

/** The popup's side: a tab's page, rebuilt here (inert) and read with the popup's window as sanitizer. */
export function extractPageCopy({ tree, url, baseUrl }: PageCopy['page'], win: Window): ReadPage {
  return readPage(documentFromCopy(tree, baseUrl, win), url, win, false);
}

/** "Read selection": the selected text as the article, for pages Readability cannot read. */
export function extractSelectionCopy({ tree, url, baseUrl, selectedText = '' }: PageCopy['page'], win: Window): ExtractionReply {
  const extraction = extractSelection(documentFromCopy(tree, baseUrl, win), selectedText);
  if (!extraction) return { ok: false, reason: 'no-article', message: t('noSelection') };
  return { ok: true, extraction, url };
}
