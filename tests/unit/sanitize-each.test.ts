// The pipeline sanitizes every removed block in one DOMPurify pass: each block's HTML must be what
// sanitizing it alone gives, hostile markup included.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { sanitizeEach, sanitizeNodes } from '../../utils/html';

const BLOCKS = [
  '<p class="ad" style="color:red">Advertisement</p>',
  '<div><a href="javascript:alert(1)" onclick="x()">Share</a><img src="x.png" onerror="y()"><script>bad()</script></div>',
  '<form action="/subscribe"><p>Subscribe <b>now</b></p><input name="email"></form><p data-ql-removed="forged">Next</p>',
  '<aside><h2>Related</h2><ul><li><a href="https://news.example/other">Other story</a></li></ul><svg><use href="https://evil.example/x.svg#a"></use></svg></aside>',
];

function groups(doc: Document): Element[][] {
  return BLOCKS.map((html) => {
    const holder = doc.createElement('div');
    holder.insertAdjacentHTML('afterbegin', html);
    return Array.from(holder.children);
  });
}

describe('sanitizeEach', () => {
  it('gives each group the HTML sanitizeNodes gives it alone', () => {
    const doc = documentFromHtml('<html><body></body></html>', 'https://news.example/story');
    const win = doc.defaultView!;
    const alone = groups(doc).map((nodes) => sanitizeNodes(nodes, win));
    expect(sanitizeEach(groups(doc), win)).toEqual(alone);
    expect(alone.join('')).not.toMatch(/script|onclick|onerror|javascript:|forged|<form/);
  });

  it('gives empty HTML for no groups and for empty groups', () => {
    const doc = documentFromHtml('<html><body></body></html>', 'https://news.example/story');
    expect(sanitizeEach([], doc.defaultView!)).toEqual([]);
    expect(sanitizeEach([[], []], doc.defaultView!)).toEqual(['', '']);
  });
});
