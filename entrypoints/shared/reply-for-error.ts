import { NoArticleError } from '../../utils/read-article';
import { PageTooLargeError } from '../../utils/extract';
import type { ExtractionReply } from '../../utils/messages';
import { t } from '../../components/i18n';

/**
 * Why the pipeline gave no article, as the sentence the user reads. Apart from extraction-reply.ts
 * so the popup's phase-1 chunk has it without the quote code.
 */
export function replyForError(error: unknown): ExtractionReply {
  if (error instanceof NoArticleError) return { ok: false, reason: 'no-article', message: t('notArticle') };
  // Too large to read without freezing the tab: "Read selection" is still offered.
  if (error instanceof PageTooLargeError) return { ok: false, reason: 'no-article', message: t('pageTooLarge') };
  return { ok: false, reason: 'failed', message: t('readFailed') };
}
