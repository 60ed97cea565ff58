import { readArticle } from '../../utils/read-article';
import { ELEMENT_LIMIT } from '../../utils/extract';
import { documentFromCopy } from '../../utils/page-copy';
import type { ExtractionReply, PageCopy } from '../../utils/messages';
import type { ReadPage } from '../shared/extraction-reply';
import { replyForError } from '../shared/reply-for-error';

export { warmUpWhile } from './warm-up';

/** The article without quotes yet, and the call that finds them (null when there is no article). */
export interface ArticleFirst extends ReadPage {
  findQuotes: (() => Promise<ReadPage>) | null;
}

/** Phase 2's code, a chunk of its own (the quote rules are most of the pipeline's code). */
export const loadQuotePhase = () => import('./quote-phase');

/**
 * The popup reads a tab's page copy in the pipeline's two phases, so the article is drawn before
 * its quotes are found: phase 1 answers with the article (quotes, Voices and removed blocks empty),
 * `findQuotes` runs phase 2 and answers with the whole extraction, the same one the command line
 * and the content script make in one go. This chunk holds phase 1 alone; phase 2's chunk is
 * loaded by `findQuotes`, after the article is drawn.
 */
export function readPageCopy({ tree, url, baseUrl }: PageCopy['page'], win: Window): ArticleFirst {
  try {
    const draft = readArticle(documentFromCopy(tree, baseUrl, win), { win, maxElements: ELEMENT_LIMIT.awayFromPage });
    const findQuotes = async (): Promise<ReadPage> => {
      try {
        const { findQuotesIn } = await loadQuotePhase();
        const { extraction, body } = findQuotesIn(draft);
        return { reply: { ok: true, extraction, url }, body };
      } catch (error) {
        return { reply: replyForError(error), body: null };
      }
    };
    const reply: ExtractionReply = { ok: true, extraction: draft.extraction, url };
    return { reply, body: draft.body, findQuotes };
  } catch (error) {
    return { reply: replyForError(error), body: null, findQuotes: null };
  }
}
