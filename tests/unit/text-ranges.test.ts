// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../utils/text';

function element(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test input only: building a fixture DOM from a literal string.
  root.append(document.createRange().createContextualFragment(html));
  return root;
}

function ranges(html: string) {
  const { text, links, headlines } = collectText(element(html));
  return { links: links.map((r) => text.slice(r.start, r.end)), headlines: headlines.map((r) => text.slice(r.start, r.end)) };
}

describe('collectText: link and headline ranges', () => {
  it('gives the offsets of each link’s text', () => {
    expect(ranges('<p>Read <a href="/a">the full report</a> and <a href="/b"> the letter </a>.</p>').links).toEqual(['the full report', 'the letter']);
  });

  it('calls headings headline-like', () => {
    expect(ranges('<h2>"Not one more cut"</h2><p>Body text here.</p>').headlines).toEqual(['"Not one more cut"']);
  });

  it('calls a short block that is mostly one link headline-like', () => {
    const html = '<ul><li><a href="/x">"We will be next," crews warn</a> 2h</li></ul><p><a href="/y">Strike ends at port</a></p>';
    expect(ranges(html).headlines).toEqual(['"We will be next," crews warn 2h', '"We will be next," crews warn 2h', 'Strike ends at port']);
  });

  it('leaves alone a paragraph whose link is a name or a few words', () => {
    const html = '<p>"We listened to the students," <a href="/p">Dana Orr</a> said after the vote.</p>';
    expect(ranges(html).headlines).toEqual([]);
  });

  it('leaves alone a long paragraph, however much of it is linked', () => {
    const long = 'The council said the work would take a year and cost more than planned. '.repeat(6);
    expect(ranges(`<p><a href="/r">${long}</a></p>`).headlines).toEqual([]);
  });
});
