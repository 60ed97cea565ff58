// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isActionReply,
  isBackgroundToContent,
  isContentToBackground,
  isExtractionReply,
  isFromOwnContentScript,
  isFromOwnExtensionPage,
  isPopupToContent,
  isReaderStateReply,
} from '../../utils/messages';

/**
 * Every message the content script receives comes from a context we do not control until proven
 * otherwise: malformed shapes and foreign senders must get no answer at all.
 */

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

describe('popup → content message shapes', () => {
  it.each([
    [{ type: 'popup:get-extraction' }],
    [{ type: 'popup:get-reader-state' }],
    [{ type: 'popup:set-reader', open: true }],
    [{ type: 'popup:set-reader', open: false }],
    [{ type: 'popup:read-selection' }],
  ])('accepts %j', (message) => {
    expect(isPopupToContent(message)).toBe(true);
  });

  it.each([
    [undefined], [null], [0], [''], ['popup:get-extraction'], [[]], [['popup:get-extraction']],
    [{}], [{ type: null }], [{ type: 42 }], [{ type: 'POPUP:GET-EXTRACTION' }], [{ type: ' popup:get-extraction' }],
    [{ type: 'popup:set-reader' }], [{ type: 'popup:set-reader', open: 'true' }], [{ type: 'popup:set-reader', open: 1 }],
    [{ type: 'popup:set-reader', open: null }], [{ type: 'constructor' }], [{ type: '__proto__' }], [{ type: 'toString' }],
    [{ type: 'content:eval', code: 'alert(1)' }], [{ kind: 'popup:get-extraction' }],
  ])('rejects %j', (message) => {
    expect(isPopupToContent(message)).toBe(false);
  });
});

describe('background ↔ content message shapes', () => {
  it.each([[{ type: 'background:toggle-reader' }], [{ type: 'background:open-reader' }], [{ type: 'background:copy-key-quotes' }]])(
    'accepts %j',
    (message) => expect(isBackgroundToContent(message)).toBe(true),
  );

  it.each([[null], ['background:open-reader'], [['background:open-reader']], [{}], [{ type: 'background:run' }], [{ type: 'popup:get-extraction' }]])(
    'rejects %j as a background message',
    (message) => expect(isBackgroundToContent(message)).toBe(false),
  );

  it.each([[null], [{ type: 'content:reader-state' }], [{ type: 'content:reader-state', open: 'yes' }], [{ type: 'content:other', open: true }]])(
    'rejects %j as a content → background message',
    (message) => expect(isContentToBackground(message)).toBe(false),
  );

  it('accepts reader-state reports only from our own content scripts in a tab', () => {
    expect(isContentToBackground({ type: 'content:reader-state', open: true })).toBe(true);
    expect(isFromOwnContentScript({ id: OWN_ID, tab: { id: 4 } }, OWN_ID)).toBe(true);
    expect(isFromOwnContentScript({ id: OWN_ID }, OWN_ID)).toBe(false);
    expect(isFromOwnContentScript({ id: 'other', tab: { id: 4 } }, OWN_ID)).toBe(false);
    expect(isFromOwnContentScript({ tab: { id: 4 } }, OWN_ID)).toBe(false);
  });

  it.each([[null], [{ ok: false }], [{ ok: true, open: 'yes' }], [{ ok: 'true' }]])('rejects the action reply %j', (reply) => {
    expect(isActionReply(reply)).toBe(false);
  });
});

