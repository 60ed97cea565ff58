import { formatQuote, formatQuotesMarkdown, formatQuotesOf, partTexts, quoteLink, type Source } from '../utils/format';
import { utterancesOf } from '../utils/quotes/utterances';
import { utterancesBy } from '../utils/voices';
import type { Extraction } from '../utils/types';
import type { CopyActions } from './ArticleView';

/** Copy handlers for one article; `write` is the clipboard of whichever context shows the view. */
export function makeCopyActions(extraction: Extraction, url: string, write: (text: string) => Promise<void>): CopyActions {
  const { title, siteName, publishedTime } = extraction.article;
  const source: Source = { title, url, siteName, publishedTime };
  return {
    onCopyQuote: (quote) => write(formatQuote(quote, source)),
    onCopyLink: (quote) => write(quoteLink(url, partTexts(quote))),
    onCopyAll: () => write(formatQuotesMarkdown(utterancesOf(extraction.quotes).filter((quote) => quote.key), source)),
    onCopyVoice: (name) => write(formatQuotesOf(utterancesBy(extraction.quotes, name), source)),
  };
}
