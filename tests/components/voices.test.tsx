// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Voices } from '../../components/Voices';
import { ArticleView, type CopyActions } from '../../components/ArticleView';
import type { Extraction, Quote, Voice } from '../../utils/types';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => document.body.replaceChildren());
const click = (element: Element) =>
  act(async () => {
    element.dispatchEvent(new Event('click', { bubbles: true }));
  });

const voices: Voice[] = [
  { name: 'Ada Park', role: 'mayor', quotes: 2 },
  { name: 'Li Wei', role: null, quotes: 1 },
];

describe('Voices', () => {
  it('is a list under a "Voices" heading: name, role and count per person, in the given order', () => {
    const host = root();
    render(<Voices voices={voices} chosen={null} onChoose={() => {}} onCopy={async () => {}} />, host);
    const heading = host.querySelector('h2')!;
    expect(heading.textContent).toBe('Voices');
    const list = host.querySelector('ul')!;
    expect(list.getAttribute('aria-labelledby')).toBe(heading.id);
    const people = [...list.querySelectorAll('li .ql-voice-button')].map((button) => button.textContent);
    expect(people).toEqual(['Ada Parkmayor2 quotes', 'Li Wei1 quote']);
  });

  it('marks the chosen person and "All" with aria-pressed', () => {
    const host = root();
    render(<Voices voices={voices} chosen="Li Wei" onChoose={() => {}} onCopy={async () => {}} />, host);
    const pressed = [...host.querySelectorAll('button[aria-pressed]')].map((button) => [button.textContent, button.getAttribute('aria-pressed')]);
    expect(pressed).toEqual([
      ['All', 'false'],
      ['Ada Parkmayor2 quotes', 'false'],
      ['Li Wei1 quote', 'true'],
    ]);
  });

  it('chooses a person, chooses nobody when pressed again or on "All"', async () => {
    const host = root();
    const onChoose = vi.fn();
    render(<Voices voices={voices} chosen="Ada Park" onChoose={onChoose} onCopy={async () => {}} />, host);
    const [all, ada, li] = [...host.querySelectorAll('button[aria-pressed]')];
    await click(li!);
    await click(ada!);
    await click(all!);
    expect(onChoose.mock.calls).toEqual([['Li Wei'], [null], [null]]);
  });

  it('copies one person’s quotes from a button named after them, and confirms it', async () => {
    const host = root();
    const onCopy = vi.fn(async () => {});
    render(<Voices voices={voices} chosen={null} onChoose={() => {}} onCopy={onCopy} />, host);
    const copy = host.querySelector('button[aria-label="Copy quotes by Li Wei"]')!;
    expect(copy.textContent).toBe('Copy quotes');
    await click(copy);
    expect(onCopy).toHaveBeenCalledWith('Li Wei');
    expect(copy.closest('li')!.querySelector('[role="status"]')!.textContent).toBe('Copied');
  });

  it('renders nothing when nobody is named', () => {
    const host = root();
    render(<Voices voices={[]} chosen={null} onChoose={() => {}} onCopy={async () => {}} />, host);
    expect(host.childElementCount).toBe(0);
  });
});

describe('choosing a voice in the article view', () => {
  const text = '"We are ready," Ada Park said. "No," Li Wei said. "We will win," Park added.';
  const quote = (words: string, speaker: string, utterance: number): Quote => {
    const start = text.indexOf(words);
    return { text: words, speaker, role: null, start, end: start + words.length, key: true, speakerKind: 'name', utterance };
  };
  const extraction: Extraction = {
    article: { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null, textContent: text, content: text, readerable: true },
    leadImage: null,
    quotes: [quote('We are ready,', 'Ada Park', 0), quote('No,', 'Li Wei', 1), quote('We will win,', 'Ada Park', 2)],
    voices: [
      { name: 'Ada Park', role: null, quotes: 2 },
      { name: 'Li Wei', role: null, quotes: 1 },
    ],
    removed: [],
    ms: { readability: 0, total: 0 },
  };
  const copy: CopyActions = { onCopyQuote: async () => {}, onCopyLink: async () => {}, onCopyAll: async () => {}, onCopyVoice: async () => {} };
  // Plain text in a paragraph, built with DOM calls: enough for highlighting, no sanitizer needed here.
  const sanitize = (content: string, doc: Document) => {
    const fragment = doc.createDocumentFragment();
    fragment.append(Object.assign(doc.createElement('p'), { textContent: content }));
    return fragment;
  };
  const marks = (host: Element) =>
    [...host.querySelectorAll('mark.ql-quote')].map((mark) => `${mark.textContent}:${mark.classList.contains('ql-voice-muted') ? 'muted' : mark.classList.contains('ql-voice-chosen') ? 'chosen' : 'plain'}`);

  it('highlights only that person’s quotes, and all of them again when chosen twice', async () => {
    const host = root();
    render(<ArticleView extraction={extraction} copy={copy} sanitize={sanitize} />, host);
    expect(marks(host)).toEqual(['We are ready,:plain', 'No,:plain', 'We will win,:plain']);
    const ada = () => host.querySelectorAll('.ql-voice-button')[0]!;
    await click(ada());
    expect(marks(host)).toEqual(['We are ready,:chosen', 'No,:muted', 'We will win,:chosen']);
    // A muted quote leaves the Tab order, and comes back to it.
    expect((host.querySelectorAll('mark.ql-quote')[1] as HTMLElement).tabIndex).toBe(-1);
    await click(ada());
    expect(marks(host)).toEqual(['We are ready,:plain', 'No,:plain', 'We will win,:plain']);
    expect((host.querySelectorAll('mark.ql-quote')[1] as HTMLElement).tabIndex).toBe(0);
  });
});
