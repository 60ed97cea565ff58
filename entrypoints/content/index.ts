import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { runPipeline, NoArticleError } from '../../utils/pipeline';
import { isFromOwnExtensionPage, isPopupToContent, type ExtractionReply, type PopupToContent } from '../../utils/messages';
import { createReaderHost } from './reader-host';
import { t } from '../../components/i18n';

/**
 * Injected on demand (toolbar click → popup → scripting.executeScript); never declared in the
 * manifest, so it runs only on pages where the user asked for it. Extracts once per page load
 * and answers the popup; the in-page reader reuses the same extraction.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // A second injection into the same page load must not register twice.
    const marker = Symbol.for('quotelight.content');
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[marker]) return;
    scope[marker] = true;

    let extraction: ExtractionReply | null = null;
    const getExtraction = (): ExtractionReply => (extraction ??= extractPage());
    const reader = createReaderHost({ getExtraction, pageUrl: () => location.href });

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (!isFromOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return;
      if (!isPopupToContent(message)) return;
      sendResponse(handle(message));
    });

    function handle(message: PopupToContent) {
      switch (message.type) {
        case 'popup:get-extraction':
          return getExtraction();
        case 'popup:get-reader-state':
          return { open: reader.isOpen() };
        case 'popup:set-reader':
          if (message.open) reader.open();
          else reader.close();
          return { open: reader.isOpen() };
      }
    }
  },
});

function extractPage(): ExtractionReply {
  try {
    return { ok: true, extraction: runPipeline(document), url: location.href };
  } catch (error) {
    if (error instanceof NoArticleError) {
      return { ok: false, reason: 'no-article', message: t('notArticle') };
    }
    return { ok: false, reason: 'failed', message: t('readFailed') };
  }
}
