import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { highlightQuotes } from '../utils/highlight';
import { showVoice } from './voice-marks';
import type { Quote } from '../utils/types';

/**
 * Turns the article's untrusted HTML into safe nodes for `doc`: the HTML module's `parseSanitized`,
 * handed in by whoever hosts the view, so the sanitizer is loaded once per context and only when needed.
 */
export type SanitizeHtml = (html: string, doc: Document) => DocumentFragment;

interface Props {
  /** The element the article is drawn into, for callers that change it later (Restore). */
  containerRef?: RefObject<HTMLDivElement>;
  content: string;
  sanitize: SanitizeHtml;
  quotes: Quote[];
  title: string;
  lang: string | null;
  dir: string | null;
  /** Highlight only this person's quotes (see Voices); null for everyone's. */
  voice?: string | null;
}

/** Readability reports any string; the DOM accepts only these. */
export function textDirection(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}

/** The clean article: sanitized nodes from the one HTML module, quotes marked through DOM ranges. */
export function ArticleBody({ containerRef, content, sanitize, quotes, title, lang, dir, voice = null }: Props) {
  const ownRef = useRef<HTMLDivElement>(null);
  const container = containerRef ?? ownRef;
  const shownVoice = useRef<string | null>(null);
  /** Whether the nodes drawn carry marks: quotes that arrive later are marked on clean nodes. */
  const marked = useRef(false);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    element.replaceChildren(sanitize(content, element.ownerDocument));
    marked.current = false;
  }, [content, sanitize]);
  // After drawing (effects run in order). The popup draws the article first and its quotes come
  // later: then only the marks are added, the body already on screen is not drawn again.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    if (marked.current) element.replaceChildren(sanitize(content, element.ownerDocument));
    if (quotes.length > 0) highlightQuotes(element, quotes, { title });
    marked.current = quotes.length > 0;
  }, [content, sanitize, quotes, title]);
  // After highlighting (effects run in order): marks drawn anew keep the chosen voice; only a new choice scrolls.
  useLayoutEffect(() => {
    if (!container.current) return;
    showVoice(container.current, voice, { scroll: voice !== shownVoice.current });
    shownVoice.current = voice;
  }, [voice, content, sanitize, quotes, title]);
  return <div class="ql-article-body" ref={container} lang={lang ?? undefined} dir={textDirection(dir)} />;
}
