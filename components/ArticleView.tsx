import { useRef, useState } from 'preact/hooks';
import type { Extraction, Quote } from '../utils/types';
import { RemovedPanel } from './RemovedPanel';
import { restoreRemovedBlock } from './restore';
import { ArticleHeader } from './ArticleHeader';
import { ArticleBody, textDirection, type SanitizeHtml } from './ArticleBody';
import { KeyQuotes } from './KeyQuotes';

export interface CopyActions {
  onCopyQuote: (quote: Quote) => Promise<void>;
  onCopyLink: (quote: Quote) => Promise<void>;
  onCopyAll: () => Promise<void>;
}

interface Props {
  extraction: Extraction;
  copy: CopyActions;
  sanitize: SanitizeHtml;
}

/** The reading view shared by the popup and the in-page reader. */
export function ArticleView({ extraction, copy, sanitize }: Props) {
  const { article, quotes } = extraction;
  const keyQuotes = quotes.filter((quote) => quote.key);
  const body = useRef<HTMLDivElement>(null);
  const [restored, setRestored] = useState<ReadonlySet<number>>(new Set());
  const restore = (index: number) => {
    const block = extraction.removed[index];
    if (body.current && block && restoreRemovedBlock(body.current, index, block.html, sanitize)) {
      setRestored(new Set([...restored, index]));
    }
  };
  return (
    <article class="ql-article" lang={article.lang ?? undefined} dir={textDirection(article.dir)}>
      <ArticleHeader article={article} leadImage={extraction.leadImage ?? null} keyQuoteCount={keyQuotes.length} />
      <ArticleBody containerRef={body} content={article.content} sanitize={sanitize} quotes={quotes} title={article.title} lang={article.lang} dir={article.dir} />
      <KeyQuotes quotes={keyQuotes} {...copy} />
      <RemovedPanel removed={extraction.removed} restored={restored} onRestore={restore} />
    </article>
  );
}
