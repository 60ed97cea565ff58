// The headline an older page sets in the story's own cell is shown once, as the title: the body's first line goes only
// when it is exactly the title.
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../utils/cli/page';
import { removeLeadingTitle } from '../../utils/leading-title';

const bodyOf = (inner: string): Element => documentFromHtml(`<!doctype html><html><body><div id="b">${inner}</div></body></html>`, 'https://example.com/story').getElementById('b')!;
const text = (body: Element) => (body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a leading line that repeats the title', () => {
  it('goes when it is the body’s first line, whatever wraps it', () => {
    const body = bodyOf('<span></span>\n<span><b>Mill  workers end   strike</b></span><br><p>Workers voted on Monday night to accept the contract.</p>');
    removeLeadingTitle(body, 'Mill workers end strike');
    expect(text(body)).toBe('Workers voted on Monday night to accept the contract.');
  });

  it('goes in a script without spaces too', () => {
    const body = bodyOf('<p><strong>渡船时刻表调整</strong></p><p>岛上居民周一清晨在码头等候。</p>');
    removeLeadingTitle(body, '渡船时刻表调整');
    expect(text(body)).toBe('岛上居民周一清晨在码头等候。');
  });

  it('stays when the first line says more than the title', () => {
    const body = bodyOf('<p>Mill workers end strike, and the first shift returns on Wednesday.</p><p>More.</p>');
    removeLeadingTitle(body, 'Mill workers end strike');
    expect(text(body)).toContain('Mill workers end strike, and the first shift returns on Wednesday.');
  });

  it('stays when the title’s words come later in the story, as a subheading', () => {
    const body = bodyOf('<p>Workers voted on Monday night to accept the contract.</p><p><b>Mill workers end strike</b></p><p>More.</p>');
    removeLeadingTitle(body, 'Mill workers end strike');
    expect(text(body)).toContain('Mill workers end strike');
  });

  it('stays when the leading line holds the lead picture', () => {
    const body = bodyOf('<p><img src="/a.jpg" alt="">Mill workers end strike</p><p>More.</p>');
    removeLeadingTitle(body, 'Mill workers end strike');
    expect(text(body)).toContain('Mill workers end strike');
  });
});
