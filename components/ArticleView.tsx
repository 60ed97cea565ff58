import { useMemo, useRef, useState } from 'preact/hooks';
import type { Extraction, Utterance } from '../utils/types';
import { utterancesOf } from '../utils/quotes/utterances';
import { RemovedPanel } from './RemovedPanel';
import { restoreRemovedBlock } from './restore';
import { ArticleHeader } from './ArticleHeader';
import { ArticleBody, textDirection, type SanitizeHtml } from './ArticleBody';
import { KeyQuotes } from './KeyQuotes';
import { Voices } from './Voices';

export interface CopyActions {
  onCopyQuote: (quote: Utterance) => Promise<void>;
  onCopyLink: (quote: Utterance) => Promise<void>;
  onCopyAll: () => Promise<void>;
  /** Copies every quote of one person, each with its attribution. */
  onCopyVoice: (name: string) => Promise<void>;
}

interface Props {
  extraction: Extraction;
  copy: CopyActions;
  sanitize: SanitizeHtml;
  /**
   * The popup draws the article before its quotes are found: Voices and Key quotes, below the
   * article text, are filled in later, so nothing on screen moves; their region is aria-busy until then.
   */
  quotesPending?: boolean;
}

/** The reading view shared by the popup and the in-page reader. */
export function ArticleView({ extraction, copy, sanitize, quotesPending = false }: Props) {
  const { article, quotes } = extraction;
  // A quote split by its attribution is one key quote, its parts joined.
  const keyQuotes = useMemo(() => utterancesOf(quotes).filter((quote) => quote.key), [quotes]);
  const [voice, setVoice] = useState<string | null>(null);
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
      <ArticleBody containerRef={body} content={article.content} sanitize={sanitize} quotes={quotes} title={article.title} lang={article.lang} dir={article.dir} voice={voice} />
      <div class="ql-quotes-found" aria-busy={quotesPending ? 'true' : 'false'}>
        <Voices voices={extraction.voices ?? []} chosen={voice} onChoose={setVoice} onCopy={copy.onCopyVoice} />
        <KeyQuotes quotes={keyQuotes} {...copy} />
      </div>
      <RemovedPanel removed={extraction.removed} restored={restored} onRestore={restore} />
    </article>
  );
}
