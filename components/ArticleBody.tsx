import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderSanitized } from '../utils/html';
import { highlightQuotes } from '../utils/highlight';
import type { Quote } from '../utils/types';

interface Props {
  /** The element the article is drawn into, for callers that change it later (Restore). */
  containerRef?: RefObject<HTMLDivElement>;
  content: string;
  quotes: Quote[];
  title: string;
  lang: string | null;
  dir: string | null;
}

/** Readability reports any string; the DOM accepts only these. */
export function textDirection(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}

/** The clean article: sanitized nodes from the one HTML module, quotes marked through DOM ranges. */
export function ArticleBody({ containerRef, content, quotes, title, lang, dir }: Props) {
  const ownRef = useRef<HTMLDivElement>(null);
  const container = containerRef ?? ownRef;
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    renderSanitized(element, content);
    highlightQuotes(element, quotes, { title });
  }, [content, quotes, title]);
  return <div class="ql-article-body" ref={container} lang={lang ?? undefined} dir={textDirection(dir)} />;
}
