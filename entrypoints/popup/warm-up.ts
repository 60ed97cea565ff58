import { readArticleInSteps } from '../../utils/read-article';
import { documentFromCopy, type ElementCopy, type NodeCopy } from '../../utils/page-copy';

/**
 * The popup's first read pays for compiling the pipeline (its functions, its larger patterns,
 * Readability, DOMPurify's setup, the word segmenter's data) while the tab is still copying its
 * page and the popup has nothing to do. These steps read a small page of our own, one stage per
 * step, so the popup can run them in short slices and stop as soon as the tab answers; what they
 * compile is then ready for the real page. Nothing they make is kept.
 */
export function warmUpWhile(go: () => boolean, win: Window, onDone: () => void): void {
  runWhile(go, warmUpSteps(win), onDone);
}

/**
 * Runs `steps` one task each (a MessageChannel message, so other tasks, such as the tab's answer,
 * go first) while `go()` holds; a step that throws ends them.
 */
function runWhile(go: () => boolean, steps: Iterator<unknown>, onDone: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    let more = go();
    try {
      if (more && steps.next().done) {
        more = false;
        onDone();
      }
    } catch {
      more = false;
    }
    if (more) channel.port2.postMessage(null);
    else channel.port1.close();
  };
  channel.port2.postMessage(null);
}

/** Each step is one stage of phase 1 (see readArticleInSteps): 1–5 ms each, cold, in Chromium. */
export function* warmUpSteps(win: Window): Generator<void, void> {
  const doc = documentFromCopy(JSON.stringify(WARM_UP_PAGE), 'https://news.example/2026/11/harbour-ferry', win);
  yield;
  yield* readArticleInSteps(doc, { win });
}

const el = (name: string, attributes: string[], ...children: NodeCopy[]): ElementCopy => [name, '', attributes, children];
const p = (text: string) => el('p', [], text);

/** A short story in the usual shape: metadata, headline, byline, picture, quote, a share bar and related links. */
const WARM_UP_PAGE: ElementCopy = el(
  'html',
  ['lang', 'en'],
  el(
    'head',
    [],
    el('title', [], 'Harbour ferry returns after winter repairs | The Example Courier'),
    el('meta', ['property', 'og:type', 'content', 'article']),
    el('meta', ['property', 'og:site_name', 'content', 'The Example Courier']),
    el('meta', ['name', 'author', 'content', 'Ines Marlow']),
    el('meta', ['property', 'article:published_time', 'content', '2026-11-02T08:00:00Z']),
  ),
  el(
    'body',
    [],
    el('nav', ['class', 'menu'], el('ul', [], el('li', [], el('a', ['href', '/'], 'Home')), el('li', [], el('a', ['href', '/local'], 'Local')))),
    el(
      'article',
      ['class', 'story'],
      el('h1', [], 'Harbour ferry returns after winter repairs'),
      el('p', ['class', 'byline'], 'By Ines Marlow'),
      el('figure', [], el('img', ['src', '/img/ferry.jpg', 'alt', 'The ferry at the quay', 'width', '800', 'height', '450']), el('figcaption', [], 'The ferry at the north quay. Photo: Courier staff')),
      p('The small ferry that links the two halves of the old harbour went back into service on Monday morning after three months in the repair yard, with a new engine and a wider ramp for bicycles.'),
      p('“We are glad to have it back before the holidays,” said Tomas Reyes, who runs the harbour office. “People plan their whole week around that crossing.”'),
      p('The council paid for most of the work from its transport budget. A second boat, kept in reserve during the repairs, will now be used for school trips and evening services in the summer months.'),
      el('blockquote', [], p('The crossing takes four minutes and runs every twenty minutes from six in the morning.')),
      p('Reyes said the timetable would stay the same until the spring. Passengers had asked for later sailings on Fridays, and the office is counting how many people use the last boat before it decides.'),
      el('ul', ['class', 'share'], el('li', [], el('a', ['href', '#share-mail'], 'Share by email')), el('li', [], el('a', ['href', '#share-print'], 'Print'))),
    ),
    el('aside', ['class', 'related'], el('h2', [], 'More local news'), el('ul', [], el('li', [], el('a', ['href', '/local/market'], 'Market hall opens late on Thursdays')), el('li', [], el('a', ['href', '/local/bridge'], 'Bridge works pause for the winter')))),
    el('footer', [], p('© The Example Courier')),
  ),
);
