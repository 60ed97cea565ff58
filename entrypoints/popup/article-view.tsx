import { ArticleView } from '../../components/ArticleView';
import { makeCopyActions } from '../../components/copy-actions';
import { parseSanitized } from '../../utils/html';
import type { Extraction } from '../../utils/types';

/**
 * What the popup needs once an article has arrived, loaded apart from its first paint: the
 * sanitizer, the article view and the copy formats. The popup starts loading this at once, in
 * parallel with the extraction, so the switch and "Reading the page…" never wait for it.
 */
export function renderArticle(extraction: Extraction, url: string) {
  const copy = makeCopyActions(extraction, url, (text) => navigator.clipboard.writeText(text));
  return <ArticleView extraction={extraction} copy={copy} sanitize={parseSanitized} />;
}
