// @vitest-environment jsdom
// DOMPurify is only trusted under jsdom here (it is unsafe under happy-dom).
import { describe, expect, it } from 'vitest';
import { parseSanitized, preparePurifiers, renderSanitized, sanitizeInPlace } from '../../utils/html';

function container(): HTMLElement {
  return document.createElement('div');
}

describe('the HTML module', () => {
  it('answers the same in each mode however the modes alternate, prepared ahead or not', () => {
    const markup = '<p style="x" onclick="y">a <a href="javascript:z">b</a><img src="https://i.example/p.png"><iframe></iframe></p>';
    const inPlace = () => {
      const target = container();
      target.append(parseSanitized('<p id="k" data-quotelight-removed="x9">k</p>', document));
      target.append(...Array.from(new DOMParser().parseFromString(markup, 'text/html').body.childNodes).map((node) => document.importNode(node, true)));
      sanitizeInPlace(target, window);
      return new XMLSerializer().serializeToString(target);
    };
    const fragment = () => new XMLSerializer().serializeToString(parseSanitized(markup, document));
    const first = [inPlace(), fragment()];
    preparePurifiers(window);
    expect([inPlace(), fragment(), inPlace(), fragment()]).toEqual([...first, ...first]);
    expect(first[0]).not.toMatch(/onclick|javascript|iframe|style|x9/);
    expect(first[1]).toContain('https://i.example/p.png');
  });

  it.each([
    '<img src=x onerror="window.__ran=1">',
    '<a href="javascript:alert(1)">x</a>',
    '<svg><script>window.__ran=1</script></svg>',
    '<iframe srcdoc="<script>parent.__ran=1</script>"></iframe>',
    '<p onclick="window.__ran=1">text</p>',
  ])('removes script-capable markup: %s', (html) => {
    const target = container();
    renderSanitized(target, html);
    expect(target.querySelector('script, iframe, [onerror], [onclick], [href^="javascript"]')).toBeNull();
  });

  it('keeps only http(s) and mailto links, opened without an opener', () => {
    const target = container();
    renderSanitized(target, '<a href="https://a.example/">a</a><a href="mailto:x@a.example">m</a><a href="data:text/html,x">d</a>');
    const links = [...target.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://a.example/', 'mailto:x@a.example', null]);
    expect(links[0]!.rel).toBe('noopener noreferrer');
  });

  it('keeps http(s) and data-image sources only', () => {
    const target = container();
    renderSanitized(target, '<img src="https://a.example/p.jpg"><img src="data:image/png;base64,AAAA"><img src="data:text/html;base64,AAAA">');
    expect([...target.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'https://a.example/p.jpg',
      'data:image/png;base64,AAAA',
      null,
    ]);
  });

  it('sanitizes an element in place', () => {
    const root = container();
    root.append(parseSanitized('<p>kept</p>', document));
    const bad = document.createElement('p');
    bad.setAttribute('onmouseover', 'x()');
    bad.textContent = 'hover';
    root.append(bad);
    sanitizeInPlace(root, window);
    expect(root.textContent).toBe('kepthover');
    expect(root.querySelector('[onmouseover]')).toBeNull();
  });

  it('leaves escaped markup as text', () => {
    const target = container();
    renderSanitized(target, '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(target.querySelector('script')).toBeNull();
    expect(target.textContent).toBe('<script>alert(1)</script>');
  });
});
