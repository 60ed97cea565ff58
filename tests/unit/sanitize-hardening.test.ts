// @vitest-environment jsdom
// DOMPurify is only trusted under jsdom here (it is unsafe under happy-dom).
import { describe, expect, it } from 'vitest';
import { renderSanitized, sanitizeInPlace, srcsetUrls } from '../../utils/html';
import { REMOVED_MARKER_ATTRIBUTE } from '../../utils/types';

/** The rules our configuration adds on top of DOMPurify's defaults, one behaviour per test. */

function sanitized(html: string): HTMLElement {
  const target = document.createElement('div');
  renderSanitized(target, html);
  return target;
}

describe('srcset', () => {
  it.each([
    ['a.jpg 1x, b.jpg 2x', ['a.jpg', 'b.jpg']],
    ['https://cdn.example/img,w_640.jpg 640w, https://cdn.example/img,w_1280.jpg 1280w', ['https://cdn.example/img,w_640.jpg', 'https://cdn.example/img,w_1280.jpg']],
    ['data:image/png;base64,AAAA 2x', ['data:image/png;base64,AAAA']],
    ['a.jpg,b.jpg', ['a.jpg,b.jpg']],
    ['a.jpg, , b.jpg', ['a.jpg', 'b.jpg']],
    ['  ', []],
  ])('splits %j into the URLs a browser would fetch', (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });

  it('keeps a srcset whose every candidate is http(s) or an image data URL', () => {
    const img = sanitized('<img srcset="https://cdn.example/a,w_1.jpg 1x, data:image/png;base64,AAAA 2x">').querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('https://cdn.example/a,w_1.jpg 1x, data:image/png;base64,AAAA 2x');
  });

  it.each([
    'https://a.example/1.jpg 1x, javascript:alert(1) 2x',
    'https://a.example/1.jpg 1x,data:text/html;base64,PHNjcmlwdD4= 2x',
    'data:image/svg+xml,<svg onload=alert(1)> 1x',
  ])('drops a srcset with any unsafe candidate: %s', (srcset) => {
    const picture = sanitized(`<picture><source srcset="${srcset}"><img srcset="${srcset}"></picture>`);
    expect(picture.querySelectorAll('[srcset]')).toHaveLength(0);
  });
});

