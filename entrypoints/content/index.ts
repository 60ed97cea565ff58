import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import {
  isBackgroundToContent,
  isFromOwnExtensionPage,
  isPopupToContent,
  type ActionReply,
  type BackgroundToContent,
  type ContentStart,
  type ExtractionReply,
  type NeedsPipelineReply,
  type PageCopy,
  type PopupToContent,
} from '../../utils/messages';
import { makeCopyActions } from '../../components/copy-actions';
import { showToast } from './toast';
import { parseSanitized } from '../../utils/html';
import { pageCopyOf } from '../../utils/page-tree';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-storage';
import { loadedModule, type ReaderHost } from '../shared/page-modules';
import { t } from '../../components/i18n';

/**
 * Injected on demand (toolbar click → popup → scripting.executeScript); never declared in the
 * manifest, so it runs only on pages where the user asked for it. It holds the one extraction of
 * this page load, which the popup makes from a copy of the page (the page only pays for the
 * copy) and the reader, copy and context menu reuse. The reader's UI and, when no popup has read
 * the page, the pipeline itself come as scripts of their own (see ../shared/page-modules.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // A second injection into the same page load must not register twice. The marker holds how
    // this instance answers the popup's page-copy script (see entrypoints/page-copy).
    const marker = Symbol.for('quotelight.content');
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[marker]) return;
    // A reader left by an instance that died with an extension reload or update would be stuck
    // over the page with dead handlers: a fresh instance clears it.
    for (const stale of document.querySelectorAll('quotelight-reader, quotelight-toast')) {
      if (stale.shadowRoot) stale.remove();
    }

    let extraction: ExtractionReply | null = null;
    /** The stored extraction, else the page-side pipeline's when it was injected, else null. */
    const getExtraction = (): ExtractionReply | null => (extraction ??= loadedModule('pipeline')?.extractPage() ?? null);
    // A function: the first i18n lookup loads the strings, which the toolbar click should not wait for.
    const needsPipeline = (): NeedsPipelineReply => ({ ok: false, needsPipeline: true, message: t('readFailed') });
    const pageCopy = (selectedText?: string): PageCopy => pageCopyOf(document, location.href, selectedText);
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
        const module = loadedModule('reader');
        if (!reply?.ok || !module) return false;
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

    /** What the popup needs first: the reader's state and the extraction, else the page to make it from. */
    const start = (): ContentStart => ({ readerOpen: reader.isOpen(), answer: getExtraction() ?? pageCopy() });
    scope[marker] = start;

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (!isFromOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
      if (!isPopupToContent(message) && !isBackgroundToContent(message)) return;
      Promise.resolve(handle(message)).then(sendResponse, () => sendResponse({ ok: false, message: t('readFailed') }));
      return true;
    });

    function handle(message: PopupToContent | BackgroundToContent) {
      switch (message.type) {
        case 'popup:get-extraction':
          return getExtraction() ?? pageCopy();
        case 'popup:store-extraction':
          extraction = message.reply;
          return { ok: true };
        case 'popup:read-selection':
          return pageCopy(window.getSelection()?.toString() ?? '');
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

    function setReader(open: boolean): ActionReply | NeedsPipelineReply {
      const reply = getExtraction();
      if (!reply) return needsPipeline();
      if (!reply.ok) return { ok: false, message: reply.message };
      if (!open) reader.close();
      else if (!reader.open()) return { ok: false, message: t('readFailed') };
      return { ok: true, open: reader.isOpen() };
    }

    async function copyKeyQuotes(): Promise<ActionReply | NeedsPipelineReply> {
      const reply = getExtraction();
      if (!reply) return needsPipeline();
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
