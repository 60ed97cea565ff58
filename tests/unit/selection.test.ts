// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractSelection } from '../../utils/selection';

describe('read selection', () => {
  it('turns selected text into an article with paragraphs and quotes', () => {
    document.title = 'Town hall notes';
    const selected = 'The council met on Tuesday.\n\n"We will fix the bridge by spring," Mayor Ada Park said.\nShe thanked the volunteers.';
    const extraction = extractSelection(document, selected)!;
    expect(extraction.article.title).toBe('Town hall notes');
    expect(extraction.article.textContent).toBe(
      'The council met on Tuesday.\n\n"We will fix the bridge by spring," Mayor Ada Park said.\n\nShe thanked the volunteers.',
    );
    expect(extraction.quotes[0]).toMatchObject({ text: 'We will fix the bridge by spring,', speaker: 'Ada Park' });
  });

  it('keeps markup in the selection as text', () => {
    const extraction = extractSelection(document, '<img src=x onerror=alert(1)> is only text here.')!;
    expect(extraction.article.content).toBe('<p>&lt;img src=x onerror=alert(1)&gt; is only text here.</p>');
  });

  it('answers null for an empty selection', () => {
    expect(extractSelection(document, '  \n \n')).toBeNull();
  });
});
