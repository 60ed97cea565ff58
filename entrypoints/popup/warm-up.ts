import type { ElementCopy, NodeCopy } from '../../utils/page-tree';
import { readPageCopy } from './page-reader';

const HTML = 'http://www.w3.org/1999/xhtml';
const element = (name: string, attributes: string[], ...children: NodeCopy[]): ElementCopy => [name, HTML, attributes, children];

/** A short invented story (exported for its test): headline, byline, paragraphs with quotes and a speaker, a link and a related-links list. */
export function practicePage(): ElementCopy {
  const paragraphs = Array.from({ length: 8 }, (_, i) =>
    element(
      'p',
      [],
      `“The ferry will run every ${i + 2} hours from the spring on,” said Mara Lind, the harbour director, on Tuesday. `,
      'The council voted for the plan after a long debate about costs, timetables and the ',
      element('a', ['href', '/harbour'], 'old harbour'),
      `. Residents had asked for later departures for years, and the new schedule adds ${i + 3} of them.`,
    ),
  );
  return element(
    'html',
    ['lang', 'en'],
    element('head', [], element('title', [], 'Ferry to run more often - Harbour News'), element('meta', ['name', 'author', 'content', 'Jon Berg'])),
    element(
      'body',
      [],
      element('nav', [], element('ul', [], ...['Home', 'Local', 'Sport'].map((name) => element('li', [], element('a', ['href', `/${name}`], name))))),
      element('article', [], element('h1', [], 'Ferry to run more often'), element('p', ['class', 'byline'], 'By Jon Berg'), ...paragraphs),
      element('aside', [], element('h2', [], 'Related'), element('ul', [], element('li', [], element('a', ['href', '/other'], 'Bridge repairs start in May')))),
    ),
  );
}

/**
 * Runs the pipeline once on a small invented page while the popup waits for the tab: a fresh
 * popup's first run compiles every function and pattern it meets, and that compiling then happens
 * here, off the path from the tab's answer to the article. The result is thrown away. Phase 2
 * (quotes) practises in a later task, and only if `stillWaiting()`, so a tab that answers in the
 * meantime waits for one phase at most.
 */
export function warmUp(win: Window, stillWaiting: () => boolean): void {
  try {
    const tree = JSON.stringify(practicePage());
    const { findQuotes } = readPageCopy({ tree, url: 'https://example.invalid/ferry', baseUrl: 'https://example.invalid/ferry' }, win);
    if (findQuotes) setTimeout(() => stillWaiting() && findQuotes(), 0);
  } catch {
    // Practice only.
  }
}
