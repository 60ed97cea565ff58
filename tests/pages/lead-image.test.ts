import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findLeadImage } from '../../utils/lead-image';
import { readingMinutes } from '../../components/ArticleHeader';

function page(head: string, bodyHtml: string) {
  const doc = new JSDOM(`<html><head>${head}</head><body>${bodyHtml}</body></html>`, { url: 'https://site.example/news/a' }).window.document;
  const article = doc.createElement('div');
  article.append(doc.createElement('p'));
  return { doc, article };
}

describe('findLeadImage', () => {
  it('takes the declared share image when the page shows it, with its figure caption', () => {
    const { doc, article } = page(
      '<meta property="og:image" content="https://cdn.example/img/harbour.jpg">',
      '<figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption> Ferries at dawn. </figcaption></figure>',
    );
    expect(findLeadImage(doc, article)).toEqual({ src: 'https://site.example/img/harbour.jpg', alt: 'The harbour', caption: 'Ferries at dawn.', width: null, height: null });
  });

  it('keeps the page’s pixel width and height, both or neither, so the reader can hold the picture’s place', () => {
    const sizeOf = (attributes: string) => {
      const { doc, article } = page('<meta property="og:image" content="/img/harbour.jpg">', `<img src="/img/harbour.jpg" alt="" ${attributes}>`);
      const image = findLeadImage(doc, article);
      return [image?.width, image?.height];
    };
    expect(sizeOf('width="1200" height="675"')).toEqual([1200, 675]);
    expect(sizeOf('width="640px" height=" 360 "')).toEqual([640, 360]);
    expect(sizeOf('width="100%" height="400"')).toEqual([null, null]);
    expect(sizeOf('width="800"')).toEqual([null, null]);
    expect(sizeOf('width="0" height="0"')).toEqual([null, null]);
  });

  it('ignores a declared image the page never shows, and non-http URLs', () => {
    expect(findLeadImage(...Object.values(page('<meta property="og:image" content="https://cdn.example/only-for-sharing.jpg">', '<p>x</p>')) as [Document, Element])).toBeNull();
    expect(findLeadImage(...Object.values(page('<meta property="og:image" content="javascript:alert(1)">', '<img src="javascript:alert(1)">')) as [Document, Element])).toBeNull();
  });

  it('adds nothing when the article body already has a picture', () => {
    const { doc, article } = page('<meta property="og:image" content="/a.jpg">', '<img src="/a.jpg">');
    article.append(doc.createElement('img'));
    expect(findLeadImage(doc, article)).toBeNull();
  });
});

describe('reading time', () => {
  it.each([
    [50, '1'],
    [700, '3–4'],
    [2000, '7–10'],
  ])('%i words read in %s minutes', (words, expected) => {
    expect(readingMinutes(Array.from({ length: words }, () => 'word').join(' '))).toBe(expected);
  });
});