describe('SVG and MathML', () => {
  it('removes <use>, SMIL animation and <foreignObject>', () => {
    const root = sanitized(
      '<svg><use href="https://evil.example/s.svg#x"/><a href="#"><set attributeName="href" to="javascript:alert(1)"/>' +
        '<animate attributeName="href" values="javascript:alert(1)"/></a><foreignObject><p>x</p></foreignObject></svg>',
    );
    expect(root.querySelectorAll('use, set, animate, foreignObject, foreignobject')).toHaveLength(0);
  });

  it('checks xlink:href and href on SVG links, and opens them without an opener', () => {
    const root = sanitized(
      '<svg><a xlink:href="javascript:alert(1)"><text>bad</text></a><a href="https://a.example/"><text>good</text></a></svg>',
    );
    const [bad, good] = [...root.querySelectorAll('svg a')];
    expect([...bad!.attributes].map((attribute) => attribute.value)).not.toContain('javascript:alert(1)');
    expect(good!.getAttribute('href')).toBe('https://a.example/');
    expect(good!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops presentation attributes that fetch through CSS url(), keeping same-document references', () => {
    const rect = sanitized('<svg><rect fill="url(https://evil.example/p.svg#a)" filter="url(#blur)" mask="url( \'//evil.example/m\' )"/></svg>').querySelector('rect')!;
    expect(rect.hasAttribute('fill')).toBe(false);
    expect(rect.hasAttribute('mask')).toBe(false);
    expect(rect.getAttribute('filter')).toBe('url(#blur)');
  });

  it('removes script URLs from MathML and its action elements', () => {
    const root = sanitized('<math href="javascript:alert(1)"><maction actiontype="statusline" xlink:href="javascript:alert(2)"><mi>x</mi></maction></math>');
    expect(root.querySelector('math')?.hasAttribute('href')).toBe(false);
    expect(root.querySelector('maction')).toBeNull();
  });

  it('leaves plain text in HTML attributes alone (no url() checks outside SVG/MathML)', () => {
    expect(sanitized('<img alt="see url(https://a.example/)" src="https://a.example/i.png">').querySelector('img')!.alt).toBe('see url(https://a.example/)');
  });
});

describe('documents, forms and links', () => {
  it.each([
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<form action="https://evil.example/"><button formaction="javascript:alert(1)">Go</button></form>',
    '<template><img src=x onerror=alert(1)></template>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  ])('removes elements that change the document or submit it: %s', (html) => {
    expect(sanitized(html).querySelectorAll('base, meta, link, form, button, template, noscript, [onerror]')).toHaveLength(0);
  });

  it('forces target=_blank and rel on links and image-map areas, and drops ping/download', () => {
    const root = sanitized(
      '<a href="https://a.example/" target="_top" ping="https://track.example/" download>a</a><map><area href="https://a.example/" shape="rect"></map>',
    );
    for (const link of root.querySelectorAll('a, area')) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.hasAttribute('ping')).toBe(false);
      expect(link.hasAttribute('download')).toBe(false);
    }
  });

  it.each([
    ['<blockquote cite="javascript:alert(1)">q</blockquote>', 'blockquote', 'cite'],
    ['<table background="javascript:alert(1)"><tr><td>x</td></tr></table>', 'table', 'background'],
    ['<map name="m"><area href="javascript:alert(1)" alt="x"></map>', 'area', 'href'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', 'img', 'src'],
    ['<a href="vbscript:msgbox(1)">x</a>', 'a', 'href'],
    ['<a href="&#1;java&#9;script:alert(1)">x</a>', 'a', 'href'],
  ])('removes unsafe URLs: %s', (html, tag, attribute) => {
    expect(sanitized(html).querySelector(tag)?.hasAttribute(attribute)).toBe(false);
  });

  it('removes video and audio, which would load media by themselves', () => {
    const root = sanitized('<p>Clip:</p><video poster="https://a.example/p.jpg" src="https://a.example/v.mp4"></video><audio src="https://a.example/a.mp3"></audio>');
    expect(root.querySelector('video, audio')).toBeNull();
    expect(root.textContent).toBe('Clip:');
  });

  it('keeps image data URLs with or without parameters', () => {
    const srcs = [...sanitized('<img src="data:image/jpeg,abc"><img src="data:image/png;base64,AAAA">').querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual(['data:image/jpeg,abc', 'data:image/png;base64,AAAA']);
  });

  it('removes id and name, so article markup cannot clobber globals in the popup', () => {
    expect(sanitized('<img id="location" name="cookie" src="https://a.example/i.png">').querySelector('[id], [name]')).toBeNull();
  });

  it('returns nothing, rather than throwing, when the markup leaves no body (frameset)', () => {
    expect(sanitized('<div><frameset onload=alert(1)>').childNodes).toHaveLength(0);
  });
});

describe('our removed-block marker', () => {
  it('keeps a numeric marker and drops a forged one, in place and from strings', () => {
    const root = document.createElement('div');
    root.append(Object.assign(document.createElement('p'), { textContent: 'a' }), Object.assign(document.createElement('p'), { textContent: 'b' }));
    root.children[0]!.setAttribute(REMOVED_MARKER_ATTRIBUTE, '3');
    root.children[1]!.setAttribute(REMOVED_MARKER_ATTRIBUTE, '"><img src=x onerror=alert(1)>');
    sanitizeInPlace(root, window);
    expect([...root.children].map((child) => child.getAttribute(REMOVED_MARKER_ATTRIBUTE))).toEqual(['3', null]);
  });
});
