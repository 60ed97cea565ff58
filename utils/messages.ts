import type { Extraction } from './types';

/**
 * Every message between extension contexts, named by direction, and the checks each receiver
 * runs before trusting one. Page-side code only answers messages that pass these checks.
 */

/**
 * Popup (an extension page) → content script in the page's tab. The popup extracts from a copy
 * of the page (`popup:get-extraction` answers with the page when this page load has no
 * extraction yet) and hands the result back with `popup:store-extraction`, so the reader, copy
 * and the context menu reuse it.
 */
export type PopupToContent =
  | { type: 'popup:get-extraction' }
  | { type: 'popup:store-extraction'; reply: ExtractionReply }
  | { type: 'popup:get-reader-state' }
  | { type: 'popup:set-reader'; open: boolean }
  | { type: 'popup:read-selection' };

/** Background (keyboard command, context menu) → content script in the tab it acted on. */
export type BackgroundToContent =
  | { type: 'background:toggle-reader' }
  | { type: 'background:open-reader' }
  | { type: 'background:copy-key-quotes' };

/** Content script → background: the reader opened or closed, so the toolbar icon can say so. */
export type ContentToBackground = { type: 'content:reader-state'; open: boolean };

/** Content script → background, in reply to an action: what happened, in a sentence when it failed. */
export type ActionReply = { ok: true; open?: boolean } | { ok: false; message: string };

/** Content script → popup, in reply to `popup:get-extraction`. */
export type ExtractionReply =
  | { ok: true; extraction: Extraction; url: string }
  | { ok: false; reason: 'no-article' | 'failed'; message: string };

/** Content script → popup: the page itself (see utils/page-copy.ts), to extract from, and what is selected in it. */
export interface PageCopy {
  /**
   * `tree` is the JSON of an ElementCopy: browsers convert a message's nested arrays value by value,
   * which takes seconds on a large page, while one string crosses at memory speed.
   */
  page: { tree: string; url: string; baseUrl: string; selectedText?: string };
}

/**
 * Content script → popup, as the result of injecting it (scripting.executeScript resolves to what
 * the script's start returns): whether the reader is open, and the stored extraction or else the
 * page to extract from. One round trip instead of a ping, an injection and a request.
 */
export interface ContentStart {
  readerOpen: boolean;
  answer: ExtractionReply | PageCopy;
}

/** Content script → background: this page load has no extraction, and the page-side pipeline is not loaded. */
export type NeedsPipelineReply = { ok: false; needsPipeline: true; message: string };

/** Content script → popup, in reply to reader messages. */
export interface ReaderStateReply {
  open: boolean;
}

const POPUP_TYPES = new Set(['popup:get-extraction', 'popup:store-extraction', 'popup:get-reader-state', 'popup:set-reader', 'popup:read-selection']);
const BACKGROUND_TYPES = new Set(['background:toggle-reader', 'background:open-reader', 'background:copy-key-quotes']);

export function isPopupToContent(message: unknown): message is PopupToContent {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const { type, open } = message as { type?: unknown; open?: unknown };
  if (typeof type !== 'string' || !POPUP_TYPES.has(type)) return false;
  if (type === 'popup:store-extraction') return isExtractionReply((message as { reply?: unknown }).reply);
  return type !== 'popup:set-reader' || typeof open === 'boolean';
}

/** Only our own extension pages may talk to the content script; web pages and other extensions may not. */
export function isFromOwnExtensionPage(
  sender: { id?: string; url?: string },
  ownId: string,
  ownOrigin: string,
): boolean {
  // The origin must end at its slash, or `chrome-extension://abc` would also admit `…://abcd…`.
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  return typeof ownId === 'string' && ownId !== '' && sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isExtractionReply(reply: unknown): reply is ExtractionReply {
  if (!isObject(reply)) return false;
  if (reply.ok === true) {
    const { extraction, url } = reply;
    return (
      typeof url === 'string' &&
      isObject(extraction) &&
      isObject(extraction.article) &&
      Array.isArray(extraction.quotes) &&
      extraction.quotes.every((quote) => isObject(quote) && typeof quote.text === 'string') &&
      (extraction.removed === undefined || Array.isArray(extraction.removed))
    );
  }
  return reply.ok === false && (reply.reason === 'no-article' || reply.reason === 'failed') && typeof reply.message === 'string';
}

export function isReaderStateReply(reply: unknown): reply is ReaderStateReply {
  return isObject(reply) && typeof reply.open === 'boolean';
}

export function isBackgroundToContent(message: unknown): message is BackgroundToContent {
  return isObject(message) && !Array.isArray(message) && typeof message.type === 'string' && BACKGROUND_TYPES.has(message.type);
}

export function isContentToBackground(message: unknown): message is ContentToBackground {
  return isObject(message) && message.type === 'content:reader-state' && typeof message.open === 'boolean';
}

/** Content scripts of our own extension speak from a tab; pages and other extensions never pass. */
export function isFromOwnContentScript(sender: { id?: string; tab?: { id?: number } }, ownId: string): boolean {
  return typeof ownId === 'string' && ownId !== '' && sender.id === ownId && typeof sender.tab?.id === 'number';
}

export function isActionReply(reply: unknown): reply is ActionReply {
  if (!isObject(reply)) return false;
  if (reply.ok === true) return reply.open === undefined || typeof reply.open === 'boolean';
  return reply.ok === false && typeof reply.message === 'string';
}

export function isPageCopy(reply: unknown): reply is PageCopy {
  if (!isObject(reply) || !isObject(reply.page)) return false;
  // The tree itself is checked part by part as the popup builds it (documentFromCopy).
  const { tree, url, baseUrl, selectedText } = reply.page;
  return typeof tree === 'string' && typeof url === 'string' && typeof baseUrl === 'string' && (selectedText === undefined || typeof selectedText === 'string');
}

export function isContentStart(value: unknown): value is ContentStart {
  return isObject(value) && typeof value.readerOpen === 'boolean' && (isExtractionReply(value.answer) || isPageCopy(value.answer));
}

export function isNeedsPipelineReply(reply: unknown): reply is NeedsPipelineReply {
  return isObject(reply) && reply.ok === false && reply.needsPipeline === true;
}
