// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleHeader } from '../../components/ArticleHeader';
import { KeyQuotes } from '../../components/KeyQuotes';
import { ReaderSwitch } from '../../components/ReaderSwitch';
import { PopupApp } from '../../components/PopupApp';
import { RemovedPanel } from '../../components/RemovedPanel';
import { SettingsPanel } from '../../components/SettingsPanel';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { utterancesOf } from '../../utils/quotes/utterances';
import type { Utterance } from '../../utils/types';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => document.body.replaceChildren());

const quotes: Utterance[] = utterancesOf([
  { text: 'We open the bridge on Monday,', speaker: 'Ada Park', role: null, start: 1, end: 30, key: true, speakerKind: 'name', utterance: 0 },
  { text: 'Traffic will be lighter,', speaker: null, role: null, start: 40, end: 64, key: true, speakerKind: null, utterance: 1 },
]);

describe('KeyQuotes', () => {
  it('is a list labelled "Key quotes" with quote, speaker and a "Copy quote" button per item', () => {
    const host = root();
    render(<KeyQuotes quotes={quotes} onCopyQuote={async () => {}} onCopyLink={async () => {}} onCopyAll={async () => {}} />, host);
    const list = host.querySelector('ol[aria-label="Key quotes"]')!;
    const items = [...list.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('We open the bridge on Monday,');
    expect(items[0]!.textContent).toContain('Ada Park');
    expect(items[1]!.textContent).toContain('Unknown speaker');
    expect(items.map((item) => [...item.querySelectorAll('button')].map((button) => button.textContent))).toEqual([
      ['Copy quote', 'Copy link to quote'],
      ['Copy quote', 'Copy link to quote'],
    ]);
  });

  it('shows a split quote as one item, its parts joined, with the speaker’s role', () => {
    const host = root();
    const split = utterancesOf([
      { text: 'We are ready,', speaker: 'Ada Park', role: 'mayor', start: 1, end: 14, key: true, speakerKind: 'name', utterance: 0 },
      { text: 'and the buses run all night.', speaker: 'Ada Park', role: null, start: 31, end: 59, key: true, speakerKind: 'name', utterance: 0 },
    ]);
    render(<KeyQuotes quotes={split} onCopyQuote={async () => {}} onCopyLink={async () => {}} onCopyAll={async () => {}} />, host);
    const items = [...host.querySelectorAll('li')];
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('blockquote')!.textContent).toBe('“We are ready, and the buses run all night.”');
    expect(items[0]!.querySelector('.ql-speaker')!.textContent).toBe('— Ada Park, mayor');
  });

  it('copies the item’s quote and confirms it visibly', async () => {
    const host = root();
    const onCopyQuote = vi.fn(async () => {});
    render(<KeyQuotes quotes={quotes} onCopyQuote={onCopyQuote} onCopyLink={async () => {}} onCopyAll={async () => {}} />, host);
    await act(async () => {
      host.querySelectorAll('li')[1]!.querySelector('button')!.dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(onCopyQuote).toHaveBeenCalledWith(quotes[1]);
    expect(host.querySelectorAll('li')[1]!.querySelector('[role="status"]')!.textContent).toBe('Copied');
  });

  it('says so when copying fails', async () => {
    const host = root();
    render(<KeyQuotes quotes={quotes} onCopyQuote={() => Promise.reject(new Error('denied'))} onCopyLink={async () => {}} onCopyAll={async () => {}} />, host);
    await act(async () => {
      host.querySelector('li button')!.dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(host.querySelector('li [role="status"]')!.textContent).toBe('Copy failed');
  });

  it('renders nothing without key quotes', () => {
    const host = root();
    render(<KeyQuotes quotes={[]} onCopyQuote={async () => {}} onCopyLink={async () => {}} onCopyAll={async () => {}} />, host);
    expect(host.childElementCount).toBe(0);
  });
});

describe('ReaderSwitch', () => {
  it('is a switch named "Reader mode" whose state is in aria-checked', () => {
    const host = root();
    const onChange = vi.fn();
    render(<ReaderSwitch checked={false} onChange={onChange} />, host);
    const control = host.querySelector('[role="switch"]')!;
    expect(control.textContent).toBe('Reader mode');
    expect(control.getAttribute('aria-checked')).toBe('false');
    control.dispatchEvent(new Event('click', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('PopupApp', () => {
  it('explains in a sentence when a page cannot be read, with the switch disabled', () => {
    const host = root();
    const message = 'Quotelight can’t read this page.';
    const onReadSelection = vi.fn();
    render(
      <PopupApp
        state={{ status: 'unavailable', message, canReadSelection: true }}
        readerOpen={false}
        canUseReader={false}
        onToggleReader={() => {}}
        onReadSelection={onReadSelection}
        shortcut="Alt+Shift+R"
        settings={DEFAULT_SETTINGS}
        onSettingsChange={() => {}}
      />,
      host,
    );
    expect(host.querySelector('[role="status"]')!.textContent).toBe(message);
    expect((host.querySelector('[role="switch"]') as HTMLButtonElement).disabled).toBe(true);
    const readSelection = [...host.querySelectorAll('button')].find((button) => button.textContent === 'Read selection')!;
    readSelection.click();
    expect(onReadSelection).toHaveBeenCalled();
    expect(host.textContent).toContain('Shortcut: Alt+Shift+R');
  });
});

describe('RemovedPanel', () => {
  const removed = [
    { kind: 'headline-list' as const, text: 'Top Headlines - one - two', html: '<h2>Top Headlines</h2>' },
    { kind: 'ad-label' as const, text: 'Advertisement', html: '<p>Advertisement</p>' },
  ];

  it('starts collapsed, opens on click and offers Restore per block', () => {
    const host = root();
    const onRestore = vi.fn();
    render(<RemovedPanel removed={removed} restored={new Set([1])} onRestore={onRestore} />, host);
    const toggle = host.querySelector('button[aria-expanded]')!;
    const list = host.querySelector('ul')!;
    expect(toggle.textContent).toBe('Show removed (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    act(() => {
      toggle.dispatchEvent(new Event('click', { bubbles: true }));
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    const buttons = [...list.querySelectorAll('button')];
    expect(buttons.map((button) => [button.textContent, button.disabled])).toEqual([
      ['Restore', false],
      ['Restored', true],
    ]);
    buttons[0]!.dispatchEvent(new Event('click', { bubbles: true }));
    expect(onRestore).toHaveBeenCalledWith(0);
  });
});

describe('SettingsPanel', () => {
  it('starts collapsed and reports each change as whole settings', () => {
    const host = root();
    const onChange = vi.fn();
    render(<SettingsPanel settings={DEFAULT_SETTINGS} onChange={onChange} idPrefix="t" />, host);
    const toggle = host.querySelector('button[aria-expanded]')!;
    expect(toggle.textContent).toBe('Reading settings');
    expect((host.querySelector('#t-settings') as HTMLElement).hidden).toBe(true);
    const dark = [...host.querySelectorAll('label')].find((label) => label.textContent === 'Dark')!.querySelector('input')!;
    dark.click();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    (host.querySelector('button[aria-label="Larger text"]') as HTMLButtonElement).click();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, fontSize: 20 });
  });
});

describe('ArticleHeader', () => {
  const article = { title: 'Ferry timetable cut', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null, textContent: 'The ferry runs at dawn.', content: '', readerable: true };
  const picture = { src: 'https://site.example/img/harbour.jpg', alt: 'The harbour', caption: null };

  it('gives the lead picture the page’s width and height, so its place is kept before it loads', () => {
    const host = root();
    render(<ArticleHeader article={article} leadImage={{ ...picture, width: 1200, height: 675 }} keyQuoteCount={0} />, host);
    const image = host.querySelector('.ql-lead-image img')!;
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['1200', '675']);
  });

  it('sets no size when the page gave none', () => {
    const host = root();
    render(<ArticleHeader article={article} leadImage={{ ...picture, width: null, height: null }} keyQuoteCount={0} />, host);
    const image = host.querySelector('.ql-lead-image img')!;
    expect(image.hasAttribute('width') || image.hasAttribute('height')).toBe(false);
  });
});
