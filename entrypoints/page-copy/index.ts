import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentStart } from '../../utils/messages';
import { pageCopyOf } from '../../utils/page-tree';

/**
 * The popup's first question to a tab, answered by what the injection returns (one round trip):
 * the page copy, or, when this page load's content script already runs, its own answer (which
 * holds the extraction it keeps). The popup injects the content script alongside; this script is
 * small (no sanitizer, no UI) so the copy is not kept waiting by the content script's start.
 */
export default defineUnlistedScript((): ContentStart => {
  const running = (globalThis as Record<symbol, unknown>)[Symbol.for('quotelight.content')];
  if (typeof running === 'function') return (running as () => ContentStart)();
  return { readerOpen: false, answer: pageCopyOf(document, location.href) };
});
