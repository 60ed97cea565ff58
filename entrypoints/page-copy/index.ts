import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ContentStart } from '../../utils/messages';
import { pageCopyOf } from '../../utils/page-tree';

/** When the tab ran this script, on the wall clock both processes share (ms since the epoch): `npm run bench:speed` shows it. */
export interface TabClock {
  copyStarted: number;
  copyDone: number;
}

/**
 * The popup's first question to a tab, answered by what the injection returns (one round trip):
 * the page copy, or, when this page load's content script already runs, its own answer (which
 * holds the extraction it keeps). The popup injects the content script alongside; this script is
 * small (no sanitizer, no UI) so the copy is not kept waiting by the content script's start.
 */
export default defineUnlistedScript((): ContentStart & { tabClock?: TabClock } => {
  const copyStarted = performance.timeOrigin + performance.now();
  const running = (globalThis as Record<symbol, unknown>)[Symbol.for('quotelight.content')];
  if (typeof running === 'function') return (running as () => ContentStart)();
  const answer = pageCopyOf(document, location.href);
  return { readerOpen: false, answer, tabClock: { copyStarted, copyDone: performance.timeOrigin + performance.now() } };
});
