import { describe, expect, it } from 'vitest';
import { isContentStart, isExtractionReply, isFromOwnExtensionPage, isPopupToContent } from '../../utils/messages';

describe('message checks', () => {
  it.each([
    [{ type: 'popup:get-extraction' }, true],
    [{ type: 'popup:set-reader', open: true }, true],
    [{ type: 'popup:set-reader', open: 'yes' }, false],
    [{ type: 'popup:run-script', code: 'alert(1)' }, false],
    ['popup:get-extraction', false],
    [null, false],
  ])('accepts only known popup messages: %j', (message, accepted) => {
    expect(isPopupToContent(message)).toBe(accepted);
  });

  it('accepts senders that are our own extension pages only', () => {
    const origin = 'chrome-extension://abc/';
    expect(isFromOwnExtensionPage({ id: 'abc', url: 'chrome-extension://abc/popup.html?tab=3' }, 'abc', origin)).toBe(true);
    expect(isFromOwnExtensionPage({ id: 'abc', url: 'https://evil.example/' }, 'abc', origin)).toBe(false);
    expect(isFromOwnExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, 'abc', origin)).toBe(false);
    expect(isFromOwnExtensionPage({ id: 'abc' }, 'abc', origin)).toBe(false);
  });

  it('recognises well-formed extraction replies', () => {
    expect(isExtractionReply({ ok: false, reason: 'no-article', message: 'No article.' })).toBe(true);
    expect(isExtractionReply({ ok: true, url: 'https://a.example/', extraction: { article: {}, quotes: [] } })).toBe(true);
    expect(isExtractionReply({ ok: true, extraction: { article: {} } })).toBe(false);
  });

  it.each([
    [{ readerOpen: false, answer: { page: { tree: '[]', url: 'https://a.example/', baseUrl: 'https://a.example/' } } }, true],
    [{ readerOpen: true, answer: { ok: false, reason: 'no-article', message: 'No article.' } }, true],
    [{ readerOpen: 'no', answer: { ok: false, reason: 'failed', message: 'x' } }, false],
    [{ readerOpen: false, answer: { page: { tree: [], url: 'https://a.example/', baseUrl: 'https://a.example/' } } }, false],
    [{ readerOpen: false }, false],
    [true, false],
    [undefined, false],
  ])('accepts only a well-formed answer from the content script on start: %j', (value, accepted) => {
    expect(isContentStart(value)).toBe(accepted);
  });
});
