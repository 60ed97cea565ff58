/** The two systems the extraction benchmark compares, each from an HTML string to plain text. */
import { Readability } from '@mozilla/readability';
import { documentFromHtml, extractFromHtml } from '../../utils/cli/page';

export type System = (html: string, url: string) => string;

/** Our pipeline through the command line's path: `article.textContent`. */
export const ours: System = (html, url) => extractFromHtml(html, url).article.textContent;

/** Plain Readability 0.6.0 with default options, as the benchmark ran it: `article.textContent`. */
export const plainReadability: System = (html, url) => {
  const doc = documentFromHtml(html, url);
  try {
    return new Readability(doc).parse()?.textContent ?? '';
  } finally {
    doc.defaultView?.close();
  }
};
