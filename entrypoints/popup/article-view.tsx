import { ArticleView } from '../../components/ArticleView';
import { makeCopyActions } from '../../components/copy-actions';
import { parseSanitized } from '../../utils/html';

export { preparePurifiers } from '../../utils/html';
import type { Extraction } from '../../utils/types';

/**
 * What the popup needs once an article has arrived, loaded apart from its first paint: the
 * sanitizer, the article view and the copy formats. The popup starts loading this at once, in
 * parallel with the extraction, so the switch and "Reading the page…" never wait for it.
 *
 * One view per article read: the article is drawn first and its quotes filled in later, with the
 * same `sanitize`, so filling them in highlights the body already drawn instead of drawing it again.
 */
export function articleViewFor(url: string, sanitizedBody: Element | null) {
  let content: string | null = null;
  // When the pipeline ran in this popup, its DOMPurify-sanitized nodes are at hand: copies of them
  // are shown instead of parsing and sanitizing their HTML again (removed blocks still go through it).
  const sanitize = (html: string, doc: Document): DocumentFragment => {
    if (!sanitizedBody || html !== content) return parseSanitized(html, doc);
    const fragment = doc.createDocumentFragment();
    fragment.append(...doc.importNode(sanitizedBody, true).childNodes);
    return fragment;
  };
  return (extraction: Extraction, quotesPending = false) => {
    content = extraction.article.content;
    const copy = makeCopyActions(extraction, url, (text) => navigator.clipboard.writeText(text));
    return <ArticleView extraction={extraction} copy={copy} sanitize={sanitize} quotesPending={quotesPending} />;
  };
}

export { longDateFormat } from '../../components/ArticleHeader';
