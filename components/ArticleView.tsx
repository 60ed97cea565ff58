import type { Extraction, Quote } from '../utils/types';
import { ArticleHeader } from './ArticleHeader';
import { ArticleBody, textDirection } from './ArticleBody';
import { KeyQuotes } from './KeyQuotes';

export interface CopyActions {
  onCopyQuote: (quote: Quote) => Promise<void>;
  onCopyAll: () => Promise<void>;
}

/** The reading view shared by the popup and the in-page reader. */
export function ArticleView({ extraction, copy }: { extraction: Extraction; copy: CopyActions }) {
  const { article, quotes } = extraction;
  const keyQuotes = quotes.filter((quote) => quote.key);
  return (
    <article class="ql-article" lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
      <ArticleHeader article={article} keyQuoteCount={keyQuotes.length} />
      <ArticleBody content={article.content} quotes={quotes} title={article.title} lang={article.lang} dir={article.dir} />
      <KeyQuotes quotes={keyQuotes} {...copy} />
    </article>
  );
}
