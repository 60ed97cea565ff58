import { formatQuote, formatQuotesMarkdown, quoteLink } from '../utils/format';
import type { Extraction } from '../utils/types';
import type { CopyActions } from './ArticleView';

/** Copy handlers for one article; `write` is the clipboard of whichever context shows the view. */
export function makeCopyActions(extraction: Extraction, url: string, write: (text: string) => Promise<void>): CopyActions {
  const source = { title: extraction.article.title, url };
  return {
    onCopyQuote: (quote) => write(formatQuote(quote, source)),
    onCopyLink: (quote) => write(quoteLink(url, quote.text)),
    onCopyAll: () => write(formatQuotesMarkdown(extraction.quotes.filter((quote) => quote.key), source)),
  };
}
