// Element lists kept while a tree is only read must be the lists the DOM gives, and must not outlive that read.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { closestTag, elementsByTag, hasTagBelow, isTag, queryAll, withTreeSnapshots } from '../../utils/walk';
import { pullQuoteBoxes } from '../../utils/declutter/pull-quotes';

const PAGE = `<!doctype html><html><body><article>
<p>One <a href="/a">first link</a> and <em>an <a href="/b">inner link</a></em>.</p>
<div><p>Two</p><svg><a href="#c"><text>svg link</text></a></svg><ul><li><a href="/d">item</a></li></ul></div>
</article></body></html>`;

describe('element lists while the tree is unchanged', () => {
  it('gives each tag the elements getElementsByTagName gives, in document order', () => {
    const doc = documentFromHtml(PAGE, 'https://example.com/story');
    const article = doc.querySelector('article')!;
    const expected = (tag: string) => Array.from(article.getElementsByTagName(tag));
    withTreeSnapshots(() => {
      for (const tag of ['a', 'p', 'li', '*']) {
        expect(elementsByTag(article, tag)).toEqual(expected(tag));
        // Asked again, the same list comes back.
        expect(elementsByTag(article, tag)).toBe(elementsByTag(article, tag));
      }
      expect(queryAll(article, 'p, li')).toEqual(Array.from(article.querySelectorAll('p, li')));
    });
  });

  it('lists the tree afresh once the read is over', () => {
    const doc = documentFromHtml(PAGE, 'https://example.com/story');
    const article = doc.querySelector('article')!;
    const before = withTreeSnapshots(() => elementsByTag(article, 'a').length);
    const added = doc.createElement('a');
    article.append(added);
    withTreeSnapshots(() => {
      expect(elementsByTag(article, 'a')).toHaveLength(before + 1);
      expect(elementsByTag(article, 'a').at(-1)).toBe(added);
    });
  });
});

describe('a tag at, above or below an element', () => {
  it('answers as querySelector, matches and closest do, for every element and tag list, never counting the element itself', () => {
    const doc = documentFromHtml(PAGE, 'https://example.com/story');
    const selectors = ['p', 'a, li', 'ul, ol, li, table', 'text', 'div', 'svg, em', 'section'];
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const selector of selectors) {
        expect(hasTagBelow(el, selector)).toBe(el.querySelector(selector) !== null);
        expect(isTag(el, selector)).toBe(el.matches(selector));
        expect(closestTag(el, selector)).toBe(el.closest(selector));
      }
    }
    // A selector beyond a tag list goes to the selector engine.
    const article = doc.querySelector('article')!;
    expect(hasTagBelow(article, 'p ~ div')).toBe(true);
    expect(hasTagBelow(article, 'li > p')).toBe(false);
  });
});

describe('pull quote boxes without the selector engine', () => {
  it('lists what the boxes selector lists, in document order', () => {
    const doc = documentFromHtml(
      `<!doctype html><html><body><article><p>Lead <q>short</q></p><ASIDE><blockquote>Said once</blockquote></ASIDE>
<div data-ql-hint="pullquote">Said twice</div><div data-ql-hint="pullquotes">no</div><div DATA-QL-HINT="pullquote">yes</div>
<figure><svg><aside/><g data-ql-hint="pullquote"></g></svg></figure><section>none</section></article></body></html>`,
      'https://example.com/story',
    );
    const article = doc.querySelector('article')!;
    const selector = 'blockquote, aside, figure, q, [data-ql-hint="pullquote"]';
    expect(pullQuoteBoxes(article)).toEqual(Array.from(article.querySelectorAll(selector)));
    expect(pullQuoteBoxes(article).length).toBe(8);
  });
});