describe('senders', () => {
  it('accepts our own extension pages', () => {
    expect(isFromOwnExtensionPage({ id: OWN_ID, url: `${OWN_ORIGIN}popup.html?tab=3` }, OWN_ID, OWN_ORIGIN)).toBe(true);
  });

  it.each([
    ['a web page (our content script elsewhere)', { id: OWN_ID, url: 'https://evil.example/' }],
    ['a page whose URL merely contains our origin', { id: OWN_ID, url: `https://evil.example/?${OWN_ORIGIN}` }],
    ['another extension', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/x.html' }],
    ['another extension claiming our URL', { id: 'other', url: `${OWN_ORIGIN}popup.html` }],
    ['no id', { url: `${OWN_ORIGIN}popup.html` }],
    ['no URL', { id: OWN_ID }],
    ['an empty sender', {}],
  ])('rejects %s', (_label, sender) => {
    expect(isFromOwnExtensionPage(sender, OWN_ID, OWN_ORIGIN)).toBe(false);
  });

  it('does not let an origin given without its slash admit a longer extension id', () => {
    const origin = `chrome-extension://${OWN_ID}`;
    expect(isFromOwnExtensionPage({ id: OWN_ID, url: `${origin}x/popup.html` }, OWN_ID, origin)).toBe(false);
    expect(isFromOwnExtensionPage({ id: OWN_ID, url: `${origin}/popup.html` }, OWN_ID, origin)).toBe(true);
  });
});

describe('replies the popup trusts', () => {
  it.each([
    [{ ok: true, url: 'https://a.example/', extraction: { article: null, quotes: [] } }],
    [{ ok: true, url: 'https://a.example/', extraction: { article: {}, quotes: [null] } }],
    [{ ok: true, url: 'https://a.example/', extraction: { article: {}, quotes: [{ text: 1 }] } }],
    [{ ok: true, url: 'https://a.example/', extraction: { article: {}, quotes: [], removed: 'x' } }],
    [{ ok: true, url: 1, extraction: { article: {}, quotes: [] } }],
    [{ ok: false, reason: 'pwned', message: 'x' }],
    [{ ok: false, reason: 'failed' }],
    [{ ok: 'true' }],
  ])('rejects the malformed extraction reply %j', (reply) => {
    expect(isExtractionReply(reply)).toBe(false);
  });

  it('accepts well-formed replies', () => {
    expect(isExtractionReply({ ok: true, url: 'https://a.example/', extraction: { article: {}, quotes: [{ text: 'q' }], removed: [] } })).toBe(true);
    expect(isExtractionReply({ ok: false, reason: 'failed', message: 'Quotelight could not read this page.' })).toBe(true);
  });

  it.each([[null], [{}], [{ open: 'yes' }], [[true]]])('rejects the reader state %j', (reply) => {
    expect(isReaderStateReply(reply)).toBe(false);
  });
});

describe('the content script listener', () => {
  type Listener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => unknown;
  let listener: Listener;
  const own = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

  beforeEach(async () => {
    fakeBrowser.reset();
    // The script guards against a second injection with a global marker; each test starts fresh.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('quotelight.content')];
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const { default: script } = await import('../../entrypoints/content/index');
    // A stand-in for WXT's content-script context: invalidation and its heartbeat.
    (script.main as (ctx: unknown) => void)({ onInvalidated: () => {}, setInterval: () => 0 });
    listener = spy.mock.calls.at(-1)![0] as unknown as Listener;
  });

  it('answers our own popup', async () => {
    const sendResponse = vi.fn();
    listener({ type: 'popup:get-reader-state' }, own(), sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ open: false }));
  });

  it.each([
    ['a web page', { type: 'popup:get-extraction' }, { id: 'test-extension-id', url: 'https://evil.example/' }],
    ['another extension', { type: 'popup:get-extraction' }, { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['a malformed message from our popup', { type: 'popup:set-reader', open: 'yes' }, null],
    ['an unknown message from our popup', { type: 'popup:run', code: 'alert(1)' }, null],
    ['a background command from a web page', { type: 'background:copy-key-quotes' }, { id: 'test-extension-id', url: 'https://evil.example/' }],
  ])('ignores %s', async (_label, message, sender) => {
    const sendResponse = vi.fn();
    // Returning true would keep the channel open for an answer; an ignored message gets neither.
    expect(listener(message, sender ?? own(), sendResponse)).not.toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sendResponse).not.toHaveBeenCalled();
  });
});
