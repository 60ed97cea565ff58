import type { Extraction } from './types';

/**
 * Every message between extension contexts, named by direction, and the checks each receiver
 * runs before trusting one. Page-side code only answers messages that pass these checks.
 */

/** Popup (an extension page) → content script in the page's tab. */
export type PopupToContent =
  | { type: 'popup:get-extraction' }
  | { type: 'popup:get-reader-state' }
  | { type: 'popup:set-reader'; open: boolean };

/** Content script → popup, in reply to `popup:get-extraction`. */
export type ExtractionReply =
  | { ok: true; extraction: Extraction; url: string }
  | { ok: false; reason: 'no-article' | 'failed'; message: string };

/** Content script → popup, in reply to reader messages. */
export interface ReaderStateReply {
  open: boolean;
}

const POPUP_TYPES = new Set(['popup:get-extraction', 'popup:get-reader-state', 'popup:set-reader']);

export function isPopupToContent(message: unknown): message is PopupToContent {
  if (typeof message !== 'object' || message === null) return false;
  const { type, open } = message as { type?: unknown; open?: unknown };
  if (typeof type !== 'string' || !POPUP_TYPES.has(type)) return false;
  return type !== 'popup:set-reader' || typeof open === 'boolean';
}

/** Only our own extension pages may talk to the content script; web pages and other extensions may not. */
export function isFromOwnExtensionPage(
  sender: { id?: string; url?: string },
  ownId: string,
  ownOrigin: string,
): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export function isExtractionReply(reply: unknown): reply is ExtractionReply {
  if (typeof reply !== 'object' || reply === null) return false;
  const { ok } = reply as { ok?: unknown };
  if (ok === true) {
    const { extraction, url } = reply as { extraction?: { article?: unknown; quotes?: unknown }; url?: unknown };
    return typeof url === 'string' && !!extraction && typeof extraction.article === 'object' && Array.isArray(extraction.quotes);
  }
  return ok === false && typeof (reply as { message?: unknown }).message === 'string';
}

export function isReaderStateReply(reply: unknown): reply is ReaderStateReply {
  return typeof reply === 'object' && reply !== null && typeof (reply as { open?: unknown }).open === 'boolean';
}
