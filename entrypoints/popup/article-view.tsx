import { ArticleView } from '../../components/ArticleView';
import { makeCopyActions } from '../../components/copy-actions';
import { parseSanitized } from '../../utils/html';
import type { Extraction } from '../../utils/types';

/**
 * What the popup needs once an article has arrived, loaded apart from its first paint: the
 * sanitizer, the article view and the copy formats. The popup starts loading this at once, in
 * parallel with the extraction, so the switch and "Reading the page…" never wait for it.
 */
export function renderArticle(extraction: Extraction, url: string, sanitizedBody: Element | null) {
  const copy = makeCopyActions(extraction, url, (text) => navigator.clipboard.writeText(text));
  // When the pipeline ran in this popup, its DOMPurify-sanitized nodes are at hand: copies of them
  // are shown instead of parsing and sanitizing their HTML again (removed blocks still go through it).
  const sanitize = (html: string, doc: Document): DocumentFragment => {
    if (!sanitizedBody || html !== extraction.article.content) return parseSanitized(html, doc);
    const fragment = doc.createDocumentFragment();
    fragment.append(...doc.importNode(sanitizedBody, true).childNodes);
    return fragment;
  };
  return <ArticleView extraction={extraction} copy={copy} sanitize={sanitize} />;
}
