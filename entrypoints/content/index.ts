import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { runPipeline, NoArticleError } from '../../utils/pipeline';
import { PageTooLargeError } from '../../utils/extract';
import {
  isBackgroundToContent,
  isFromOwnExtensionPage,
  isPopupToContent,
  type ActionReply,
  type BackgroundToContent,
  type ExtractionReply,
  type PopupToContent,
} from '../../utils/messages';
import { extractSelection } from '../../utils/selection';
import { makeCopyActions } from '../../components/copy-actions';
import { showToast } from './toast';
import { parseSanitized } from '../../utils/html';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-storage';
import { loadedReaderModule, type ReaderHost } from '../shared/reader-module';
import { t } from '../../components/i18n';

/**
 * Injected on demand (toolbar click → popup → scripting.executeScript); never declared in the
 * manifest, so it runs only on pages where the user asked for it. Extracts once per page load
 * and answers the popup; the in-page reader reuses the same extraction.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // A second injection into the same page load must not register twice.
    const marker = Symbol.for('quotelight.content');
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[marker]) return;
    scope[marker] = true;
    // A reader left by an instance that died with an extension reload or update would be stuck
    // over the page with dead handlers: a fresh instance clears it.
    for (const stale of document.querySelectorAll('quotelight-reader, quotelight-toast')) {
      if (stale.shadowRoot) stale.remove();
    }

    let extraction: ExtractionReply | null = null;
    const getExtraction = (): ExtractionReply => (extraction ??= extractPage());
    // While the reader is open, a heartbeat asks WXT whether the extension is still there; when it
    // was reloaded or removed, the context is invalidated and the reader closes (below).
    let heartbeat: number | undefined;
    const onReaderStateChange = (open: boolean) => {
      if (open) heartbeat ??= ctx.setInterval(() => {}, 1000);
      else if (heartbeat !== undefined) {
        clearInterval(heartbeat);
        heartbeat = undefined;
      }
      // The toolbar icon shows the reader's state; no background (tests, reloads) is not an error.
      void browser.runtime.sendMessage({ type: 'content:reader-state', open }).catch(() => {});
    };
    // The reader's UI arrives as its own script the first time it opens (entrypoints/shared/tabs.ts).
    let readerHost: ReaderHost | null = null;
    const reader = {
      /** False when there is no article or the reader's script was not injected. */
      open(): boolean {
        const reply = getExtraction();
        const module = loadedReaderModule();
        if (!reply.ok || !module) return false;
        readerHost ??= module.createReaderHost(onReaderStateChange);
        const copy = makeCopyActions(reply.extraction, reply.url, (text) => navigator.clipboard.writeText(text));
        readerHost.open({ extraction: reply.extraction, copy, sanitize: parseSanitized, settings: READER_SETTINGS });
        return true;
      },
      close: () => readerHost?.close(),
      isOpen: () => readerHost?.isOpen() ?? false,
    };

    // The extension was reloaded or removed: give the page back at once.
    ctx.onInvalidated(() => reader.close());

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (!isFromOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
      if (!isPopupToContent(message) && !isBackgroundToContent(message)) return;
      Promise.resolve(handle(message)).then(sendResponse, () => sendResponse({ ok: false, message: t('readFailed') }));
      return true;
    });

    function handle(message: PopupToContent | BackgroundToContent) {
      switch (message.type) {
        case 'popup:get-extraction':
          return getExtraction();
        case 'popup:read-selection':
          return (extraction = extractSelected());
        case 'popup:get-reader-state':
          return { open: reader.isOpen() };
        case 'popup:set-reader':
          if (message.open) reader.open();
          else reader.close();
          return { open: reader.isOpen() };
        case 'background:toggle-reader':
        case 'background:open-reader':
          return setReader(message.type === 'background:open-reader' || !reader.isOpen());
        case 'background:copy-key-quotes':
          return copyKeyQuotes();
      }
    }

    function setReader(open: boolean): ActionReply {
      const reply = getExtraction();
      if (!reply.ok) return { ok: false, message: reply.message };
      if (!open) reader.close();
      else if (!reader.open()) return { ok: false, message: t('readFailed') };
      return { ok: true, open: reader.isOpen() };
    }

    async function copyKeyQuotes(): Promise<ActionReply> {
      const reply = getExtraction();
      if (!reply.ok) return { ok: false, message: reply.message };
      const write = (text: string) => navigator.clipboard.writeText(text);
      try {
        await makeCopyActions(reply.extraction, reply.url, write).onCopyAll();
        showToast(t('copied'));
        return { ok: true };
      } catch {
        showToast(t('copyFailed'));
        return { ok: false, message: t('copyFailed') };
      }
    }
  },
});

const READER_SETTINGS = { load: loadSettings, save: saveSettings, watch: watchSettings };

function extractPage(): ExtractionReply {
  try {
    return { ok: true, extraction: runPipeline(document), url: location.href };
  } catch (error) {
    if (error instanceof NoArticleError) {
      return { ok: false, reason: 'no-article', message: t('notArticle') };
    }
    // Too large to read without freezing the tab: "Read selection" is still offered.
    if (error instanceof PageTooLargeError) return { ok: false, reason: 'no-article', message: t('pageTooLarge') };
    return { ok: false, reason: 'failed', message: t('readFailed') };
  }
}

/** "Read selection": the selected text as the article, for pages Readability cannot read. */
function extractSelected(): ExtractionReply {
  const selected = window.getSelection()?.toString() ?? '';
  const extraction = extractSelection(document, selected);
  if (!extraction) return { ok: false, reason: 'no-article', message: t('noSelection') };
  return { ok: true, extraction, url: location.href };
}
